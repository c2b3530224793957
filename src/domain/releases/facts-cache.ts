import type { Deployment, ExtensionRow } from '../../contract/schemas';
import { judgedByTime, type SeenSince } from '../catalog/attention';
import { MomentCache } from '../moment-cache';
import { sameData } from '../same-data';
import { eachRelease, releaseFacts, releaseItem, type ReleaseFacts } from './releases';

interface Known {
  source: ExtensionRow;
  version: string;
  facts: ReleaseFacts;
}

/** Where on the list a release judged by time stands, and what it is made from. */
interface Timed {
  index: number;
  source: ExtensionRow;
  version: string;
  deployment: Deployment;
  unlisted: boolean;
}

/**
 * The facts of every release of a list, worked out again only where they can differ
 * (`MomentCache`): for a deployment read anew (TanStack keeps unchanged rows the same objects),
 * and, when the moment of judgement moves, for the releases judged by time, and then kept when
 * they say the same. The whole list stays the very same array when no release changed: a
 * release becoming stuck on a list of 10,000 costs one release's work, not 10,000.
 */
export class ReleaseFactsCache {
  private known = new MomentCache<Deployment, Known>(
    (k) => judgedByTime(k.facts.derived.state),
    (kept, next) => sameData(kept.facts, next.facts),
  );
  private last: readonly ReleaseFacts[] = [];
  private lastRows: readonly ExtensionRow[] | null = null;
  private lastSeenSince: SeenSince | null = null;
  private timed: Timed[] = [];

  factsOf(
    rows: readonly ExtensionRow[],
    now: number,
    seenSince: SeenSince,
  ): readonly ReleaseFacts[] {
    if (rows === this.lastRows && seenSince === this.lastSeenSince)
      return this.moved(now, seenSince);
    const last = this.last;
    const next: ReleaseFacts[] = [];
    const timed: Timed[] = [];
    eachRelease(rows, (source, version, deployment, unlisted) => {
      const facts = this.factsFor(
        { index: next.length, source, version, deployment, unlisted },
        now,
        seenSince,
      );
      if (judgedByTime(facts.derived.state)) {
        timed.push({ index: next.length, source, version, deployment, unlisted });
      }
      next.push(facts);
    });
    this.lastRows = rows;
    this.lastSeenSince = seenSince;
    this.timed = timed;
    if (next.length === last.length && next.every((facts, i) => facts === last[i])) return last;
    this.last = next;
    return next;
  }

  /** The same list at another moment: only the releases judged by time are looked at again. */
  private moved(now: number, seenSince: SeenSince): readonly ReleaseFacts[] {
    let next: ReleaseFacts[] | null = null;
    for (const release of this.timed) {
      const facts = this.factsFor(release, now, seenSince);
      if (facts !== this.last[release.index]) {
        next ??= [...this.last];
        next[release.index] = facts;
      }
    }
    if (next) this.last = next;
    return this.last;
  }

  private factsFor(release: Timed, now: number, seenSince: SeenSince): ReleaseFacts {
    const { source, version, deployment, unlisted } = release;
    return this.known.get(
      deployment,
      now,
      seenSince,
      () => ({
        source,
        version,
        facts: releaseFacts(releaseItem(source, version, deployment, unlisted), now, seenSince),
      }),
      (k) => k.source === source && k.version === version,
    ).facts;
  }
}

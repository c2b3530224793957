import type { Deployment, ExtensionRow } from '../../contract/schemas';
import { judgedByTime, type SeenSince } from '../catalog/attention';
import { KeepIdentical } from '../catalog/keep-identical';
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
  /** The list last given: kept when no release in it changed. */
  private kept = new KeepIdentical<ReleaseFacts>(() => false);
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
    const next: ReleaseFacts[] = [];
    const timed: Timed[] = [];
    eachRelease(rows, (source, version, deployment, unlisted) => {
      const release = { index: next.length, source, version, deployment, unlisted };
      const facts = this.factsFor(release, now, seenSince);
      if (judgedByTime(facts.derived.state)) timed.push(release);
      next.push(facts);
    });
    this.lastRows = rows;
    this.lastSeenSince = seenSince;
    this.timed = timed;
    this.last = this.kept.apply(next);
    return this.last;
  }

  /** The same list at another moment: only the releases judged by time are looked at again. */
  private moved(now: number, seenSince: SeenSince): readonly ReleaseFacts[] {
    const next = [...this.last];
    for (const release of this.timed) next[release.index] = this.factsFor(release, now, seenSince);
    this.last = this.kept.apply(next);
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

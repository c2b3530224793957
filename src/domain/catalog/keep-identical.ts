import type { EntryFacts } from './view';

/**
 * Keeps what did not change the very same object, so that nothing downstream (memos, memoised
 * components) sees news where there is none. `apply(next)` gives `next` with each element that
 * equals the element at the same place last time replaced by that earlier element, and the
 * earlier list itself when every element does. Meant for lists worked out again because the
 * moment they are judged at moved: most of the time nothing in them changed.
 */
export class KeepIdentical<T> {
  private last: readonly T[] | null = null;

  constructor(private readonly same: (earlier: T, now: T) => boolean) {}

  apply(next: readonly T[]): readonly T[] {
    const last = this.last;
    if (last === null || last === next) {
      this.last = next;
      return next;
    }
    let unchanged = last.length === next.length;
    const kept = next.map((item, i) => {
      const earlier = last[i];
      if (i < last.length && (earlier === item || this.same(earlier as T, item))) {
        return earlier as T;
      }
      unchanged = false;
      return item;
    });
    this.last = unchanged ? last : kept;
    return this.last;
  }
}

/** The same own properties with the same values (`Object.is`). */
export function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The same chart judged the same way. */
export function sameFacts(a: EntryFacts, b: EntryFacts): boolean {
  return (
    a.entry === b.entry &&
    a.attention === b.attention &&
    a.stateRank === b.stateRank &&
    a.mask === b.mask
  );
}

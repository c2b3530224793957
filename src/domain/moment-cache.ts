import type { SeenSince } from './catalog/attention';

const always = () => true;

/**
 * What is worked out of an object at a moment (the moment the list is judged at, and what this
 * browser saw when), kept for as long as it cannot differ: for good when nothing in it depends on
 * the time (`byTime` says, from the value), else while the moment and the first sightings stay.
 * Objects read from the list are never changed, so an object seen again is the same object.
 * When the moment moves over a large list, only the few releases judged by time are worked out
 * again: the others stay the very same values, so nothing worked out from them changes either.
 */
export class MomentCache<K extends object, V> {
  private known = new WeakMap<K, { now: number; seenSince: SeenSince; value: V }>();

  constructor(
    private readonly byTime: (value: V) => boolean,
    /** When a value worked out again says the same as the one kept, the kept one stays. */
    private readonly same: (kept: V, next: V) => boolean = () => false,
  ) {}

  get(
    key: K,
    now: number,
    seenSince: SeenSince,
    work: () => V,
    /** Whether a kept value still belongs where it is asked for (it may depend on more than key). */
    fits: (value: V) => boolean = always,
  ): V {
    const known = this.known.get(key);
    if (
      known !== undefined &&
      fits(known.value) &&
      ((known.now === now && known.seenSince === seenSince) || !this.byTime(known.value))
    ) {
      return known.value;
    }
    const worked = work();
    const value = known !== undefined && this.same(known.value, worked) ? known.value : worked;
    this.known.set(key, { now, seenSince, value });
    return value;
  }
}

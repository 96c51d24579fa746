/**
 * The first `k` items of a list in the order `compare` gives, without sorting the whole list: the
 * same items in the same order as `[...items].sort(compare).slice(0, k)` (a stable sort, so ties keep
 * their order in the list), in about one comparison per item when `k` is small.
 * @param items the list
 * @param k how many to keep
 * @param compare a comparator, as for `Array.prototype.sort`
 * @returns at most `k` items, best first
 */
export function topOf<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    // full: an item must come strictly before the last kept one (a tie keeps the earlier one)
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    // after every kept item that does not come after it, as a stable sort places it
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

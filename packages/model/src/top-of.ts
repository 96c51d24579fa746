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
  return topIndicesOf(items.length, k, (a, b) => compare(items[a] as T, items[b] as T)).map(
    (i) => items[i] as T,
  );
}

/**
 * The first `k` of the indices `0` to `count - 1` in the order `compare` gives, without making the list
 * of them or sorting it: the same indices in the same order as a stable sort of them, cut to `k` (ties
 * keep their order); {@link topOf} is this over a list's positions.
 * @param count how many indices there are
 * @param k how many to keep
 * @param compare a comparator of two indices
 * @returns at most `k` indices, best first
 */
export function topIndicesOf(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let item = 0; item < count; item++) {
    // full: an index must come strictly before the last kept one (a tie keeps the earlier one)
    if (top.length === k && compare(item, top[k - 1] as number) >= 0) continue;
    // after every kept index that does not come after it, as a stable sort places it
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid] as number, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    // shifted by hand: a splice for each kept index made arrays a source
    let j = top.length < k ? top.length : k - 1;
    if (j === top.length) top.push(item);
    for (; j > lo; j--) top[j] = top[j - 1] as number;
    top[lo] = item;
  }
  return top;
}

/**
 * Remember the results of a pure function of one string. Detectors score the
 * same words and lines over and over across a corpus (every page has "the",
 * "Share", "Advertisement"), so a cache keyed by the string pays for itself.
 * It is emptied whenever it reaches `limit` entries, which bounds memory
 * without changing any result.
 *
 * @example const lower = memoize((s: string) => s.toLowerCase()); lower('A') // 'a'
 */
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

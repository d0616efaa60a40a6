// A bounded memo for pure string → value functions whose inputs repeat across postings (company names,
// location strings, titles). Cleared wholesale when full: no eviction bookkeeping on the hot path, and
// memory stays bounded however many distinct inputs a crawl brings.
export function memoByString<T>(fn: (key: string) => T, max = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}

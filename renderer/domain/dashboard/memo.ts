// Remembers the result of an expensive pure computation for as long as its input objects live, so a filter change
// does not redo work that only depends on the data (scoring every response, reading 200,000 entries into columns).
const cache = new WeakMap<object, Map<string, unknown>>();

/** `compute()` once per (ref, key); `ref` is the data it reads (compared by identity), `key` any other inputs. */
export function memo<T>(ref: object, key: string, compute: () => T): T {
  let byKey = cache.get(ref);
  if (!byKey) {
    byKey = new Map();
    cache.set(ref, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/**
 * memo for work done in steps (a generator that yields between them): the same cache, so whichever of memo and
 * memoInSteps works a value out first, the other finds it. Nothing is remembered until the last step is done.
 */
export function* memoInSteps<T>(
  ref: object,
  key: string,
  compute: () => Generator<void, T>,
): Generator<void, T> {
  const byKey = cache.get(ref);
  if (byKey?.has(key)) return byKey.get(key) as T;
  const value = yield* compute();
  return memo(ref, key, () => value);
}

// Helpers that turn one query's rows into DataLoader results: exactly one result per key, in key
// order, `null` or `[]` where a key has nothing.
import DataLoader from "dataloader";

export function oneByKey<K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const value of values) byKey.set(keyOf(value), value);
  return keys.map((key) => byKey.get(key) ?? null);
}

export function manyByKey<K, V>(keys: readonly K[], entries: [K, V][]): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const [key, value] of entries) byKey.get(key)?.push(value);
  return keys.map((key) => byKey.get(key)!);
}

/**
 * Loaders that also depend on field arguments (a page size, a filter): one DataLoader per
 * distinct set of arguments, so siblings asking the same thing still share one batch.
 */
export function loaderFamily<A, K, V>(create: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A) => {
    const signature = JSON.stringify(args ?? null);
    let loader = loaders.get(signature);
    if (!loader) {
      loader = create(args);
      loaders.set(signature, loader);
    }
    return loader;
  };
}

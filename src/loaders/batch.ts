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
 * The identity of a set of loader arguments: keys sorted, null and undefined left out (every
 * loader treats an absent argument and a null one alike), so the same arguments built in two
 * places (a resolver, a parent's prefetch) name the same loader.
 */
export function argumentSignature(args: unknown): string {
  if (args === null || typeof args !== "object") return JSON.stringify(args ?? null);
  // Objects are read once each: a resolver passes the same column list (selection.ts caches it)
  // for every row of a list, inside page arguments made afresh for each.
  let signature = signatures.get(args);
  if (signature === undefined) {
    signature = canonicalJson(args);
    signatures.set(args, signature);
  }
  return signature;
}

const signatures = new WeakMap<object, string>();

/** JSON with object keys sorted and null or undefined entries left out, as JSON.stringify drops functions. */
function canonicalJson(value: object): string {
  if (Array.isArray(value)) return `[${value.map((item) => (isJsonValue(item) ? argumentSignature(item) : "null")).join(",")}]`;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return JSON.stringify(value);
  let json = "";
  for (const key of Object.keys(value).sort()) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry === null || !isJsonValue(entry)) continue;
    json += `${json ? "," : ""}${JSON.stringify(key)}:${argumentSignature(entry)}`;
  }
  return `{${json}}`;
}

function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/**
 * Loaders that also depend on field arguments (a page size, a filter): one DataLoader per
 * distinct set of arguments, so siblings asking the same thing still share one batch.
 */
export function loaderFamily<A, K, V>(create: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A) => {
    const signature = argumentSignature(args);
    let loader = loaders.get(signature);
    if (!loader) {
      loader = create(args);
      loaders.set(signature, loader);
    }
    return loader;
  };
}

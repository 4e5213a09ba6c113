// Values a parent's prefetch handed to a loader, readable at once. DataLoader only answers with a
// promise, even for a primed key; on a front page that was 400 promises, and graphql-js then
// completes every field under them asynchronously. A resolver that reads through `loadNow` gets
// a primed value synchronously, so graphql-js completes the whole prefetched subtree in one pass.
import DataLoader from "dataloader";

// Keyed by the loader: loaders live for one request (or until a mutation replaces them), and so
// do these values.
const primedValues = new WeakMap<DataLoader<unknown, unknown>, Map<unknown, unknown>>();

/** Primes `loader` with `value` for `key`; as with DataLoader's prime, a key keeps its first value. */
export function prime<K, V>(loader: DataLoader<K, V>, key: K, value: V): void {
  const untyped = loader as DataLoader<unknown, unknown>;
  let values = primedValues.get(untyped);
  if (!values) primedValues.set(untyped, (values = new Map()));
  if (values.has(key)) return;
  values.set(key, value);
  loader.prime(key, value);
}

/** The value primed for `key`, or else the loader's promise of it. */
export function loadNow<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  const values = primedValues.get(loader);
  return values?.has(key) ? (values.get(key) as V) : loader.load(key);
}

/** `then` for a value that may or may not be a promise: synchronous when it is not. */
export function mapNow<T, R>(value: T | Promise<T>, map: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(map) : map(value);
}

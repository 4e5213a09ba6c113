// Hostile query documents shared by the soak and the tests.

/** "{ ...F0 } fragment F0 on Query { ...F1 ...F1 } …": 2^n fields once expanded, in about 40·n bytes. */
export function fragmentFan(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 } ${fragments.join(" ")} fragment F${n} on Query { __typename }`;
}

// What a resolver works out from its field alone, once per request. A field's arguments and
// selection come from the document and the request's variables, so every parent of a request
// shares them: the columns it reads, the loader it reads through and the check of its arguments are
// made once, not once per parent (50 articles' `people`, 250 quotes' `speaker` on a front page).
import { FieldNode } from "graphql";

const kept = new WeakMap<object, WeakMap<readonly FieldNode[], Map<unknown, unknown>>>();

/**
 * `make()` for this request, field occurrence and `key`, made on first use. `request` is an object
 * that lives exactly as long as the value may be used: the request's variables (a compiled query
 * keeps its field nodes across requests), its context, or its loaders (which a mutation replaces).
 */
export function oncePerField<V>(request: object, fieldNodes: readonly FieldNode[], key: unknown, make: () => V): V {
  let forRequest = kept.get(request);
  if (!forRequest) kept.set(request, (forRequest = new WeakMap()));
  let forField = forRequest.get(fieldNodes);
  if (!forField) forRequest.set(fieldNodes, (forField = new Map<unknown, unknown>()));
  if (!forField.has(key)) forField.set(key, make());
  return forField.get(key) as V;
}

// Refuses operations deeper or costlier than configured, before any resolver runs, so one request
// cannot ask for an unbounded amount of work (nested pages multiply: 100 articles × 100 quotes …).
import { ApolloServerPlugin } from "@apollo/server";
import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { QueryTooComplexError } from "./errors";
import type { Context } from "./context";
import { MAX_PAGE_SIZE } from "./resolvers/types/page.args";

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Depth of the deepest field path, following fragments; introspection fields count like others. */
export function operationDepth(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string> = new Set(),
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? operationDepth(selection.selectionSet, fragments, visited) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, operationDepth(selection.selectionSet, fragments, visited));
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment && !visited.has(fragment.name.value)) {
        deepest = Math.max(deepest, operationDepth(fragment.selectionSet, fragments, new Set(visited).add(fragment.name.value)));
      }
    }
  }
  return deepest;
}

/**
 * A paginated field costs its children's cost once per item it may return (an explicit
 * `first: null` stands for a default, counted as the largest page).
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!("first" in args)) return undefined;
  const first = typeof args.first === "number" ? args.first : MAX_PAGE_SIZE;
  return 1 + childComplexity * Math.max(first, 1);
};

/** Depth and cost of one operation with one set of variables. */
type Measured = { depth: number; cost: number } | "bad-variables";

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  // Apollo hands every request for the same query text the same parsed document, so the
  // measurements are cached per document (and, for the cost, per variables): clients send a
  // handful of operations millions of times.
  const measured = new WeakMap<object, Map<string, Measured>>();

  function measure(document: DocumentNode, definition: OperationDefinitionNode, operationName: string | undefined, variables: Record<string, unknown>): Measured {
    const key = JSON.stringify([operationName ?? null, variables]);
    let forDocument = measured.get(document);
    if (!forDocument) measured.set(document, (forDocument = new Map()));
    const cached = forDocument.get(key);
    if (cached) return cached;

    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const node of document.definitions) {
      if (node.kind === Kind.FRAGMENT_DEFINITION) fragments[node.name.value] = node;
    }
    let result: Measured;
    // Bad variables are the executor's to report (BAD_USER_INPUT); the cost cannot be known.
    if (getVariableValues(schema, definition.variableDefinitions ?? [], variables).errors) result = "bad-variables";
    else {
      result = {
        depth: operationDepth(definition.selectionSet, fragments),
        cost: getComplexity({
          schema,
          query: document,
          operationName,
          variables,
          estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
        }),
      };
    }
    if (forDocument.size < 1000) forDocument.set(key, result);
    return result;
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // Apollo calls this hook only once the operation is resolved.
          const result = measure(document, operation as OperationDefinitionNode, request.operationName ?? undefined, request.variables ?? {});
          if (result === "bad-variables") return;
          if (result.depth > limits.maxDepth) {
            throw new QueryTooComplexError(`Query depth ${result.depth} is over the limit of ${limits.maxDepth}`, {
              depth: result.depth,
              maxDepth: limits.maxDepth,
            });
          }
          if (result.cost > limits.maxCost) {
            throw new QueryTooComplexError(`Query cost ${result.cost} is over the limit of ${limits.maxCost}`, {
              cost: result.cost,
              maxCost: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

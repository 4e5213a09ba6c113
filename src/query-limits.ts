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
function operationDepth(
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

const MAX_CACHED_COSTS_PER_DOCUMENT = 100;
const MAX_COST_KEY_LENGTH = 512;

/** Variables of these types flow only into text arguments (a slug, a search), which cost nothing. */
const COSTLESS_VARIABLE_TYPES = new Set(["String", "ID"]);

/**
 * The declared variables that can change an operation's cost: page sizes (Int) and @skip/@include
 * conditions (Boolean), or anything else not known to be costless. Leaving slugs out lets every
 * person page share one cached cost.
 */
function costRelevant(definition: OperationDefinitionNode, coerced: Record<string, unknown>): Record<string, unknown> {
  const relevant: Record<string, unknown> = {};
  for (const variable of definition.variableDefinitions ?? []) {
    let type = variable.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    const name = variable.variable.name.value;
    if (!COSTLESS_VARIABLE_TYPES.has(type.name.value)) relevant[name] = coerced[name];
  }
  return relevant;
}

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  // Apollo hands every request for the same query text the same parsed document, so depth is
  // measured once per document, and cost once per document and (short) set of declared variables:
  // clients send a handful of operations millions of times.
  const depths = new WeakMap<DocumentNode, Map<string, number>>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();

  function depthOf(document: DocumentNode, definition: OperationDefinitionNode): number {
    let forDocument = depths.get(document);
    if (!forDocument) depths.set(document, (forDocument = new Map()));
    const key = definition.name?.value ?? "";
    let depth = forDocument.get(key);
    if (depth === undefined) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const node of document.definitions) {
        if (node.kind === Kind.FRAGMENT_DEFINITION) fragments[node.name.value] = node;
      }
      forDocument.set(key, (depth = operationDepth(definition.selectionSet, fragments)));
    }
    return depth;
  }

  /** `declared`: the coerced values of the declared variables that can change the cost (the cache key); `variables` as sent. */
  function costOf(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    declared: Record<string, unknown>,
  ): number {
    const key = JSON.stringify([operationName ?? null, declared]);
    let forDocument = costs.get(document);
    if (!forDocument) costs.set(document, (forDocument = new Map()));
    const cached = forDocument.get(key);
    if (cached !== undefined) return cached;
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    // Unbounded variety (cursors, search strings) is not worth keeping.
    if (key.length <= MAX_COST_KEY_LENGTH && forDocument.size < MAX_CACHED_COSTS_PER_DOCUMENT) forDocument.set(key, cost);
    return cost;
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // Apollo calls this hook only once the operation is resolved.
          const definition = operation as OperationDefinitionNode;
          // Bad variables are the executor's to report (BAD_USER_INPUT); the cost cannot be known.
          const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const result = {
            depth: depthOf(document, definition),
            cost: costOf(document, request.operationName ?? undefined, request.variables ?? {}, costRelevant(definition, coerced.coerced)),
          };
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

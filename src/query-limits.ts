// Refuses operations deeper or costlier than configured, before any resolver runs, so one request
// cannot ask for an unbounded amount of work (nested pages multiply: 100 articles × 100 quotes …).
import { ApolloServerPlugin } from "@apollo/server";
import { FragmentDefinitionNode, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from "graphql";
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

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          // Apollo calls this hook only once the operation is resolved.
          const definition = operation as OperationDefinitionNode;
          const depth = operationDepth(definition.selectionSet, fragments);
          if (depth > limits.maxDepth) {
            throw new QueryTooComplexError(`Query depth ${depth} is over the limit of ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          // Bad variables are the executor's to report (BAD_USER_INPUT); the cost cannot be known.
          const variables = getVariableValues(schema, definition.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return;
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > limits.maxCost) {
            throw new QueryTooComplexError(`Query cost ${cost} is over the limit of ${limits.maxCost}`, {
              cost,
              maxCost: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

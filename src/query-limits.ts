// Refuses operations deeper, wider or costlier than configured, before any resolver runs, so one
// request cannot ask for an unbounded amount of work (nested pages multiply: 100 articles × 100
// quotes …). Every measure here is computed in time linear in the document: a fragment is measured
// once however often it is spread (a chain of fragments that each spread the next twice expands
// exponentially, and following every path took seconds for a 1 KB document).
import { ApolloServerPlugin } from "@apollo/server";
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLBoolean,
  GraphQLInt,
  GraphQLSchema,
  getVariableValues,
  isInputObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  VariableDefinitionNode,
} from "graphql";
import { ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { ErrorCode, QueryTooComplexError } from "./errors";
import type { Context } from "./context";
import { MAX_PAGE_SIZE } from "./resolvers/types/page.args";

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Aliased fields in the operation with its fragments expanded. */
  maxAliases: number;
}

/** What an operation asks for once its fragments are expanded; counts may be astronomically large. */
interface Shape {
  /**
   * Fields on the deepest path. Introspection (`__schema`, `__type`) counts as one field: the
   * standard introspection query nests type references 9 deep (clients may ask for more), which
   * costs nothing, since a type reference is one object. Introspection that multiplies itself
   * (fields → type → fields …) is refused by graphql-js' own MaxIntrospectionDepthRule.
   */
  depth: number;
  fields: number;
  aliases: number;
  /** Fields, fragment spreads and inline fragments: what a walk of the expanded operation visits. */
  selections: number;
}

/** An operation's shape, and the variables that can change its cost. */
interface MeasuredOperation extends Shape {
  costVariables: VariableDefinitionNode[];
}

const NOTHING: Shape = { depth: 0, fields: 0, aliases: 0, selections: 0 };

/** The fields that enter introspection. */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** Introspection's own types (`__Type`, `__Field` …) are the only names that start with two underscores. */
function isIntrospectionType(name: string | undefined, inherited: boolean): boolean {
  return name === undefined ? inherited : name.startsWith("__");
}

/**
 * The shape of a selection set, each fragment measured once (`measured`). A fragment being
 * measured when it is spread again is a cycle, which validation has refused already; it adds
 * nothing here.
 */
function shapeOf(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  measured: Map<string, Shape | "measuring">,
  introspection: boolean,
): Shape {
  const shape = { ...NOTHING };
  for (const selection of selectionSet.selections) {
    let inner: Shape;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const entersIntrospection = introspection || INTROSPECTION_ROOTS.has(name);
      const children = selection.selectionSet ? shapeOf(selection.selectionSet, fragments, measured, entersIntrospection) : NOTHING;
      inner = {
        ...children,
        depth: introspection ? 0 : 1 + (entersIntrospection ? 0 : children.depth),
        fields: 1 + children.fields,
        aliases: (selection.alias ? 1 : 0) + children.aliases,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = shapeOf(selection.selectionSet, fragments, measured, isIntrospectionType(selection.typeCondition?.name.value, introspection));
    } else {
      inner = fragmentShape(selection.name.value, fragments, measured);
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.fields += inner.fields;
    shape.aliases += inner.aliases;
    shape.selections += 1 + inner.selections;
  }
  return shape;
}

function fragmentShape(
  name: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  measured: Map<string, Shape | "measuring">,
): Shape {
  const known = measured.get(name);
  if (known === "measuring") return NOTHING;
  if (known) return known;
  const fragment = fragments.get(name);
  if (!fragment) return NOTHING;
  measured.set(name, "measuring");
  // Whether a fragment is introspection follows from its type, wherever it is spread.
  const shape = shapeOf(fragment.selectionSet, fragments, measured, isIntrospectionType(fragment.typeCondition.name.value, false));
  measured.set(name, shape);
  return shape;
}

/** The shape of one operation of a document. */
function operationShape(document: DocumentNode, operation: OperationDefinitionNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const node of document.definitions) {
    if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, node);
  }
  return shapeOf(operation.selectionSet, fragments, new Map(), false);
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

/**
 * The declared variables that can change an operation's cost: page sizes (Int), @skip/@include
 * conditions (Boolean), and input objects, which may hold either. A variable flows only into
 * arguments of its own type, so slugs, searches, dates and enums cannot; leaving them out lets every
 * person page share one cached cost, and spares coercing them twice (the executor coerces them).
 */
function costRelevantVariables(schema: GraphQLSchema, definition: OperationDefinitionNode): VariableDefinitionNode[] {
  return (definition.variableDefinitions ?? []).filter((variable) => {
    let type = variable.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    const named = schema.getType(type.name.value);
    // An unknown type is validation's to refuse; counted as relevant, it is coerced and fails there.
    return !named || named === GraphQLInt || named === GraphQLBoolean || isInputObjectType(named);
  });
}

/** A request whose operation cannot be picked out of its document: HTTP 400, as Apollo's own. */
function unresolvedOperation(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `Unknown operation named "${operationName.slice(0, 100)}".`
    : "The document holds several operations or none: name the one to run in operationName.";
  return new GraphQLError(message, {
    extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } },
  });
}

function tooComplex(what: string, value: number, limit: number, details: Record<string, number>): QueryTooComplexError {
  const shown = Number.isSafeInteger(value) ? String(value) : `more than ${Number.MAX_SAFE_INTEGER}`;
  return new QueryTooComplexError(`Query ${what} ${shown} is over the limit of ${limit}`, details);
}

/**
 * The check of one operation against the limits: throws QueryTooComplexError when it is over one.
 * HTTP (queryLimitsPlugin) and WebSocket subscriptions (subscriptions/) share it.
 */
export function operationLimits(
  schema: GraphQLSchema,
  limits: QueryLimits,
): (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) => void {
  // Apollo hands every request for the same query text the same parsed document, so the shape is
  // measured once per document, and the cost once per document and (short) set of declared
  // variables: clients send a handful of operations millions of times.
  const shapes = new WeakMap<DocumentNode, Map<string, MeasuredOperation>>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();

  function shapeFor(document: DocumentNode, definition: OperationDefinitionNode) {
    let forDocument = shapes.get(document);
    if (!forDocument) shapes.set(document, (forDocument = new Map<string, MeasuredOperation>()));
    const key = definition.name?.value ?? "";
    let shape = forDocument.get(key);
    if (!shape) {
      shape = { ...operationShape(document, definition), costVariables: costRelevantVariables(schema, definition) };
      forDocument.set(key, shape);
    }
    return shape;
  }

  /** `declared`: the coerced values of the declared variables that can change the cost (the cache key); `variables` as sent. */
  function costOf(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    declared: Record<string, unknown>,
  ): number | undefined {
    const key = JSON.stringify([operationName ?? null, declared]);
    let forDocument = costs.get(document);
    if (!forDocument) costs.set(document, (forDocument = new Map<string, number>()));
    const cached = forDocument.get(key);
    if (cached !== undefined) return cached;
    // getComplexity coerces every variable and throws on a bad one, which is the executor's to
    // report (BAD_USER_INPUT).
    if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
      // The expanded operation was measured before this runs and refused past the limits, so
      // its walk is bounded already; the library's own node limit would only refuse what the
      // cost limit allows.
      maxQueryNodes: Number.MAX_SAFE_INTEGER,
    });
    // Unbounded variety (cursors, search strings) is not worth keeping.
    if (key.length <= MAX_COST_KEY_LENGTH && forDocument.size < MAX_CACHED_COSTS_PER_DOCUMENT) forDocument.set(key, cost);
    return cost;
  }

  return (document, operation, operationName, variables) => {
    const shape = shapeFor(document, operation);
    if (shape.depth > limits.maxDepth) {
      throw tooComplex("depth", shape.depth, limits.maxDepth, { depth: shape.depth, maxDepth: limits.maxDepth });
    }
    if (shape.aliases > limits.maxAliases) {
      throw tooComplex("alias count", shape.aliases, limits.maxAliases, { maxAliases: limits.maxAliases });
    }
    // Every field costs at least 1, so this many fields is over the cost limit whatever the
    // variables say, and the costing below never walks more fields than that.
    if (shape.fields > limits.maxCost) {
      throw tooComplex("cost", shape.fields, limits.maxCost, { maxCost: limits.maxCost });
    }
    // Fragments that only spread other fragments add selections but no fields; twice the
    // cost limit leaves room for every fragment a real client would write.
    if (shape.selections > 2 * limits.maxCost) {
      throw tooComplex("size", shape.selections, 2 * limits.maxCost, { maxSelections: 2 * limits.maxCost });
    }
    // Bad variables are the executor's to report (BAD_USER_INPUT); the cost cannot be known.
    const coerced = shape.costVariables.length ? getVariableValues(schema, shape.costVariables, variables) : { coerced: {} };
    if (coerced.errors) return;
    const cost = costOf(document, operation, operationName, variables, coerced.coerced);
    if (cost !== undefined && cost > limits.maxCost) throw tooComplex("cost", cost, limits.maxCost, { cost, maxCost: limits.maxCost });
  };
}

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  const check = operationLimits(schema, limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) throw unresolvedOperation(request.operationName);
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError("Subscriptions are served over WebSocket (graphql-ws) at this path, not over HTTP", {
              extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
            });
          }
          check(document, operation, request.operationName ?? undefined, request.variables ?? {});
        },
      };
    },
  };
}

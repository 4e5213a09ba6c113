// Prefetching, the GraphQL side, derived from the relation registry: reads from the query which
// relations of a field's result will be asked for, and plans their loading into the statement
// that reads the result itself, priming the loaders the child resolvers then call. A front page,
// a person's page or a topic's page becomes one statement instead of one per level.
//
// Only what a resolver would load is primed: the same loader, asked with the same arguments, filled
// by the same rows with the parent's key in place of the batch's keys. So a prefetch can save
// statements but never change an answer. Arguments a loader would need that a prefetch does not
// handle (a cursor, a filter) leave that field to the loaders.
//
// Plans are composed once per document and query shape (read/plans.ts): nothing here may read a
// request's values except to decide the shape; values reach the SQL as slots, and the receivers
// get the request's loaders and arguments when its rows arrive.
import { getArgumentValues, GraphQLField, GraphQLObjectType } from "graphql";
import { ObjectLiteral } from "typeorm";
import { prime } from "../loaders/primed";
import { jsonHydrator } from "../services/hydration";
import { keysFirstPage, orderedPage, PageArgs, toPage } from "../services/pagination";
import { asJsonArray, asJsonRow, Prefetch, PrefetchRequest, rowsOf, withPrefetches } from "../services/prefetch";
import { childSelections, columnsOf, FieldSelection, pageNeedsOf } from "../resolvers/selection";
import { MAX_PAGE_SIZE } from "../resolvers/types/page.args";
import {
  ENTITY_CLASSES,
  EntityType,
  ListRelation,
  PageRelation,
  ReadScope,
  RecordRelation,
  relationOf,
  SOURCES,
  ValueRelation,
} from "./relations";
import { Select } from "./select";
import { Arguments, ArgumentScope, raw, Sql, sql } from "./sql";

type Args = Record<string, unknown>;

/** Where a prefetch is planned: its level below the statement's rows, and what the statement has left. */
interface Nesting {
  depth: number;
  budget: { remaining: number };
}

/** Levels below the first statement's rows; deeper relations are left to the loaders. */
const MAX_DEPTH = 3;

/**
 * Subqueries one statement may carry; the rest is left to the loaders. A query can name one field
 * under thousands of aliases, and a statement with thousands of subqueries would take longer to
 * plan than the loaders take to answer.
 */
const MAX_PREFETCHES = 24;

const ENTITY_TYPES = new Set<string>(Object.keys(SOURCES));

/** A nested field's arguments, read per request from its node and the request's variables. */
class FieldArguments implements ArgumentScope {
  constructor(
    private readonly field: GraphQLField<unknown, unknown>,
    private readonly selection: FieldSelection,
  ) {}

  get label(): string {
    return this.field.name;
  }

  read(_root: Args, variables: Args): Args {
    return getArgumentValues(this.field, this.selection.fieldNodes[0], variables);
  }
}

/** Arguments of a field scope: `now` this request's, slots any request's (as `derive` makes them). */
function scoped<A>(scope: FieldArguments, now: A, derive: (fieldArgs: Args) => A): Arguments<A> {
  return { now, slot: (read) => (bindings) => read(derive(bindings.argsOf(scope))) };
}

/**
 * Prefetches for the fields selected on `type` objects that `selection` returns (under nodes and
 * edges.node when `connection`).
 */
export function prefetchesFor(
  type: string,
  selection: FieldSelection,
  scope: ReadScope,
  options: { connection?: boolean; nesting?: Nesting } = {},
): Prefetch[] {
  const nesting = options.nesting ?? { depth: 0, budget: { remaining: MAX_PREFETCHES } };
  if (nesting.depth >= MAX_DEPTH || !ENTITY_TYPES.has(type)) return [];
  const objectType = selection.info.schema.getType(type) as GraphQLObjectType;
  const prefetches: Prefetch[] = [];
  for (const child of childSelections(selection, options.connection ?? false)) {
    if (nesting.budget.remaining <= 0) break;
    const name = child.fieldNodes[0].name.value;
    const relation = relationOf(type, name);
    if (!relation) continue;
    const field = objectType.getFields()[name];
    let fieldArgs: Args;
    try {
      fieldArgs = getArgumentValues(field, child.fieldNodes[0], selection.info.variableValues);
    } catch {
      continue; // the field's resolver reports bad arguments
    }
    nesting.budget.remaining -= 1;
    const argumentScope = new FieldArguments(field, child);
    const deeper = { depth: nesting.depth + 1, budget: nesting.budget };
    const planned =
      relation.kind === "list"
        ? list(relation, child, fieldArgs, argumentScope, scope, deeper)
        : relation.kind === "record"
          ? record(relation, child, scope, deeper)
          : relation.kind === "page"
            ? page(relation, child, fieldArgs, argumentScope, scope, deeper)
            : valueOf(relation, fieldArgs, argumentScope, scope);
    if (planned) prefetches.push(planned);
  }
  return prefetches;
}

/**
 * The rows of `rows` that belong to the parent (as JSON: an array of rows, or one row for `single`),
 * with their own prefetches; `deliver` primes a loader with them for a request.
 */
function related(
  scope: ReadScope,
  options: {
    parentColumn: string;
    rowsFor: (parentKey: Sql) => Select;
    single: boolean;
    nested: (alias: string) => Prefetch[];
    depth: number;
    deliver: (parentKey: string, rows: ObjectLiteral[], hydrate: (row: ObjectLiteral) => unknown, request: PrefetchRequest) => void;
  },
): Prefetch {
  return {
    parentColumn: options.parentColumn,
    build(parentKey) {
      const query = options.rowsFor(parentKey);
      const rows = withPrefetches(query.toSql(), query.alias, options.nested(query.alias), options.depth + 1);
      const names = [...query.selectedNames, ...rows.added];
      const hydrate = jsonHydrator<ObjectLiteral>(scope.manager, query.entity, query.alias);
      return {
        json: options.single ? asJsonRow(rows.sql, names) : asJsonArray(rows.sql, names),
        receive(key, json, request) {
          const found = rowsOf(names, options.single ? (json ? [json as unknown[]] : []) : (json as unknown[][]));
          rows.receive(found, request);
          options.deliver(key, found, hydrate, request);
        },
      };
    },
  };
}

/**
 * What a prefetch works out once per request rather than once per parent: the loader it primes
 * depends on the request's bindings alone (a front page's 50 articles prime one `people` loader).
 */
function perRequest<T>(make: (request: PrefetchRequest) => T): (request: PrefetchRequest) => T {
  const made = new WeakMap<PrefetchRequest, T>();
  return (request) => {
    let found = made.get(request);
    if (found === undefined) made.set(request, (found = make(request)));
    return found;
  };
}

function list(
  relation: ListRelation,
  field: FieldSelection,
  fieldArgs: Args,
  argumentScope: FieldArguments,
  scope: ReadScope,
  nesting: Nesting,
): Prefetch | undefined {
  if (relation.readableBy && !relation.readableBy(scope.viewer)) return undefined;
  const target = relation.target;
  const columns = ENTITY_TYPES.has(target) ? columnsOf(field, target as EntityType, false) : undefined;
  const args = scoped(argumentScope, relation.arguments(fieldArgs), (given) => relation.arguments(given));
  const loaderOf = perRequest((request) =>
    request.loaders.list(relation, { ...(relation.arguments(request.bindings.argsOf(argumentScope)) as Args), columns: columns ?? [] }),
  );
  return related(scope, {
    parentColumn: "id",
    rowsFor: (parentKey) => relation.rows(scope, args, columns).where(sql`${relation.parentKey} = ${parentKey}`),
    single: false,
    nested: () => prefetchesFor(target, field, scope, { nesting }),
    depth: nesting.depth - 1,
    deliver: (key, rows, hydrate, request) => prime(loaderOf(request), key, rows.map(hydrate)),
  });
}

function record(relation: RecordRelation, field: FieldSelection, scope: ReadScope, nesting: Nesting): Prefetch {
  const columns = columnsOf(field, relation.target, false);
  const source = SOURCES[relation.target](scope, columns, relation.impliedByParent);
  const foreignKey = scope.manager.connection.getMetadata(ENTITY_CLASSES[relation.parent]).findColumnWithPropertyName(relation.foreignKey)!;
  const loaderOf = perRequest((request) => request.loaders.byId(relation.target, columns));
  return related(scope, {
    parentColumn: foreignKey.databaseName,
    rowsFor: (parentKey) => source.clone().where(sql`${raw(source.alias)}.id = ${parentKey}`),
    single: true,
    nested: () => prefetchesFor(relation.target, field, scope, { nesting }),
    depth: nesting.depth - 1,
    deliver: (key, rows, hydrate, request) => prime(loaderOf(request), key, rows.length ? hydrate(rows[0]) : null),
  });
}

/**
 * The first page of a list under a parent, primed into the loader for exactly the page request
 * the resolver makes; its total is counted only if asked for, as the loader's would be.
 */
function page(
  relation: PageRelation,
  field: FieldSelection,
  fieldArgs: Args,
  argumentScope: FieldArguments,
  scope: ReadScope,
  nesting: Nesting,
): Prefetch | undefined {
  const first = fieldArgs.first;
  if (fieldArgs.after != null || fieldArgs.filter != null) return undefined;
  if (typeof first !== "number" || first < 0 || first > MAX_PAGE_SIZE) return undefined;
  const columns = columnsOf(field, relation.target, true);
  const shape = { after: null, filter: null, columns, ...pageNeedsOf(field) };
  const requestOf = (given: Args) => ({ ...shape, first: given.first as number });
  const args: Arguments<PageArgs & { filter: null }> = scoped(argumentScope, requestOf(fieldArgs), requestOf);
  const loadersOf = perRequest((request) => {
    const pageRequest = requestOf(request.bindings.argsOf(argumentScope));
    return { pageRequest, pages: request.loaders.pages(relation, pageRequest), totals: request.loaders.totals(relation, pageRequest) };
  });
  return related(scope, {
    parentColumn: "id",
    rowsFor: (parentKey) => {
      const base = relation.base(scope, args, columns, parentKey);
      return relation.keysFirst ? keysFirstPage(base, columns, relation.ordering, args) : orderedPage(base, relation.ordering, args);
    },
    single: false,
    nested: () => prefetchesFor(relation.target, field, scope, { connection: true, nesting }),
    depth: nesting.depth - 1,
    deliver(key, rows, hydrate, request) {
      const { pageRequest, pages, totals } = loadersOf(request);
      prime(
        pages,
        key,
        toPage(rows, hydrate, relation.ordering, pageRequest, () => totals.load(key)),
      );
    },
  });
}

function valueOf(relation: ValueRelation, fieldArgs: Args, argumentScope: FieldArguments, scope: ReadScope): Prefetch | undefined {
  const argument = relation.argument(fieldArgs);
  if (argument === undefined) return undefined;
  const args = scoped(argumentScope, argument, (given) => relation.argument(given));
  const loaderOf = perRequest((request) => request.loaders.values(relation, relation.argument(request.bindings.argsOf(argumentScope))));
  return {
    parentColumn: "id",
    build(parentKey) {
      return {
        json: sql`SELECT to_json((${relation.expression(scope, args, parentKey)}))`,
        receive(key, json, request) {
          prime(loaderOf(request), key, json);
        },
      };
    },
  };
}

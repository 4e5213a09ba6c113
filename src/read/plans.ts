// One plan per document: the statement a root field reads (its rows and every prefetched relation)
// is composed once per (document field, viewer class, query shape) and kept; a request only binds
// its values (slugs, cursors, `first`, the visibility time, search terms) into the plan's slots and
// runs it as a named prepared statement. As Grafast plans a document once, and PostgreSQL then
// plans the named statement once per connection.
//
// The shape is what changes the SQL rather than its values: which arguments are given, whether a
// search is blank, booleans, enum values and page sizes, @skip/@include conditions. It is read from the
// request's variables (the document's literals are the document's own), in time linear in their size.
import { FieldNode, GraphQLResolveInfo, GraphQLType, isEnumType, isInputObjectType, isListType, isNonNullType, typeFromAST } from "graphql";
import { ObjectLiteral } from "typeorm";
import { Context } from "../context";
import { READ_CONNECTION_LIFETIME_SECONDS, runRead } from "../db/reads";
import { logger } from "../logger";
import { rawHydrator } from "../services/hydration";
import { Ordering, orderedPage, Page, PageArgs, pageWithCount } from "../services/pagination";
import { PrefetchRequest, withPrefetches } from "../services/prefetch";
import { seesUnpublished } from "../services/viewer";
import { EntityType, ReadScope } from "./relations";
import { prefetchesFor } from "./prefetch";
import { Select } from "./select";
import { Arguments, ArgumentScope, Bindings, compile, scopedArguments, Sql, Statement } from "./sql";

type Args = Record<string, unknown>;

/** What a list's totalCount counts, and whether its count is planned for each request's values. */
export interface ListCount {
  rows: Select;
  planEachTime: boolean;
}

/** How a root list is read: its rows before paging, their order, and what its total counts. */
export interface ListQuery<T extends ObjectLiteral> {
  base: Select<T>;
  ordering: Ordering;
  /** The plan depends on the values (how many articles a search matches). */
  planEachTime: boolean;
  counted?: ListCount;
  /** A page of the list, when not `base` ordered and limited (a search's window read keys first). */
  page?: (args: Arguments<PageArgs>) => Select<T>;
}

/** A composed read: its statement, and what turns a request's rows into the resolver's answer. */
interface Plan {
  statement: Statement;
  /** The prepared statement's name; renamed when a migration made its prepared form stale. */
  name: string | undefined;
  /** Requests that ran it. */
  uses: number;
  planEachTime: boolean;
  /** The root rows, read by an entity's select (a ranking's statement has none). */
  rows?: Select;
  /** The rows a list's totalCount counts, when not `rows` (a relevance search counts every match). */
  counted?: ListCount;
  /** Entities from the statement's rows (made once: they depend on the statement, not the request). */
  hydrate: (row: ObjectLiteral) => ObjectLiteral;
  ordering?: Ordering;
  receive(rows: readonly ObjectLiteral[], request: PrefetchRequest): void;
}

/** The root field's arguments: what its resolver was given. */
const ROOT: ArgumentScope = { label: "root", read: (root) => root };

/** A request's values for a plan's slots. */
class RequestBindings implements Bindings {
  private readonly read = new Map<ArgumentScope, Args>();

  constructor(
    readonly asOf: Date,
    private readonly root: Args,
    private readonly variables: Args,
  ) {}

  argsOf(scope: ArgumentScope): Args {
    let args = this.read.get(scope);
    if (!args) this.read.set(scope, (args = scope.read(this.root, this.variables)));
    return args;
  }
}

/**
 * The kept plans of a server, at most `maxPlans` (least recently used dropped first), and how
 * often a request found its plan. Prepared statement names are given to at most `maxNames` plans
 * per generation: each name is a prepared statement on every pooled connection that runs it.
 * When a generation's names are used up (a stream of documents each sent twice), plans run
 * unnamed until every connection that could hold the generation before has been replaced
 * (`generationSeconds`, the read pool's connection lifetime); then names are given again under a
 * new generation. A connection then holds at most the statements of the plans kept when it opened
 * and two generations' names, and a burst of one-off documents cannot leave the plans that come
 * after it unprepared for good.
 */
export class ReadPlans {
  private readonly plans = new Map<string, Plan>();
  private readonly fieldIds = new WeakMap<FieldNode, number>();
  private nextFieldId = 1;
  private namesGiven = 0;
  private generation = 1;
  private generationStartedAt: number;
  /** Requests that found their plan, plans composed, and plans renamed after a migration. */
  readonly stats = { hits: 0, misses: 0, renamed: 0 };

  constructor(
    readonly maxPlans: number,
    private readonly options: { maxNames?: number; generationSeconds?: number; now?: () => number } = {},
  ) {
    this.generationStartedAt = this.now();
  }

  get size(): number {
    return this.plans.size;
  }

  /**
   * The plan for this resolver's field and shape, composed by `compose` on first sight. It is named
   * (prepared) from its second use: a stream of one-off documents can't use up the names.
   */
  planFor(info: GraphQLResolveInfo, viewerClass: string, compose: () => Omit<Plan, "name" | "uses">): Plan {
    const key = this.keyOf(info, viewerClass);
    let plan = this.plans.get(key);
    if (plan) {
      this.stats.hits += 1;
      this.plans.delete(key); // most recently used last
      plan.uses += 1;
      if (plan.uses === 2) plan.name = this.newName();
    } else {
      this.stats.misses += 1;
      plan = { ...compose(), name: undefined, uses: 1 };
      if (this.plans.size >= this.maxPlans) this.plans.delete(this.plans.keys().next().value!);
      this.logStats();
    }
    this.plans.set(key, plan);
    return plan;
  }

  /** A fresh statement name for `plan` (its prepared form went stale). */
  rename(plan: Plan): void {
    this.stats.renamed += 1;
    plan.name = this.newName();
  }

  private newName(): string | undefined {
    if (this.namesGiven >= (this.options.maxNames ?? this.maxPlans * 2)) {
      const generationMs = (this.options.generationSeconds ?? READ_CONNECTION_LIFETIME_SECONDS) * 1000;
      if (this.now() - this.generationStartedAt < generationMs) return undefined;
      this.generation += 1;
      this.generationStartedAt = this.now();
      this.namesGiven = 0;
    }
    this.namesGiven += 1;
    return `newsdesk_read_${process.pid}_${this.generation}_${this.namesGiven}`;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private keyOf(info: GraphQLResolveInfo, viewerClass: string): string {
    const node = info.fieldNodes[0];
    let id = this.fieldIds.get(node);
    if (id === undefined) this.fieldIds.set(node, (id = this.nextFieldId++));
    return `${id}:${info.fieldNodes.length}:${info.operation.name?.value ?? ""}:${viewerClass}:${variablesShape(info)}`;
  }

  /** A debug line on every 100th plan composed: how many requests found theirs. */
  private logStats(): void {
    const { hits, misses } = this.stats;
    if (misses % 100 !== 1) return;
    logger.debug("read plans", { plans: this.plans.size, hits, misses, hitRate: Number((hits / (hits + misses)).toFixed(3)) });
  }
}

/**
 * What of a request's variables changes a statement's SQL rather than its parameters, read with
 * each variable's declared type: presence (left out, null), empty and blank strings, booleans, enum
 * values and page sizes.
 * Any other string or number is a value, so a client can't make a new plan per search term.
 */
export function variablesShape(info: Pick<GraphQLResolveInfo, "operation" | "schema" | "variableValues">): string {
  return (info.operation.variableDefinitions ?? [])
    .map((definition) => shapeOf(info.variableValues[definition.variable.name.value], typeFromAST(info.schema, definition.type)))
    .join(",");
}

function shapeOf(value: unknown, type: GraphQLType | undefined): string {
  // Left out and given as null differ: a left-out argument takes the schema's default.
  if (value === undefined) return "~";
  if (value === null) return "0";
  if (isNonNullType(type)) return shapeOf(value, type.ofType);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.length ? shapeOf(items[0], type.ofType) : ""}]`;
  }
  if (isEnumType(type)) return `e${JSON.stringify(value)}`;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{${Object.keys(fields)
      .sort()
      .map((name) => shapeOf((value as Args)[name], fields[name].type))
      .join(",")}}`;
  }
  if (typeof value === "boolean") return value ? "t" : "f";
  // Page sizes (0 to 100) are written into the statement as LIMITs (read/select.ts).
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 100 ? String(value) : "x";
  // Empty, blank and other strings: conditions test both presence (`if (after)`) and blankness.
  if (typeof value === "string") return value === "" ? "e" : value.trim() ? "s" : "b";
  return "v";
}

function viewerClassOf(context: Context): string {
  return seesUnpublished(context.viewer) ? "editor" : "reader";
}

function scopeOf(context: Context): ReadScope {
  return { manager: context.manager, viewer: context.viewer };
}

async function run(context: Context, plan: Plan, bindings: Bindings): Promise<ObjectLiteral[]> {
  const rows = await runRead(context, plan.statement, bindings, {
    name: plan.name,
    planEachTime: plan.planEachTime,
    onStale: () => context.plans.rename(plan),
  });
  plan.receive(rows, { loaders: context.loaders, bindings });
  return rows;
}

/** A root lookup (by slug or id) of `type`, with everything below it prefetched: its entity or null. */
export async function readOne<T extends ObjectLiteral, A extends Args>(
  context: Context,
  info: GraphQLResolveInfo,
  type: EntityType,
  args: A,
  query: (scope: ReadScope, args: Arguments<A>) => Select<T>,
): Promise<T | null> {
  const plan = context.plans.planFor(info, viewerClassOf(context), () => {
    const scope = scopeOf(context);
    const rows = query(scope, scopedArguments(args, ROOT));
    const prefetching = withPrefetches(rows.toSql(), rows.alias, prefetchesFor(type, { fieldNodes: info.fieldNodes, info }, scope));
    const hydrate = rawHydrator<ObjectLiteral>(context.manager, rows.entity, rows.alias);
    return { statement: compile(prefetching.sql), planEachTime: false, rows, hydrate, receive: prefetching.receive };
  });
  const [row] = await run(context, plan, new RequestBindings(context.viewer.asOf, args, info.variableValues));
  return row ? (plan.hydrate(row) as T) : null;
}

/** A page of a root list of `type`, with everything below its items prefetched. */
export async function readPage<T extends ObjectLiteral, A extends PageArgs & object>(
  context: Context,
  info: GraphQLResolveInfo,
  type: EntityType,
  args: A,
  compose: (scope: ReadScope, args: Arguments<A>) => ListQuery<T>,
): Promise<Page<T>> {
  const plan = context.plans.planFor(info, viewerClassOf(context), () => {
    const scope = scopeOf(context);
    const bound = scopedArguments(args, ROOT);
    const { base, ordering, planEachTime, counted, page } = compose(scope, bound);
    const rows = page ? page(bound) : orderedPage(base, ordering, bound);
    const prefetches = prefetchesFor(type, { fieldNodes: info.fieldNodes, info }, scope, { connection: true });
    const prefetching = withPrefetches(rows.toSql(), rows.alias, prefetches);
    const hydrate = rawHydrator<ObjectLiteral>(context.manager, base.entity, base.alias);
    return { statement: compile(prefetching.sql), planEachTime, rows: base, counted, hydrate, ordering, receive: prefetching.receive };
  });
  const bindings = new RequestBindings(context.viewer.asOf, args as unknown as Args, info.variableValues);
  const rows = await run(context, plan, bindings);
  const counted = plan.counted ?? { rows: plan.rows!, planEachTime: plan.planEachTime };
  return pageWithCount(
    context,
    counted.rows as Select<T>,
    rows,
    plan.hydrate as (row: ObjectLiteral) => T,
    plan.ordering!,
    args,
    bindings,
    {
      planEachTime: counted.planEachTime,
    },
  );
}

/**
 * A root field read by a statement of its own rather than an entity's select (a ranking's
 * aggregate), kept and bound as every plan: its rows as PostgreSQL returns them. `args` are what
 * the statement's slots read; `compose` sees this request's to choose the statement's shape.
 */
export async function readRows<A extends object>(
  context: Context,
  info: GraphQLResolveInfo,
  args: A,
  compose: (args: Arguments<A>) => { statement: Sql; planEachTime: boolean },
): Promise<ObjectLiteral[]> {
  const plan = context.plans.planFor(info, viewerClassOf(context), () => {
    const { statement, planEachTime } = compose(scopedArguments(args, ROOT));
    return { statement: compile(statement), planEachTime, hydrate: (row) => row, receive: () => undefined };
  });
  return run(context, plan, new RequestBindings(context.viewer.asOf, args as Args, info.variableValues));
}

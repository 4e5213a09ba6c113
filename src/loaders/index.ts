// Every loader of a request, derived from the relation registry (read/relations.ts). Created per
// request: DataLoader caches live exactly as long as the request, and the viewer decides what
// they may return.
import DataLoader from "dataloader";
import { In, ObjectLiteral } from "typeorm";
import { Article, Person, PersonMerge, Topic } from "../entities";
import { ReadTarget, runRead } from "../db/reads";
import { Select } from "../read/select";
import { EntityType, ListRelation, PageRelation, ReadScope, SOURCES, ValueRelation } from "../read/relations";
import { bindingsAt, compile, knownArguments, raw, sql, value } from "../read/sql";
import { rawHydrator } from "../services/hydration";
import { countsForParents, fetchPagesForParents, Page, PageArgs, PARENT_ID } from "../services/pagination";
import { ColumnList } from "../services/sql";
import { Viewer } from "../services/viewer";
import { loaderFamily, manyByKey, oneByKey } from "./batch";

/** What a page loader is asked for: the page, its filter, the columns, and what else is read. */
export type PageRequest = PageArgs & { after: string | null; filter: unknown; columns: ColumnList };

/** What a list loader is asked for: the relation's own arguments and the columns. */
export type ListRequest = Record<string, unknown> & { columns: ColumnList };

/** What a count selects before count(*) replaces it. */
const COUNTED: ColumnList = ["id"];

export function createLoaders(target: ReadTarget, viewer: Viewer) {
  const scope: ReadScope = { manager: target.manager, viewer };
  const bindings = bindingsAt(viewer.asOf);
  const families = new Map<string, (args: never) => DataLoader<string, unknown>>();
  /** The loader family called `name`, made on first use. */
  const family = <A, V>(name: string, create: (args: A) => DataLoader<string, V>) => {
    let found = families.get(name);
    if (!found) families.set(name, (found = loaderFamily(create) as (args: never) => DataLoader<string, unknown>));
    return found as (args: A) => DataLoader<string, V>;
  };

  const byId = <T>(type: EntityType, columns: ColumnList): DataLoader<string, T | null> =>
    family(`${type}ById`, (selected: ColumnList) => {
      return new DataLoader<string, T | null>(async (ids) => {
        const rows = SOURCES[type](scope, selected);
        const query = rows.where(sql`${raw(rows.alias)}.id = ANY(${value([...ids])})`);
        const hydrate = rawHydrator<T & ObjectLiteral>(scope.manager, query.entity, query.alias);
        const found = (await runRead(target, compile(query.toSql()), bindings, { unprepared: true })).map(hydrate);
        return oneByKey(ids, found, (row) => (row as unknown as { id: string }).id);
      });
    })(columns);

  const list = <T>(relation: ListRelation, args: ListRequest): DataLoader<string, T[]> =>
    family(relation.loader, (request: ListRequest) => {
      return new DataLoader<string, T[]>(async (parentIds) => {
        const rows = relation.rows(scope, knownArguments<unknown>(request), request.columns);
        const query = rows.add(relation.parentKey, "parent_key").where(sql`${relation.parentKey} = ANY(${value([...parentIds])})`);
        const hydrate = rawHydrator<T & ObjectLiteral>(scope.manager, query.entity, query.alias);
        const found = await runRead(target, compile(query.toSql()), bindings, { unprepared: true });
        return manyByKey(
          parentIds,
          found.map((row): [string, T] => [row.parent_key as string, hydrate(row)]),
        );
      });
    })(args);

  // A list's size depends on its filter alone: pages of other sizes, columns or needs share a count.
  const totals = (relation: PageRelation, args: PageRequest): DataLoader<string, number> =>
    family(`${relation.loader}:totals`, (request: PageRequest) => {
      return new DataLoader<string, number>(async (parentIds) => {
        const base = relation.base(scope, knownArguments(request), COUNTED, PARENT_ID);
        const counts = await countsForParents(target, base, parentIds, bindings);
        return parentIds.map((id) => counts.get(id) ?? 0);
      });
    })({ ...args, first: 0, after: null, peek: undefined, cursors: undefined, columns: COUNTED });

  const pages = <T extends ObjectLiteral>(relation: PageRelation, args: PageRequest): DataLoader<string, Page<T>> =>
    family(relation.loader, (request: PageRequest) => {
      return new DataLoader<string, Page<T>>((parentIds) =>
        fetchPagesForParents(
          target,
          relation.base(scope, knownArguments(request), request.columns, PARENT_ID) as Select<T>,
          relation.ordering,
          knownArguments(request),
          parentIds,
          (id) => totals(relation, request).load(id),
          bindings,
          relation.planPerParent,
        ),
      );
    })(args);

  const values = <V>(relation: ValueRelation, argument: unknown): DataLoader<string, V | null> =>
    family(relation.loader, (known: unknown) => {
      return new DataLoader<string, V | null>(async (ids) => {
        const statement = compile(
          sql`SELECT ids.id, (${relation.expression(scope, knownArguments(known), raw("ids.id"))}) AS value FROM unnest(${value([...ids])}::uuid[]) AS ids(id)`,
        );
        const rows = await runRead(target, statement, bindings, { unprepared: true });
        const byId = new Map(rows.map((row) => [row.id as string, row.value as V | null]));
        return ids.map((id) => byId.get(id) ?? null);
      });
    })(argument);

  return {
    byId,
    list,
    pages,
    totals,
    values,
    articleById: (columns: ColumnList) => byId<Article>("Article", columns),
    personById: (columns: ColumnList) => byId<Person>("Person", columns),
    topicById: (columns: ColumnList) => byId<Topic>("Topic", columns),
    /** The person an id stands for now: itself, or the person it was merged into. */
    currentPersonId: new DataLoader<string, string>(async (ids) => {
      const merges = await target.manager.findBy(PersonMerge, { mergedId: In([...ids]) });
      const into = new Map(merges.map((merge) => [merge.mergedId, merge.intoId]));
      return ids.map((id) => into.get(id) ?? id);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

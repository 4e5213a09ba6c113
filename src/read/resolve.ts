// The field resolvers' side of the relation registry: a relation field loads through the loader
// its entry derives, with the columns the selection needs, reading a primed (prefetched) value
// synchronously when there is one.
import { GraphQLResolveInfo } from "graphql";
import { ObjectLiteral } from "typeorm";
import { Context } from "../context";
import { loadNow } from "../loaders/primed";
import { columnsFor, pageNeedsFor } from "../resolvers/selection";
import { pageRequest } from "../resolvers/types/page.args";
import { Page } from "../services/pagination";
import { EntityType, relationOf } from "./relations";

type Args = Record<string, unknown>;

function entry(type: EntityType, field: string) {
  const relation = relationOf(type, field);
  if (!relation) throw new Error(`no relation ${type}.${field} in the registry`);
  return relation;
}

/** `type.field` of `parent`: a list, a record, or a value, as its registry entry says. */
export function resolveRelation<T>(
  context: Context,
  info: GraphQLResolveInfo,
  type: EntityType,
  field: string,
  parent: ObjectLiteral,
  fieldArgs: Args = {},
): T | null | Promise<T | null> {
  const relation = entry(type, field);
  const { loaders } = context;
  switch (relation.kind) {
    case "list": {
      if (relation.readableBy && !relation.readableBy(context.viewer)) return [] as T;
      const columns = relation.target === "ArticleRevision" ? [] : columnsFor(info, relation.target);
      return loadNow(loaders.list(relation, { ...(relation.arguments(fieldArgs) as Args), columns }), parent.id as string) as
        T | Promise<T>;
    }
    case "record": {
      const key = parent[relation.foreignKey] as string | null | undefined;
      return key ? loadNow(loaders.byId<T>(relation.target, columnsFor(info, relation.target)), key) : null;
    }
    case "value": {
      const argument = relation.argument(fieldArgs);
      return argument === undefined ? null : loadNow(loaders.values<T>(relation, argument), parent.id as string);
    }
    case "page":
      throw new Error(`${type}.${field} is a page: use resolvePage`);
  }
}

/** The page of `type.field` under `parent` that the field's arguments ask for. */
export function resolvePage<T extends ObjectLiteral>(
  context: Context,
  info: GraphQLResolveInfo,
  type: EntityType,
  field: string,
  parent: ObjectLiteral,
  args: { first?: number | null; after?: string | null; filter?: unknown; defaultFirst: number },
): Page<T> | Promise<Page<T>> {
  const relation = entry(type, field);
  if (relation.kind !== "page") throw new Error(`${type}.${field} is not a page`);
  const request = pageRequest(args, columnsFor(info, relation.target, { connection: true }), pageNeedsFor(info));
  return loadNow(context.loaders.pages<T>(relation, request), parent.id as string);
}

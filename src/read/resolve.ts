// The field resolvers' side of the relation registry: a relation field loads through the loader
// its entry derives, with the columns the selection needs, reading a primed (prefetched) value
// synchronously when there is one.
import DataLoader from "dataloader";
import { GraphQLResolveInfo } from "graphql";
import { ObjectLiteral } from "typeorm";
import { Context } from "../context";
import { loadNow } from "../loaders/primed";
import { oncePerField } from "../resolvers/per-field";
import { columnsFor, pageNeedsFor } from "../resolvers/selection";
import { pageRequest } from "../resolvers/types/page.args";
import { Page } from "../services/pagination";
import { EntityType, Relation, relationOf } from "./relations";

type Args = Record<string, unknown>;

function entry(type: EntityType, field: string) {
  const relation = relationOf(type, field);
  if (!relation) throw new Error(`no relation ${type}.${field} in the registry`);
  return relation;
}

type FieldLoader = DataLoader<string, unknown>;

/** How a field reads for one request: its registry entry and its loader (null: nothing to read). */
interface FieldRead {
  relation: Relation;
  loader: FieldLoader | null;
}

/** What `readOfField` keeps of a field, beside the columns and argument checks kept per field. */
const FIELD_READ = Symbol("field read");

/**
 * How the current field reads for this request (per-field.ts: every parent of a request shares
 * it), found by `make` once. Kept by the request's loaders, which a mutation replaces.
 */
function readOfField(context: Context, info: GraphQLResolveInfo, make: () => FieldRead): FieldRead {
  return oncePerField(context.loaders, info.fieldNodes, FIELD_READ, make);
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
  const { relation, loader } = readOfField(context, info, () => {
    const relation = entry(type, field);
    return { relation, loader: relationLoader(context, info, relation, fieldArgs) };
  });
  if (!loader) return (relation.kind === "list" ? [] : null) as T | null;
  const key = relation.kind === "record" ? (parent[relation.foreignKey] as string | null | undefined) : (parent.id as string);
  return key ? (loadNow(loader, key) as T | null | Promise<T | null>) : null;
}

/** The loader `type.field` reads through with these arguments and the field's selection; null: nothing to read. */
function relationLoader(context: Context, info: GraphQLResolveInfo, relation: Relation, fieldArgs: Args): FieldLoader | null {
  const { loaders } = context;
  switch (relation.kind) {
    case "list": {
      if (relation.readableBy && !relation.readableBy(context.viewer)) return null;
      const columns = relation.target === "ArticleRevision" ? [] : columnsFor(info, relation.target);
      return loaders.list(relation, { ...(relation.arguments(fieldArgs) as Args), columns });
    }
    case "record":
      return loaders.byId(relation.target, columnsFor(info, relation.target));
    case "value": {
      const argument = relation.argument(fieldArgs);
      return argument === undefined ? null : loaders.values(relation, argument);
    }
    case "page":
      throw new Error(`${relation.parent}.${relation.field} is a page: use resolvePage`);
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
  const { loader } = readOfField(context, info, () => {
    const relation = entry(type, field);
    if (relation.kind !== "page") throw new Error(`${type}.${field} is not a page`);
    const request = pageRequest(args, columnsFor(info, relation.target, { connection: true }), pageNeedsFor(info));
    return { relation, loader: context.loaders.pages<T>(relation, request) };
  });
  return loadNow(loader as DataLoader<string, Page<T>>, parent.id as string);
}

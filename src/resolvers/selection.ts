// Which columns a resolver's result needs, read from the GraphQL selection ("lookahead"), so list
// and relation queries fetch only those. A front page asks for headlines, not 50 bodies of 3 KB:
// selecting every column made parsing rows the largest cost of a request.
import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";
import { Article, Person, Quote, Topic } from "../entities";
import type { ColumnList } from "../services/sql";

type Columns<T> = readonly (keyof T & string)[];

interface Projection<T> {
  /** Columns that are also GraphQL fields of the type (same name). */
  fields: Columns<T>;
  /** Always selected: the id and the foreign keys other resolvers follow. */
  always: Columns<T>;
  /** Columns a computed field needs. */
  needs?: Partial<Record<string, Columns<T>>>;
}

const PROJECTIONS = {
  Article: {
    fields: ["slug", "headline", "standfirst", "body", "dateline", "sourceUrl", "status", "publishedAt", "createdAt", "updatedAt", "version"],
    always: ["id"],
    needs: { wordCount: ["body"] },
  } satisfies Projection<Article>,
  Person: {
    fields: ["slug", "name", "aliases", "title", "description", "wikidataId", "createdAt", "updatedAt", "version"],
    always: ["id"],
  } satisfies Projection<Person>,
  Quote: {
    fields: ["text", "context", "position", "status", "isFragment", "createdAt", "updatedAt", "version"],
    always: ["id", "articleId", "speakerId"],
  } satisfies Projection<Quote>,
  Topic: {
    fields: ["slug", "name", "description", "keywords", "createdAt", "updatedAt", "version"],
    always: ["id", "parentId"],
  } satisfies Projection<Topic>,
};

export type ProjectedType = keyof typeof PROJECTIONS;

/** Columns of an entity that a query needs; sorted, so equal selections share a loader. */
export type { ColumnList };


function collectFields(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: Set<string>,
  connection: boolean,
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (!connection) into.add(name);
      else if (name === "nodes") collectFields(selection.selectionSet, info, into, false);
      else if (name === "edges") collectEdgeNodes(selection, info, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, info, into, connection);
    } else {
      collectFields(info.fragments[selection.name.value]?.selectionSet, info, into, connection);
    }
  }
}

function collectEdgeNodes(edges: FieldNode, info: GraphQLResolveInfo, into: Set<string>): void {
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === "node") collectFields(selection.selectionSet, info, into, false);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  visit(edges.selectionSet);
}

/**
 * The columns of `type` the current field's result needs. `connection`: the field returns a
 * connection of that type (look under nodes and edges.node).
 */
// graphql-js passes the same fieldNodes array for every item of a list, so each selection is
// read once, not once per row (250 quote speakers on a front page).
const measured = new WeakMap<readonly FieldNode[], Map<string, ColumnList>>();

export function columnsFor(info: GraphQLResolveInfo, type: ProjectedType, options: { connection?: boolean } = {}): ColumnList {
  let forNodes = measured.get(info.fieldNodes);
  if (!forNodes) measured.set(info.fieldNodes, (forNodes = new Map()));
  const key = `${type}:${options.connection ?? false}`;
  let columns = forNodes.get(key);
  if (!columns) forNodes.set(key, (columns = readColumns(info, type, options.connection ?? false)));
  return columns;
}

function readColumns(info: GraphQLResolveInfo, type: ProjectedType, connection: boolean): ColumnList {
  const fields = new Set<string>();
  for (const node of info.fieldNodes) collectFields(node.selectionSet, info, fields, connection);
  const projection: Projection<Record<string, unknown>> = PROJECTIONS[type];
  const columns = new Set<string>(projection.always);
  for (const field of fields) {
    if ((projection.fields as readonly string[]).includes(field)) columns.add(field);
    for (const needed of projection.needs?.[field] ?? []) columns.add(needed);
  }
  return [...columns].sort();
}

/** Every column of the type, for callers without a GraphQL selection. */
export function allColumns(type: ProjectedType): ColumnList {
  const projection: Projection<Record<string, unknown>> = PROJECTIONS[type];
  return [...new Set([...projection.always, ...projection.fields])].sort();
}

/** The columns a computed field needs, or undefined when the type declares none for it. */
export function projectionNeeds(type: ProjectedType, field: string): ColumnList | undefined {
  const projection: Projection<Record<string, unknown>> = PROJECTIONS[type];
  return projection.needs?.[field];
}

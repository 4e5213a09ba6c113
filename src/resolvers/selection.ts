// Which columns a resolver's result needs, read from the GraphQL selection ("lookahead"), so list
// and relation queries fetch only those. A front page asks for headlines, not 50 bodies of 3 KB:
// selecting every column made parsing rows the largest cost of a request.
import {
  FieldNode,
  FragmentSpreadNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  InlineFragmentNode,
  Kind,
  SelectionSetNode,
} from "graphql";
import { getMetadataArgsStorage } from "typeorm";
import { ENTITY_CLASSES, EntityType, foreignKeysOf } from "../read/relations";
import { oncePerField } from "./per-field";
import type { ColumnList } from "../services/sql";

export type ProjectedType = EntityType;

/** Columns a computed field (a getter on the entity) needs. */
const COMPUTED: Partial<Record<ProjectedType, Record<string, ColumnList>>> = {
  Article: { wordCount: ["body"] },
};

interface Projection {
  /** Columns that are also GraphQL fields of the type (same name), from the entity's metadata. */
  fields: ReadonlySet<string>;
  /**
   * The foreign key a record relation's field follows (Quote.speaker: speakerId), selected only
   * with its field: a person's quotes need not carry the speaker each row (loaders group their
   * rows by a key of their own, `parent_key`).
   */
  keysOfFields: ReadonlyMap<string, string>;
}

/** Each type's projection, derived once from the entity's column metadata and the relation registry. */
const PROJECTIONS = Object.fromEntries(
  (Object.keys(ENTITY_CLASSES) as ProjectedType[]).map((type) => {
    const columns = getMetadataArgsStorage()
      .filterColumns(ENTITY_CLASSES[type])
      .filter((column) => column.options.select !== false)
      .map((column) => column.propertyName);
    return [type, { fields: new Set(columns), keysOfFields: foreignKeysOf(type) }];
  }),
) as unknown as Record<ProjectedType, Projection>;

/** Columns of an entity that a query needs; sorted, so equal selections share a loader. */
export type { ColumnList };

/**
 * The columns of `type` the current field's result needs. `connection`: the field returns a
 * connection of that type (look under nodes and edges.node).
 */
export function columnsFor(info: GraphQLResolveInfo, type: ProjectedType, options: { connection?: boolean } = {}): ColumnList {
  return measure(info, `${type}:${options.connection ?? false}`, (selection) => columnsOf(selection, type, options.connection ?? false));
}

/** What the current connection field's selection reads besides its items (pageNeedsOf). */
export function pageNeedsFor(info: GraphQLResolveInfo): PageNeeds {
  return measure(info, "page needs", pageNeedsOf);
}

/**
 * What `read` says of the current field's selection, read once per request (its variables object:
 * a compiled query keeps its field nodes across requests, whose variables may @skip other fields)
 * and field.
 */
function measure<T extends ColumnList | PageNeeds>(info: GraphQLResolveInfo, key: string, read: (selection: FieldSelection) => T): T {
  return oncePerField(info.variableValues, info.fieldNodes, key, () => read({ fieldNodes: info.fieldNodes, info }));
}

/** A field's occurrences in a query (all nodes with one response key) and the query's fragments. */
export interface FieldSelection {
  fieldNodes: readonly FieldNode[];
  info: Pick<GraphQLResolveInfo, "fragments" | "variableValues" | "schema">;
}

/** The columns of `type` that the field's result needs; what columnsFor() says for its resolver. */
export function columnsOf(selection: FieldSelection, type: ProjectedType, connection: boolean): ColumnList {
  const fields = childSelections(selection, connection).map((child) => child.fieldNodes[0].name.value);
  const projection = PROJECTIONS[type];
  // The id always: it is what loaders, cursors and clients' caches know an object by.
  const columns = new Set<string>(["id"]);
  for (const field of fields) {
    if (projection.fields.has(field)) columns.add(field);
    const key = projection.keysOfFields.get(field);
    if (key) columns.add(key);
    for (const needed of COMPUTED[type]?.[field] ?? []) columns.add(needed);
  }
  return [...columns].sort();
}

/**
 * The fields selected on the objects a field returns (under nodes and edges.node for a
 * connection), grouped by response key as graphql-js groups them for their resolvers; fields that
 * @skip or @include leave out are not there.
 */
export function childSelections(selection: FieldSelection, connection: boolean): FieldSelection[] {
  const byResponseKey = new Map<string, FieldNode[]>();
  const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode) => {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, selection.info.variableValues);
    const include = getDirectiveValues(GraphQLIncludeDirective, node, selection.info.variableValues);
    return skip?.if !== true && include?.if !== false;
  };
  const visit = (selectionSet: SelectionSetNode | undefined, underConnection: boolean): void => {
    for (const child of selectionSet?.selections ?? []) {
      if (!included(child)) continue;
      if (child.kind === Kind.INLINE_FRAGMENT) visit(child.selectionSet, underConnection);
      else if (child.kind === Kind.FRAGMENT_SPREAD) visit(selection.info.fragments[child.name.value]?.selectionSet, underConnection);
      else if (!underConnection) {
        const key = child.alias?.value ?? child.name.value;
        byResponseKey.set(key, [...(byResponseKey.get(key) ?? []), child]);
      } else if (child.name.value === "nodes") visit(child.selectionSet, false);
      else if (child.name.value === "edges") visitEdges(child.selectionSet);
    }
  };
  const visitEdges = (selectionSet: SelectionSetNode | undefined): void => {
    for (const child of selectionSet?.selections ?? []) {
      if (!included(child)) continue;
      if (child.kind === Kind.FIELD && child.name.value === "node") visit(child.selectionSet, false);
      else if (child.kind === Kind.INLINE_FRAGMENT) visitEdges(child.selectionSet);
      else if (child.kind === Kind.FRAGMENT_SPREAD) visitEdges(selection.info.fragments[child.name.value]?.selectionSet);
    }
  };
  for (const node of selection.fieldNodes) visit(node.selectionSet, connection);
  return [...byResponseKey.values()].map((fieldNodes) => ({ fieldNodes, info: selection.info }));
}

/** What a page query reads besides the page's rows, as a connection's selection asks for it. */
export interface PageNeeds {
  /** `pageInfo { hasNextPage }`: read one row past the page. */
  peek: boolean;
  /** `edges { cursor }`, `pageInfo { startCursor }` or `{ endCursor }`: read each row's position. */
  cursors: boolean;
}

/** What a connection field's selection asks for besides its items, however spelled (aliases, fragments). */
export function pageNeedsOf(selection: FieldSelection): PageNeeds {
  const needs: PageNeeds = { peek: false, cursors: false };
  for (const child of childSelections(selection, false)) {
    const name = child.fieldNodes[0].name.value;
    if (name !== "edges" && name !== "pageInfo") continue;
    for (const field of childSelections(child, false)) {
      const asked = field.fieldNodes[0].name.value;
      if (name === "pageInfo" && asked === "hasNextPage") needs.peek = true;
      if (name === "edges" ? asked === "cursor" : asked === "startCursor" || asked === "endCursor") needs.cursors = true;
    }
  }
  return needs;
}

/** Every column of the type, for callers without a GraphQL selection. */
export function allColumns(type: ProjectedType): ColumnList {
  const projection = PROJECTIONS[type];
  return [...new Set(["id", ...projection.keysOfFields.values(), ...projection.fields])].sort();
}

/** The columns a computed field needs, or undefined when the type declares none for it. */
export function projectionNeeds(type: ProjectedType, field: string): ColumnList | undefined {
  return COMPUTED[type]?.[field];
}

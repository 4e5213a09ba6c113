// The SQL text of a select query builder, remembered by the builder's shape. TypeORM writes a
// builder's text from scratch every time (columns escaped from entity metadata, then every
// property name replaced across the whole text by regular expressions); a person page's three
// builders spent about a tenth of the request's CPU there. The builders themselves are still made
// per request, so parameters are always this request's; only the text, which parameters don't
// change, is reused.
//
// The shape is everything in the builder's expression map except its parameters, so two builders
// with the same shape are the same query with other values. Tests check every reuse against
// TypeORM's own text (NODE_ENV=test), so a part of the map the shape left out would fail them.
import { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Alias } from "typeorm/query-builder/Alias";
import { JoinAttribute } from "typeorm/query-builder/JoinAttribute";

/** Shapes remembered per process; clients choose shapes, so past this the oldest are forgotten. */
const MAX_TEXTS = 1000;
/** Per data source: entities are described by name, and their tables depend on its settings. */
const textsBySource = new WeakMap<DataSource, Map<string, string>>();

/** How often a text was reused, written and remembered, or written because the shape was unknown. */
export const queryTextCounts = { reused: 0, written: 0, unshaped: 0 };

/** Check each reuse against a fresh text (tests). */
const checkReuse = process.env.NODE_ENV === "test";

/** The builder's text and parameters, numbered $1…, as getQueryAndParameters() returns them. */
export function queryAndParameters(qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
  const parameters = qb.getParameters();
  return qb.dataSource.driver.escapeQueryWithParameters(queryText(qb), parameters);
}

/** The builder's text with named parameters (getQuery()). */
function queryText(qb: SelectQueryBuilder<ObjectLiteral>): string {
  const shape = shapeOf(qb);
  if (shape === undefined) {
    queryTextCounts.unshaped += 1;
    return qb.getQuery();
  }
  let texts = textsBySource.get(qb.dataSource);
  if (!texts) textsBySource.set(qb.dataSource, (texts = new Map<string, string>()));
  const known = texts.get(shape);
  if (known !== undefined) {
    queryTextCounts.reused += 1;
    if (checkReuse) {
      const fresh = qb.getQuery();
      if (fresh !== known) throw new Error(`query-text: two builders of one shape wrote different SQL:\n${known}\n${fresh}`);
    }
    return known;
  }
  queryTextCounts.written += 1;
  const text = qb.getQuery();
  if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value!);
  texts.set(shape, text);
  return text;
}

/** Keys of the expression map and its parts that are not the query's shape. */
const NOT_SHAPE = new Set([
  // Values, sent separately.
  "parameters",
  "nativeParameters",
  // Where the query runs, not what it says.
  "dataSource",
  "connection",
  "queryRunner",
  // A join's way back to the map being described.
  "queryExpressionMap",
  // Lazily computed caches of a join (whether it is selected, its relation).
  "isSelectedCache",
  "isSelectedEvaluated",
  "relationCache",
  "relationEvaluated",
]);

/** Something the shape can't describe (a function that is not an entity class): don't reuse. */
class Unshaped extends Error {}

function shapeOf(qb: SelectQueryBuilder<ObjectLiteral>): string | undefined {
  // A builder nested in another (qb.subQuery()) gets its parameter names from its parent.
  if ((qb as unknown as { parentQueryBuilder?: unknown }).parentQueryBuilder) return undefined;
  try {
    return describeMap(qb);
  } catch (error) {
    if (error instanceof Unshaped) return undefined;
    throw error;
  }
}

/** A new builder's expression map, per data source: parts left as they are need no describing. */
const pristineMaps = new WeakMap<DataSource, Record<string, unknown>>();

function isPristine(value: unknown, pristine: unknown): boolean {
  if (value === pristine) return true;
  if (Array.isArray(value)) return value.length === 0 && Array.isArray(pristine) && pristine.length === 0;
  return isEmptyRecord(value) && isEmptyRecord(pristine);
}

function isEmptyRecord(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** The builder's map, leaving out what is as a new builder has it (every map has every key). */
function describeMap(qb: SelectQueryBuilder<ObjectLiteral>): string {
  let pristine = pristineMaps.get(qb.dataSource);
  if (!pristine) pristineMaps.set(qb.dataSource, (pristine = { ...qb.dataSource.createQueryBuilder().expressionMap }));
  const map = qb.expressionMap as unknown as Record<string, unknown>;
  let described = "map{";
  for (const key in map) {
    if (!Object.hasOwn(map, key) || NOT_SHAPE.has(key)) continue;
    const value = map[key];
    if (Object.hasOwn(pristine, key) && isPristine(value, pristine[key])) continue;
    described += `${key}=${describe(value, qb)},`;
  }
  return described + "}";
}

// Strings are written with their length first, so no two different maps describe alike.
function describe(value: unknown, qb: SelectQueryBuilder<ObjectLiteral>): string {
  switch (typeof value) {
    case "undefined":
      return "~";
    case "string":
      return `${value.length}:${value}`;
    case "number":
    case "boolean":
    case "bigint":
      return `#${value}`;
    case "function":
      // Entity classes name a table (innerJoin(ArticleTopic, …)); any other function could write
      // anything.
      if (!qb.dataSource.hasMetadata(value)) throw new Unshaped();
      return `class:${qb.dataSource.getMetadata(value).name}`;
    case "symbol":
      throw new Unshaped();
  }
  if (value === null) return "null";
  if (value instanceof EntityMetadata) return `entity:${value.name}`;
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (Array.isArray(value)) {
    let described = "[";
    for (const item of value) described += describe(item, qb) + ",";
    return described + "]";
  }
  const prototype = Object.getPrototypeOf(value) as object | null;
  let described: string;
  if (prototype === Object.prototype || prototype === null) described = "{";
  else if (value instanceof Alias) described = "Alias{";
  // Whether a join's columns are selected is worked out from the map it was made for, which a
  // clone doesn't update: the result, not the cache, is part of the shape.
  else if (value instanceof JoinAttribute) described = `JoinAttribute(selected=${value.isSelected}){`;
  // A builder inside the map (a CTE, an insert's select) has parameters of its own; any other
  // class may keep its state where own keys don't show it (a Map, a RegExp).
  else throw new Unshaped();
  for (const key in value as object) {
    if (!Object.hasOwn(value as object, key) || NOT_SHAPE.has(key)) continue;
    // Keys are written as strings: an ordering's keys are SQL.
    described += `${describe(key, qb)}=${describe((value as Record<string, unknown>)[key], qb)},`;
  }
  return described + "}";
}

// A SELECT of one entity's rows, written from the entity's TypeORM metadata (public API: table
// and column names) and composed from Sql fragments. Columns come back named alias_column, as
// TypeORM names raw columns, so services/hydration.ts turns rows into entities either way.
import { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { ColumnList } from "../services/sql";
import { join, raw, Sql, sql } from "./sql";

export class Select<T extends ObjectLiteral = ObjectLiteral> {
  private items: Sql[] = [];
  /** The name each item is selected as, in order (none for `selecting`'s items). */
  private names: string[] = [];
  private joins: Sql[] = [];
  private conditions: Sql[] = [];
  private order: Sql[] = [];
  private limitTo: number | undefined;
  private source: Sql | undefined;

  constructor(
    readonly manager: EntityManager,
    readonly entity: EntityTarget<ObjectLiteral>,
    readonly alias: string,
  ) {}

  /** The table's name and a property's column name, from the entity's metadata. */
  private get metadata() {
    return this.manager.connection.getMetadata(this.entity);
  }

  /**
   * Reads the rows from `rows`, a query returning the table's columns (and any others), instead of
   * the table itself: a candidate set to order and page (a relevance search's window).
   */
  from(rows: Sql): this {
    this.source = rows;
    return this;
  }

  /**
   * The table's rows whose ids the query `keys` selects (as a column named id), to be ordered and
   * paged again: a page found by its keys alone, then read whole (services/pagination.ts
   * keysFirstPage). `carry`: columns of `keys` the rows keep (what they were ordered by, when the
   * table has no such column: a search's rank).
   */
  rowsWithIds(keys: Sql, columns: ColumnList | undefined, carry: string[] = []): Select<T> {
    const alias = raw(this.alias);
    const carried = carry.map((column) => raw(`, page_keys.${column}`));
    return new Select<T>(this.manager, this.entity, this.alias)
      .from(
        sql`SELECT ${alias}.*${join(carried, "")} FROM (${keys}) AS page_keys JOIN ${raw(`${this.metadata.tablePath} ${this.alias}`)} ON ${alias}.id = page_keys.id`,
      )
      .columns(columns);
  }

  /** The names the rows' columns come back as, in order: what a prefetched row's JSON array holds. */
  get selectedNames(): readonly string[] {
    return this.names;
  }

  column(property: string): Sql {
    const column = this.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${this.metadata.name} has no column ${property}`);
    return raw(`${this.alias}.${column.databaseName}`);
  }

  /** Selects these properties of the entity (every column when absent), named alias_column. */
  columns(properties: ColumnList | undefined): this {
    const columns = properties
      ? properties.map((property) => this.metadata.findColumnWithPropertyName(property)!)
      : this.metadata.columns.filter((column) => column.isSelect && !column.embeddedMetadata);
    for (const column of columns) {
      const name = `${this.alias}_${column.databaseName}`;
      this.items.push(raw(`${this.alias}.${column.databaseName} AS "${name}"`));
      this.names.push(name);
    }
    return this;
  }

  /** Selects `expression` as `name`. */
  add(expression: Sql, name: string): this {
    this.items.push(sql`${expression} AS ${raw(`"${name}"`)}`);
    this.names.push(name);
    return this;
  }

  join(clause: Sql): this {
    this.joins.push(clause);
    return this;
  }

  where(condition: Sql): this {
    this.conditions.push(condition);
    return this;
  }

  orderBy(expression: Sql, direction: "ASC" | "DESC", nulls?: "NULLS LAST"): this {
    this.order.push(sql`${expression} ${raw(direction)}${raw(nulls ? ` ${nulls}` : "")}`);
    return this;
  }

  /**
   * A literal: a parameter would leave PostgreSQL to plan a prepared statement for an unknown row
   * count (a tenth of the table), which at a million articles chose a sort of every published
   * article for a front page of 50. Page sizes are part of a plan's shape instead (read/plans.ts).
   */
  limit(count: number): this {
    this.limitTo = count;
    return this;
  }

  /** The same query with its own lists, to add to without changing this one. */
  clone(): Select<T> {
    const copy = new Select<T>(this.manager, this.entity, this.alias);
    copy.items = [...this.items];
    copy.names = [...this.names];
    copy.joins = [...this.joins];
    copy.conditions = [...this.conditions];
    copy.order = [...this.order];
    copy.limitTo = this.limitTo;
    copy.source = this.source;
    return copy;
  }

  /** The same rows, selecting only `items` instead (a count, an id). */
  selecting(...items: Sql[]): Select<T> {
    const copy = this.clone();
    copy.items = items;
    copy.names = [];
    copy.order = [];
    copy.limitTo = undefined;
    return copy;
  }

  toSql(): Sql {
    const parts: Sql[] = [
      sql`SELECT ${join(this.items.length ? this.items : [raw("1")], ", ")} FROM ${this.source ? sql`(${this.source}) ${raw(this.alias)}` : raw(`${this.metadata.tablePath} ${this.alias}`)}`,
    ];
    parts.push(...this.joins);
    if (this.conditions.length)
      parts.push(
        sql`WHERE ${join(
          this.conditions.map((condition) => sql`(${condition})`),
          " AND ",
        )}`,
      );
    if (this.order.length) parts.push(sql`ORDER BY ${join(this.order, ", ")}`);
    if (this.limitTo !== undefined) parts.push(raw(`LIMIT ${Math.trunc(this.limitTo)}`));
    return join(parts, " ");
  }
}

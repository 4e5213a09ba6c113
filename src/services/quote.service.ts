// Reading quotes: the `quotes` lists (everywhere, by speaker) with their filters, and visibility.
import { EntityManager } from "typeorm";
import { Quote, QuoteStatus } from "../entities";
import { Select } from "../read/select";
import { Arguments, NO_ARGUMENTS, raw, sql, Sql } from "../read/sql";
import { Ordering } from "./pagination";
import { ColumnList } from "./sql";
import { publishedCondition, seesUnpublished, Viewer } from "./viewer";

export interface QuoteFilterValues {
  speaker?: string | null;
  article?: string | null;
  topic?: string | null;
  status?: QuoteStatus[] | null;
  search?: string | null;
}

const ALIAS = "quote";

export const NEWEST_QUOTES_FIRST: Ordering = {
  name: "quote:created_at",
  direction: "DESC",
  keys: [
    { sql: raw(`${ALIAS}.created_at`), cast: "timestamptz" },
    { sql: raw(`${ALIAS}.id`), cast: "uuid" },
  ],
};

/**
 * SQL condition: `viewer` may see the quote `alias`. Readers see a quote only when its article is
 * public and an editor confirmed it (a SUGGESTED quote, e.g. from ingest, is a machine's guess at
 * words and speaker; a REJECTED one was found wrong). Undefined: editors see every quote.
 */
export function quoteVisibleTo(viewer: Viewer, alias: string): Sql | undefined {
  if (seesUnpublished(viewer)) return undefined;
  return sql`${raw(alias)}.status = '${raw(QuoteStatus.CONFIRMED)}' AND EXISTS (SELECT 1 FROM article visible_article
    WHERE visible_article.id = ${raw(alias)}.article_id AND ${publishedCondition("visible_article")})`;
}

export function quoteQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<{ filter?: QuoteFilterValues | null }>,
  columns?: ColumnList,
): Select<Quote> {
  const query = new Select(manager, Quote, ALIAS).columns(columns);
  const visible = quoteVisibleTo(viewer, ALIAS);
  if (visible) query.where(visible);
  const filter = args.now.filter;
  const of = (read: (filter: QuoteFilterValues) => unknown) => args.slot((values) => read(values.filter!));
  if (filter?.speaker) {
    query.where(sql`${raw(ALIAS)}.speaker_id = (SELECT speaker.id FROM person speaker WHERE speaker.slug = ${of((f) => f.speaker)})`);
  }
  if (filter?.article) query.where(sql`${raw(ALIAS)}.article_id = ${of((f) => f.article)}`);
  if (filter?.topic) {
    query.where(sql`EXISTS (SELECT 1 FROM article_topic filter_at JOIN topic filter_topic ON filter_topic.id = filter_at.topic_id
      WHERE filter_at.article_id = ${raw(ALIAS)}.article_id AND filter_topic.slug = ${of((f) => f.topic)})`);
  }
  if (filter?.status) query.where(sql`${raw(ALIAS)}.status = ANY(${of((f) => f.status)})`);
  if (filter?.search?.trim()) {
    query.where(sql`${raw(ALIAS)}.search_vector @@ websearch_to_tsquery('english', ${of((f) => f.search!.trim())})`);
  }
  return query;
}

/** One quote by id. */
export function quoteByIdQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<{ id: string }>,
  columns?: ColumnList,
): Select<Quote> {
  return quoteQuery(manager, viewer, NO_ARGUMENTS, columns).where(sql`${raw(ALIAS)}.id = ${args.slot((values) => values.id)}`);
}

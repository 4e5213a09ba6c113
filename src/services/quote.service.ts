// Reading quotes: the `quotes` lists (everywhere, by speaker) with their filters, and visibility.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Quote, QuoteStatus } from "../entities";
import { fetchPage, Ordering, Page, PageArgs } from "./pagination";
import { firstWithPrefetches, Prefetch } from "./prefetch";
import { ColumnList, selectColumns } from "./sql";
import { publishedCondition, seesUnpublished, Viewer, visibilityParameters } from "./viewer";

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
    { sql: `${ALIAS}.created_at`, cast: "timestamptz" },
    { sql: `${ALIAS}.id`, cast: "uuid" },
  ],
};

/**
 * Limits `qb` to the quotes `viewer` may see: readers see a quote only when its article is public
 * and an editor confirmed it (a SUGGESTED quote, e.g. from ingest, is a machine's guess at words and
 * speaker; a REJECTED one was found wrong). `alias` names the quote in the query.
 */
export function restrictToVisibleQuotes<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  if (seesUnpublished(viewer)) return qb;
  return qb.andWhere(
    `(${alias}.status = '${QuoteStatus.CONFIRMED}' AND EXISTS (SELECT 1 FROM article visible_article ` +
      `WHERE visible_article.id = ${alias}.article_id AND ${publishedCondition("visible_article")}))`,
    visibilityParameters(viewer),
  );
}

export function quoteQuery(
  manager: EntityManager,
  viewer: Viewer,
  filter?: QuoteFilterValues | null,
  columns?: ColumnList,
): SelectQueryBuilder<Quote> {
  const qb = restrictToVisibleQuotes(selectColumns(manager.createQueryBuilder(Quote, ALIAS), columns), ALIAS, viewer);
  if (filter?.speaker) {
    qb.andWhere(`${ALIAS}.speaker_id = (SELECT speaker.id FROM person speaker WHERE speaker.slug = :speakerSlug)`, {
      speakerSlug: filter.speaker,
    });
  }
  if (filter?.article) qb.andWhere(`${ALIAS}.article_id = :articleId`, { articleId: filter.article });
  if (filter?.topic) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM article_topic filter_at JOIN topic filter_topic ON filter_topic.id = filter_at.topic_id ` +
        `WHERE filter_at.article_id = ${ALIAS}.article_id AND filter_topic.slug = :topicSlug)`,
      { topicSlug: filter.topic },
    );
  }
  if (filter?.status) qb.andWhere(`${ALIAS}.status = ANY(:statuses)`, { statuses: filter.status });
  const search = filter?.search?.trim();
  if (search) qb.andWhere(`${ALIAS}.search_vector @@ websearch_to_tsquery('english', :search)`, { search });
  return qb;
}

export function listQuotes(
  manager: EntityManager,
  viewer: Viewer,
  args: PageArgs & { filter?: QuoteFilterValues | null },
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Page<Quote>> {
  return fetchPage(manager, quoteQuery(manager, viewer, args.filter, columns), NEWEST_QUOTES_FIRST, args, prefetches);
}

export function findQuote(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Quote | null> {
  return firstWithPrefetches(manager, quoteQuery(manager, viewer, null, columns).andWhere(`${ALIAS}.id = :id`, { id }), prefetches);
}

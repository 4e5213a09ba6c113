// Reading articles: the filters and orderings of the `articles` lists, shared by Query.articles,
// Person.articles and Topic.articles, and single-article lookup.
import { EntityManager, SelectQueryBuilder } from "typeorm";
import { Article, ArticleStatus } from "../entities";
import { BadUserInputError } from "../errors";
import { fetchPage, fingerprint, Ordering, Page, PageArgs } from "./pagination";
import { firstWithPrefetches, Prefetch } from "./prefetch";
import { ColumnList, selectColumns } from "./sql";
import { publishedCondition, seesUnpublished, Viewer, visibilityParameters } from "./viewer";

export enum ArticleOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  RELEVANCE = "RELEVANCE",
}

export interface ArticleFilterValues {
  status?: ArticleStatus[] | null;
  topic?: string | null;
  person?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  search?: string | null;
}

export interface ArticleOrderValues {
  field: ArticleOrderField;
  direction: "ASC" | "DESC";
}

export const DEFAULT_ARTICLE_ORDER: ArticleOrderValues = { field: ArticleOrderField.PUBLISHED_AT, direction: "DESC" };

const ALIAS = "article";
const SEARCH_QUERY = `websearch_to_tsquery('english', :search)`;

// Unpublished articles sort after published ones when newest come first: the same expression is
// indexed (see the initial migration), so the ordering and the keyset seek use the index.
const SORT_EXPRESSIONS: Record<Exclude<ArticleOrderField, "RELEVANCE">, string> = {
  PUBLISHED_AT: `coalesce(${ALIAS}.published_at, '-infinity'::timestamptz)`,
  CREATED_AT: `${ALIAS}.created_at`,
  UPDATED_AT: `${ALIAS}.updated_at`,
};

function searchTerm(filter: ArticleFilterValues | null | undefined): string | undefined {
  const search = filter?.search?.trim();
  return search ? search : undefined;
}

export function articleOrdering(order: ArticleOrderValues, filter?: ArticleFilterValues | null): Ordering {
  const sql =
    order.field === ArticleOrderField.RELEVANCE
      ? `ts_rank(${ALIAS}.search_vector, ${SEARCH_QUERY})::float8`
      : SORT_EXPRESSIONS[order.field];
  if (order.field === ArticleOrderField.RELEVANCE && !searchTerm(filter)) {
    throw new BadUserInputError("RELEVANCE ordering needs a search filter", {
      "orderBy.field": "RELEVANCE needs filter.search",
    });
  }
  return {
    // A relevance cursor is only meaningful for the search it came from.
    name: `article:${order.field}:${order.direction}${order.field === ArticleOrderField.RELEVANCE ? `:${fingerprint(searchTerm(filter)!)}` : ""}`,
    direction: order.direction,
    keys: [
      { sql, cast: order.field === ArticleOrderField.RELEVANCE ? "float8" : "timestamptz" },
      { sql: `${ALIAS}.id`, cast: "uuid" },
    ],
  };
}

/**
 * Newest published first, as DEFAULT_ARTICLE_ORDER, read from a link table's copy of published_at
 * (`link` is its alias: article_topic or article_person, see the LinkPublicationOrder migration),
 * so that the articles under one topic or person are a walk of that link's ordered index. Same
 * values as the article's own order, so its cursors are the same too.
 */
export function linkPublicationOrdering(link: string): Ordering {
  return {
    name: `article:${ArticleOrderField.PUBLISHED_AT}:DESC`,
    direction: "DESC",
    keys: [
      { sql: `coalesce(${link}.published_at, '-infinity'::timestamptz)`, cast: "timestamptz" },
      { sql: `${link}.article_id`, cast: "uuid" },
    ],
  };
}

/**
 * The articles `viewer` may see that match a filter; no ordering or paging yet. `knownVisible`:
 * the caller only asks for articles the viewer can see anyway (the articles of quotes the viewer
 * was given), so the check is left out.
 */
export function articleQuery(
  manager: EntityManager,
  viewer: Viewer,
  filter?: ArticleFilterValues | null,
  columns?: ColumnList,
  options: { knownVisible?: boolean } = {},
): SelectQueryBuilder<Article> {
  const qb = selectColumns(manager.createQueryBuilder(Article, ALIAS), columns);
  if (!seesUnpublished(viewer) && !options.knownVisible) qb.andWhere(publishedCondition(ALIAS), visibilityParameters(viewer));
  if (filter?.status) qb.andWhere(`${ALIAS}.status = ANY(:statuses)`, { statuses: filter.status });
  if (filter?.topic) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM article_topic filter_at JOIN topic filter_topic ON filter_topic.id = filter_at.topic_id ` +
        `WHERE filter_at.article_id = ${ALIAS}.id AND filter_topic.slug = :topicSlug)`,
      { topicSlug: filter.topic },
    );
  }
  if (filter?.person) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM article_person filter_ap JOIN person filter_person ON filter_person.id = filter_ap.person_id ` +
        `WHERE filter_ap.article_id = ${ALIAS}.id AND filter_person.slug = :personSlug)`,
      { personSlug: filter.person },
    );
  }
  if (filter?.publishedAfter) qb.andWhere(`${ALIAS}.published_at >= :publishedAfter`, { publishedAfter: filter.publishedAfter });
  if (filter?.publishedBefore) qb.andWhere(`${ALIAS}.published_at < :publishedBefore`, { publishedBefore: filter.publishedBefore });
  const search = searchTerm(filter);
  if (search) qb.andWhere(`${ALIAS}.search_vector @@ ${SEARCH_QUERY}`, { search });
  return qb;
}

export function listArticles(
  manager: EntityManager,
  viewer: Viewer,
  args: PageArgs & { filter?: ArticleFilterValues | null; orderBy?: ArticleOrderValues | null },
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Page<Article>> {
  const ordering = articleOrdering(args.orderBy ?? DEFAULT_ARTICLE_ORDER, args.filter);
  // How many articles a search matches decides the plan (see PlanOptions).
  const options = { planEachTime: Boolean(searchTerm(args.filter)) };
  return fetchPage(manager, articleQuery(manager, viewer, args.filter, columns), ordering, args, prefetches, options);
}

/** The article with this slug, or the one that used it before (old links keep working). */
export function findArticleBySlug(
  manager: EntityManager,
  viewer: Viewer,
  slug: string,
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Article | null> {
  const qb = articleQuery(manager, viewer, null, columns).andWhere(
    `(${ALIAS}.slug = :slug OR ${ALIAS}.id = (SELECT article_id FROM article_previous_slug WHERE slug = :slug))`,
    { slug },
  );
  return firstWithPrefetches(manager, qb, prefetches);
}

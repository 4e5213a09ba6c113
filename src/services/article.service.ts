// Reading articles: the filters and orderings of the `articles` lists, shared by Query.articles,
// Person.articles and Topic.articles, and single-article lookup.
import { EntityManager } from "typeorm";
import { Article, ArticleStatus } from "../entities";
import { BadUserInputError } from "../errors";
import { Select } from "../read/select";
import { Arguments, NO_ARGUMENTS, raw, Slot, sql, Sql } from "../read/sql";
import { Ordering } from "./pagination";
import { ColumnList } from "./sql";
import { publishedCondition, seesUnpublished, Viewer } from "./viewer";

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

/** The parsed search of a filter, as a slot: websearch_to_tsquery of the search term. */
function searchQuery(search: Slot): Sql {
  return sql`websearch_to_tsquery('english', ${search})`;
}

// Unpublished articles sort after published ones when newest come first: the same expression is
// indexed (see the initial migration), so the ordering and the keyset seek use the index.
const SORT_EXPRESSIONS: Record<Exclude<ArticleOrderField, "RELEVANCE">, Sql> = {
  PUBLISHED_AT: raw(`coalesce(${ALIAS}.published_at, '-infinity'::timestamptz)`),
  CREATED_AT: raw(`${ALIAS}.created_at`),
  UPDATED_AT: raw(`${ALIAS}.updated_at`),
};

export function searchTerm(filter: ArticleFilterValues | null | undefined): string | undefined {
  const search = filter?.search?.trim();
  return search ? search : undefined;
}

export type ListArguments = { filter?: ArticleFilterValues | null; orderBy?: ArticleOrderValues | null };

/** Whether a list is ordered by relevance to its search (BAD_USER_INPUT when it has none). */
export function isRelevanceOrdered(args: ListArguments): boolean {
  if ((args.orderBy ?? DEFAULT_ARTICLE_ORDER).field !== ArticleOrderField.RELEVANCE) return false;
  if (!searchTerm(args.filter)) {
    throw new BadUserInputError("RELEVANCE ordering needs a search filter", {
      "orderBy.field": "RELEVANCE needs filter.search",
    });
  }
  return true;
}

/** The order of an article list by date (relevance: services/article-search.ts). */
export function articleOrdering(args: Arguments<ListArguments>): Ordering {
  const order = args.now.orderBy ?? DEFAULT_ARTICLE_ORDER;
  if (order.field === ArticleOrderField.RELEVANCE) throw new Error("relevance is ordered by relevanceSearch");
  return {
    name: `article:${order.field}:${order.direction}`,
    direction: order.direction,
    keys: [
      { sql: SORT_EXPRESSIONS[order.field], cast: "timestamptz" },
      { sql: raw(`${ALIAS}.id`), cast: "uuid" },
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
      { sql: raw(`coalesce(${link}.published_at, '-infinity'::timestamptz)`), cast: "timestamptz" },
      { sql: raw(`${link}.article_id`), cast: "uuid" },
    ],
  };
}

/** SQL condition: the reader may see the article `alias` (always true for editors). */
export function articleVisibleTo(viewer: Viewer, alias: string): Sql | undefined {
  return seesUnpublished(viewer) ? undefined : publishedCondition(alias);
}

/**
 * The articles `viewer` may see that match a filter; no ordering or paging yet. `knownVisible`:
 * the caller only asks for articles the viewer can see anyway (the articles of quotes the viewer
 * was given), so the check is left out. `withoutSearch`: the caller tests the search itself (a
 * relevance search's window, services/article-search.ts).
 */
export function articleQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<{ filter?: ArticleFilterValues | null }>,
  columns?: ColumnList,
  options: { knownVisible?: boolean; withoutSearch?: boolean } = {},
): Select<Article> {
  const query = new Select(manager, Article, ALIAS).columns(columns);
  const visible = options.knownVisible ? undefined : articleVisibleTo(viewer, ALIAS);
  if (visible) query.where(visible);
  const filter = args.now.filter;
  const of = (read: (filter: ArticleFilterValues) => unknown) => args.slot((values) => read(values.filter!));
  if (filter?.status) query.where(sql`${raw(ALIAS)}.status = ANY(${of((f) => f.status)})`);
  if (filter?.topic) {
    query.where(
      sql`EXISTS (SELECT 1 FROM article_topic filter_at JOIN topic filter_topic ON filter_topic.id = filter_at.topic_id
        WHERE filter_at.article_id = ${raw(ALIAS)}.id AND filter_topic.slug = ${of((f) => f.topic)})`,
    );
  }
  if (filter?.person) {
    query.where(
      sql`EXISTS (SELECT 1 FROM article_person filter_ap JOIN person filter_person ON filter_person.id = filter_ap.person_id
        WHERE filter_ap.article_id = ${raw(ALIAS)}.id AND filter_person.slug = ${of((f) => f.person)})`,
    );
  }
  if (filter?.publishedAfter) query.where(sql`${raw(ALIAS)}.published_at >= ${of((f) => f.publishedAfter)}`);
  if (filter?.publishedBefore) query.where(sql`${raw(ALIAS)}.published_at < ${of((f) => f.publishedBefore)}`);
  if (searchTerm(filter) && !options.withoutSearch)
    query.where(sql`${raw(ALIAS)}.search_vector @@ ${searchQuery(of((f) => searchTerm(f)))}`);
  return query;
}

/** The article with this slug, or the one that used it before (old links keep working). */
export function articleBySlugQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<{ slug: string }>,
  columns?: ColumnList,
): Select<Article> {
  const slug = args.slot((values) => values.slug);
  return articleQuery(manager, viewer, NO_ARGUMENTS, columns).where(
    sql`${raw(ALIAS)}.slug = ${slug} OR ${raw(ALIAS)}.id = (SELECT article_id FROM article_previous_slug WHERE slug = ${slug})`,
  );
}

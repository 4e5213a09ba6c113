// Loaders of paginated lists under a parent (person → quotes and articles, topic → articles): one
// statement loads the requested page for every parent in the batch. The lists are exported as
// relations too, so that a parent's statement can prefetch a page (resolvers/prefetch.ts).
import DataLoader from "dataloader";
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Article, ArticlePerson, ArticleTopic, Quote } from "../entities";
import { ArticleFilterValues, articleQuery, linkPublicationOrdering } from "../services/article.service";
import { countsForParents, fetchPagesForParents, Ordering, Page, PageArgs, PARENT_ID } from "../services/pagination";
import { NEWEST_QUOTES_FIRST, QuoteFilterValues, quoteQuery } from "../services/quote.service";
import { ColumnList } from "../services/sql";
import { Viewer } from "../services/viewer";
import { loaderFamily } from "./batch";

export type ArticlePageArgs = PageArgs & { filter?: ArticleFilterValues | null; columns: ColumnList };
export type QuotePageArgs = PageArgs & { filter?: QuoteFilterValues | null; columns: ColumnList };

/** A list under a parent, one page at a time. */
export interface PageRelation<A, T extends ObjectLiteral> {
  /** The whole list (filters, no order or page) under the parent whose id is the SQL `parentId`. */
  base(args: A, parentId: string): SelectQueryBuilder<T>;
  ordering(args: A): Ordering;
  /** Plan a batch of one parent with that parent's statistics (see fetchPagesForParents). */
  planPerParent: boolean;
}

export function pageRelations(manager: EntityManager, viewer: Viewer) {
  /** Articles linked to the parent through `link` (its parent column `parentColumn`), in the link's order. */
  const articlesUnder = (
    link: typeof ArticleTopic | typeof ArticlePerson,
    parentColumn: string,
  ): PageRelation<ArticlePageArgs, Article> => ({
    base: (args, parentId) =>
      articleQuery(manager, viewer, args.filter, args.columns).innerJoin(
        link,
        "parent_link",
        `parent_link.article_id = article.id AND parent_link.${parentColumn} = ${parentId}`,
      ),
    ordering: () => linkPublicationOrdering("parent_link"),
    // The link's index is ordered within each parent.
    planPerParent: true,
  });
  return {
    articlesOfPerson: articlesUnder(ArticlePerson, "person_id"),
    articlesOfTopic: articlesUnder(ArticleTopic, "topic_id"),
    quotesOfSpeaker: {
      base: (args, parentId) => quoteQuery(manager, viewer, args.filter, args.columns).andWhere(`quote.speaker_id = ${parentId}`),
      ordering: () => NEWEST_QUOTES_FIRST,
      // quote_speaker_created_at_idx is ordered within each speaker.
      planPerParent: true,
    } satisfies PageRelation<QuotePageArgs, Quote>,
  };
}

/** What a count selects before count(*) replaces it. */
const COUNTED: ColumnList = ["id"];

/** Loader families (one per page request) of a relation's page per parent, and of its total. */
function perParent<A extends PageArgs & { columns: ColumnList }, T extends ObjectLiteral>(
  manager: EntityManager,
  relation: PageRelation<A, T>,
) {
  // A list's size depends on its filter alone: pages of other sizes, columns or needs share a count.
  const totalsByFilter = loaderFamily(
    (args: A) =>
      new DataLoader<string, number>(async (parentIds) => {
        const counts = await countsForParents(manager, relation.base(args, PARENT_ID), parentIds);
        return parentIds.map((id) => counts.get(id) ?? 0);
      }),
  );
  const totals = (args: A) => totalsByFilter({ ...args, first: 0, after: null, peek: undefined, cursors: undefined, columns: COUNTED });
  const pages = loaderFamily(
    (args: A) =>
      new DataLoader<string, Page<T>>((parentIds) =>
        fetchPagesForParents(
          manager,
          relation.base(args, PARENT_ID),
          relation.ordering(args),
          args,
          parentIds,
          (id) => totals(args).load(id),
          relation.planPerParent,
        ),
      ),
  );
  return { pages, totals };
}

export function createPageLoaders(manager: EntityManager, viewer: Viewer) {
  const relations = pageRelations(manager, viewer);
  return {
    /** Articles that mention the person, newest first (pages and totals). */
    articlesByPersonId: perParent(manager, relations.articlesOfPerson),
    /** Articles tagged with the topic, newest first (pages and totals). */
    articlesByTopicId: perParent(manager, relations.articlesOfTopic),
    /** The person's quotes, newest first (pages and totals). */
    quotesBySpeakerId: perParent(manager, relations.quotesOfSpeaker),
  };
}

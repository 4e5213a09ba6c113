// Loaders of what hangs off an article: its topics, the people it mentions, its byline, quotes and
// history. The queries are exported as relations too, so that a parent's statement can prefetch
// exactly what these loaders would load (resolvers/prefetch.ts).
import DataLoader from "dataloader";
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ArticleAuthor, ArticlePerson, ArticleRevision, ArticleTopic, Person, Quote, QuoteStatus, Topic } from "../entities";
import { rawHydrator } from "../services/hydration";
import { restrictToVisibleQuotes } from "../services/quote.service";
import { ColumnList, selectColumns } from "../services/sql";
import { Viewer } from "../services/viewer";
import { loaderFamily, manyByKey } from "./batch";

/** Rows that belong to articles: the rows for a set of arguments, and which article each is of. */
export interface ArticleRelation<A, T extends ObjectLiteral> {
  /** The rows, ordered, for every article; callers add the condition on `articleKey`. */
  rows(args: A): SelectQueryBuilder<T>;
  /** SQL of the article a row belongs to. */
  articleKey: string;
}

export type QuotesOfArticle = { status: QuoteStatus | null; columns: ColumnList };

export function articleRelations(manager: EntityManager, viewer: Viewer) {
  /** Rows of `entity` joined to the article through the link table `link` (on `linkColumn`). */
  const linked = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    alias: string,
    link: new () => ObjectLiteral,
    linkColumn: string,
    order: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  ): ArticleRelation<ColumnList, T> => ({
    rows: (columns) =>
      order(selectColumns(manager.createQueryBuilder(entity, alias), columns).innerJoin(link, "link", `link.${linkColumn} = ${alias}.id`)),
    articleKey: "link.article_id",
  });

  return {
    topics: linked(Topic, "topic", ArticleTopic, "topic_id", (qb) => qb.orderBy("topic.name", "ASC").addOrderBy("topic.id", "ASC")),
    people: linked(Person, "person", ArticlePerson, "person_id", (qb) =>
      qb.orderBy("link.mention_count", "DESC").addOrderBy("person.name", "ASC").addOrderBy("person.id", "ASC"),
    ),
    authors: linked(Person, "person", ArticleAuthor, "person_id", (qb) => qb.orderBy("link.position", "ASC")),
    quotes: {
      rows: ({ status, columns }: QuotesOfArticle) => {
        const qb = selectColumns(manager.createQueryBuilder(Quote, "quote"), columns)
          .orderBy("quote.position", "ASC", "NULLS LAST")
          .addOrderBy("quote.created_at", "ASC")
          .addOrderBy("quote.id", "ASC");
        if (status) qb.andWhere("quote.status = :status", { status });
        return restrictToVisibleQuotes(qb, "quote", viewer);
      },
      articleKey: "quote.article_id",
    } satisfies ArticleRelation<QuotesOfArticle, Quote>,
    revisions: {
      rows: (_args: null) => manager.createQueryBuilder(ArticleRevision, "revision").orderBy("revision.version", "DESC"),
      articleKey: "revision.article_id",
    } satisfies ArticleRelation<null, ArticleRevision>,
  };
}

/** A loader family (one per set of arguments) of a relation's lists per article. */
function perArticle<A, T extends ObjectLiteral>(manager: EntityManager, relation: ArticleRelation<A, T>) {
  return loaderFamily(
    (args: A) =>
      new DataLoader<string, T[]>(async (articleIds) => {
        const qb = relation.rows(args).andWhere(`${relation.articleKey} = ANY(:ids)`, { ids: articleIds });
        const hydrate = rawHydrator<T>(manager, qb.expressionMap.mainAlias!.target, qb.alias);
        const rows = await qb.addSelect(relation.articleKey, "article_key").getRawMany<ObjectLiteral & { article_key: string }>();
        return manyByKey(
          articleIds,
          rows.map((row): [string, T] => [row.article_key, hydrate(row)]),
        );
      }),
  );
}

export function createArticleLoaders(manager: EntityManager, viewer: Viewer) {
  const relations = articleRelations(manager, viewer);
  return {
    /** Topics the article is tagged with, by name. */
    topicsByArticleId: perArticle(manager, relations.topics),
    /** People mentioned in the article, most mentioned first. */
    peopleByArticleId: perArticle(manager, relations.people),
    /** The byline, in order. */
    authorsByArticleId: perArticle(manager, relations.authors),
    /** Quotes in document order, optionally of one status. */
    quotesByArticleId: perArticle(manager, relations.quotes),
    /** The article's history, newest version first (editors only: the resolver checks). */
    revisionsByArticleId: perArticle(manager, relations.revisions),
  };
}

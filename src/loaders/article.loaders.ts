// Loaders of what hangs off an article: its topics, the people it mentions, its byline, quotes and
// history.
import DataLoader from "dataloader";
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ArticleAuthor, ArticlePerson, ArticleRevision, ArticleTopic, Person, Quote, QuoteStatus, Topic } from "../entities";
import { rawHydrator } from "../services/pagination";
import { restrictToVisibleQuotes } from "../services/quote.service";
import { ColumnList, selectColumns } from "../services/sql";
import { Viewer } from "../services/viewer";
import { loaderFamily, manyByKey } from "./batch";

/**
 * A loader family (one per set of arguments) of lists per article: `query` selects the rows for a
 * batch of article ids, and `articleIdSql` says which article each row belongs to.
 */
function perArticle<A, T extends ObjectLiteral>(
  manager: EntityManager,
  query: (args: A, articleIds: readonly string[]) => SelectQueryBuilder<T>,
  articleIdSql = "link.article_id",
) {
  return loaderFamily(
    (args: A) =>
      new DataLoader<string, T[]>(async (articleIds) => {
        const qb = query(args, articleIds);
        const hydrate = rawHydrator<T>(manager, qb.expressionMap.mainAlias!.target, qb.alias);
        const rows = await qb.addSelect(articleIdSql, "article_key").getRawMany();
        return manyByKey(articleIds, rows.map((row): [string, T] => [row.article_key, hydrate(row)]));
      }),
  );
}

export function createArticleLoaders(manager: EntityManager, viewer: Viewer) {
  /** Rows of `entity` joined to the article through the link table `link` (on `linkColumn`). */
  const linked = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    alias: string,
    link: Function,
    linkColumn: string,
    order: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  ) =>
    perArticle(manager, (columns: ColumnList, ids) =>
      order(
        selectColumns(manager.createQueryBuilder(entity, alias), columns)
          .innerJoin(link, "link", `link.${linkColumn} = ${alias}.id`)
          .where("link.article_id = ANY(:ids)", { ids }),
      ),
    );

  return {
    /** Topics the article is tagged with, by name. */
    topicsByArticleId: linked(Topic, "topic", ArticleTopic, "topic_id", (qb) =>
      qb.orderBy("topic.name", "ASC").addOrderBy("topic.id", "ASC"),
    ),

    /** People mentioned in the article, most mentioned first. */
    peopleByArticleId: linked(Person, "person", ArticlePerson, "person_id", (qb) =>
      qb.orderBy("link.mention_count", "DESC").addOrderBy("person.name", "ASC").addOrderBy("person.id", "ASC"),
    ),

    /** The byline, in order. */
    authorsByArticleId: linked(Person, "person", ArticleAuthor, "person_id", (qb) => qb.orderBy("link.position", "ASC")),

    /** Quotes in document order, optionally of one status. */
    quotesByArticleId: perArticle(
      manager,
      ({ status, columns }: { status: QuoteStatus | null; columns: ColumnList }, ids) => {
        const qb = selectColumns(manager.createQueryBuilder(Quote, "quote"), columns)
          .where("quote.article_id = ANY(:ids)", { ids })
          .orderBy("quote.position", "ASC", "NULLS LAST")
          .addOrderBy("quote.created_at", "ASC")
          .addOrderBy("quote.id", "ASC");
        if (status) qb.andWhere("quote.status = :status", { status });
        return restrictToVisibleQuotes(qb, "quote", viewer);
      },
      "quote.article_id",
    ),

    /** The article's history, newest version first (editors only: the resolver checks). */
    revisionsByArticleId: perArticle(
      manager,
      (_args: null, ids) =>
        manager
          .createQueryBuilder(ArticleRevision, "revision")
          .where("revision.article_id = ANY(:ids)", { ids })
          .orderBy("revision.version", "DESC"),
      "revision.article_id",
    ),
  };
}

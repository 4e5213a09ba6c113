// Loaders of what hangs off an article: its topics, the people it mentions, its byline and quotes.
import DataLoader from "dataloader";
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { ArticleAuthor, ArticlePerson, ArticleTopic, Person, Quote, QuoteStatus, Topic } from "../entities";
import { rawHydrator } from "../services/pagination";
import { ColumnList, selectColumns } from "../services/sql";
import { restrictToVisibleQuotes } from "../services/quote.service";
import { Viewer } from "../services/viewer";
import { loaderFamily, manyByKey } from "./batch";

/** Runs `qb` and groups its entities by the article id that `articleIdSql` selects for each row. */
async function groupedByArticle<T extends ObjectLiteral>(
  manager: EntityManager,
  qb: SelectQueryBuilder<T>,
  articleIds: readonly string[],
  articleIdSql = "link.article_id",
): Promise<T[][]> {
  const hydrate = rawHydrator<T>(manager, qb.expressionMap.mainAlias!.target, qb.alias);
  const rows = await qb.addSelect(articleIdSql, "article_key").getRawMany();
  return manyByKey(articleIds, rows.map((row): [string, T] => [row.article_key, hydrate(row)]));
}

export function createArticleLoaders(manager: EntityManager, viewer: Viewer) {
  return {
    topicsByArticleId: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Topic[]>((ids) =>
      groupedByArticle(
        manager,
        selectColumns(manager.createQueryBuilder(Topic, "topic"), columns)
          .innerJoin(ArticleTopic, "link", "link.topic_id = topic.id")
          .where("link.article_id = ANY(:ids)", { ids })
          .orderBy("topic.name", "ASC")
          .addOrderBy("topic.id", "ASC"),
        ids,
      ),
        ),
    ),

    /** People mentioned in the article, most mentioned first. */
    peopleByArticleId: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Person[]>((ids) =>
      groupedByArticle(
        manager,
        selectColumns(manager.createQueryBuilder(Person, "person"), columns)
          .innerJoin(ArticlePerson, "link", "link.person_id = person.id")
          .where("link.article_id = ANY(:ids)", { ids })
          .orderBy("link.mention_count", "DESC")
          .addOrderBy("person.name", "ASC")
          .addOrderBy("person.id", "ASC"),
        ids,
      ),
        ),
    ),

    /** The byline, in order. */
    authorsByArticleId: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Person[]>((ids) =>
      groupedByArticle(
        manager,
        selectColumns(manager.createQueryBuilder(Person, "person"), columns)
          .innerJoin(ArticleAuthor, "link", "link.person_id = person.id")
          .where("link.article_id = ANY(:ids)", { ids })
          .orderBy("link.position", "ASC"),
        ids,
      ),
        ),
    ),

    /** Quotes in document order, optionally of one status. */
    quotesByArticleId: loaderFamily(
      ({ status, columns }: { status: QuoteStatus | null; columns: ColumnList }) =>
        new DataLoader<string, Quote[]>((ids) => {
          const qb = selectColumns(manager.createQueryBuilder(Quote, "quote"), columns)
            .where("quote.article_id = ANY(:ids)", { ids })
            .orderBy("quote.position", "ASC", "NULLS LAST")
            .addOrderBy("quote.created_at", "ASC")
            .addOrderBy("quote.id", "ASC");
          if (status) qb.andWhere("quote.status = :status", { status });
          restrictToVisibleQuotes(qb, "quote", viewer);
          return groupedByArticle(manager, qb, ids, "quote.article_id");
        }),
    ),
  };
}

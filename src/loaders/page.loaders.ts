// Loaders of paginated lists under a parent (person → quotes and articles, topic → articles): one
// statement loads the requested page for every parent in the batch.
import DataLoader from "dataloader";
import { EntityManager } from "typeorm";
import { Article, Quote } from "../entities";
import { ArticleFilterValues, articleOrdering, articleQuery, DEFAULT_ARTICLE_ORDER } from "../services/article.service";
import { fetchPagesForParents, Page, PageArgs, PARENT_ID } from "../services/pagination";
import { NEWEST_QUOTES_FIRST, QuoteFilterValues, quoteQuery } from "../services/quote.service";
import { ColumnList } from "../services/sql";
import { Viewer } from "../services/viewer";
import { loaderFamily } from "./batch";

type ArticlePageArgs = PageArgs & { filter?: ArticleFilterValues | null; columns: ColumnList };
type QuotePageArgs = PageArgs & { filter?: QuoteFilterValues | null; columns: ColumnList };

export function createPageLoaders(manager: EntityManager, viewer: Viewer) {
  const articlesUnder = (linkCondition: string) =>
    loaderFamily((args: ArticlePageArgs) => {
      const ordering = articleOrdering(DEFAULT_ARTICLE_ORDER, args.filter);
      return new DataLoader<string, Page<Article>>((parentIds) =>
        fetchPagesForParents(
          manager,
          articleQuery(manager, viewer, args.filter, args.columns).andWhere(linkCondition),
          ordering,
          args,
          parentIds,
        ),
      );
    });

  return {
    /** Articles that mention the person, newest first. */
    articlesByPersonId: articlesUnder(
      `EXISTS (SELECT 1 FROM article_person parent_link WHERE parent_link.article_id = article.id AND parent_link.person_id = ${PARENT_ID})`,
    ),
    /** Articles tagged with the topic, newest first. */
    articlesByTopicId: articlesUnder(
      `EXISTS (SELECT 1 FROM article_topic parent_link WHERE parent_link.article_id = article.id AND parent_link.topic_id = ${PARENT_ID})`,
    ),
    /** The person's quotes, newest first. */
    quotesBySpeakerId: loaderFamily(
      (args: QuotePageArgs) =>
        new DataLoader<string, Page<Quote>>((parentIds) =>
          fetchPagesForParents(
            manager,
            quoteQuery(manager, viewer, args.filter, args.columns).andWhere(`quote.speaker_id = ${PARENT_ID}`),
            NEWEST_QUOTES_FIRST,
            args,
            parentIds,
            // quote_speaker_created_at_idx is ordered within each speaker.
            true,
          ),
        ),
    ),
  };
}

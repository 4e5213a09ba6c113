import { Article } from "./article.entity";
import { ArticleLexemeShare } from "./article-lexeme-share.entity";
import { ArticleAuthor, ArticlePerson, ArticleTopic } from "./article-links.entity";
import { ArticleRevision } from "./article-revision.entity";
import { Person } from "./person.entity";
import { ArticlePreviousSlug, PersonMerge, PersonPreviousSlug } from "./history.entity";
import { Quote } from "./quote.entity";
import { Topic } from "./topic.entity";

export {
  Article,
  ArticleAuthor,
  ArticleLexemeShare,
  ArticlePerson,
  ArticlePreviousSlug,
  ArticleRevision,
  ArticleTopic,
  Person,
  PersonMerge,
  PersonPreviousSlug,
  Quote,
  Topic,
};
export type { ArticleSnapshot } from "./article-revision.entity";
export { ArticleStatus, QuoteStatus } from "./enums";

/** Every table TypeORM maps; the data source and the schema checks use this list. */
export const entities = [
  Article,
  Person,
  Quote,
  Topic,
  ArticleTopic,
  ArticlePerson,
  ArticleAuthor,
  ArticleRevision,
  ArticlePreviousSlug,
  PersonPreviousSlug,
  PersonMerge,
  ArticleLexemeShare,
];

import { Article } from "./article.entity";
import { ArticleAuthor, ArticlePerson, ArticleTopic } from "./article-links.entity";
import { Person } from "./person.entity";
import { Quote } from "./quote.entity";
import { Topic } from "./topic.entity";

export { Article, ArticleAuthor, ArticlePerson, ArticleTopic, Person, Quote, Topic };
export { ArticleStatus, QuoteStatus } from "./enums";

/** Every table TypeORM maps; the data source and the schema checks use this list. */
export const entities = [Article, Person, Quote, Topic, ArticleTopic, ArticlePerson, ArticleAuthor];

import { ArticleResolver } from "./article.resolver";
import { PersonResolver } from "./person.resolver";
import { QuoteResolver } from "./quote.resolver";
import { TopicResolver } from "./topic.resolver";

export const resolvers = [ArticleResolver, PersonResolver, QuoteResolver, TopicResolver] as const;

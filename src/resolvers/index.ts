import { ArticleEditingResolver } from "./article-editing.resolver";
import { ArticleRevisionResolver } from "./article-revision.resolver";
import { ArticleResolver } from "./article.resolver";
import { IngestResolver } from "./ingest.resolver";
import { PersonEditingResolver } from "./person-editing.resolver";
import { PersonResolver } from "./person.resolver";
import { PersonQuoteCountResolver, TopicQuoteCountResolver } from "./quote-count.resolver";
import { QuoteEditingResolver } from "./quote-editing.resolver";
import { QuoteLeadersResolver } from "./quote-leaders.resolver";
import { QuoteResolver } from "./quote.resolver";
import { ArticlePublicationResolver, DeskEventResolver } from "./subscription.resolver";
import { TopicEditingResolver } from "./topic-editing.resolver";
import { TopicResolver } from "./topic.resolver";

export const resolvers = [
  ArticleResolver,
  ArticleEditingResolver,
  ArticleRevisionResolver,
  PersonResolver,
  PersonEditingResolver,
  QuoteResolver,
  QuoteEditingResolver,
  QuoteLeadersResolver,
  PersonQuoteCountResolver,
  TopicQuoteCountResolver,
  TopicResolver,
  TopicEditingResolver,
  IngestResolver,
  DeskEventResolver,
  ArticlePublicationResolver,
] as const;

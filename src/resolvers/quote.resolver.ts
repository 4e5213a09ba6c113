import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Article, Person, Quote } from "../entities";
import { loadNow, mapNow } from "../loaders/primed";
import { findQuote, listQuotes } from "../services/quote.service";
import { prefetchesOf } from "./prefetch";
import { columnsFor, pageNeedsFor } from "./selection";
import { QuoteConnection } from "./types/connection";
import { QuotesArgs } from "./types/list.args";
import { IdArgs } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "One quote by id; null when there is none you may see." })
  quote(@Args() { id }: IdArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Quote | null> {
    return findQuote(context.manager, context.viewer, id, columnsFor(info, "Quote"), prefetchesOf(info, "Quote", context));
  }

  @Query(() => QuoteConnection, { description: "Quotes, newest first." })
  async quotes(@Args() args: QuotesArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<QuoteConnection> {
    const columns = columnsFor(info, "Quote", { connection: true });
    const prefetches = prefetchesOf(info, "Quote", context, { connection: true });
    return new QuoteConnection(
      await listQuotes(context.manager, context.viewer, withPageSize(args, pageNeedsFor(info)), columns, prefetches),
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who said it; null while unattributed." })
  speaker(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Person | null | Promise<Person | null> {
    return quote.speakerId ? loadNow(loaders.personById(columnsFor(info, "Person")), quote.speakerId) : null;
  }

  @FieldResolver(() => Article, { description: "The article the quote appears in." })
  article(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Article | Promise<Article> {
    // Quotes are only listed when their article is visible at the request's asOf; only an article
    // unpublished between two statements of this request could make this null.
    return mapNow(loadNow(loaders.articleById(columnsFor(info, "Article")), quote.articleId), (article) => article!);
  }
}

import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Article, Person, Quote } from "../entities";
import { listQuotes, quoteQuery } from "../services/quote.service";
import { QuoteConnection } from "./types/connection";
import { QuotesArgs } from "./types/list.args";
import { withPageSize } from "./types/page.args";
import { IdArgs } from "./types/lookup.args";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "One quote by id; null when there is none you may see." })
  quote(@Args() { id }: IdArgs, @Ctx() { manager, viewer }: Context): Promise<Quote | null> {
    return quoteQuery(manager, viewer).andWhere("quote.id = :id", { id }).getOne();
  }

  @Query(() => QuoteConnection, { description: "Quotes, newest first." })
  async quotes(@Args() args: QuotesArgs, @Ctx() { manager, viewer }: Context): Promise<QuoteConnection> {
    return new QuoteConnection(await listQuotes(manager, viewer, withPageSize(args)));
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who said it; null while unattributed." })
  speaker(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return quote.speakerId ? loaders.personById.load(quote.speakerId) : null;
  }

  @FieldResolver(() => Article, { description: "The article the quote appears in." })
  async article(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Article> {
    const article = await loaders.articleById.load(quote.articleId);
    // Quotes are only listed when their article is visible at the request's asOf; only an article
    // unpublished between two statements of this request could make this null.
    return article!;
  }
}

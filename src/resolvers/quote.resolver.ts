import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Article, Person, Quote } from "../entities";
import { mapNow } from "../loaders/primed";
import { readOne, readPage } from "../read/plans";
import { resolveRelation } from "../read/resolve";
import { NEWEST_QUOTES_FIRST, quoteByIdQuery, quoteQuery } from "../services/quote.service";
import { columnsFor, pageNeedsFor } from "./selection";
import { QuoteConnection } from "./types/connection";
import { QuotesArgs } from "./types/list.args";
import { IdArgs } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "One quote by id; null when there is none you may see." })
  quote(@Args() { id }: IdArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Quote | null> {
    const columns = columnsFor(info, "Quote");
    return readOne(context, info, "Quote", { id }, (scope, args) => quoteByIdQuery(scope.manager, scope.viewer, args, columns));
  }

  @Query(() => QuoteConnection, { description: "Quotes, newest first." })
  async quotes(@Args() args: QuotesArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<QuoteConnection> {
    const columns = columnsFor(info, "Quote", { connection: true });
    const page = await readPage(context, info, "Quote", withPageSize(args, pageNeedsFor(info)), (scope, bound) => ({
      base: quoteQuery(scope.manager, scope.viewer, bound, columns),
      ordering: NEWEST_QUOTES_FIRST,
      planEachTime: false,
    }));
    return new QuoteConnection(page);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who said it; null while unattributed." })
  speaker(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Person | null | Promise<Person | null> {
    return resolveRelation<Person>(context, info, "Quote", "speaker", quote);
  }

  @FieldResolver(() => Article, { description: "The article the quote appears in." })
  article(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Article | Promise<Article> {
    // Quotes are only listed when their article is visible at the request's asOf; only an article
    // unpublished between two statements of this request could make this null.
    return mapNow(resolveRelation<Article>(context, info, "Quote", "article", quote), (article) => article!);
  }
}

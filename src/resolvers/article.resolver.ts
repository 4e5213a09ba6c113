import { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Article, ArticleRevision, Person, Quote, QuoteStatus, Topic } from "../entities";
import { readOne, readPage } from "../read/plans";
import { resolveRelation } from "../read/resolve";
import { articleBySlugQuery } from "../services/article.service";
import { articleList } from "../services/article-search";
import { columnsFor, pageNeedsFor } from "./selection";
import { ArticleConnection } from "./types/connection";
import { ArticlesArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "One article by id or slug; null when there is none you may see." })
  article(@Args() args: LookupArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Article | null> {
    const lookup = lookupOf(args);
    const columns = columnsFor(info, "Article");
    if (lookup.by === "id") return context.loaders.articleById(columns).load(lookup.id);
    return readOne(context, info, "Article", { slug: lookup.slug }, (scope, args) =>
      articleBySlugQuery(scope.manager, scope.viewer, args, columns),
    );
  }

  @Query(() => ArticleConnection, { description: "Articles, newest published first unless ordered otherwise." })
  async articles(@Args() args: ArticlesArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<ArticleConnection> {
    const columns = columnsFor(info, "Article", { connection: true });
    const page = await readPage(context, info, "Article", withPageSize(args, pageNeedsFor(info)), (scope, bound) =>
      articleList(scope.manager, scope.viewer, bound, columns),
    );
    return new ArticleConnection(page);
  }

  @FieldResolver(() => [Topic], { description: "Topics the article is tagged with, by name." })
  topics(@Root() article: Article, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Topic[] | Promise<Topic[]> {
    return resolveRelation(context, info, "Article", "topics", article) as Topic[] | Promise<Topic[]>;
  }

  @FieldResolver(() => [Person], { description: "People mentioned in the article, most mentioned first." })
  people(@Root() article: Article, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    return resolveRelation(context, info, "Article", "people", article) as Person[] | Promise<Person[]>;
  }

  @FieldResolver(() => [Person], { description: "The byline, in order." })
  authors(@Root() article: Article, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    return resolveRelation(context, info, "Article", "authors", article) as Person[] | Promise<Person[]>;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The passage of the body that best matches a full-text search, matched words in `<b>…</b>` " +
      "(the rest of the text is not HTML-escaped); null when the search is blank.",
  })
  snippet(
    @Root() article: Article,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("search", () => String, { description: "The search, in web-search syntax (usually `filter.search`)." })
    search: string,
  ): string | null | Promise<string | null> {
    return resolveRelation<string>(context, info, "Article", "snippet", article, { search });
  }

  @FieldResolver(() => [Quote], { description: "Quotes in the article, in the order they appear." })
  quotes(
    @Root() article: Article,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("status", () => QuoteStatus, { nullable: true, description: "Only quotes of this status." })
    status?: QuoteStatus | null,
  ): Quote[] | Promise<Quote[]> {
    return resolveRelation(context, info, "Article", "quotes", article, { status }) as Quote[] | Promise<Quote[]>;
  }

  @FieldResolver(() => [ArticleRevision], {
    description: "The article's history, newest version first. Editors only: for readers it is empty.",
  })
  revisions(
    @Root() article: Article,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleRevision[]> | ArticleRevision[] {
    // Empty rather than an error: the field is non-null, so an error would take the whole article
    // (and a whole list of them) away from a reader's response (the entry's readableBy).
    return resolveRelation(context, info, "Article", "revisions", article) as ArticleRevision[] | Promise<ArticleRevision[]>;
  }
}

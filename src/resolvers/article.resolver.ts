import { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { loadNow } from "../loaders/primed";
import { snippetTerm } from "../loaders/search.loaders";
import { Article, ArticleRevision, Person, Quote, QuoteStatus, Topic } from "../entities";
import { findArticleBySlug, listArticles } from "../services/article.service";
import { seesUnpublished } from "../services/viewer";
import { prefetchesOf } from "./prefetch";
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
    return findArticleBySlug(context.manager, context.viewer, lookup.slug, columns, prefetchesOf(info, "Article", context));
  }

  @Query(() => ArticleConnection, { description: "Articles, newest published first unless ordered otherwise." })
  async articles(@Args() args: ArticlesArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<ArticleConnection> {
    const columns = columnsFor(info, "Article", { connection: true });
    const prefetches = prefetchesOf(info, "Article", context, { connection: true });
    return new ArticleConnection(
      await listArticles(context.manager, context.viewer, withPageSize(args, pageNeedsFor(info)), columns, prefetches),
    );
  }

  @FieldResolver(() => [Topic], { description: "Topics the article is tagged with, by name." })
  topics(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Topic[] | Promise<Topic[]> {
    return loadNow(loaders.topicsByArticleId(columnsFor(info, "Topic")), article.id);
  }

  @FieldResolver(() => [Person], { description: "People mentioned in the article, most mentioned first." })
  people(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    return loadNow(loaders.peopleByArticleId(columnsFor(info, "Person")), article.id);
  }

  @FieldResolver(() => [Person], { description: "The byline, in order." })
  authors(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    return loadNow(loaders.authorsByArticleId(columnsFor(info, "Person")), article.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The passage of the body that best matches a full-text search, matched words in `<b>…</b>` " +
      "(the rest of the text is not HTML-escaped); null when the search is blank.",
  })
  snippet(
    @Root() article: Article,
    @Ctx() { loaders }: Context,
    @Arg("search", () => String, { description: "The search, in web-search syntax (usually `filter.search`)." })
    search: string,
  ): string | null | Promise<string | null> {
    const term = snippetTerm(search);
    return term ? loadNow(loaders.snippetByArticleId(term), article.id) : null;
  }

  @FieldResolver(() => [Quote], { description: "Quotes in the article, in the order they appear." })
  quotes(
    @Root() article: Article,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("status", () => QuoteStatus, { nullable: true, description: "Only quotes of this status." })
    status?: QuoteStatus | null,
  ): Quote[] | Promise<Quote[]> {
    return loadNow(loaders.quotesByArticleId({ status: status ?? null, columns: columnsFor(info, "Quote") }), article.id);
  }

  @FieldResolver(() => [ArticleRevision], {
    description: "The article's history, newest version first. Editors only: for readers it is empty.",
  })
  revisions(@Root() article: Article, @Ctx() { loaders, viewer }: Context): Promise<ArticleRevision[]> | ArticleRevision[] {
    // Empty rather than an error: the field is non-null, so an error would take the whole article
    // (and a whole list of them) away from a reader's response.
    return seesUnpublished(viewer) ? loaders.revisionsByArticleId(null).load(article.id) : [];
  }
}

import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Article, Person, Quote, QuoteStatus, Topic } from "../entities";
import { findArticleBySlug, listArticles } from "../services/article.service";
import { ArticleConnection } from "./types/connection";
import { ArticlesArgs } from "./types/list.args";
import { withPageSize } from "./types/page.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "One article by id or slug; null when there is none you may see." })
  article(@Args() args: LookupArgs, @Ctx() { loaders, manager, viewer }: Context): Promise<Article | null> {
    const lookup = lookupOf(args);
    return lookup.by === "id" ? loaders.articleById.load(lookup.id) : findArticleBySlug(manager, viewer, lookup.slug);
  }

  @Query(() => ArticleConnection, { description: "Articles, newest published first unless ordered otherwise." })
  async articles(@Args() args: ArticlesArgs, @Ctx() { manager, viewer }: Context): Promise<ArticleConnection> {
    return new ArticleConnection(await listArticles(manager, viewer, withPageSize(args)));
  }

  @FieldResolver(() => [Topic], { description: "Topics the article is tagged with, by name." })
  topics(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Topic[]> {
    return loaders.topicsByArticleId.load(article.id);
  }

  @FieldResolver(() => [Person], { description: "People mentioned in the article, most mentioned first." })
  people(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Person[]> {
    return loaders.peopleByArticleId.load(article.id);
  }

  @FieldResolver(() => [Person], { description: "The byline, in order." })
  authors(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Person[]> {
    return loaders.authorsByArticleId.load(article.id);
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
  ): Promise<string | null> | null {
    const trimmed = search.trim().slice(0, 200);
    return trimmed ? loaders.snippetByArticleId(trimmed).load(article.id) : null;
  }

  @FieldResolver(() => [Quote], { description: "Quotes in the article, in the order they appear." })
  quotes(
    @Root() article: Article,
    @Ctx() { loaders }: Context,
    @Arg("status", () => QuoteStatus, { nullable: true, description: "Only quotes of this status." })
    status?: QuoteStatus | null,
  ): Promise<Quote[]> {
    return loaders.quotesByArticleId(status ?? null).load(article.id);
  }
}

import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { mapNow } from "../loaders/primed";
import { Article, Topic } from "../entities";
import { readOne, readPage } from "../read/plans";
import { resolvePage, resolveRelation } from "../read/resolve";
import { topicBySlugQuery, topicQuery, TOPICS_BY_NAME } from "../services/topic.service";
import { columnsFor, pageNeedsFor } from "./selection";
import { ArticleConnection, TopicConnection } from "./types/connection";
import { RelatedArticlesArgs, TopicsArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "One topic by id or slug; null when there is none." })
  topic(@Args() args: LookupArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Topic | null> {
    const lookup = lookupOf(args);
    const columns = columnsFor(info, "Topic");
    if (lookup.by === "id") return context.loaders.topicById(columns).load(lookup.id);
    return readOne(context, info, "Topic", { slug: lookup.slug }, (scope, args) => topicBySlugQuery(scope.manager, args, columns));
  }

  @Query(() => TopicConnection, { description: "Topics, by name." })
  async topics(@Args() args: TopicsArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<TopicConnection> {
    const columns = columnsFor(info, "Topic", { connection: true });
    const page = await readPage(context, info, "Topic", withPageSize(args, pageNeedsFor(info)), (scope, bound) => ({
      base: topicQuery(scope.manager, bound, columns),
      ordering: TOPICS_BY_NAME,
      planEachTime: false,
    }));
    return new TopicConnection(page);
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic; null for a top-level topic." })
  parent(@Root() topic: Topic, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Topic | null | Promise<Topic | null> {
    return resolveRelation<Topic>(context, info, "Topic", "parent", topic);
  }

  @FieldResolver(() => [Topic], { description: "The narrower topics directly under this one, by name." })
  children(@Root() topic: Topic, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Topic[] | Promise<Topic[]> {
    return resolveRelation(context, info, "Topic", "children", topic) as Topic[] | Promise<Topic[]>;
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles tagged with the topic, newest first." })
  articles(
    @Root() topic: Topic,
    @Args() args: RelatedArticlesArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): ArticleConnection | Promise<ArticleConnection> {
    return mapNow(resolvePage<Article>(context, info, "Topic", "articles", topic, args), (found) => new ArticleConnection(found));
  }
}

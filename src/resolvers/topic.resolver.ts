import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { loadNow, mapNow } from "../loaders/primed";
import { Topic } from "../entities";
import { findTopicBySlug, listTopics } from "../services/topic.service";
import { prefetchesOf } from "./prefetch";
import { columnsFor, pageNeedsFor } from "./selection";
import { ArticleConnection, TopicConnection } from "./types/connection";
import { RelatedArticlesArgs, TopicsArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { pageRequest, withPageSize } from "./types/page.args";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "One topic by id or slug; null when there is none." })
  topic(@Args() args: LookupArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Topic | null> {
    const lookup = lookupOf(args);
    const columns = columnsFor(info, "Topic");
    if (lookup.by === "id") return context.loaders.topicById(columns).load(lookup.id);
    return findTopicBySlug(context.manager, lookup.slug, columns, prefetchesOf(info, "Topic", context));
  }

  @Query(() => TopicConnection, { description: "Topics, by name." })
  async topics(@Args() args: TopicsArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<TopicConnection> {
    const columns = columnsFor(info, "Topic", { connection: true });
    const prefetches = prefetchesOf(info, "Topic", context, { connection: true });
    return new TopicConnection(await listTopics(context.manager, withPageSize(args, pageNeedsFor(info)), columns, prefetches));
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic; null for a top-level topic." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Topic | null | Promise<Topic | null> {
    return topic.parentId ? loadNow(loaders.topicById(columnsFor(info, "Topic")), topic.parentId) : null;
  }

  @FieldResolver(() => [Topic], { description: "The narrower topics directly under this one, by name." })
  children(@Root() topic: Topic, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Topic[]> {
    return loaders.childrenByTopicId(columnsFor(info, "Topic")).load(topic.id);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles tagged with the topic, newest first." })
  articles(
    @Root() topic: Topic,
    @Args() args: RelatedArticlesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): ArticleConnection | Promise<ArticleConnection> {
    const page = pageRequest(args, columnsFor(info, "Article", { connection: true }), pageNeedsFor(info));
    return mapNow(loadNow(loaders.articlesByTopicId.pages(page), topic.id), (found) => new ArticleConnection(found));
  }
}

import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Topic } from "../entities";
import { findTopicBySlug, listTopics } from "../services/topic.service";
import { columnsFor } from "./selection";
import { ArticleConnection, TopicConnection } from "./types/connection";
import { RelatedArticlesArgs, TopicsArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "One topic by id or slug; null when there is none." })
  topic(@Args() args: LookupArgs, @Ctx() { loaders, manager }: Context, @Info() info: GraphQLResolveInfo): Promise<Topic | null> {
    const lookup = lookupOf(args);
    const columns = columnsFor(info, "Topic");
    return lookup.by === "id" ? loaders.topicById(columns).load(lookup.id) : findTopicBySlug(manager, lookup.slug, columns);
  }

  @Query(() => TopicConnection, { description: "Topics, by name." })
  async topics(@Args() args: TopicsArgs, @Ctx() { manager }: Context, @Info() info: GraphQLResolveInfo): Promise<TopicConnection> {
    return new TopicConnection(await listTopics(manager, withPageSize(args), columnsFor(info, "Topic", { connection: true })));
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic; null for a top-level topic." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Topic | null> | null {
    return topic.parentId ? loaders.topicById(columnsFor(info, "Topic")).load(topic.parentId) : null;
  }

  @FieldResolver(() => [Topic], { description: "The narrower topics directly under this one, by name." })
  children(@Root() topic: Topic, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Topic[]> {
    return loaders.childrenByTopicId(columnsFor(info, "Topic")).load(topic.id);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles tagged with the topic, newest first." })
  async articles(
    @Root() topic: Topic,
    @Args() args: RelatedArticlesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleConnection> {
    const page = { ...withPageSize(args), columns: columnsFor(info, "Article", { connection: true }) };
    return new ArticleConnection(await loaders.articlesByTopicId(page).load(topic.id));
  }
}

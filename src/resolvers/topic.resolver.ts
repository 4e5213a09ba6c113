import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Topic } from "../entities";
import { findTopicBySlug, listTopics } from "../services/topic.service";
import { ArticleConnection, TopicConnection } from "./types/connection";
import { RelatedArticlesArgs, TopicsArgs } from "./types/list.args";
import { withPageSize } from "./types/page.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "One topic by id or slug; null when there is none." })
  topic(@Args() args: LookupArgs, @Ctx() { loaders, manager }: Context): Promise<Topic | null> {
    const lookup = lookupOf(args);
    return lookup.by === "id" ? loaders.topicById.load(lookup.id) : findTopicBySlug(manager, lookup.slug);
  }

  @Query(() => TopicConnection, { description: "Topics, by name." })
  async topics(@Args() args: TopicsArgs, @Ctx() { manager }: Context): Promise<TopicConnection> {
    return new TopicConnection(await listTopics(manager, withPageSize(args)));
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic; null for a top-level topic." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context): Promise<Topic | null> | null {
    return topic.parentId ? loaders.topicById.load(topic.parentId) : null;
  }

  @FieldResolver(() => [Topic], { description: "The narrower topics directly under this one, by name." })
  children(@Root() topic: Topic, @Ctx() { loaders }: Context): Promise<Topic[]> {
    return loaders.childrenByTopicId.load(topic.id);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles tagged with the topic, newest first." })
  async articles(
    @Root() topic: Topic,
    @Args() args: RelatedArticlesArgs,
    @Ctx() { loaders }: Context,
  ): Promise<ArticleConnection> {
    return new ArticleConnection(await loaders.articlesByTopicId(withPageSize(args)).load(topic.id));
  }
}

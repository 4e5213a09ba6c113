// Topic mutations: creating, editing and moving topics in the tree, and deleting them.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { Topic } from "../entities";
import * as topics from "../services/topic-editing.service";
import { runMutation } from "./mutation";
import { TargetArgs, VersionedEditArgs } from "./types/edit.args";
import { CreateTopicInput, UpdateTopicInput } from "./types/topic-editing.input";

@Resolver(() => Topic)
export class TopicEditingResolver {
  @Authorized(Roles.EDITOR)
  @Mutation(() => Topic, { description: "Adds a topic, at the top level or under a parent (editors)." })
  createTopic(
    @Arg("input", () => CreateTopicInput, { description: "What to create." }) input: CreateTopicInput,
    @Ctx() context: Context,
  ): Promise<Topic> {
    return runMutation(context, (manager) => topics.createTopic(manager, input));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Topic, {
    description: "Renames, describes or moves a topic as a new version (editors); moves that would make a cycle are refused.",
  })
  updateTopic(
    @Args() { id, expectedVersion }: VersionedEditArgs,
    @Arg("input", () => UpdateTopicInput, { description: "The changes; fields left out stay as they are." }) input: UpdateTopicInput,
    @Ctx() context: Context,
  ): Promise<Topic> {
    return runMutation(context, (manager) => topics.updateTopic(manager, id, expectedVersion, input));
  }

  @Authorized(Roles.ADMIN)
  @Mutation(() => ID, {
    description:
      "Deletes a topic and its tags (admins). Refused while it has children, unless `reparentChildren` moves them to its parent.",
  })
  deleteTopic(
    @Args() { id }: TargetArgs,
    @Ctx() context: Context,
    @Arg("reparentChildren", () => Boolean, { defaultValue: false, description: "Move the children up to the deleted topic's parent." })
    reparentChildren: boolean,
  ): Promise<string> {
    return runMutation(context, (manager) => topics.deleteTopic(manager, id, reparentChildren));
  }
}

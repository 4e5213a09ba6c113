// Article mutations: drafting, editing, the workflow, deletion and restoring revisions.
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { GraphQLDateTime } from "../entities/date-time.scalar";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { Article } from "../entities";
import * as articles from "../services/article-editing.service";
import { WorkflowStep } from "../services/workflow";
import { runMutation } from "./mutation";
import { CreateArticleInput, UpdateArticleInput } from "./types/article-editing.input";
import { TargetArgs, VersionedEditArgs, WorkflowArgs } from "./types/edit.args";

@Resolver(() => Article)
export class ArticleEditingResolver {
  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, { description: "Starts a new article as a DRAFT (editors)." })
  createArticle(
    @Arg("input", () => CreateArticleInput, { description: "What to create." }) input: CreateArticleInput,
    @Ctx() context: Context,
  ): Promise<Article> {
    return runMutation(context, (manager, editor) => articles.createArticle(manager, editor, input));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, { description: "Changes an article's text, slug, topics, mentions or byline as a new version (editors)." })
  updateArticle(
    @Args() { id, expectedVersion }: VersionedEditArgs,
    @Arg("input", () => UpdateArticleInput, { description: "The changes; fields left out stay as they are." }) input: UpdateArticleInput,
    @Ctx() context: Context,
  ): Promise<Article> {
    return runMutation(context, (manager, editor) => articles.updateArticle(manager, editor, id, expectedVersion, input));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, { description: "Sends a DRAFT to review (DRAFT → IN_REVIEW; editors)." })
  submitArticle(@Args() args: WorkflowArgs, @Ctx() context: Context): Promise<Article> {
    return this.move(context, "submit", args);
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, {
    description:
      "Publishes a reviewed article (IN_REVIEW → PUBLISHED; editors). `publishedAt` defaults to the first publication " +
      "time or now; a future time schedules it: readers see it from then on.",
  })
  publishArticle(
    @Args() args: WorkflowArgs,
    @Ctx() context: Context,
    @Arg("publishedAt", () => GraphQLDateTime, { nullable: true, description: "When readers may see it; now when not given." })
    publishedAt?: Date | null,
  ): Promise<Article> {
    return this.move(context, "publish", args, publishedAt);
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, { description: "Takes an article back to DRAFT (from IN_REVIEW, PUBLISHED or ARCHIVED; editors)." })
  unpublishArticle(@Args() args: WorkflowArgs, @Ctx() context: Context): Promise<Article> {
    return this.move(context, "unpublish", args);
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, {
    description: "Withdraws a published article from readers, keeping it on record (PUBLISHED → ARCHIVED; editors).",
  })
  archiveArticle(@Args() args: WorkflowArgs, @Ctx() context: Context): Promise<Article> {
    return this.move(context, "archive", args);
  }

  @Authorized(Roles.ADMIN)
  @Mutation(() => ID, { description: "Deletes an article with its quotes and history (admins). Returns its id." })
  deleteArticle(@Args() { id }: TargetArgs, @Ctx() context: Context): Promise<string> {
    return runMutation(context, (manager) => articles.deleteArticle(manager, id));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Article, {
    description:
      "Makes a new version of an article from an old revision's text, slug, topics, mentions and byline; the status stays (editors).",
  })
  restoreArticleRevision(
    @Args() { id, expectedVersion }: VersionedEditArgs,
    @Arg("version", () => Int, { description: "The revision (version) to bring back." }) version: number,
    @Ctx() context: Context,
  ): Promise<Article> {
    return runMutation(context, (manager, editor) => articles.restoreArticleRevision(manager, editor, id, version, expectedVersion));
  }

  private move(context: Context, step: WorkflowStep, { id, expectedVersion }: WorkflowArgs, publishedAt?: Date | null): Promise<Article> {
    return runMutation(context, (manager, editor) => articles.moveArticle(manager, editor, id, step, { expectedVersion, publishedAt }));
  }
}

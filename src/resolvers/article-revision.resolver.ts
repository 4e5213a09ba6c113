// Fields of an article revision read from its snapshot; the topics and people it named resolve
// through the same loaders as everywhere else (those deleted since are left out).
import { GraphQLResolveInfo } from "graphql";
import { GraphQLDateTime } from "../entities/date-time.scalar";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { ArticleRevision, Person, Topic } from "../entities";
import { columnsFor } from "./selection";

async function present<T>(loads: Promise<T | null>[]): Promise<T[]> {
  const values: (T | null)[] = await Promise.all(loads);
  return values.filter((value): value is T => value !== null);
}

/** People a snapshot names, as they are now: merged ids followed to their target, each once. */
async function peopleNow({ loaders }: Context, info: GraphQLResolveInfo, ids: string[]): Promise<Person[]> {
  const current = [...new Set(await Promise.all(ids.map((id) => loaders.currentPersonId.load(id))))];
  const loader = loaders.personById(columnsFor(info, "Person"));
  return present(current.map((id) => loader.load(id)));
}

@Resolver(() => ArticleRevision)
export class ArticleRevisionResolver {
  @FieldResolver(() => String, { description: "The slug at this version." })
  slug(@Root() revision: ArticleRevision): string {
    return revision.snapshot.slug;
  }

  @FieldResolver(() => String, { description: "The headline at this version." })
  headline(@Root() revision: ArticleRevision): string {
    return revision.snapshot.headline;
  }

  @FieldResolver(() => String, { nullable: true, description: "The standfirst at this version." })
  standfirst(@Root() revision: ArticleRevision): string | null {
    return revision.snapshot.standfirst;
  }

  @FieldResolver(() => String, { description: "The body at this version." })
  body(@Root() revision: ArticleRevision): string {
    return revision.snapshot.body;
  }

  @FieldResolver(() => String, { nullable: true, description: "The dateline at this version." })
  dateline(@Root() revision: ArticleRevision): string | null {
    return revision.snapshot.dateline;
  }

  @FieldResolver(() => String, { nullable: true, description: "The source address at this version." })
  sourceUrl(@Root() revision: ArticleRevision): string | null {
    return revision.snapshot.sourceUrl;
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true, description: "The publication time at this version." })
  publishedAt(@Root() revision: ArticleRevision): Date | null {
    return revision.snapshot.publishedAt ? new Date(revision.snapshot.publishedAt) : null;
  }

  @FieldResolver(() => [Topic], { description: "The topics the article was tagged with at this version." })
  topics(@Root() revision: ArticleRevision, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Topic[]> {
    const loader = loaders.topicById(columnsFor(info, "Topic"));
    return present(revision.snapshot.topicIds.map((id) => loader.load(id)));
  }

  @FieldResolver(() => [Person], {
    description: "The people the article mentioned at this version, most mentioned first (people merged since, as the person they became).",
  })
  people(@Root() revision: ArticleRevision, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Person[]> {
    return peopleNow(
      context,
      info,
      revision.snapshot.mentions.map((mention) => mention.personId),
    );
  }

  @FieldResolver(() => [Person], { description: "The byline at this version, in order (people merged since, as the person they became)." })
  authors(@Root() revision: ArticleRevision, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Person[]> {
    return peopleNow(context, info, revision.snapshot.authorIds);
  }
}

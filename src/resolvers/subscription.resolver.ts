// Subscriptions (served over WebSocket, src/subscriptions/): the desk's events for editors, one
// article's versions for an editor who has it open, and publications for readers. Each event is
// resolved with fresh loaders and a fresh "now", so its `article` is read as it is at delivery.
import { isUUID } from "class-validator";
import { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Resolver, Root, Subscription } from "type-graphql";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { Article } from "../entities";
import { BadUserInputError } from "../errors";
import { DeskEvent, DeskEventKind } from "../events/desk-event";
import { eventStream, EventSource, overflowEvent } from "../events/event-stream";
import { ReaderPublication } from "../events/publication-clock";
import { createLoaders } from "../loaders";
import { viewerAt } from "../services/viewer";
import { columnsFor } from "./selection";
import { ArticlePublication, DeskEventFilter, DeskEventType } from "./types/desk-event.types";

const MAX_SLUG_LENGTH = 200;

function liveOf(context: Context): NonNullable<Context["live"]> {
  if (!context.live) throw new Error("subscriptions need the server's live events (context.live)");
  return context.live;
}

/** Events of `source` that pass `keep`, as the subscriber's bounded stream; each readies the context for its delivery. */
function streamOf<T>(context: Context, source: EventSource<T>, keep: (event: T) => boolean, overflow?: () => T): AsyncIterable<T> {
  const filtered: EventSource<T> = { listen: (listener) => source.listen((event) => keep(event) && listener(event)) };
  const events = eventStream(filtered, { maxQueued: liveOf(context).maxQueuedEvents, overflow });
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        const result = await events.next();
        // What the event's fields read is read now: new loaders (nothing cached from the last
        // event), and a new moment to judge "published" at.
        context.viewer = viewerAt(context.viewer);
        context.loaders = createLoaders(context, context.viewer);
        return result;
      },
      return: () => events.return!(),
    }),
  };
}

function deskStream(context: Context, keep: (event: DeskEvent) => boolean): AsyncIterable<DeskEvent> {
  const { bus } = liveOf(context);
  return streamOf<DeskEvent>(context, bus, (event) => event.kind === DeskEventKind.RESYNC || keep(event), overflowEvent);
}

function payloadOf(event: DeskEvent): DeskEventType {
  return {
    ...event,
    publishedAt: event.publishedAt ? new Date(event.publishedAt) : undefined,
    at: event.at ? new Date(event.at) : undefined,
  };
}

@Resolver(() => DeskEventType)
export class DeskEventResolver {
  @Authorized(Roles.EDITOR)
  @Subscription(() => DeskEventType, {
    description:
      "Every saved version and workflow step of one article, its quotes' changes, and RESYNC when events may have been missed (editors).",
    subscribe: ({ args, context }) => {
      const id = String((args as { id?: unknown }).id);
      if (!isUUID(id, "all")) throw new BadUserInputError("Invalid input: id", { id: "must be an id (UUID)" });
      return deskStream(context as Context, (event) => event.articleId === id);
    },
  })
  articleChanged(@Root() event: DeskEvent, @Arg("id", () => ID, { description: "The article to follow." }) _id: string): DeskEventType {
    return payloadOf(event);
  }

  @Authorized(Roles.EDITOR)
  @Subscription(() => DeskEventType, {
    description:
      "Everything that happens on the desk, in commit order: articles created, edited and moved through the workflow, quotes " +
      "suggested by ingest or changed, people and topics changed, people merged (editors).",
    subscribe: ({ args, context }) => {
      const filter = (args as { filter?: DeskEventFilter | null }).filter ?? {};
      if (filter.articleId != null && !isUUID(filter.articleId, "all")) {
        throw new BadUserInputError("Invalid input: filter.articleId", { "filter.articleId": "must be an id (UUID)" });
      }
      const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
      return deskStream(
        context as Context,
        (event) => (!kinds || kinds.has(event.kind)) && (filter.articleId == null || event.articleId === filter.articleId),
      );
    },
  })
  deskEvents(
    @Root() event: DeskEvent,
    @Arg("filter", () => DeskEventFilter, { nullable: true, description: "Which events; all when not given." }) _filter?: DeskEventFilter,
  ): DeskEventType {
    return payloadOf(event);
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description: "The article as it is when the event is delivered; null when it is deleted. May be newer than `version`.",
  })
  article(@Root() event: DeskEventType, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Article | null> | null {
    if (!event.articleId) return null;
    return context.loaders.articleById(columnsFor(info, "Article")).load(event.articleId);
  }
}

@Resolver(() => ArticlePublication)
export class ArticlePublicationResolver {
  @Subscription(() => ArticlePublication, {
    description:
      "Articles as they become visible to readers: when published, or when a scheduled `publishedAt` comes. Published work only. " +
      "After the server lost its database connection, publications since are sent again (a client may see one twice).",
    subscribe: ({ args, context }) => {
      const { topic, person } = args as { topic?: string | null; person?: string | null };
      if ((topic?.length ?? 0) > MAX_SLUG_LENGTH || (person?.length ?? 0) > MAX_SLUG_LENGTH) {
        throw new BadUserInputError("Invalid input: a slug is too long", { topic: `at most ${MAX_SLUG_LENGTH} characters` });
      }
      const { clock } = liveOf(context as Context);
      return streamOf<ReaderPublication>(
        context as Context,
        clock,
        // A reader's stream has no RESYNC: past the limit, the oldest waiting publications are dropped.
        (publication) =>
          (topic == null || publication.topicSlugs.includes(topic)) && (person == null || publication.personSlugs.includes(person)),
      );
    },
  })
  articlePublished(
    @Root() publication: ReaderPublication,
    @Arg("topic", () => String, { nullable: true, description: "Only articles tagged with the topic of this slug." }) _topic?: string,
    @Arg("person", () => String, { nullable: true, description: "Only articles mentioning or written by the person of this slug." })
    _person?: string,
  ): ArticlePublication {
    return { articleId: publication.articleId, version: publication.version, publishedAt: publication.publishedAt };
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description: "The article as a reader sees it at delivery; null if it was withdrawn in the meantime.",
  })
  article(@Root() publication: ArticlePublication, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Article | null> {
    return context.loaders.articleById(columnsFor(info, "Article")).load(publication.articleId);
  }
}

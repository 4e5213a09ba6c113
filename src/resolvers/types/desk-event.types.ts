// The GraphQL shapes of live events: a desk event (editors), a publication (readers), and the
// filter of the desk's stream.
import { IsOptional, IsUUID } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArticleStatus } from "../../entities";
import { GraphQLDateTime } from "../../entities/date-time.scalar";
import { DeskEventKind } from "../../events/desk-event";

registerEnumType(DeskEventKind, {
  name: "DeskEventKind",
  description: "What happened on the desk.",
  valuesConfig: {
    ARTICLE_CREATED: { description: "A draft was created (by hand or by ingest)." },
    ARTICLE_UPDATED: {
      description: "An article was saved as a new version (an edit, a restored revision, a re-ingest, a merge of people in it).",
    },
    ARTICLE_SUBMITTED: { description: "A draft was sent to review." },
    ARTICLE_PUBLISHED: { description: "An article was published; `publishedAt` in the future schedules it." },
    ARTICLE_UNPUBLISHED: { description: "An article went back to DRAFT." },
    ARTICLE_ARCHIVED: { description: "A published article was withdrawn from readers." },
    ARTICLE_DELETED: { description: "An article was deleted; `version` is its last." },
    QUOTES_SUGGESTED: { description: "Ingest suggested `quoteCount` quotes in an article." },
    QUOTE_CHANGED: { description: "A quote was recorded, corrected, checked or deleted." },
    PERSON_CHANGED: { description: "A person was created, edited or deleted." },
    PEOPLE_MERGED: { description: "People (`mergedPersonIds`) were merged into `personId`." },
    TOPIC_CHANGED: { description: "A topic was created, edited, moved or deleted." },
    RESYNC: {
      description:
        "Not a write: events may have been missed (the server's connection to the database was lost, or this subscriber fell behind). " +
        "Re-read what the screen shows.",
    },
  },
});

@ObjectType("DeskEvent", {
  description:
    "Something that happened on the desk, sent once its transaction committed, in commit order. Ids and versions only: read the records for the rest.",
})
export class DeskEventType {
  @Field(() => DeskEventKind, { description: "What happened." })
  kind!: DeskEventKind;

  @Field(() => ID, { nullable: true, description: "The article it happened to (or the quotes were in)." })
  articleId?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record after the change (the article's for article events): a screen holding an older one should reload.",
  })
  version?: number;

  @Field(() => ArticleStatus, { nullable: true, description: "The article's status after the change." })
  status?: ArticleStatus;

  @Field(() => ArticleStatus, { nullable: true, description: "The article's status before a workflow step or deletion." })
  previousStatus?: ArticleStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: "The article's publication time (article events of published work)." })
  publishedAt?: Date;

  @Field(() => ID, { nullable: true, description: "The quote (QUOTE_CHANGED)." })
  quoteId?: string;

  @Field(() => Int, { nullable: true, description: "How many quotes ingest suggested (QUOTES_SUGGESTED)." })
  quoteCount?: number;

  @Field(() => ID, { nullable: true, description: "The person (PERSON_CHANGED), or the one merged into (PEOPLE_MERGED)." })
  personId?: string;

  @Field(() => [ID], { nullable: true, description: "The people merged away (PEOPLE_MERGED)." })
  mergedPersonIds?: string[];

  @Field(() => ID, { nullable: true, description: "The topic (TOPIC_CHANGED)." })
  topicId?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the change was made; for RESYNC, since when events may be missing." })
  at?: Date;
}

@ObjectType({ description: "A publication readers may now see: sent when the article is published, or when its scheduled time comes." })
export class ArticlePublication {
  @Field(() => ID, { description: "The published article." })
  articleId!: string;

  @Field(() => Int, { description: "Its version when it was sent." })
  version!: number;

  @Field(() => GraphQLDateTime, { description: "When it was published (or scheduled for)." })
  publishedAt!: Date;
}

@InputType({ description: "Narrows the desk's events; all given conditions must hold. RESYNC is always sent." })
export class DeskEventFilter {
  @Field(() => [DeskEventKind], { nullable: true, description: "Only these kinds." })
  @IsOptional()
  kinds?: DeskEventKind[] | null;

  @Field(() => ID, { nullable: true, description: "Only events about this article." })
  @IsOptional()
  @IsUUID("all", { message: "must be an id (UUID)" })
  articleId?: string | null;
}

// The input and answer of ingestArticle.
import { IsOptional, IsUrl, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Article, Person, Quote, Topic } from "../../entities";
import { IngestInput } from "../../services/ingest.service";
import { IsText } from "./validation";

@InputType({ description: "Raw wire or web text to turn into a draft." })
export class IngestArticleInput implements IngestInput {
  @Field({ description: "The text as captured, page junk and all (at most 200 000 characters)." })
  @IsText(200_000)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where the text came from; ingesting the same address again refreshes that draft, unless an editor has changed it since.",
  })
  @IsOptional()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "must be an http(s) URL" })
  @MaxLength(2000)
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The headline; taken from the text, or its first sentence, when not given." })
  @IsOptional()
  @IsText(500)
  headline?: string | null;
}

@ObjectType({ description: "A person extraction found, and who in the newsroom they are." })
export class IngestedPerson {
  @Field(() => Person, { description: "The newsroom's person: an existing one, or created by this ingest." })
  person!: Person;

  @Field({ description: "The canonical name extraction gave." })
  extractedName!: string;

  @Field({ description: "True when an existing person matched by name or alias; false when one was created." })
  matched!: boolean;
}

@ObjectType({ description: "What ingestArticle made: the draft and the suggestions an editor should check." })
export class IngestResult {
  @Field(() => Article, { description: "The DRAFT article (new, or the earlier draft of the same source, refreshed)." })
  article!: Article;

  @Field({ description: "False when the source had been ingested before and its draft was refreshed." })
  created!: boolean;

  @Field(() => [IngestedPerson], { description: "The people in the story, matched or created, in order of appearance." })
  people!: IngestedPerson[];

  @Field(() => [Quote], { description: "Quotes suggested by this ingest (status SUGGESTED), in document order." })
  quotes!: Quote[];

  @Field(() => [Topic], { description: "Topics the article was tagged with, best match first." })
  topics!: Topic[];

  @Field(() => [String], { description: "Lines dropped from the text as page junk." })
  droppedLines!: string[];
}

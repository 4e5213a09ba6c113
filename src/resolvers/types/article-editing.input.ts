// What editors send to create and change articles.
import { ArrayMaxSize, IsInt, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ArticleContent, MentionValues, NewArticle } from "../../services/article-editing.service";
import { IsSlug, IsText, OmittableNotNull } from "./validation";

@InputType({ description: "A person the article mentions, and how often." })
export class MentionInput implements MentionValues {
  @Field(() => ID, { description: "The person's id." })
  @IsUUID("all", { message: "must be an id (UUID)" })
  personId!: string;

  @Field(() => Int, { nullable: true, description: "How many times the article mentions them (default 1)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  mentionCount?: number | null;
}

// The fields and rules shared by creation and update (TypeGraphQL inherits fields only from
// decorated classes; this one is not referenced by the schema, so it is not emitted).
@InputType()
abstract class ArticleContentInput implements ArticleContent {
  @Field(() => String, {
    nullable: true,
    description: "URL name; derived from the headline when not given. A changed slug keeps the old one resolving.",
  })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "The summary shown under the headline." })
  @IsOptional()
  @MaxLength(1000)
  standfirst?: string | null;

  @Field(() => String, { nullable: true, description: "Where the story was filed from, e.g. `MOSCOW`." })
  @IsOptional()
  @MaxLength(100)
  dateline?: string | null;

  @Field(() => String, { nullable: true, description: "Address of the original source (http or https)." })
  @IsOptional()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "must be an http(s) URL" })
  @MaxLength(2000)
  sourceUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: "Topics to tag the article with; replaces the current tags." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "must be ids (UUIDs)" })
  topicIds?: string[] | null;

  @Field(() => [MentionInput], { nullable: true, description: "People the article mentions; replaces the current list." })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  mentions?: MentionInput[] | null;

  @Field(() => [ID], { nullable: true, description: "The byline in order (people ids); replaces the current one." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true, message: "must be ids (UUIDs)" })
  authorIds?: string[] | null;
}

@InputType({ description: "A new article; it starts as a DRAFT." })
export class CreateArticleInput extends ArticleContentInput implements NewArticle {
  @Field({ description: "The headline." })
  @IsText(500)
  headline!: string;

  @Field({ description: "The story text, paragraphs separated by blank lines." })
  @IsText(200_000)
  body!: string;
}

@InputType({ description: "Changes to an article; fields left out stay as they are." })
export class UpdateArticleInput extends ArticleContentInput {
  @Field(() => String, { nullable: true, description: "The headline (cannot be cleared)." })
  @OmittableNotNull()
  @IsText(500)
  headline?: string;

  @Field(() => String, { nullable: true, description: "The story text (cannot be cleared)." })
  @OmittableNotNull()
  @IsText(200_000)
  body?: string;
}

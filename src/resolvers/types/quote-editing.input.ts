// What editors send to record and correct quotes.
import { IsBoolean, IsInt, IsOptional, IsUUID, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { QuoteStatus } from "../../entities";
import { NewQuote, QuoteFields } from "../../services/quote-editing.service";
import { IsText, OmittableNotNull } from "./validation";

// The fields and rules shared by creation and update (TypeGraphQL inherits fields only from
// decorated classes; this one is not referenced by the schema, so it is not emitted).
@InputType()
abstract class QuoteFieldsInput implements QuoteFields {
  @Field(() => ID, { nullable: true, description: "Who said it (a person's id); null leaves the quote unattributed." })
  @IsOptional()
  @IsUUID("all", { message: "must be an id (UUID)" })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "The sentence around the quote." })
  @IsOptional()
  @MaxLength(5000)
  context?: string | null;

  @Field(() => Int, { nullable: true, description: "Character offset of the quote in the article body." })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: "True for a short quoted phrase rather than a full statement." })
  @IsOptional()
  @IsBoolean()
  isFragment?: boolean | null;

  @Field(() => QuoteStatus, { nullable: true, description: "SUGGESTED (the default) until an editor confirms or rejects it." })
  @IsOptional()
  status?: QuoteStatus | null;
}

@InputType({ description: "A quote in an article." })
export class CreateQuoteInput extends QuoteFieldsInput implements NewQuote {
  @Field(() => ID, { description: "The article the quote appears in." })
  @IsUUID("all", { message: "must be an id (UUID)" })
  articleId!: string;

  @Field({ description: "The quoted words, without quotation marks." })
  @IsText(5000)
  text!: string;
}

@InputType({ description: "Changes to a quote; fields left out stay as they are. Give `speakerId: null` to unattribute it." })
export class UpdateQuoteInput extends QuoteFieldsInput {
  @Field(() => String, { nullable: true, description: "The quoted words (cannot be cleared)." })
  @OmittableNotNull()
  @IsText(5000)
  text?: string;
}

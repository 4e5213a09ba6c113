// What editors send to create, change and move topics.
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NewTopic, TopicFields } from "../../services/topic-editing.service";
import { IsSlug, IsText, OmittableNotNull } from "./validation";

// The fields and rules shared by creation and update (TypeGraphQL inherits fields only from
// decorated classes; this one is not referenced by the schema, so it is not emitted).
@InputType()
abstract class TopicFieldsInput implements TopicFields {
  @Field(() => String, { nullable: true, description: "URL name; derived from the name when not given." })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "What the topic covers." })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The broader topic to place it under; null makes it a top-level topic." })
  @IsOptional()
  @IsUUID("all", { message: "must be an id (UUID)" })
  parentId?: string | null;

  @Field(() => [String], { nullable: true, description: "Words and phrases that signal the topic in copy; replaces the current list." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(100, { each: true })
  keywords?: string[] | null;
}

@InputType({ description: "A new topic." })
export class CreateTopicInput extends TopicFieldsInput implements NewTopic {
  @Field({ description: "Display name, e.g. `Sanctions`." })
  @IsText(200)
  name!: string;
}

@InputType({ description: "Changes to a topic; fields left out stay as they are. `parentId` moves it in the tree (cycles are refused)." })
export class UpdateTopicInput extends TopicFieldsInput {
  @Field(() => String, { nullable: true, description: "Display name (cannot be cleared)." })
  @OmittableNotNull()
  @IsText(200)
  name?: string;
}

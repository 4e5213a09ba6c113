// What editors send to create and change people.
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { NewPerson, PersonFields } from "../../services/person-editing.service";
import { IsSlug, IsText, OmittableNotNull } from "./validation";

// The fields and rules shared by creation and update (TypeGraphQL inherits fields only from
// decorated classes; this one is not referenced by the schema, so it is not emitted).
@InputType()
abstract class PersonFieldsInput implements PersonFields {
  @Field(() => String, {
    nullable: true,
    description: "URL name; derived from the name when not given. A changed slug keeps the old one resolving.",
  })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names used in copy, e.g. `Putin`; replaces the current list." })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "Current role, e.g. `President of Russia`." })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "A short editorial description." })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata item identifier, e.g. `Q7747`." })
  @IsOptional()
  @Matches(/^Q[1-9]\d{0,12}$/, { message: "must be a Wikidata item id such as Q7747" })
  wikidataId?: string | null;
}

@InputType({ description: "A new person." })
export class CreatePersonInput extends PersonFieldsInput implements NewPerson {
  @Field({ description: "Canonical full name, e.g. `Vladimir Putin`." })
  @IsText(200)
  name!: string;
}

@InputType({ description: "Changes to a person; fields left out stay as they are." })
export class UpdatePersonInput extends PersonFieldsInput {
  @Field(() => String, { nullable: true, description: "Canonical full name (cannot be cleared)." })
  @OmittableNotNull()
  @IsText(200)
  name?: string;
}

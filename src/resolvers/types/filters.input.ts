// Filter inputs of the people, quote and topic lists.
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { QuoteStatus } from "../../entities";
import { PersonFilterValues } from "../../services/person.service";
import { QuoteFilterValues } from "../../services/quote.service";
import { TopicFilterValues } from "../../services/topic.service";

@InputType({ description: "Narrows a list of people." })
export class PersonFilter implements PersonFilterValues {
  @Field(() => String, {
    nullable: true,
    description: "Name or alias, typo-tolerant: `putin`, `vladimir p` and `vladmir putin` all find Vladimir Putin.",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: "Narrows a list of quotes; all given conditions must hold." })
export class QuoteFilter implements QuoteFilterValues {
  @Field(() => String, { nullable: true, description: "Said by the person of this slug." })
  @IsOptional()
  @MaxLength(200)
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: "Quoted in the article of this id." })
  @IsOptional()
  @IsUUID("all", { message: "must be an id (UUID)" })
  article?: string | null;

  @Field(() => String, { nullable: true, description: "Quoted in an article tagged with the topic of this slug." })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field(() => [QuoteStatus], { nullable: true, description: "Any of these statuses (readers never see REJECTED)." })
  @IsOptional()
  status?: QuoteStatus[] | null;

  @Field(() => String, { nullable: true, description: "Full-text search of the quoted words, in web-search syntax." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: "Narrows a list of topics." })
export class TopicFilter implements TopicFilterValues {
  @Field(() => String, { nullable: true, description: "Children of the topic of this slug." })
  @IsOptional()
  @MaxLength(200)
  parent?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True: only top-level topics; false: only subtopics." })
  @IsOptional()
  root?: boolean | null;

  @Field(() => String, { nullable: true, description: "Part of the name or slug." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

// Filter and ordering inputs of article lists.
import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "../../entities/date-time.scalar";
import { ArticleStatus } from "../../entities";
import { ArticleFilterValues, ArticleOrderField, ArticleOrderValues } from "../../services/article.service";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending or descending order.",
  valuesConfig: { ASC: { description: "Smallest or oldest first." }, DESC: { description: "Largest or newest first." } },
});

registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "What article lists can be ordered by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time; unpublished articles count as the oldest. The default." },
    CREATED_AT: { description: "Creation time." },
    UPDATED_AT: { description: "Time of the last change." },
    RELEVANCE: {
      description:
        "How well an article matches `filter.search` (which it requires), best first, among the search's 500 newest matches: " +
        "the listing ends with them, while `totalCount` counts every match.",
    },
  },
});

@InputType({ description: "Narrows an article list; all given conditions must hold." })
export class ArticleFilter implements ArticleFilterValues {
  @Field(() => [ArticleStatus], { nullable: true, description: "Any of these statuses (readers only ever see PUBLISHED)." })
  @IsOptional()
  status?: ArticleStatus[] | null;

  @Field(() => String, { nullable: true, description: "Tagged with the topic of this slug." })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field(() => String, { nullable: true, description: "Mentioning the person of this slug." })
  @IsOptional()
  @MaxLength(200)
  person?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Published at or after this time." })
  @IsOptional()
  publishedAfter?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Published before this time." })
  @IsOptional()
  publishedBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search of headline, standfirst and body, in web-search syntax: `sanctions -iran`, `"foreign minister"`, `nato or kremlin`.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: "How to order an article list." })
export class ArticleOrder implements ArticleOrderValues {
  @Field(() => ArticleOrderField, { description: "What to order by." })
  field!: ArticleOrderField;

  @Field(() => SortDirection, { description: "Which way." })
  direction!: SortDirection;
}

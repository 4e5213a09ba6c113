// Arguments of every list field: page arguments plus the list's filter (and ordering).
import { IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ArticleFilter, ArticleOrder } from "./article.input";
import { PersonFilter, QuoteFilter, TopicFilter } from "./filters.input";
import { pageArgsWithDefault } from "./page.args";

@ArgsType()
export class ArticlesArgs extends pageArgsWithDefault(20) {
  @Field(() => ArticleFilter, { nullable: true, description: "Which articles to include." })
  @IsOptional()
  @ValidateNested()
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { nullable: true, description: "Order of the list; newest published first by default." })
  @IsOptional()
  @ValidateNested()
  orderBy?: ArticleOrder | null;
}

/** Article lists under a person or topic: filtered, always newest first. */
@ArgsType()
export class RelatedArticlesArgs extends pageArgsWithDefault(20) {
  @Field(() => ArticleFilter, { nullable: true, description: "Which articles to include." })
  @IsOptional()
  @ValidateNested()
  filter?: ArticleFilter | null;
}

@ArgsType()
export class PeopleArgs extends pageArgsWithDefault(20) {
  @Field(() => PersonFilter, { nullable: true, description: "Which people to include; by name unless searching." })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter | null;
}

@ArgsType()
export class QuotesArgs extends pageArgsWithDefault(20) {
  @Field(() => QuoteFilter, { nullable: true, description: "Which quotes to include; newest first." })
  @IsOptional()
  @ValidateNested()
  filter?: QuoteFilter | null;
}

@ArgsType()
export class TopicsArgs extends pageArgsWithDefault(50) {
  @Field(() => TopicFilter, { nullable: true, description: "Which topics to include; by name." })
  @IsOptional()
  @ValidateNested()
  filter?: TopicFilter | null;
}

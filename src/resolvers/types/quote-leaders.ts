// Types of the speaker rankings (Query.quoteLeaders) and the quote counts of people and topics.
import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, Int, ObjectType } from "type-graphql";
import { ArticleStatus, QuoteStatus } from "../../entities";
import { GraphQLDateTime } from "../../entities/date-time.scalar";
import { QuoteCountFilterValues, QuoteLeadersFilterValues } from "../../services/quote-counts";
import { QuoteLeaderRow, QuoteLeadersPage } from "../../services/quote-leaders.service";
import { PageInfo } from "./connection";
import { pageArgsWithDefault } from "./page.args";

@InputType({ description: "Which quotes a count includes; all given conditions must hold." })
export class QuoteCountFilter implements QuoteCountFilterValues {
  @Field(() => GraphQLDateTime, { nullable: true, description: "Quotes in articles published at or after this time." })
  @IsOptional()
  publishedAfter?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Quotes in articles published before this time." })
  @IsOptional()
  publishedBefore?: Date | null;

  @Field(() => [QuoteStatus], {
    nullable: true,
    description:
      "Quotes of any of these statuses; CONFIRMED when absent. Readers only ever count CONFIRMED quotes: " +
      "other statuses they name match nothing.",
  })
  @IsOptional()
  status?: QuoteStatus[] | null;

  @Field(() => [ArticleStatus], {
    nullable: true,
    description:
      "Quotes in articles of any of these statuses; every status when absent (editors). Readers only ever count " +
      "PUBLISHED articles whose publication time has come: other statuses they name match nothing.",
  })
  @IsOptional()
  articleStatus?: ArticleStatus[] | null;
}

@InputType({ description: "Which quotes a speaker ranking (or a person's count) includes; all given conditions must hold." })
export class QuoteLeadersFilter extends QuoteCountFilter implements QuoteLeadersFilterValues {
  @Field(() => String, {
    nullable: true,
    description: "Quotes in articles tagged with the topic of this slug (not its subtopics); an unknown slug matches nothing.",
  })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;
}

@ArgsType()
export class QuoteLeadersArgs extends pageArgsWithDefault(20) {
  @Field(() => QuoteLeadersFilter, { nullable: true, description: "Which quotes to count; CONFIRMED quotes in any period when absent." })
  @IsOptional()
  @ValidateNested()
  filter?: QuoteLeadersFilter | null;
}

@ObjectType({ description: "A person's place in a ranking of who is quoted: their quotes that the ranking's filter matches." })
export class QuoteLeader {
  /** Not a field: the person field resolves it through the request's loaders. */
  personId!: string;

  @Field(() => Int, { description: "How many of the person's quotes match." })
  quoteCount!: number;

  @Field(() => Int, { description: "How many articles those quotes are in." })
  articleCount!: number;

  @Field(() => GraphQLDateTime, {
    description:
      "Publication time of the earliest article with a matching quote (for unpublished work, which only editors count, " +
      "when its quote was recorded).",
  })
  firstQuotedAt!: Date;

  @Field(() => GraphQLDateTime, { description: "Publication time of the latest article with a matching quote (as firstQuotedAt)." })
  lastQuotedAt!: Date;
}

@ObjectType({ description: "A ranked person in a page, with its cursor.", simpleResolvers: true })
export class QuoteLeaderEdge {
  @Field({ description: "Opaque position of this item; stable while quotes are added elsewhere in the list." })
  cursor!: string;

  @Field(() => QuoteLeader, { description: "The ranked person and their counts." })
  node!: QuoteLeader;
}

/** The ranked row as the GraphQL object; its person is served by the person field (primed). */
function leaderOf({ personId, quoteCount, articleCount, firstQuotedAt, lastQuotedAt }: QuoteLeaderRow): QuoteLeader {
  return Object.assign(new QuoteLeader(), { personId, quoteCount, articleCount, firstQuotedAt, lastQuotedAt });
}

@ObjectType({ description: "A page of a ranking of who is quoted: most quotes first, then the most recently quoted, then by person id." })
export class QuoteLeaderConnection {
  private readonly leaders: QuoteLeader[];

  constructor(private readonly page: QuoteLeadersPage) {
    this.leaders = page.nodes.map(leaderOf);
  }

  @Field(() => [QuoteLeaderEdge], { description: "The items of this page, each with its cursor." })
  get edges(): QuoteLeaderEdge[] {
    return this.leaders.map((node, index) => ({ node, cursor: this.page.cursors[index] }));
  }

  @Field(() => [QuoteLeader], { description: "The items of this page (edges without cursors)." })
  get nodes(): QuoteLeader[] {
    return this.leaders;
  }

  @Field(() => PageInfo, { description: "Where this page sits in the ranking." })
  get pageInfo(): PageInfo {
    const { cursors } = this.page;
    return {
      hasNextPage: this.page.hasNextPage,
      hasPreviousPage: this.page.hasPreviousPage,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    };
  }

  @Field(() => Int, { description: "Number of people in the whole ranking (all pages)." })
  totalCount(): Promise<number> {
    return this.page.totalCount();
  }
}

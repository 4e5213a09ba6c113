// Person.quoteCount and Topic.quoteCount: numbers for pages that list people or topics, batched per
// request level (loaders/quote-count.loaders.ts). Classes of their own beside the types' main
// resolvers, which TypeGraphQL merges into one type each.
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Person, Topic } from "../entities";
import { QuoteCountFilter, QuoteLeadersFilter } from "./types/quote-leaders";

@Resolver(() => Person)
export class PersonQuoteCountResolver {
  @FieldResolver(() => Int, {
    description:
      "How many of the person's quotes the filter matches: their quoteCount in quoteLeaders with the same filter " +
      "(readers: confirmed quotes in published work).",
  })
  quoteCount(
    @Root() person: Person,
    @Ctx() { loaders }: Context,
    @Arg("filter", () => QuoteLeadersFilter, { nullable: true, description: "Which quotes to count; CONFIRMED quotes when absent." })
    filter?: QuoteLeadersFilter | null,
  ): Promise<number> {
    return loaders.quoteCountBySpeakerId(filter ?? null).load(person.id);
  }
}

@Resolver(() => Topic)
export class TopicQuoteCountResolver {
  @FieldResolver(() => Int, {
    description:
      "How many quotes, attributed or not, the articles tagged with the topic hold that the filter matches " +
      "(readers: confirmed quotes in published work). Not those of its subtopics.",
  })
  quoteCount(
    @Root() topic: Topic,
    @Ctx() { loaders }: Context,
    @Arg("filter", () => QuoteCountFilter, { nullable: true, description: "Which quotes to count; CONFIRMED quotes when absent." })
    filter?: QuoteCountFilter | null,
  ): Promise<number> {
    return loaders.quoteCountByTopicId(filter ?? null).load(topic.id);
  }
}

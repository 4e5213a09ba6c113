// Person.quoteCount and Topic.quoteCount: numbers for pages that list people or topics, batched per
// request level, or read in their parent's statement (registry entries in read/relations.ts). Classes of their own beside the types' main
// resolvers, which TypeGraphQL merges into one type each.
import { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Person, Topic } from "../entities";
import { mapNow } from "../loaders/primed";
import { resolveRelation } from "../read/resolve";
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
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => QuoteLeadersFilter, { nullable: true, description: "Which quotes to count; CONFIRMED quotes when absent." })
    filter?: QuoteLeadersFilter | null,
  ): number | Promise<number> {
    return mapNow(resolveRelation<number>(context, info, "Person", "quoteCount", person, { filter }), (count) => count ?? 0);
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
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => QuoteCountFilter, { nullable: true, description: "Which quotes to count; CONFIRMED quotes when absent." })
    filter?: QuoteCountFilter | null,
  ): number | Promise<number> {
    return mapNow(resolveRelation<number>(context, info, "Topic", "quoteCount", topic, { filter }), (count) => count ?? 0);
  }
}

// Who is quoted: Query.quoteLeaders, people ranked by their quotes in a topic and period.
import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Person } from "../entities";
import { loadNow, mapNow } from "../loaders/primed";
import { rankQuoteLeaders } from "../services/quote-leaders.service";
import { columnsFor } from "./selection";
import { QuoteLeader, QuoteLeaderConnection, QuoteLeadersArgs } from "./types/quote-leaders";

@Resolver(() => QuoteLeader)
export class QuoteLeadersResolver {
  @Query(() => QuoteLeaderConnection, {
    description:
      'Who is quoted most: people ranked by how many of their quotes the filter matches ("who is quoted most on ' +
      'sanctions this month"), most first, then the most recently quoted. Readers count confirmed quotes in published ' +
      "work only; editors count what the filter's statuses say. Unattributed quotes are not ranked.",
  })
  async quoteLeaders(@Args() args: QuoteLeadersArgs, @Ctx() context: Context): Promise<QuoteLeaderConnection> {
    const page = await rankQuoteLeaders(context.manager, context.viewer, {
      first: args.first ?? args.defaultFirst,
      after: args.after,
      filter: args.filter,
    });
    return new QuoteLeaderConnection(page);
  }

  @FieldResolver(() => Person, { description: "The person quoted (people merged into another are counted as that person)." })
  person(@Root() leader: QuoteLeader, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Person | Promise<Person> {
    // Ranked people are quoted in work the viewer may see, so the loader finds them; only a person
    // deleted between the ranking and this lookup could be missing.
    return mapNow(loadNow(loaders.personById(columnsFor(info, "Person")), leader.personId), (person) => person!);
  }
}

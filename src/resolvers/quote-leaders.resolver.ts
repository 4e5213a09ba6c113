// Who is quoted: Query.quoteLeaders, people ranked by their quotes in a topic and period.
import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Person } from "../entities";
import { loadNow, mapNow, prime } from "../loaders/primed";
import { rankQuoteLeaders } from "../services/quote-leaders.service";
import type { ColumnList } from "../services/sql";
import { childSelections, columnsFor, columnsOf, FieldSelection } from "./selection";
import { QuoteLeader, QuoteLeaderConnection, QuoteLeadersArgs } from "./types/quote-leaders";

/** The column lists the person fields of a ranking's selection ask for: one per place they are selected. */
function personColumnSets(ranking: FieldSelection): ColumnList[] {
  const under = (selection: FieldSelection, name: string) =>
    childSelections(selection, false).filter((child) => child.fieldNodes[0].name.value === name);
  const leaders = [...under(ranking, "nodes"), ...under(ranking, "edges").flatMap((edges) => under(edges, "node"))];
  const sets = leaders.flatMap((leader) => under(leader, "person")).map((person) => columnsOf(person, "Person", false));
  return [...new Map(sets.map((columns) => [columns.join(","), columns])).values()];
}

@Resolver(() => QuoteLeader)
export class QuoteLeadersResolver {
  @Query(() => QuoteLeaderConnection, {
    description:
      'Who is quoted most: people ranked by how many of their quotes the filter matches ("who is quoted most on ' +
      'sanctions this month"), most first, then the most recently quoted. Readers count confirmed quotes in published ' +
      "work only; editors count what the filter's statuses say. Unattributed quotes are not ranked.",
  })
  async quoteLeaders(
    @Args() args: QuoteLeadersArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuoteLeaderConnection> {
    // The people of the page are read with it, and primed for the person fields below (under
    // `nodes` and under `edges.node`, each with the columns its selection asks for). The loader
    // would also check that a reader may see each person; a ranked person may be seen: they are
    // quoted in work the reader sees.
    const columnSets = personColumnSets({ fieldNodes: info.fieldNodes, info });
    const personColumns = columnSets.length ? [...new Set(columnSets.flat())].sort() : undefined;
    const page = await rankQuoteLeaders(
      context,
      info,
      { first: args.first ?? args.defaultFirst, after: args.after, filter: args.filter },
      personColumns,
    );
    for (const columns of columnSets) {
      const loader = context.loaders.personById(columns);
      for (const node of page.nodes) if (node.person) prime(loader, node.personId, node.person);
    }
    return new QuoteLeaderConnection(page);
  }

  @FieldResolver(() => Person, { description: "The person quoted (people merged into another are counted as that person)." })
  person(@Root() leader: QuoteLeader, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Person | Promise<Person> {
    // Ranked people are quoted in work the viewer may see, so the loader finds them; only a person
    // deleted between the ranking and this lookup could be missing.
    return mapNow(loadNow(loaders.personById(columnsFor(info, "Person")), leader.personId), (person) => person!);
  }
}

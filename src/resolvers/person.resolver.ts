import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { mapNow } from "../loaders/primed";
import { Article, Person, Quote } from "../entities";
import { readOne, readPage } from "../read/plans";
import { resolvePage } from "../read/resolve";
import { personBySlugQuery, personListIsPlannedEachTime, personOrdering, personQuery } from "../services/person.service";
import { columnsFor, pageNeedsFor } from "./selection";
import { ArticleConnection, PersonConnection, QuoteConnection } from "./types/connection";
import { PeopleArgs, QuotesArgs, RelatedArticlesArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { withPageSize } from "./types/page.args";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "One person by id or slug; null when there is none you may see (readers: people in published work).",
  })
  person(@Args() args: LookupArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Person | null> {
    const lookup = lookupOf(args);
    const columns = columnsFor(info, "Person");
    if (lookup.by === "id") return context.loaders.personById(columns).load(lookup.id);
    return readOne(context, info, "Person", { slug: lookup.slug }, (scope, args) =>
      personBySlugQuery(scope.manager, scope.viewer, args, columns),
    );
  }

  @Query(() => PersonConnection, {
    description: "People, by name; best match first when searching. Readers see the people of published work.",
  })
  async people(@Args() args: PeopleArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<PersonConnection> {
    const columns = columnsFor(info, "Person", { connection: true });
    const page = await readPage(context, info, "Person", withPageSize(args, pageNeedsFor(info)), (scope, bound) => ({
      base: personQuery(scope.manager, scope.viewer, bound, columns),
      ordering: personOrdering(bound),
      // As for articles, how many names a search matches decides the plan.
      planEachTime: personListIsPlannedEachTime(bound.now.filter),
    }));
    return new PersonConnection(page);
  }

  @FieldResolver(() => QuoteConnection, { description: "What the person said, newest first." })
  quotes(
    @Root() person: Person,
    @Args() args: QuotesArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): QuoteConnection | Promise<QuoteConnection> {
    return mapNow(resolvePage<Quote>(context, info, "Person", "quotes", person, args), (found) => new QuoteConnection(found));
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, newest first." })
  articles(
    @Root() person: Person,
    @Args() args: RelatedArticlesArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): ArticleConnection | Promise<ArticleConnection> {
    return mapNow(resolvePage<Article>(context, info, "Person", "articles", person, args), (found) => new ArticleConnection(found));
  }
}

import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Person } from "../entities";
import { findPersonBySlug, listPeople } from "../services/person.service";
import { ArticleConnection, PersonConnection, QuoteConnection } from "./types/connection";
import { PeopleArgs, QuotesArgs, RelatedArticlesArgs } from "./types/list.args";
import { withPageSize } from "./types/page.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "One person by id or slug; null when there is none." })
  person(@Args() args: LookupArgs, @Ctx() { loaders, manager }: Context): Promise<Person | null> {
    const lookup = lookupOf(args);
    return lookup.by === "id" ? loaders.personById.load(lookup.id) : findPersonBySlug(manager, lookup.slug);
  }

  @Query(() => PersonConnection, { description: "People, by name; best match first when searching." })
  async people(@Args() args: PeopleArgs, @Ctx() { manager }: Context): Promise<PersonConnection> {
    return new PersonConnection(await listPeople(manager, withPageSize(args)));
  }

  @FieldResolver(() => QuoteConnection, { description: "What the person said, newest first." })
  async quotes(@Root() person: Person, @Args() args: QuotesArgs, @Ctx() { loaders }: Context): Promise<QuoteConnection> {
    return new QuoteConnection(await loaders.quotesBySpeakerId(withPageSize(args)).load(person.id));
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, newest first." })
  async articles(
    @Root() person: Person,
    @Args() args: RelatedArticlesArgs,
    @Ctx() { loaders }: Context,
  ): Promise<ArticleConnection> {
    return new ArticleConnection(await loaders.articlesByPersonId(withPageSize(args)).load(person.id));
  }
}

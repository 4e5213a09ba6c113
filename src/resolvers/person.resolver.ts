import { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { loadNow, mapNow } from "../loaders/primed";
import { Person } from "../entities";
import { findPersonBySlug, listPeople } from "../services/person.service";
import { prefetchesOf } from "./prefetch";
import { columnsFor, pageNeedsFor } from "./selection";
import { ArticleConnection, PersonConnection, QuoteConnection } from "./types/connection";
import { PeopleArgs, QuotesArgs, RelatedArticlesArgs } from "./types/list.args";
import { LookupArgs, lookupOf } from "./types/lookup.args";
import { pageRequest, withPageSize } from "./types/page.args";

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
    return findPersonBySlug(context.manager, context.viewer, lookup.slug, columns, prefetchesOf(info, "Person", context));
  }

  @Query(() => PersonConnection, {
    description: "People, by name; best match first when searching. Readers see the people of published work.",
  })
  async people(@Args() args: PeopleArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<PersonConnection> {
    const columns = columnsFor(info, "Person", { connection: true });
    const prefetches = prefetchesOf(info, "Person", context, { connection: true });
    return new PersonConnection(
      await listPeople(context.manager, context.viewer, withPageSize(args, pageNeedsFor(info)), columns, prefetches),
    );
  }

  @FieldResolver(() => QuoteConnection, { description: "What the person said, newest first." })
  quotes(
    @Root() person: Person,
    @Args() args: QuotesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): QuoteConnection | Promise<QuoteConnection> {
    const page = pageRequest(args, columnsFor(info, "Quote", { connection: true }), pageNeedsFor(info));
    return mapNow(loadNow(loaders.quotesBySpeakerId.pages(page), person.id), (found) => new QuoteConnection(found));
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, newest first." })
  articles(
    @Root() person: Person,
    @Args() args: RelatedArticlesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): ArticleConnection | Promise<ArticleConnection> {
    const page = pageRequest(args, columnsFor(info, "Article", { connection: true }), pageNeedsFor(info));
    return mapNow(loadNow(loaders.articlesByPersonId.pages(page), person.id), (found) => new ArticleConnection(found));
  }
}

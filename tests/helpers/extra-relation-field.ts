// The field of the test's extra relation (extra-relation-entry.ts), written as every relation
// field is: a resolver that hands its parent to the registry.
import { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Context } from "../../src/context";
import { Article, Person } from "../../src/entities";
import { resolveRelation } from "../../src/read/resolve";

@Resolver(() => Article)
export class ArticleSpeakersResolver {
  @FieldResolver(() => [Person], { description: "People quoted in the article (a test fixture's relation)." })
  speakers(@Root() article: Article, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    return resolveRelation(context, info, "Article", "speakers", article) as Person[] | Promise<Person[]>;
  }
}

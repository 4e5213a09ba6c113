// Relay-style connection types: `edges`, `nodes`, `pageInfo` and a `totalCount` that is counted
// only when a client selects it.
import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { Article, Person, Quote, Topic } from "../../entities";
import { Page } from "../../services/pagination";

@ObjectType({ description: "Where a page sits in its list; pass `endCursor` as `after` for the next page.", simpleResolvers: true })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "True when items precede this page (it was requested with `after`)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null when empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null when empty." })
  endCursor!: string | null;
}

function connectionOf<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name.toLowerCase()} in a page, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field({ description: "Opaque position of this item; stable while items are added." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType()
  abstract class Connection {
    constructor(private readonly page: Page<T>) {}

    @Field(() => [Edge], { description: "The items of this page, each with its cursor." })
    get edges(): Edge[] {
      const { page } = this;
      return page.nodes.map((node, index) => ({
        node,
        get cursor() {
          return page.cursors[index];
        },
      }));
    }

    @Field(() => [nodeType], { description: "The items of this page (edges without cursors)." })
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    get pageInfo(): PageInfo {
      const { page } = this;
      // Cursors are read only when asked for (a page read without them has none to give).
      return {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        get startCursor() {
          return page.cursors[0] ?? null;
        },
        get endCursor() {
          return page.cursors[page.cursors.length - 1] ?? null;
        },
      };
    }

    @Field(() => Int, { description: "Number of items in the whole list (all pages); counted only when asked." })
    totalCount(): Promise<number> {
      return this.page.totalCount();
    }
  }
  return Connection;
}

@ObjectType({ description: "A page of articles." })
export class ArticleConnection extends connectionOf(Article, "Article") {}

@ObjectType({ description: "A page of people." })
export class PersonConnection extends connectionOf(Person, "Person") {}

@ObjectType({ description: "A page of quotes." })
export class QuoteConnection extends connectionOf(Quote, "Quote") {}

@ObjectType({ description: "A page of topics." })
export class TopicConnection extends connectionOf(Topic, "Topic") {}

// Arguments shared by every paginated field: `first` (at most 100) and `after` (a cursor).
import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import type { ColumnList } from "../../services/sql";
import type { PageNeeds } from "../selection";

export const MAX_PAGE_SIZE = 100;

/** Base class for a field's page arguments with its own default page size. */
export function pageArgsWithDefault(defaultFirst: number) {
  @ArgsType()
  abstract class PageArgs {
    @Field(() => Int, { nullable: true, description: `How many items to return (0 to ${MAX_PAGE_SIZE}).` })
    @IsOptional()
    @Min(0)
    @Max(MAX_PAGE_SIZE, { message: `must not be greater than ${MAX_PAGE_SIZE}` })
    first?: number | null = defaultFirst;

    @Field(() => String, { nullable: true, description: "Return the items after this cursor (an `endCursor`)." })
    @IsOptional()
    @MaxLength(1000)
    after?: string | null;

    /** Not a GraphQL field: what an explicit `first: null` stands for. */
    readonly defaultFirst: number = defaultFirst;
  }
  return PageArgs;
}

/**
 * The arguments with `first` settled (an explicit null means the field's default) and what the
 * query reads besides the items (pageNeedsFor).
 */
export function withPageSize<T extends { first?: number | null; defaultFirst: number }>(
  args: T,
  needs: PageNeeds,
): T & { first: number } & PageNeeds {
  return { ...args, first: args.first ?? args.defaultFirst, ...needs };
}

/**
 * What a page loader is asked for: the page, the filter, the columns and what the query reads
 * besides the items, nothing else (not `defaultFirst`), so that a parent's prefetch of the same
 * page names the same loader.
 */
export function pageRequest<F>(
  args: { first?: number | null; after?: string | null; filter?: F | null; defaultFirst: number },
  columns: ColumnList,
  needs: PageNeeds,
): { first: number; after: string | null; filter: F | null; columns: ColumnList } & PageNeeds {
  return { first: args.first ?? args.defaultFirst, after: args.after ?? null, filter: args.filter ?? null, columns, ...needs };
}

// Arguments of the single-record queries: exactly one of `id` or `slug`.
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { BadUserInputError } from "../../errors";

@ArgsType()
export class LookupArgs {
  @Field(() => ID, { nullable: true, description: "The id to look up." })
  @IsOptional()
  @IsUUID("all", { message: "must be an id (UUID)" })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The slug to look up." })
  @IsOptional()
  @MaxLength(200)
  slug?: string | null;
}

export type Lookup = { by: "id"; id: string } | { by: "slug"; slug: string };

/** Which of id or slug was given; both or neither is a BAD_USER_INPUT. */
export function lookupOf(args: LookupArgs): Lookup {
  // PostgreSQL prints UUIDs in lower case; loaders match results to keys by that text.
  if (args.id && !args.slug) return { by: "id", id: args.id.toLowerCase() };
  if (args.slug && !args.id) return { by: "slug", slug: args.slug };
  throw new BadUserInputError("Give exactly one of id or slug", { id: "give id or slug, not both or neither" });
}

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: "The id to look up." })
  @IsUUID("all", { message: "must be an id (UUID)" })
  id!: string;
}

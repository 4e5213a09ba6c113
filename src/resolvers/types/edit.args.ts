// Arguments of mutations that change an existing record: its id and, for versioned edits, the
// version the client read (a stale one is a CONFLICT).
import { IsOptional, IsUUID, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";

@ArgsType()
export class TargetArgs {
  @Field(() => ID, { description: "The id of the record to change." })
  @IsUUID("all", { message: "must be an id (UUID)" })
  id!: string;
}

@ArgsType()
export class VersionedEditArgs extends TargetArgs {
  @Field(() => Int, { description: "The `version` the edit was made from; CONFLICT with `currentVersion` when it is stale." })
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class WorkflowArgs extends TargetArgs {
  @Field(() => Int, { nullable: true, description: "When given, the step is refused (CONFLICT) unless the article is at this version." })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

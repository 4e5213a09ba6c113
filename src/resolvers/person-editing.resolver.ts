// Person mutations: creating, editing, merging duplicates and deleting.
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Min } from "class-validator";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Resolver } from "type-graphql";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { Person } from "../entities";
import * as people from "../services/person-editing.service";
import { runMutation } from "./mutation";
import { TargetArgs, VersionedEditArgs } from "./types/edit.args";
import { CreatePersonInput, UpdatePersonInput } from "./types/person-editing.input";

@ArgsType()
class MergePeopleArgs {
  @Field(() => ID, { description: "The person who remains." })
  @IsUUID("all", { message: "must be an id (UUID)" })
  into!: string;

  @Field(() => [ID], { description: "The duplicates merged into `into` and then deleted." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "must be ids (UUIDs)" })
  from!: string[];

  @Field(() => Int, { nullable: true, description: "When given, refused (CONFLICT) unless `into` is at this version." })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@Resolver(() => Person)
export class PersonEditingResolver {
  @Authorized(Roles.EDITOR)
  @Mutation(() => Person, { description: "Adds a person (editors)." })
  createPerson(
    @Arg("input", () => CreatePersonInput, { description: "What to create." }) input: CreatePersonInput,
    @Ctx() context: Context,
  ): Promise<Person> {
    return runMutation(context, (manager) => people.createPerson(manager, input));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Person, { description: "Changes a person as a new version (editors)." })
  updatePerson(
    @Args() { id, expectedVersion }: VersionedEditArgs,
    @Arg("input", () => UpdatePersonInput, { description: "The changes; fields left out stay as they are." }) input: UpdatePersonInput,
    @Ctx() context: Context,
  ): Promise<Person> {
    return runMutation(context, (manager) => people.updatePerson(manager, id, expectedVersion, input));
  }

  @Authorized(Roles.ADMIN)
  @Mutation(() => Person, {
    description:
      "Merges duplicate people into one (admins): quotes, mentions and bylines move to `into`, the duplicates' names " +
      "become its aliases and their slugs keep resolving to it; the duplicates are deleted.",
  })
  mergePeople(@Args() { into, from, expectedVersion }: MergePeopleArgs, @Ctx() context: Context): Promise<Person> {
    return runMutation(context, (manager, editor) => people.mergePeople(manager, editor, into, from, expectedVersion));
  }

  @Authorized(Roles.ADMIN)
  @Mutation(() => ID, { description: "Deletes a person (admins); their quotes become unattributed. Refused while they are on a byline." })
  deletePerson(@Args() { id }: TargetArgs, @Ctx() context: Context): Promise<string> {
    return runMutation(context, (manager) => people.deletePerson(manager, id));
  }
}

// Quote mutations: recording, correcting and checking quotes, and deleting them.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { Quote } from "../entities";
import * as quotes from "../services/quote-editing.service";
import { runMutation } from "./mutation";
import { TargetArgs, VersionedEditArgs } from "./types/edit.args";
import { CreateQuoteInput, UpdateQuoteInput } from "./types/quote-editing.input";

@Resolver(() => Quote)
export class QuoteEditingResolver {
  @Authorized(Roles.EDITOR)
  @Mutation(() => Quote, { description: "Records a quote in an article (editors)." })
  createQuote(
    @Arg("input", () => CreateQuoteInput, { description: "What to create." }) input: CreateQuoteInput,
    @Ctx() context: Context,
  ): Promise<Quote> {
    return runMutation(context, (manager) => quotes.createQuote(manager, input));
  }

  @Authorized(Roles.EDITOR)
  @Mutation(() => Quote, {
    description:
      "Corrects a quote's text, context or speaker, or checks it (SUGGESTED → CONFIRMED or REJECTED), as a new version (editors).",
  })
  updateQuote(
    @Args() { id, expectedVersion }: VersionedEditArgs,
    @Arg("input", () => UpdateQuoteInput, { description: "The changes; fields left out stay as they are." }) input: UpdateQuoteInput,
    @Ctx() context: Context,
  ): Promise<Quote> {
    return runMutation(context, (manager) => quotes.updateQuote(manager, id, expectedVersion, input));
  }

  @Authorized(Roles.ADMIN)
  @Mutation(() => ID, { description: "Deletes a quote (admins). Returns its id." })
  deleteQuote(@Args() { id }: TargetArgs, @Ctx() context: Context): Promise<string> {
    return runMutation(context, (manager) => quotes.deleteQuote(manager, id));
  }
}

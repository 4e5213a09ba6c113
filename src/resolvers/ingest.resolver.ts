// ingestArticle: paste raw text, get a draft with suggested people, quotes and topics.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Roles } from "../auth/auth-checker";
import { Context } from "../context";
import { ingestArticle } from "../services/ingest.service";
import { runMutation } from "./mutation";
import { IngestArticleInput, IngestResult } from "./types/ingest.types";

@Resolver()
export class IngestResolver {
  @Authorized(Roles.EDITOR)
  @Mutation(() => IngestResult, {
    description:
      "Turns raw wire text into a DRAFT with suggested people (matched to existing ones by name or alias, the rest " +
      "created), quotes (SUGGESTED) and topics, in one transaction (editors). Re-ingesting the same `sourceUrl` " +
      "refreshes that draft while nobody has edited it (CONFLICT otherwise); quotes an editor already checked are kept.",
  })
  ingestArticle(
    @Arg("input", () => IngestArticleInput, { description: "The text and where it came from." }) input: IngestArticleInput,
    @Ctx() context: Context,
  ): Promise<IngestResult> {
    return runMutation(context, (manager, editor) => ingestArticle(manager, editor, input, context.extract));
  }
}

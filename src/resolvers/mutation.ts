// How every mutation runs: one transaction, with the editor's name for the history, and this
// request's loaders replaced afterwards so the mutation's own response (and any later field of the
// operation) reads what was just written rather than what was cached before it.
import { EntityManager } from "typeorm";
import { UNKNOWN_EDITOR } from "../auth/tokens";
import { Context } from "../context";
import { createLoaders } from "../loaders";
import { inTransaction } from "../services/transaction";

export async function runMutation<T>(context: Context, work: (manager: EntityManager, editor: string) => Promise<T>): Promise<T> {
  try {
    return await inTransaction(context.manager, (manager) => work(manager, context.viewer.name ?? UNKNOWN_EDITOR));
  } finally {
    context.loaders = createLoaders(context, context.viewer);
  }
}

// Writing quotes: recording one in an article, correcting its text or attribution, checking it
// (SUGGESTED → CONFIRMED or REJECTED), and deleting it.
import { EntityManager } from "typeorm";
import { Quote, QuoteStatus } from "../entities";
import { ConflictError } from "../errors";
import { announce, DeskEventKind } from "../events/desk-event";
import { givenFields, lockForEdit, writeNextVersion } from "./versioning";

export interface QuoteFields {
  text?: string;
  /** `null` unattributes the quote. */
  speakerId?: string | null;
  context?: string | null;
  position?: number | null;
  isFragment?: boolean | null;
  status?: QuoteStatus | null;
}

export interface NewQuote extends QuoteFields {
  articleId: string;
  text: string;
}

function fieldValues(fields: QuoteFields): Partial<Quote> {
  const values = givenFields(fields, ["text", "speakerId", "context", "position"] as const) as Partial<Quote>;
  // Flags without a "cleared" state: null means "leave as is".
  if (fields.isFragment != null) values.isFragment = fields.isFragment;
  if (fields.status != null) values.status = fields.status;
  return values;
}

export async function createQuote(manager: EntityManager, input: NewQuote): Promise<Quote> {
  const { identifiers } = await manager.insert(Quote, { ...fieldValues(input), articleId: input.articleId });
  const quote = await manager.findOneByOrFail(Quote, { id: identifiers[0].id as string });
  await announceQuote(manager, quote);
  return quote;
}

export async function updateQuote(manager: EntityManager, id: string, expectedVersion: number, changes: QuoteFields): Promise<Quote> {
  const current = await lockForEdit(manager, Quote, "Quote", id, expectedVersion);
  // A checked quote stays checked: an editor's verdict is never turned back into a suggestion.
  if (changes.status === QuoteStatus.SUGGESTED && current.status !== QuoteStatus.SUGGESTED) {
    throw new ConflictError(`Quote ${id} is ${current.status}; a checked quote cannot become SUGGESTED again`, {
      currentStatus: current.status,
    });
  }
  const quote = await writeNextVersion(manager, Quote, current, fieldValues(changes));
  await announceQuote(manager, quote);
  return quote;
}

export async function deleteQuote(manager: EntityManager, id: string): Promise<string> {
  const quote = await lockForEdit(manager, Quote, "Quote", id);
  await manager.delete(Quote, { id });
  await announceQuote(manager, quote);
  return id;
}

function announceQuote(manager: EntityManager, quote: Quote): Promise<void> {
  return announce(manager, { kind: DeskEventKind.QUOTE_CHANGED, quoteId: quote.id, articleId: quote.articleId, version: quote.version });
}

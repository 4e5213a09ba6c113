// Status enums shared by the tables (check constraints) and the GraphQL schema.
import { registerEnumType } from "type-graphql";

export enum ArticleStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

export enum QuoteStatus {
  SUGGESTED = "SUGGESTED",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
}

registerEnumType(ArticleStatus, {
  name: "ArticleStatus",
  description: "Where an article stands in the editorial workflow.",
  valuesConfig: {
    DRAFT: { description: "Being written; visible to editors only." },
    IN_REVIEW: { description: "Submitted for review; visible to editors only." },
    PUBLISHED: { description: "Public once its publishedAt has passed." },
    ARCHIVED: { description: "Withdrawn from the public site; kept for the record." },
  },
});

registerEnumType(QuoteStatus, {
  name: "QuoteStatus",
  description: "Whether a quote's text and attribution have been checked by an editor.",
  valuesConfig: {
    SUGGESTED: { description: "Proposed (for example by ingest); not yet checked, so hidden from readers." },
    CONFIRMED: { description: "Checked by an editor; the only quotes readers see." },
    REJECTED: { description: "Checked and found not to be a quote, or wrongly attributed; hidden from readers." },
  },
});

/** SQL list of an enum's values for a CHECK constraint, e.g. `'DRAFT', 'PUBLISHED'`. */
export function sqlValues(values: Record<string, string>): string {
  return Object.values(values)
    .map((value) => `'${value}'`)
    .join(", ");
}

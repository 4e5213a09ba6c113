// What the desk tells every API process about a committed write: which record, which version,
// what kind of change. Only ids, versions and statuses travel (a NOTIFY payload holds at most
// 8000 bytes); subscribers read the records themselves.
import { EntityManager } from "typeorm";
import { ArticleStatus } from "../entities";

/** The PostgreSQL channel every API process LISTENs on. */
export const DESK_CHANNEL = "newsdesk_desk_events";

/** NOTIFY refuses payloads of 8000 bytes or more; lists are cut to stay well under. */
export const MAX_PAYLOAD_BYTES = 7900;

export enum DeskEventKind {
  ARTICLE_CREATED = "ARTICLE_CREATED",
  ARTICLE_UPDATED = "ARTICLE_UPDATED",
  ARTICLE_SUBMITTED = "ARTICLE_SUBMITTED",
  ARTICLE_PUBLISHED = "ARTICLE_PUBLISHED",
  ARTICLE_UNPUBLISHED = "ARTICLE_UNPUBLISHED",
  ARTICLE_ARCHIVED = "ARTICLE_ARCHIVED",
  ARTICLE_DELETED = "ARTICLE_DELETED",
  QUOTES_SUGGESTED = "QUOTES_SUGGESTED",
  QUOTE_CHANGED = "QUOTE_CHANGED",
  PERSON_CHANGED = "PERSON_CHANGED",
  PEOPLE_MERGED = "PEOPLE_MERGED",
  TOPIC_CHANGED = "TOPIC_CHANGED",
  /** Not a write: this process may have missed events (its LISTEN connection was lost, or a subscriber fell behind). */
  RESYNC = "RESYNC",
}

export interface DeskEvent {
  kind: DeskEventKind;
  articleId?: string;
  /** The version of the record the event is about, after the change (an article's, a quote's, a person's, a topic's). */
  version?: number;
  status?: ArticleStatus;
  previousStatus?: ArticleStatus;
  /** ISO 8601; set on publication (a future time schedules the article). */
  publishedAt?: string;
  quoteId?: string;
  quoteCount?: number;
  personId?: string;
  mergedPersonIds?: string[];
  topicId?: string;
  /** When the event was sent (the committing transaction's clock, ISO 8601). */
  at?: string;
}

const KINDS = new Set<string>(Object.values(DeskEventKind));

/** The payload's JSON, with lists cut so that it fits in a NOTIFY. */
export function encodeEvent(event: DeskEvent): string {
  let text = JSON.stringify(event);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES && event.mergedPersonIds) {
    text = JSON.stringify({ ...event, mergedPersonIds: event.mergedPersonIds.slice(0, 100) });
  }
  return text;
}

/** An event from a NOTIFY payload; undefined for anything that is not one (another writer on the channel). */
export function decodeEvent(payload: string | undefined): DeskEvent | undefined {
  if (!payload) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const kind = (parsed as { kind?: unknown }).kind;
  return typeof kind === "string" && KINDS.has(kind) && kind !== String(DeskEventKind.RESYNC) ? (parsed as DeskEvent) : undefined;
}

/**
 * Sends `event` inside the writing transaction: PostgreSQL delivers a NOTIFY only when its
 * transaction commits (nothing for a rolled-back write), to every listener, in commit order.
 */
export async function announce(manager: EntityManager, event: DeskEvent): Promise<void> {
  await manager.query("SELECT pg_notify($1, $2)", [DESK_CHANNEL, encodeEvent({ ...event, at: new Date().toISOString() })]);
}

// When readers may see a publication: at the publishing commit when its `publishedAt` has come,
// otherwise when it does. Every process keeps a timer per scheduled article (loaded from the
// database at start and after a lost LISTEN connection, armed by publication events), and on
// each moment checks, once per process, that the article is still published then: what readers
// receive is what a reader's query would show at that moment.
import { EntityManager } from "typeorm";
import { logger } from "../logger";
import { DeskEvent, DeskEventKind } from "./desk-event";
import { DeskEventBus } from "./event-bus";

/** A publication readers may see now, with what reader subscriptions filter on. */
export interface ReaderPublication {
  articleId: string;
  version: number;
  publishedAt: Date;
  topicSlugs: string[];
  personSlugs: string[];
}

export type PublicationListener = (publication: ReaderPublication) => void;

/** setTimeout's longest delay (about 24.8 days); a later time is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A lost connection re-reads publications from a little before it was lost: clocks differ. */
const RESYNC_SLACK_MS = 5_000;

interface PublicationRow {
  id: string;
  version: number;
  published_at: Date;
  topics: string[];
  people: string[];
}

const VISIBLE = `
  SELECT a.id, a.version, a.published_at,
    ARRAY(SELECT t.slug FROM article_topic at JOIN topic t ON t.id = at.topic_id WHERE at.article_id = a.id ORDER BY t.slug) AS topics,
    ARRAY(SELECT p.slug FROM person p WHERE p.id IN (
      SELECT person_id FROM article_person WHERE article_id = a.id UNION SELECT person_id FROM article_author WHERE article_id = a.id
    ) ORDER BY p.slug) AS people
  FROM article a
  WHERE a.status = 'PUBLISHED' AND a.published_at <= $1`;

export class PublicationClock {
  private readonly listeners = new Set<PublicationListener>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private stopListening: (() => void) | undefined;
  private closed = false;
  /** Reads are chained so that publications reach readers in the order they were heard. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: DeskEventBus,
    private readonly manager: EntityManager,
  ) {}

  async start(): Promise<void> {
    this.stopListening = this.bus.listen((event) => this.onEvent(event));
    await this.armScheduled().catch((error) => logger.warn("publication clock: scheduled articles not loaded", { error }));
  }

  listen(listener: PublicationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listeners now: one per open reader subscription, and the cache's. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Articles waiting for their time, for tests and the log. */
  get scheduled(): number {
    return this.timers.size;
  }

  close(): void {
    this.closed = true;
    this.stopListening?.();
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private onEvent(event: DeskEvent): void {
    if (event.kind === DeskEventKind.ARTICLE_PUBLISHED && event.articleId && event.publishedAt) {
      const at = Date.parse(event.publishedAt);
      if (at > Date.now()) this.arm(event.articleId, at);
      else this.deliver(`a.id = $2`, [event.articleId]);
    } else if (event.kind === DeskEventKind.RESYNC) {
      // What was published while this process did not listen: re-read, and re-arm the timers.
      const since = new Date(Date.parse(event.at ?? new Date().toISOString()) - RESYNC_SLACK_MS);
      this.deliver(`a.updated_at >= $2`, [since]);
      void this.armScheduled().catch((error) => logger.warn("publication clock: scheduled articles not reloaded", { error }));
    }
  }

  private async armScheduled(): Promise<void> {
    const rows: { id: string; published_at: Date }[] = await this.manager.query(
      `SELECT id, published_at FROM article WHERE status = 'PUBLISHED' AND published_at > $1`,
      [new Date()],
    );
    for (const row of rows) this.arm(row.id, row.published_at.getTime());
  }

  /** One timer per article, for its latest publication time (a re-publication replaces it). */
  private arm(articleId: string, at: number): void {
    if (this.closed) return;
    const known = this.timers.get(articleId);
    if (known?.at === at) return;
    if (known) clearTimeout(known.timer);
    const timer = setTimeout(
      () => {
        this.timers.delete(articleId);
        if (Date.now() < at) this.arm(articleId, at);
        else this.deliver(`a.id = $2`, [articleId]);
      },
      Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS),
    );
    // A scheduled publication must not keep a stopping process alive.
    timer.unref();
    this.timers.set(articleId, { at, timer });
  }

  /** Reads the matching articles readers may see now and hands each to the listeners. */
  private deliver(condition: string, values: unknown[]): void {
    if (this.closed || !this.listeners.size) return;
    const now = new Date();
    this.chain = this.chain
      .then(() => this.manager.query(`${VISIBLE} AND ${condition}`, [now, ...values]))
      .then((rows: PublicationRow[]) => {
        for (const row of rows) {
          const publication: ReaderPublication = {
            articleId: row.id,
            version: row.version,
            publishedAt: row.published_at,
            topicSlugs: row.topics,
            personSlugs: row.people,
          };
          for (const listener of [...this.listeners]) listener(publication);
        }
      })
      .catch((error: unknown) => logger.limited("warn", "publication clock: publication not read", "publication clock read", { error }));
  }
}

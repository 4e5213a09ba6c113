// The readers' response cache, emptied by the writes that change what readers see: every process
// hears every write (event-bus.ts), so a publication, unpublication or correction made through one
// process reaches readers of all of them at once, and NEWSDESK_CACHE_MAX_AGE bounds only what a
// CDN keeps.
//
// The whole cache is emptied rather than the entries that hold the article: a reader's page lists
// articles by topic, person, search and date, so which cached pages a publication changes is the
// question the page's own query answers, and tagging entries with the ids they hold would miss
// every list the article joins. Publication-class writes come minutes apart; readers' hot pages are
// refilled by the next request each.
import { ArticleStatus } from "../entities";
import { DeskEvent, DeskEventKind } from "./desk-event";
import { DeskEventBus } from "./event-bus";
import { PublicationClock } from "./publication-clock";

/** The shape of Apollo's KeyValueCache that the response cache plugin uses. */
export interface StringCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** A least-recently-used cache of strings, bounded in characters, that can be emptied at once. */
export class ReaderResponseCache implements StringCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;
  /** Times the cache was emptied by a write. */
  evictions = 0;

  constructor(private readonly maxChars: number) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.remove(key, entry);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const known = this.entries.get(key);
    if (known) this.remove(key, known);
    if (value.length > this.maxChars) return;
    const ttl = options?.ttl;
    this.entries.set(key, { value, expiresAt: ttl ? Date.now() + ttl * 1000 : Infinity });
    this.size += value.length;
    while (this.size > this.maxChars) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.remove(oldest, entry);
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (entry) this.remove(key, entry);
    return Boolean(entry);
  }

  get entryCount(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
    this.evictions += 1;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.size -= entry.value.length;
  }
}

/** Whether readers may see the change: an article that is or was public, or anything they see beside articles. */
export function changesWhatReadersSee(event: DeskEvent): boolean {
  switch (event.kind) {
    case DeskEventKind.ARTICLE_CREATED:
    case DeskEventKind.QUOTES_SUGGESTED:
      // New drafts, and suggestions on drafts (ingest refreshes drafts only).
      return false;
    case DeskEventKind.ARTICLE_PUBLISHED:
      // A future publication changes nothing yet; the clock evicts when it comes.
      return (
        event.publishedAt === undefined || Date.parse(event.publishedAt) <= Date.now() || event.previousStatus === ArticleStatus.PUBLISHED
      );
    case DeskEventKind.ARTICLE_UPDATED:
    case DeskEventKind.ARTICLE_SUBMITTED:
    case DeskEventKind.ARTICLE_UNPUBLISHED:
    case DeskEventKind.ARTICLE_ARCHIVED:
    case DeskEventKind.ARTICLE_DELETED:
      return event.status === ArticleStatus.PUBLISHED || event.previousStatus === ArticleStatus.PUBLISHED;
    default:
      // Quotes, people and topics appear on reader pages of their own; a RESYNC means writes
      // may have been missed.
      return true;
  }
}

/**
 * Empties `cache` on every write that changes what readers see; returns the function that stops it.
 * `againAfterMs`: empties it once more that much later (the time within which every replica serving
 * readers has replayed the write), so a page read from a replica that was still behind and cached
 * in between does not outlive it. One timer at a time: writes in a burst share the second emptying.
 */
export function followWrites(
  cache: ReaderResponseCache,
  bus: DeskEventBus,
  clock: PublicationClock,
  options: { againAfterMs?: number } = {},
): () => void {
  let again: NodeJS.Timeout | undefined;
  let againDue = 0;
  const evict = () => {
    cache.clear();
    const delay = options.againAfterMs ?? 0;
    if (delay <= 0) return;
    const due = Date.now() + delay;
    if (again && againDue >= due - 100) return;
    clearTimeout(again);
    againDue = due;
    again = setTimeout(() => {
      again = undefined;
      cache.clear();
    }, delay);
    again.unref();
  };
  const stopBus = bus.listen((event) => {
    if (changesWhatReadersSee(event)) evict();
  });
  const stopClock = clock.listen(evict);
  return () => {
    clearTimeout(again);
    stopBus();
    stopClock();
  };
}

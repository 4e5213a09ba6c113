// The process's live events, opened at start-up and handed to every subscription's context: the
// desk's events (editors) and the publications readers may see (the clock).
import { DeskEventBus } from "./event-bus";
import { PublicationClock } from "./publication-clock";

export interface LiveEvents {
  bus: DeskEventBus;
  clock: PublicationClock;
  /** Events waiting for one slow subscriber at most (event-stream.ts). */
  maxQueuedEvents: number;
}

// One subscriber's events as an async iterator with a bounded queue. A subscriber that reads more
// slowly than events arrive (a slow WebSocket: the transport reads the next event only once the
// last one was written out) must not grow the process's memory: past `maxQueued` waiting events,
// the queue is replaced by one RESYNC event, which tells the client to re-read what it shows (or,
// for a stream without such an event, the oldest waiting events are dropped).
import { DeskEvent, DeskEventKind } from "./desk-event";

export interface EventSource<T> {
  listen(listener: (event: T) => void): () => void;
}

export interface StreamOptions<T> {
  /** Events waiting for the subscriber at most; past it they are dropped for one `overflow()` event. */
  maxQueued: number;
  /** The event that stands for those dropped; without one, the oldest waiting event is dropped for each new one. */
  overflow?: () => T;
}

export function eventStream<T>(source: EventSource<T>, options: StreamOptions<T>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let done = false;
  let overflowed = false;

  const stopListening = source.listen((event) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: event, done: false });
      return;
    }
    if (overflowed) return;
    if (queue.length >= options.maxQueued && !options.overflow) {
      queue.shift();
      queue.push(event);
      return;
    }
    if (queue.length >= options.maxQueued && options.overflow) {
      // Everything queued is now stale to this subscriber; one marker replaces it, and events
      // stay dropped until the subscriber has read the marker.
      queue.length = 0;
      queue.push(options.overflow());
      overflowed = true;
      return;
    }
    queue.push(event);
  });

  function finish(): IteratorResult<T> {
    done = true;
    queue.length = 0;
    stopListening();
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: undefined, done: true });
    }
    return { value: undefined, done: true };
  }

  return {
    next(): Promise<IteratorResult<T>> {
      if (queue.length) {
        const value = queue.shift()!;
        if (!queue.length) overflowed = false;
        return Promise.resolve({ value, done: false });
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return(): Promise<IteratorResult<T>> {
      return Promise.resolve(finish());
    },
    throw(error: unknown): Promise<IteratorResult<T>> {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The RESYNC a slow subscriber gets for the events it was too slow to take. */
export function overflowEvent(): DeskEvent {
  return { kind: DeskEventKind.RESYNC, at: new Date().toISOString() };
}

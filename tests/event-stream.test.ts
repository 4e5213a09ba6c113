// A subscriber's queue is bounded: a subscriber that does not read costs at most maxQueued events,
// and is told what it lost (RESYNC), or for streams without such an event loses the oldest.
import { DeskEvent, DeskEventKind, decodeEvent, encodeEvent, MAX_PAYLOAD_BYTES } from "../src/events/desk-event";
import { eventStream, overflowEvent } from "../src/events/event-stream";

function source<T>() {
  const listeners = new Set<(event: T) => void>();
  return {
    listen(listener: (event: T) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: T) => listeners.forEach((listener) => listener(event)),
    get listeners() {
      return listeners.size;
    },
  };
}

const updated = (version: number): DeskEvent => ({ kind: DeskEventKind.ARTICLE_UPDATED, articleId: "a", version });

describe("eventStream", () => {
  it("hands events over in order, and stops listening when the subscriber leaves", async () => {
    const events = source<DeskEvent>();
    const stream = eventStream(events, { maxQueued: 10, overflow: overflowEvent });
    events.emit(updated(1));
    events.emit(updated(2));
    expect((await stream.next()).value).toEqual(updated(1));
    const waiting = stream.next();
    events.emit(updated(3));
    expect((await waiting).value).toEqual(updated(2));
    expect((await stream.next()).value).toEqual(updated(3));
    await stream.return!();
    expect(events.listeners).toBe(0);
    expect((await stream.next()).done).toBe(true);
  });

  it("replaces the queue of a subscriber that fell behind with one RESYNC, then goes on", async () => {
    const events = source<DeskEvent>();
    const stream = eventStream(events, { maxQueued: 5, overflow: overflowEvent });
    for (let version = 1; version <= 10_000; version += 1) events.emit(updated(version));
    expect((await stream.next()).value).toMatchObject({ kind: "RESYNC" });
    events.emit(updated(10_001));
    expect((await stream.next()).value).toEqual(updated(10_001));
  });

  it("drops the oldest waiting events of a stream without an overflow event", async () => {
    const events = source<number>();
    const stream = eventStream(events, { maxQueued: 3 });
    for (let n = 1; n <= 100; n += 1) events.emit(n);
    const received = [await stream.next(), await stream.next(), await stream.next()].map((result) => result.value);
    expect(received).toEqual([98, 99, 100]);
  });
});

describe("desk event payloads", () => {
  it("fit in a NOTIFY however many people a merge names", () => {
    const ids = Array.from({ length: 1000 }, (_, n) => `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`);
    const text = encodeEvent({ kind: DeskEventKind.PEOPLE_MERGED, personId: ids[0], version: 2, mergedPersonIds: ids });
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_PAYLOAD_BYTES);
  });

  it("are read back, and anything else on the channel is ignored", () => {
    expect(decodeEvent(encodeEvent(updated(4)))).toEqual(updated(4));
    for (const payload of ["", "nope", "null", "[]", '{"kind":"DROP_TABLE"}', '{"kind":"RESYNC"}'])
      expect(decodeEvent(payload)).toBeUndefined();
  });
});

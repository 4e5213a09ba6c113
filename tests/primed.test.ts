// loaders/primed.ts: a primed value is read without a promise, keeps its first value as DataLoader
// does, and anything not primed still goes through the loader's batch.
import DataLoader from "dataloader";
import { loadNow, mapNow, prime } from "../src/loaders/primed";

function countingLoader() {
  const batches: string[][] = [];
  const loader = new DataLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `loaded ${key}`);
  });
  return { loader, batches };
}

describe("primed loader values", () => {
  it("are returned synchronously, without a batch", async () => {
    const { loader, batches } = countingLoader();
    prime(loader, "a", "primed a");
    expect(loadNow(loader, "a")).toBe("primed a");
    await expect(loader.load("a")).resolves.toBe("primed a");
    expect(batches).toEqual([]);
  });

  it("keep the first value primed for a key, in the loader too", async () => {
    const { loader } = countingLoader();
    prime(loader, "a", "first");
    prime(loader, "a", "second");
    expect(loadNow(loader, "a")).toBe("first");
    await expect(loader.load("a")).resolves.toBe("first");
  });

  it("are kept apart per loader", () => {
    const one = countingLoader();
    const other = countingLoader();
    prime(one.loader, "a", "one's a");
    expect(loadNow(other.loader, "a")).toBeInstanceOf(Promise);
  });

  it("leave other keys to the loader's batch", async () => {
    const { loader, batches } = countingLoader();
    prime(loader, "a", "primed a");
    const pending = [loadNow(loader, "b"), loadNow(loader, "c")] as Promise<string>[];
    expect(pending[0]).toBeInstanceOf(Promise);
    await expect(Promise.all(pending)).resolves.toEqual(["loaded b", "loaded c"]);
    expect(batches).toEqual([["b", "c"]]);
  });

  it("map synchronously when there is no promise", async () => {
    expect(mapNow(2, (n) => n * 3)).toBe(6);
    const later = mapNow(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    await expect(later).resolves.toBe(6);
  });
});

import fs from "node:fs";
import type { EmbeddedCluster } from "../../src/db/embedded";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { newsdeskTestCluster?: { cluster: EmbeddedCluster; dir: string } }).newsdeskTestCluster;
  if (!state) return;
  await state.cluster.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}

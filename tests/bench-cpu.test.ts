// bench/lib/cpu.ts: the benchmark's CPU per request is the difference of two readings of a process
// tree, so a reading must count children, live or exited (PostgreSQL's backends come and go).
import { spawn, spawnSync } from "node:child_process";
import { cpuTimesAvailable, treeCpuMs } from "../bench/lib/cpu";

/** A child process that keeps one core busy for `ms` milliseconds, then exits. */
const BUSY = (ms: number) => `const end = Date.now() + ${ms}; while (Date.now() < end);`;

const linuxOnly = cpuTimesAvailable() ? describe : describe.skip;

linuxOnly("the benchmark's CPU readings", () => {
  it("count a child's time after it has exited and been reaped", () => {
    const [before] = treeCpuMs([process.pid]);
    spawnSync(process.execPath, ["-e", BUSY(400)]);
    const [after] = treeCpuMs([process.pid]);
    // The child spent about 400 ms; start-up adds some, ticks are 10 ms.
    expect(after - before).toBeGreaterThanOrEqual(350);
  });

  it("count a live child's time under its parent's root", async () => {
    const [before] = treeCpuMs([process.pid]);
    const child = spawn(process.execPath, ["-e", BUSY(800)]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [after] = treeCpuMs([process.pid]);
      expect(child.exitCode).toBeNull(); // still running: counted live, not as reaped
      expect(after - before).toBeGreaterThanOrEqual(300);
    } finally {
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});

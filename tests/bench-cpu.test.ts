// bench/lib/cpu.ts: the benchmark's CPU per request is the difference of two readings of a process
// tree, so a reading must count children, live or exited (PostgreSQL's backends come and go).
import { spawn, spawnSync } from "node:child_process";
import { cpuTimesAvailable, treeCpuMs } from "../bench/lib/cpu";

/**
 * A child's script: spend `ms` milliseconds of CPU (not of wall time: other test files share the
 * cores), say so on stdout, then exit, or keep spinning until killed.
 */
const spend = (ms: number, then: "exit" | "spin") =>
  `const spent = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
   while (spent() < ${ms});
   process.stdout.write("spent\\n");
   ${then === "spin" ? "for (;;);" : ""}`;

const linuxOnly = cpuTimesAvailable() ? describe : describe.skip;

linuxOnly("the benchmark's CPU readings", () => {
  it("count a child's time after it has exited and been reaped", () => {
    const [before] = treeCpuMs([process.pid]);
    spawnSync(process.execPath, ["-e", spend(400, "exit")]);
    const [after] = treeCpuMs([process.pid]);
    // /proc counts whole 10 ms ticks, user and system time apart: allow some rounding.
    expect(after - before).toBeGreaterThanOrEqual(350);
  });

  it("count a live child's time under its parent's root", async () => {
    const [before] = treeCpuMs([process.pid]);
    const child = spawn(process.execPath, ["-e", spend(300, "spin")]);
    try {
      await new Promise((resolve) => child.stdout.once("data", resolve));
      const [after] = treeCpuMs([process.pid]);
      expect(child.exitCode).toBeNull(); // still running: counted live, not as reaped
      expect(after - before).toBeGreaterThanOrEqual(250);
    } finally {
      child.kill("SIGKILL");
      if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});

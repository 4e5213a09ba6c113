// CPU time of process trees, from Linux's /proc: how a run's CPU was shared between the server,
// PostgreSQL and the load generator. On this machine all three share the cores, so a system's
// req/s is bounded by the CPU all three spend per request, not by the server's alone; the read
// table reports each part (bench/README.md, "Where the time goes").
import { execFileSync } from "node:child_process";
import fs from "node:fs";

interface ProcessTimes {
  parent: number;
  /** Own user and system time plus that of its children it has waited for (exited), in ticks. */
  ticks: number;
}

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second (USER_HZ, nearly always 100). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function readTimes(pid: number | string): ProcessTimes | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone (or never here: no /proc, another machine)
  }
  // Fields after the command name, which is in parentheses and may itself hold spaces: state,
  // ppid, …, utime (14th field), stime, cutime, cstime.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { parent: Number(fields[1]), ticks: utime + stime + cutime + cstime };
}

/** The parent of process `pid`, if it runs on this machine. */
export function parentPid(pid: number): number | undefined {
  return readTimes(pid)?.parent;
}

/** Whether CPU times can be read here (Linux). */
export function cpuTimesAvailable(): boolean {
  return fs.existsSync("/proc/self/stat");
}

/**
 * CPU milliseconds spent so far by the processes under each root (the root included). A process
 * that exits hands its time to its parent when reaped, so the sum over a tree only grows: the
 * difference between two readings is what the tree spent in between, even as PostgreSQL's
 * backends come and go.
 */
export function treeCpuMs(roots: number[]): number[] {
  const times = new Map<number, ProcessTimes>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const found = readTimes(entry);
    if (found) times.set(Number(entry), found);
  }
  const rootOf = (pid: number): number | undefined => {
    for (let current: number | undefined = pid; current && current > 1; current = times.get(current)?.parent) {
      if (roots.includes(current)) return current;
    }
    return undefined;
  };
  const totals = new Map<number, number>(roots.map((root) => [root, 0]));
  for (const [pid, { ticks }] of times) {
    const root = rootOf(pid);
    if (root !== undefined) totals.set(root, totals.get(root)! + ticks);
  }
  return roots.map((root) => (totals.get(root)! * 1000) / clockTicks());
}

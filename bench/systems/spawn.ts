// Starting a server process for a benchmark run and waiting until it answers.
import { ChildProcess, spawn } from "node:child_process";

export async function startProcess(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; readyUrl: string; readyBody?: string; name: string },
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(options.readyUrl, {
        method: options.readyBody ? "POST" : "GET",
        headers: { "content-type": "application/json" },
        body: options.readyBody,
      });
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${options.name} did not answer within 60 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

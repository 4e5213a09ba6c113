// A liveness probe that runs beside a test: it asks /healthz over and over, as a load balancer
// would, and records the slowest answer, so a test can show that no request stalled the process.

export interface HealthProbe {
  /** Stops probing; resolves to the slowest answer in milliseconds and the failures seen. */
  stop(): Promise<{ slowestMs: number; answers: number; failures: number }>;
}

export function probeHealth(baseUrl: string, intervalMs = 10): HealthProbe {
  let running = true;
  let slowestMs = 0;
  let answers = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        await response.arrayBuffer();
        if (response.status === 200) answers += 1;
        else failures += 1;
      } catch {
        failures += 1;
      }
      slowestMs = Math.max(slowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { slowestMs, answers, failures };
    },
  };
}

// A liveness probe that runs beside a test: it asks /healthz over and over, as a load balancer
// would, and counts answers and failures, so a test can show the process kept answering. How fast
// it answered is the soak's to measure (bench/soak.ts): tests do not time.

export interface HealthProbe {
  /** Stops probing; resolves to the answers and the failures seen. */
  stop(): Promise<{ answers: number; failures: number }>;
}

export function probeHealth(baseUrl: string, intervalMs = 10): HealthProbe {
  let running = true;
  let answers = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        await response.arrayBuffer();
        if (response.status === 200) answers += 1;
        else failures += 1;
      } catch {
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { answers, failures };
    },
  };
}

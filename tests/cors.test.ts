// CORS as a browser's preflight sees it, for each way of configuring it; the browser itself is in
// tests/browser-cors.test.ts.
import { ConfigError, loadConfig } from "../src/config";
import { startHttp, stopHttp } from "./helpers/http";

async function preflight(env: Record<string, string>, origin: string): Promise<{ status: number; headers: Headers }> {
  const running = await startHttp(env);
  try {
    const response = await fetch(`${running.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });
    return { status: response.status, headers: response.headers };
  } finally {
    await stopHttp(running);
  }
}

describe("CORS", () => {
  it("allows any port of localhost in development, with the headers a client sends", async () => {
    const { status, headers } = await preflight({ NODE_ENV: "development" }, "http://localhost:5173");
    expect(status).toBe(204);
    expect(headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(headers.get("access-control-allow-headers")).toMatch(/content-type.*authorization.*apollo-require-preflight/);
    expect(headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
  });

  it("allows no origin in production unless told", async () => {
    const { headers } = await preflight({ NODE_ENV: "production" }, "http://localhost:5173");
    expect(headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the listed origins", async () => {
    const env = { NODE_ENV: "production", NEWSDESK_CORS_ORIGINS: "https://desk.example.com, https://admin.example.com" };
    expect((await preflight(env, "https://admin.example.com")).headers.get("access-control-allow-origin")).toBe(
      "https://admin.example.com",
    );
    expect((await preflight(env, "https://evil.example.com")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows anyone with *, never with credentials", async () => {
    const { headers } = await preflight({ NODE_ENV: "production", NEWSDESK_CORS_ORIGINS: "*" }, "https://anyone.example");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuses a setting that is not a list of origins", () => {
    for (const value of ["desk.example.com", "https://desk.example.com/path", "ftp://x.example", "https://a.example,*"]) {
      expect(() => loadConfig({ NEWSDESK_CORS_ORIGINS: value })).toThrow(ConfigError);
    }
  });
});

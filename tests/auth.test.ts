// Bearer tokens end to end over real HTTP (the context function, 401s, caching headers), the secret's
// resolution, the role checker behind @Authorized, and `npm run token`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { GraphQLResolveInfo } from "graphql";
import { sign } from "jsonwebtoken";
import { authChecker, Roles } from "../src/auth/auth-checker";
import { identityFromAuthorization } from "../src/auth/request-identity";
import { resolveJwtSecret, SECRET_FILE_NAME } from "../src/auth/secret";
import { runTokenCli } from "../src/auth/token-cli";
import { parseLifetime, verifyToken } from "../src/auth/tokens";
import { ConfigError, loadConfig } from "../src/config";
import { Context } from "../src/context";
import { ANONYMOUS, Role, viewerAt } from "../src/services/viewer";
import { ADMIN, createTestApp, EDITOR, TestApp } from "./helpers/test-app";

const IN_REVIEW = `{ articles(filter: { status: [IN_REVIEW] }) { totalCount } }`;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as any };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** A response that refused the request as a whole, the way every bad credential must be refused. */
function expectRefused({ response, body }: { response: Response; body: any }): void {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
}

describe("bearer tokens over HTTP", () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    app = await createTestApp();
    url = await app.listen();
  });
  afterAll(() => app.close());

  it("treats a request without a token as a reader", async () => {
    const { response, body } = await post(url, IN_REVIEW);
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: { articles: { totalCount: 0 } } });
  });

  it("lets an editor token see work in review", async () => {
    const { response, body } = await post(url, IN_REVIEW, bearer(app.tokenFor(EDITOR)));
    expect(response.status).toBe(200);
    expect(body.data.articles.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("lets an admin token see work in review, with a case-insensitive scheme", async () => {
    const { body } = await post(url, IN_REVIEW, { authorization: `bearer ${app.tokenFor(ADMIN)}` });
    expect(body.data.articles.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("refuses an expired token with 401 and a message that gives nothing away", async () => {
    const result = await post(url, IN_REVIEW, bearer(app.tokenFor(EDITOR, { expiresIn: -60 })));
    expectRefused(result);
    expect(result.body.errors[0].message).toBe("Invalid or expired token");
  });

  it("refuses a token signed with another secret", async () => {
    const forged = app.tokenFor(EDITOR, { secret: randomBytes(32).toString("hex") });
    const result = await post(url, IN_REVIEW, bearer(forged));
    expectRefused(result);
    expect(JSON.stringify(result.body)).not.toMatch(/signature|jwt|malformed/i);
  });

  it("refuses unsigned (alg: none) and other-algorithm tokens, even with the right secret", async () => {
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ role: "editor" })}.`;
    expectRefused(await post(url, IN_REVIEW, bearer(unsigned)));
    const hs512 = sign({ role: "editor" }, app.jwtSecret, { algorithm: "HS512", expiresIn: 60 });
    expectRefused(await post(url, IN_REVIEW, bearer(hs512)));
  });

  it.each([
    ["a bare token", "TOKEN"],
    ["Basic credentials", `Basic ${Buffer.from("ann:secret").toString("base64")}`],
    ["a scheme without a token", "Bearer"],
    ["garbage after Bearer", "Bearer not-a-jwt"],
    ["two tokens", "Bearer TOKEN TOKEN"],
    ["an empty header", ""],
  ])("refuses %s in the Authorization header", async (_case, header) => {
    // A valid token inside a malformed header must not get through either.
    const value = header.replaceAll("TOKEN", app.tokenFor(EDITOR));
    expectRefused(await post(url, IN_REVIEW, { authorization: value }));
  });

  it.each([
    ["reader", { role: "reader" }],
    ["superuser", { role: "superuser" }],
    ["missing", { name: "Ann Editor" }],
    ["not a string", { role: ["admin"] }],
  ])("refuses a correctly signed token whose role claim is %s", async (_case, claims) => {
    const token = sign(claims, app.jwtSecret, { algorithm: "HS256", expiresIn: 60 });
    expectRefused(await post(url, IN_REVIEW, bearer(token)));
  });

  it("marks responses Vary: Authorization, refusals included", async () => {
    const reader = await post(url, IN_REVIEW);
    expect(reader.response.headers.get("vary")).toMatch(/\bauthorization\b/i);
    const refused = await post(url, IN_REVIEW, { authorization: "Bearer x.y.z" });
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get("vary")).toMatch(/\bauthorization\b/i);
  });
});

describe("bearer tokens with the reader cache on", () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    app = await createTestApp({ NEWSDESK_CACHE_MAX_AGE: "30" });
    url = await app.listen();
  });
  afterAll(() => app.close());

  it("keeps editors' answers out of the cache and out of public caches", async () => {
    const reader = await post(url, IN_REVIEW);
    expect(reader.response.headers.get("cache-control")).toBe("max-age=30, public");
    expect(reader.body.data.articles.totalCount).toBe(0);

    // Not served the reader's cached answer...
    const editor = await post(url, IN_REVIEW, bearer(app.tokenFor(EDITOR)));
    expect(editor.body.data.articles.totalCount).toBeGreaterThanOrEqual(1);
    const cacheControl = editor.response.headers.get("cache-control") ?? "";
    expect(cacheControl).toMatch(/no-store|private/);
    expect(cacheControl).not.toMatch(/public/);
    expect(editor.response.headers.get("vary")).toMatch(/\bauthorization\b/i);

    // ...and the editor's answer was not stored for readers.
    const readerAgain = await post(url, IN_REVIEW);
    expect(readerAgain.body.data.articles.totalCount).toBe(0);
  });
});

describe("identityFromAuthorization", () => {
  const secret = randomBytes(32).toString("hex");
  const header = (claims: object) => `Bearer ${sign(claims, secret, { algorithm: "HS256", expiresIn: 60 })}`;

  it("is the anonymous reader without a header", () => {
    expect(identityFromAuthorization(undefined, secret)).toBe(ANONYMOUS);
  });

  it("takes the display name from `name`, else `sub`, else a placeholder", () => {
    expect(identityFromAuthorization(header({ role: "editor", name: "Ann Editor", sub: "ann" }), secret)).toEqual({
      role: "editor",
      name: "Ann Editor",
    });
    expect(identityFromAuthorization(header({ role: "admin", sub: "ann" }), secret)).toEqual({ role: "admin", name: "ann" });
    expect(identityFromAuthorization(header({ role: "editor" }), secret)).toEqual({ role: "editor", name: "Unknown editor" });
  });

  it("throws UNAUTHENTICATED carrying HTTP 401 for a bad token", () => {
    expect.assertions(2);
    try {
      identityFromAuthorization("Bearer a.b.c", secret);
    } catch (error: any) {
      expect(error.extensions.code).toBe("UNAUTHENTICATED");
      expect(error.extensions.http.status).toBe(401);
    }
  });
});

describe("resolveJwtSecret", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-secret-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const config = (env: Record<string, string>) => loadConfig({ NEWSDESK_DATA_DIR: dataDir, ...env });

  it("uses NEWSDESK_JWT_SECRET as it is, and writes no file", () => {
    const secret = "s".repeat(32);
    expect(resolveJwtSecret(config({ NEWSDESK_JWT_SECRET: secret }))).toBe(secret);
    expect(resolveJwtSecret(config({ NODE_ENV: "production", NEWSDESK_JWT_SECRET: secret }))).toBe(secret);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("rejects a NEWSDESK_JWT_SECRET shorter than 32 characters without echoing it", () => {
    expect(() => loadConfig({ NEWSDESK_JWT_SECRET: "hunter2-hunter2-hunter2-hunter2" })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWSDESK_JWT_SECRET: "hunter2-hunter2-hunter2-hunter2" })).toThrow(/at least 32/);
    expect(() => loadConfig({ NEWSDESK_JWT_SECRET: "hunter2-hunter2-hunter2-hunter2" })).not.toThrow(/hunter2/);
  });

  it("rejects a NEWSDESK_JWT_SECRET of 32 characters that are mostly spaces", () => {
    expect(() => loadConfig({ NEWSDESK_JWT_SECRET: " ".repeat(32) })).toThrow(/other than spaces/);
    expect(() => loadConfig({ NEWSDESK_JWT_SECRET: `${"ab ".repeat(12)}` })).toThrow(ConfigError);
    expect(loadConfig({ NEWSDESK_JWT_SECRET: ` ${"k".repeat(32)} ` }).jwtSecret).toBe(` ${"k".repeat(32)} `);
  });

  it("outside production generates a private secret file in the data folder once, then reuses it", () => {
    const nested = path.join(dataDir, "not", "yet");
    const first = resolveJwtSecret(loadConfig({ NODE_ENV: "development", NEWSDESK_DATA_DIR: nested }));
    const file = path.join(nested, SECRET_FILE_NAME);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first);
    expect(fs.readdirSync(nested)).toEqual([SECRET_FILE_NAME]);
    expect(resolveJwtSecret(loadConfig({ NODE_ENV: "test", NEWSDESK_DATA_DIR: nested }))).toBe(first);
  });

  it("refuses a secret file too short to be one", () => {
    fs.writeFileSync(path.join(dataDir, SECRET_FILE_NAME), "short\n");
    expect(() => resolveJwtSecret(config({ NODE_ENV: "development" }))).toThrow(ConfigError);
  });

  it("fails fast in production without NEWSDESK_JWT_SECRET, even when a development file exists", () => {
    resolveJwtSecret(config({ NODE_ENV: "development" }));
    expect(() => resolveJwtSecret(config({ NODE_ENV: "production" }))).toThrow(ConfigError);
    expect(() => resolveJwtSecret(config({ NODE_ENV: "production" }))).toThrow(/NEWSDESK_JWT_SECRET/);
  });
});

describe("authChecker", () => {
  const check = (role: Role, roles: string[]) =>
    authChecker({ context: { viewer: viewerAt({ role }) } as Context, root: {}, args: {}, info: {} as GraphQLResolveInfo }, roles);
  const codeOf = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (error: any) {
      return error.extensions?.code;
    }
    return "allowed";
  };

  it("asks a reader to sign in (UNAUTHENTICATED), naming the token needed", () => {
    expect(codeOf(() => check("reader", [Roles.EDITOR]))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => check("reader", [Roles.ADMIN]))).toBe("UNAUTHENTICATED");
    expect(() => check("reader", [Roles.EDITOR])).toThrow("Sign in: this needs an editor token");
  });

  it("refuses an editor where an admin is needed with FORBIDDEN", () => {
    expect(codeOf(() => check("editor", [Roles.ADMIN]))).toBe("FORBIDDEN");
  });

  it("lets a role through wherever it or a lesser role is enough", () => {
    expect(check("editor", [Roles.EDITOR])).toBe(true);
    expect(check("admin", [Roles.EDITOR])).toBe(true);
    expect(check("admin", [Roles.ADMIN])).toBe(true);
    expect(check("editor", [Roles.ADMIN, Roles.EDITOR])).toBe(true);
  });

  it("reads a bare @Authorized() (no roles) as 'signed in', as TypeGraphQL does", () => {
    expect(check("editor", [])).toBe(true);
    expect(check("admin", [])).toBe(true);
    expect(codeOf(() => check("reader", []))).toBe("UNAUTHENTICATED");
  });

  it("fails loudly on a role it does not know", () => {
    expect(() => check("admin", ["superuser"])).toThrow(/unknown role/);
  });
});

describe("npm run token", () => {
  let dataDir: string;
  let out: string;
  let err: string;
  const io = { stdout: (text: string) => void (out += text), stderr: (text: string) => void (err += text) };
  const run = (args: string[], env: Record<string, string> = {}) =>
    runTokenCli(args, { NODE_ENV: "development", NEWSDESK_DATA_DIR: dataDir, ...env }, io);
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-token-"));
    out = "";
    err = "";
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("prints only a token, signed with the data folder's secret, that the server accepts", () => {
    expect(run(["--role", "editor", "--name", "Ann Editor", "--expires-in", "7d"])).toBe(0);
    expect(err).toBe("");
    const token = out.trim();
    expect(out).toBe(`${token}\n`);
    const secret = fs.readFileSync(path.join(dataDir, SECRET_FILE_NAME), "utf8").trim();
    expect(verifyToken(token, secret)).toEqual({ identity: { role: "editor", name: "Ann Editor" } });
    const { exp, iat } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(exp - iat).toBe(7 * 86_400);
  });

  it("expires tokens after 30 days by default and signs with NEWSDESK_JWT_SECRET when set", () => {
    const secret = randomBytes(32).toString("hex");
    expect(run(["--role", "admin"], { NEWSDESK_JWT_SECRET: secret })).toBe(0);
    const token = out.trim();
    expect(verifyToken(token, secret)).toEqual({ identity: { role: "admin", name: "Unknown editor" } });
    const { exp, iat } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(exp - iat).toBe(30 * 86_400);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it.each([
    [[]],
    [["--role", "reader"]],
    [["--role", "editor", "--expires-in", "soon"]],
    [["--role", "editor", "--expires-in", "0d"]],
    [["--role", "editor", "--colour", "blue"]],
    [["--role", "editor", "extra"]],
  ])("prints usage on stderr and exits 2 for %j", (args) => {
    expect(run(args)).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/usage: npm run -s token -- --role editor\|admin/);
  });

  it("exits 1 with the reason in production without a secret", () => {
    expect(run(["--role", "editor"], { NODE_ENV: "production" })).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/NEWSDESK_JWT_SECRET must be set in production/);
  });
});

describe("parseLifetime", () => {
  it("reads seconds and s/m/h/d/w, and nothing vaguer", () => {
    expect(parseLifetime("3600")).toBe(3600);
    expect(parseLifetime("90m")).toBe(5400);
    expect(parseLifetime("12h")).toBe(43_200);
    expect(parseLifetime("2w")).toBe(1_209_600);
    for (const bad of ["", "1.5d", "1 year", "-1d", "0", "d"]) expect(parseLifetime(bad)).toBeUndefined();
  });
});

// The shipped example client (examples/client) is what a schema change breaks first: its generated
// code must match the committed schema, it must type-check, and it must work against a real server.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { frontPageAndQuotes, request } from "../examples/client/src/client";
import { FrontPageDocument, FrontPageQuery } from "../examples/client/src/gql/graphql";
import { Running, startHttp, stopHttp } from "./helpers/http";

const CLIENT_DIR = path.join(__dirname, "..", "examples", "client");
const GENERATED_DIR = path.join(CLIENT_DIR, "src", "gql");

/** Runs a Node CLI of a dev dependency; resolves with its output, or rejects with it. */
async function runCli(bin: string, args: string[]): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: path.join(__dirname, "..") });
  return `${stdout}${stderr}`;
}

/** The files of a folder, by name, with their text. */
function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), fs.readFileSync(file, "utf8")];
      }),
  );
}

/**
 * What the shipped examples/client/codegen.ts generates, written to a temporary folder instead of
 * over the committed files; `schema` replaces its schema (a URL, say). The CLI runs in a child
 * process: its CommonJS build requires an ES module (yargs) that Jest on Node 20 cannot load.
 */
async function regenerate(schema?: string): Promise<Record<string, string>> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-codegen-"));
  try {
    const shipped = JSON.stringify(path.join(CLIENT_DIR, "codegen.ts"));
    const out = JSON.stringify(path.join(temp, "gql") + path.sep);
    fs.writeFileSync(
      path.join(temp, "codegen.ts"),
      `import { config } from ${shipped};\n` +
        `const [output, ...others] = Object.values(config.generates);\n` +
        `if (others.length) throw new Error("examples/client/codegen.ts has more than one output");\n` +
        `export default { ...config, ${schema ? `schema: ${JSON.stringify(schema)}, ` : ""}silent: true, generates: { ${out}: output } };\n`,
    );
    const bin = path.join(path.dirname(require.resolve("@graphql-codegen/cli/package.json")), "esm", "bin.js");
    await runCli(bin, ["--config", path.join(temp, "codegen.ts")]);
    return readTree(path.join(temp, "gql"));
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

describe("example client codegen", () => {
  it("regenerates exactly the committed examples/client/src/gql from src/schema.graphql (run `npm run codegen` after a schema change)", async () => {
    expect(await regenerate()).toEqual(readTree(GENERATED_DIR));
  });

  it("type-checks (tsc -p examples/client)", async () => {
    // tsc prints its diagnostics on stdout and exits 2; show them rather than a bare exit code.
    const output = await runCli(require.resolve("typescript/bin/tsc"), ["-p", CLIENT_DIR]).catch(
      (error) => `${error.stdout}${error.stderr}`,
    );
    expect(output).toBe("");
  });

  describe("against a running server with the sample data", () => {
    let running: Running;
    beforeAll(async () => {
      running = await startHttp();
    });
    afterAll(() => stopHttp(running));

    it("answers the front page with typed articles", async () => {
      const page: FrontPageQuery = await request(FrontPageDocument, {}, { url: `${running.url}/graphql` });
      expect(page.articles.edges.length).toBeGreaterThan(0);
      const first = page.articles.edges[0].node;
      expect(first.headline).toEqual(expect.any(String));
      // DateTime is mapped to string, and the server sends RFC 3339.
      expect(new Date(first.publishedAt!).toISOString()).toBe(first.publishedAt);
    });

    it("runs the example: the front page, then what its first quoted speaker said", async () => {
      const result = await frontPageAndQuotes({ url: `${running.url}/graphql` });
      expect(result.headlines.length).toBeGreaterThan(0);
      expect(result.speaker).toEqual(expect.any(String));
      expect(result.quotes!.totalCount).toBeGreaterThan(0);
      expect(result.quotes!.nodes[0].speaker?.name).toBe(result.speaker);
    });

    it("generates the same client from the server's URL (introspection) as from src/schema.graphql", async () => {
      expect(await regenerate(`${running.url}/graphql`)).toEqual(readTree(GENERATED_DIR));
    });
  });
});

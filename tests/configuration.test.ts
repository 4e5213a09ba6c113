// Every setting the API reads is documented: in docs/configuration.md's table and in .env.example,
// whose values must also load.
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config";

const ROOT = path.join(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const SETTINGS = [
  ...new Set(
    read("src/config.ts")
      .match(/"(?:NEWSDESK_[A-Z_]+|PORT|DATABASE_URL|NODE_ENV)"|\benv\.([A-Z_]+)/g)!
      .map((m) => m.replace(/"|env\./g, "")),
  ),
];

describe("configuration", () => {
  it("reads the settings it is expected to (the test reads src/config.ts)", () => {
    expect(SETTINGS).toEqual(expect.arrayContaining(["DATABASE_URL", "PORT", "NODE_ENV", "NEWSDESK_JWT_SECRET", "NEWSDESK_CORS_ORIGINS"]));
  });

  it("documents every setting in docs/configuration.md and .env.example", () => {
    const docs = read("docs/configuration.md");
    const example = read(".env.example");
    for (const name of [...SETTINGS, "LOG_LEVEL"]) {
      expect({ name, documented: docs.includes(`\`${name}\``), inExample: example.includes(`${name}=`) }).toEqual({
        name,
        documented: true,
        inExample: true,
      });
    }
  });

  it("loads the values .env.example gives", () => {
    const env = Object.fromEntries(
      read(".env.example")
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});

// src/ may import a package only through what the package publishes: its main entry, or a subpath
// its package.json names one by one in "exports". A wildcard ("./*", as TypeORM's) or no exports
// map at all (as graphql-js's) opens every file, but those files are the package's internals and
// move between minor releases; the public names are re-exported from the main entry.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module specifier a file imports or requires, from its text. */
function specifiersOf(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm, // import … from "x"; export … from "x"
    /^\s*import\s*["']([^"']+)["']/gm, // import "x";
    /\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g, // require("x"), import("x")
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/** "@scope/name/sub/path" → ["@scope/name", "./sub/path"]; "name" → ["name", "."]. */
function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split("/");
  const nameLength = specifier.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, nameLength).join("/");
  const rest = parts.slice(nameLength).join("/");
  return [name, rest ? `./${rest}` : "."];
}

function isPublished(name: string, subpath: string): boolean {
  if (subpath === ".") return true;
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8"));
  const exports = manifest.exports;
  if (!exports || typeof exports !== "object") return false;
  return Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes("*");
}

describe("src/ imports packages through their public entry points", () => {
  const builtins = new Set(builtinModules);
  const packageImports = sourceFiles(path.join(ROOT, "src")).flatMap((file) =>
    specifiersOf(readFileSync(file, "utf8"))
      .filter((specifier) => !specifier.startsWith(".") && !specifier.startsWith("node:") && !builtins.has(specifier.split("/")[0]))
      .map((specifier) => ({ file: path.relative(ROOT, file), specifier })),
  );

  it("finds the package imports it checks", () => {
    // The check below is empty if the scan finds nothing; TypeORM and graphql are imported everywhere.
    expect(packageImports.some(({ specifier }) => specifier === "typeorm")).toBe(true);
    expect(packageImports.some(({ specifier }) => specifier === "graphql")).toBe(true);
  });

  it("names no file inside a package", () => {
    const internal = packageImports.filter(({ specifier }) => !isPublished(...splitSpecifier(specifier)));
    expect(internal).toEqual([]);
  });

  it("tells a published subpath from a package's own files", () => {
    expect(isPublished(...splitSpecifier("@apollo/server/plugin/drainHttpServer"))).toBe(true);
    expect(isPublished(...splitSpecifier("typeorm/query-builder/QueryPartialEntity"))).toBe(false);
    expect(isPublished(...splitSpecifier("graphql/execution/values"))).toBe(false);
  });
});

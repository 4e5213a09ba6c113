// The sample operations of operations/*.graphql, as clients (and codegen) use them.
import fs from "node:fs";
import path from "node:path";

export const OPERATIONS_DIR = path.join(__dirname, "..", "..", "operations");

export function operationFiles(): string[] {
  return fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith(".graphql")).sort();
}

/** The text of operations/NAME.graphql. */
export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), "utf8");
}

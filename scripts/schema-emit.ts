// Writes src/schema.graphql from the resolvers (npm run schema:emit). Committed, never hand-edited;
// a test fails when it differs from the built schema.
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/paths";
import { printSchemaFile } from "../src/schema";

const file = path.join(projectRoot(), "src", "schema.graphql");
fs.writeFileSync(file, printSchemaFile());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);

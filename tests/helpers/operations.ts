// The sample operations of operations/*.graphql, as clients (and codegen) use them.
import fs from "node:fs";
import path from "node:path";
import { DocumentNode, FragmentDefinitionNode, Kind, parse, print, visit } from "graphql";

export const OPERATIONS_DIR = path.join(__dirname, "..", "..", "operations");

export function operationFiles(): string[] {
  return fs
    .readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort();
}

/** The text of operations/NAME.graphql. */
export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), "utf8");
}

/** One named operation of operations/FILE.graphql with the fragments it uses, ready to send. */
export function operationNamed(file: string, name: string): string {
  const document = parse(operation(file));
  const chosen = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!chosen) throw new Error(`operations/${file}.graphql has no operation ${name}`);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = new Set<string>();
  const collect = (node: DocumentNode["definitions"][number]) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(chosen);
  return print({ kind: Kind.DOCUMENT, definitions: [chosen, ...[...used].map((fragmentName) => fragments.get(fragmentName)!)] });
}

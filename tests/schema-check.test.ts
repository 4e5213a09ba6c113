// scripts/schema-check.ts: the committed schema against edited copies of itself.
import fs from "node:fs";
import path from "node:path";
import { FieldDefinitionNode, InputValueDefinitionNode, Kind, parse, print, TypeNode, visit } from "graphql";
import { compareSchemas, formatChange, runSchemaCheck, SchemaChange, schemaAt } from "../scripts/schema-check";

const committed = fs.readFileSync(path.join(__dirname, "..", "src", "schema.graphql"), "utf8");

/** The committed schema with `edit` applied to field `typeName.fieldName` (null removes it). */
function withField(typeName: string, fieldName: string, edit: (field: FieldDefinitionNode) => FieldDefinitionNode | null): string {
  let found = false;
  const document = visit(parse(committed), {
    ObjectTypeDefinition: (type) => (type.name.value === typeName ? undefined : false),
    FieldDefinition(field) {
      if (field.name.value !== fieldName) return undefined;
      found = true;
      return edit(field);
    },
  });
  if (!found) throw new Error(`src/schema.graphql has no ${typeName}.${fieldName}`);
  return print(document);
}

/** The committed schema with `edit` applied to argument `typeName.fieldName(argName:)`. */
function withArgument(
  typeName: string,
  fieldName: string,
  argName: string,
  edit: (arg: InputValueDefinitionNode) => InputValueDefinitionNode,
): string {
  return withField(typeName, fieldName, (field) => {
    if (!field.arguments?.some((arg) => arg.name.value === argName)) throw new Error(`${typeName}.${fieldName} has no argument ${argName}`);
    return { ...field, arguments: field.arguments.map((arg) => (arg.name.value === argName ? edit(arg) : arg)) };
  });
}

const required = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? type : { kind: Kind.NON_NULL_TYPE, type });
const requiredNamed = (name: string): TypeNode => required({ kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } });
const withEnumValue = (enumName: string, value: string) => {
  const changed = committed.replace(new RegExp(`^enum ${enumName} \\{\n`, "m"), `enum ${enumName} {\n  ${value}\n`);
  if (changed === committed) throw new Error(`src/schema.graphql has no enum ${enumName}`);
  return changed;
};

const summary = (changes: SchemaChange[]) => changes.map(formatChange);

describe("schema check", () => {
  it("finds no change between the committed schema and itself", () => {
    expect(compareSchemas(committed, committed)).toEqual([]);
  });

  it("reports a removed field as breaking", () => {
    const changes = compareSchemas(
      committed,
      withField("Article", "headline", () => null),
    );
    expect(summary(changes)).toEqual(["BREAKING FIELD_REMOVED: Article.headline was removed."]);
  });

  it("reports an argument made required as breaking", () => {
    const changes = compareSchemas(
      committed,
      withArgument("Query", "person", "slug", (arg) => ({ ...arg, type: required(arg.type) })),
    );
    expect(summary(changes)).toEqual(["BREAKING ARG_CHANGED_KIND: Query.person arg slug has changed type from String to String!."]);
  });

  it("reports a field whose type changed as breaking", () => {
    const changes = compareSchemas(
      committed,
      withField("Article", "wordCount", (field) => ({ ...field, type: requiredNamed("String") })),
    );
    expect(summary(changes)).toEqual(["BREAKING FIELD_CHANGED_KIND: Article.wordCount changed type from Int! to String!."]);
  });

  it("reports a new enum value as dangerous, not breaking", () => {
    expect(summary(compareSchemas(committed, withEnumValue("QuoteStatus", "DISPUTED")))).toEqual([
      "DANGEROUS VALUE_ADDED_TO_ENUM: DISPUTED was added to enum type QuoteStatus.",
    ]);
  });

  describe("npm run schema:check", () => {
    const run = (argv: string[], working: string, at: (revision: string) => string = () => committed) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = runSchemaCheck(
        argv,
        { stdout: (text) => out.push(text), stderr: (text) => err.push(text) },
        { at, working: () => working },
      );
      return { code, stdout: out.join(""), stderr: err.join("") };
    };

    it("exits 1 on a breaking change, printing one line per change", () => {
      const result = run(
        [],
        withField("Article", "headline", () => null),
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("BREAKING FIELD_REMOVED: Article.headline was removed.\n");
      expect(result.stderr).toContain("against main: 1 breaking, 0 dangerous");
    });

    it("exits 0 when the changes are only dangerous, and compares with the revision it is given", () => {
      const revisions: string[] = [];
      const result = run(["HEAD"], withEnumValue("QuoteStatus", "DISPUTED"), (revision) => (revisions.push(revision), committed));
      expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^DANGEROUS VALUE_ADDED_TO_ENUM/) });
      expect(revisions).toEqual(["HEAD"]);
    });

    it("exits 2 when the revision cannot be read", () => {
      const result = run(["no-such-revision"], committed, () => {
        throw Object.assign(new Error("git failed"), { stderr: "fatal: invalid object name 'no-such-revision'." });
      });
      expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("fatal: invalid object name") });
    });

    it("exits 2 when a schema does not parse", () => {
      const result = run([], committed.replace(/^type Article \{/m, "type Article {{"));
      expect(result).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("Syntax Error") });
    });

    it("reads the schema committed at HEAD with git", () => {
      expect(schemaAt("HEAD")).toMatch(/^# Generated by `npm run schema:emit`/);
    });
  });
});

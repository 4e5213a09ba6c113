import fs from "node:fs";
import path from "node:path";
import { isInputObjectType, isObjectType, isEnumType } from "graphql";
import { buildAppSchema, printSchemaFile } from "../src/schema";

describe("src/schema.graphql", () => {
  it("equals the schema the resolvers build (run `npm run schema:emit` after a schema change)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "src", "schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaFile());
  });

  it("describes every type, field, argument and enum value", () => {
    const undescribed: string[] = [];
    for (const type of Object.values(buildAppSchema().getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
      }
    }
    // Built-in scalars come with graphql-js descriptions; nothing of ours may be missing one.
    expect(undescribed).toEqual([]);
  });
});

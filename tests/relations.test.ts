// The relation registry (src/read/relations.ts): each entry names a field the schema has and a
// loader no other entry uses; a field with no entry would fall back to nothing.
import { isObjectType } from "graphql";
import { RELATIONS } from "../src/read/relations";
import { buildAppSchema } from "../src/schema";

describe("the relation registry", () => {
  const schema = buildAppSchema();

  it.each(RELATIONS.map((relation) => [`${relation.parent}.${relation.field}`, relation] as const))(
    "%s is a field of the schema",
    (_name, relation) => {
      const type = schema.getType(relation.parent);
      expect(isObjectType(type) && type.getFields()[relation.field]).toBeTruthy();
    },
  );

  it("gives every entry a loader of its own and declares each field once", () => {
    const loaders = RELATIONS.filter((relation) => "loader" in relation).map((relation) => (relation as { loader: string }).loader);
    expect(new Set(loaders).size).toBe(loaders.length);
    const fields = RELATIONS.map((relation) => `${relation.parent}.${relation.field}`);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it("says for every entry what a reader is held to", () => {
    for (const relation of RELATIONS) expect(relation.visibility.length).toBeGreaterThan(10);
  });
});

// Guards the lookahead column lists (src/resolvers/selection.ts): a new column-backed field or
// computed getter that the lists do not know would silently resolve to nothing.
import { FieldNode, isObjectType, OperationDefinitionNode, parse } from "graphql";
import { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { allColumns, columnsOf, projectionNeeds, ProjectedType } from "../src/resolvers/selection";
import { buildAppSchema } from "../src/schema";
import { createTestDatabase } from "./helpers/test-app";

const TYPES: ProjectedType[] = ["Article", "Person", "Quote", "Topic"];

describe("lookahead column lists", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = await createDataSource({ url: database.url, poolSize: 1 }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it.each(TYPES)("cover every %s field that is a column or a computed getter", (type) => {
    const graphqlType = buildAppSchema().getType(type);
    if (!isObjectType(graphqlType)) throw new Error(`${type} is not an object type`);
    const metadata = dataSource.getMetadata(type);
    const columns = new Set(metadata.columns.map((column) => column.propertyName));
    const known = new Set(allColumns(type));
    const missing: string[] = [];
    for (const field of Object.keys(graphqlType.getFields())) {
      const getter = Object.getOwnPropertyDescriptor(metadata.target instanceof Function ? metadata.target.prototype : {}, field)?.get;
      if (columns.has(field) && !known.has(field)) missing.push(field);
      if (getter && projectionNeeds(type, field) === undefined) missing.push(`${field} (computed: list the columns it needs)`);
    }
    expect(missing).toEqual([]);
  });

  it("selects a relation's foreign key only with the relation's field", () => {
    const schema = buildAppSchema();
    const columnsUnder = (query: string) => {
      const operation = parse(query).definitions[0] as OperationDefinitionNode;
      const field = operation.selectionSet.selections[0] as FieldNode;
      return columnsOf({ fieldNodes: [field], info: { fragments: {}, variableValues: {}, schema } }, "Quote", true);
    };
    // A person's quotes need not carry their speaker, nor their article unless it is asked for.
    expect(columnsUnder(`{ quotes { nodes { text } } }`)).toEqual(["id", "text"]);
    expect(columnsUnder(`{ quotes { nodes { text article { headline } } } }`)).toEqual(["articleId", "id", "text"]);
    expect(columnsUnder(`{ quotes { edges { node { speaker { name } } } } }`)).toEqual(["id", "speakerId"]);
  });
});

// What Sandbox, GraphiQL, Postman and codegen pointed at the URL send first: the standard
// introspection query. It must answer wherever introspection is on, in every form graphql-js
// writes it, while introspection that multiplies itself (types → fields → type → fields …) is
// refused; in production it is off unless NEWSDESK_INTROSPECTION says otherwise.
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getIntrospectionQuery,
  IntrospectionOptions,
} from "graphql";
import fs from "node:fs";
import path from "node:path";
import { json, post, Running, startHttp, stopHttp } from "./helpers/http";

const EVERY_OPTION: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

describe("introspection", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp({ NODE_ENV: "development" });
  });
  afterAll(() => stopHttp(running));

  it.each<[string, IntrospectionOptions]>([
    ["graphql-js' default", {}],
    ["every option", EVERY_OPTION],
    ["every option and type references 30 deep", { ...EVERY_OPTION, typeDepth: 30 }],
    ["no descriptions (codegen's)", { descriptions: false }],
  ])("answers the introspection query with %s", async (_name, options) => {
    const response = await post(running.url, getIntrospectionQuery(options));
    const body = await json(response);
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    // What a client builds from it is the committed schema, every type and field.
    const committed = buildSchema(fs.readFileSync(path.join(__dirname, "..", "src", "schema.graphql"), "utf8"));
    const introspected = buildClientSchema(body.data);
    expect([...findBreakingChanges(committed, introspected), ...findDangerousChanges(committed, introspected)]).toEqual([]);
    expect(Object.keys(introspected.getTypeMap()).sort()).toEqual(Object.keys(committed.getTypeMap()).sort());
  });

  it("answers the query Apollo Sandbox sends (named IntrospectionQuery, with input value deprecation)", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    const response = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "apollographql-client-name": "Apollo Sandbox" },
      body: JSON.stringify({ query, operationName: "IntrospectionQuery", variables: {} }),
    });
    expect((await json(response)).data.__schema.queryType.name).toBe("Query");
  });

  it("refuses introspection whose lists multiply (types → fields → type → fields), as graphql-js does", async () => {
    const body = await json(await post(running.url, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"));
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors[0].message).toMatch(/introspection depth/);
  });
});

describe("introspection in production", () => {
  it("is off by default", async () => {
    const running = await startHttp({ NODE_ENV: "production" });
    try {
      const body = await json(await post(running.url, getIntrospectionQuery()));
      expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await stopHttp(running);
    }
  });

  it("is on with NEWSDESK_INTROSPECTION=true", async () => {
    const running = await startHttp({ NODE_ENV: "production", NEWSDESK_INTROSPECTION: "true" });
    try {
      const body = await json(await post(running.url, getIntrospectionQuery(EVERY_OPTION)));
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.types.length).toBeGreaterThan(20);
    } finally {
      await stopHttp(running);
    }
  });
});

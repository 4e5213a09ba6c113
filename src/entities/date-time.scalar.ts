// The schema's one DateTime: graphql-scalars' RFC 3339 scalar plus a `specifiedByURL`, so
// introspection and src/schema.graphql tell clients (and codegen) which format to expect. It lives
// beside the entities because they use it; resolvers import it from here. Importing graphql-scalars'
// own GraphQLDateTime anywhere else would put two types named DateTime in the schema, which fails
// to build.
import { GraphQLScalarType } from "graphql";
import { GraphQLDateTime as RFC3339DateTime } from "graphql-scalars";

/** Serialized as an RFC 3339 UTC string such as 2017-01-27T12:00:00.000Z; inputs may carry any offset. */
export const GraphQLDateTime = new GraphQLScalarType({
  ...RFC3339DateTime.toConfig(),
  specifiedByURL: "https://scalars.graphql.org/andimarek/date-time",
});

// GraphQL Code Generator for the example client: types and typed documents for every operation in
// operations/, from the committed schema. Run from anywhere: `npx graphql-codegen --config examples/client/codegen.ts`.
// To generate from a running server instead, set `schema` to its URL (introspection is on in development).
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (relative: string) => path.join(__dirname, relative);

export const config: CodegenConfig = {
  schema: here("../../src/schema.graphql"),
  documents: here("../../operations/*.graphql"),
  ignoreNoDocuments: false,
  generates: {
    [here("src/gql/")]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Every custom scalar must be mapped: an unmapped one fails generation instead of becoming `any`.
        strictScalars: true,
        scalars: { DateTime: "string", ID: "string" },
        useTypeImports: true,
      },
    },
  },
};

export default config;

// GraphQL Code Generator for the example client: types and typed documents for every operation in
// operations/, from the committed schema. `npx graphql-codegen --config examples/client/codegen.ts`
// (npm run codegen). To generate from a running server instead, set `schema` to its URL
// (http://localhost:4000/graphql; introspection is on outside production). See docs/clients.md.
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

// Codegen resolves relative paths against the working directory; these work from anywhere.
const here = (relative: string) => path.join(__dirname, relative);

export const config: CodegenConfig = {
  schema: here("../../src/schema.graphql"),
  documents: here("../../operations/*.graphql"),
  generates: {
    [here("src/gql/")]: {
      preset: "client",
      // The editing operations share fragments; unmasked, their fields are part of each result
      // type, which is what a plain fetch client wants (masking suits component-level fragments).
      presetConfig: { fragmentMasking: false },
      config: {
        // Every custom scalar must be mapped: an unmapped one fails generation instead of becoming `any`.
        // DateTime arrives as an RFC 3339 string; ID would otherwise be `string | number` in inputs.
        strictScalars: true,
        scalars: { DateTime: "string", ID: "string" },
        useTypeImports: true,
      },
    },
  },
};

// The config loader reads the default export.
export default config;

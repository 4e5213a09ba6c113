// ESLint: typescript-eslint's type-aware recommended rules. Formatting is Prettier's (npm run lint
// runs both); tests may use `any` for the JSON they assert on.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".probe/", "dist/", "node_modules/", "bench/postgraphile/", "examples/client/src/gql/", ".data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Apollo Server's plugin hooks and context functions are async by contract, await or not.
      "@typescript-eslint/require-await": "off",
      // Control characters (NUL above all) are exactly what input validation looks for.
      "no-control-regex": "off",
      // Extraction's character classes escape "-" wherever it stands, so that adding a character
      // later can never turn it into a range.
      "no-useless-escape": "off",
    },
  },
  {
    // The benchmark compares three systems' JSON answers, which are untyped by nature.
    files: ["bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // expect(mock.method).toHaveBeenCalled() and friends pass methods around on purpose.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

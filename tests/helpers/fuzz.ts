// Random GraphQL operations built from the schema, as a careless or hostile client would send
// them: real fields with arguments of the right type or the wrong one, variables that do or do not
// match their declarations, aliases, fragments, directives, and text chosen to break things (NUL,
// quotes, SQL, lone surrogates, very long strings). Deterministic for a seed, so a failing case
// replays.
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { rng } from "../../bench/lib/random";

/** Values of the database a fuzzer should sometimes hit, so that writes and lookups find records. */
export interface KnownValues {
  ids: string[];
  slugs: string[];
}

export const HOSTILE_STRINGS = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "'; DROP TABLE article; --",
  '" OR 1=1 --',
  "%_%",
  "\\",
  "\ud800",
  "😀".repeat(50),
  "<script>alert(1)</script>",
  "x".repeat(10_000),
  "null",
  "-1",
  "1e309",
  '"foreign minister" -iran OR (',
  "https://example.com/a#b",
  "ftp://x",
  "2026-13-45T99:00:00Z",
  "2026-12-04T10:00:00Z",
  "../../etc/passwd",
  "\u202e\u200b",
];

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  /** Root fields asked for (a mutation has one). */
  rootFields: string[];
  kind: "query" | "mutation";
}

export class OperationFuzzer {
  private readonly random: () => number;
  private variables: Record<string, unknown> = {};
  private declarations: string[] = [];
  private fragments: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    private readonly known: KnownValues,
  ) {
    this.random = rng(seed);
  }

  operation(kind: "query" | "mutation"): FuzzOperation {
    this.variables = {};
    this.declarations = [];
    this.fragments = [];
    const root = (kind === "query" ? this.schema.getQueryType() : this.schema.getMutationType())!;
    // One mutation per operation: with two, a failed second one nulls the data of a first one that
    // committed, and a refusal could not be told from a write.
    const fields = this.pickSome(Object.values(root.getFields()), kind === "query" ? 3 : 1);
    const selections = fields.map((field) => this.field(field, 0));
    const declared = this.declarations.length ? `(${this.declarations.join(", ")})` : "";
    const query = `${kind} Fuzz${declared} { ${selections.join(" ")} } ${this.fragments.join(" ")}`;
    return { query, variables: this.variables, rootFields: fields.map((field) => field.name), kind };
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** One to `most` different items (the same field twice with other arguments would conflict). */
  private pickSome<T>(items: readonly T[], most: number): T[] {
    const pool = [...items];
    const count = Math.min(pool.length, 1 + Math.floor(this.random() * most));
    return Array.from({ length: count }, () => pool.splice(Math.floor(this.random() * pool.length), 1)[0]);
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.chance(0.2) ? `a${Math.floor(this.random() * 1000)}: ` : "";
    const args = field.args
      .filter((arg) => (isNonNullType(arg.type) ? !this.chance(0.02) : this.chance(0.5)))
      .map((arg) => this.argument(arg));
    const directive = this.chance(0.05) ? ` @${this.pick(["skip", "include"])}(if: ${this.chance(0.5)})` : "";
    const type = getNamedType(field.type);
    let selection = "";
    if (isObjectType(type)) {
      const inner = this.selectionSet(type, depth + 1);
      selection = this.chance(0.1) ? this.asFragment(type, inner) : ` { ${inner} }`;
    } else if (this.chance(0.003)) {
      selection = " { __typename }"; // a selection on a leaf: refused by validation
    }
    return `${alias}${field.name}${args.length ? `(${args.join(", ")})` : ""}${directive}${selection}`;
  }

  private selectionSet(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    // Past depth 4 only leaves, so most operations stay within the limits and reach resolvers.
    const candidates = depth > 4 ? fields.filter((field) => !isObjectType(getNamedType(field.type))) : fields;
    const chosen = this.pickSome(candidates.length ? candidates : fields, 4).map((field) => this.field(field, depth));
    if (this.chance(0.02)) chosen.push(`nope${Math.floor(this.random() * 10)}`);
    return chosen.join(" ");
  }

  private asFragment(type: GraphQLObjectType, inner: string): string {
    if (this.chance(0.5)) return ` { ... on ${type.name} { ${inner} } }`;
    const name = `F${this.fragments.length}`;
    this.fragments.push(`fragment ${name} on ${type.name} { ${inner} }`);
    return ` { ...${name} }`;
  }

  private argument(arg: GraphQLArgument): string {
    if (this.chance(0.3)) {
      const name = `v${this.declarations.length}`;
      const declaredType = this.chance(0.97) ? String(arg.type) : this.pick(["String", "Int!", "[ID]", "Boolean"]);
      this.declarations.push(`$${name}: ${declaredType}`);
      if (!this.chance(0.05)) this.variables[name] = this.jsonValue(arg.type, 0);
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${this.literal(arg.type, 0)}`;
  }

  /** A value for `type` as JSON variables carry it; now and then of another type altogether. */
  private jsonValue(type: GraphQLInputType, depth: number): unknown {
    if (this.chance(0.02)) return this.pick<unknown>([null, 7, "x", true, [], {}, [1, "a"], 1.5, -1]);
    if (isNonNullType(type)) return this.jsonValue(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (isListType(type)) return Array.from({ length: Math.floor(this.random() * 3) }, () => this.jsonValue(type.ofType, depth + 1));
    if (isEnumType(type)) return this.chance(0.9) ? this.pick(type.getValues()).name : "NOT_A_VALUE";
    if (isInputObjectType(type)) return this.inputObject(type, depth, (fieldType) => this.jsonValue(fieldType, depth + 1));
    if (isScalarType(type)) return this.scalar(type.name);
    return null;
  }

  /** The same as a literal in the document. */
  private literal(type: GraphQLInputType, depth: number): string {
    if (this.chance(0.02)) return this.pick(["null", "7", '"x"', "true", "[]", "{}", "1.5", "BAD_ENUM"]);
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (this.chance(0.05)) return "null";
    if (isListType(type))
      return `[${Array.from({ length: Math.floor(this.random() * 3) }, () => this.literal(type.ofType, depth + 1)).join(", ")}]`;
    if (isEnumType(type)) return this.chance(0.9) ? this.pick(type.getValues()).name : "NOT_A_VALUE";
    if (isInputObjectType(type)) {
      const fields = this.inputObject(type, depth, (fieldType) => this.literal(fieldType, depth + 1));
      return `{ ${Object.entries(fields)
        .map(([name, value]) => `${name}: ${value}`)
        .join(", ")} }`;
    }
    // A lone surrogate cannot be written in a document (a parse error every time); variables carry it.
    if (isScalarType(type)) return JSON.stringify(this.scalar(type.name)).replace(/\\ud800/g, "?");
    return "null";
  }

  private inputObject<T>(type: GraphQLInputObjectType, depth: number, value: (type: GraphQLInputType) => T): Record<string, T> {
    const result: Record<string, T> = {};
    if (depth > 3) return result;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) ? !this.chance(0.02) : this.chance(0.5)) result[field.name] = value(field.type);
    }
    if (this.chance(0.03)) result.notAField = value(type.getFields()[Object.keys(type.getFields())[0]].type);
    return result;
  }

  private scalar(name: string): unknown {
    switch (name) {
      case "Int":
        return this.pick([0, 1, 5, 20, 20, 100, 101, -1, 2 ** 31]);
      case "Float":
        return this.pick([0, 1.5, -1e308, 1e308]);
      case "Boolean":
        return this.chance(0.5);
      case "DateTime":
        return this.pick(["2026-12-04T10:00:00Z", "2017-01-01T00:00:00.000Z", "yesterday", "2026-02-30T00:00:00Z", "9999-12-31T23:59:59Z"]);
      case "ID":
        return this.chance(0.6) && this.known.ids.length ? this.pick(this.known.ids) : this.pick(HOSTILE_STRINGS);
      default:
        return this.chance(0.4) && this.known.slugs.length ? this.pick(this.known.slugs) : this.pick(HOSTILE_STRINGS);
    }
  }
}

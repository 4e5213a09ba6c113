// How Apollo Server executes operations. Queries whose document comes back are compiled by
// graphql-jit into plain functions: graphql-js walks the selection again for every object of a
// result, which on a front page (about 1 000 objects) was a third of the request's CPU. First
// sightings of a document, mutations (rare, and each one transaction), documents graphql-jit
// could get wrong (see compilable) or can't compile run on graphql-js as before, and so do requests
// whose variables can't be coerced, so that clients get graphql-js's own messages (and Apollo its
// BAD_USER_INPUT) for those.
//
// Apollo Server 5 takes an executor only from a gateway; this is a gateway of one local schema.
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  BREAK,
  DocumentNode,
  execute,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationTypeNode,
  printSchema,
  visit,
} from "graphql";
import { CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context } from "./context";
import { logger } from "./logger";

type Gateway = NonNullable<ApolloServerOptionsWithGateway<Context>["gateway"]>;
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

/** Per document and operation name, once decided: compiled, or left to graphql-js. */
type Compilation = CompiledQuery | "graphql-js";

export interface CompilingOptions {
  /** Sightings of a query that run on graphql-js before it is compiled (tests use 0). */
  compileAfter: number;
  /** Documents whose compilation is kept; past this, the least recently used is dropped. */
  maxDocuments: number;
  /** Counted here: queries compiled, and runs that found their document's decision kept or not. */
  stats: CompilationStats;
}

export interface CompilationStats {
  compiled: number;
  hits: number;
  misses: number;
}

export function newCompilationStats(): CompilationStats {
  return { compiled: 0, hits: 0, misses: 0 };
}

/** A one-off query is not worth compiling (and a client could send endless new ones). */
export const COMPILE_AFTER = 1;

export function compilingGateway(schema: GraphQLSchema, options: CompilingOptions): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { executor: compilingExecutor(schema, options) };
    },
    async stop() {},
  };
}

/**
 * Whether graphql-jit may compile the document. It records @skip/@include conditions on the
 * document's own field nodes (Apollo Server's cached AST) and joins them per compilation, so a
 * fragment used under different conditions, or by several operations, can lose fields
 * (graphql-jit issues 111 and 166). The hot queries have one operation and no conditions.
 */
function compilable(document: DocumentNode): boolean {
  if (document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length !== 1) return false;
  let conditional = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === "skip" || node.name.value === "include") {
        conditional = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return !conditional;
}

/**
 * graphql-jit's errors are its own GraphQLError look-alikes, with `extensions` undefined where the
 * error has none (graphql-js gives `{}`, or the original error's): Apollo Server's error handling
 * reads `extensions.code` and would fail on them, masking a client's BAD_USER_INPUT as an internal
 * error. Rebuilt as graphql-js errors, a compiled query fails exactly as it does uncompiled.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: true });
  return rebuilt;
}

function compilingExecutor(schema: GraphQLSchema, options: CompilingOptions): Executor {
  // Apollo Server hands every request with the same query text the same parsed document (its
  // document store). Sightings are counted for as long as it keeps the document; what was decided
  // (compiled, or graphql-js) is kept for the documents used most recently, so that a stream of
  // one-off queries can't push out the ones in use.
  const sightings = new WeakMap<DocumentNode, Map<string, number>>();
  const decided = new Map<DocumentNode, Map<string, Compilation>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined {
    const key = operationName ?? "";
    let forDocument = decided.get(document);
    const known = forDocument?.get(key);
    if (known === undefined) {
      let seen = sightings.get(document);
      if (!seen) sightings.set(document, (seen = new Map<string, number>()));
      const count = seen.get(key) ?? 0;
      if (count < options.compileAfter) {
        seen.set(key, count + 1);
        return undefined;
      }
    }
    // Most recently used last; the least recently used is dropped first.
    decided.delete(document);
    if (!forDocument && decided.size >= options.maxDocuments) decided.delete(decided.keys().next().value!);
    decided.set(document, (forDocument ??= new Map<string, Compilation>()));
    if (known !== undefined) {
      options.stats.hits += 1;
      return known === "graphql-js" ? undefined : known;
    }
    options.stats.misses += 1;
    // A debug line on every 100th decision: how many runs found theirs kept.
    if (options.stats.misses % 100 === 1) {
      const { hits, misses, compiled } = options.stats;
      logger.debug("compiled documents", {
        documents: decided.size,
        compiled,
        hits,
        misses,
        hitRate: Number((hits / (hits + misses)).toFixed(3)),
      });
    }
    const compiled = compilable(document) ? compileQuery(schema, document, operationName) : undefined;
    if (!compiled || !isCompiledQuery(compiled)) {
      forDocument.set(key, "graphql-js");
      return undefined;
    }
    options.stats.compiled += 1;
    forDocument.set(key, compiled);
    return compiled;
  }

  return async ({ document, operation, request, context }) => {
    const variables = request.variables ?? {};
    if (operation.operation === OperationTypeNode.QUERY) {
      const compiled = compiledFor(document, request.operationName);
      if (compiled) {
        const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
        // No data and errors: the request failed before any resolver ran (its variables).
        if (!(result.errors?.length && result.data === undefined)) {
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        }
      }
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName: request.operationName });
  };
}

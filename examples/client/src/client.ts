// A typed Newsdesk client in one function, to copy: pass a document generated from operations/ and
// its variables, get back data typed by the operation's selection. No client library needed.
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { FrontPageDocument, WhoSaidDocument } from "./gql/graphql";

export interface RequestOptions {
  /** The endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An editor or admin token (`npm run -s token`); without one only published work is visible. */
  token?: string;
}

/** The API answered with errors; `codes` are their `extensions.code`, e.g. `NOT_FOUND`. */
export class NewsdeskError extends Error {
  readonly status: number;
  readonly codes: string[];

  constructor(status: number, codes: string[], message: string) {
    super(message);
    this.name = "NewsdeskError";
    this.status = status;
    this.codes = codes;
  }
}

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { url, token }: RequestOptions,
): Promise<Result> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  if (!response.headers.get("content-type")?.includes("json")) {
    throw new NewsdeskError(response.status, [], `${response.status} ${response.statusText} from ${url}`);
  }
  const body = (await response.json()) as GraphQLResponse<Result>;
  // Any error fails the whole request: simplest for a caller, and partial data is rare in this API.
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [];
    const codes = errors.map((error) => error.extensions?.code ?? "UNKNOWN");
    throw new NewsdeskError(response.status, codes, errors.map((error) => error.message).join("; ") || "no data");
  }
  return body.data;
}

/** The example: the front page, then what its first quoted speaker said. */
export async function frontPageAndQuotes(options: RequestOptions) {
  const { articles } = await request(FrontPageDocument, { first: 5 }, options);
  const speaker = articles.edges.flatMap(({ node }) => node.quotes).find((quote) => quote.speaker)?.speaker;
  const quotes = speaker ? (await request(WhoSaidDocument, { speaker: speaker.slug }, options)).quotes : null;
  return { headlines: articles.edges.map(({ node }) => node.headline), speaker: speaker?.name ?? null, quotes };
}

if (require.main === module) {
  const options = { url: process.env.NEWSDESK_URL ?? "http://localhost:4000/graphql", token: process.env.NEWSDESK_TOKEN };
  frontPageAndQuotes(options).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

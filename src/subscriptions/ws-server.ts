// GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's /graphql,
// beside queries: the schema, token check, limits and error masking of HTTP, with bounds on what
// one client can hold (connections per process, subscriptions per connection, message size).
//
// graphql-ws' own `useServer` for `ws` is replaced by the few lines below that wire its
// `makeServer` to a socket: its import path (`graphql-ws/use/ws`) is a package export this
// project's module resolution does not read, and here the upgrade is refused with a status before
// a socket exists (wrong path, too many connections, draining) and failures go to our logger.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { Duplex } from "node:stream";
import {
  DocumentNode,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import { CloseCode, Context as SocketContext, handleProtocols, makeServer } from "graphql-ws";
import { WebSocket, WebSocketServer } from "ws";
import type { Context } from "../context";
import { ErrorCode, formatError, isClientError } from "../errors";
import { splitTarget } from "../http/target";
import { logger } from "../logger";
import { ConnectionIdentity, identityOfConnection } from "./connection-auth";

export interface SubscriptionLimits {
  /** Open WebSocket connections this process accepts; more are answered 503. */
  maxConnections: number;
  /** Operations one connection may run at once. */
  maxSubscriptionsPerConnection: number;
  /** Largest message a client may send, in bytes; a larger one closes the connection (1009). */
  maxPayloadBytes: number;
  /** Largest document, in GraphQL tokens (as over HTTP). */
  maxTokens: number;
}

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  path: string;
  jwtSecret: string;
  limits: SubscriptionLimits;
  /** The operation limits of HTTP (query-limits.ts): throws QueryTooComplexError. */
  checkLimits(
    document: DocumentNode,
    operation: ReturnType<typeof getOperationAST> & object,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): void;
  /** A context for one operation of a connection of `identity`. */
  contextFor(connection: ConnectionIdentity, requestId: string): Context;
  /** Whether the server is shutting down: new connections are refused. */
  draining(): boolean;
  /** Seconds between pings; a client that does not answer one in as long is dropped. */
  keepAliveMs?: number;
}

export interface SubscriptionServer {
  /** Open connections now. */
  connections(): number;
  /** Closes every connection (1001 Going Away) and stops accepting. */
  close(): Promise<void>;
}

/** What the protocol layer keeps per connection. */
interface Extra {
  socket: WebSocket;
  request: http.IncomingMessage;
  connection?: ConnectionIdentity;
  expiry?: NodeJS.Timeout;
}

/** Closes: a bad or expired token (the protocol's own 4401), and one the server is leaving with. */
const UNAUTHORIZED = CloseCode.Unauthorized;
const GOING_AWAY = 1001;

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify({ errors: [{ message: reason, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n${status === 503 ? "retry-after: 5\r\n" : ""}\r\n${body}`,
  );
}

function coded(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** The client's errors as they are (masked by formatError like HTTP's), the rest logged and masked. */
function formatted(errors: readonly GraphQLError[], requestId: string | undefined): GraphQLFormattedError[] {
  return errors.map((error) => {
    const shown = formatError(error.toJSON(), error);
    if (!isClientError(error) && shown.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.limited("error", "unexpected subscription error", `subscription:${error.message.slice(0, 60)}`, {
        requestId,
        path: error.path?.join("."),
        error: error.originalError ?? error,
      });
      return { ...shown, extensions: { ...shown.extensions, requestId } };
    }
    return shown;
  });
}

export function attachSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, limits } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxPayloadBytes,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const requestIds = new WeakMap<object, string>();

  const protocol = makeServer<Record<string, unknown> | undefined, Extra>({
    schema,
    onConnect(ctx: SocketContext<Record<string, unknown> | undefined, Extra>) {
      let connection: ConnectionIdentity;
      try {
        connection = identityOfConnection(ctx.connectionParams, options.jwtSecret);
      } catch {
        void ctx.extra.socket.close(UNAUTHORIZED, "Unauthorized");
        return false;
      }
      ctx.extra.connection = connection;
      if (connection.expiresAt !== undefined) {
        // The token stops being valid mid-connection: so does the connection. Capped so that the
        // timer fits setTimeout (tokens last 30 days by default; a connection that long is re-armed
        // by its client's reconnect anyway).
        const delay = Math.min(Math.max(connection.expiresAt - Date.now(), 0), 2 ** 31 - 1);
        ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(UNAUTHORIZED, "Token expired"), delay);
        ctx.extra.expiry.unref();
      }
      return true;
    },
    onSubscribe(ctx, id, payload): ExecutionArgs | readonly GraphQLError[] {
      // ctx.subscriptions already holds this one.
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        return [
          coded(`At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection`, ErrorCode.BAD_REQUEST, {
            maxSubscriptions: limits.maxSubscriptionsPerConnection,
          }),
        ];
      }
      if (typeof payload.query !== "string") return [coded("The subscribe message has no query", ErrorCode.BAD_REQUEST)];
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (error) {
        const message = error instanceof GraphQLError ? error.message : "Syntax error";
        const tooLong = /more tha[nt] \d+ tokens/.test(message);
        return [
          tooLong
            ? coded(`Query document has more than ${limits.maxTokens} tokens, the limit`, ErrorCode.QUERY_TOO_COMPLEX)
            : coded(message.slice(0, 300), "GRAPHQL_PARSE_FAILED"),
        ];
      }
      const invalid = validate(schema, document, specifiedRules);
      if (invalid.length) return invalid.slice(0, 10).map((error) => coded(error.message.slice(0, 300), "GRAPHQL_VALIDATION_FAILED"));
      const operationName = typeof payload.operationName === "string" ? payload.operationName : undefined;
      const operation = getOperationAST(document, operationName);
      if (!operation)
        return [
          coded("The document holds several operations or none: name the one to run in operationName.", "OPERATION_RESOLUTION_FAILURE"),
        ];
      if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [coded("Only subscriptions are served over WebSocket; send queries and mutations over HTTP", ErrorCode.BAD_REQUEST)];
      }
      const variables = payload.variables && typeof payload.variables === "object" ? payload.variables : {};
      try {
        options.checkLimits(document, operation, operationName, variables);
      } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      const requestId = randomUUID();
      const contextValue = options.contextFor(ctx.extra.connection!, requestId);
      requestIds.set(contextValue, requestId);
      return { schema, document, operationName, variableValues: variables, contextValue };
    },
    onNext(_ctx, _id, _payload, args, result) {
      if (!result.errors) return undefined;
      return { ...result, errors: formatted(result.errors, requestIds.get(args.contextValue as object)) };
    },
    onError(_ctx, _id, _payload, errors) {
      return formatted(errors, undefined);
    },
  });

  const keepAliveMs = options.keepAliveMs ?? 12_000;

  wss.on("connection", (socket: WebSocket, request: http.IncomingMessage) => {
    const extra: Extra = { socket, request };
    socket.on("error", (error) => {
      // A message over maxPayload, bad framing: the socket closes itself with the right code.
      logger.limited("info", "WebSocket client error", `ws:${(error as NodeJS.ErrnoException).code ?? error.message.slice(0, 40)}`, {
        error: error.message,
      });
    });
    let alive = true;
    socket.on("pong", () => (alive = true));
    const ping = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, keepAliveMs);
    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        // Resolves once written out: the subscription reads its next event only then, so a slow
        // client backs up into its own bounded queue (events/event-stream.ts), not into memory here.
        send: (data) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== WebSocket.OPEN) return resolve();
            socket.send(data, () => resolve());
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on("message", (data, isBinary) => {
            const text = isBinary
              ? ""
              : Buffer.isBuffer(data)
                ? data.toString("utf8")
                : Buffer.concat(data instanceof ArrayBuffer ? [Buffer.from(data)] : data).toString("utf8");
            handle(text).catch((error: unknown) => {
              logger.limited("error", "WebSocket message failed", "ws message failed", { error });
              socket.close(CloseCode.InternalServerError, "Internal server error");
            });
          }),
      },
      extra,
    );
    socket.once("close", (code, reason) => {
      clearInterval(ping);
      clearTimeout(extra.expiry);
      void closed(code, String(reason));
    });
  });

  options.httpServer.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const { path } = splitTarget(request.url ?? "/");
    if (path !== options.path) return refuseUpgrade(socket, 404, "not found");
    if (options.draining()) return refuseUpgrade(socket, 503, "The server is shutting down");
    if (wss.clients.size >= limits.maxConnections) return refuseUpgrade(socket, 503, "Too many connections; try again later");
    if ((request.headers.upgrade ?? "").toLowerCase() !== "websocket")
      return refuseUpgrade(socket, 400, "Only WebSocket upgrades are served");
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  });

  return {
    connections: () => wss.clients.size,
    async close() {
      for (const client of wss.clients) client.close(GOING_AWAY, "Going away");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
    },
  };
}

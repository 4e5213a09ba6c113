// `npm run token`'s logic, apart from scripts/token.ts so tests can run it without a build or a
// child process.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { resolveJwtSecret } from "./secret";
import { isTokenRole, parseLifetime, signToken } from "./tokens";

export const TOKEN_USAGE =
  'usage: npm run -s token -- --role editor|admin [--name "Ann Editor"] [--sub ann] [--expires-in 30d]\n' +
  "  --expires-in: seconds, or a number with s, m, h, d or w (default 30d)\n";

export interface TokenCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Prints a signed token (and nothing else) on stdout, so `$(npm run -s token -- --role editor)`
 * works. Exit codes: 0 done, 1 configuration problem, 2 bad flags (usage on stderr).
 */
export function runTokenCli(argv: string[], env: NodeJS.ProcessEnv, io: TokenCliIo): number {
  const usage = (problem: string) => {
    io.stderr(`${problem}\n${TOKEN_USAGE}`);
    return 2;
  };
  let values: { role?: string; name?: string; sub?: string; "expires-in"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: "string" },
        name: { type: "string" },
        sub: { type: "string" },
        "expires-in": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    io.stdout(TOKEN_USAGE);
    return 0;
  }
  if (!isTokenRole(values.role)) return usage(`--role must be editor or admin`);
  const expiresInSeconds = values["expires-in"] === undefined ? undefined : parseLifetime(values["expires-in"]);
  if (values["expires-in"] !== undefined && expiresInSeconds === undefined) {
    return usage(`--expires-in: cannot read "${values["expires-in"]}"`);
  }
  let secret: string;
  try {
    secret = resolveJwtSecret(loadConfig(env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  io.stdout(`${signToken(secret, { role: values.role, name: values.name, sub: values.sub }, { expiresInSeconds })}\n`);
  return 0;
}

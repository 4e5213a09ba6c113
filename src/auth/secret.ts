// Where the token-signing secret comes from: NEWSDESK_JWT_SECRET, or outside production a random one
// kept in the data folder, so development tokens work with no setup and survive restarts.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { AppConfig, ConfigError, isUsableSecret } from "../config";

export const SECRET_FILE_NAME = "jwt-secret";

/**
 * The HS256 secret for this process. Reads (or, the first time, creates) `<dataDir>/jwt-secret`
 * only when NEWSDESK_JWT_SECRET is unset and NODE_ENV is not production; production without a
 * secret fails here, at start-up, rather than at the first editor's request.
 */
export function resolveJwtSecret(config: Pick<AppConfig, "jwtSecret" | "nodeEnv" | "dataDir">): string {
  if (config.jwtSecret !== undefined) return config.jwtSecret;
  if (config.nodeEnv === "production") {
    throw new ConfigError("NEWSDESK_JWT_SECRET must be set in production (at least 32 characters, e.g. `openssl rand -base64 48`)");
  }
  const file = path.join(config.dataDir, SECRET_FILE_NAME);
  return readSecretFile(file) ?? createSecretFile(file);
}

function readSecretFile(file: string): string | undefined {
  let secret: string;
  try {
    secret = fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (!isUsableSecret(secret)) {
    throw new ConfigError(`${file} does not hold a usable secret; delete it and a new one is generated`);
  }
  return secret;
}

function createSecretFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  // Written whole under a private name, then linked into place: link() fails if the file exists,
  // so `npm start` and `npm run token` racing on a fresh folder agree on one secret, and neither
  // ever reads a half-written file.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(temporary, `${secret}\n`, { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readSecretFile(file)!;
  } finally {
    fs.unlinkSync(temporary);
  }
}

// Prints a bearer token for the API: npm run -s token -- --role editor|admin [--name "Ann Editor"]
// [--expires-in 7d]. Signed with the server's secret (NEWSDESK_JWT_SECRET or the data folder's).
import { runTokenCli } from "../src/auth/token-cli";

process.exitCode = runTokenCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

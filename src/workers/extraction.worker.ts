// The extraction worker thread: runs extraction (extractForIngest) on texts the API thread sends, so that a long
// ingest (up to 200 000 characters, a few hundred milliseconds of CPU) never holds up other
// requests or the health probes.
import { parentPort } from "node:worker_threads";
import { extractForIngest } from "../services/ingest-extraction";
import type { ExtractionRequest, ExtractionReply } from "./extraction-pool";

parentPort!.on("message", ({ id, text, options }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, extraction: extractForIngest(text, options) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});

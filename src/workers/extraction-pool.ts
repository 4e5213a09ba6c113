// Extraction off the API's main thread: one worker thread, started when first needed and
// restarted if it dies, that runs extractForIngest (pure, synchronous, CPU-bound) and answers with
// its result. The API thread stays free for other requests while a long text is read.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractOptions } from "../extraction";
import type { IngestExtraction } from "../services/ingest-extraction";

export interface ExtractionRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ExtractionReply =
  | { id: number; extraction: IngestExtraction; error?: undefined }
  | { id: number; error: { name: string; message: string; stack?: string } };

interface Pending {
  resolve(extraction: IngestExtraction): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Extraction that took this long is a fault (it is linear, and 200 000 characters take < 1 s). */
const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Under ts-jest the sources are TypeScript and there is no build: the worker then compiles each
 * module as it is required, with the TypeScript the tests already have (a devDependency; the
 * built API loads the compiled worker and needs no TypeScript).
 */
const TYPESCRIPT_BOOTSTRAP = `
const fs = require("node:fs");
const ts = require("typescript");
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  module._compile(ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText, filename);
};
require(require("node:worker_threads").workerData.entry);
`;

function startWorker(): Worker {
  const compiled = path.join(__dirname, "extraction.worker.js");
  if (__filename.endsWith(".js")) return new Worker(compiled);
  return new Worker(TYPESCRIPT_BOOTSTRAP, { eval: true, workerData: { entry: path.join(__dirname, "extraction.worker.ts") } });
}

export class ExtractionPool {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly timeoutMs = DEFAULT_TIMEOUT_MS) {}

  /** extractForIngest(text, options), computed on the worker thread. */
  extract(text: string, options: ExtractOptions = {}): Promise<IngestExtraction> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    const worker = this.running();
    const id = this.nextId++;
    return new Promise<IngestExtraction>((resolve, reject) => {
      // A runaway extraction takes the worker with it; the next request starts a new one.
      const timer = setTimeout(() => this.fail(new Error(`extraction took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      // Referenced while it has work, so a process waiting for an answer is not left to exit.
      worker.ref();
      worker.postMessage({ id, text, options } satisfies ExtractionRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.fail(new Error("the extraction pool is closed"));
    await worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on("message", (reply: ExtractionReply) => this.settle(reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", () => {
      if (this.worker === worker) this.fail(new Error("the extraction worker exited"));
    });
    // An idle worker must not keep a finished process (a CLI, a test) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: ExtractionReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.error) pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack }));
    else pending.resolve(reply.extraction);
  }

  /** Rejects everything pending and drops the worker (a new one starts on the next request). */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
    if (worker) void worker.terminate();
  }
}

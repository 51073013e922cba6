import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { errorMessage } from "../../errors/error-message.js";
import { loadGlossary, type Glossary } from "../../vietnamese/glossary/glossary.js";
import { parseDocument, type ParseOutcome, type ParseRequest } from "./parse-document.js";

/** Parses source files (read → structure → records), each outcome given back as a promise, in the order asked. */
export interface DocumentParser {
  parse(request: ParseRequest): Promise<ParseOutcome>;
  close(): Promise<void>;
}

/** Parses in the calling thread. */
export class InlineDocumentParser implements DocumentParser {
  constructor(private readonly glossary: Glossary) {}

  async parse(request: ParseRequest): Promise<ParseOutcome> {
    try {
      return await parseDocument(request, this.glossary);
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }

  async close(): Promise<void> {}
}

// Built JavaScript starts the built worker; TypeScript (vitest, tsx) starts it through a loader (typescript-worker.mjs).
const runsTypeScript = import.meta.url.endsWith(".ts");
const parseWorkerFile = new URL(runsTypeScript ? "./parse-worker.ts" : "./parse-worker.js", import.meta.url);

const WorkerReply = z.object({ id: z.number(), outcome: z.custom<ParseOutcome>((value) => typeof value === "object" && value !== null) });

/**
 * Parses in a worker thread, so that the next documents are read and structured while the calling thread writes the
 * one before into the index (decision 046): on two cores the two halves of an ingest overlap. The first file is parsed
 * in the calling thread while the worker starts; the worker parses the others in the order asked, with the glossary
 * of `loadGlossary()` (the one the ingest uses). If the worker cannot start or stops, the files it had not given back,
 * and every later one, are parsed in the calling thread: nothing is lost.
 */
export class WorkerDocumentParser implements DocumentParser {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 0;
  private readonly pending = new Map<number, { request: ParseRequest; resolve: (outcome: ParseOutcome | Promise<ParseOutcome>) => void }>();
  private readonly inline: InlineDocumentParser;

  /** `workerFile`: the worker's module (the parse worker; another only in tests). */
  constructor(private readonly workerFile: URL = parseWorkerFile) {
    this.inline = new InlineDocumentParser(loadGlossary());
  }

  /** Whether files are being parsed in the worker (false before the first, and after it stopped). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  parse(request: ParseRequest): Promise<ParseOutcome> {
    // The first file is parsed here while the worker starts: an ingest of one file does not wait for it.
    if (this.nextId === 0 && !this.failed) {
      this.nextId += 1;
      this.started();
      return this.inline.parse(request);
    }
    const worker = this.started();
    if (!worker) return this.inline.parse(request);
    const id = this.nextId++;
    // Waited for, the worker keeps the process alive; idle, it does not.
    worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, { request, resolve });
      worker.postMessage({ id, request });
    });
  }

  /** Stops the worker; a file still asked for (read ahead, no longer wanted) is not parsed. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failed = true;
    this.settlePending((request) => ({ error: `${request.file}: the ingest ended before it was parsed.` }));
    if (worker) await worker.terminate();
  }

  private started(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = runsTypeScript
        ? new Worker(new URL("./typescript-worker.mjs", import.meta.url), { workerData: { entry: this.workerFile.href } })
        : new Worker(this.workerFile);
      worker.on("message", (message: unknown) => {
        const reply = WorkerReply.safeParse(message);
        if (!reply.success) return;
        const waiting = this.pending.get(reply.data.id);
        this.pending.delete(reply.data.id);
        if (this.pending.size === 0) worker.unref();
        waiting?.resolve(reply.data.outcome);
      });
      worker.on("error", () => this.fallBack(worker));
      worker.on("exit", () => this.fallBack(worker));
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  /** The worker stopped: what it had not given back is parsed here, in the order asked, and so is every later file. */
  private fallBack(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    this.failed = true;
    this.settlePending((request) => this.inline.parse(request));
  }

  /** Gives every file still waiting for the worker the outcome `outcomeOf` makes, in the order asked. */
  private settlePending(outcomeOf: (request: ParseRequest) => ParseOutcome | Promise<ParseOutcome>): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve } of waiting) resolve(outcomeOf(request));
  }
}

/** With the glossary of `loadGlossary()`: a worker's parser when the machine has a core to spare for it, else the calling thread's. */
export function createDocumentParser(): DocumentParser {
  return availableParallelism() > 1 ? new WorkerDocumentParser() : new InlineDocumentParser(loadGlossary());
}

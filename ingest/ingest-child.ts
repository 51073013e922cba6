import { z } from "zod";
import { errorMessage } from "../errors/error-message.js";
import { runIngest, type IngestSettings } from "./run-ingest.js";

/**
 * The child-process side of `runIngestInChild`: receives the ingest settings over IPC, runs
 * the ingestion, sends progress lines and then the report (or the error), and exits. Parsing a
 * large or pathological document here never blocks the parent's event loop.
 */
const Job = z.object({
  settings: z.custom<IngestSettings>((value) => typeof value === "object" && value !== null && "sourcesDir" in value && "indexDir" in value),
  force: z.boolean(),
});

process.once("message", (message: unknown) => {
  void (async () => {
    const send = (payload: unknown) => new Promise<void>((resolve) => process.send?.(payload, () => resolve()));
    try {
      const job = Job.parse(message);
      const report = await runIngest(job.settings, { force: job.force, onProgress: (line) => void send({ progress: line }) });
      await send({ report });
    } catch (error) {
      await send({ error: errorMessage(error) });
    }
    process.disconnect?.();
  })();
});

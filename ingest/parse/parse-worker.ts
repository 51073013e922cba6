import { parentPort } from "node:worker_threads";
import { z } from "zod";
import { errorMessage } from "../../errors/error-message.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { parseDocument, type ParseOutcome } from "./parse-document.js";

/**
 * The worker thread of `WorkerDocumentParser`: parses the files it is sent, one after another, with the glossary
 * the ingest uses (loaded once), and sends each outcome back under the request's number.
 */
const Request = z.object({
  id: z.number(),
  request: z.object({
    sourcesDir: z.string(),
    file: z.string(),
    size: z.number(),
    budget: z.object({ maxDocumentBytes: z.number(), maxLineChars: z.number() }).optional(),
    cache: z.object({ indexDir: z.string(), key: z.string() }).optional(),
  }),
});

const port = parentPort;
if (port) {
  const glossary = loadGlossary();
  let queue = Promise.resolve();
  port.on("message", (message: unknown) => {
    queue = queue.then(async () => {
      const parsed = Request.safeParse(message);
      if (!parsed.success) return;
      let outcome: ParseOutcome;
      try {
        outcome = await parseDocument(parsed.data.request, glossary);
      } catch (error) {
        outcome = { error: errorMessage(error) };
      }
      port.postMessage({ id: parsed.data.id, outcome });
    });
  });
}

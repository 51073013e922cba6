import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import type { IngestOptions, IngestReport, IngestSettings } from "./run-ingest.js";

// Built JavaScript (dist/) forks the built child; TypeScript run through tsx forks the source with the same loader.
const runsTypeScript = import.meta.url.endsWith(".ts");
const childPath = fileURLToPath(new URL(runsTypeScript ? "./ingest-child.ts" : "./ingest-child.js", import.meta.url));

export class IngestChildError extends AppError {
  constructor(detail: string) {
    super("INGEST_CHILD_FAILED", `The rebuild in the background failed: ${detail}. The current index is still served; check the sources and run \`npm run ingest\` to see the full report.`);
  }
}

const ChildMessage = z.union([
  z.object({ progress: z.string() }),
  z.object({ report: z.looseObject({ documents: z.array(z.looseObject({ file: z.string() })), rebuilt: z.boolean(), milliseconds: z.number() }) }),
  z.object({ error: z.string() }),
]);

/**
 * `runIngest` in a child Node process (same TypeScript loader), so that a rebuild — whatever
 * the documents hold — costs the caller's event loop nothing: the bots keep answering from the
 * index they have and swap when the child is done. The child writes the index aside and swaps
 * it in by renames (as `npm run ingest` does); the caller then loads it.
 */
export function runIngestInChild(settings: IngestSettings, options: IngestOptions = {}): Promise<IngestReport> {
  return new Promise((resolve, reject) => {
    const child = fork(childPath, [], { execArgv: runsTypeScript ? ["--import", "tsx"] : [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    child.on("message", (raw: unknown) => {
      const message = ChildMessage.safeParse(raw);
      if (!message.success) return;
      if ("progress" in message.data) options.onProgress?.(message.data.progress);
      else if ("report" in message.data) {
        const report = message.data.report as unknown as IngestReport;
        finish(() => resolve(report));
      } else {
        const detail = message.data.error;
        finish(() => reject(new IngestChildError(detail)));
      }
    });
    child.once("error", (error) => finish(() => reject(new IngestChildError(error.message))));
    child.once("exit", (code, signal) => finish(() => reject(new IngestChildError(`the child process ended (${signal ?? `exit code ${code}`}) without a report`))));
    child.send({ settings, force: options.force ?? false });
  });
}

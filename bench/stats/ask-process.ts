import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnvironment } from "../../config/settings.js";
import { AppError } from "../../errors/app-error.js";
import { exitPeakMarker } from "./exit-peak-marker.js";

/** One `npm run ask -- "<question>"` process, as a person runs it: start, staleness check, index open, one answer, exit. */
export interface AskProcessResult {
  question: string;
  runs: number;
  /** Median wall time of one process, spawn to exit. */
  wallMilliseconds: number;
  /** Largest peak resident memory of the runs. */
  peakRssBytes: number;
}

export class AskProcessError extends AppError {
  constructor(detail: string) {
    super("ASK_PROCESS_FAILED", `The one-question ask process failed: ${detail}. Run \`npm run ask -- "…"\` with the same SOURCES_DIR and INDEX_DIR to see why.`);
  }
}

// The built files from dist/ (what `npm run ask` runs), the TypeScript ones under tsx.
const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
const askCli = fileURLToPath(new URL(`../../knowledge/ask-cli${extension}`, import.meta.url));
const exitPeak = new URL(`./report-exit-peak${extension}`, import.meta.url).href;

function runOnce(sourcesDir: string, indexDir: string, question: string): Promise<{ milliseconds: number; peakRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...process.execArgv.filter((flag) => !flag.startsWith("--max-old-space-size") && flag !== "--expose-gc"), "--import", exitPeak, askCli, question], {
      env: childEnvironment({ SOURCES_DIR: sourcesDir, INDEX_DIR: indexDir }),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    child.on("error", (error) => reject(new AskProcessError(error.message)));
    child.on("close", (code) => {
      const milliseconds = performance.now() - started;
      const peak = stderr.match(new RegExp(`${exitPeakMarker.replace(/[[\]]/g, "\\$&")} (\\d+)`));
      if (code !== 0 || !peak?.[1]) reject(new AskProcessError(`exit code ${code}; ${stderr.trim().split("\n").slice(-2).join(" ")}`));
      else resolve({ milliseconds, peakRssBytes: Number(peak[1]) });
    });
  });
}

/** Runs the ask process `runs` times one after another on a built index (the first run warms the disk cache and is not counted). */
export async function measureAskProcess(sourcesDir: string, indexDir: string, question: string, runs = 3): Promise<AskProcessResult> {
  await runOnce(sourcesDir, indexDir, question);
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await runOnce(sourcesDir, indexDir, question));
  const times = results.map((result) => result.milliseconds).sort((left, right) => left - right);
  return {
    question,
    runs,
    wallMilliseconds: times[Math.floor(times.length / 2)] ?? 0,
    peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes)),
  };
}

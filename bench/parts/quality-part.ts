import { ensureBaseIndex, jobTimeout, type BenchContext } from "../bench-context.js";
import { fixed, markdownTable, percentText, type Cell } from "../format/markdown-table.js";
import { runJob } from "../worker/run-job.js";
import type { QualityResult } from "../worker/worker-protocol.js";

/** Part 4: the project next to the usual LangChain BM25 pipeline on the eval cases. */
export async function runQualityPart(context: BenchContext): Promise<QualityResult> {
  const indexDir = await ensureBaseIndex(context);
  context.log("quality: LangChain BM25 baseline and the assistant on the eval cases…");
  return runJob(
    { kind: "quality", sourcesDir: context.sourcesDir, indexDir, casesPattern: context.options.casesPattern },
    { workDir: context.workDir, name: "quality", timeout: jobTimeout(context) },
  );
}

export function renderQuality(result: QualityResult): string {
  const measures = [...new Set(result.systems.flatMap((system) => Object.keys(system.shares)))];
  const header = ["Measure", ...result.systems.map((system) => system.name)];
  const rows: Cell[][] = [
    ["Questions scored (cases × wordings, non-refusal)", ...result.systems.map((system) => system.questions)],
    ...measures.map((measure): Cell[] => [measure, ...result.systems.map((system) => percentText(system.shares[measure] ?? null))]),
    ["Latency p50 (ms)", ...result.systems.map((system) => fixed(system.latency.p50, 2))],
    ["Latency p95 (ms)", ...result.systems.map((system) => fixed(system.latency.p95, 2))],
    ["Setup: build or load (ms)", ...result.systems.map((system) => fixed(system.setupMilliseconds, 0))],
  ];
  const notes = result.systems.flatMap((system) => [
    ...system.notes.map((note) => `- ${system.name}: ${note}`),
    ...(system.setupRebuiltIndex ? [`- ${system.name}: setup found the index stale and rebuilt it (the pipeline code changed after the build), so its time includes an ingestion`] : []),
  ]);
  return `### Quality side by side\n\n${result.cases} eval cases (${result.refusalCases} out of scope).\n\n${markdownTable(header, rows)}\n\n${notes.join("\n")}\n`;
}

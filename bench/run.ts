import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { attempt, type BenchContext, type Outcome } from "./bench-context.js";
import { parseBenchOptions, type BenchPart } from "./bench-options.js";
import { renderMachine } from "./format/render-machine.js";
import { describeMachine } from "./machine.js";
import { renderIngest, runIngestPart } from "./parts/ingest-part.js";
import { renderQuality, runQualityPart } from "./parts/quality-part.js";
import { renderQuestions, runQuestionsPart } from "./parts/questions-part.js";
import { renderScale, runScalePart } from "./parts/scale-part.js";
import { loadQuestionPool } from "./questions/question-pool.js";
import { writeResults } from "./results/write-results.js";

/**
 * `npm run bench [-- --only ingest|questions|scale|quality] [--scale 10,100]`: each measured job
 * runs in a child process of its own; the tables go to stdout and to .bench/results.{md,json}.
 * Order: ingestion, questions, quality, then scale (the longest) so a slow 100× run cannot
 * cost the other figures.
 */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  const workDir = await mkdtemp(path.join(tmpdir(), "plan-assistant-bench-"));
  const context: BenchContext = {
    options,
    sourcesDir: path.resolve(options.sourcesDir),
    workDir,
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
    deadline: performance.now() + options.budgetSeconds * 1000,
    baseIngest: null,
    baseQuestions: null,
  };
  const sections: string[] = [renderMachine(machine, startedAt)];
  const json: Record<string, unknown> = { machine, startedAt, options };
  const wants = (part: BenchPart) => options.parts.includes(part);
  const record = async <T>(name: BenchPart, outcome: Outcome<T>, render: (value: T) => string) => {
    json[name] = outcome.ok ? outcome.value : { error: outcome.error };
    const section = outcome.ok ? render(outcome.value) : `### ${name}\n\nNot measured: ${outcome.error}\n`;
    sections.push(section);
    process.stdout.write(`\n${section}`);
    await writeResults(options.resultsDir, `# Benchmark results\n\n${sections.join("\n")}`, json);
  };

  process.stdout.write(sections[0] as string);
  try {
    const pool = wants("questions") || wants("scale") ? loadQuestionPool(options.casesPattern) : null;
    if (wants("ingest")) await record("ingest", await attempt(() => runIngestPart(context)), renderIngest);
    if (wants("questions") && pool) {
      await record("questions", await attempt(() => runQuestionsPart(context, pool)), (value) => renderQuestions(value, pool));
    }
    if (wants("quality")) await record("quality", await attempt(() => runQualityPart(context)), renderQuality);
    if (wants("scale") && pool) await record("scale", await attempt(() => runScalePart(context, pool)), renderScale);
    json.finishedAt = new Date().toISOString();
    const files = await writeResults(options.resultsDir, `# Benchmark results\n\n${sections.join("\n")}`, json);
    process.stderr.write(`[bench] results written to ${files.markdown} and ${files.json}\n`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();

import { loadSettings } from "../config/settings.js";
import { assistantSettingsFrom } from "../knowledge/assistant-settings.js";
import { createAssistant } from "../knowledge/assistant.js";
import { parseCliOptions } from "./cli-options.js";
import { loadCases } from "./load-cases.js";
import { runEval } from "./run-eval.js";
import { errorMessage } from "../errors/error-message.js";
import { DEVDOCS_CASES_DIR, prepareDevdocsSources } from "./devdocs-sources.js";

/**
 * `npm run eval` — asks every known-answer case through the assistant (the bots' read path),
 * prints a table, writes `.reports/eval/report.json` and `report.html`, and exits 1 when the
 * pass rate is under the threshold, a case regressed or an out-of-scope question was answered.
 */
async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2));
  const cases = loadCases(options.cases, options.split ?? undefined);
  const shipped = assistantSettingsFrom(loadSettings());
  const settings = options.devdocs ? { ...shipped, ...prepareDevdocsSources(shipped.sourcesDir, shipped.indexDir) } : shipped;
  if (options.devdocs) cases.push(...loadCases(DEVDOCS_CASES_DIR, options.split ?? undefined));
  const assistant = await createAssistant({ ...settings, confidenceGate: options.confidenceGate, log: (line) => process.stderr.write(`${line}\n`) });
  const outcome = await runEval(assistant, cases, options, {
    sourcesDir: settings.sourcesDir,
    write: (text) => process.stdout.write(text),
    progress: (text) => process.stderr.write(text),
  });
  process.exitCode = outcome.exitCode;
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 2;
});

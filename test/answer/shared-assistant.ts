import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { createAssistant } from "../../knowledge/assistant.js";

let shared: Promise<Assistant> | null = null;
let sharedUngated: Promise<Assistant> | null = null;
let indexDir: string | null = null;

/** The fresh temporary index folder of this test file's assistants. */
function sharedIndexDir(): string {
  indexDir ??= mkdtempSync(path.join(tmpdir(), "plan-assistant-index-"));
  return indexDir;
}

/** One assistant over the shipped documents, indexed into a fresh temporary folder, shared by a test file. */
export function sharedAssistant(): Promise<Assistant> {
  shared ??= createAssistant({ sourcesDir: path.resolve("knowledge/sources"), indexDir: sharedIndexDir(), log: () => {} });
  return shared;
}

/** The same, with the confidence gate off: every answer comes with its confidence, none is refused for it. */
export function sharedUngatedAssistant(): Promise<Assistant> {
  sharedUngated ??= (async () => {
    await sharedAssistant(); // builds the index once; this one opens it
    return createAssistant({ sourcesDir: path.resolve("knowledge/sources"), indexDir: sharedIndexDir(), confidenceGate: false, log: () => {} });
  })();
  return sharedUngated;
}

export function leadingLines(text: string, count = 2): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .join("\n");
}

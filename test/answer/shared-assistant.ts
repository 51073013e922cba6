import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { createAssistant } from "../../knowledge/assistant.js";

let shared: Promise<Assistant> | null = null;

/** One assistant over the shipped documents, indexed into a fresh temporary folder, shared by a test file. */
export function sharedAssistant(): Promise<Assistant> {
  shared ??= createAssistant({
    sourcesDir: path.resolve("knowledge/sources"),
    indexDir: mkdtempSync(path.join(tmpdir(), "plan-assistant-index-")),
    log: () => {},
  });
  return shared;
}

export function leadingLines(text: string, count = 2): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .join("\n");
}

import path from "node:path";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { proseDuties } from "./prose-duties.js";
import type { TaskRecord } from "./schemas.js";

/** Shared by the prose duty tests: a document's body-text tasks, a task by line, and duties of a few lines. */
export const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");

/** The tasks of a document that come from its body text (no appendix table). */
export async function proseTasks(file: string): Promise<TaskRecord[]> {
  const document = ingestDocument(await readDocument(path.join(root, file)), glossary);
  return document.records.filter((record): record is TaskRecord => record.kind === "task" && record.locator.appendix === null);
}

export const taskAt = (tasks: TaskRecord[], line: number) => tasks.find((task) => task.locator.line === line);

/** The duties read from these lines, all under one section heading. */
export function dutiesOf(lines: string[], breadcrumb: string[]): ReturnType<typeof proseDuties> {
  return proseDuties({ file: "x.md", lines: lines.map((text, index) => ({ line: index + 1, text })), inTable: () => false, breadcrumbAt: () => breadcrumb }, glossary);
}

import { createInterface } from "node:readline";
import { z } from "zod";
import { loadSettings } from "../config/settings.js";
import type { Answer } from "./answer/answer-types.js";
import { createAssistant } from "./assistant.js";
import { assistantSettingsFrom } from "./assistant-settings.js";

/**
 * `npm run ask -- "ai chủ trì CSDL nhà ở?"` prints the answer for a person.
 * `npm run --silent ask -- --jsonl` reads {"id","question"} lines on stdin and writes one JSON
 * line per question on stdout, in input order, and nothing else there (logs go to stderr).
 */
const QuestionLine = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

function jsonLine(id: string | number, question: string, answer: Answer): string {
  return JSON.stringify({
    id,
    question,
    found: answer.found,
    answer: answer.text,
    citations: answer.citations.map(({ file, title, locator, quote }) => ({ file, title, locator, quote })),
  });
}

async function runJsonLines(): Promise<void> {
  const assistant = await createAssistant(assistantSettingsFrom(loadSettings()));
  const reader = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let parsed: z.infer<typeof QuestionLine>;
    try {
      parsed = QuestionLine.parse(JSON.parse(line));
    } catch {
      process.stderr.write(`Dòng ${lineNumber}: không phải JSON {"id","question"} hợp lệ, bỏ qua.\n`);
      process.stdout.write(`${JSON.stringify({ id: null, question: line, found: false, answer: "Dòng vào không hợp lệ.", citations: [] })}\n`);
      continue;
    }
    const answer = await assistant.answer(parsed.question);
    process.stdout.write(`${jsonLine(parsed.id, parsed.question, answer)}\n`);
  }
}

async function runOnce(question: string): Promise<void> {
  const assistant = await createAssistant(assistantSettingsFrom(loadSettings()));
  const answer = await assistant.answer(question);
  process.stdout.write(`${answer.text}\n`);
}

const args = process.argv.slice(2);
const task = args.includes("--jsonl") ? runJsonLines() : runOnce(args.filter((arg) => !arg.startsWith("--")).join(" "));
task.catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

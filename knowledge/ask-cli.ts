import { z } from "zod";
import { loadSettings } from "../config/settings.js";
import { errorMessage } from "../errors/error-message.js";
import { parseJsonLine, readBoundedLines, toJsonLine } from "../io/json-lines.js";
import type { Answer } from "./answer/answer-types.js";
import { createAssistant } from "./assistant.js";
import { assistantSettingsFrom } from "./assistant-settings.js";
import { limitQuestion } from "./question-limit.js";

/**
 * `npm run ask -- "ai chủ trì CSDL nhà ở?"` prints the answer for a person.
 * `npm run --silent ask -- --jsonl` reads {"id","question"} lines on stdin and writes one JSON
 * line per question on stdout, in input order, and nothing else there (logs go to stderr).
 * Questions longer than MAX_QUESTION_CHARS are cut (with a note on stderr); a line too long to
 * hold such a question is answered as invalid without being read into memory.
 */
const QuestionLine = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

function jsonLine(id: string | number | null, question: string, answer: Pick<Answer, "found" | "text" | "citations">): string {
  return toJsonLine({
    id,
    question,
    found: answer.found,
    answer: answer.text,
    citations: answer.citations.map(({ file, title, locator, quote }) => ({ file, title, locator, quote })),
  });
}

const invalid = (text: string) => ({ found: false, text, citations: [] });

async function runJsonLines(): Promise<void> {
  const settings = loadSettings();
  const assistant = await createAssistant(assistantSettingsFrom(settings));
  const maxQuestionChars = settings.maxQuestionChars;
  // A line is read whole up to 1 MiB (cheap), then its question is cut; past that it is skipped unread.
  const maxLineBytes = Math.max(1024 * 1024, maxQuestionChars * 6 + 4096);
  for await (const line of readBoundedLines(process.stdin, maxLineBytes)) {
    if (!line.overflowed && line.text.trim() === "") continue;
    if (line.overflowed) {
      process.stderr.write(`Dòng ${line.number}: dài hơn ${maxLineBytes} byte (câu hỏi tối đa ${maxQuestionChars} ký tự, MAX_QUESTION_CHARS), bỏ qua.\n`);
      process.stdout.write(`${jsonLine(null, line.text.slice(0, 200), invalid(`Dòng vào quá dài (câu hỏi tối đa ${maxQuestionChars} ký tự).`))}\n`);
      continue;
    }
    let parsed: z.infer<typeof QuestionLine>;
    try {
      parsed = QuestionLine.parse(parseJsonLine(line.text));
    } catch {
      process.stderr.write(`Dòng ${line.number}: không phải JSON {"id","question"} hợp lệ, bỏ qua.\n`);
      process.stdout.write(`${jsonLine(null, line.text.slice(0, 200), invalid("Dòng vào không hợp lệ."))}\n`);
      continue;
    }
    const { question, cut } = limitQuestion(parsed.question, maxQuestionChars);
    if (cut) process.stderr.write(`Dòng ${line.number}: câu hỏi dài ${parsed.question.length} ký tự, chỉ xét ${question.length} ký tự đầu (MAX_QUESTION_CHARS).\n`);
    const answer = await assistant.answer(question);
    process.stdout.write(`${jsonLine(parsed.id, question, answer)}\n`);
  }
}

async function runOnce(text: string): Promise<void> {
  const settings = loadSettings();
  const assistant = await createAssistant(assistantSettingsFrom(settings));
  const { question, cut } = limitQuestion(text, settings.maxQuestionChars);
  if (cut) process.stderr.write(`Câu hỏi dài hơn ${settings.maxQuestionChars} ký tự (MAX_QUESTION_CHARS): chỉ xét phần đầu.\n`);
  const answer = await assistant.answer(question);
  process.stdout.write(`${answer.text}\n`);
}

const args = process.argv.slice(2);
const task = args.includes("--jsonl") ? runJsonLines() : runOnce(args.filter((arg) => !arg.startsWith("--")).join(" "));
task.catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 1;
});

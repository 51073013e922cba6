import type { Answer } from "../answer-types.js";
import { fill } from "./templates.js";

/** "Không tìm thấy …", then the nearest contents the documents hold, numbered, when there are any. */
export function refusal(question: string, kind: Answer["kind"], suggestions: string[], message = fill("refusal")): Answer {
  const lines = [message];
  if (suggestions.length > 0) lines.push("", fill("refusalSuggestions"), ...suggestions.map((suggestion, index) => `${index + 1}. ${suggestion}`));
  return { question, found: false, kind, text: lines.join("\n"), citations: [], suggestions };
}

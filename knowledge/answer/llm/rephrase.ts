import { readFileSync } from "node:fs";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import type { Answer } from "../answer-types.js";
import { fill } from "../compose/templates.js";
import { checkGrounding } from "./grounding.js";

const systemPrompt = () => readFileSync(new URL("../../../prompts/llm/rephrase-system.md", import.meta.url), "utf8");
const userPrompt = () => readFileSync(new URL("../../../prompts/llm/rephrase-user.md", import.meta.url), "utf8");

export interface RephraseOutcome {
  answer: Answer;
  /** "llm" when the model's wording was kept; "extractive" when it was off, failed or not grounded. */
  usedWording: "llm" | "extractive";
  rejected: string[];
}

function factPart(text: string): string {
  const heading = fill("sourcesHeading");
  const index = text.indexOf(`\n${heading}`);
  return (index >= 0 ? text.slice(0, index) : text).trim();
}

function sourcesPart(text: string): string {
  const heading = fill("sourcesHeading");
  const index = text.indexOf(`\n${heading}`);
  return index >= 0 ? text.slice(index).trim() : "";
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === "object" && part && "text" in part ? String(part.text) : "")).join("");
  }
  return "";
}

/**
 * Lets the optional LLM phrase a found answer from its own cited sources. The citations and the
 * sources block stay as they are; output that names a number, date or agency the sources do
 * not hold is rejected and the extractive answer is used.
 */
export async function rephraseAnswer(model: BaseChatModel | null, answer: Answer, glossary: Glossary): Promise<RephraseOutcome> {
  if (!model || !answer.found || answer.kind.startsWith("list-")) return { answer, usedWording: "extractive", rejected: [] };
  const extractive = factPart(answer.text);
  const quotes = answer.citations.map((citation) => `- ${citation.title}, ${citation.locator}: «${citation.quote}»`).join("\n");
  const prompt = userPrompt().replace("{question}", answer.question).replace("{extractive}", extractive).replace("{quotes}", quotes);
  let output: string;
  try {
    const response = await model.invoke([new SystemMessage(systemPrompt()), new HumanMessage(prompt)]);
    output = contentText(response.content).trim();
  } catch {
    return { answer, usedWording: "extractive", rejected: [] };
  }
  if (output === "") return { answer, usedWording: "extractive", rejected: [] };
  const grounding = checkGrounding(output, [extractive, ...answer.citations.map((citation) => citation.quote)], glossary);
  if (!grounding.grounded) return { answer, usedWording: "extractive", rejected: grounding.unsupported };
  const sources = sourcesPart(answer.text);
  return { answer: { ...answer, text: [output, "", sources].join("\n").trim() }, usedWording: "llm", rejected: [] };
}

import { readFileSync } from "node:fs";
import { z } from "zod";
import { foldText } from "../../../vietnamese/fold.js";

const ConversationWordsFile = z.object({
  greetings: z.array(z.string().min(1)),
  followUpStarts: z.array(z.string().min(1)),
  followUpEnds: z.array(z.string().min(1)),
  roles: z.record(z.string(), z.array(z.string().min(1))),
});

export interface ConversationWords {
  greetings: ReadonlySet<string>;
  /** Folded, longest first. */
  followUpStarts: string[];
  followUpEnds: string[];
  /** Folded role phrases, longest first, each with its role. */
  roles: { phrase: string; role: string }[];
}

let cached: ConversationWords | null = null;

const longestFirst = (phrases: string[]) => [...new Set(phrases.map((phrase) => foldText(phrase)))].sort((left, right) => right.length - left.length);

/** The chat words of conversation-words.json, folded. */
export function conversationWords(): ConversationWords {
  if (cached) return cached;
  const file = ConversationWordsFile.parse(JSON.parse(readFileSync(new URL("./conversation-words.json", import.meta.url), "utf8")));
  cached = {
    greetings: new Set(file.greetings.map((phrase) => foldText(phrase))),
    followUpStarts: longestFirst(file.followUpStarts),
    followUpEnds: longestFirst(file.followUpEnds),
    roles: Object.entries(file.roles)
      .flatMap(([role, phrases]) => phrases.map((phrase) => ({ phrase: foldText(phrase), role })))
      .sort((left, right) => right.phrase.length - left.phrase.length),
  };
  return cached;
}

/** True when the message is nothing but greetings and politeness ("xin chào", "chào bạn ạ", "hi bot"). */
export function isGreeting(question: string): boolean {
  const words = foldText(question).split(" ").filter((word) => word !== "");
  if (words.length === 0 || words.length > 8) return false;
  const { greetings } = conversationWords();
  // Greedy cover by the greeting phrases, longest first.
  for (let index = 0; index < words.length; ) {
    const length = [3, 2, 1].find((size) => index + size <= words.length && greetings.has(words.slice(index, index + size).join(" ")));
    if (length === undefined) return false;
    index += length;
  }
  return true;
}

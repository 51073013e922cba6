import type { Answer, ListItem } from "../../knowledge/answer/answer-types.js";
import { BoundedMap } from "./bounded-map.js";

/** What the last list or refusal of a chat offered to pick by number. */
type Choices =
  | { kind: "items"; items: ListItem[]; question: string }
  | { kind: "suggestions"; suggestions: string[]; withheld?: { question: string; answer: NonNullable<Answer["withheld"]>; kind: Answer["kind"] } };

export type Pick =
  | { kind: "item"; index: number; item: ListItem }
  | { kind: "suggestion"; text: string }
  /** The source a confidence-gate refusal offered: its held-back answer. */
  | { kind: "withheld"; answer: Answer }
  | { kind: "out-of-range"; count: number };

/** "2", "số 2", "mục 2.", "#2": a reply that picks one numbered entry. */
const pickPattern = /^\s*(?:số|so|mục|muc|#)?\s*(\d{1,3})\s*[.)]?\s*$/iu;

/**
 * Per chat: the numbered entries of the last list answer (its items) or refusal (its
 * suggestions), so that replying with a number answers that entry; and the last list, for /xuat.
 * A new answer with entries replaces them; a found answer without any clears them.
 */
export class PickMemory {
  private readonly choices: BoundedMap<string, Choices>;
  private readonly lists: BoundedMap<string, { question: string; items: ListItem[] }>;

  constructor(capacity = 5000) {
    this.choices = new BoundedMap(capacity);
    this.lists = new BoundedMap(capacity);
  }

  remember(chatKey: string, answer: Answer): void {
    if (answer.items && answer.items.length > 0) {
      this.choices.set(chatKey, { kind: "items", items: answer.items, question: answer.question });
      this.lists.set(chatKey, { question: answer.question, items: answer.items });
    } else if (answer.suggestions.length > 0) {
      const withheld = answer.withheld ? { question: answer.question, answer: answer.withheld, kind: answer.kind } : undefined;
      this.choices.set(chatKey, { kind: "suggestions", suggestions: answer.suggestions, ...(withheld ? { withheld } : {}) });
    } else if (answer.found) {
      this.choices.delete(chatKey);
    }
  }

  /** The entry a number picks, or null when the text is no number or nothing was offered. */
  pick(chatKey: string, text: string): Pick | null {
    const match = pickPattern.exec(text.normalize("NFC"));
    const choices = this.choices.get(chatKey);
    if (!match || !choices) return null;
    const index = Number(match[1]);
    const entries = choices.kind === "items" ? choices.items : choices.suggestions;
    if (index < 1 || index > entries.length) return { kind: "out-of-range", count: entries.length };
    if (choices.kind === "items") {
      const item = choices.items[index - 1];
      return item ? { kind: "item", index, item } : null;
    }
    const suggestion = choices.suggestions[index - 1];
    if (suggestion === undefined) return null;
    if (choices.withheld) {
      const { question, answer, kind } = choices.withheld;
      return { kind: "withheld", answer: { question, found: true, kind, text: answer.text, citations: answer.citations, suggestions: [] } };
    }
    return { kind: "suggestion", text: suggestion };
  }

  /** The last list answer of the chat (for /xuat), if any. */
  lastList(chatKey: string): { question: string; items: ListItem[] } | undefined {
    return this.lists.get(chatKey);
  }
}

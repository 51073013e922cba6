import type { SourceLine } from "../../../read/source-text.js";

/** How one line of a labelled-bullet list reads. */
export type BulletLine =
  | { type: "blank" }
  | { type: "item"; itemNumber: string; text: string }
  | { type: "field"; label: string; value: string }
  | { type: "bullet"; text: string }
  | { type: "heading"; text: string }
  | { type: "text"; text: string };

const MAX_LABEL = 50;

/** Removes Markdown emphasis and HTML, collapses spaces; keeps the words and punctuation as written. */
export function cleanText(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(“"])\*(?=\S)/g, "$1")
    .replace(/(\S)\*(?=[\s)”".,;:]|$)/g, "$1")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function readBulletLine(sourceLine: SourceLine): BulletLine {
  const raw = sourceLine.text;
  if (raw.includes("\t")) return { type: "text", text: cleanText(raw) };
  const trimmed = raw.trim();
  if (cleanText(trimmed) === "") return { type: "blank" };
  if (/^#{1,6}\s+/.test(trimmed) || /^\*\*[^*]+\*\*:?$/.test(trimmed)) {
    return { type: "heading", text: cleanText(trimmed.replace(/^#{1,6}\s+/, "")) };
  }
  const bullet = /^[-+•*]\s+(.*)$/u.exec(trimmed);
  if (bullet) {
    const text = cleanText(bullet[1] ?? "");
    const colon = text.search(/:(\s|$)/);
    const label = colon > 0 ? text.slice(0, colon).trim() : "";
    const value = colon > 0 ? text.slice(colon + 1).trim() : "";
    if (label.length >= 3 && label.length <= MAX_LABEL && /^\p{Lu}/u.test(label) && !/\d/.test(label) && value !== "") {
      return { type: "field", label, value };
    }
    return { type: "bullet", text };
  }
  const item = /^(\d{1,3}(?:\.\d{1,2})*)[.)]\s+(\S.*)$/u.exec(trimmed);
  if (item) return { type: "item", itemNumber: item[1] ?? "", text: cleanText(item[2] ?? "") };
  return { type: "text", text: cleanText(trimmed) };
}

/** A line that carries on the sentence above it (starts in lower case once emphasis is removed). */
export function continuesText(line: BulletLine): boolean {
  return line.type === "text" && /^\p{Ll}/u.test(line.text);
}

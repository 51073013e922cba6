import { rememberedByText, textLength } from "../../../vietnamese/text-cache.js";

/** Small readers of one line of source text, shared by the section and metadata builders. */

const MAX_TITLE_LENGTH = 120;

/**
 * The line without Markdown decoration (#, **, *, _, the backslash of an escaped "1\\." or "\\-"), HTML tags and surrounding spaces; inner spaces collapsed.
 * Kept per line: the section, metadata, heading and facts readers each ask it of the same lines (decision 031).
 */
export const plainText = rememberedByText(2_000_000, plainTextOf, textLength);

function plainTextOf(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\\([-.&*_#+()[\]!])/g, "$1")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S)/g, "$1$2")
    .replace(/(\S)\*(\s|$)/g, "$1$2")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function isBlank(text: string): boolean {
  return plainText(text) === "";
}

export { capsRatio, isCapsLine } from "../../../vietnamese/letter-case.js";

/** Starts like a sentence fragment that continues a wrapped line: a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** The first ~120 characters as written, cut at a word boundary, with "…" when cut. */
export function shortTitle(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.slice(0, MAX_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 60 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

import type { SourceLine } from "../../read/source-text.js";
import type { Signer } from "../../records/document-facts-schema.js";
import { foldText } from "../../../vietnamese/fold.js";
import { isCapsLine, plainText } from "./line-text.js";
import { loadVocabulary } from "./vocabulary.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** Authority lines under the first one ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"): short capital lines. */
const MAX_AUTHORITY_LINES = 4;
const MAX_AUTHORITY_WORDS = 8;
/** Non-blank lines searched after a closing label ("Nơi nhận") for a block without a prefix. */
const CLOSING_WINDOW = 30;

interface Line {
  line: number;
  plain: string;
}

/** The line without table pipes, emphasis and the "[đã ký]" / "(Đã ký)" marks. */
function cleaned(text: string): string {
  return plainText(text).replace(/^\|\s*(?:\|\s*)*/u, "").replace(/\s*\|\s*$/u, "").replace(/\*/g, "").trim();
}

function signedMark(plain: string): RegExpExecArray | null {
  const marks = loadVocabulary().signedMarks.map((mark) => escapeRegExp(mark)).join("|");
  return new RegExp(`[([]\\s*(?:${marks})\\s*[)\\]]`, "iu").exec(plain);
}

function isMarkOnly(plain: string): boolean {
  const mark = signedMark(plain);
  return mark !== null && plain.replace(mark[0], "").trim() === "";
}

/** "Lê Hồng Vinh", "Nguyễn Hòa Bình": two to five capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.replace(/[.,;]+$/u, "").trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
}

function startsWithPrefix(plain: string): boolean {
  const vocabulary = loadVocabulary();
  return (
    vocabulary.signaturePrefixes.some((prefix) => plain.startsWith(`${prefix} `)) ||
    vocabulary.signatureSlashPrefixes.some((prefix) => plain.startsWith(`${prefix} `))
  );
}

function isAuthority(plain: string): boolean {
  const words = plain.split(" ").length;
  return words <= MAX_AUTHORITY_WORDS && isCapsLine(plain) && !plain.startsWith("-");
}

/** Reads the block that starts at `start`: its authority lines, then the name under them (after any "đã ký" mark). */
function readBlock(lines: Line[], start: number): Signer | null {
  const first = lines[start];
  if (!first) return null;
  const authority: string[] = [];
  const quoted: string[] = [];
  let index = start;
  for (; index < lines.length && authority.length < MAX_AUTHORITY_LINES; index += 1) {
    const current = lines[index];
    if (!current) break;
    const mark = signedMark(current.plain);
    const before = mark ? current.plain.slice(0, mark.index).trim() : current.plain;
    if (!isAuthority(before) && !(mark && before === "")) break;
    if (before !== "") authority.push(before);
    quoted.push(current.plain);
    // "T/M BỘ CHÍNH TRỊ (Đã ký) Trương Thị Mai": the name follows the mark on the same line.
    const after = mark ? current.plain.slice(mark.index + mark[0].length).trim() : "";
    if (after !== "") return isPersonName(after) ? { name: after.replace(/[.,;]+$/u, ""), authority, source: { line: first.line, quote: quoted.join(" ") } } : null;
  }
  if (authority.length === 0) return null;
  while (lines[index] && isMarkOnly(lines[index]?.plain ?? "")) {
    quoted.push(lines[index]?.plain ?? "");
    index += 1;
  }
  const next = lines[index];
  const name = next && isPersonName(next.plain) ? next.plain.replace(/[.,;]+$/u, "") : null;
  if (name && next) quoted.push(next.plain);
  return { name, authority, source: { line: first.line, quote: quoted.join(" ") } };
}

/**
 * The document's own signature block: the first block opened by a signature prefix ("TM.",
 * "KT.", "T/M") — or, without one, the first short capital lines after "Nơi nhận" that have a
 * name under them — before the text of another document the file goes on with (`end`).
 */
export function readSigner(sourceLines: SourceLine[], end = Number.POSITIVE_INFINITY): Signer | null {
  const lines: Line[] = sourceLines
    .filter((sourceLine) => sourceLine.line < end)
    .map((sourceLine) => ({ line: sourceLine.line, plain: cleaned(sourceLine.text) }))
    .filter((entry) => entry.plain !== "");
  const closingLabels = loadVocabulary().closingLabels.map((label) => foldText(label));
  let firstUnnamed: Signer | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const plain = lines[index]?.plain ?? "";
    if (!startsWithPrefix(plain)) continue;
    const block = readBlock(lines, index);
    if (block?.name) return block;
    firstUnnamed ??= block;
  }
  const closing = lines.findIndex((entry) => closingLabels.some((label) => foldText(entry.plain).startsWith(label)));
  if (closing !== -1) {
    for (let index = closing + 1; index < Math.min(lines.length, closing + CLOSING_WINDOW); index += 1) {
      const plain = lines[index]?.plain ?? "";
      if (!isAuthority(plain)) continue;
      const block = readBlock(lines, index);
      if (block?.name) return block;
    }
  }
  return firstUnnamed;
}

/**
 * "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW": a name
 * written just before a signing verb in a sentence that names the document's own number.
 */
export function readProseSigner(sourceLines: SourceLine[], ownNumber: string | null): Signer | null {
  if (!ownNumber) return null;
  const number = foldText(ownNumber);
  const verbs = loadVocabulary().signedVerbs.map((verb) => escapeRegExp(verb)).join("|");
  const pattern = new RegExp(`((?:\\p{Lu}\\p{Ll}+\\s+){1,4}\\p{Lu}\\p{Ll}+)\\s+(?:${verbs})(?!\\p{L})`, "u");
  for (const sourceLine of sourceLines) {
    const plain = cleaned(sourceLine.text);
    if (!foldText(plain).includes(number)) continue;
    const match = pattern.exec(plain);
    if (!match?.[1]) continue;
    // The run of capitalised words may begin with the title ("Tổng Bí thư Tô Lâm" → "Bí" is capitalised too): keep the last words that form a name after a lower-case word.
    const before = plain.slice(0, match.index).trim();
    const words = match[1].split(/\s+/u);
    const name = words.slice(-Math.min(words.length, 3)).join(" ");
    if (!isPersonName(name)) continue;
    return { name, authority: [before.replace(/[,\s]+$/u, "")].filter((text) => text !== ""), source: { line: sourceLine.line, quote: plain } };
  }
  return null;
}

import type { SourceLine } from "../../read/source-text.js";
import type { DocumentFacts, FactSource } from "../../records/document-facts-schema.js";
import { foldText } from "../../../vietnamese/fold.js";
import { readCitations } from "./citations.js";
import { plainText } from "./line-text.js";
import { readProseSigner, readSigner } from "./signature.js";
import { loadVocabulary } from "./vocabulary.js";

/** Lines searched from the top for the document's own number and date. */
const HEADER_SEARCH = 80;

/** The first line (of the first `limit`) whose text holds `wanted` (folded, spacing ignored). */
function lineHolding(lines: SourceLine[], wanted: string, limit = lines.length): FactSource | null {
  const key = foldText(wanted).replace(/\s+/g, "");
  if (key === "") return null;
  for (const sourceLine of lines.slice(0, limit)) {
    if (foldText(plainText(sourceLine.text)).replace(/\s+/g, "").includes(key)) return { line: sourceLine.line, quote: sourceLine.text.trim() };
  }
  return null;
}

/**
 * Where the text of another document begins inside the file (a compilation that goes on with
 * "# Kết luận số 69-KL/TW"): a line that is only "<Kind> số <number>" of another number.
 */
function otherDocumentStart(lines: SourceLine[], ownNumber: string | null): number {
  const kinds = loadVocabulary().citedKinds.map((kind) => foldText(kind.name));
  const own = ownNumber ? foldText(ownNumber) : null;
  for (const sourceLine of lines) {
    const folded = foldText(plainText(sourceLine.text));
    const kind = kinds.find((name) => folded.startsWith(`${name} so `));
    if (!kind || folded.split(" ").length > kind.split(" ").length + 5) continue;
    const number = folded.slice(kind.length + 4);
    if (/^\d/.test(number) && number !== own) return sourceLine.line;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Facts about the document itself: the lines its own number and date are written on, its
 * signer (the signature block, or a sentence saying who signed it), and the documents it cites.
 */
export function readDocumentFacts(lines: SourceLine[], own: { number: string | null; dateText: string }): DocumentFacts {
  const numberDigits = own.number?.split("/")[0] ?? null;
  const numberSource = own.number
    ? (lineHolding(lines, own.number, HEADER_SEARCH) ??
      (numberDigits ? lineHolding(lines.filter((sourceLine) => /^\s*Số\b/u.test(plainText(sourceLine.text))), `${numberDigits}/`, HEADER_SEARCH) : null) ??
      lineHolding(lines, own.number))
    : null;
  const dateSource = own.dateText.trim() !== "" && /\d{1,2}/.test(own.dateText.replace(/năm \d{4}$/u, ""))
    ? (lineHolding(lines, own.dateText, HEADER_SEARCH) ?? lineHolding(lines, own.dateText))
    : null;
  const end = otherDocumentStart(lines, own.number);
  const signer = readSigner(lines, end);
  const signed = signer?.name ? signer : (readProseSigner(lines, own.number) ?? signer);
  return { numberSource, dateSource, signer: signed, citations: readCitations(lines, own.number), effective: effectiveClause(lines, end) };
}

/** "… này có hiệu lực (thi hành) (kể) từ …", "… có hiệu lực sau … ngày": how legal texts state when they take effect. */
const takesEffect = /\bco hieu luc(?: thi hanh)?(?: ke)? (?:tu|sau|ke tu)\b/;

/**
 * The sentence of the document's own text (before another document begins) that says when it takes
 * effect, quoted from its line; null when none does.
 */
function effectiveClause(lines: SourceLine[], end: number): FactSource | null {
  for (const sourceLine of lines) {
    if (sourceLine.line >= end) break;
    const text = plainText(sourceLine.text).trim();
    const folded = foldText(text);
    const found = takesEffect.exec(folded);
    if (!found) continue;
    // The sentence that holds it: a line may carry the article's number ("Điều 2.") or a next sentence.
    const sentences = text.split(/(?<=[.;])\s+(?=\p{Lu})/u);
    const sentence = sentences.find((part) => takesEffect.test(foldText(part))) ?? text;
    return { line: sourceLine.line, quote: sentence.replace(/^Điều\s+\d+\.\s*/u, "").trim() };
  }
  return null;
}

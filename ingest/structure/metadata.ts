import type { SourceLine } from "../read/source-text.js";
import { DocumentInfo } from "../records/schemas.js";
import { foldText } from "../../vietnamese/fold.js";
import { buildAliases } from "./document/aliases.js";
import {
  type AttachmentReference,
  type DateField,
  type NumberField,
  kindOfCode,
  normalizeIssuer,
  readAttachmentReference,
  readDate,
  readNumberLine,
} from "./document/header-fields.js";
import { isCapsLine, plainText } from "./document/line-text.js";
import { fileNameTitle, fileNameWords, kindOfFileName, readOpeningTitle } from "./document/opening-title.js";
import { findTitleBlocks } from "./document/title-block.js";
import { readDocumentFacts } from "./document/document-facts.js";
import { loadVocabulary } from "./document/vocabulary.js";

/** Lines searched for the header block (issuer, "Số:", place and date) when no kind line bounds it. */
const HEADER_WINDOW = 30;

function firstMatch<T>(texts: string[], read: (text: string) => T | null): T | null {
  for (const text of texts) {
    const found = read(text);
    if (found) return found;
  }
  return null;
}

/** "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ" (or on one line) in the header → "UBND tỉnh Quảng Trị". */
function headerIssuer(header: string[]): string | null {
  const vocabulary = loadVocabulary();
  for (let index = 0; index < header.length; index += 1) {
    const text = header[index] ?? "";
    if (!isCapsLine(text)) continue;
    const folded = foldText(text);
    if (!vocabulary.issuers.some((issuer) => issuer.written.some((form) => folded.startsWith(foldText(form))))) continue;
    const nextText = header[index + 1] ?? "";
    const unitNext = vocabulary.administrativeUnits.some((unit) => foldText(nextText).startsWith(`${foldText(unit)} `));
    return normalizeIssuer(unitNext ? `${text} ${nextText}` : text);
  }
  return null;
}

/** "Quảng Trị, ngày …" → "Quảng Trị". */
function placeOf(header: string[]): string | null {
  return firstMatch(header, (text) => /^([\p{L} ]{2,40}),\s*ngày\b/u.exec(text)?.[1]?.trim() ?? null);
}

/** The issuing body named by the number code ("CTr-BCĐ" → Ban Chỉ đạo), spelled out from the title when it names it. */
function issuerFromCode(code: string, title: string, place: string | null): string | null {
  const suffix = code.split("-").slice(1).join("-");
  const body = loadVocabulary().issuers.find((issuer) => issuer.codes.includes(suffix));
  if (!body) return null;
  const start = foldText(title).indexOf(foldText(body.short));
  if (start !== -1 && place) {
    const fromBody = title.slice(title.toLowerCase().indexOf(body.short.toLowerCase()));
    const placeAt = fromBody.indexOf(place);
    if (fromBody.toLowerCase().startsWith(body.short.toLowerCase()) && placeAt !== -1) {
      return fromBody.slice(0, placeAt + place.length);
    }
  }
  return place ? `${body.short} tỉnh ${place}` : body.short;
}

/** Each line, with a bracketed note that wraps ("(Kèm theo … của Uỷ ban" / "nhân dân tỉnh Quảng Trị)") joined to its end. */
function bracketedTexts(plain: string[]): string[] {
  return plain.map((text, index) => {
    if (!text.startsWith("(") || text.includes(")")) return text;
    let joined = text;
    for (let next = index + 1; next < Math.min(plain.length, index + 6) && !joined.includes(")"); next += 1) {
      const nextText = plain[next] ?? "";
      if (nextText !== "") joined = `${joined} ${nextText}`;
    }
    return joined;
  });
}

/** Reads the document's kind, number, date, issuer, title and citation aliases from its own text; never invents. */
export function readDocumentInfo(file: string, lines: SourceLine[]): DocumentInfo {
  const plain = lines.map((sourceLine) => plainText(sourceLine.text));
  const allBlocks = findTitleBlocks(lines);
  // A title block far from the top belongs to another text the document quotes or appends.
  const blocks = allBlocks[0] && allBlocks[0].kindLine > HEADER_WINDOW ? [] : allBlocks;
  const firstBlock = blocks[0];
  const opening = firstBlock ? null : readOpeningTitle(lines);
  const headerEnd = firstBlock && firstBlock.kindLine <= HEADER_WINDOW ? firstBlock.kindLine - 1 : HEADER_WINDOW;
  const header = plain.slice(0, Math.max(headerEnd, 0));
  const headerAndTitle = plain.slice(0, HEADER_WINDOW);

  const references = bracketedTexts(plain).map(readAttachmentReference).filter((found): found is AttachmentReference => found !== null);
  const numberLine = firstMatch(header, readNumberLine) ?? firstMatch(headerAndTitle, readNumberLine);
  const kind =
    firstBlock?.kindName ?? (numberLine ? kindOfCode(numberLine.code) : null) ?? references[0]?.kind ?? opening?.kind ?? kindOfFileName(file) ?? "Văn bản";
  const ownReferences = references.filter((reference) => foldText(reference.kind) === foldText(kind));
  const reference = ownReferences.find((found) => found.number.number !== null) ?? ownReferences[0] ?? null;

  const numberField: NumberField | null = numberLine?.number ? numberLine : (reference?.number ?? numberLine);
  const placeDate = firstMatch(header, (text) => (/^[\p{L} ]{2,40},\s*ngày\b/u.test(text) ? readDate(text) : null));
  const dateField: DateField | null =
    placeDate?.date ? placeDate : (reference?.date?.date ? reference.date : (placeDate ?? reference?.date ?? null));

  // A document that names itself nowhere is named by its file, as staff name files after documents.
  const title = firstBlock?.title ?? opening?.title ?? fileNameTitle(file, lines, kind);
  const place = placeOf(header);
  const issuer =
    headerIssuer(headerAndTitle) ??
    (reference?.issuer && /\s(tỉnh|thành phố)\s\S/u.test(reference.issuer) ? reference.issuer : null) ??
    (numberField ? issuerFromCode(numberField.code, title, place) : null) ??
    reference?.issuer ??
    "";

  const number = numberField?.number ?? opening?.number ?? null;
  const dateText = dateField?.dateText ?? "";
  return DocumentInfo.parse({
    file,
    kind,
    number,
    date: dateField?.date ?? null,
    dateText,
    issuer,
    title,
    aliases: [...buildAliases({ kind, number, title, attachedBlocks: blocks.slice(1) }), fileNameWords(file)],
    facts: readDocumentFacts(lines, { number, dateText }),
  });
}

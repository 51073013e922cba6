import { foldText } from "../../../vietnamese/fold.js";
import { loadVocabulary } from "./vocabulary.js";

/** A document number as written in "Số: 429/KH-UBND"; `number` is null for a blank placeholder ("Số: /KH-UBND"). */
export interface NumberField {
  number: string | null;
  /** The code after the slash, e.g. "KH-UBND", "CTr-BCĐ". */
  code: string;
}

export interface DateField {
  /** ISO date when day, month and year are all written. */
  date: string | null;
  /** As written for a full date; "năm 2025" when only the year is filled in. */
  dateText: string;
}

/** A reference like "(Kèm theo Kế hoạch số 429/KH-UBND ngày 30/01/2025 của UBND tỉnh Quảng Trị)". */
export interface AttachmentReference {
  kind: string;
  number: NumberField;
  date: DateField | null;
  issuer: string | null;
}

const CODE = "[\\p{L}\\d&.]+(?:-[\\p{L}\\d&.]+)*";
const NUMBER_LINE = new RegExp(`^Số\\s*:?\\s*(\\d+[\\w.]*)?\\s*\\/\\s*(${CODE})`, "u");

export function readNumberLine(plain: string): NumberField | null {
  const match = NUMBER_LINE.exec(plain);
  if (!match) return null;
  const code = match[2] ?? "";
  return { number: match[1] ? `${match[1]}/${code}` : null, code };
}

function isoDate(day: number, month: number, year: number): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1900) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads "ngày 30 tháng 01 năm 2025", "ngày 29/7/2022", or a placeholder "ngày tháng năm 2025" / "ngày / /2025". */
export function readDate(plain: string): DateField | null {
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(plain);
  if (words) {
    return { date: isoDate(Number(words[1]), Number(words[2]), Number(words[3])), dateText: words[0] };
  }
  const slashes = /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(plain);
  if (slashes) {
    return { date: isoDate(Number(slashes[1]), Number(slashes[2]), Number(slashes[3])), dateText: slashes[0] };
  }
  const yearOnly = /ngày[\s/]*(?:tháng[\s/]*)?(?:năm\s*)?(\d{4})/u.exec(plain);
  if (yearOnly) return { date: null, dateText: `năm ${yearOnly[1]}` };
  return null;
}

/** The kind whose code starts a number code ("KH-UBND" → "Kế hoạch"). */
export function kindOfCode(code: string): string | null {
  const first = code.split("-")[0] ?? "";
  const kind = loadVocabulary().documentKinds.find((entry) => entry.codes.some((written) => written === first));
  return kind ? kind.name : null;
}

/** "TỈNH QUẢNG TRỊ" → "tỉnh Quảng Trị"; "Uỷ ban nhân dân tỉnh Quảng Trị" → "UBND tỉnh Quảng Trị". */
export function normalizeIssuer(written: string): string {
  const vocabulary = loadVocabulary();
  let text = written.replace(/\s+/g, " ").trim().replace(/[.,;:]+$/, "");
  for (const issuer of vocabulary.issuers) {
    for (const form of issuer.written) {
      const folded = foldText(form);
      const words = text.split(" ");
      for (let length = words.length; length > 0; length -= 1) {
        if (foldText(words.slice(0, length).join(" ")) === folded) {
          text = [issuer.short, ...words.slice(length)].join(" ");
          break;
        }
      }
    }
  }
  const words = text.split(" ");
  const unitIndex = words.findIndex((word) => vocabulary.administrativeUnits.includes(word.toLowerCase()));
  if (unitIndex === -1) return text;
  const place = words.slice(unitIndex + 1).map((word) =>
    word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word,
  );
  return [...words.slice(0, unitIndex), (words[unitIndex] ?? "").toLowerCase(), ...place].join(" ");
}

/** Finds "(Kèm theo <Kind> số <number> ngày <date> của <issuer>)" in a line. */
export function readAttachmentReference(plain: string): AttachmentReference | null {
  const kinds = loadVocabulary().documentKinds.map((entry) => entry.name).join("|");
  const pattern = new RegExp(
    `kèm theo\\s+(${kinds})\\s+số\\s*:?\\s*(\\d+[\\w.]*)?\\s*\\/\\s*(${CODE})\\s*,?\\s*(ngày[^)]*?)?\\s*(?:của\\s+([^)]+))?\\)?$`,
    "iu",
  );
  const match = pattern.exec(plain);
  if (!match) return null;
  const written = match[1] ?? "";
  const kind = loadVocabulary().documentKinds.find((entry) => foldText(entry.name) === foldText(written))?.name ?? written;
  const code = match[3] ?? "";
  return {
    kind,
    number: { number: match[2] ? `${match[2]}/${code}` : null, code },
    date: match[4] ? readDate(match[4]) : null,
    issuer: match[5] ? normalizeIssuer(match[5]) : null,
  };
}

import { rememberedByText, textLength } from "../../../../vietnamese/text-cache.js";
import { loadVocabulary } from "./vocabulary.js";

/** Shapes of cell text used to decide which column a line belongs to. */

/** Collapses runs of spaces; the column search asks for the same texts many times, so results are kept. */
export const collapseSpaces: (text: string) => string = rememberedByText(2_000_000, (text) => text.replace(/[\s\u00a0]+/g, " ").trim(), textLength);

const wordBoundary = (text: string, length: number): boolean => {
  const next = text.charAt(length);
  return next === "" || !/[\p{L}\p{N}]/u.test(next);
};

function startsWithAny(text: string, words: string[]): boolean {
  return words.some((word) => text.startsWith(word) && wordBoundary(text, word.length));
}

/** Remembers answers per text: the column search asks the same questions many times. */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  return rememberedByText(1_000_000, test);
}

export const startsWithAgency = remembered((text) => startsWithAny(collapseSpaces(text), loadVocabulary().agencyStarts));

export const startsWithProduct = remembered((text) => startsWithAny(collapseSpaces(text), loadVocabulary().productStarts));

let deadlineExpressions: RegExp[] | null = null;

export const isDeadlineText = remembered(deadlineShape);

function deadlineShape(text: string): boolean {
  deadlineExpressions ??= loadVocabulary().deadlinePatterns.map((pattern) => new RegExp(pattern, "iu"));
  const cell = collapseSpaces(text).replace(/[.;]$/, "");
  return cell !== "" && deadlineExpressions.some((expression) => expression.test(cell));
}

/** A cell ending like this ("Sở Khoa học và", "ngành,") is cut: its text goes on elsewhere. */
export const endsDangling = remembered(danglingShape);

function danglingShape(text: string): boolean {
  const cell = collapseSpaces(text);
  return loadVocabulary().danglingEndings.some((ending) => {
    if (!cell.endsWith(ending)) return false;
    const before = cell.charAt(cell.length - ending.length - 1);
    return /[,;\-–]$/.test(ending) || before === "" || before === " ";
  });
}

export function startsLowercase(text: string): boolean {
  const first = collapseSpaces(text).charAt(0);
  return first !== "" && first === first.toLowerCase() && first !== first.toUpperCase();
}

export function startsUppercase(text: string): boolean {
  const first = collapseSpaces(text).charAt(0);
  return first !== "" && first === first.toUpperCase() && first !== first.toLowerCase();
}

export function isUrlLine(text: string): boolean {
  return /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(text);
}

export function isBlankLine(text: string): boolean {
  return text === "";
}

/** A line made of spaces only: in this layout it stands for an empty cell. */
export function isWhitespaceOnly(text: string): boolean {
  return text !== "" && collapseSpaces(text) === "";
}

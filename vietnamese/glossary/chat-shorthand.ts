import { readFileSync } from "node:fs";
import { z } from "zod";

const ShorthandFile = z.object({ shorthand: z.record(z.string(), z.string()) });

let cached: Map<string, string> | null = null;

function shorthand(): Map<string, string> {
  if (!cached) {
    const file = ShorthandFile.parse(JSON.parse(readFileSync(new URL("../../knowledge/glossary/chat-shorthand.json", import.meta.url), "utf8")));
    cached = new Map(Object.entries(file.shorthand).map(([short, long]) => [short.normalize("NFC").toLowerCase(), long]));
  }
  return cached;
}

/**
 * "T mấy", "Q nào": the letter officials shorten "tháng" and "quý" to before a number ("T11/2025",
 * "Q3/2026", read as periods) stands for the word before a question word too.
 */
const periodLetterAsked = /(?<![\p{L}\p{N}])([TtQq])\s+(mấy|may|nào|nao)(?![\p{L}\p{N}])/gu;

/** "Q1", "T10/2025": the period letter glued to its number, a quarter (1–4) or a month (1–12). */
const periodLetterNumber = /(?<![\p{L}\p{N}.])([TtQq])(\d{1,2})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** "26-30", "giai đoạn 26–30": two years of this century written with their last two digits, the later second. */
const shortYearRange = /(?<![\p{L}\p{N}./,-])(\d{2})\s*[-–]\s*(\d{2})(?![\p{L}\p{N}]|[./,-]\d)/gu;

function periodLetter(match: string, letter: string, digits: string): string {
  const number = Number(digits);
  const quarter = /q/i.test(letter);
  return number >= 1 && number <= (quarter ? 4 : 12) ? `${quarter ? "quý" : "tháng"} ${number}` : match;
}

function yearRange(match: string, first: string, second: string): string {
  const [from, to] = [Number(first), Number(second)];
  return from >= 10 && to > from && to - from <= 20 ? `20${first}-20${second}` : match;
}

/**
 * Writes out chat shorthand ("bn" → "bao nhiêu", "ctct" → "chương trình công tác", "T mấy" → "tháng mấy",
 * "Q1" → "quý 1", "T10/2025" → "tháng 10/2025", "26-30" → "2026-2030"), whole words only.
 */
export function expandShorthand(question: string): string {
  const table = shorthand();
  return question
    .normalize("NFC")
    .replace(periodLetterAsked, (_match, letter: string, asked: string) => `${/t/i.test(letter) ? "tháng" : "quý"} ${asked}`)
    .replace(periodLetterNumber, periodLetter)
    .replace(shortYearRange, yearRange)
    .replace(/[\p{L}\p{N}]+/gu, (word) => table.get(word.toLowerCase()) ?? word);
}

/** The shorthand words of a question ("kt", "HT") with what `expandShorthand` writes for each, in order. */
export function shorthandWords(question: string): { written: string; long: string }[] {
  const table = shorthand();
  return (question.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word) => {
    const long = table.get(word.toLowerCase());
    return long === undefined ? [] : [{ written: word, long }];
  });
}

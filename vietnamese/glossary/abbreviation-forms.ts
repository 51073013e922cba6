import { foldText, normalizeText } from "../fold.js";
import type { Glossary } from "./glossary.js";

/**
 * A text with both forms of every abbreviation it uses: the expansions of abbreviations written
 * in it ("CSDL" → "cơ sở dữ liệu") and the abbreviations of phrases spelt out in it ("chỉ số
 * chuyển đổi số cấp tỉnh" → "DTI"). Matching a question against this text treats an
 * abbreviation as one unit: "DTI" matches only a title that names the whole index, never one that
 * merely shares "chỉ số" and "cấp tỉnh".
 */
interface ReverseRow {
  /** The folded expansion between spaces, and its first word: a text that lacks the word cannot hold the phrase. */
  phrase: string;
  firstWord: string;
  forms: string[];
}

const reverseTables = new WeakMap<Glossary, ReverseRow[]>();

function reverseTable(glossary: Glossary): ReverseRow[] {
  let table = reverseTables.get(glossary);
  if (!table) {
    table = glossary.abbreviations
      .filter((entry) => !entry.caseSensitive)
      .flatMap((entry) =>
        entry.expansions.map((expansion) => ({
          phrase: ` ${foldText(expansion)} `,
          firstWord: foldText(expansion).split(" ", 1)[0] ?? "",
          forms: [...new Set([normalizeText(entry.abbreviation), foldText(entry.abbreviation)])],
        })),
      )
      .filter((row) => row.phrase.trim().includes(" "));
    reverseTables.set(glossary, table);
  }
  return table;
}

const cache = new Map<string, string>();
const cachedCharacterBudget = 2_000_000;
let cachedCharacters = 0;

export function withAbbreviationForms(text: string, glossary: Glossary): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const expanded = glossary.expandAbbreviations(text);
  const foldedText = foldText(expanded);
  const folded = ` ${foldedText} `;
  const words = new Set(foldedText.split(" "));
  const abbreviations = reverseTable(glossary)
    .filter((row) => words.has(row.firstWord) && folded.includes(row.phrase))
    .flatMap((row) => row.forms)
    .filter((form) => !folded.includes(` ${foldText(form)} `));
  const result = abbreviations.length === 0 ? expanded : `${expanded} · ${[...new Set(abbreviations)].join(" · ")}`;
  // Bounded by the characters kept, not the entries: a large ingest's long passages take no more than short titles.
  cachedCharacters += text.length + result.length;
  if (cachedCharacters > cachedCharacterBudget) {
    cache.clear();
    cachedCharacters = text.length + result.length;
  }
  cache.set(text, result);
  return result;
}

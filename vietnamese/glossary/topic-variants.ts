import { withAbbreviationForms } from "./abbreviation-forms.js";
import type { Glossary } from "./glossary.js";
import { foldText, normalizeText } from "../fold.js";

/**
 * Officials write "CSDL nhà ở" where a table says "Cơ sở dữ liệu nhà ở", and tables write
 * "TTHC" where a question says "thủ tục hành chính". A topic is matched in both forms: as typed,
 * and with each abbreviation replaced by its expansion; a title is matched with its
 * abbreviations' expansions appended.
 */
export function topicVariants(topics: string[], glossary: Glossary, accented = false): string[] {
  const variants = new Set<string>();
  for (const topic of topics) {
    variants.add(topic);
    variants.add(withExpansions(topic, glossary, accented ? normalizeText : foldText));
  }
  return [...variants].filter((variant) => variant.replace(/·/g, "").trim() !== "");
}

/** Folded abbreviations of two letters ("tu", "cn") are ordinary syllables once folded: only longer ones are replaced. */
function withExpansions(topic: string, glossary: Glossary, form: (text: string) => string): string {
  let replaced = ` ${topic} `;
  for (const entry of glossary.abbreviations) {
    const expansion = entry.expansions[0];
    // A case-sensitive abbreviation ("AI") cannot be told from a word ("ai") once folded.
    if (!expansion || entry.caseSensitive) continue;
    for (const written of [entry.abbreviation, ...entry.variants]) {
      const short = form(written);
      if (foldText(short).length >= 3 || /[^a-z]/.test(foldText(short))) replaced = replaced.split(` ${short} `).join(` ${form(expansion)} `);
    }
  }
  return replaced.trim();
}

export function titleWithExpansions(title: string, glossary: Glossary): string {
  return withAbbreviationForms(title, glossary);
}

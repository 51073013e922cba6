import type { Glossary } from "../../glossary/glossary.js";
import { foldText } from "../../text/fold.js";

/**
 * Officials write "CSDL nhà ở" where a table says "Cơ sở dữ liệu nhà ở", and tables write
 * "TTHC" where a question says "thủ tục hành chính". A topic is matched in both forms: as typed,
 * and with each abbreviation replaced by its expansion; a title is matched with its
 * abbreviations' expansions appended.
 */
export function topicVariants(topic: string, glossary: Glossary): string[] {
  const variants = new Set<string>([topic]);
  let replaced = ` ${topic} `;
  for (const entry of glossary.abbreviations) {
    const expansion = entry.expansions[0];
    // A case-sensitive abbreviation ("AI") cannot be told from a word ("ai") once folded.
    if (!expansion || entry.caseSensitive) continue;
    for (const written of [entry.abbreviation, ...entry.variants]) {
      const short = foldText(written);
      if (short !== "") replaced = replaced.split(` ${short} `).join(` ${foldText(expansion)} `);
    }
  }
  variants.add(replaced.trim());
  return [...variants].filter((variant) => variant !== "");
}

export function titleWithExpansions(title: string, glossary: Glossary): string {
  return glossary.expandAbbreviations(title);
}

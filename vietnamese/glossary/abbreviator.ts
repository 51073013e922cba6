import { foldText } from "../fold.js";
import type { Glossary } from "./glossary.js";

/** The reverse of writing out: folded expansions replaced by their folded abbreviation ("chuyen doi so" → "cds"). */
const abbreviators = new WeakMap<Glossary, (folded: string) => string>();

export function abbreviator(glossary: Glossary): (folded: string) => string {
  const known = abbreviators.get(glossary);
  if (known) return known;
  const made = makeAbbreviator(glossary);
  abbreviators.set(glossary, made);
  return made;
}

function makeAbbreviator(glossary: Glossary): (folded: string) => string {
  const pairs = glossary.abbreviations
    .filter((entry) => !entry.caseSensitive)
    .flatMap((entry) => entry.expansions.map((expansion) => [foldText(expansion), foldText(entry.abbreviation)] as const))
    .filter(([long, short]) => long.includes(" ") && short.length >= 2)
    .sort(([left], [right]) => right.length - left.length);
  return (folded) => {
    let result = ` ${folded} `;
    for (const [long, short] of pairs) result = result.split(` ${long} `).join(` ${short} `);
    return result.trim();
  };
}

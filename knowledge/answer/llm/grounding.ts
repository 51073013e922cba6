import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { foldText } from "../../../vietnamese/fold.js";

/**
 * The grounding check: an LLM's wording is accepted only if every number, date and agency it
 * writes is present in the texts it was given (the extractive answer and the cited quotes).
 */
export interface GroundingResult {
  grounded: boolean;
  /** What the output holds that the sources do not. */
  unsupported: string[];
}

/** Numbers and dates as digit groups: "74,2" and "74.2" both give "74 2"; "31/12/2026" gives "31 12 2026". */
function numberTokens(text: string): string[] {
  return (text.match(/\d+(?:[.,/-]\d+)*/g) ?? []).map((token) => token.replace(/^0+(?=\d)/, ""));
}

function digitsKey(token: string): string {
  return token
    .split(/[.,/-]/)
    .map((part) => part.replace(/^0+(?=\d)/, ""))
    .join(" ");
}

export function checkGrounding(output: string, sources: string[], glossary: Glossary): GroundingResult {
  const sourceText = sources.join("\n");
  const sourceNumbers = new Set(numberTokens(sourceText).map(digitsKey));
  const sourceParts = new Set(numberTokens(sourceText).flatMap((token) => digitsKey(token).split(" ")));
  const unsupported: string[] = [];
  for (const token of numberTokens(output)) {
    const key = digitsKey(token);
    // A compound number ("31/12/2026", "74,2") must appear whole; a plain one ("2026") may be part of one.
    const known = sourceNumbers.has(key) || (!key.includes(" ") && sourceParts.has(key));
    if (!known) unsupported.push(token);
  }
  const sourceAgencies = new Set(glossary.findAgencies(sourceText).map((agency) => agency.canonical));
  const foldedSources = foldText(sourceText);
  for (const agency of glossary.findAgencies(output)) {
    if (!sourceAgencies.has(agency.canonical) && !foldedSources.includes(foldText(agency.written))) unsupported.push(agency.written);
  }
  return { grounded: unsupported.length === 0, unsupported };
}

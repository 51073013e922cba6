import { agencyHeadPattern, squeeze } from "./line-patterns.js";
import { loadCriteriaVocabulary } from "./vocabulary.js";

export interface UnitSplit {
  implementing: string;
  confirming: string;
}

const parenthesisDepthAt = (text: string, position: number): number => {
  let depth = 0;
  for (const character of text.slice(0, position)) {
    if (character === "(") depth += 1;
    if (character === ")") depth = Math.max(0, depth - 1);
  }
  return depth;
};

/**
 * Splits the text of two adjacent unit columns, read in order and glued together by pdf text
 * extraction ("Sở KHCN Sở KHCN", "Các sở, ngành; UBND cấp xã Trung tâm Hành chính công tỉnh
 * (Văn phòng UBND tỉnh)"), into the implementing unit and the confirming unit. The confirming
 * unit is the last agency name: it starts at the last agency head word that is not inside
 * parentheses, not part of a list (after ";" or ","), and not the tail of a longer name
 * ("Văn phòng UBND"). Returns null when no such boundary exists.
 */
export function splitUnits(text: string): UnitSplit | null {
  const joined = squeeze(text);
  const notAfter = loadCriteriaVocabulary().headsNotStartingAfter;
  let boundary = -1;
  const pattern = agencyHeadPattern();
  for (let match = pattern.exec(joined); match !== null; match = pattern.exec(joined)) {
    const position = match.index;
    if (position === 0) continue;
    const before = joined.slice(0, position).trimEnd();
    if (/[;,(]$/.test(before)) continue;
    if (parenthesisDepthAt(joined, position) > 0) continue;
    if (notAfter.some((word) => before.endsWith(word))) continue;
    boundary = position;
  }
  if (boundary <= 0) return null;
  return { implementing: joined.slice(0, boundary).trim(), confirming: joined.slice(boundary).trim() };
}

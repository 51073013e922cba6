import type { AgencyIndex } from "./agency-index.js";
import type { LocatedAgencyMention } from "./glossary-schema.js";
import { findKeyHits, foldWithOffsets, longestNonOverlapping, originalRange, type KeyHit } from "./match-key.js";

interface AgencyHit extends KeyHit {
  canonical: string;
}

/**
 * Agency mentions inside free text ("nhiệm vụ của sở kh&cn", "so khcn chu tri gi"): every
 * known spelling is looked for on word boundaries, ignoring diacritics, case and punctuation;
 * the longest non-overlapping mentions win ("Văn phòng UBND tỉnh" over "UBND tỉnh").
 */
export function findAgencyMentions(index: AgencyIndex, text: string): LocatedAgencyMention[] {
  const source = text.normalize("NFC");
  const { folded, offsets } = foldWithOffsets(source);
  if (folded === "") return [];
  const hits: AgencyHit[] = [];
  for (const [key, canonical] of index.keyToCanonical) {
    for (const hit of findKeyHits(folded, key)) hits.push({ ...hit, canonical });
  }
  return longestNonOverlapping(hits).map((hit) => {
    const range = originalRange(source, offsets, hit.foldedStart, hit.foldedEnd);
    return { canonical: hit.canonical, written: source.slice(range.start, range.end), start: range.start };
  });
}


/** Words that make two years one span ("giai đoạn 2026-2030", "từ 2026 đến 2030"), as typed or without diacritics. */
const spanBefore = /(?:^|\s)(?:giai đoạn|gđ|thời kỳ|từ năm|từ|giai doan|gd|thoi ky|tu nam|tu)\s*$/u;
const spanBetween = /^\s*(?:[-–]|đến|tới|đến năm|tới năm|den|toi|den nam|toi nam)\s*$/u;

/**
 * The years a question asks one value each for: "KQ 2025, MT 2026?", "kinh tế số GRDP 2025 2030",
 * "MT 2025/2030?", "năm 2025 và năm 2030". Empty when it names fewer than two, or names a span
 * ("giai đoạn 2026-2030", "từ 2026 đến 2030"), which is one period. `years`: the years the
 * question names that are not document numbers, as understanding found them.
 */
export function yearsAskedApart(question: string, years: readonly string[]): number[] {
  const distinct = [...new Set(years)];
  if (distinct.length < 2) return [];
  // Lower case with diacritics and punctuation: "điện tử năm 2025" is no "từ năm 2025".
  const folded = question.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  const positions = [...folded.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].filter((match) => distinct.includes(match[0]));
  for (let index = 0; index < positions.length; index += 1) {
    const here = positions[index];
    if (!here || here.index === undefined) continue;
    if (index === 0 && spanBefore.test(folded.slice(0, here.index))) return [];
    const next = positions[index + 1];
    if (next?.index !== undefined && spanBetween.test(folded.slice(here.index + here[0].length, next.index))) return [];
  }
  return distinct.map(Number);
}

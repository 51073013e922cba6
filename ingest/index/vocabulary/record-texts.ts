import type { KnowledgeRecord } from "../../records/schemas.js";

/** The text a record is recognised by: what officials name it by. */
export function recordTitle(record: KnowledgeRecord): string {
  switch (record.kind) {
    case "task":
      return record.title;
    case "indicator":
      return record.name;
    case "dti-criterion":
      return record.name;
    case "budget-line":
      return record.item;
  }
}

/** What a record is matched on: its title, and for indicators the labels of their values ("Điểm năm 2024 Tỉnh Quảng Bình"). */
export function matchText(record: KnowledgeRecord): string {
  if (record.kind !== "indicator") return recordTitle(record);
  const labels = [...new Set(record.values.map((value) => value.label))].join(" · ");
  return [record.name, record.unit, labels].filter((part) => part !== "").join(" · ");
}

/** Syllables plus adjacent-syllable bigrams ("co_so", "so_du"); "·" marks a gap no bigram crosses. */
export function terms(text: string): string[] {
  // "02" and "2" are the same number ("giai đoạn 02" / "giai đoạn 2").
  const tokens = text
    .split(" ")
    .filter((token) => token !== "")
    .map((token) => token.replace(/^0+(?=\d)/, ""));
  const syllables = tokens.filter((token) => token !== "·");
  const bigrams: string[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined && previous !== "·" && token !== "·") bigrams.push(`${previous}_${token}`);
  });
  return [...syllables, ...bigrams];
}

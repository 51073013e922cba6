/**
 * Reading numbers as Vietnamese documents write them: "74,2%" (decimal comma), "113.872"
 * ('.' as thousands separator), "≥ 50", "≥0,6", "127,7/200 điểm".
 */

export interface ReadNumber {
  number: number | null;
  comparator: string | null;
}

const comparatorPattern = /^(≥|≤|>=|<=|>|<)\s*/;

/** Reads a value cell holding one number (with optional comparator and unit); null when it holds text. */
export function readValue(text: string): ReadNumber {
  let rest = text.replace(/\s+/g, " ").trim();
  const comparatorMatch = rest.match(comparatorPattern);
  const comparator = comparatorMatch ? normalizeComparator(comparatorMatch[1] ?? "") : null;
  if (comparatorMatch) rest = rest.slice(comparatorMatch[0].length);
  const match = rest.match(/^(\d[\d.,]*)\s*(%|điểm|diem)?$/i);
  if (!match) return { number: null, comparator };
  return { number: readDecimal(match[1] ?? ""), comparator };
}

function normalizeComparator(comparator: string): string {
  if (comparator === ">=") return "≥";
  if (comparator === "<=") return "≤";
  return comparator;
}

/** "74,2" → 74.2; "0,5858" → 0.5858; "1.000" → 1000; "158.477" → 158477; "1.000,5" → 1000.5. */
export function readDecimal(text: string): number | null {
  const cleaned = text.trim();
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  let normalized: string;
  if (cleaned.includes(",")) {
    normalized = cleaned.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) {
    normalized = cleaned.replace(/\./g, "");
  } else {
    normalized = cleaned;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Amount cell in a budget table: '.' is the thousands separator; blank or text gives null. */
export function readAmount(text: string): number | null {
  const cleaned = text.replace(/\s+/g, "").trim();
  if (cleaned === "") return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned) || /^\d+(,\d+)?$/.test(cleaned)) {
    return Number(cleaned.replace(/\./g, "").replace(",", "."));
  }
  return null;
}

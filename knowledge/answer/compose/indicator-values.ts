import type { IndicatorRecord, IndicatorValue } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { FactRequest } from "./record-facts.js";

export function valueText(value: IndicatorValue, unit: string): string {
  const unitSuffix = unit && !/%$/.test(value.text) && !/[a-zA-Z]/.test(unit.replace(/%/g, "")) ? ` ${unit}` : unit === "%" && !value.text.endsWith("%") ? "%" : "";
  return `${value.text}${unitSuffix}`.trim();
}

export function describeValues(record: IndicatorRecord): string {
  return record.values.map((value) => `${value.label}: ${valueText(value, record.unit)}`).join("; ");
}

/**
 * The values of an indicator that answer the question: of the asked year (unless that year is
 * part of the indicator's own name, "Chỉ số … (Năm 2024)"), and of the asked kind (result or
 * target) when the year has both. Score questions take scores and ranks.
 */
export function pickValues(record: IndicatorRecord, asked: FactRequest): (IndicatorValue & { exact?: boolean })[] {
  // "kết quả giải quyết thủ tục hành chính" names the indicator: that "kết quả" asks for no result.
  const name = foldText(record.name);
  const result = asked.valuePreferenceWords.result.filter((word) => !name.includes(word));
  const target = asked.valuePreferenceWords.target.filter((word) => !name.includes(word));
  const namedOnly = result.length < asked.valuePreferenceWords.result.length && result.length === 0;
  const request: FactRequest = namedOnly
    ? { ...asked, valuePreference: target.length > 0 ? "target" : null, valuePreferenceStrong: target.length > 0 }
    : asked;
  const yearInName = request.year !== null && record.name.includes(String(request.year));
  const ofYear = request.year === null || yearInName ? record.values : record.values.filter((value) => value.year === request.year);
  if (request.wantsRank && !record.values.some((value) => value.valueKind === "rank")) return [];
  // "… chiếm bao nhiêu điểm?" with no year or province asks for the scale, not a score obtained.
  const maximum = record.values.filter((value) => /tối đa/iu.test(value.label));
  // "… của Quảng Bình" names whose score; "điểm tối đa" names the maximum itself, no scorer.
  const named = byLabelWords(record.values, request.questionFolded);
  const namesScorer = request.year !== null || request.valuePreference === "result" || (named.length < record.values.length && named.some((value) => !/tối đa/iu.test(value.label)));
  if (request.kind === "score" && !request.wantsRank && maximum.length > 0 && !namesScorer) return maximum;
  // An indicator measured in points ("Điểm (khung 1,0)") answers score questions with its own values.
  const measuredInPoints = /điểm|diem/i.test(record.unit);
  if (request.kind === "score" && !measuredInPoints && !record.values.some((value) => value.valueKind === "score" || value.valueKind === "rank")) return [];
  const preferred: IndicatorValue["valueKind"][] =
    request.wantsRank
      ? ["rank"]
      : request.kind === "score" && !measuredInPoints
      ? ["score", "rank"]
      : request.valuePreference === "result" || (request.kind === "result" && request.valuePreference === null)
        ? ["result", "score"]
        : request.valuePreference === "target"
          ? ["target", "orientation"]
          : [];
  const ofKind = preferred.length === 0 ? ofYear : ofYear.filter((value) => preferred.includes(value.valueKind));
  // "kết quả năm 2026" asks for a result: a target of that year is not an answer.
  if (ofKind.length === 0 && (request.valuePreferenceStrong || request.wantsRank)) return [];
  return byLabelWords(ofKind.length > 0 ? ofKind : ofYear, request.questionFolded).map((value) => ({
    ...value,
    exact: preferred.length === 0 || preferred.includes(value.valueKind),
  }));
}

/** Keeps the values whose label has words the question names and the other labels lack. */
function byLabelWords(values: IndicatorValue[], questionFolded: string): IndicatorValue[] {
  if (values.length < 2) return values;
  const labelWords = values.map((value) => new Set(foldText(value.label).split(" ")));
  const shared = [...(labelWords[0] ?? [])].filter((word) => labelWords.every((words) => words.has(word)));
  const questionWords = new Set(questionFolded.split(" "));
  const hits = labelWords.map((words) => [...words].filter((word) => !shared.includes(word) && !/^\d+$/.test(word) && questionWords.has(word)).length);
  const best = Math.max(...hits);
  return best === 0 ? values : values.filter((_value, index) => hits[index] === best);
}

/** The values once each, in order: two years asked may pick the same value. */
export function distinctValues<T extends IndicatorValue>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = `${value.label}\u0000${value.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

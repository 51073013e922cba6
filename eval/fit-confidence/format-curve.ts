import type { CurvePoint } from "../../knowledge/answer/confidence/confidence-model.js";

const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(8);

/** The curve as a small table: at each threshold, the share of answerable questions answered and answered wrong. */
export function formatCurve(curve: CurvePoint[]): string {
  const header = "ngưỡng    trả lời     sai";
  return [header, ...curve.map((point) => `${point.threshold.toFixed(3).padStart(6)}  ${percent(point.answered)}  ${percent(point.wrong)}`)].join("\n");
}

import type { SplitSummary, Summary } from "./report-schema.js";
import { reportWords } from "./report-words.js";

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function splitLine(name: string, split: SplitSummary): string {
  return (
    `${name}: đạt ${split.passed}/${split.questions} = ${percent(split.passRate)} (${split.cases} tình huống); ` +
    `sai mà tự tin ${split.confidentWrong} (${percent(split.confidentWrongRate)} câu có đáp án); ` +
    `từ chối nhầm ${split.notFound}/${split.answerable}; từ chối đúng ngoài phạm vi ${split.refusals.passed}/${split.refusals.total}`
  );
}

/** Tune and holdout figures, one line each: aggregates only, never a holdout case. */
export function formatSplitLines(summary: Summary): string {
  const lines = (["tune", "holdout"] as const).flatMap((split) => {
    const figures = summary.bySplit[split];
    return figures ? [splitLine(reportWords().splits[split], figures)] : [];
  });
  return lines.join("\n");
}

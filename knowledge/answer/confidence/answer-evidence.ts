import type { AnswerEvidence } from "../answer-types.js";

/** A lead over the next candidate beyond this is as good as any: scores differ by a few hundredths. */
const marginScale = 0.25;

const kindFeatures = ["owner", "coordinators", "deadline", "value", "result", "score", "budget"] as const;

/** The names of the model's inputs, in the order of `featureVector` (the model file lists them too). */
export const featureNames: readonly string[] = [
  "coverage",
  "specificity",
  "margin_saturated",
  "no_runner_up",
  "coverage_x_specificity",
  "several_sources",
  "sources_differ",
  "exact_kind",
  "log_topic_words",
  "unknown_share",
  "document_named",
  "other_document_named",
  "passage",
  "lexical_top_same",
  "lexical_top_body_text",
  "expanded_abbreviations",
  "year_asked",
  "year_in_fact",
  ...kindFeatures.map((kind) => `kind_${kind}`),
];

/** The evidence as numbers for the model, in the order of `featureNames`. */
export function featureVector(evidence: AnswerEvidence): number[] {
  return [
    evidence.coverage,
    evidence.specificity,
    Math.min(evidence.margin, marginScale) / marginScale,
    evidence.margin >= 1 ? 1 : 0,
    evidence.coverage * evidence.specificity,
    evidence.sources > 1 ? 1 : 0,
    evidence.sourcesDiffer ? 1 : 0,
    evidence.exactKind ? 1 : 0,
    Math.log(1 + evidence.topicWords),
    evidence.unknownShare,
    evidence.documentNamed ? 1 : 0,
    evidence.otherDocumentNamed ? 1 : 0,
    evidence.route === "passage" ? 1 : 0,
    evidence.lexicalTop === "same" ? 1 : 0,
    evidence.lexicalTop === "body-text" ? 1 : 0,
    Math.min(evidence.expandedAbbreviations, 3) / 3,
    evidence.yearAsked ? 1 : 0,
    evidence.yearInFact ? 1 : 0,
    ...kindFeatures.map((kind) => (evidence.kind === kind ? 1 : 0)),
  ];
}

import type { Answer, AnswerEvidence } from "../answer-types.js";
import { fill } from "../compose/templates.js";
import { confidenceOf, type ConfidenceModel } from "./confidence-model.js";

/** The shipped model, and whether answers below its threshold are refused (off only to fit the model). */
export interface ConfidenceGate {
  model: ConfidenceModel;
  enabled: boolean;
}

/**
 * Puts the evidence and its confidence on a found answer; when the gate is on and the
 * confidence is below the threshold, the answer becomes a refusal that offers the source it
 * would have led with; picking it by number gets the answer held back (a wrong confident answer
 * is worse than a refusal, and a person who sees the source's title can tell whether it is meant).
 */
export function gateAnswer(answer: Answer, evidence: AnswerEvidence, gate: ConfidenceGate, offered: string[]): Answer {
  const confidence = confidenceOf(gate.model, evidence);
  const measured = { ...answer, evidence, confidence };
  if (!answer.found || !gate.enabled || confidence >= gate.model.threshold) return measured;
  // One suggestion: the source the answer leads with; picking it gets the answer held back.
  const suggestions = offered.map((text) => text.trim()).filter((text) => text !== "").slice(0, 1);
  const lines = [fill("refusalUnsure")];
  if (suggestions.length > 0) lines.push("", fill("refusalSuggestions"), ...suggestions.map((suggestion, index) => `${index + 1}. ${suggestion}`));
  const withheld = { text: answer.text, citations: answer.citations };
  return { ...measured, found: false, text: lines.join("\n"), citations: [], suggestions, ...(suggestions.length > 0 ? { withheld } : {}) };
}

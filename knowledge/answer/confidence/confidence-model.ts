import { readFileSync } from "node:fs";
import { z } from "zod";
import { AppError } from "../../../errors/app-error.js";
import type { AnswerEvidence } from "../answer-types.js";
import { featureNames, featureVector } from "./answer-evidence.js";

/** One point of the curve: answering when confidence ≥ threshold gives these shares. */
export const CurvePoint = z.object({
  threshold: z.number().min(0).max(1),
  /** Share of answerable questions answered (right or wrong). */
  answered: z.number().min(0).max(1),
  /** Share of answerable questions answered wrong. */
  wrong: z.number().min(0).max(1),
});
export type CurvePoint = z.infer<typeof CurvePoint>;

/**
 * A logistic model of "this answer is right", fitted by `npm run fit-confidence` on the tune
 * split only (never holdout), and the refusal threshold chosen on the same split.
 */
export const ConfidenceModel = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Answers whose confidence is below this are turned into a refusal with the closest topics. */
  threshold: z.number().min(0).max(1),
  fitted: z
    .object({
      date: z.string(),
      split: z.literal("tune"),
      /** Questions whose answers trained the model (found answers only). */
      examples: z.number().int().min(0),
      /** How many right answers refused one wrong answer is worth: the threshold is the one of least cost on tune. */
      wrongCost: z.number().positive(),
      /** The operating point chosen, on tune. */
      chosen: CurvePoint,
      /** The threshold that would keep wrong answers at ≤ 1 % of answerable tune questions, for the record. */
      onePercentWrong: CurvePoint,
    })
    .nullable(),
  /** The tune curve at fitting time, for the record. */
  curve: z.array(CurvePoint),
});
export type ConfidenceModel = z.infer<typeof ConfidenceModel>;

export class ConfidenceModelError extends AppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("CONFIDENCE_MODEL", message, options);
  }
}

export const confidenceModelUrl = new URL("./confidence-model.json", import.meta.url);

/** Reads and checks the shipped model; its features must be the ones the answerer measures. */
export function loadConfidenceModel(url: URL = confidenceModelUrl): ConfidenceModel {
  let model: ConfidenceModel;
  try {
    model = ConfidenceModel.parse(JSON.parse(readFileSync(url, "utf8")));
  } catch (error) {
    throw new ConfidenceModelError(`The confidence model ${url.pathname} cannot be read; run \`npm run fit-confidence\` to write it again.`, { cause: error });
  }
  const same = model.features.length === featureNames.length && model.features.every((name, index) => name === featureNames[index]);
  if (!same || model.weights.length !== featureNames.length) {
    throw new ConfidenceModelError(`The confidence model was fitted on other features than the answerer measures; run \`npm run fit-confidence\`.`);
  }
  return model;
}

/** A model that knows nothing (every answer 0.5, nothing refused): what the fit starts from, with the gate off. */
export function neutralConfidenceModel(): ConfidenceModel {
  return { features: [...featureNames], weights: featureNames.map(() => 0), bias: 0, threshold: 0, fitted: null, curve: [] };
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** The model's probability that an answer with this evidence is right. */
export function confidenceOf(model: Pick<ConfidenceModel, "weights" | "bias">, evidence: AnswerEvidence): number {
  return probabilityOf(model, featureVector(evidence));
}

/** The model's probability for features already in the order of `featureNames` (the fit works on these). */
export function probabilityOf(model: Pick<ConfidenceModel, "weights" | "bias">, features: number[]): number {
  return sigmoid(features.reduce((total, value, index) => total + value * (model.weights[index] ?? 0), model.bias));
}

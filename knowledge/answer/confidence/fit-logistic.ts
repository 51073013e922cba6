import { sigmoid, type CurvePoint } from "./confidence-model.js";

export interface Example {
  features: number[];
  /** 1 when the answer was right. */
  label: 0 | 1;
}

export interface LogisticFit {
  weights: number[];
  bias: number;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS): few features, a few thousand
 * examples, so the exact Hessian is cheap and the fit does not depend on a learning rate.
 * The bias is not regularised.
 */
export function fitLogistic(examples: Example[], options: { l2?: number; iterations?: number } = {}): LogisticFit {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 50;
  const width = (examples[0]?.features.length ?? 0) + 1;
  let theta = new Array<number>(width).fill(0);
  const row = (example: Example) => [1, ...example.features];
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Array<number>(width).fill(0);
    const hessian = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    for (const example of examples) {
      const x = row(example);
      const p = sigmoid(x.reduce((sum, value, index) => sum + value * (theta[index] ?? 0), 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < width; i += 1) {
        gradient[i] = (gradient[i] ?? 0) + (p - example.label) * (x[i] ?? 0);
        const hessianRow = hessian[i] as number[];
        for (let j = 0; j < width; j += 1) hessianRow[j] = (hessianRow[j] ?? 0) + w * (x[i] ?? 0) * (x[j] ?? 0);
      }
    }
    for (let i = 1; i < width; i += 1) {
      gradient[i] = (gradient[i] ?? 0) + l2 * (theta[i] ?? 0);
      (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] ?? 0) + l2;
    }
    (hessian[0] as number[])[0] = ((hessian[0] as number[])[0] ?? 0) + 1e-6;
    const step = solve(hessian, gradient);
    theta = theta.map((value, index) => value - (step[index] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: theta[0] ?? 0, weights: theta.slice(1) };
}

/** Gaussian elimination with partial pivoting; the matrix is positive definite here. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((line, index) => [...line, vector[index] ?? 0]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let r = column + 1; r < size; r += 1) if (Math.abs(a[r]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = r;
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const lead = a[column] as number[];
    const divisor = lead[column] ?? 1;
    for (let r = 0; r < size; r += 1) {
      if (r === column) continue;
      const target = a[r] as number[];
      const factor = (target[column] ?? 0) / divisor;
      if (factor === 0) continue;
      for (let c = column; c <= size; c += 1) target[c] = (target[c] ?? 0) - factor * (lead[c] ?? 0);
    }
  }
  return a.map((line, index) => (line[size] ?? 0) / (line[index] ?? 1));
}

/** A question of the fitting split: its answer's confidence when answered (null when refused), and whether it was answered wrong. */
export interface ScoredQuestion {
  confidence: number | null;
  /** Answered with a wrong fact (or an out-of-scope question answered at all). */
  wrong: boolean;
  /** Answered right (the case passed). */
  right: boolean;
  /** False for an out-of-scope question (any answer to it is wrong). */
  answerable: boolean;
}

/** Shares answered and answered wrong, over answerable questions, if answers below `threshold` were refused. */
export function pointAt(questions: ScoredQuestion[], threshold: number): CurvePoint {
  const answerable = Math.max(questions.filter((question) => question.answerable).length, 1);
  const kept = questions.filter((question) => question.confidence !== null && question.confidence >= threshold);
  return {
    threshold,
    answered: kept.filter((question) => question.answerable).length / answerable,
    wrong: kept.filter((question) => question.wrong).length / answerable,
  };
}

/** The curve at every distinct confidence, from answering everything to answering nothing. */
export function confidenceCurve(questions: ScoredQuestion[]): CurvePoint[] {
  const thresholds = [0, ...new Set(questions.map((question) => question.confidence).filter((value): value is number => value !== null))].sort((a, b) => a - b);
  return thresholds.map((threshold) => pointAt(questions, threshold));
}

/** The lowest threshold whose wrong share is at most `maxWrong`: the most answers within the limit. */
export function thresholdForWrongShare(questions: ScoredQuestion[], maxWrong: number): CurvePoint {
  const curve = confidenceCurve(questions);
  return curve.find((point) => point.wrong <= maxWrong) ?? { threshold: 1, answered: 0, wrong: 0 };
}

/**
 * The threshold of least cost when a wrong answer costs `wrongCost` times a right answer the
 * gate refuses (refused answers still offer their source to pick): the lowest of the ties.
 */
export function thresholdForCost(questions: ScoredQuestion[], wrongCost: number): CurvePoint {
  const cost = (threshold: number) =>
    questions.reduce((total, question) => {
      if (question.confidence === null) return total;
      if (question.confidence >= threshold) return total + (question.wrong ? wrongCost : 0);
      return total + (question.right ? 1 : 0);
    }, 0);
  let best = { threshold: 0, cost: cost(0) };
  for (const point of confidenceCurve(questions)) {
    const value = cost(point.threshold);
    if (value < best.cost - 1e-9) best = { threshold: point.threshold, cost: value };
  }
  return pointAt(questions, best.threshold);
}

/** A few points of a curve, for a report: evenly spaced in answered share. */
export function thinCurve(curve: CurvePoint[], points = 12): CurvePoint[] {
  if (curve.length <= points) return curve;
  return Array.from({ length: points }, (_, index) => curve[Math.round((index * (curve.length - 1)) / (points - 1))] as CurvePoint);
}

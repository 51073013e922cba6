import { describe, expect, it } from "vitest";
import { sigmoid } from "./confidence-model.js";
import { confidenceCurve, fitLogistic, pointAt, thresholdForCost, thresholdForWrongShare, type Example, type ScoredQuestion } from "./fit-logistic.js";

/** A noisy line: label 1 mostly when 2·x − y > 0.5. Seeded so the test is the same every run. */
function syntheticExamples(count: number): Example[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () => {
    const x = random();
    const y = random();
    const noisy = 2 * x - y - 0.5 + (random() - 0.5) * 0.3;
    return { features: [x, y], label: noisy > 0 ? 1 : 0 };
  });
}

describe("fitLogistic", () => {
  it("learns the sign and ratio of the weights that separate the classes", () => {
    const fit = fitLogistic(syntheticExamples(600), { l2: 0.01 });
    const [wx = 0, wy = 0] = fit.weights;
    expect(wx).toBeGreaterThan(0);
    expect(wy).toBeLessThan(0);
    expect(wx / -wy).toBeGreaterThan(1.4);
    expect(wx / -wy).toBeLessThan(2.8);
    const accuracy = syntheticExamples(600).filter((example) => {
      const p = sigmoid(fit.bias + wx * (example.features[0] ?? 0) + wy * (example.features[1] ?? 0));
      return (p >= 0.5 ? 1 : 0) === example.label;
    }).length;
    expect(accuracy / 600).toBeGreaterThan(0.9);
  });

  it("keeps weights small under a strong penalty", () => {
    const loose = fitLogistic(syntheticExamples(300), { l2: 0.01 });
    const tight = fitLogistic(syntheticExamples(300), { l2: 100 });
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });
});

describe("the curve and the threshold", () => {
  const questions: ScoredQuestion[] = [
    { confidence: 0.95, wrong: false, right: true, answerable: true },
    { confidence: 0.9, wrong: false, right: true, answerable: true },
    { confidence: 0.6, wrong: true, right: false, answerable: true },
    { confidence: 0.7, wrong: false, right: true, answerable: true },
    { confidence: null, wrong: false, right: false, answerable: true },
    { confidence: 0.5, wrong: true, right: false, answerable: false },
  ];

  it("counts answered and wrong over answerable questions", () => {
    expect(pointAt(questions, 0)).toEqual({ threshold: 0, answered: 4 / 5, wrong: 2 / 5 });
    expect(pointAt(questions, 0.65)).toEqual({ threshold: 0.65, answered: 3 / 5, wrong: 0 });
  });

  it("never answers more when the threshold rises", () => {
    const curve = confidenceCurve(questions);
    for (let index = 1; index < curve.length; index += 1) {
      expect(curve[index]?.answered ?? 0).toBeLessThanOrEqual(curve[index - 1]?.answered ?? 0);
      expect(curve[index]?.wrong ?? 0).toBeLessThanOrEqual(curve[index - 1]?.wrong ?? 0);
    }
  });

  it("picks the lowest threshold within the wrong limit", () => {
    expect(thresholdForWrongShare(questions, 0).threshold).toBe(0.7);
    expect(thresholdForWrongShare(questions, 0.2).threshold).toBe(0.6);
    expect(thresholdForWrongShare(questions, 1).threshold).toBe(0);
  });

  it("picks the threshold of least cost, refusing wrong answers only while they cost more than the right ones lost", () => {
    const mixed: ScoredQuestion[] = [
      { confidence: 0.9, wrong: false, right: true, answerable: true },
      { confidence: 0.6, wrong: true, right: false, answerable: true },
      { confidence: 0.58, wrong: false, right: true, answerable: true },
      { confidence: 0.55, wrong: false, right: true, answerable: true },
      { confidence: 0.5, wrong: true, right: false, answerable: true },
      { confidence: 0.3, wrong: false, right: true, answerable: true },
    ];
    // Cheap wrong answers: refuse nothing. Dear ones: refuse up to the last wrong answer (the lowest of equal costs).
    expect(thresholdForCost(mixed, 0.5).threshold).toBe(0);
    expect(thresholdForCost(mixed, 1.5).threshold).toBe(0.55);
    expect(thresholdForCost(mixed, 3).threshold).toBe(0.9);
  });
});

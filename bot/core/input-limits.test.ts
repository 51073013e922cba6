import { describe, expect, it } from "vitest";
import { limitQuestion } from "../../knowledge/question-limit.js";
import { RefusalGate } from "./refusal-gate.js";

describe("input limits", () => {
  it("cuts a question at a word boundary below the limit", () => {
    expect(limitQuestion("ai chủ trì?", 100)).toEqual({ question: "ai chủ trì?", cut: false });
    const { question, cut } = limitQuestion("chuyển đổi số ".repeat(100), 50);
    expect(cut).toBe(true);
    expect(question.length).toBeLessThanOrEqual(50);
    expect(question.endsWith("số") || question.endsWith("đổi") || question.endsWith("chuyển")).toBe(true);
  });

  it("explains a refusal once per quiet period and per user", () => {
    let now = 0;
    const gate = new RefusalGate(60_000, () => now);
    expect(gate.shouldExplain("telegram:1")).toBe(true);
    expect(gate.shouldExplain("telegram:1")).toBe(false);
    expect(gate.shouldExplain("telegram:2")).toBe(true);
    now = 59_999;
    expect(gate.shouldExplain("telegram:1")).toBe(false);
    now = 60_000;
    expect(gate.shouldExplain("telegram:1")).toBe(true);
  });

  it("forgets the oldest users beyond its capacity", () => {
    const gate = new RefusalGate(60_000, () => 0, 2);
    gate.shouldExplain("a");
    gate.shouldExplain("b");
    gate.shouldExplain("c");
    expect(gate.shouldExplain("a")).toBe(true);
    expect(gate.shouldExplain("c")).toBe(false);
  });
});

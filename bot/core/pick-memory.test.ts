import { describe, expect, it } from "vitest";
import type { Answer } from "../../knowledge/answer/answer-types.js";
import { PickMemory } from "./pick-memory.js";

const citation = { file: "kh.md", title: "KH 1", locator: "mục 2", quote: "Sở A chủ trì", line: 4 };
const refusal = (withheld?: Answer["withheld"]): Answer => ({
  question: "ai chủ trì việc A?",
  found: false,
  kind: "owner",
  text: "Tôi chưa chắc …",
  citations: [],
  suggestions: ["Việc A"],
  ...(withheld ? { withheld } : {}),
});

describe("PickMemory", () => {
  it("answers a confidence-gate refusal's pick with the answer it held back", () => {
    const memory = new PickMemory();
    memory.remember("chat", refusal({ text: "Sở A chủ trì: Việc A.", citations: [citation] }));
    const picked = memory.pick("chat", "1");
    expect(picked?.kind).toBe("withheld");
    if (picked?.kind !== "withheld") return;
    expect(picked.answer).toMatchObject({ found: true, kind: "owner", text: "Sở A chủ trì: Việc A.", citations: [citation] });
    expect(memory.pick("chat", "2")).toEqual({ kind: "out-of-range", count: 1 });
  });

  it("asks an ordinary refusal's suggestion as a question", () => {
    const memory = new PickMemory();
    memory.remember("chat", refusal());
    expect(memory.pick("chat", "số 1")).toEqual({ kind: "suggestion", text: "Việc A" });
    expect(memory.pick("other chat", "1")).toBeNull();
  });
});

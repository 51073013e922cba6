import { describe, expect, it } from "vitest";
import { adjacentPairs, tokenizeFields } from "./tokenize.js";

describe("index tokenisation", () => {
  it("gives the pairs of adjacent syllables in order", () => {
    expect(adjacentPairs(["a", "b", "c"])).toEqual([["a", "b"], ["b", "c"]]);
    expect(adjacentPairs(["a"])).toEqual([]);
  });
  it("keeps diacritics in the exact field and folds them (đ→d) in the folded field", () => {
    const tokens = tokenizeFields("Đẩy mạnh CĐS");
    expect(tokens.exact).toEqual(["đẩy", "mạnh", "cđs"]);
    expect(tokens.folded).toEqual(["day", "manh", "cds"]);
  });
  it("ignores punctuation and normalises decomposed input to NFC", () => {
    const decomposed = "hạn, chế?".normalize("NFD");
    expect(tokenizeFields(decomposed)).toEqual(tokenizeFields("Hạn chế"));
    expect(tokenizeFields("...!?")).toEqual({ exact: [], folded: [] });
  });
});

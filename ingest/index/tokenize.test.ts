import { describe, expect, it } from "vitest";
import { tokenizeFields, unigramsAndBigrams } from "./tokenize.js";

describe("index tokenisation", () => {
  it("gives syllable unigrams then bigrams", () => {
    expect(unigramsAndBigrams(["a", "b", "c"])).toEqual(["a", "b", "c", "a_b", "b_c"]);
  });
  it("keeps diacritics in the exact field and folds them (đ→d) in the folded field", () => {
    const tokens = tokenizeFields("Đẩy mạnh CĐS");
    expect(tokens.exact).toEqual(["đẩy", "mạnh", "cđs", "đẩy_mạnh", "mạnh_cđs"]);
    expect(tokens.folded).toEqual(["day", "manh", "cds", "day_manh", "manh_cds"]);
  });
  it("ignores punctuation and normalises decomposed input to NFC", () => {
    const decomposed = "hạn, chế?".normalize("NFD");
    expect(tokenizeFields(decomposed)).toEqual(tokenizeFields("Hạn chế"));
    expect(tokenizeFields("...!?")).toEqual({ exact: [], folded: [] });
  });
});

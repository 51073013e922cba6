import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "./syllable.js";

describe("isVietnameseSyllable", () => {
  it("accepts syllables, with or without diacritics", () => {
    for (const word of ["huế", "bay", "da", "nghiệp", "quyết", "trường", "ai", "khoa", "ngành", "y"]) expect(isVietnameseSyllable(word), word).toBe(true);
  });
  it("rejects letter runs that can only be abbreviations", () => {
    for (const word of ["kq", "tmdt", "ubnd", "csdl", "qđ", "httt", "nls", "đmst"]) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});

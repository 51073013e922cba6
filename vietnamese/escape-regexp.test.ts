import { describe, expect, it } from "vitest";
import { escapeRegExp } from "./escape-regexp.js";

describe("escapeRegExp", () => {
  it("matches the text literally, special characters and all", () => {
    for (const text of ["KH&CN", "(SOC)", "39.7", "a+b*c?", "[x]|{y}", "\\d$", "^Sở"]) {
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp("39.7")).test("3917")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { readAmount, readDecimal, readValue } from "./values.js";

describe("Vietnamese numbers", () => {
  it("reads decimal commas and thousands dots", () => {
    expect(readDecimal("74,2")).toBe(74.2);
    expect(readDecimal("0,5858")).toBe(0.5858);
    expect(readDecimal("158.477")).toBe(158477);
    expect(readDecimal("1.000,5")).toBe(1000.5);
  });
  it("reads comparators and units in value cells", () => {
    expect(readValue("≥ 50")).toEqual({ number: 50, comparator: "≥" });
    expect(readValue("≥0,6")).toEqual({ number: 0.6, comparator: "≥" });
    expect(readValue("74,2%")).toEqual({ number: 74.2, comparator: null });
    expect(readValue("Có")).toEqual({ number: null, comparator: null });
  });
  it("reads budget amounts and leaves blanks empty", () => {
    expect(readAmount("113.872")).toBe(113872);
    expect(readAmount("93")).toBe(93);
    expect(readAmount("\u00a0")).toBeNull();
    expect(readAmount("Ngân sách Trung ương")).toBeNull();
  });
});

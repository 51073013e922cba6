import { describe, expect, it } from "vitest";
import { EmptySampleError, percentile, summarizeLatencies } from "./percentiles.js";

describe("percentile (nearest rank)", () => {
  it("picks the smallest value covering the share", () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([4, 1, 3, 2], 75)).toBe(3);
    expect(percentile([4, 1, 3, 2], 100)).toBe(4);
    expect(percentile([4, 1, 3, 2], 0)).toBe(1);
  });

  it("reads p95 and p99 of 1..100 as 95 and 99", () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
  });

  it("returns the single value of a one-element sample", () => {
    expect(percentile([7], 99)).toBe(7);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it("refuses an empty sample and a share out of range", () => {
    expect(() => percentile([], 50)).toThrow(EmptySampleError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("summarizeLatencies", () => {
  it("gives count, percentiles, mean and max", () => {
    const summary = summarizeLatencies([10, 20, 30, 40, 1000]);
    expect(summary).toEqual({ count: 5, p50: 30, p95: 1000, p99: 1000, mean: 220, max: 1000 });
  });
});

import { describe, expect, it } from "vitest";
import { BenchOptionError, defaultBenchOptions, parseBenchOptions } from "./bench-options.js";

describe("parseBenchOptions", () => {
  it("runs every part at 10× and 100× by default", () => {
    expect(parseBenchOptions([])).toEqual(defaultBenchOptions);
  });

  it("reads --only and --scale (1× is always measured, so it is dropped from the list)", () => {
    const options = parseBenchOptions(["--only", "scale,quality", "--scale", "1,10x,50"]);
    expect(options.parts).toEqual(["scale", "quality"]);
    expect(options.scaleFactors).toEqual([10, 50]);
  });

  it("refuses unknown parts, bad numbers and unknown options", () => {
    expect(() => parseBenchOptions(["--only", "speed"])).toThrow(BenchOptionError);
    expect(() => parseBenchOptions(["--questions", "-3"])).toThrow(BenchOptionError);
    expect(() => parseBenchOptions(["--questions"])).toThrow(BenchOptionError);
    expect(() => parseBenchOptions(["--fast"])).toThrow(BenchOptionError);
  });
});

import { describe, expect, it } from "vitest";
import { deepFreeze, RecentCache } from "./recent-cache.js";

describe("RecentCache", () => {
  it("keeps at most its capacity, dropping the entry used longest ago", () => {
    const cache = new RecentCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now the one used last
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("replaces a value set again without growing", () => {
    const cache = new RecentCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 2);
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe(2);
  });
});

describe("deepFreeze", () => {
  it("freezes nested objects and arrays, so a shared row cannot be changed", () => {
    const row = deepFreeze({ owner: { names: ["Sở Y tế"] }, values: [{ year: 2025 }] });
    expect(() => row.owner.names.push("Sở Nội vụ")).toThrow(TypeError);
    expect(() => {
      (row.values[0] as { year: number }).year = 2026;
    }).toThrow(TypeError);
    expect(row.owner.names).toEqual(["Sở Y tế"]);
  });
});

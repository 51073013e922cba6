import { describe, expect, it } from "vitest";
import { deepFreeze, RecentCache, WeightedRecentCache } from "./recent-cache.js";

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

describe("WeightedRecentCache", () => {
  it("keeps at most its budget of weight, dropping the entries used longest ago, and never one heavier than the budget", () => {
    const cache = new WeightedRecentCache<string, string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // "a" is now the one used last
    cache.set("c", "C", 5);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.keptWeight).toBe(9);
    cache.set("a", "A2", 1);
    expect(cache.keptWeight).toBe(6);
    cache.set("huge", "H", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBe("A2");
    expect(cache.get("c")).toBe("C");
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

import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "./settings.js";

describe("digest and time-zone settings", () => {
  it("defaults to Monday 08:00, 14 days ahead, Asia/Ho_Chi_Minh", () => {
    const settings = loadSettings({});
    expect(settings.digest).toEqual({ schedule: { weekday: 0, hour: 8, minute: 0 }, daysAhead: 14 });
    expect(settings.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("reads another schedule, or off", () => {
    expect(loadSettings({ DIGEST_SCHEDULE: "fri 16:30", DIGEST_DAYS_AHEAD: "7" }).digest).toEqual({ schedule: { weekday: 4, hour: 16, minute: 30 }, daysAhead: 7 });
    expect(loadSettings({ DIGEST_SCHEDULE: "off" }).digest.schedule).toBeNull();
  });

  it("names the variable when a value is wrong", () => {
    expect(() => loadSettings({ DIGEST_SCHEDULE: "monday 8h" })).toThrow(SettingsError);
    expect(() => loadSettings({ DIGEST_SCHEDULE: "monday 8h" })).toThrow(/DIGEST_SCHEDULE/);
    expect(() => loadSettings({ TIME_ZONE: "Mars/Olympus" })).toThrow(/TIME_ZONE/);
  });
});

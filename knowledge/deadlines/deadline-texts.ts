import { readFileSync } from "node:fs";
import { z } from "zod";

const DeadlineTexts = z.object({
  dueHeading: z.string(),
  dueNone: z.string(),
  overdueHeading: z.string(),
  overdueNone: z.string(),
  overdueNote: z.string(),
  windowDay: z.string(),
  windowPeriod: z.string(),
  windowRange: z.string(),
  agencyScope: z.string(),
  unknownAgency: z.string(),
  closestAgencies: z.string(),
  closestAgency: z.string(),
  needPeriod: z.string(),
});
export type DeadlineTexts = z.infer<typeof DeadlineTexts>;

let cached: DeadlineTexts | null = null;

/** The texts of deadline answers, kept as data in prompts/deadline-templates.json. */
export function deadlineTexts(): DeadlineTexts {
  cached ??= DeadlineTexts.parse(JSON.parse(readFileSync(new URL("../../prompts/deadline-templates.json", import.meta.url), "utf8")));
  return cached;
}

/** Fills "{name}" placeholders; a missing value is a programming error. */
export function fillDeadline(name: keyof DeadlineTexts, values: Record<string, string | number> = {}): string {
  return deadlineTexts()[name].replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Deadline text "${name}" needs a value for {${key}}`);
    return String(value);
  });
}

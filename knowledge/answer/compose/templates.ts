import { readFileSync } from "node:fs";
import { z } from "zod";

const TemplateFile = z.record(z.string(), z.string());

let cached: Record<string, string> | null = null;

/** The answer texts, kept as data in prompts/answer-templates.json. */
export function templates(): Record<string, string> {
  cached ??= TemplateFile.parse(
    JSON.parse(readFileSync(new URL("../../../prompts/answer-templates.json", import.meta.url), "utf8")),
  );
  return cached;
}

const detailLimit = 220;

/** Fills "{name}" placeholders; a missing template or value is a programming error. Detail lines are kept short. */
export function fill(name: string, values: Record<string, string | number> = {}): string {
  const template = templates()[name];
  if (template === undefined) throw new Error(`Missing answer template "${name}" in prompts/answer-templates.json`);
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template "${name}" needs a value for {${key}}`);
    const text = String(value);
    return name.startsWith("detail") && text.length > detailLimit ? `${text.slice(0, detailLimit - 1).trimEnd()}…` : text;
  });
}

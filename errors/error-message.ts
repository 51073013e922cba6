import { AppError } from "./app-error.js";

/**
 * The one way to turn anything thrown into a line of text: the error's message, followed by the
 * messages of its causes that it does not already contain ("A: B"). Non-errors are shown as
 * they are (strings) or as JSON (objects), never as "[object Object]".
 */
export function errorMessage(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let current: unknown = error; current !== undefined && current !== null && !seen.has(current); ) {
    seen.add(current);
    const text = ownMessage(current);
    if (text !== "" && !parts.some((part) => part.includes(text))) parts.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.length === 0 ? String(error) : parts.join(": ");
}

/** For logs: the stack when there is one (project errors keep their code in front), else the message. */
export function errorDetails(error: unknown): string {
  const message = errorMessage(error);
  if (!(error instanceof Error) || error.stack === undefined) return message;
  const code = AppError.isInstance(error) ? `[${error.code}] ` : "";
  const frames = error.stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [`${code}${error.name}: ${message}`, ...frames].join("\n");
}

function ownMessage(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

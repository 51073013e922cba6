import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EvalCase } from "./case-schema.js";

export class CaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly lineNumber: number,
    readonly detail: string,
  ) {
    super(`${file}:${lineNumber}: case không hợp lệ (${detail}). Sửa dòng này theo eval/case-schema.ts rồi chạy lại.`);
    this.name = "CaseFileError";
  }
}

export class NoCaseFilesError extends Error {
  constructor(readonly pattern: string) {
    super(`Không tìm thấy file *.jsonl nào ở "${pattern}". Truyền --cases <thư mục hoặc mẫu như eval/cases/*.jsonl>.`);
    this.name = "NoCaseFilesError";
  }
}

export class DuplicateCaseIdError extends Error {
  constructor(readonly id: string) {
    super(`Mã case "${id}" bị trùng. Mỗi case cần một id riêng.`);
    this.name = "DuplicateCaseIdError";
  }
}

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/** Resolves a directory, a single file or a `dir/*.jsonl`-style pattern to sorted file paths. */
export function resolveCaseFiles(pattern: string): string[] {
  const isPattern = /[*?]/.test(pattern);
  if (!isPattern) {
    let stats;
    try {
      stats = statSync(pattern);
    } catch {
      throw new NoCaseFilesError(pattern);
    }
    if (stats.isFile()) return [pattern];
    const files = readdirSync(pattern).filter((name) => name.endsWith(".jsonl")).sort();
    if (files.length === 0) throw new NoCaseFilesError(pattern);
    return files.map((name) => join(pattern, name));
  }
  const folder = dirname(pattern);
  const matcher = wildcardToRegExp(basename(pattern));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new NoCaseFilesError(pattern);
  }
  const files = names.filter((name) => matcher.test(name)).sort();
  if (files.length === 0) throw new NoCaseFilesError(pattern);
  return files.map((name) => join(folder, name));
}

/** Parses one JSONL file of cases; blank lines are skipped. */
export function parseCaseFile(file: string, content: string): EvalCase[] {
  const cases: EvalCase[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new CaseFileError(file, index + 1, `JSON lỗi: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = EvalCase.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "case"}: ${issue.message}`).join("; ");
      throw new CaseFileError(file, index + 1, detail);
    }
    cases.push(parsed.data);
  });
  return cases;
}

/** Loads every case of the matching files and checks ids are unique. */
export function loadCases(pattern: string): EvalCase[] {
  const cases = resolveCaseFiles(pattern).flatMap((file) => parseCaseFile(file, readFileSync(file, "utf8")));
  const seen = new Set<string>();
  for (const evalCase of cases) {
    if (seen.has(evalCase.id)) throw new DuplicateCaseIdError(evalCase.id);
    seen.add(evalCase.id);
  }
  return cases;
}

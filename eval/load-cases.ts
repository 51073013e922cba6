import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EvalCase, type Split } from "./case-schema.js";

/** Case files in a folder of this name (at any depth) are held out. */
export const HOLDOUT_FOLDER = "holdout";
import { AppError } from "../errors/app-error.js";
import { errorMessage } from "../errors/error-message.js";

export class CaseFileError extends AppError {
  constructor(
    readonly file: string,
    readonly lineNumber: number,
    readonly detail: string,
  ) {
    super("CASE_FILE", `${file}:${lineNumber}: case không hợp lệ (${detail}). Sửa dòng này theo eval/case-schema.ts rồi chạy lại.`);
  }
}

export class NoCaseFilesError extends AppError {
  constructor(readonly pattern: string) {
    super("NO_CASE_FILES", `Không tìm thấy file *.jsonl nào ở "${pattern}". Truyền --cases <thư mục hoặc mẫu như eval/cases/*.jsonl>.`);
  }
}

export class DuplicateCaseIdError extends AppError {
  constructor(readonly id: string) {
    super("DUPLICATE_CASE_ID", `Mã case "${id}" bị trùng. Mỗi case cần một id riêng.`);
  }
}

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/** The `.jsonl` files of a folder and of its subfolders, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((left, right) => left.name.localeCompare(right.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() && entry.name.endsWith(".jsonl") ? [path] : [];
    });
}

/** True when the file sits in a `holdout/` folder. */
export function isHoldoutFile(file: string): boolean {
  return file.split(/[\\/]/).slice(0, -1).includes(HOLDOUT_FOLDER);
}

/** Resolves a directory (with its subfolders), a single file or a `dir/*.jsonl`-style pattern to sorted file paths. */
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
    const files = filesUnder(pattern);
    if (files.length === 0) throw new NoCaseFilesError(pattern);
    return files;
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

/** Parses one JSONL file of cases; blank lines are skipped. A file in a `holdout/` folder gives holdout cases. */
export function parseCaseFile(file: string, content: string): EvalCase[] {
  const cases: EvalCase[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new CaseFileError(file, index + 1, `JSON lỗi: ${errorMessage(error)}`);
    }
    const parsed = EvalCase.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "case"}: ${issue.message}`).join("; ");
      throw new CaseFileError(file, index + 1, detail);
    }
    cases.push(isHoldoutFile(file) ? { ...parsed.data, split: "holdout" } : parsed.data);
  });
  return cases;
}

/**
 * Loads every case of the matching files (only those of one split when `split` is given) and
 * checks ids are unique. Files are read only when they can hold cases of the split asked for.
 */
export function loadCases(pattern: string, split?: Split): EvalCase[] {
  const files = resolveCaseFiles(pattern).filter((file) => split !== "tune" || !isHoldoutFile(file));
  const cases = files
    .flatMap((file) => parseCaseFile(file, readFileSync(file, "utf8")))
    .filter((evalCase) => split === undefined || evalCase.split === split);
  const seen = new Set<string>();
  for (const evalCase of cases) {
    if (seen.has(evalCase.id)) throw new DuplicateCaseIdError(evalCase.id);
    seen.add(evalCase.id);
  }
  return cases;
}

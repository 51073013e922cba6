import { Split } from "./case-schema.js";
import { DEFAULT_EXIT_POLICY, type ExitPolicy } from "./report/verdict.js";
import { AppError } from "../errors/app-error.js";

export interface CliOptions extends ExitPolicy {
  /** Directory, file or `dir/*.jsonl` pattern of case files. */
  cases: string;
  /** Print a machine-readable summary on stdout instead of the table. */
  json: boolean;
  /** Where report.json, report.html and previous.json go. */
  reportsDir: string;
  includeRewordings: boolean;
  /** Only the cases of this split; both when null. */
  split: Split | null;
  /**
   * Also ingest the documents outside the corpus (test/fixtures/devdocs) beside the shipped
   * ones, in an index of their own, and ask their cases (eval/devdocs) too.
   */
  devdocs: boolean;
  /** Refuse answers below the confidence model's threshold, as the bots do (off: see every answer, to draw the curve). */
  confidenceGate: boolean;
}

export const DEFAULT_CLI_OPTIONS: CliOptions = {
  ...DEFAULT_EXIT_POLICY,
  cases: "eval/cases",
  json: false,
  reportsDir: ".reports/eval",
  includeRewordings: true,
  split: null,
  devdocs: false,
  confidenceGate: true,
};

export class CliUsageError extends AppError {
  constructor(readonly argument: string, readonly detail: string) {
    super(
      "CLI_USAGE",
      `Tham số "${argument}": ${detail}. Dùng: npm run eval -- [--cases <thư mục|mẫu>] [--json] [--min-pass-rate 0.95] ` +
        `[--no-fail-on-regression] [--allow-unrefused] [--no-rewordings] [--no-confidence-gate] [--split tune|holdout] [--devdocs] [--reports-dir .reports/eval]`,
    );
  }
}

function valueAfter(args: string[], index: number, name: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new CliUsageError(name, "thiếu giá trị");
  return value;
}

export function parseCliOptions(args: string[]): CliOptions {
  const options: CliOptions = { ...DEFAULT_CLI_OPTIONS };
  for (let index = 0; index < args.length; index += 1) {
    const raw = args[index] ?? "";
    const [name, inline] = raw.includes("=") ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)] : [raw, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const value = valueAfter(args, index, name);
      index += 1;
      return value;
    };
    switch (name) {
      case "--cases":
        options.cases = take();
        break;
      case "--reports-dir":
        options.reportsDir = take();
        break;
      case "--min-pass-rate": {
        const text = take();
        const rate = Number(text);
        if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new CliUsageError(name, `"${text}" phải là số từ 0 đến 1`);
        options.minPassRate = rate;
        break;
      }
      case "--split": {
        const text = take();
        const split = Split.safeParse(text);
        if (!split.success) throw new CliUsageError(name, `"${text}" phải là tune hoặc holdout`);
        options.split = split.data;
        break;
      }
      case "--json":
        options.json = true;
        break;
      case "--devdocs":
        options.devdocs = true;
        break;
      case "--fail-on-regression":
        options.failOnRegression = true;
        break;
      case "--no-fail-on-regression":
        options.failOnRegression = false;
        break;
      case "--allow-unrefused":
        options.requireAllRefusals = false;
        break;
      case "--no-confidence-gate":
        options.confidenceGate = false;
        break;
      case "--no-rewordings":
        options.includeRewordings = false;
        break;
      default:
        throw new CliUsageError(raw, "không biết tham số này");
    }
  }
  return options;
}

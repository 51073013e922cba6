import { z } from "zod";
import { AppError } from "../errors/app-error.js";

export const benchParts = ["ingest", "questions", "scale", "quality"] as const;
export type BenchPart = (typeof benchParts)[number];

export interface BenchOptions {
  parts: BenchPart[];
  /** Corpus sizes measured by the scale part besides 1× (10× by default; 100× only when asked: `--scale 10,100`). */
  scaleFactors: number[];
  /** Questions measured by the questions part (and at 1× in the scale part). */
  questionCount: number;
  /** Wall-clock limit of one child job, in seconds. */
  timeoutSeconds: number;
  /** Wall-clock limit of the whole run, in seconds: a job still running at that point is stopped and reported. */
  budgetSeconds: number;
  /** Time allowed to the question loop at each scaled corpus, in seconds. */
  scaleQuestionSeconds: number;
  sourcesDir: string;
  casesPattern: string;
  resultsDir: string;
}

export const defaultBenchOptions: BenchOptions = {
  parts: [...benchParts],
  scaleFactors: [10],
  questionCount: 1000,
  timeoutSeconds: 540,
  budgetSeconds: 570,
  scaleQuestionSeconds: 30,
  sourcesDir: "knowledge/sources",
  casesPattern: "eval/cases",
  resultsDir: ".bench",
};

export class BenchOptionError extends AppError {
  constructor(
    readonly argument: string,
    readonly detail: string,
  ) {
    super(
      "BENCH_OPTION",
      `Option "${argument}": ${detail}. Usage: npm run bench -- [--only ingest|questions|scale|quality[,…]] [--scale 10,100] ` +
        `[--questions 1000] [--timeout 540] [--budget 570] [--scale-question-seconds 30] [--sources DIR] [--cases DIR] [--results DIR]`,
    );
  }
}

const Part = z.enum(benchParts);
const PositiveInteger = z.coerce.number().int().positive();

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...defaultBenchOptions, parts: [...defaultBenchOptions.parts], scaleFactors: [...defaultBenchOptions.scaleFactors] };
  for (let position = 0; position < argv.length; position += 1) {
    const argument = argv[position] as string;
    const take = (): string => {
      const value = argv[position + 1];
      if (value === undefined || value.startsWith("--")) throw new BenchOptionError(argument, "needs a value");
      position += 1;
      return value;
    };
    const parse = <T>(schema: z.ZodType<T>, value: string): T => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new BenchOptionError(argument, `"${value}" is not valid`);
      return parsed.data;
    };
    switch (argument) {
      case "--only":
        options.parts = take().split(",").map((part) => parse(Part, part.trim()));
        break;
      case "--scale":
        options.scaleFactors = take()
          .split(",")
          .map((factor) => parse(PositiveInteger, factor.trim().replace(/[x×]$/, "")))
          .filter((factor) => factor > 1);
        break;
      case "--questions":
        options.questionCount = parse(PositiveInteger, take());
        break;
      case "--timeout":
        options.timeoutSeconds = parse(PositiveInteger, take());
        break;
      case "--budget":
        options.budgetSeconds = parse(PositiveInteger, take());
        break;
      case "--scale-question-seconds":
        options.scaleQuestionSeconds = parse(PositiveInteger, take());
        break;
      case "--sources":
        options.sourcesDir = take();
        break;
      case "--cases":
        options.casesPattern = take();
        break;
      case "--results":
        options.resultsDir = take();
        break;
      default:
        throw new BenchOptionError(argument, "unknown option");
    }
  }
  return options;
}

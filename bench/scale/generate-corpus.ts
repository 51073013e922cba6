import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AgencyEntry } from "../../vietnamese/glossary/glossary.js";
import { AgencyRotation } from "./agency-rotation.js";
import { AppError } from "../../errors/app-error.js";

export interface GeneratedCorpus {
  folder: string;
  factor: number;
  files: string[];
  bytes: number;
}

export class ScaleFactorError extends AppError {
  constructor(readonly factor: number) {
    super("SCALE_FACTOR", `Scale factor ${factor} is not a whole number ≥ 1: pass --scale with values such as 10,100.`);
  }
}

// Document numbers such as "429/KH-UBND", "1982/QĐ-UBND" or 429 in bold followed by "/KH-UBND":
// digits (and closing bold stars) right before a slash and the upper-case symbol of the issuing kind.
const documentNumberPattern = /(?<![\p{L}\p{N}])(\d{1,5})(\**)\/(?=\p{Lu}{2,})/gu;

/** File name of copy `copy` of `file`: "name--x007.ext"; copy 0 keeps the original name. */
export function copyFileName(file: string, copy: number, width: number): string {
  if (copy === 0) return file;
  const extension = path.extname(file);
  return `${file.slice(0, file.length - extension.length)}--x${String(copy).padStart(width, "0")}${extension}`;
}

/**
 * Copy `copy` of a document's text: agency names rotated by `copy` places and every document
 * number suffixed with the copy index, so copies differ in content (and content hash) while
 * keeping each line's layout and the line count unchanged. Copy 0 is the original.
 */
export function copyDocumentText(text: string, copy: number, width: number, rotation: AgencyRotation): string {
  if (copy === 0) return text;
  const suffix = String(copy).padStart(width, "0");
  return rotation.apply(text, copy).replace(documentNumberPattern, (_, number: string, stars: string) => `${number}${suffix}${stars}/`);
}

/**
 * Writes `factor` versions of every source document into `targetFolder`: the originals and
 * factor − 1 renumbered copies with rotated agencies.
 */
export async function generateCorpus(
  sourcesDir: string,
  targetFolder: string,
  factor: number,
  agencies: readonly AgencyEntry[],
): Promise<GeneratedCorpus> {
  if (!Number.isInteger(factor) || factor < 1) throw new ScaleFactorError(factor);
  const rotation = new AgencyRotation(agencies);
  const width = String(Math.max(1, factor - 1)).length;
  await mkdir(targetFolder, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const file of await sourceFiles(sourcesDir)) {
    const original = await readFile(path.join(sourcesDir, file), "utf8");
    for (let copy = 0; copy < factor; copy += 1) {
      const name = copyFileName(file, copy, width);
      const text = copyDocumentText(original, copy, width, rotation);
      await writeFile(path.join(targetFolder, name), text, "utf8");
      files.push(name);
      bytes += Buffer.byteLength(text, "utf8");
    }
  }
  return { folder: targetFolder, factor, files: files.sort(), bytes };
}

/** The documents of a sources folder, as ingestion lists them: every file except hidden ones. */
async function sourceFiles(sourcesDir: string): Promise<string[]> {
  const entries = await readdir(sourcesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

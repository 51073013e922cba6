import path from "node:path";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { checkDocumentSize, defaultDocumentBudget, limitLineLengths, type DocumentBudget } from "../document-budget.js";
import { ingestDocument, type IngestedDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { writeCachedDocument } from "../index/document-cache.js";
import { indexTextExpansions } from "./index-text-expansions.js";

/** One source file to parse: where it is and its size in bytes (checked against the budget before it is read). */
export interface ParseRequest {
  sourcesDir: string;
  file: string;
  size: number;
  budget?: DocumentBudget;
  /** Where the parse is cached for the next ingest (`<indexDir>/cache/<key>.json`). */
  cache?: { indexDir: string; key: string };
}

/** A document parsed, with the lines the line budget cut and its index texts expanded (index-text-expansions.ts); or why it could not be. */
export type ParseOutcome = ParsedDocument | { error: string };
export interface ParsedDocument {
  ingested: IngestedDocument;
  lineWarnings: string[];
  expansions: [string, string][];
}

/** Reads and structures one source file (read → structure → records), its budget warnings among its warnings, and caches the parse. */
export async function parseDocument(request: ParseRequest, glossary: Glossary): Promise<ParsedDocument> {
  const budget = request.budget ?? defaultDocumentBudget;
  checkDocumentSize(request.file, request.size, budget);
  const limited = limitLineLengths(await readDocument(path.join(request.sourcesDir, request.file)), budget);
  const parsed = ingestDocument(limited.source, glossary);
  const ingested = { ...parsed, warnings: [...parsed.warnings, ...limited.warnings] };
  // The cache only saves parsing next time: an index folder that cannot be written is reported by the build.
  if (request.cache) await writeCachedDocument(request.cache.indexDir, request.cache.key, ingested).catch(() => undefined);
  return { ingested, lineWarnings: limited.warnings, expansions: indexTextExpansions(ingested, glossary) };
}

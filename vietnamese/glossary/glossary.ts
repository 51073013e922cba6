import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ZodType } from "zod";
import { AgencyIndex } from "./agency-index.js";
import { expandAbbreviationsIn } from "./expand-abbreviations.js";
import { findAgencyMentions } from "./find-agencies.js";
import {
  AbbreviationFile,
  AgencyFile,
  type AbbreviationEntry,
  type AgencyEntry,
  type AgencyMention,
  type LocatedAgencyMention,
} from "./glossary-schema.js";
import { matchKey } from "./match-key.js";
import { splitAgencyCell } from "./split-agencies.js";
import { AppError } from "../../errors/app-error.js";
import { errorMessage } from "../../errors/error-message.js";

export type { AbbreviationEntry, AgencyEntry, AgencyMention, LocatedAgencyMention } from "./glossary-schema.js";

/** Agency names and abbreviations of the corpus, with loose (unaccented) lookups. */
export interface Glossary {
  agencies: AgencyEntry[];
  abbreviations: AbbreviationEntry[];
  /** Canonical agency name for any spelling, or null when the text is not a known agency. */
  canonicalAgency(text: string): string | null;
  /** The glossary entry of a canonical name (kind, parent, former, note). */
  agencyEntry(canonical: string): AgencyEntry | undefined;
  /** Splits an owner/coordinator cell into agencies; unknown parts keep their cleaned text. */
  splitAgencies(cellText: string): AgencyMention[];
  /** True when the text names an agency: a known spelling, or a name after an agency head word ("Bộ Nội vụ", "Sở Y tế", "Các bộ, ngành"); a head word alone is not one. */
  looksLikeAgency(text: string): boolean;
  /** True when the text begins with a word that begins agency names ("Sở", "Bộ", "Trung tâm", "Doanh nghiệp"…). */
  startsWithAgencyHead(text: string): boolean;
  /** Agency mentions inside free text, with their offsets. */
  findAgencies(text: string): LocatedAgencyMention[];
  /** The text followed by the expansions of the abbreviations it contains. */
  expandAbbreviations(text: string): string;
  /**
   * This glossary with more agencies, known by their name as written (the agencies a document's
   * owner columns name that the glossary does not list); names it already knows are left out.
   */
  withAgencies(names: readonly string[]): Glossary;
}

export class GlossaryFileError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super("GLOSSARY_FILE", `Cannot load glossary file ${file}: ${reason}. Fix the JSON so it matches the schema in knowledge/glossary/glossary-schema.ts.`);
  }
}

/** The glossary data (agencies.json, abbreviations.json) lives with the knowledge it describes. */
const defaultFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge", "glossary");
const cache = new Map<string, Glossary>();

function readJson<T>(file: string, schema: ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GlossaryFileError(file, errorMessage(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new GlossaryFileError(file, parsed.error.message);
  return parsed.data;
}

export function buildGlossary(agencyFile: AgencyFile, abbreviationFile: AbbreviationFile): Glossary {
  const index = new AgencyIndex(agencyFile);
  const abbreviations = abbreviationFile.abbreviations;
  return {
    agencies: agencyFile.agencies,
    abbreviations,
    canonicalAgency: (text) => index.canonical(text),
    agencyEntry: (canonical) => index.entry(canonical),
    splitAgencies: (cellText) => splitAgencyCell(index, cellText),
    looksLikeAgency: (text) => index.canonical(text) !== null || index.namesWithHeadWord(text),
    startsWithAgencyHead: (text) => index.startsWithHeadWord(text),
    findAgencies: (text) => findAgencyMentions(index, text),
    expandAbbreviations: (text) => expandAbbreviationsIn(abbreviations, text),
    withAgencies: (names) => {
      const added = new Map<string, string>();
      for (const name of names) {
        const key = matchKey(name);
        if (key !== "" && !index.keyToCanonical.has(key) && !added.has(key)) added.set(key, name);
      }
      if (added.size === 0) return buildGlossary(agencyFile, abbreviationFile);
      const entries = [...added.values()].map((canonical) => ({ canonical, kind: "organisation" as const, aliases: [], note: "named by a document" }));
      return buildGlossary({ ...agencyFile, agencies: [...agencyFile.agencies, ...entries] }, abbreviationFile);
    },
  };
}

/** Loads agencies.json and abbreviations.json from `folder` (default: this module's folder), once. */
export function loadGlossary(folder: string = defaultFolder): Glossary {
  const resolved = path.resolve(folder);
  const cached = cache.get(resolved);
  if (cached !== undefined) return cached;
  const agencyFile = readJson(path.join(resolved, "agencies.json"), AgencyFile);
  const abbreviationFile = readJson(path.join(resolved, "abbreviations.json"), AbbreviationFile);
  const glossary = buildGlossary(agencyFile, abbreviationFile);
  cache.set(resolved, glossary);
  return glossary;
}

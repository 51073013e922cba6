import { readFileSync } from "node:fs";
import { textWithSources } from "./answer-text.js";
import { z } from "zod";
import type { CitedDocument, FactSource } from "../../../ingest/records/document-facts-schema.js";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { Answer, Citation } from "../answer-types.js";
import type { CitedMatch, DocumentQuestion } from "../understand/document-question.js";
import { documentTitle } from "./cite.js";
import { shortDocument } from "./document-names.js";

const TemplateFile = z.record(z.string(), z.string());
let cachedTemplates: Record<string, string> | null = null;

/** Fills a text of prompts/document-fact-templates.json; a missing template or value is a programming error. */
function say(name: string, values: Record<string, string | number> = {}): string {
  cachedTemplates ??= TemplateFile.parse(JSON.parse(readFileSync(new URL("../../../prompts/document-fact-templates.json", import.meta.url), "utf8")));
  const template = cachedTemplates[name];
  if (template === undefined) throw new Error(`Missing template "${name}" in prompts/document-fact-templates.json`);
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Template "${name}" needs a value for {${key}}`);
    return String(value);
  });
}

const MAX_SUBJECT = 200;

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2)).replace(/[\s,;:]+$/u, "")}…`;
}

const withoutDay = (dateText: string) => dateText.replace(/^ngày\s+/u, "");

function citationOf(file: string, documents: DocumentInfo[], source: FactSource, locator: string): Citation {
  const info = documents.find((document) => document.file === file);
  return { file, title: documentTitle(info, file), locator: say(locator, { line: source.line }), quote: source.quote, line: source.line };
}

/**
 * The number and date another document of the corpus gives for one that has none yet: a
 * citation of the same kind whose subject starts with its title's first words. Two different
 * numbers give neither.
 */
function citedFor(document: DocumentInfo, documents: DocumentInfo[]): CitedMatch | null {
  const titleWords = foldText(document.title).split(" ").filter((word) => word !== "").slice(0, 8);
  if (titleWords.length < 4) return null;
  const found: CitedMatch[] = [];
  for (const other of documents) {
    if (other.file === document.file) continue;
    for (const citation of other.facts?.citations ?? []) {
      const about = ` ${foldText(citation.subject)} `;
      if (foldText(citation.kind) === foldText(document.kind) && about.includes(` ${titleWords.join(" ")} `)) found.push({ citation, file: other.file });
    }
  }
  const numbers = new Set(found.map((match) => foldText(match.citation.number)));
  return numbers.size === 1 ? (found.find((match) => match.citation.date !== null) ?? found[0] ?? null) : null;
}

interface Parts {
  facts: string[];
  missing: string[];
  citations: Citation[];
}

function ownParts(question: DocumentQuestion, document: DocumentInfo, documents: DocumentInfo[]): Parts {
  const parts: Parts = { facts: [], missing: [], citations: [] };
  const name = shortDocument(documents, document.file);
  const facts = document.facts;
  const cited = document.number === null || document.date === null ? citedFor(document, documents) : null;
  const citeCited = () => {
    if (cited && !parts.citations.some((citation) => citation.line === cited.citation.source.line && citation.file === cited.file)) {
      parts.citations.push(citationOf(cited.file, documents, cited.citation.source, "locatorLine"));
    }
  };
  const asks = new Set(question.asks);
  if (asks.has("number")) {
    if (document.number && facts?.numberSource) {
      parts.facts.push(say("factNumber", { number: document.number }));
      parts.citations.push(citationOf(document.file, documents, facts.numberSource, "locatorHeader"));
    } else if (cited) {
      parts.facts.push(say("factNumberCited", { number: cited.citation.number, citedIn: shortDocument(documents, cited.file) }));
      citeCited();
    } else parts.missing.push(say("missingNumber", { document: name }));
  }
  if (asks.has("date")) {
    if (document.date !== null && facts?.dateSource) {
      parts.facts.push(say("factDate", { date: withoutDay(document.dateText) }));
      if (!parts.citations.some((citation) => citation.line === facts.dateSource?.line)) parts.citations.push(citationOf(document.file, documents, facts.dateSource, "locatorHeader"));
    } else if (cited?.citation.date) {
      parts.facts.push(say("factDateCited", { date: withoutDay(cited.citation.dateText), citedIn: shortDocument(documents, cited.file) }));
      citeCited();
    } else {
      const written = document.dateText.trim() === "" ? "" : say("missingWritten", { text: document.dateText.trim() });
      parts.missing.push(say("missingDate", { document: name, written }));
    }
  }
  if (asks.has("signer")) {
    const signer = facts?.signer ?? null;
    const title = signer?.authority.at(-1);
    if (signer?.name) {
      parts.facts.push(say("factSigner", { name: signer.name, authority: signer.authority.join(", ") }));
      parts.citations.push(citationOf(document.file, documents, signer.source, "locatorSignature"));
    } else if (signer && title) {
      // "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN" and no name: who signs is said by the title the block writes.
      const authority = signer.authority.slice(0, -1).join(", ");
      parts.facts.push(say("factSignerTitle", { title, authority: authority ? say("factSignerAuthority", { authority }) : "" }));
      parts.citations.push(citationOf(document.file, documents, signer.source, "locatorSignature"));
    } else {
      const written = signer ? say("missingWritten", { text: signer.source.quote }) : "";
      parts.missing.push(say("missingSigner", { document: name, written }));
    }
  }
  if (asks.has("effective")) {
    const effective = facts?.effective ?? null;
    // "… kể từ ngày ký": the day it was signed, when the document writes it.
    const fromSigning = effective !== null && /\bngay ky\b/.test(foldText(effective.quote)) && document.date !== null && facts?.dateSource;
    if (effective) {
      parts.facts.push(fromSigning ? say("factEffectiveSigned", { clause: effective.quote, date: withoutDay(document.dateText) }) : say("factEffective", { clause: effective.quote }));
      parts.citations.push(citationOf(document.file, documents, effective, "locatorLine"));
      if (fromSigning && facts?.dateSource && !asks.has("date")) parts.citations.push(citationOf(document.file, documents, facts.dateSource, "locatorHeader"));
    } else parts.missing.push(say("missingEffective", { document: name }));
  }
  if (asks.has("subject") && document.title) parts.facts.push(say("factTitle", { title: document.title }));
  return parts;
}

function citedHead(citation: CitedDocument): string {
  return say("citedHead", {
    kind: citation.kind,
    number: citation.number,
    date: citation.dateText ? say("citedDate", { date: withoutDay(citation.dateText) }) : "",
    issuer: citation.issuer ? say("citedIssuer", { issuer: citation.issuer }) : "",
    subject: citation.subject ? say("citedSubject", { subject: shorten(citation.subject, MAX_SUBJECT) }) : "",
  });
}

/** The answer to a question about a document: its own facts quoted from its lines, or what the citing lines say of one it cites. */
export function documentFactAnswer(question: DocumentQuestion, asked: string, documents: DocumentInfo[]): Answer {
  const base = { question: asked, kind: "general" as const, suggestions: [] };
  if (question.target.type === "own") {
    const parts = ownParts(question, question.target.document, documents);
    if (parts.facts.length === 0) return { ...base, found: false, text: [...parts.missing, say("missingTail")].join("\n"), citations: [] };
    const head = say("ownHead", { document: documentTitle(question.target.document, question.target.document.file), facts: parts.facts.join("; ") });
    return { ...base, found: true, text: textWithSources([head, ...parts.missing], parts.citations), citations: parts.citations };
  }
  const matches = question.target.matches;
  const citations = matches.map((match) => citationOf(match.file, documents, match.citation.source, "locatorLine"));
  const [only] = matches;
  if (matches.length === 1 && only) {
    if (question.asks.length === 1 && question.asks[0] === "signer") {
      const date = only.citation.dateText ? say("citedDate", { date: withoutDay(only.citation.dateText) }) : "";
      return { ...base, found: false, text: say("citedNoSigner", { kind: only.citation.kind, number: only.citation.number, date }), citations: [] };
    }
    return { ...base, found: true, text: textWithSources([citedHead(only.citation), say("citedIn", { document: shortDocument(documents, only.file) })], citations), citations };
  }
  const lines = [say("citedSeveral", { count: matches.length }), ...matches.map((match, index) => `[${index + 1}] ${citedHead(match.citation)}`)];
  return { ...base, found: true, text: textWithSources(lines, citations), citations };
}

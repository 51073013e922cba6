import type Database from "better-sqlite3";
import { DocumentFacts } from "../records/document-facts-schema.js";
import type { DocumentInfo } from "../records/schemas.js";
import { packRow, parseRow, rowSchemas } from "./index-database.js";

/**
 * A document's row (schema 13): its metadata in `json`, its facts (where its number and date are written,
 * its signer, the documents it cites: nearly all of the row, 10.5 of 10.8 MB of JSON at 100×) apart in
 * `facts`, NULL when it has none. A question process reads every document's metadata when it opens
 * the index, but only a question about a document reads facts; so a reader parses them when they are
 * first asked for (`lazily`), each document's once, validated then.
 */
export function packDocument(info: DocumentInfo): { json: Buffer; facts: Buffer | null } {
  const { facts, ...metadata } = info;
  return { json: packRow(metadata), facts: facts === undefined ? null : packRow(facts) };
}

const Metadata = rowSchemas.documents.omit({ facts: true });

/** The documents of the index in file order; their facts parsed now, or when first read (`lazily`). */
export function readDocuments(database: Database.Database, path: string, options: { lazily: boolean }): DocumentInfo[] {
  return readDocumentRows(database, path, options).map((row) => row.document);
}

/** The documents' rows in file order: the file each is stored under and the document. */
export function readDocumentRows(database: Database.Database, path: string, options: { lazily: boolean }): { file: string; document: DocumentInfo }[] {
  const rows = database.prepare("SELECT file, json, facts FROM documents ORDER BY file").all() as { file: string; json: Uint8Array; facts: Uint8Array | null }[];
  return rows.map((row) => ({ file: row.file, document: documentOfRow(path, row, options.lazily) }));
}

function documentOfRow(path: string, row: { file: string; json: Uint8Array; facts: Uint8Array | null }, lazily: boolean): DocumentInfo {
  const document: DocumentInfo = parseRow(path, `document ${row.file}`, row.json, Metadata);
  const facts = row.facts;
  if (facts === null) return document;
  const parse = () => parseRow(path, `facts of document ${row.file}`, facts, DocumentFacts);
  return lazily ? withLazyProperty(document, "facts", parse) : { ...document, facts: parse() };
}

/** Adds `key` as the object's last enumerable property, computed on first read and kept (spread, JSON and equality see a plain value). */
export function withLazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): T {
  let value: T[K] | undefined;
  let known = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: false,
    get: () => {
      if (!known) {
        value = compute();
        known = true;
      }
      return value;
    },
  });
  return target;
}

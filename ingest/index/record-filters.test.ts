import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument, type IngestedDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { isDueWithin } from "../../vietnamese/periods.js";
import type { KnowledgeRecord } from "../records/schemas.js";
import { DatabaseWriter } from "./database-writer.js";
import { FileRecords, type RecordKindsFilter } from "./file-records.js";
import { createIndexDatabase, rowSchemas } from "./index-database.js";
import { recordAgencies, type AgencyRole } from "./record-filters.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
const listKinds: KnowledgeRecord["kind"][] = ["task", "dti-criterion", "indicator"];
const roleSets: AgencyRole[][] = [["owner"], ["coordinator"], ["owner", "coordinator"]];

/** What a filter means, applied to every record of the kinds in source-file order (what list answers filtered before decision 031). */
function expected(all: readonly KnowledgeRecord[], filter: RecordKindsFilter): string[] {
  const kept = all.filter(
    (record) =>
      filter.kinds.includes(record.kind) &&
      (!filter.files || filter.files.length === 0 || filter.files.includes(record.locator.file)) &&
      (!filter.agency || filter.agency.roles.some((role) => recordAgencies(record)[role].includes(filter.agency!.name))) &&
      (!filter.due || ((record.kind === "task" || record.kind === "dti-criterion") && isDueWithin(record.deadline, filter.due.from, filter.due.to))),
  );
  return kept.slice(0, filter.limit ?? Infinity).map((record) => record.id);
}

/** Every agency, role, quarter and year of two documents, alone and together, in a file and with a limit. */
function filtersOf(records: readonly KnowledgeRecord[], files: string[]): RecordKindsFilter[] {
  const agencies = [...new Set(records.flatMap((record) => [...recordAgencies(record).owner, ...recordAgencies(record).coordinator]))];
  const periods = [2025, 2026, 2027].flatMap((year) => [
    { from: `${year}-01-01`, to: `${year}-12-31` },
    ...[1, 4, 7, 10].map((month) => ({ from: `${year}-${String(month).padStart(2, "0")}-01`, to: `${year}-${String(month + 2).padStart(2, "0")}-31` })),
  ]);
  return [
    ...agencies.flatMap((name) => roleSets.map((roles) => ({ kinds: listKinds, agency: { name, roles } }))),
    ...periods.map((due) => ({ kinds: ["task", "dti-criterion"] as KnowledgeRecord["kind"][], due })),
    ...agencies.slice(0, 12).flatMap((name) => periods.slice(0, 5).map((due) => ({ kinds: listKinds, agency: { name, roles: ["owner"] as AgencyRole[] }, due }))),
    ...agencies.slice(0, 12).map((name) => ({ kinds: ["task", "dti-criterion"] as KnowledgeRecord["kind"][], agency: { name, roles: roleSets[2]! }, limit: 1 })),
    ...agencies.slice(0, 12).map((name) => ({ kinds: listKinds, agency: { name, roles: ["owner"] as AgencyRole[] }, files: [files[1]!] })),
    { kinds: listKinds, agency: { name: "Cơ quan không có", roles: ["owner"] } },
  ];
}

describe("list records selected by agency and period from the index", () => {
  let folder: string;
  let database: Database.Database;
  let documents: IngestedDocument[];

  beforeAll(async () => {
    const read = async (file: string) => ingestDocument(await readDocument(path.join(root, file)), glossary);
    // A provincial plan's tasks and a DTI plan's criteria (implementing and confirming units).
    documents = [await read("knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt"), await read("knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md")];
    folder = await mkdtemp(path.join(tmpdir(), "record-filters-"));
    database = createIndexDatabase(path.join(folder, "index.sqlite"));
    const writer = new DatabaseWriter(database);
    for (const document of documents) writer.replaceDocument({ file: document.file, info: null, records: document.records, passages: [] });
    writer.finish();
  });
  afterAll(async () => {
    database.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** Every record in source-file order, as the database gives them. */
  const everyRecord = () => new FileRecords(database, "index.sqlite", rowSchemas.records, 0).where({ kinds: ["task", "dti-criterion", "indicator", "budget-line"] });

  it("gives the records a filter over every record gives, in the same order, whatever is kept", () => {
    const all = everyRecord();
    const files = documents.map((document) => document.file).sort();
    const filters = filtersOf(all, files);
    expect(filters.length).toBeGreaterThan(100);
    // Both documents hold agencies in both roles, and deadlines the periods select.
    expect(filters.filter((filter) => expected(all, filter).length > 0).length).toBeGreaterThan(60);
    for (const kind of ["task", "dti-criterion"] as const) expect(all.some((record) => record.kind === kind && recordAgencies(record).coordinator.length > 0)).toBe(true);
    const firstFileCharacters = (database.prepare("SELECT sum(length(json)) FROM records WHERE file = (SELECT min(name) FROM files)").pluck().get() as number) + 1;
    // Every file kept by a scan first; kept as the filters read them; the first file only; none.
    for (const [budget, scanFirst] of [[100_000_000, true], [100_000_000, false], [firstFileCharacters, false], [0, false]] as const) {
      const records = new FileRecords(database, "index.sqlite", rowSchemas.records, budget);
      if (scanFirst) records.where({ kinds: listKinds });
      for (let pass = 0; pass < 2; pass += 1) {
        for (const filter of filters) expect(records.where(filter).map((record) => record.id), JSON.stringify(filter)).toEqual(expected(all, filter));
      }
    }
  });

  it("follows a document replaced or removed", () => {
    const [dti, plan] = documents as [IngestedDocument, IngestedDocument];
    const writer = new DatabaseWriter(database);
    writer.replaceDocument({ file: plan.file, info: null, records: plan.records.slice(0, 15), passages: [] });
    writer.removeDocument(dti.file);
    writer.finish();
    const all = everyRecord();
    expect(all.map((record) => record.id)).toEqual(plan.records.slice(0, 15).map((record) => record.id));
    const records = new FileRecords(database, "index.sqlite", rowSchemas.records, 0);
    for (const filter of filtersOf(plan.records, [plan.file, plan.file])) expect(records.where(filter).map((record) => record.id)).toEqual(expected(all, filter));
    expect(database.prepare("SELECT count(*) FROM record_agencies WHERE row NOT IN (SELECT rowid FROM record_rows)").pluck().get()).toBe(0);
  });
});

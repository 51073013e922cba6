import type { KnowledgeRecord } from "../../records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";

/**
 * The agencies the documents name in their owner and coordinator columns that the glossary does
 * not list ("Bộ Ngoại giao", "Viện Hàn lâm KH&CN VN" in a national plan): a question naming one
 * names an agency, as a question naming a listed one does. Only a name as an agency writes it —
 * a head word ("Bộ", "Viện", "Ngân hàng"…) opening it in capitals, two to eight words — counts:
 * "các bộ, ngành liên quan", "Bộ, ngành, địa phương" or "Địa phương được lựa chọn" name no one agency.
 * Computed per document at ingest and stored with the corpus vocabulary (vocabulary-store.ts), so a
 * question process reads the names, not every record (decision 031).
 */
const maxWords = 8;

function cellsOf(record: KnowledgeRecord): string[] {
  switch (record.kind) {
    case "task":
      return [record.ownerText, record.coordinatorText];
    case "indicator":
      return [record.ownerText];
    case "dti-criterion":
      return [record.implementingText, record.confirmingText];
    case "budget-line":
      return [record.implementerText, record.coordinatorText];
    default:
      return [];
  }
}

export function agenciesNamedByDocuments(records: readonly KnowledgeRecord[], glossary: Glossary): string[] {
  const names = new Set<string>();
  for (const record of records) {
    for (const cell of cellsOf(record)) {
      if (cell.trim() === "") continue;
      for (const mention of glossary.splitAgencies(cell)) {
        const name = mention.written.trim();
        const words = name.split(/\s+/).length;
        // A comma or a dangling "và" is a list the cell did not split ("Bộ, ngành, địa phương", "Sở Khoa học và").
        if (words < 2 || words > maxWords || !/^\p{Lu}/u.test(name) || /^các\s/iu.test(name) || name.includes(",") || /\svà$/u.test(name)) continue;
        if (glossary.canonicalAgency(name) === null && glossary.looksLikeAgency(name)) names.add(name);
      }
    }
  }
  return [...names];
}

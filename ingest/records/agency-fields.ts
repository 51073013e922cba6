import type { Glossary } from "../../vietnamese/glossary/glossary.js";

/**
 * Turns owner/coordinator cells into canonical agency lists. An owner cell may also name
 * coordinators ("Sở KH&CN chủ trì phối hợp với Công an tỉnh …"): the part after
 * "phối hợp (với)" is moved to the coordinators.
 */
export interface AgencyFields {
  owners: string[];
  ownerText: string;
  coordinators: string[];
  coordinatorText: string;
}

const cooperationMarker = /\s*(?:,\s*)?(?:chủ trì,?\s*)?phối hợp(?:\s+với)?\s*/iu;
const ownerVerb = /\s+(?:chủ trì|tham mưu)\s*$/iu;

export function cleanCell(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/[*_]{1,3}/g, "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[.;,:]+$/u, "");
}

export function readAgencyFields(glossary: Glossary, ownerCell: string, coordinatorCell: string): AgencyFields {
  const ownerText = cleanCell(ownerCell);
  let coordinatorText = cleanCell(coordinatorCell);
  let ownerPart = ownerText;
  const marker = ownerText.match(cooperationMarker);
  if (marker && marker.index !== undefined && marker.index > 0) {
    ownerPart = ownerText.slice(0, marker.index).replace(ownerVerb, "").trim();
    const extra = ownerText.slice(marker.index + marker[0].length).trim();
    coordinatorText = [extra, coordinatorText].filter((part) => part !== "").join("; ");
  }
  return {
    owners: agencyList(glossary, ownerPart),
    ownerText,
    coordinators: agencyList(glossary, coordinatorText),
    coordinatorText,
  };
}

export function agencyList(glossary: Glossary, cell: string): string[] {
  const cleaned = cleanCell(cell);
  if (cleaned === "") return [];
  const names = glossary.splitAgencies(cleaned).map((part) => part.canonical.trim()).filter((name) => name !== "");
  return [...new Set(names)];
}

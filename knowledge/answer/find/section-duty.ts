import type { Passage } from "../../../ingest/records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { withoutListMark } from "../../../vietnamese/sentences.js";
import { agencyOpeningItem, onlyAgencyNamed } from "./agency-sections.js";

/**
 * Whose duty a sentence of the body states, by how and where it is written: the agency its list
 * item opens with ("6. Báo và Phát thanh Truyền hình tỉnh: đẩy mạnh …"), or the agency the sentence
 * assigns it to ("Giao Sở Khoa học và Công nghệ, Cơ quan thường trực …, theo dõi, đôn đốc …"), else
 * the agency heading its section ("3. Sở Kế hoạch và Đầu tư" over "- Tham mưu UBND tỉnh bố trí vốn …"),
 * as plans and decisions write "Tổ chức thực hiện"; with the duty in the sentence's words. Null
 * when none names one agency.
 */
export function sectionDuty(passage: Passage, sentence: string, glossary: Glossary): { agency: { canonical: string; written: string }; duty: string } | null {
  const item = agencyOpeningItem(sentence.trim(), glossary) ?? assignedBySentence(sentence, glossary);
  if (item) return item;
  const heading = passage.breadcrumb.at(-1);
  const headed = heading === undefined ? null : onlyAgencyNamed(heading, glossary);
  return headed ? { agency: headed, duty: withoutListMark(sentence) } : null;
}

/** "Giao Sở Khoa học và Công nghệ …", "giao cho Công an tỉnh …": the verb of assignment right before an agency's name. */
const assignment = /(?<![\p{L}\p{N}])giao(?:\s+cho)?\s+/giu;

function assignedBySentence(sentence: string, glossary: Glossary): { agency: { canonical: string; written: string }; duty: string } | null {
  const text = sentence.normalize("NFC");
  for (const verb of text.matchAll(assignment)) {
    const rest = text.slice(verb.index + verb[0].length);
    const [first] = glossary.findAgencies(rest);
    if (first && first.start === 0) return { agency: { canonical: first.canonical, written: first.written }, duty: withoutListMark(text) };
  }
  return null;
}

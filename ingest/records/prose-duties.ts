import { foldText } from "../../vietnamese/fold.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { parseDeadline } from "../../vietnamese/periods.js";
import type { SourceLine } from "../read/source-text.js";
import { loadVocabulary } from "../structure/document/vocabulary.js";
import { assignedSubject, headedBody } from "./prose-subjects.js";
import type { TaskRecord } from "./schemas.js";

/**
 * Duties written in body text rather than in a table, as every plan's "Tổ chức thực hiện" and
 * every programme without an appendix writes them:
 * - "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bảo đảm nguồn kinh phí …", and
 *   "Văn phòng Trung ương Đảng phối hợp với Ban Kinh tế Trung ương theo dõi …" (the subject leads);
 * - a heading naming an agency ("1. Sở Khoa học và Công nghệ", "a) Công an tỉnh") with its
 *   duties as the paragraphs or bullets under it ("Chủ trì, phối hợp với … triển khai …",
 *   "Phối hợp với Sở Tài chính xây dựng dự toán …"). A sentence under such a heading that names no
 *   verb of leading or taking part is left as prose: whose duty it is, the text does not say.
 * Each becomes a task record quoting its line, with the deadline the sentence states, if any.
 */
export interface ProseInput {
  file: string;
  lines: SourceLine[];
  /** True for lines that belong to a table (read as rows, not as prose). */
  inTable: (line: number) => boolean;
  breadcrumbAt: (line: number) => string[];
}

/**
 * The marker an item opens with: a bullet, "1.", "a)", "II.", and as Markdown and Party documents
 * write them, "1\\." (escaped), "**1-**" (bold) and "2.1- " (a hyphen, a space after it).
 */
export const itemMarker = /^\s*(?:#{1,6}\s+)?(?:\\?[-–•+*]\s+|(?:\*\*)?(\d+(?:\.\d+)*|[a-zđ]|[IVX]+)(?:\\?[.)]|(?<=(?:^|\D)\d{1,2}(?:\.\d{1,2})*)\s*[-–](?=\s|\*))(?:\*\*)?\s+)?/u;
// JavaScript's \b knows only ASCII letters: a Vietnamese word ends where no letter follows.
const ownerVerb = /^(.{3,200}?)\s+(?:chịu trách nhiệm\s+)?chủ trì(?!\p{L})\s*,?\s*/iu;
const leadingVerb = /^(chủ trì|phối hợp)(?!\p{L})\s*,?\s*/iu;
/** "Văn phòng Trung ương Đảng phối hợp với Ban Kinh tế Trung ương theo dõi …": the agencies before the verb do the task, with those after it. */
const subjectCooperates = /^(.{3,200}?)\s+(?=phối hợp(?:\s+chặt chẽ)?\s+với\s)/iu;
const dutyVerb = /(?<!\p{L})(?:chủ trì|phối hợp)(?!\p{L})/iu;
const cooperation = /^phối hợp(?:\s+chặt chẽ)?\s+với\s+/iu;
/** Words of a collective agency phrase ("các bộ, ngành, địa phương có liên quan", "các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ"). */
const collectiveWords = new Set(
  "các cơ quan đơn vị bộ ngành sở ban địa phương tổ chức cá nhân doanh nghiệp liên quan có cấp trung ương tỉnh huyện xã thành phố và đảng đoàn ủy uỷ cán sự trực thuộc ,".split(" "),
);
/**
 * "trước ngày 30/6/2026", "trong năm 2025", "hằng năm", "định kỳ 6 tháng", "định kỳ hàng tuần",
 * "trước ngày 15 của tháng cuối quý": a time phrase, its cue and the words of the date after it;
 * a recurrence keeps the deadline it gives in brackets ("hàng tháng (trước ngày 18 của tháng)").
 */
const timePhrase =
  /(?<!\p{L})(?:trước|chậm nhất|hoàn thành trong|hoàn thành|trong|định kỳ|hằng|hàng)\s+(?:\d+\s+|hằng\s+|hàng\s+)?(?:ngày|tháng|quý|năm|tuần)(?!\p{L})(?:\s+(?:của\s+)?(?:\d{1,4}(?:[/.-]\d{1,4}){0,2}|[IVX]+|ngày|tháng|quý|năm|tuần|cuối|đầu|giữa)(?![\p{L}\d]))*(?:\s*\((?:trước|chậm nhất)\s[^()]{1,60}\))?/giu;

/**
 * When a sentence's work is due, in its own words: its time phrases, not what lies between them
 * ("định kỳ 6 tháng báo cáo kết quả … về Bộ … trước ngày 15 tháng 6 và trước ngày 01 tháng 12 …"
 * → "định kỳ 6 tháng, trước ngày 15 tháng 6, trước ngày 01 tháng 12"; "hằng năm theo Nghị quyết …"
 * → "hằng năm"). "" when it states none.
 */
export function timeOf(text: string): string {
  return [...new Set([...text.matchAll(timePhrase)].map((match) => match[0].trim()))].join(", ");
}

export const clean = (text: string) =>
  text
    .replace(/\\([-*_.#+()[\]&!])/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** "Sở Khoa học và Công nghệ", "Bộ KH&CN, Bộ TTTT": every part the glossary splits it into looks like an agency. */
function agencyRun(text: string, glossary: Glossary): string[] | null {
  if (text.split(" ").length > 40) return null;
  const parts = glossary.splitAgencies(text).map((part) => part.written.trim()).filter(Boolean);
  const isName = (part: string) => glossary.looksLikeAgency(part) && part.split(" ").length <= 14 && !dutyVerb.test(part);
  if (parts.length === 0 || parts.length > 8 || !parts.every(isName)) return null;
  return parts;
}

/** The agencies right after "phối hợp với", and the text after them (the task). */
function splitCooperation(text: string, glossary: Glossary): { coordinators: string; rest: string } {
  let taken = 0;
  for (const mention of glossary.findAgencies(text)) {
    const before = text.slice(taken, mention.start);
    if (!/^[\s,]*(?:và\s+|các\s+)?$/u.test(before)) break;
    taken = mention.start + mention.written.length;
  }
  // Agencies the glossary does not know ("Ban Kinh tế Trung ương"), by the shape of a name.
  while (taken < text.length) {
    const at = text.slice(taken).match(/^[\s,]*(?:và\s+)?/u)?.[0].length ?? 0;
    const name = capitalisedName(text.slice(taken + at));
    if (name === null || !glossary.looksLikeAgency(name)) break;
    taken += at + name.length;
  }
  // Then the collective words that go on the phrase ("các sở, ngành, địa phương có liên quan").
  const tail = text.slice(taken).split(/\s+/u);
  let count = 0;
  for (const word of tail) {
    if (word === "" || word === ",") {
      count += 1;
      continue;
    }
    if (!collectiveWords.has(word.replace(/,$/, "").toLowerCase())) break;
    count += 1;
  }
  const phrase = tail.slice(0, count).join(" ");
  if (phrase.trim() !== "") taken += text.slice(taken).indexOf(phrase) + phrase.length;
  return { coordinators: text.slice(0, taken).replace(/[\s,]+$/, ""), rest: text.slice(taken).replace(/^[\s,]+/, "") };
}

/**
 * A name as Vietnamese capitalises it: each word's first syllable in capitals, at most one more
 * syllable after it ("Ban Kinh tế Trung ương", "Văn phòng Trung ương Đảng"); two lower-case
 * syllables in a row end it ("… Trung ương theo dõi").
 */
function capitalisedName(text: string): string | null {
  const match = /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+(?=\s+\p{Lu}|[\s,.;]|$))?(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+(?=\s+\p{Lu}|[\s,.;]|$))?)*/u.exec(text);
  return match && match[0].split(/\s+/).length >= 2 ? match[0] : null;
}

/** Every part of the text is an agency the glossary knows or a whole capitalised name that looks like one. */
function namedAgencies(text: string, glossary: Glossary): boolean {
  const parts = glossary.splitAgencies(text).map((part) => part.written.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((part) => glossary.canonicalAgency(part) !== null || (capitalisedName(part) === part && glossary.looksLikeAgency(part)));
}

/** The agency a heading names ("1. Sở Khoa học và Công nghệ"), if the whole heading is one. */
function headingAgency(breadcrumb: string[], glossary: Glossary): string | null {
  const last = breadcrumb.at(-1);
  if (!last) return null;
  const text = clean(last.replace(itemMarker, "")).replace(/[:.]$/, "");
  return agencyRun(text, glossary) ? text : null;
}

/**
 * "… chịu trách nhiệm thi hành Quyết định này": the closing clause every decision ends with names
 * the document itself, no task of it.
 */
function namesOnlyThisDocument(title: string): boolean {
  const kinds = loadVocabulary().documentKinds.map((kind) => kind.name.toLowerCase());
  const words = clean(title).replace(/[./;]+$/u, "").toLowerCase();
  return kinds.some((kind) => new RegExp(`^(?:\\p{L}+\\s+){1,2}${kind}\\s+này$`, "u").test(words));
}

/** "Sở Tài chính: Chủ trì, phối hợp …": the agency before the colon and the duties after it. */
function labelled(text: string, glossary: Glossary): { agency: string; duties: string } | null {
  const match = /^([^:]{3,120}):\s+(\S.*)$/u.exec(text);
  if (!match?.[1] || !match[2] || !agencyRun(match[1], glossary)) return null;
  // The duties read as a heading's: a sentence opening with a verb of leading or taking part.
  return { agency: match[1], duties: match[2] };
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 12);
}

/**
 * Whether a line goes on with the sentence above it: it opens in lower case, or with a number
 * that opens no item and is no lone page number ("10h00 thứ năm trong tuần), hàng tháng …" after
 * "… định kỳ hàng tuần (trước"), a bracket before either ("(trước ngày 15 tháng cuối quý), …").
 */
function continues(text: string): boolean {
  if (/^\s*\(?\p{Ll}/u.test(text)) return true;
  text = text.replace(/^\s*\(/u, "");
  if (!/^\s*\d/u.test(text) || /^\s*\d+\s*$/u.test(text)) return false;
  return (itemMarker.exec(text)?.[0].trim() ?? "") === "";
}

/**
 * Whether a line opening with a capital ends the sentence above it ("… để tổng hợp, báo cáo" /
 * "UBND tỉnh và cấp trên."): the sentence stops mid-phrase, the line ends it, and neither is a
 * heading of the document's sections ("1. Sở Khoa học và Công nghệ" / "Chủ trì …") or an item.
 */
function endsInCapitals(unit: SourceLine[], candidate: SourceLine, opensSection: (line: number) => boolean): boolean {
  const first = unit[0];
  if (!first || opensSection(first.line) || opensSection(candidate.line)) return false;
  if (!/\p{Ll}\s*$/u.test(unit.at(-1)?.text ?? "") || !/^\s*\p{Lu}/u.test(candidate.text) || !/[.;]\s*$/u.test(candidate.text)) return false;
  return (itemMarker.exec(candidate.text)?.[0].trim() ?? "") === "";
}

/**
 * Lines with the lines a wrapped sentence continues on (raw PDF text breaks a sentence every
 * few words): a line that does not end a sentence takes the next non-blank lines while they go
 * on (`continues`), at most six.
 */
export function paragraphs(input: ProseInput): SourceLine[][] {
  const units: SourceLine[][] = [];
  const usable = (line: SourceLine | undefined) => line !== undefined && !input.inTable(line.line) && !line.text.includes("\t");
  const opensSection = (line: number) => input.breadcrumbAt(line).join("\u0001") !== input.breadcrumbAt(line - 1).join("\u0001");
  for (let index = 0; index < input.lines.length; index += 1) {
    const line = input.lines[index];
    if (!line || !usable(line) || line.text.trim() === "") continue;
    const unit = [line];
    let next = index + 1;
    while (unit.length < 7 && !/[.;:!?]\s*$/u.test(unit.at(-1)?.text ?? "")) {
      while (next < input.lines.length && (input.lines[next]?.text.trim() ?? "") === "") next += 1;
      const candidate = input.lines[next];
      if (!candidate || !usable(candidate) || !(continues(candidate.text) || endsInCapitals(unit, candidate, opensSection))) break;
      unit.push(candidate);
      next += 1;
    }
    units.push(unit);
    index = unit.length > 1 ? next - 1 : index;
  }
  return units;
}

export function proseDuties(input: ProseInput, glossary: Glossary): TaskRecord[] {
  const records: TaskRecord[] = [];
  for (const unit of paragraphs(input)) {
    const line = { line: unit[0]?.line ?? 1, text: unit.map((part) => part.text.trim()).join(" ") };
    const breadcrumb = input.breadcrumbAt(line.line);
    const marker = itemMarker.exec(line.text);
    const written = clean(line.text.slice(marker?.[0].length ?? 0));
    // "Sở Tài chính: chủ trì …; định kỳ báo cáo …": an agency labelling its own duties is their heading.
    const label = labelled(written, glossary);
    const context = label?.agency ?? headingAgency(breadcrumb, glossary);
    const body = label?.duties ?? written;
    // A heading, or a line that only names agencies, states no duty.
    if (body === "" || /^#/.test(line.text.trim()) || (!dutyVerb.test(body) && agencyRun(body.replace(/[:.]$/, ""), glossary))) continue;
    for (const sentence of sentencesOf(body)) {
      const duty = readDuty(sentence, context, glossary);
      if (!duty || duty.title.length < 8 || namesOnlyThisDocument(duty.title)) continue;
      const deadlineText = timeOf(duty.title);
      const deadline = parseDeadline(deadlineText);
      records.push({
        id: `${input.file}:${line.line}:task:${records.length}`,
        kind: "task",
        locator: { file: input.file, breadcrumb, appendix: null, groupPath: [], itemNumber: marker?.[1] ?? null, line: line.line },
        sourceLines: unit,
        itemNumber: marker?.[1] ?? null,
        title: duty.title.replace(/[.;/]+$/, ""),
        owners: duty.owners.map((owner) => glossary.canonicalAgency(owner) ?? owner),
        ownerText: duty.owners.join(", "),
        coordinators: duty.coordinators.map((name) => glossary.canonicalAgency(name) ?? name),
        coordinatorText: duty.coordinatorText,
        product: "",
        deadline: deadline.kind === "text" || deadline.kind === "none" ? { text: "", kind: "none", from: null, to: null } : deadline,
        budget: null,
        inheritedFields: context && duty.fromHeading ? ["owners"] : [],
        parentItemNumber: null,
      });
    }
  }
  return records;
}

interface Duty {
  owners: string[];
  coordinators: string[];
  coordinatorText: string;
  title: string;
  fromHeading: boolean;
}

function readDuty(sentence: string, context: string | null, glossary: Glossary): Duty | null {
  const leads = ownerVerb.exec(sentence);
  // Without "chủ trì" the subject must be named as agencies are: known, or a capitalised name ("Ban Kinh tế Trung ương").
  const cooperates = leads ? null : subjectCooperates.exec(sentence);
  const explicit = leads ?? (cooperates?.[1] && namedAgencies(cooperates[1], glossary) ? cooperates : null);
  const owners = explicit?.[1] ? agencyRun(explicit[1], glossary) : null;
  let rest: string;
  let ownerList: string[];
  let coordinators: string[] = [];
  let fromHeading = false;
  const assigned = owners && explicit ? null : (headedBody(sentence) ?? assignedSubject(sentence, glossary));
  if (owners && explicit) {
    ownerList = owners;
    rest = sentence.slice(explicit[0].length);
  } else if (assigned) {
    ownerList = assigned.owners;
    rest = assigned.rest.replace(/^chủ trì(?!\p{L})\s*,?\s*/iu, "");
  } else if (context && leadingVerb.test(sentence)) {
    const verb = foldText(leadingVerb.exec(sentence)?.[1] ?? "");
    fromHeading = true;
    // "Phối hợp với Sở Tài chính …" under a heading: the heading's agency takes part, it does not lead.
    ownerList = verb === "chu tri" ? [context] : [];
    if (verb !== "chu tri") coordinators = [context];
    rest = verb === "chu tri" ? sentence.replace(leadingVerb, "") : sentence;
  } else return null;
  let coordinatorText = "";
  if (cooperation.test(rest)) {
    const split = splitCooperation(rest.replace(cooperation, ""), glossary);
    coordinatorText = split.coordinators;
    coordinators = [...coordinators, ...glossary.splitAgencies(split.coordinators).map((part) => part.canonical)];
    rest = split.rest;
  }
  return { owners: ownerList, coordinators: [...new Set(coordinators)], coordinatorText, title: rest.trim(), fromHeading };
}

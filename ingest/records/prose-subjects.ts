import type { Glossary } from "../../vietnamese/glossary/glossary.js";

/**
 * Who a body-text sentence assigns a duty to, where the sentence does not say "chủ trì":
 * - the subject of a verb of responsibility, as every "Tổ chức thực hiện" writes it — "Các sở,
 *   ban, ngành, địa phương có trách nhiệm rà soát …", "… các bộ, cơ quan ngang bộ, Ủy ban nhân
 *   dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ xây dựng …",
 *   "Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng …", "Người đứng đầu các sở, ban,
 *   ngành … tập trung chỉ đạo …". The subject is the run of comma-separated agency names right
 *   before the verb (an opening clause such as "Trên cơ sở …," is no part of it); the heads of
 *   agencies ("Thủ trưởng …", "Chủ tịch Ủy ban nhân dân …") stand for their agencies.
 * - the agency a sentence assigns: "Giao Sở Khoa học và Công nghệ (cơ quan thường trực) chủ trì,
 *   phối hợp với …", "Hàng năm, giao Sở … chủ trì …", "Giao Sở Khoa học và Công nghệ, Cơ quan
 *   thường trực Ban Chỉ đạo theo dõi, đôn đốc …" (the name in brackets or after a comma that
 *   names the same agency by its role is dropped).
 * The verbs are general Vietnamese administrative language, not words of one document.
 */
export interface AssignedSubject {
  /** The agencies named, as written. */
  owners: string[];
  /** What follows the subject and the verb of responsibility: the task, maybe opening "chủ trì" or "phối hợp với". */
  rest: string;
}

/**
 * "có trách nhiệm", "chịu trách nhiệm", "theo chức năng, nhiệm vụ (được giao)", "lãnh đạo, chỉ đạo",
 * "tập trung chỉ đạo"; and "chủ động" or "kịp thời" before a verb of reporting ("… các bộ, ngành,
 * địa phương chủ động đề xuất gửi Bộ …", "… các cơ quan, đơn vị, địa phương kịp thời báo cáo UBND
 * tỉnh qua Sở …"): the clause every plan closes with says who sends what, and to whom.
 */
const responsibilityVerb =
  /\s+(?:có trách nhiệm|chịu trách nhiệm|theo chức năng,?\s+nhiệm vụ(?:\s+được giao)?|lãnh đạo,\s+chỉ đạo|tập trung chỉ đạo|(?:chủ động|kịp thời)(?=\s+(?:đề xuất|báo cáo|phản ánh|kiến nghị)(?!\p{L})))(?!\p{L})\s*,?\s*/iu;
/** "Giao Sở …" opening a clause (the sentence, or after a comma: "Hàng năm, giao Sở … chủ trì"). */
/** An agency named by its role in the work ("Cơ quan thường trực Ban Chỉ đạo"). */
const byRole = /^(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối)/iu;
const assignVerb = /(?:^|[,;]\s+)[Gg]iao\s+(?=\p{Lu})/u;
/** Heads of agencies stand for their agencies ("Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"). */
const headOfAgency = /^(?:thủ trưởng|chủ tịch|chánh|người đứng đầu|giám đốc|lãnh đạo)\s+/iu;
/** "UBND tỉnh đã tập trung chỉ đạo …" reports what was done; it assigns nothing. */
const reportedTense = /(?<!\p{L})(?:đã|đang|vừa)$/iu;
/** Words that go on a collective agency phrase after a name ("…, thành phố trực thuộc Trung ương", "phường, đặc khu"). */
const collectiveWords = new Set(
  "các cơ quan đơn vị bộ ngành sở ban địa phương tổ chức doanh nghiệp liên quan có cấp trung ương tỉnh huyện xã phường thị thành phố đặc khu trực thuộc ngang và".split(" "),
);

const isCollective = (segment: string) => {
  const words = segment.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((word) => collectiveWords.has(word));
};

/** A part of a subject names an agency, the head of one, or goes on a collective phrase. */
function isAgencyPart(segment: string, glossary: Glossary): boolean {
  const text = segment.trim();
  if (text === "" || text.split(/\s+/u).length > 14 || /[()]/u.test(text)) return false;
  return glossary.looksLikeAgency(text) || glossary.looksLikeAgency(text.replace(headOfAgency, "")) || isCollective(text);
}

/** The run of agency parts that ends the text ("Trên cơ sở …, các bộ, cơ quan ngang bộ" → "các bộ, cơ quan ngang bộ"). */
export function subjectRun(before: string, glossary: Glossary): string[] | null {
  const segments = before.split(/\s*[,;]\s*/u);
  const run: string[] = [];
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index] ?? "";
    // "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội": the glossary splits a part in its names.
    const parts = glossary.splitAgencies(segment).map((part) => part.written.trim()).filter(Boolean);
    // "thành phố và Thủ trưởng các cơ quan": "và" joins two parts the glossary does not know as one name.
    const joined = parts.length === 1 ? segment.split(/\s+và\s+/u) : parts;
    const agencyParts = (list: string[]) => list.length > 0 && list.every((part) => isAgencyPart(part, glossary));
    if (!agencyParts(parts) && !agencyParts(joined)) break;
    run.unshift(segment.trim());
  }
  // Words that only go on a phrase ("và địa phương") name no one: at least one part must read as agencies ("các sở").
  const names = (part: string) => glossary.looksLikeAgency(part) || glossary.looksLikeAgency(part.replace(headOfAgency, ""));
  if (!run.some(names)) return null;
  return run.length <= 10 ? joinedCollective(run, names) : null;
}

/**
 * A part that only goes on the name before it is no agency of its own: "các bộ, ngành, địa phương"
 * is one owner, as "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" is (the people's
 * committees of both); "cơ quan ngang bộ" names agencies and stays apart.
 */
function joinedCollective(run: string[], names: (part: string) => boolean): string[] {
  const joined: string[] = [];
  for (const part of run) {
    const previous = joined.length - 1;
    if (previous >= 0 && isCollective(part) && !names(part)) joined[previous] = `${joined[previous]}, ${part}`;
    else joined.push(part);
  }
  return joined;
}

export function assignedSubject(sentence: string, glossary: Glossary): AssignedSubject | null {
  const assigned = assignVerb.exec(sentence);
  if (assigned) {
    const after = sentence.slice(assigned.index + assigned[0].length);
    const [first] = glossary.findAgencies(after);
    if (first && first.start === 0) {
      // "(cơ quan thường trực)" or ", Cơ quan thường trực Ban Chỉ đạo" after the name: the same agency by its role.
      let rest = after.slice(first.written.length).replace(/^\s*\([^)]{1,80}\)\s*/u, " ");
      const comma = /^\s*,\s*/u.exec(rest);
      const [next] = comma ? glossary.findAgencies(rest) : [];
      if (comma && next && next.start === comma[0].length && byRole.test(next.written)) rest = rest.slice(next.start + next.written.length);
      return { owners: [first.written], rest: rest.trim() };
    }
  }
  const verb = responsibilityVerb.exec(sentence);
  if (!verb) return null;
  const before = sentence.slice(0, verb.index).trim();
  if (reportedTense.test(before)) return null;
  const owners = subjectRun(before, glossary);
  if (!owners) return null;
  const rest = sentence.slice(verb.index + verb[0].length).trim();
  // "Trong quá trình …, nếu thấy cần sửa đổi …, các bộ … chủ động đề xuất gửi …": the case the duty is for goes with it.
  const opening = before.slice(0, before.lastIndexOf(owners[0] ?? "")).replace(/[\s,]+$/u, "");
  const condition = /(?<!\p{L})(?:nếu|trường hợp)(?!\p{L}).*$/iu.exec(opening)?.[0];
  return { owners, rest: condition ? `${rest.replace(/[\s./;]+$/u, "")} (${condition})` : rest };
}

/**
 * "Thành lập Ban Chỉ đạo …, do đồng chí Tổng Bí thư … làm Trưởng Ban": whoever heads the body a
 * sentence sets up leads it. The whole sentence is the task (the body and the role both), its
 * holder the owner, as written (a person's office, not an agency the glossary knows).
 */
const headedBy = /^(.{10,300}?),?\s+do\s+(?:đồng chí\s+)?(\p{Lu}[^,;]{2,120}?)\s+làm\s+(?:Trưởng\s+[Bb]an|Chủ tịch|Tổ trưởng|Trưởng đoàn)(?!\p{L})/u;

export function headedBody(sentence: string): AssignedSubject | null {
  const match = headedBy.exec(sentence);
  if (!match?.[1] || !match[2] || !/^thành lập\s/iu.test(match[1])) return null;
  return { owners: [match[2].trim()], rest: sentence.trim() };
}


import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { parseDeadline } from "../../vietnamese/periods.js";
import type { SourceLine } from "../read/source-text.js";
import { clean, paragraphs, timeOf, type ProseInput } from "./prose-duties.js";
import { subjectRun } from "./prose-subjects.js";
import type { TaskRecord } from "./schemas.js";

/**
 * Tasks listed under a sentence that assigns them, as programmes and plans without an appendix
 * table write them: "… các Bộ, cơ quan ngang Bộ, …, Ủy ban nhân dân các tỉnh, thành phố trực
 * thuộc Trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:", then,
 * in that section and its subsections, lettered points ("a) Xây dựng …", "đ) Sửa đổi Luật …
 * để:" with its bullets). Each point is a task of the agencies the lead-in names (the subject
 * run before "cần", "phải", "có trách nhiệm", "chịu trách nhiệm"), with the deadline it states.
 *
 * A point is a task only where the document lists its tasks nowhere else: a document whose tables
 * hold tasks restates them in its body (a provincial plan's "Nhiệm vụ cụ thể" summarising its
 * appendix, with the same lead-in) and gives none here, as its sentences give no indicator when a
 * table holds them (decision 029). A point that already is a duty or a target (its own "Bộ X chủ
 * trì …", "Phấn đấu … đạt 25%") is not read twice.
 */
const leadIn =
  /^(.{3,500}?)\s+(?:cần|phải|có trách nhiệm|chịu trách nhiệm)(?!\p{L}).{0,300}?(?:nhiệm vụ|giải pháp|nội dung)(?:\s+(?:chủ yếu|trọng tâm|cụ thể|cụ thể,\s*trọng tâm))?\s+sau(?:\s+đây)?\s*:\s*$/iu;
/** "a)", "đ)": the points of a legal text's clause. */
const letteredPoint = /^\s*([a-zđ])\)\s+/u;
const bullet = /^\s*\\?[-–•+*]\s+/u;

export interface ListedTaskInput extends ProseInput {
  /** Lines that already gave a record (a duty, a target): not read as listed tasks. */
  taken: ReadonlySet<number>;
}

const startsWith = (path: string[], prefix: string[]) => prefix.length <= path.length && prefix.every((title, index) => path[index] === title);
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** The agencies a lead-in assigns the points below it to, or null when the paragraph is none. */
export function leadInOwners(text: string, glossary: Glossary): string[] | null {
  const match = leadIn.exec(clean(text));
  if (!match?.[1]) return null;
  return subjectRun(match[1], glossary);
}

export function listedTasks(input: ListedTaskInput, glossary: Glossary): TaskRecord[] {
  const records: TaskRecord[] = [];
  let scope: { owners: string[]; breadcrumb: string[] } | null = null;
  let open: { unit: SourceLine[]; letter: string; parts: string[]; breadcrumb: string[] } | null = null;
  const close = () => {
    if (open && scope) {
      const record = taskOf(input.file, open, scope.owners, glossary, records.length);
      if (record) records.push(record);
    }
    open = null;
  };
  for (const unit of points(paragraphs(input))) {
    const first = unit[0];
    if (!first) continue;
    const text = unit.map((part) => part.text.trim()).join(" ");
    const breadcrumb = input.breadcrumbAt(first.line);
    if (scope && !startsWith(breadcrumb, scope.breadcrumb)) {
      close();
      scope = null;
    }
    const owners = leadInOwners(text, glossary);
    if (owners) {
      close();
      scope = { owners, breadcrumb };
      continue;
    }
    if (!scope) continue;
    const point = letteredPoint.exec(text);
    if (point?.[1]) {
      close();
      if (!input.taken.has(first.line)) open = { unit: [...unit], letter: point[1], parts: [clean(text.slice(point[0].length))], breadcrumb };
    } else if (open && bullet.test(text) && startsWith(breadcrumb, open.breadcrumb)) {
      // "đ) Sửa đổi Luật … để:" then "- Tháo gỡ …": the bullets say what the point is for.
      open.unit.push(...unit);
      open.parts.push(clean(text.replace(bullet, "")));
    } else close();
  }
  close();
  return records;
}

/** A heading or a line that does not end a sentence takes the next lower-case line: "a) …" opens a point of its own. */
function points(units: SourceLine[][]): SourceLine[][] {
  return units.flatMap((unit) => {
    const split: SourceLine[][] = [];
    for (const line of unit) {
      if (split.length === 0 || letteredPoint.test(line.text)) split.push([line]);
      else split.at(-1)?.push(line);
    }
    return split;
  });
}

function taskOf(
  file: string,
  point: { unit: SourceLine[]; letter: string; parts: string[]; breadcrumb: string[] },
  owners: string[],
  glossary: Glossary,
  index: number,
): TaskRecord | null {
  const [head = "", ...rest] = point.parts;
  // "a) Kết quả đạt được:": a label opening what follows is no task.
  if (words(head) < 4 || (rest.length === 0 && /:\s*$/u.test(head) && words(head) <= 8)) return null;
  const joined = rest.length > 0 ? `${head.replace(/:\s*$/u, "")}: ${rest.map((part) => part.replace(/[.;]\s*$/u, "")).join("; ")}` : head;
  const cue = timeOf(joined);
  const deadline = /\d/u.test(cue) ? parseDeadline(cue) : null;
  const line = point.unit[0]?.line ?? 1;
  return {
    id: `${file}:${line}:listed-task:${index}`,
    kind: "task",
    locator: { file, breadcrumb: point.breadcrumb, appendix: null, groupPath: [], itemNumber: point.letter, line },
    sourceLines: point.unit,
    itemNumber: point.letter,
    title: joined.replace(/[.;/]+$/u, ""),
    owners: owners.map((owner) => glossary.canonicalAgency(owner) ?? owner),
    ownerText: owners.join(", "),
    coordinators: [],
    coordinatorText: "",
    product: "",
    deadline: deadline && deadline.kind !== "text" && deadline.kind !== "none" ? deadline : { text: "", kind: "none", from: null, to: null },
    budget: null,
    inheritedFields: ["owners"],
    parentItemNumber: null,
  };
}

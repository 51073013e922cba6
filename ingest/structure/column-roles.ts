import { foldText } from "../../vietnamese/fold.js";

/**
 * What a table column means, decided from its header wording alone, so that every layout
 * parser's tables become records the same way. Order of the rules matters: the first match wins.
 */
export type ColumnRole =
  | { role: "itemNumber" }
  | { role: "title" }
  | { role: "owner" }
  | { role: "coordinators" }
  | { role: "confirmingUnit" }
  | { role: "product" }
  | { role: "deadline" }
  | { role: "start" }
  | { role: "duration" }
  | { role: "progress" }
  | { role: "unit" }
  | { role: "maxPoints" }
  | { role: "guidance" }
  | { role: "evidence" }
  | { role: "note" }
  | { role: "budget"; source: string }
  | {
      role: "value";
      valueKind: "target" | "result" | "orientation" | "baseline" | "score" | "rank" | "value";
      year: number | null;
    }
  | { role: "other" };

interface Rule {
  test: (folded: string) => boolean;
  role: (header: string, folded: string) => ColumnRole;
}

const yearIn = (folded: string): number | null => {
  const years = folded.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : null;
};

const has = (...words: string[]) => (folded: string) => words.some((word) => folded.includes(word));

/** Whole-word test, so that "no" does not match inside "noi dung". */
const hasWord = (...words: string[]) => (folded: string) => words.some((word) => ` ${folded} `.includes(` ${word} `));

const rules: Rule[] = [
  {
    // "STT", "ST T" (a header cell wrapped inside the word), "TT", "Số TT", "WBS number", "No."
    test: (folded) => /^(s ?t ?t|tt|so tt|so thu tu|thu tu|wbs( number| no)?|no|item no|ma so)$/.test(folded),
    role: () => ({ role: "itemNumber" }),
  },
  // Headers written in English in exported plans (TASK OWNER, START DATE, DUE DATE…).
  { test: hasWord("owner", "responsible", "lead agency", "lead"), role: () => ({ role: "owner" }) },
  { test: hasWord("start date", "start", "begin", "bat dau"), role: () => ({ role: "start" }) },
  { test: hasWord("duration", "so ngay", "thoi luong"), role: () => ({ role: "duration" }) },
  { test: hasWord("due date", "due", "deadline", "end date", "finish date", "completion date"), role: () => ({ role: "deadline" }) },
  { test: hasWord("complete", "progress", "status"), role: () => ({ role: "progress" }) },
  { test: hasWord("task title", "task", "title", "activity", "description"), role: () => ({ role: "title" }) },
  { test: hasWord("note", "notes", "remarks"), role: () => ({ role: "note" }) },
  { test: has("ghi chu"), role: () => ({ role: "note" }) },
  { test: has("kiem chung", "tai lieu"), role: () => ({ role: "evidence" }) },
  { test: has("xac nhan"), role: () => ({ role: "confirmingUnit" }) },
  { test: has("diem toi da", "thang diem", "so diem"), role: () => ({ role: "maxPoints" }) },
  { test: has("xep hang"), role: (_header, folded) => ({ role: "value", valueKind: "rank", year: yearIn(folded) }) },
  { test: has("phoi hop"), role: () => ({ role: "coordinators" }) },
  {
    test: has("kinh phi", "ngan sach", "von dau tu", "von su nghiep", "von hop phap", "tong so", "du toan"),
    role: (header) => ({ role: "budget", source: header.trim() }),
  },
  { test: has("don vi tinh"), role: () => ({ role: "unit" }) },
  { test: has("dinh huong"), role: (_header, folded) => ({ role: "value", valueKind: "orientation", year: yearIn(folded) }) },
  { test: (folded) => folded.includes("ket qua") && yearIn(folded) !== null, role: (_header, folded) => ({ role: "value", valueKind: "result", year: yearIn(folded) }) },
  { test: has("muc tieu", "chi tieu den", "chi tieu nam", "ke hoach 20"), role: (_header, folded) => ({ role: "value", valueKind: "target", year: yearIn(folded) }) },
  { test: has("diem"), role: (_header, folded) => ({ role: "value", valueKind: "score", year: yearIn(folded) }) },
  { test: has("noi dung thuc hien", "dieu kien", "huong dan"), role: () => ({ role: "guidance" }) },
  { test: has("chu tri", "thuc hien", "co quan", "don vi"), role: () => ({ role: "owner" }) },
  { test: has("thoi gian", "thoi han", "hoan thanh", "tien do hoan"), role: () => ({ role: "deadline" }) },
  { test: has("tien do"), role: () => ({ role: "progress" }) },
  { test: has("san pham", "ket qua"), role: () => ({ role: "product" }) },
  { test: has("noi dung", "ten", "nhiem vu", "chi tieu", "chi so", "tieu chi", "hang muc", "de an", "du an"), role: () => ({ role: "title" }) },
];

// "Thời gian thực hiện" names a deadline/period column even though it contains "thực hiện".
const deadlineFirst = (folded: string) => /^(thoi gian|thoi han)/.test(folded);

export function columnRole(header: string): ColumnRole {
  const folded = foldText(header);
  if (folded === "") return { role: "other" };
  if (deadlineFirst(folded)) return { role: "deadline" };
  for (const rule of rules) {
    if (rule.test(folded)) return rule.role(header, folded);
  }
  return { role: "other" };
}

/** Roles for a table's headers; when two columns claim "owner", the first keeps it and the next becomes coordinators only if it says so. */
export function columnRoles(headers: string[]): ColumnRole[] {
  return headers.map((header) => columnRole(header));
}

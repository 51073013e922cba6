import type { KnowledgeRecord, RecordField } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";

/** Words that join a header's words ("Chỉ tiêu của Chính phủ") and that a question may leave out. */
const joiningWords = new Set(["cua", "va", "ve", "cho", "theo", "trong", "cac", "nhung", "la", "gi", "so"]);

/** The words that name when a task begins ("ngày bắt đầu", "thời gian bắt đầu", "từ ngày nào đến ngày nào"). */
const startWords = ["bat dau", "tu ngay nao", "tu khi nao", "tu bao gio", "tu thang nao"];
/** The words that ask how long a task lasts ("kéo dài bao nhiêu ngày", "mấy ngày"). */
const durationWords = ["keo dai", "bao nhieu ngay", "may ngay", "so ngay", "thoi luong"];

/**
 * The columns of a row the question names by their header: every word of "KPI tác nghiệp" or
 * "Chỉ tiêu của Chính phủ" (joining words aside) is in the question. A start column is named by
 * "bắt đầu", a duration column by "kéo dài", "bao nhiêu ngày", whatever language its header is in.
 */
/** The question's words that name a field: its header's words, or the words asking how long ("kéo dài", "ngày"). */
export function namingWords(field: RecordField, questionFolded: string): string[] {
  if (field.role === "duration") return durationWords.filter((words) => ` ${questionFolded} `.includes(` ${words} `)).flatMap((words) => words.split(" "));
  return foldText(field.label).split(" ").filter((word) => word !== "");
}

export function namedFields(fields: RecordField[] | undefined, questionFolded: string): RecordField[] {
  if (!fields || fields.length === 0) return [];
  const asked = new Set(questionFolded.split(" "));
  return fields.filter((field) => {
    if (field.role === "start") return startWords.some((words) => ` ${questionFolded} `.includes(` ${words} `));
    if (field.role === "duration") return durationWords.some((words) => ` ${questionFolded} `.includes(` ${words} `));
    const words = foldText(field.label).split(" ").filter((word) => word !== "" && !joiningWords.has(word) && !/^\d+$/.test(word));
    return words.length > 0 && words.every((word) => asked.has(word));
  });
}

/** Whether a record is a row with a column the question names ("KPI tác nghiệp của …"): that column answers it. */
export function namesColumnOf(record: KnowledgeRecord | undefined, questionFolded: string): boolean {
  return record?.kind === "task" && namedFields(record.fields, questionFolded).length > 0;
}

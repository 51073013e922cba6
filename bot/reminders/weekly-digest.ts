import type { Assistant } from "../../knowledge/answer/answer-types.js";
import type { StaffTexts } from "../core/staff-texts.js";
import { fill } from "../core/texts.js";

/** The digest of one followed agency: what falls due in the coming days, then what is overdue. */
export async function agencyDigest(assistant: Assistant, agency: string, daysAhead: number, today: string, texts: StaffTexts): Promise<string> {
  const due = await assistant.dueTasks({ text: `trong ${daysAhead} ngày ${agency}` });
  const overdue = await assistant.dueTasks({ text: agency, overdue: true });
  const [year, month, day] = today.split("-").map(Number);
  return [fill(texts.digestHeader, { agency, date: `${day}/${month}/${year}`, days: daysAhead }), due.text, overdue.text, texts.digestFooter].join("\n\n");
}

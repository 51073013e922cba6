import type { Answer, ListItem } from "../../knowledge/answer/answer-types.js";
import type { StaffTexts } from "./staff-texts.js";
import { fill } from "./texts.js";

/** The answer for one picked list item: its owners, coordinators, deadline and the source line, as the documents write them. */
export function itemAnswer(index: number, item: ListItem, texts: StaffTexts): Answer {
  const orNone = (values: string[]) => (values.length > 0 ? values.join(", ") : texts.itemNone);
  const lines = [
    fill(texts.itemHeader, { index, item: item.item }),
    fill(texts.itemOwners, { value: orNone(item.owners) }),
    fill(texts.itemCoordinators, { value: orNone(item.coordinators) }),
    fill(texts.itemDeadline, { value: item.deadline || texts.itemNone }),
    fill(texts.itemSource, {
      document: item.document,
      place: item.place ? `, ${item.place}` : "",
      line: item.citation.line,
      quote: item.citation.quote,
    }),
  ];
  return { question: item.item, found: true, kind: "general", text: lines.join("\n"), citations: [item.citation], suggestions: [] };
}

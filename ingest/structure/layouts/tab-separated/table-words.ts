import { readFileSync } from "node:fs";
import { z } from "zod";

/** Words that name table columns and special rows, kept as data in table-words.json (folded: no diacritics, lower case). */
const TableWords = z.object({
  itemNumberHeaders: z.array(z.string().min(1)),
  titleHeaderWords: z.array(z.string().min(1)),
  otherHeaderWords: z.array(z.string().min(1)),
  totalsLabels: z.array(z.string().min(1)),
  unitLabels: z.array(z.string().min(1)),
});
export type TableWords = z.infer<typeof TableWords>;

export const tableWords: TableWords = TableWords.parse(
  JSON.parse(readFileSync(new URL("./table-words.json", import.meta.url), "utf8")),
);

import { z } from "zod";

/** A verbatim place in the source: the 1-based line where it starts and the line(s) as written. */
export const FactSource = z.object({
  line: z.number().int().positive(),
  quote: z.string(),
});
export type FactSource = z.infer<typeof FactSource>;

/**
 * The signature block at the end of the document: the authority lines ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name under them; `name` is null when the block
 * names nobody (an unsigned draft).
 */
export const Signer = z.object({
  name: z.string().nullable(),
  authority: z.array(z.string()),
  source: FactSource,
});
export type Signer = z.infer<typeof Signer>;

/** Another document this one cites by number: "Căn cứ Quyết định số 3328/QĐ-UBND ngày 25/12/2025 của UBND tỉnh về việc …". */
export const CitedDocument = z.object({
  kind: z.string(),
  /** As written, spaces removed: "3328/QĐ-UBND", "02-NQ/TU". */
  number: z.string(),
  /** ISO date when a full date is written right after the number. */
  date: z.string().nullable(),
  dateText: z.string(),
  issuer: z.string(),
  /** What it is about ("về việc …", "phê duyệt …"), as written, up to the end of the clause. */
  subject: z.string(),
  /** The words before it in its sentence ("Căn cứ", "Theo đề nghị của Sở Khoa học và Công nghệ tại"). */
  lead: z.string(),
  source: FactSource,
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/** Facts about the document itself, each with the line it is written on. */
export const DocumentFacts = z.object({
  numberSource: FactSource.nullable(),
  dateSource: FactSource.nullable(),
  signer: Signer.nullable(),
  citations: z.array(CitedDocument),
  /** The sentence that says when the document takes effect ("Quyết định này có hiệu lực kể từ ngày ký."); absent in indexes built before it. */
  effective: FactSource.nullable().optional(),
});
export type DocumentFacts = z.infer<typeof DocumentFacts>;

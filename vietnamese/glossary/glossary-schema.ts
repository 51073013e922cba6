import { z } from "zod";

/** One organisation: its canonical name and every spelling seen in the documents. */
export const AgencyEntry = z.object({
  canonical: z.string().min(1),
  kind: z.enum([
    "department", "unit", "government", "party", "judicial", "organisation", "enterprise", "central", "collective",
  ]),
  aliases: z.array(z.string().min(1)),
  /** Canonical name of the agency this unit belongs to, e.g. a centre under Văn phòng UBND tỉnh. */
  parent: z.string().min(1).optional(),
  /** True for an agency that no longer exists under this name (merged or abolished in 2025). */
  former: z.boolean().optional(),
  note: z.string().optional(),
});
export type AgencyEntry = z.infer<typeof AgencyEntry>;

export const AgencyFile = z.object({
  /** Words that begin an agency name; used to decide where an unknown list item starts. */
  headWords: z.array(z.string().min(1)),
  agencies: z.array(AgencyEntry).min(1),
});
export type AgencyFile = z.infer<typeof AgencyFile>;

export const AbbreviationEntry = z.object({
  abbreviation: z.string().min(1),
  variants: z.array(z.string().min(1)),
  expansions: z.array(z.string().min(1)).min(1),
  /** Match only as written (e.g. "AI", which lower-cased is the Vietnamese word "ai"). */
  caseSensitive: z.boolean().optional(),
  note: z.string().optional(),
});
export type AbbreviationEntry = z.infer<typeof AbbreviationEntry>;

export const AbbreviationFile = z.object({
  abbreviations: z.array(AbbreviationEntry).min(1),
});
export type AbbreviationFile = z.infer<typeof AbbreviationFile>;

/** An agency named in a cell or a text: the canonical name and the text as written. */
export interface AgencyMention {
  canonical: string;
  written: string;
}

export interface LocatedAgencyMention extends AgencyMention {
  /** Offset of `written` in the NFC form of the searched text. */
  start: number;
}

import { readFileSync } from "node:fs";
import { z } from "zod";

const Vocabulary = z.object({
  documentKinds: z.array(z.object({ name: z.string(), codes: z.array(z.string()) })),
  issuers: z.array(z.object({ written: z.array(z.string()), short: z.string(), codes: z.array(z.string()) })),
  administrativeUnits: z.array(z.string()),
  closingLabels: z.array(z.string()),
  signaturePrefixes: z.array(z.string()),
  resolutionKinds: z.array(z.string()),
  /** Signature prefixes written with a slash ("T/M BỘ CHÍNH TRỊ"). */
  signatureSlashPrefixes: z.array(z.string()),
  /** "(Đã ký)", "[đã ký]" under a signature block. */
  signedMarks: z.array(z.string()),
  /** "Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số …": the verbs after a signer's name in prose. */
  signedVerbs: z.array(z.string()),
  /** Kinds of the documents a text cites by number ("Căn cứ Quyết định số …"), longest first where one starts another. */
  citedKinds: z.array(z.object({ name: z.string(), codes: z.array(z.string()) })),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

let cachedVocabulary: Vocabulary | null = null;

/** Document kinds, issuing bodies and closing labels, kept in vocabulary.json apart from code. */
export function loadVocabulary(): Vocabulary {
  cachedVocabulary ??= Vocabulary.parse(
    JSON.parse(readFileSync(new URL("./vocabulary.json", import.meta.url), "utf8")),
  );
  return cachedVocabulary;
}

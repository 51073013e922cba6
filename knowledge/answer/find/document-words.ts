import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { DocumentMentions } from "../confidence/document-mentions.js";

/**
 * The words that name a document — its short names ("DTI", "KH 429") and the marks it is known by
 * ("WBS" of "Kế hoạch theo tháng NQ57 WBS") — as folded terms, worked out once per file. A record
 * of that document need not repeat them to match a question that names it.
 */
export class DocumentWords {
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly documents: DocumentInfo[],
    private readonly mentions: DocumentMentions,
  ) {}

  of(file: string): ReadonlySet<string> {
    let words = this.cache.get(file);
    if (!words) {
      const info = this.documents.find((document) => document.file === file);
      // Short names only ("DTI", "KH 429"): a long title's words ("chuyển đổi số") are what questions ask about.
      const names = info ? info.aliases.filter((alias) => alias.split(" ").length <= 2) : [];
      const short = names.flatMap((name) => foldText(name).split(" ")).filter((word) => word.length >= 3 && !/^\d+$/.test(word));
      const marks = this.mentions.marksOf(file).filter((word) => !/^\d+$/.test(word));
      words = new Set([...short, ...marks]);
      this.cache.set(file, words);
    }
    return words;
  }
}

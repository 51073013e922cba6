import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { DocumentMentions } from "../confidence/document-mentions.js";
import { documentQuestionWords } from "../understand/document-question-words.js";

/**
 * The words that name a document — its short names ("DTI", "KH 429") and the marks it is known by
 * ("WBS" of "Kế hoạch theo tháng NQ57 WBS") — as folded terms, worked out once per file. A record
 * of that document need not repeat them to match a question that names it.
 */
export class DocumentWords {
  private readonly cache = new Map<string, ReadonlySet<string>>();
  private readonly kindCache = new Map<string, ReadonlySet<string>>();

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

  /**
   * The same, with the kind the document names itself by ("Đề án", "Kế hoạch") as the pair of
   * syllables "de_an": "Đề án yêu cầu dành …" names the document whose sentence answers. For body
   * text only: a row's title may name another "đề án" ("Đề án IOC").
   */
  withKind(file: string): ReadonlySet<string> {
    let words = this.kindCache.get(file);
    if (!words) {
      const info = this.documents.find((document) => document.file === file);
      words = new Set([...this.of(file), ...(info ? kindPairs(info.aliases) : [])]);
      this.kindCache.set(file, words);
    }
    return words;
  }
}

/** The in-order syllable pairs ("ke_hoach") of the document kinds its names open with ("Kế hoạch 429", "Đề án chuyển đổi số …"). */
function kindPairs(aliases: string[]): string[] {
  const names = aliases.map((alias) => foldText(alias));
  const kinds = documentQuestionWords().kinds.map((kind) => foldText(kind.name)).filter((kind) => names.some((name) => name === kind || name.startsWith(`${kind} `)));
  return kinds.flatMap((kind) => kind.split(" ").slice(1).map((syllable, index) => `${kind.split(" ")[index]}_${syllable}`));
}

import type { AgencyEntry, AgencyFile } from "./glossary-schema.js";
import { matchKey } from "./match-key.js";
import { foldDiacritics, normalizeText } from "../fold.js";
import { AppError } from "../../errors/app-error.js";
import { gluedSoForms } from "./glued-forms.js";

/** Removes markup and stray punctuation around a cell or a name. */
export function cleanAgencyText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/<[^>]+>/g, " ")
    .replace(/[*_]{1,3}/g, "")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s\-–—•+.,;:"“”'‘’]+/u, "")
    .replace(/[\s.,;:"“”'‘’]+$/u, "")
    .trim();
}

interface HeadWordText {
  text: string;
  key: string;
  words: string[] | null;
}

const trailingVerbs = /\s+(?:chủ trì tham mưu|chủ trì|tham mưu|thực hiện|phối hợp)$/iu;
const trailingPlace = /\s+(?:tỉnh Quảng Trị|Quảng Trị|tỉnh)$/iu;

/**
 * Looks agencies up by any spelling: diacritics, case, punctuation and spacing do not matter.
 * A name with a sub-unit in brackets ("Sở NN&MT (Chi cục Thủy lợi)") resolves to the outer
 * agency, or to the bracketed one when only that is known.
 */
export class AgencyIndex {
  readonly entries: AgencyEntry[];
  readonly keyToCanonical = new Map<string, string>();
  readonly headWordKeys: string[];
  /** The head words as written (diacritics kept), in the same order. */
  private readonly headWordsWritten: string[];
  private readonly entryByCanonical = new Map<string, AgencyEntry>();

  constructor(file: AgencyFile) {
    this.entries = file.agencies;
    for (const entry of file.agencies) {
      this.entryByCanonical.set(entry.canonical, entry);
      for (const name of [entry.canonical, ...entry.aliases]) {
        const key = matchKey(name);
        const existing = this.keyToCanonical.get(key);
        if (existing !== undefined && existing !== entry.canonical) {
          throw new GlossaryConflictError(name, existing, entry.canonical);
        }
        this.keyToCanonical.set(key, entry.canonical);
      }
    }
    this.addGluedForms(file.agencies);
    this.headWordKeys = file.headWords.map((word) => matchKey(word));
    this.headWordsWritten = file.headWords.map((word) => normalizeText(word));
  }

  /**
   * The head word `index` opens the text: folded, and also with diacritics when the text is written
   * with them ("Số cơ sở dữ liệu" does not open with "Sở"; "so khcn", typed without them, does).
   */
  private opensWith(text: HeadWordText, index: number, whole: boolean): boolean {
    const head = this.headWordKeys[index] ?? "";
    if (!(text.key.startsWith(`${head} `) || (whole && text.key === head))) return false;
    text.words ??= normalizeText(text.text).split(" ");
    const opening = text.words.slice(0, head.split(" ").length).join(" ");
    return foldDiacritics(opening) === opening || opening === this.headWordsWritten[index];
  }

  /** The text as every head word is compared with it: its key once, its written words when first needed. */
  private headWordText(text: string): HeadWordText {
    return { text, key: matchKey(text), words: null };
  }

  /** "STC", "SYT": the glued chat forms of the Sở names, where one agency alone gives the form and no name already spells it. */
  private addGluedForms(entries: AgencyEntry[]): void {
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const name of [entry.canonical, ...entry.aliases]) {
        for (const glued of gluedSoForms(name)) owners.set(matchKey(glued), (owners.get(matchKey(glued)) ?? new Set()).add(entry.canonical));
      }
    }
    for (const [key, canonicals] of owners) {
      const [only] = canonicals;
      if (only !== undefined && canonicals.size === 1 && !this.keyToCanonical.has(key)) this.keyToCanonical.set(key, only);
    }
  }

  entry(canonical: string): AgencyEntry | undefined {
    return this.entryByCanonical.get(canonical);
  }

  canonical(text: string): string | null {
    const cleaned = cleanAgencyText(text);
    if (cleaned === "") return null;
    return this.exact(cleaned) ?? this.withoutSuffixes(cleaned) ?? this.bracketed(cleaned);
  }

  /** True when the text is a head word followed by a name ("Sở Y tế", "Bộ Nội vụ"); a head word alone ("Cơ quan") names no agency. */
  namesWithHeadWord(text: string): boolean {
    const compared = this.headWordText(text);
    return this.headWordKeys.some((_head, index) => this.opensWith(compared, index, false));
  }

  /** True when the text begins with a word that begins agency names ("Sở", "UBND", "các"…). */
  startsWithHeadWord(text: string): boolean {
    const compared = this.headWordText(text);
    return this.headWordKeys.some((_head, index) => this.opensWith(compared, index, true));
  }

  /** True when the text is the beginning of a known spelling ("Các sở, ban" of "Các sở, ban, ngành"). */
  isPrefixOfKnown(text: string): boolean {
    const key = matchKey(text);
    if (key === "") return false;
    for (const known of this.keyToCanonical.keys()) {
      if (known.length > key.length && known.startsWith(key) && known[key.length] === " ") return true;
    }
    return false;
  }

  private exact(text: string): string | null {
    return this.keyToCanonical.get(matchKey(text)) ?? null;
  }

  private withoutSuffixes(text: string): string | null {
    let current = text;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const shortened = current.replace(trailingVerbs, "").replace(trailingPlace, "").trim();
      if (shortened === current || shortened === "") return null;
      current = shortened;
      const found = this.exact(current);
      if (found !== null) return found;
    }
    return null;
  }

  private bracketed(text: string): string | null {
    const open = text.indexOf("(");
    if (open < 0) return null;
    const outer = text.slice(0, open).trim();
    const close = text.lastIndexOf(")");
    const inner = close > open ? text.slice(open + 1, close).trim() : "";
    const outerFound = outer === "" ? null : this.exact(outer) ?? this.withoutSuffixes(outer);
    if (outerFound !== null) return outerFound;
    return inner === "" ? null : this.exact(inner) ?? this.withoutSuffixes(inner);
  }
}

export class GlossaryConflictError extends AppError {
  constructor(
    readonly alias: string,
    readonly firstCanonical: string,
    readonly secondCanonical: string,
  ) {
    super(
      "GLOSSARY_CONFLICT",
      `Glossary alias "${alias}" is listed under both "${firstCanonical}" and "${secondCanonical}". ` +
        "Edit knowledge/glossary/agencies.json so each spelling belongs to one agency.",
    );
  }
}

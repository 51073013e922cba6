import type { SourceLine } from "../../read/source-text.js";
import { foldText } from "../../../vietnamese/fold.js";
import { isBlank, plainText } from "./line-text.js";
import { loadVocabulary } from "./vocabulary.js";

/** A document kind line ("KẾ HOẠCH", "## CHƯƠNG TRÌNH") and the title lines written under it. */
export interface TitleBlock {
  kindName: string;
  kindLine: number;
  /** 1-based line numbers of the title, in order (may be empty). */
  titleLines: number[];
  title: string;
}

const MAX_TITLE_LINE_LENGTH = 250;
const MAX_TITLE_LINES = 8;

/** The kind named by a line written as the kind word alone in capitals, e.g. "KẾ HOẠCH" → "Kế hoạch". */
export function kindOfLine(text: string): string | null {
  const plain = plainText(text);
  if (plain === "" || plain !== plain.toUpperCase()) return null;
  const kind = loadVocabulary().documentKinds.find((entry) => entry.name.toUpperCase() === plain);
  return kind ? kind.name : null;
}

/** Whether the line opens the body or the header rather than continuing a title. */
function endsTitle(plain: string): boolean {
  if (plain.length > MAX_TITLE_LINE_LENGTH) return true;
  if (/^\(/.test(plain)) return true;
  if (/^(Căn cứ|Số\s*:|Kính gửi)/iu.test(plain)) return true;
  // Numbered parts as Party documents write them too ("A- TÌNH HÌNH …", "I- QUAN ĐIỂM", "1- …").
  if (/^(Phần|PHẦN|Chương|CHƯƠNG|Điều\s+\d|Phụ lục|PHỤ LỤC|[IVXLC]+\.\s|\d+\.\s|[a-zđ]\)\s|(?:[A-H]|[IVXLC]+|\d{1,2})\s*[-–]\s)/u.test(plain)) return true;
  const folded = foldText(plain);
  return loadVocabulary().issuers.some((issuer) =>
    issuer.written.some((written) => folded.startsWith(foldText(written))),
  );
}

/** The level of a Markdown heading line ("## …" → 2), null for any other line. */
const headingLevel = (text: string) => /^\s{0,3}(#{1,6})\s/u.exec(text)?.[1]?.length ?? null;

/**
 * Finds every kind line and the title under it (lines until a blank gap of two or more, a heading,
 * or the body). Where the kind line is a Markdown heading, a heading of its level or above opens
 * something else ("# NGHỊ QUYẾT", "## Ban hành …", then "# CHÍNH PHỦ", the enacting body): the title
 * is what lies under the kind.
 */
export function findTitleBlocks(lines: SourceLine[]): TitleBlock[] {
  const blocks: TitleBlock[] = [];
  lines.forEach((sourceLine, index) => {
    const kindName = kindOfLine(sourceLine.text);
    if (!kindName) return;
    const kindLevel = headingLevel(sourceLine.text);
    const titleLines: number[] = [];
    let blankRun = 0;
    for (let next = index + 1; next < lines.length && titleLines.length < MAX_TITLE_LINES; next += 1) {
      const text = lines[next]?.text ?? "";
      if (isBlank(text)) {
        blankRun += 1;
        if (blankRun >= 2 && titleLines.length > 0) break;
        continue;
      }
      const plain = plainText(text);
      const level = headingLevel(text);
      const outranks = kindLevel !== null && level !== null && level <= kindLevel;
      if (endsTitle(plain) || kindOfLine(text) || outranks || (titleLines.length > 0 && blankRun >= 2)) break;
      titleLines.push(next + 1);
      blankRun = 0;
    }
    const title = titleLines
      .map((line) => plainText(lines[line - 1]?.text ?? ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    blocks.push({ kindName, kindLine: index + 1, titleLines, title });
  });
  return blocks;
}

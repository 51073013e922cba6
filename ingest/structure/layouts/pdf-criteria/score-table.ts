import type { SourceLine } from "../../../read/source-text.js";
import type { LayoutParserInput, ParsedTable, TableCell, TableRow } from "../../table-model.js";
import { appendixAt } from "./appendix.js";
import { isBlank, squeeze } from "./line-patterns.js";
import { loadCriteriaVocabulary } from "./vocabulary.js";

/**
 * Score sheets written as prose under numbered pillar headings:
 *   "3. Hạ tầng số" / "Tỉnh Quảng Bình: 106,75/200 điểm" / "Tỉnh Quảng Trị (cũ): 127,7/200 điểm"
 * and an overall ranking sentence before them ("tỉnh X xếp vị trí thứ 63/63"). Emitted as one
 * table: a row per pillar, a column per subject named with the value kind and year as written.
 */

interface Score { subject: string; value: string; max: string; source: SourceLine }
interface ScoreGroup { number: string; name: string; heading: SourceLine; scores: Score[]; index: number }

const HEADING = /^(\d{1,2})\.\s+(?:Về\s+)?(\p{Lu}.*)$/u;
const SCORE = /^(.+?)\s*:\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*điểm\.?$/iu;
const RANK = /(tỉnh\s+[^,.;:]+?)\s+xếp\s+(?:vị trí\s+)?(?:thứ\s+)?(\d+\/\d+)/giu;
const LOOK_BACK_LINES = 24;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function contentIndices(lines: SourceLine[]): number[] {
  return lines.flatMap((source, index) => (isBlank(source.text) ? [] : [index]));
}

function findGroups(lines: SourceLine[], content: number[]): ScoreGroup[] {
  const groups: ScoreGroup[] = [];
  content.forEach((index, position) => {
    const heading = lines[index];
    const match = heading ? squeeze(heading.text).match(HEADING) : null;
    if (!heading || !match?.[1] || !match[2]) return;
    const scores: Score[] = [];
    for (const next of content.slice(position + 1, position + 5)) {
      const source = lines[next];
      const score = source ? squeeze(source.text).match(SCORE) : null;
      if (!source || !score?.[1] || !score[2] || !score[3]) break;
      scores.push({ subject: squeeze(score[1]), value: score[2], max: score[3], source });
    }
    if (scores.length > 0) groups.push({ number: match[1], name: match[2], heading, scores, index });
  });
  return groups;
}

/** Content lines just above the first group, joined, with each line's start offset. */
function preamble(lines: SourceLine[], content: number[], firstIndex: number) {
  const before = content.filter((index) => index < firstIndex).slice(-LOOK_BACK_LINES);
  let text = "";
  const starts: { offset: number; source: SourceLine }[] = [];
  for (const index of before) {
    const source = lines[index];
    if (!source) continue;
    starts.push({ offset: text.length, source });
    text += `${squeeze(source.text)} `;
  }
  return { text, starts };
}

function linesCovering(starts: { offset: number; source: SourceLine }[], from: number, to: number): SourceLine[] {
  return starts
    .filter((start, position) => start.offset < to && (starts[position + 1]?.offset ?? Infinity) > from)
    .map((start) => start.source);
}

export function parseScoreTables(input: LayoutParserInput): ParsedTable[] {
  const { lines } = input;
  const content = contentIndices(lines);
  const groups = findGroups(lines, content);
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (!first || !last || groups.length < 2) return [];
  const labels = loadCriteriaVocabulary().scoreTableHeaders;
  const above = preamble(lines, content, first.index);
  const year = [...above.text.matchAll(/năm\s+(\d{4})/giu)].pop()?.[1] ?? null;
  const kind = (prefix: string, subject: string) => squeeze(`${prefix}${year ? ` năm ${year}` : ""} ${subject}`);
  const headers = [labels.itemNumber, labels.name, labels.maxPoints];
  const columnFor = (header: string) => {
    if (!headers.includes(header)) headers.push(header);
    return headers.indexOf(header);
  };
  const rows: TableRow[] = [];
  const ranks = [...above.text.matchAll(RANK)];
  if (ranks.length > 0) {
    const cells: TableCell[] = [{ column: 1, text: loadCriteriaVocabulary().overallRankLabel }];
    for (const rank of ranks) {
      cells.push({ column: columnFor(kind(labels.rankPrefix, capitalise(squeeze(rank[1] ?? "")))), text: rank[2] ?? "" });
    }
    const from = ranks[0]?.index ?? 0;
    const lastRank = ranks[ranks.length - 1];
    const to = (lastRank?.index ?? 0) + (lastRank?.[0].length ?? 0);
    rows.push({ itemNumber: null, groupPath: [], isGroup: false, cells, sourceLines: linesCovering(above.starts, from, to) });
  }
  for (const group of groups) {
    const cells: TableCell[] = [
      { column: 0, text: group.number },
      { column: 1, text: group.name },
      { column: 2, text: group.scores[0]?.max ?? "" },
    ];
    for (const score of group.scores) cells.push({ column: columnFor(kind(labels.scorePrefix, score.subject)), text: score.value });
    rows.push({
      itemNumber: group.number,
      groupPath: [],
      isGroup: false,
      cells: cells.sort((left, right) => left.column - right.column),
      sourceLines: [group.heading, ...group.scores.map((score) => score.source)],
    });
  }
  const startLine = rows[0]?.sourceLines[0]?.line ?? first.heading.line;
  const endLine = last.scores[last.scores.length - 1]?.source.line ?? last.heading.line;
  const breadcrumb = input.breadcrumbAt(first.heading.line);
  return [{
    layout: "pdf-criteria",
    breadcrumb,
    appendix: appendixAt(lines, first.index, breadcrumb),
    headers,
    unit: "điểm",
    rows,
    unparsed: [],
    startLine,
    endLine,
  }];
}

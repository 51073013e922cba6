import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { SourceLine } from "../../read/source-text.js";
import type { LayoutParser, LayoutParserInput, ParsedTable, TableRow } from "../table-model.js";

/**
 * Small tables printed one row per line with no column separator, as raw PDF text gives them:
 *
 *   STT Tên thông tin Đơn vị chủ trì cung cấp thông tin, số liệu …
 *   4 Số lượng dân số Chi Cục Thống kê
 *   13 Tổng chi Ngân sách nhà nước cho chuyển đổi số Sở Tài chính
 *
 * A row is a numbered line; the agency that ends it (known to the glossary) is the owner column,
 * the rest the name. A row whose name wraps keeps its following lines until the agency is found.
 * Recognised by the header: an STT/TT line naming a provider or owner column ("cung cấp", "chủ trì").
 */
const headerPattern = /^\s*(STT|TT)\s+\S/;
const rowStart = /^\s*(\d{1,3})(?:\s+(\S.*))?\s*$/;
const maxWrappedLines = 4;

function headerColumns(text: string): string[] | null {
  const folded = foldText(text);
  if (!/(cung cap|chu tri)/.test(folded) || /(diem|xac nhan|thoi gian|thoi han)/.test(folded)) return null;
  const nameMatch = text.match(/^\s*(?:STT|TT)\s+(.+?)\s+((?:Đơn vị|Cơ quan).*)$/u);
  if (!nameMatch) return null;
  return ["STT", (nameMatch[1] ?? "").trim(), (nameMatch[2] ?? "").trim()];
}

/** Splits "Số lượng công chức Sở Nội vụ" into name and trailing agency; null when no agency ends the text. */
function splitTrailingAgency(text: string): { name: string; agency: string } | null {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const mentions = loadGlossary().findAgencies(trimmed);
  const last = mentions.at(-1);
  if (!last) return null;
  const end = last.start + last.written.length;
  if (trimmed.slice(end).trim() !== "" || last.start === 0) return null;
  return { name: trimmed.slice(0, last.start).trim(), agency: trimmed.slice(last.start).trim() };
}

function parseTable(lines: SourceLine[], headerIndex: number, headers: string[], input: LayoutParserInput): ParsedTable | null {
  const rows: TableRow[] = [];
  let index = headerIndex + 1;
  let expected = 1;
  while (index < lines.length) {
    const line = lines[index];
    if (!line) break;
    const match = line.text.match(rowStart);
    if (!match || Number(match[1]) !== expected) {
      // Header lines wrapped below the header, or blank lines, before the first row.
      if (rows.length === 0 && index - headerIndex <= maxWrappedLines + 2) {
        index += 1;
        continue;
      }
      break;
    }
    const itemNumber = match[1] ?? "";
    const used: SourceLine[] = [line];
    let text = match[2] ?? "";
    let split = splitTrailingAgency(text);
    for (let extra = 1; !split && extra <= maxWrappedLines; extra += 1) {
      const next = lines[index + extra];
      if (!next || rowStart.test(next.text)) break;
      used.push(next);
      text = `${text} ${next.text.trim()}`;
      split = splitTrailingAgency(text);
    }
    const cells = split
      ? [
          { column: 0, text: itemNumber },
          { column: 1, text: split.name },
          { column: 2, text: split.agency },
        ]
      : [
          { column: 0, text: itemNumber },
          { column: 1, text: (match[2] ?? "").trim() },
        ];
    rows.push({ itemNumber, groupPath: [], isGroup: false, cells, sourceLines: split ? used : [line] });
    index = split ? index + used.length : index + 1;
    expected += 1;
  }
  const first = lines[headerIndex];
  const last = rows.at(-1)?.sourceLines.at(-1);
  if (!first || !last || rows.length < 3) return null;
  const breadcrumb = input.breadcrumbAt(first.line);
  return {
    layout: "one-line-rows",
    breadcrumb,
    appendix: breadcrumb.find((part) => /^phụ lục/iu.test(part)) ?? null,
    headers,
    unit: null,
    rows,
    unparsed: [],
    startLine: first.line,
    endLine: last.line,
  };
}

export const oneLineRowsLayout: LayoutParser = {
  name: "one-line-rows",
  parse(input: LayoutParserInput): ParsedTable[] {
    const tables: ParsedTable[] = [];
    // Raw PDF text may put a blank line after every line: rows are read from the non-blank ones.
    const lines = input.lines.filter((line) => line.text.trim() !== "");
    lines.forEach((line, index) => {
      if (!headerPattern.test(line.text) || line.text.includes("\t")) return;
      const headers = headerColumns(line.text);
      if (!headers) return;
      const table = parseTable(lines, index, headers, input);
      if (table) tables.push(table);
    });
    return tables;
  },
};

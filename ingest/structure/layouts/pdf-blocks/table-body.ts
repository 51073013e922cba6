import type { SourceLine } from "../../../read/source-text.js";
import { headerRepeatsAt, readHeaderAt, type HeaderBlock } from "./header.js";
import { collapseSpaces, isUrlLine, isWhitespaceOnly } from "./text-shapes.js";

/** A body line after page furniture is removed: text, an empty-cell mark, or a page break. */
export type BodyLine =
  | { kind: "text"; source: SourceLine; text: string }
  | { kind: "empty"; source: SourceLine }
  | { kind: "break"; source: SourceLine };

export interface TableRegion {
  header: HeaderBlock;
  body: BodyLine[];
  startLine: number;
  endLine: number;
}

const appendixHeading = /^\s*PHỤ\s+LỤC\b/iu;

function nextNonBlank(lines: SourceLine[], index: number): number {
  let cursor = index;
  while (cursor < lines.length && (lines[cursor]?.text ?? "") === "") cursor += 1;
  return cursor;
}

/** Collects the body of the table whose header is `header`, up to the next appendix heading or another table's header. */
function readBody(lines: SourceLine[], header: HeaderBlock): { body: BodyLine[]; endIndex: number } {
  const body: BodyLine[] = [];
  let index = header.lastIndex + 1;
  let endIndex = header.lastIndex;
  while (index < lines.length) {
    const source = lines[index];
    if (!source) break;
    const repeatEnd = headerRepeatsAt(lines, index, header);
    if (repeatEnd !== null) {
      body.push({ kind: "break", source });
      index = repeatEnd + 1;
      continue;
    }
    if (appendixHeading.test(source.text) || (/^\s*S?TT\s/u.test(source.text) && readHeaderAt(lines, index)?.kind != null)) break;
    const text = collapseSpaces(source.text);
    const pageNumber = /^\d{1,3}$/.test(text) && headerRepeatsAt(lines, nextNonBlank(lines, index + 1), header) !== null;
    if (source.text === "" || isUrlLine(source.text) || pageNumber) {
      index += 1;
      continue;
    }
    body.push(isWhitespaceOnly(source.text) ? { kind: "empty", source } : { kind: "text", source, text });
    endIndex = index;
    index += 1;
  }
  return { body, endIndex };
}

/** Every table whose header this layout recognises (task or indicator tables), with page furniture removed. */
export function findTableRegions(lines: SourceLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let index = 0;
  while (index < lines.length) {
    const header = /^\s*S?TT\s/u.test(lines[index]?.text ?? "") ? readHeaderAt(lines, index) : null;
    if (!header || header.kind === null) {
      index += 1;
      continue;
    }
    const { body, endIndex } = readBody(lines, header);
    const startLine = lines[header.firstIndex]?.line ?? 1;
    const endLine = lines[endIndex]?.line ?? startLine;
    regions.push({ header, body, startLine, endLine });
    index = Math.max(endIndex, header.lastIndex) + 1;
  }
  return regions;
}

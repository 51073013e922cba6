import type { LayoutParser, ParsedTable } from "../../table-model.js";
import { parseCriteriaTables } from "./criteria-table.js";
import { parseScoreTables } from "./score-table.js";

/**
 * Raw pdf text of scoring plans: criteria tables whose header has a max-points column and a
 * confirming-unit column (cells wrapped over many lines, columns collapsed onto one line, page
 * breaks inside rows), and prose score sheets ("Tỉnh X: 40/50 điểm" under each pillar).
 */
export const pdfCriteriaLayout: LayoutParser = {
  name: "pdf-criteria",
  parse: (input): ParsedTable[] => {
    const tables = [...parseScoreTables(input), ...parseCriteriaTables(input)];
    return tables.sort((left, right) => left.startLine - right.startLine);
  },
};

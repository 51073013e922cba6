import type { LayoutParser } from "../table-model.js";
import { cellPerLineLayout } from "./cell-per-line.js";
import { labelledBulletsLayout } from "./labelled-bullets.js";
import { oneLineRowsLayout } from "./one-line-rows.js";
import { pdfBlocksLayout } from "./pdf-blocks/index.js";
import { pdfCriteriaLayout } from "./pdf-criteria/index.js";
import { tabSeparatedLayout } from "./tab-separated.js";

/** Every table layout ingestion knows. Each recognises its tables by general features, never by file. */
export const layoutParsers: LayoutParser[] = [
  tabSeparatedLayout,
  cellPerLineLayout,
  labelledBulletsLayout,
  pdfBlocksLayout,
  pdfCriteriaLayout,
  oneLineRowsLayout,
];

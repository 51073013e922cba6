// pdf.js, loaded after the process's natives are captured (native-builtins.ts, evaluated first as the first import) and with them put back.
import { restoreNativeBuiltins } from "./native-builtins.js";
import { getDocument, OPS, Util } from "pdfjs-dist/legacy/build/pdf.mjs";

restoreNativeBuiltins();

export { getDocument, OPS, Util, restoreNativeBuiltins };
export type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

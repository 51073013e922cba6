/**
 * The process's own `Array.prototype.push` and `JSON.parse`, captured when this module is evaluated —
 * before pdf.js (pdfjs.ts imports this module first). pdf.js's legacy build carries core-js polyfills
 * that replace both for the whole process when they find V8 short of the latest specification: on
 * Node 20 every `push` of every module then ran through a JavaScript function about ten times slower
 * (1.7 s of a 36 s ingest of the 10× corpus, which holds no PDF), and `JSON.parse` through a wrapper.
 * Neither difference matters to pdf.js or to us (a push onto an array whose length was made read-only;
 * a reviver's source text), so the natives are put back after pdf.js is loaded and after each document
 * it opens (its worker module, loaded on the first document, carries the same polyfills).
 */
const captured = { push: Array.prototype.push, parse: JSON.parse };

const isNative = (value: unknown): boolean => typeof value === "function" && Function.prototype.toString.call(value).includes("[native code]");

/** Puts the captured natives back where something replaced them; a capture that was itself not native (pdf.js loaded before this module) is left alone. */
export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== captured.push && isNative(captured.push)) {
    Object.defineProperty(Array.prototype, "push", { value: captured.push, writable: true, enumerable: false, configurable: true });
  }
  if (JSON.parse !== captured.parse && isNative(captured.parse)) {
    Object.defineProperty(JSON, "parse", { value: captured.parse, writable: true, enumerable: false, configurable: true });
  }
}

/** Whether `push` and `JSON.parse` are the engine's own (tests). */
export function nativeBuiltinsInPlace(): boolean {
  return isNative(Array.prototype.push) && isNative(JSON.parse);
}

import type { ValueSpan } from "./prose-targets.js";

/**
 * A sentence that enumerates targets, one value for each scope (decision 038):
 * "90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại
 * cấp xã được xử lý hoàn toàn trên môi trường mạng", "Hạ tầng … cáp quang phủ trên 80% hộ gia
 * đình, 100% xã", "Kinh phí chi cho … (R&D) đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%".
 * Each value with words of its own before it opens a part; each part is read as a target of its own:
 * - a part opening with its value takes the words its clause's first part writes before its value
 *   ("Hạ tầng … cáp quang phủ" + "100% xã"); a part opening with "trong đó" (of which) takes them
 *   as the whole it is part of ("Kinh phí chi cho … (R&D), trong đó kinh phí từ xã hội");
 * - parts opening with their value that name the same thing in other scopes ("hồ sơ công việc tại
 *   cấp tỉnh", "… cấp huyện", "… cấp xã được xử lý …") take what the last of them states of it.
 */

type SpansOf = (text: string) => ValueSpan[];

/** What lies between two values when it is only their joining (", ", " và "): they share one name. */
const onlyJoining = /^[\s,]*(?:và|hoặc)?\s*$/u;
const joiner = /,\s*|\s+và\s+/gu;
/** Words before a value that aim at it or number it rather than name it ("Phấn đấu đến năm 2025,", "b)"). */
const aimLead = /^(?:\s*(?:phấn đấu|hướng tới|hướng đến|đến|vào|tới|cuối|năm\s+\d{4}|[a-zđ]\)|\d{1,2}\)|[,:-]))*\s*/iu;

/**
 * The parts of each clause of a sentence, each stating its own target; a clause without an
 * enumeration is one part. A lead-in before a colon ("Hạ tầng mạng LAN: 100% …; 90% …") names
 * what every part of the sentence counts, and goes before each.
 */
export function targetParts(clauses: string[], spansOf: SpansOf): string[][] {
  const lead = /^([^:;]{3,80}):\s+(.*)$/su.exec(clauses[0] ?? "");
  const names = lead?.[1] !== undefined && lead[1].replace(aimLead, "") !== "";
  const leadIn = names && lead?.[1] && lead[2] && opensWithValue(lead[2], spansOf) && clauses.length + spansOf(clauses.join("; ")).length > 2 ? lead[1] : null;
  const bodies = leadIn === null ? clauses : [lead?.[2] ?? "", ...clauses.slice(1)];
  const parts = sharePredicate(
    bodies.map((clause) => withLeadIn(splitClause(clause, spansOf), spansOf)),
    spansOf,
  );
  return leadIn === null ? parts : parts.map((clause) => clause.map((part) => `${leadIn}: ${part}`));
}

/** Cuts a clause before each value that has words of its own between it and the value before. */
function splitClause(clause: string, spansOf: SpansOf): string[] {
  const spans = spansOf(clause);
  const cuts: [number, number][] = [];
  let partStart = 0;
  for (let index = 1; index < spans.length; index += 1) {
    const from = spans[index - 1]?.end ?? 0;
    const between = clause.slice(from, spans[index]?.start ?? from);
    if (onlyJoining.test(between)) continue;
    const joins = [...between.matchAll(joiner)];
    if (joins.length === 0) continue;
    // "…, trong đó …" opens the part of a whole. Otherwise a value opening its part, or one after a
    // part whose name follows its value ("100% xã, phường có …, 50% …"), follows the last joiner;
    // after a name written before its value ("R&D đạt 2% GDP, tỉ lệ …") the next name opens at the first.
    const last = joins.at(-1);
    const ofWhole = joins.find((join) => /^trong đó\s/iu.test(between.slice((join.index ?? 0) + join[0].length)));
    const valueFirst = last !== undefined && (last.index ?? 0) + last[0].length === between.length;
    const previousValueFirst = clause.slice(partStart, spans[index - 1]?.start ?? partStart).replace(aimLead, "") === "";
    const join = ofWhole ?? (valueFirst || previousValueFirst ? last : joins[0]);
    if (!join) continue;
    cuts.push([from + (join.index ?? 0), from + (join.index ?? 0) + join[0].length]);
    partStart = from + (join.index ?? 0) + join[0].length;
  }
  if (cuts.length === 0) return [clause];
  const parts: string[] = [];
  let start = 0;
  for (const [end, next] of cuts) {
    parts.push(clause.slice(start, end));
    start = next;
  }
  parts.push(clause.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Whether a part opens with its value (nothing but words of aiming before it). */
function opensWithValue(part: string, spansOf: SpansOf): boolean {
  const first = spansOf(part)[0];
  return first !== undefined && part.slice(0, first.start).replace(aimLead, "") === "";
}

/** Later parts of a clause take the words its first part writes before its value. */
function withLeadIn(parts: string[], spansOf: SpansOf): string[] {
  const [first, ...rest] = parts;
  if (first === undefined || rest.length === 0) return parts;
  const lead = first.slice(0, spansOf(first)[0]?.start ?? 0).trim();
  const names = lead.replace(aimLead, "") !== "";
  // The whole a "trong đó" part is of: the first part without its values ("Kinh phí chi cho … (R&D)", "xã, phường có …").
  const whole = withoutValues(first, spansOf).replace(aimLead, "").replace(/[\s,]+$/u, "");
  return [
    first,
    ...rest.map((part) => {
      if (/^trong đó\s/iu.test(part)) return whole === "" ? part : `${whole}, ${part}`;
      return names && opensWithValue(part, spansOf) ? `${lead} ${part}` : part;
    }),
  ];
}

function withoutValues(text: string, spansOf: SpansOf): string {
  let kept = "";
  let taken = 0;
  for (const span of spansOf(text)) {
    kept += `${text.slice(taken, span.start)} `;
    taken = span.end;
  }
  return `${kept}${text.slice(taken)}`.replace(/\s+/gu, " ").trim();
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** Parts that open with their value and name one thing in several scopes take what the last of them states. */
function sharePredicate(clauses: string[][], spansOf: SpansOf): string[][] {
  const flat = clauses.flatMap((parts, clause) => parts.map((text) => ({ clause, text })));
  let runStart = 0;
  for (let index = 0; index <= flat.length; index += 1) {
    const part = flat[index];
    if (part !== undefined && opensWithValue(part.text, spansOf)) continue;
    shareInRun(flat.slice(runStart, index), spansOf);
    runStart = index + 1;
  }
  return clauses.map((_, clause) => flat.filter((part) => part.clause === clause).map((part) => part.text));
}

function shareInRun(run: { text: string }[], spansOf: SpansOf): void {
  const last = run.at(-1);
  if (run.length < 2 || last === undefined) return;
  const after = (text: string) => words(text.slice(spansOf(text)[0]?.end ?? 0).replace(/[\s,.;:]+$/u, ""));
  const lastWords = after(last.text);
  for (const part of run.slice(0, -1)) {
    const own = after(part.text);
    let common = 0;
    while (common < own.length && own[common]?.toLowerCase() === lastWords[common]?.toLowerCase()) common += 1;
    // The same thing ("hồ sơ công việc tại cấp …") in another scope, and the last part states more of it.
    if (common < 2 || common >= own.length || lastWords.length < own.length + 2) continue;
    part.text = `${part.text.replace(/[\s,.;:]+$/u, "")} ${lastWords.slice(own.length).join(" ")}`;
  }
}

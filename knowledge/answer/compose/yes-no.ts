import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import type { Answer, Citation } from "../answer-types.js";
import { recordTitle } from "../find/knowledge-base.js";
import { readNumber, type Claim, type YesNoQuestion } from "../understand/yes-no-question.js";
import { fill } from "./templates.js";

/** The records a citation quotes (same file, same first line). */
export type RecordsOfCitation = (citation: Citation) => KnowledgeRecord[];

type Verdict = "yes" | "no" | "unclear";

/**
 * Answers a yes/no question from the answer to the question it rests on: "Đúng/Có — <fact>" when
 * the cited record holds the claim, "Không — theo văn bản, <fact>" when it holds another value of
 * the same kind, "Theo văn bản: <fact>" when it cannot tell (no such field, a group of agencies,
 * a period that only overlaps). A refusal stays a refusal: a missing fact is never a "Không".
 */
export function composeYesNo(asked: YesNoQuestion, underlying: Answer, recordsOf: RecordsOfCitation, glossary: Glossary): Answer {
  if (!underlying.found) return underlying;
  const [fact, ...rest] = underlying.text.split("\n");
  const citation = underlying.citations[0];
  // Several sources that differ ("[1] …", "[2] …"): the person must read them.
  if (fact === undefined || citation === undefined || /^\[\d+\]/.test(fact)) return underlying;
  const record = recordsOf(citation)[0];
  const verdict = judge(asked.claim, fact, record, glossary);
  const yes = fill(asked.form === "existence" ? "yesWordExistence" : "yesWordStatement");
  const line = verdict === "yes" ? fill("yesNoYes", { yes, fact }) : verdict === "no" ? fill("yesNoNo", { fact }) : fill("yesNoUnclear", { fact });
  return { ...underlying, text: [line, ...rest].join("\n") };
}

function judge(claim: Claim, fact: string, record: KnowledgeRecord | undefined, glossary: Glossary): Verdict {
  switch (claim.type) {
    case "agency":
      return agencyVerdict(claim.canonical, claim.role, fact, record, glossary);
    case "period":
      return periodVerdict(claim, record);
    case "number":
      return numberVerdict(claim.value, fact, record);
  }
}

function agenciesInRole(record: KnowledgeRecord, role: "owner" | "coordinator"): string[] {
  switch (record.kind) {
    case "task":
      return role === "owner" ? record.owners : record.coordinators;
    case "indicator":
      return role === "owner" ? record.owners : [];
    case "dti-criterion":
      return role === "owner" ? record.implementingUnits : record.confirmingUnits;
    case "budget-line":
      return role === "owner" ? record.implementers : record.coordinators;
  }
}

function agencyVerdict(claimed: string, role: "owner" | "coordinator", fact: string, record: KnowledgeRecord | undefined, glossary: Glossary): Verdict {
  if (!record) return glossary.findAgencies(fact).some((mention) => mention.canonical === claimed) ? "yes" : "unclear";
  const named = agenciesInRole(record, role);
  if (named.includes(claimed)) return "yes";
  if (named.length === 0) return "unclear";
  // "Các sở, ban, ngành", a name the glossary does not know, or a unit under the claimed agency may include it.
  const mayInclude = named.some((name) => {
    const entry = glossary.agencyEntry(name);
    return !entry || entry.kind === "collective" || entry.parent === claimed;
  });
  return mayInclude ? "unclear" : "no";
}

function periodVerdict(claim: Extract<Claim, { type: "period" }>, record: KnowledgeRecord | undefined): Verdict {
  const deadline = record?.kind === "task" || record?.kind === "dti-criterion" ? record.deadline : null;
  if (!deadline?.from || !deadline.to) return "unclear";
  if (deadline.from >= claim.from && deadline.to <= claim.to) return "yes";
  if (deadline.to < claim.from || deadline.from > claim.to) return "no";
  return "unclear";
}

/** The numbers the fact states: before the title ("Mục tiêu 2026: 80 % — Tỷ lệ …"), years and the title's own numbers left out. */
function statedNumbers(fact: string, record: KnowledgeRecord | undefined): number[] {
  const title = record ? recordTitle(record) : "";
  const head = fact.includes(" — ") ? fact.slice(0, fact.indexOf(" — ")) : fact.replace(title, " ");
  const written = head.match(/(?<![\p{L}\p{N}.,/])\d+(?:[.,]\d+)*(?![\p{L}\p{N}/]|[.,]\d)/gu) ?? [];
  return written.filter((number) => !/^(19|20)\d{2}$/.test(number)).map(readNumber);
}

function numberVerdict(claimed: number, fact: string, record: KnowledgeRecord | undefined): Verdict {
  const stated = statedNumbers(fact, record);
  if (stated.length === 0) return "unclear";
  return stated.some((value) => Math.abs(value - claimed) < 1e-9) ? "yes" : "no";
}

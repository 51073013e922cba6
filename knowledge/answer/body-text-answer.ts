import type { KnowledgeRecord, Passage } from "../../ingest/records/schemas.js";
import { foldText } from "../../vietnamese/fold.js";
import { terms } from "../../ingest/index/vocabulary/record-texts.js";
import type { Answer } from "./answer-types.js";
import { bestSentence, sentenceCitation, type PassageSentence } from "./compose/passage-answer.js";
import { textWithSources } from "./compose/answer-text.js";
import { gateAnswer, type ConfidenceGate } from "./confidence/confidence-gate.js";
import { passageEvidence, type QuestionEvidence } from "./confidence/measure-evidence.js";
import { countedNumberMatcher } from "./find/counted-number.js";
import { countsWhatIsAsked } from "./find/counts-what-is-asked.js";
import { recordTitle, type KnowledgeBase } from "./find/knowledge-base.js";
import { sentenceHoldsAskedFact } from "./find/sentence-fact.js";
import { sectionDuty } from "./find/section-duty.js";
import { fill } from "./compose/templates.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { askedReportPeriods, reportDeadlineTest, withoutReportPeriods } from "./find/report-schedule.js";
import type { Thresholds } from "./find/thresholds.js";
import type { TitleMatcher } from "./find/title-match.js";
import { countedNounStarts } from "./understand/counted-noun.js";
import { namesNoun, namesPlace, namesRoleHolder, placeAsked, roleAsked, whichNounAsked } from "./understand/which-noun.js";
import { namesColumnOf } from "./compose/named-fields.js";
import type { QuestionFrame } from "./understand/understand-question.js";

/**
 * Kinds a "how many X" question is answered for from a sentence before the record found, when that
 * record counts something else (a budget's "bao nhiêu kinh phí" is an amount its records hold).
 */
const recordCountKinds: ReadonlySet<QuestionFrame["kind"]> = new Set(["value", "result"]);

/** Kinds a "how many X" question may be answered for from the number written before X. */
const countKinds: ReadonlySet<QuestionFrame["kind"]> = new Set(["value", "result", "budget", "general"]);

/**
 * Answers from the text of the documents when no record states the fact asked: the sentence that
 * covers the question's subject best and holds the kind of fact asked, quoted. A "how many X"
 * question ("bao nhiêu nhóm Zalo", "145 xã") is first answered from a sentence, in body text or
 * in a table row, that writes a number right before X.
 */
export class BodyTextAnswerer {
  constructor(
    private readonly knowledgeBase: KnowledgeBase,
    private readonly matcher: TitleMatcher,
    private readonly thresholds: Thresholds,
    private readonly gate: ConfidenceGate,
    /** The words naming a passage's own document ("DTI", "Đề án"): a sentence need not repeat them. */
    private readonly documentWords: (file: string) => ReadonlySet<string>,
    /** The glossary agencies are read with (the documents' own included). */
    private readonly glossary: () => Glossary,
  ) {}

  async answer(frame: QuestionFrame, topics: string[], asked: QuestionEvidence): Promise<Answer | null> {
    if (topics.join(" ").trim() === "") return null;
    const counted = await this.counted(frame, topics, asked);
    if (counted) return counted;
    const scheduled = await this.scheduled(frame, topics, asked);
    if (scheduled) return scheduled;
    // "xếp vị trí thứ mấy?": a sentence that writes a place in a ranking holds the structure asked.
    if (frame.kind === "score" && frame.wantsRank) return this.holdingStructure(frame, topics, asked, (sentence) => sentenceHoldsAskedFact(frame, sentence), true);
    if (frame.kind === "owner") return this.sectionOwner(frame, topics, asked);
    const found = await this.best(frame, topics, (sentence) => sentenceHoldsAskedFact(frame, sentence), true);
    return found && this.coversEnough(found, topics) ? this.gated(frame, asked, found) : null;
  }

  /** A plain sentence answers when it covers the subject well and the subject has words enough. */
  private coversEnough(found: { best: PassageSentence }, topics: string[]): boolean {
    if (found.best.coverage < this.thresholds.passageMinCoverage) return false;
    return topics[0] !== undefined && topics[0].split(" ").filter((token) => token !== "·").length >= this.thresholds.passageMinTopicWords;
  }

  /**
   * "Sở nào tham mưu bố trí vốn đầu tư phát triển …?": a duty written in the section of one agency
   * ("3. Sở Kế hoạch và Đầu tư" / "- Tham mưu UBND tỉnh bố trí vốn …") belongs to that agency.
   */
  private async sectionOwner(frame: QuestionFrame, topics: string[], asked: QuestionEvidence): Promise<Answer | null> {
    const glossary = this.glossary();
    const found = await this.best(frame, topics, (sentence, passage) => sectionDuty(passage, sentence, glossary) !== null, true);
    if (!found || !this.coversEnough(found, topics)) return null;
    const duty = sectionDuty(found.best.passage, found.best.sentence, glossary);
    return duty ? this.gated(frame, asked, found, fill("sectionDuty", { agency: duty.agency.canonical, duty: duty.duty })) : null;
  }

  /** A "how many X" question answered from the sentence that writes a number right before X; null when none covers the subject. */
  async counted(frame: QuestionFrame, topics: string[], asked: QuestionEvidence): Promise<Answer | null> {
    const noun = countKinds.has(frame.kind) && topics.join(" ").trim() !== "" ? countedNounStarts(frame.question) : null;
    if (!noun) return null;
    const countedIn = countedNumberMatcher(noun);
    return this.holdingStructure(frame, topics, asked, (sentence) => countedIn(sentence) !== null, false);
  }

  /**
   * The sentence that holds the structure a question asks for, tried before the records found
   * (`found`, the first) are read: a noun named ("Xã nào …?"), a count the record does not state
   * ("DTI có mấy chỉ số chính?": an indicator measured in points counts no "chỉ số"; a sentence
   * that writes the count does).
   */
  async beforeRecords(frame: QuestionFrame, topics: string[], asked: QuestionEvidence, found: KnowledgeRecord | undefined): Promise<Answer | null> {
    // A noun named but not answered (withheld, refused) leaves the question to the records.
    const named = await this.named(frame, topics, asked, found);
    if (named?.found) return named;
    return found && recordCountKinds.has(frame.kind) && !countsWhatIsAsked(frame.question, found) ? this.counted(frame, topics, asked) : null;
  }

  /**
   * "Xã nào được chọn …?", "… theo quy hoạch nào?", "… ở đâu?": answered from the sentence, in
   * body text or in a table row, that covers the subject and names that noun (or a place after the
   * preposition asked), when the record found first does not name it. Null when the question asks
   * for neither.
   */
  private async named(frame: QuestionFrame, topics: string[], asked: QuestionEvidence, found: KnowledgeRecord | undefined): Promise<Answer | null> {
    if (topics.join(" ").trim() === "") return null;
    const noun = whichNounAsked(frame.question, frame.kind, this.glossary());
    const place = noun ? null : placeAsked(frame.question, frame.kind);
    const role = noun || place || frame.kind !== "owner" ? null : roleAsked(frame.question);
    const names = noun ? namesNoun(noun) : place ? namesPlace(place) : role ? namesRoleHolder(role) : null;
    if (!names) return null;
    // A row with a column the question names ("KPI tác nghiệp nào") answers with that column, through the records.
    if (found && (names(recordTitle(found)) || namesColumnOf(found, frame.folded))) return null;
    const holds = (sentence: string, passage: Passage) => names(sentence) && !(passage.recordId !== null && namesColumnOf(this.knowledgeBase.record(passage.recordId), frame.folded));
    return this.holdingStructure(frame, topics, asked, holds, false);
  }

  /**
   * "Báo cáo tháng … gửi trước ngày nào?": the sentence that sets the deadline of that recurring
   * report ("hàng tháng (trước ngày 18 của tháng)"); it holds the structure asked, so it needs the
   * coverage a counting sentence needs, not a plain one's.
   */
  private async scheduled(frame: QuestionFrame, topics: string[], asked: QuestionEvidence): Promise<Answer | null> {
    const periods = frame.kind === "deadline" ? askedReportPeriods(frame.question) : [];
    if (periods.length === 0) return null;
    return this.holdingStructure(frame, topics.map(withoutReportPeriods), asked, reportDeadlineTest(periods), true);
  }

  /** The best sentence holding the structure asked (a count, a recurring deadline): it needs less coverage than a plain one. */
  private async holdingStructure(
    frame: QuestionFrame,
    topics: string[],
    asked: QuestionEvidence,
    holds: (sentence: string, passage: Passage) => boolean,
    bodyOnly: boolean,
  ): Promise<Answer | null> {
    const found = await this.best(frame, topics, holds, bodyOnly);
    return found && found.best.coverage >= this.thresholds.countedMinCoverage ? this.gated(frame, asked, found) : null;
  }

  /** The best sentence and the coverage of the next best, over the passages full-text search finds for the topics. */
  private async best(
    frame: QuestionFrame,
    topics: string[],
    holdsFact: (sentence: string, passage: Passage) => boolean,
    bodyOnly: boolean,
  ): Promise<{ best: PassageSentence; runnerUp: number | null } | null> {
    // The year sits in the section heading ("Mục tiêu đến năm 2030"), which passages are indexed with.
    const query = [...topics, ...frame.years].join(" ");
    const hits = await this.knowledgeBase.searchPassages(query, { limit: this.thresholds.passageCandidates, files: frame.documentFiles, bodyOnly });
    let best: PassageSentence | null = null;
    let runnerUp: number | null = null;
    for (const hit of hits) {
      const passage = this.knowledgeBase.passage(hit.id);
      if (!passage || (bodyOnly && passage.recordId !== null)) continue;
      // The year may be in the sentence or in the section it sits in ("Mục tiêu đến năm 2025").
      if (frame.year !== null && ![passage.text, ...passage.breadcrumb].some((text) => text.includes(String(frame.year)))) continue;
      const holds = (sentence: string) => holdsFact(sentence, passage) && !this.isTitle(passage, sentence);
      const candidate = bestSentence(passage, this.scopedTopics(frame, topics, passage), this.matcher, frame.accented, holds, this.documentWords(passage.file));
      if (!candidate) continue;
      if (!best || candidate.coverage > best.coverage) {
        if (best) runnerUp = best.coverage;
        best = candidate;
      } else if (runnerUp === null || candidate.coverage > runnerUp) runnerUp = candidate.coverage;
    }
    return best ? { best, runnerUp } : null;
  }

  /**
   * "Trong bộ chỉ số DTI cấp tỉnh, chỉ số Hạ tầng số …": a passage whose document, headings or text
   * hold every word of the scope clause answers for the subject alone ("+ Hạ tầng số: 200 điểm").
   */
  private scopedTopics(frame: QuestionFrame, topics: string[], passage: Passage): string[] {
    if (!frame.scope) return topics;
    const title = this.knowledgeBase.documents.find((document) => document.file === passage.file)?.title ?? "";
    const context = new Set(terms(foldText([title, ...passage.breadcrumb, passage.text].join(" "))));
    return terms(foldText(frame.scope.words)).every((term) => term.includes("_") || context.has(term)) ? [...topics, frame.scope.topic] : topics;
  }

  /** A document's title names it; it states nothing the document asks to be done. */
  private isTitle(passage: Passage, sentence: string): boolean {
    const title = foldText(this.knowledgeBase.documents.find((document) => document.file === passage.file)?.title ?? "");
    return title.length >= 20 && foldText(sentence).includes(title);
  }

  private gated(frame: QuestionFrame, asked: QuestionEvidence, { best, runnerUp }: { best: PassageSentence; runnerUp: number | null }, line: string = best.sentence): Answer {
    // The same fact for several subjects the question does not choose between: each, quoted.
    const quoted = line === best.sentence ? [best, ...(best.parallel ?? [])] : [best];
    const citations = quoted.map((sentence) => sentenceCitation(sentence, this.knowledgeBase.documents));
    const text = textWithSources(line === best.sentence ? quoted.map((sentence) => sentence.sentence) : [line], citations);
    const answer: Answer = { question: frame.question, found: true, kind: frame.kind, text, citations, suggestions: [] };
    const offered = [best.passage.breadcrumb.at(-1) ?? ""];
    return gateAnswer(answer, passageEvidence(asked, { coverage: best.coverage, text: best.sentence }, runnerUp, best.passage), this.gate, offered);
  }
}

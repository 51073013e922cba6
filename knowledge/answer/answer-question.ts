import type { KnowledgeRecord } from "../../ingest/records/schemas.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { foldText } from "../../vietnamese/fold.js";
import type { Answer, AskContext, Citation } from "./answer-types.js";
import { recordCitation } from "./compose/cite.js";
import { listByAgency, listByPeriod, listIndicatorsByAgency, type ListContext } from "./compose/list-answers.js";
import { recordFact } from "./compose/record-facts.js";
import { factRequest } from "./compose/fact-request.js";
import { listWithAgencySections } from "./compose/agency-duties.js";
import { factLines, textWithSources } from "./compose/answer-text.js";
import { fill } from "./compose/templates.js";
import { refusal } from "./compose/refusal.js";
import { findRecords, type RecordMatch, type RecordSearch, type TitleText } from "./find/find-records.js";
import { recordTitle, type KnowledgeBase } from "./find/knowledge-base.js";
import { matchText } from "../../ingest/index/vocabulary/record-texts.js";
import type { Thresholds } from "./find/thresholds.js";
import { TitleMatcher } from "./find/title-match.js";
import { understandQuestion, type QuestionFrame } from "./understand/understand-question.js";
import { topicVariants, titleWithExpansions } from "../../vietnamese/glossary/topic-variants.js";
import { DocumentAbbreviations } from "./understand/document-abbreviations.js";
import { expandLearnedAbbreviations } from "./understand/expand-learned.js";
import { expandShorthand } from "../../vietnamese/glossary/chat-shorthand.js";
import { otherShorthandReadings } from "./understand/shorthand-readings.js";
import { isGreeting } from "./understand/conversation-words.js";
import { resolveFollowUp, strippedFollowUp } from "./understand/follow-up.js";
import { unknownProperName } from "./understand/unknown-name.js";
import { wholeDocumentAsked } from "./understand/whole-document.js";
import { documentQuestionWords } from "./understand/document-question-words.js";
import { answerByForm } from "./answer-forms.js";
import { answerAboutDocument } from "./document-answer.js";
import { issuerAsScope } from "./compose/issuer-scope.js";
import { documentTotals, totalsFirst } from "./find/document-totals.js";
import { BodyTextAnswerer } from "./body-text-answer.js";
import { gateAnswer, type ConfidenceGate } from "./confidence/confidence-gate.js";
import { recordEvidence, type QuestionEvidence } from "./confidence/measure-evidence.js";
import { DocumentMentions } from "./confidence/document-mentions.js";
import { DocumentWords } from "./find/document-words.js";
import { equalMatchesInDocumentOrder } from "./find/document-order.js";

/** The lines a found answer quoted, for the chat's next question. */
const sourcesOf = (answer: Answer) => (answer.found ? answer.citations.map((citation) => ({ file: citation.file, line: citation.line })) : []);

/** The frame, and how many abbreviations were written out to read it. */
type UnderstoodFrame = QuestionFrame & { expandedAbbreviations: number };

const maxSources = 4;

/** Title texts kept per answerer; past this many the cache starts over (memory stays bounded). */
const maxCachedTitles = 20_000;

/**
 * The extractive answerer: understands the question, finds the records (or passage) that
 * hold the fact, and states it first, with the quoted source lines. It never writes a name,
 * date or number that is not in a cited record.
 */
export class QuestionAnswerer {
  private readonly matcher: TitleMatcher;
  private readonly titleText: TitleText;
  private readonly learned: DocumentAbbreviations;
  private readonly glossaryAbbreviations: ReadonlySet<string>;
  private readonly mentions: DocumentMentions;
  private readonly bodyText: BodyTextAnswerer;
  private readonly documentWords: DocumentWords;

  constructor(
    private readonly knowledgeBase: KnowledgeBase,
    private readonly glossary: Glossary,
    private readonly thresholds: Thresholds,
    private readonly gate: ConfidenceGate,
  ) {
    // Nothing is read whole: title statistics and learned abbreviations come from the index's vocabulary, term by term.
    const cached = (text: (record: KnowledgeRecord) => string) => {
      const texts = new Map<string, string>();
      return (record: KnowledgeRecord) => {
        let written = texts.get(record.id);
        if (written === undefined) {
          if (texts.size >= maxCachedTitles) texts.clear();
          written = titleWithExpansions(text(record), glossary);
          texts.set(record.id, written);
        }
        return written;
      };
    };
    this.titleText = { match: cached(matchText), name: cached(recordTitle) };
    this.learned = new DocumentAbbreviations(knowledgeBase.vocabulary);
    this.mentions = new DocumentMentions(knowledgeBase.documents);
    this.documentWords = new DocumentWords(knowledgeBase.documents, this.mentions);
    this.glossaryAbbreviations = new Set(glossary.abbreviations.flatMap((entry) => [entry.abbreviation, ...entry.variants].map((written) => foldText(written))));
    this.matcher = new TitleMatcher(knowledgeBase.vocabulary);
    this.bodyText = new BodyTextAnswerer(knowledgeBase, this.matcher, thresholds, gate, (file) => this.documentWords.withKind(file), () => this.readingGlossary());
  }

  /**
   * Answers one question. A greeting gets a greeting with examples. A follow-up ("còn tháng 10
   * thì sao?") is read against the chat's previous question (`context.previous`). The answer
   * carries what was understood, for the chat's next question.
   */
  async answer(question: string, context: AskContext = {}): Promise<Answer> {
    const trimmed = question.trim();
    if (isGreeting(trimmed)) return { question, found: false, kind: "general", text: fill("greeting"), citations: [], suggestions: [] };
    const previous = context.previous?.question;
    const standalone = (previous ? this.readAgainst(previous, trimmed, context.previous?.kind) : null) ?? trimmed;
    const sameSubject = standalone !== trimmed ? this.fromPreviousSources(standalone, trimmed, context) : null;
    if (sameSubject) return { ...sameSubject, question, understanding: { question: standalone, kind: sameSubject.kind, sources: sourcesOf(sameSubject) } };
    // A question about a document itself ("số mấy, ký ngày nào?") is read whole, before it is split into parts.
    // Abbreviations the documents teach ("ngày BH" → "ngày ban hành") are written out first.
    const aboutDocument = answerAboutDocument(this.writtenOut(standalone).question, this.knowledgeBase.documents, this.glossary);
    if (aboutDocument) return { ...aboutDocument, question, understanding: { question: standalone, kind: aboutDocument.kind, sources: sourcesOf(aboutDocument) } };
    const answer = await answerByForm(standalone, {
      answerOne: (text) => this.answerStandalone(text),
      read: (text) => this.understand(text),
      glossary: this.glossary,
      knowledgeBase: this.knowledgeBase,
      answerFromSources: (text, citations) => this.answerFromSources(text, citations),
      writtenOut: (text) => this.writtenOut(text).question,
    });
    return { ...answer, question, understanding: { question: standalone, kind: answer.kind, sources: sourcesOf(answer) } };
  }

  /** The message read as a follow-up of `previous`: with its markers ("còn …?"), or without, when it names no subject ("CQ phối hợp?"). */
  private readAgainst(previous: string, message: string, previousKind: Answer["kind"] | undefined): string | null {
    const previousTopic = this.understand(previous).topic;
    const unmarked = !this.understand(message).topics.some((topic) => /[\p{L}\p{N}]/u.test(topic));
    return resolveFollowUp(message, previous, previousTopic, this.glossary, previousKind, { unmarked });
  }

  /**
   * A follow-up that names no subject of its own ("thế còn đến năm 2030?", "MT 2030?") asks about
   * the records the previous answer quoted: read again for the new year or kind. Null when it names
   * a subject, or those records do not hold the fact.
   */
  private fromPreviousSources(standalone: string, asked: string, context: AskContext): Answer | null {
    const sources = context.previous?.sources ?? [];
    const body = strippedFollowUp(asked) ?? asked;
    if (sources.length === 0 || this.understand(body).topics.some((topic) => topic.split(" ").some((word) => word !== "·" && word !== ""))) return null;
    const answer = this.answerFromSources(standalone, sources.map((source) => ({ file: source.file, line: source.line, title: "", locator: "", quote: "" })));
    return answer?.found ? answer : null;
  }

  private async answerStandalone(question: string): Promise<Answer> {
    const trimmed = question.trim();
    if (trimmed === "") return refusal(question, "general", [], fill("emptyQuestion"));
    const read = this.withNamedFiles(this.understand(trimmed));
    // A list question reads the records it can hold, selected by the index (agency, period), not every record.
    const listing = read.kind === "list-by-agency" || read.kind === "list-by-period";
    const frame = listing ? { ...read, ...issuerAsScope(read, this.workOf(read.agencies[0]?.canonical), this.knowledgeBase.documents) } : read;
    if (frame.kind === "list-by-agency" && frame.agencies.length > 0) {
      const context = this.listContext(this.agencyListRecords(frame, frame.agencies[0]!.canonical));
      const indicators = frame.mentionsIndicator && frame.agencyRole === "owner" ? listIndicatorsByAgency(frame, context) : null;
      return indicators ?? listWithAgencySections(frame, listByAgency(frame, context), { knowledgeBase: this.knowledgeBase, glossary: this.readingGlossary(), matcher: this.matcher });
    }
    if (frame.kind === "list-by-period" && frame.period) {
      return listByPeriod(frame, this.listContext(this.knowledgeBase.recordsOf({ kinds: ["task", "dti-criterion"], due: frame.period })));
    }
    const unknownName = unknownProperName(trimmed, this.matcher);
    if (unknownName) return refusal(question, frame.kind, [], fill("refusalUnknownName", { name: unknownName }));
    const topics = topicVariants(frame.topics, this.glossary, frame.accented);
    const totals = documentTotals(frame, topics, this.knowledgeBase);
    if (totals.length > 0) return this.fromRecords(frame, totals);
    const search = totalsFirst(frame, await findRecords(frame, topics, this.knowledgeBase, this.matcher, this.titleText, this.thresholds, (file) => this.documentWords.of(file)));
    const asked: QuestionEvidence = {
      frame,
      topics,
      expandedAbbreviations: frame.expandedAbbreviations,
      matcher: this.matcher,
      namedFiles: new Set(frame.preferredFiles),
      topPassage: await this.topPassage(topics[0] ?? "", frame.documentFiles),
    };
    // A sentence that holds the structure asked (a noun named, a report's recurrence, a count) before the records' fields.
    const structured = await this.bodyText.beforeRecords(frame, topics, asked, search.matches[0]?.record);
    if (structured) return structured;
    if (search.matches.length > 0) {
      const fromRecords = this.fromRecords(frame, search.matches, { asked, search });
      // The records found do not state the kind of fact asked (a task has no "đạt bao nhiêu"): the body text may.
      if (fromRecords.found || fromRecords.withheld) return fromRecords;
      return (await this.bodyText.answer(frame, topics, asked)) ?? fromRecords;
    }
    const whole = wholeDocumentAsked(frame, topics, this.knowledgeBase.documents);
    // "Kế hoạch … phải hoàn thành trước ngày nào?": the document's own timeline, in its own words.
    const fromWhole = whole ? await this.bodyText.answer({ ...frame, documentFiles: [whole], accented: true }, documentQuestionWords().timelineLabels, asked) : null;
    const fromPassage = fromWhole ?? (await this.bodyText.answer(frame, topics, asked));
    if (fromPassage) return fromPassage;
    return refusal(question, frame.kind, await this.suggestions(frame, topics));
  }

  /**
   * A question answered from the records some citations quote: the asks of a question that name
   * no subject of their own ("…, hạn khi nào?") read the record its subject's ask was answered
   * from. Not gated again: that answer was.
   */
  private answerFromSources(question: string, citations: Citation[]): Answer | null {
    const frame = this.understand(question.trim());
    const records = new Map<string, KnowledgeRecord>();
    for (const citation of citations) {
      for (const record of this.knowledgeBase.recordsOf({ kinds: ["task", "indicator", "dti-criterion", "budget-line"], files: [citation.file] })) {
        if (record.locator.file === citation.file && record.sourceLines.some((line) => line.line === citation.line)) records.set(record.id, record);
      }
    }
    if (records.size === 0) return null;
    return this.fromRecords(frame, [...records.values()].map((record) => ({ record, coverage: 1, specificity: 1, score: 1 })));
  }

  /**
   * The question with the abbreviations learned from the documents written out; the other
   * readings of an ambiguous one add their topics. `question` stays as asked.
   */
  private understand(asked: string): UnderstoodFrame {
    const glossary = this.readingGlossary();
    const expansion = this.writtenOut(asked);
    if (expansion.abbreviations.length === 0 && expansion.alternatives.length === 0) return { ...understandQuestion(asked, glossary, this.knowledgeBase.documents), expandedAbbreviations: 0 };
    // Only shorthand read otherwise: the question is read as typed, its other readings add topics.
    const frame = understandQuestion(expansion.abbreviations.length === 0 ? asked : expansion.question, glossary, this.knowledgeBase.documents);
    const otherTopics = expansion.alternatives.flatMap((alternative) => understandQuestion(alternative, glossary, this.knowledgeBase.documents).topics);
    return { ...frame, question: asked, topics: [...new Set([...frame.topics, ...otherTopics])], expandedAbbreviations: expansion.abbreviations.length };
  }

  /** The question with chat shorthand and the abbreviations learned from the documents written out. */
  private writtenOut(asked: string): ReturnType<typeof expandLearnedAbbreviations> {
    const glossary = this.readingGlossary();
    const glossaryKnows = (folded: string) => this.glossaryAbbreviations.has(folded) || glossary.findAgencies(folded).length > 0;
    const shorthand = expandShorthand(asked);
    const named = new Set(glossary.findAgencies(shorthand).flatMap((mention) => mention.written.normalize("NFC").match(/[\p{L}&]+/gu) ?? []));
    const learned = expandLearnedAbbreviations(shorthand, this.learned, glossaryKnows, named);
    const otherShorthand = otherShorthandReadings(asked, learned.question, this.learned);
    return otherShorthand.length === 0 ? learned : { ...learned, alternatives: [...learned.alternatives, ...otherShorthand] };
  }

  private documentGlossary: Glossary | null = null;

  /** The glossary questions are read with: the agencies the documents' owner columns name are agencies too (stored at ingest, read on the first question). */
  private readingGlossary(): Glossary {
    this.documentGlossary ??= this.glossary.withAgencies(this.knowledgeBase.vocabulary.documentAgencies());
    return this.documentGlossary;
  }

  /** Documents the question names by the marks of their short names ("WBS", "NQ57") are preferred, as a hint is. */
  private withNamedFiles(frame: UnderstoodFrame): UnderstoodFrame {
    const named = [...this.mentions.named(frame.question)].filter((file) => !frame.documentFiles.includes(file));
    return named.length === 0 ? frame : { ...frame, preferredFiles: [...new Set([...frame.preferredFiles, ...named])] };
  }

  /** Whether an agency leads or joins any task or criterion (`issuerAsScope`): the first such record, if any. */
  private workOf(agency: string | undefined): KnowledgeRecord[] {
    return agency === undefined ? [] : this.knowledgeBase.recordsOf({ kinds: ["task", "dti-criterion"], agency: { name: agency, roles: ["owner", "coordinator"] }, limit: 1 });
  }

  /**
   * The records an agency's list reads: its indicators (as owner) and its tasks and criteria in the
   * question's role, due within the question's period when it names one. Each list answer keeps its
   * kinds in source order, so the two parts may follow each other.
   */
  private agencyListRecords(frame: QuestionFrame, agency: string): KnowledgeRecord[] {
    const role = frame.agencyRole;
    if (!frame.period) return this.knowledgeBase.recordsOf({ kinds: ["task", "dti-criterion", "indicator"], agency: { name: agency, roles: [role] } });
    const indicators = role === "owner" ? this.knowledgeBase.recordsOf({ kinds: ["indicator"], agency: { name: agency, roles: ["owner"] } }) : [];
    return [...indicators, ...this.knowledgeBase.recordsOf({ kinds: ["task", "dti-criterion"], agency: { name: agency, roles: [role] }, due: frame.period })];
  }

  /** What a list answer reads: the records selected for it. */
  private listContext(records: KnowledgeRecord[]): ListContext {
    return {
      records,
      documents: this.knowledgeBase.documents,
      matcher: this.matcher,
      maxItems: this.thresholds.maxListItems,
      topicForms: (topic: string, accented: boolean) => topicVariants([topic], this.glossary, accented),
    };
  }

  private documentInfo(file: string) {
    return this.knowledgeBase.documents.find((document) => document.file === file);
  }

  /** `measured`: the search behind the matches, for the confidence gate; absent for a document's own total row. */
  private fromRecords(frame: QuestionFrame, matches: RecordMatch[], measured?: { asked: QuestionEvidence; search: RecordSearch }): Answer {
    const request = factRequest(frame);
    const facts = equalMatchesInDocumentOrder(matches).slice(0, maxSources * 2).map((match) => ({ match, fact: recordFact(match.record, request) }));
    const found = facts.filter((entry) => entry.fact.found);
    // Sources that hold the very kind of value asked for (a result for "đạt") outrank those that only hold another kind.
    const supported = (found.some((entry) => entry.fact.exactKind !== false) ? found.filter((entry) => entry.fact.exactKind !== false) : found).slice(0, maxSources);
    if (supported.length === 0) {
      const first = facts[0];
      const citations = first ? [recordCitation(first.match.record, this.documentInfo(first.match.record.locator.file), [])] : [];
      return { question: frame.question, found: false, kind: frame.kind, text: textWithSources([first?.fact.line ?? fill("refusal")], citations), citations, suggestions: [] };
    }
    const citations = supported.map(({ match, fact }) => recordCitation(match.record, this.documentInfo(match.record.locator.file), fact.quoteFacts));
    const lines = factLines(supported.map((entry) => entry.fact), frame.askedFields);
    const answer: Answer = { question: frame.question, found: true, kind: frame.kind, text: textWithSources(lines, citations), citations, suggestions: [] };
    if (!measured) return answer;
    const offered = supported.map((entry) => recordTitle(entry.match.record).slice(0, 120));
    return gateAnswer(answer, recordEvidence(measured.asked, measured.search, supported), this.gate, offered);
  }

  /** What plain full-text search ranks first for the topic, over table rows and body text alike. */
  private async topPassage(topic: string, files: string[]): Promise<QuestionEvidence["topPassage"]> {
    if (topic.replace(/·/g, "").trim() === "") return null;
    const [hit] = await this.knowledgeBase.searchPassages(topic, { limit: 1, files });
    const passage = hit ? this.knowledgeBase.passage(hit.id) : undefined;
    return passage ? { id: passage.id, recordId: passage.recordId } : null;
  }

  private async suggestions(frame: QuestionFrame, topics: string[]): Promise<string[]> {
    const query = topics.join(" ").trim();
    if (query === "") return [];
    const hits = await this.knowledgeBase.searchRecords(query, { limit: 3, files: frame.documentFiles });
    return hits
      .map((hit) => this.knowledgeBase.record(hit.id))
      .filter((record): record is KnowledgeRecord => record !== undefined)
      .map((record) => recordTitle(record).slice(0, 120));
  }
}

import type { EmbeddingsSettings } from "../ingest/index/embeddings/create-embeddings.js";
import { createEmbeddings } from "../ingest/index/embeddings/create-embeddings.js";
import { SearchIndex } from "../ingest/index/search-index.js";
import { formatIngestReport, indexNotWritten } from "../ingest/format-report.js";
import { indexIdentity, runIngest } from "../ingest/run-ingest.js";
import { runIngestInChild } from "../ingest/ingest-in-child.js";
import type { DocumentBudget } from "../ingest/document-budget.js";
import { QuestionAnswerer } from "./answer/answer-question.js";
import type { Answer, AskContext, Assistant, DeadlineQuery, DocumentSummary } from "./answer/answer-types.js";
import { loadThresholds } from "./answer/find/thresholds.js";
import { ConfidenceModelError, loadConfidenceModel, neutralConfidenceModel, type ConfidenceModel } from "./answer/confidence/confidence-model.js";
import { createChatModel, type LlmSettings } from "./answer/llm/chat-model.js";
import { rephraseAnswer } from "./answer/llm/rephrase.js";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { localDate, systemClock, type Clock } from "./deadlines/clock.js";
import { readDeadlineQuestion } from "./deadlines/deadline-request.js";
import { documentList } from "./documents/document-list.js";
import { answerDeadlineQuery, dueAnswer, type DueContext } from "./deadlines/due-list.js";

export interface AssistantSettings {
  sourcesDir: string;
  indexDir: string;
  embeddings?: EmbeddingsSettings;
  llm?: LlmSettings;
  /** Size and line-length budget per source document (INGEST_MAX_DOCUMENT_MB, INGEST_MAX_LINE_CHARS). */
  budget?: DocumentBudget;
  /** "Today" for deadline answers (default: the system clock read in `timeZone`). */
  deadlines?: DeadlineSettings;
  /** Refuse answers the confidence model rates below its threshold (default true; off only to fit the model). */
  confidenceGate?: boolean;
  /** Called with progress lines (ingest report); defaults to stderr so stdout stays clean for --jsonl. */
  log?: (line: string) => void;
}

export interface DeadlineSettings {
  clock: Clock;
  /** IANA time zone the documents' dates are in: Asia/Ho_Chi_Minh. */
  timeZone: string;
  /** Days ahead that "sắp đến hạn" covers. */
  soonDays: number;
}

const defaultDeadlines: DeadlineSettings = { clock: systemClock, timeZone: "Asia/Ho_Chi_Minh", soonDays: 14 };

interface Loaded {
  index: SearchIndex;
  answerer: QuestionAnswerer;
  /** The documents as /tailieu lists them, worked out on first use per loaded index (it reads every passage once, one at a time). */
  documentList: () => DocumentSummary[];
}

/**
 * The single read path used by the bots, the console chat, `npm run ask` and the eval runner.
 * Builds the index first when it is missing or stale; `reload()` re-ingests and swaps the
 * loaded index without interrupting questions in flight.
 */
function readableModelOrNeutral(): ConfidenceModel {
  try {
    return loadConfidenceModel();
  } catch (error) {
    if (ConfidenceModelError.isInstance(error)) return neutralConfidenceModel();
    throw error;
  }
}

export async function createAssistant(settings: AssistantSettings): Promise<Assistant> {
  const embeddingsSettings: EmbeddingsSettings = settings.embeddings ?? { provider: "local" };
  const log = settings.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const glossary = loadGlossary();
  const thresholds = loadThresholds();
  // With the gate off (fitting the model, the eval's ungated figures), answers are only measured: a
  // shipped model fitted on other features is not needed then.
  const gateEnabled = settings.confidenceGate ?? true;
  const gate = { model: gateEnabled ? loadConfidenceModel() : readableModelOrNeutral(), enabled: gateEnabled };
  const chatModel = await createChatModel(settings.llm ?? { provider: "none" });
  const ingestSettings = {
    sourcesDir: settings.sourcesDir,
    indexDir: settings.indexDir,
    embeddings: embeddingsSettings,
    ...(settings.budget ? { budget: settings.budget } : {}),
  };

  const loadIndex = async (): Promise<Loaded> => {
    const index = await SearchIndex.load(settings.indexDir, createEmbeddings(embeddingsSettings), {
      embeddingsId: indexIdentity(embeddingsSettings),
    });
    let documents: DocumentSummary[] | null = null;
    const listed = () => (documents ??= documentList(index.documents, index.passageTexts()));
    return { index, answerer: new QuestionAnswerer(index, glossary, thresholds, gate), documentList: listed };
  };

  const startReport = await runIngest(ingestSettings);
  if (startReport.rebuilt) log(formatIngestReport(startReport, { showUnparsed: false }));
  // An index that cannot be written (read-only INDEX_DIR, full disk) is served as it is, with the cause.
  if (startReport.indexError !== null) log(indexNotWritten(startReport.indexError));
  let current = await loadIndex();
  let reloading: Promise<string> | null = null;

  const deadlines = settings.deadlines ?? defaultDeadlines;
  const dueContext = (): DueContext => ({
    records: (due) => current.index.recordsOf({ kinds: ["task", "dti-criterion"], ...(due ? { due } : {}) }),
    documents: current.index.documents,
    glossary,
    today: localDate(deadlines.clock.now(), deadlines.timeZone),
    soonDays: deadlines.soonDays,
    maxItems: thresholds.maxListItems,
  });

  const finish = async (answer: Answer): Promise<Answer> => (await rephraseAnswer(chatModel, answer, glossary)).answer;

  return {
    async answer(question: string, context?: AskContext): Promise<Answer> {
      // "việc gì sắp đến hạn?", "quá hạn", "tuần này": deadlines that need today's date.
      const due = dueContext();
      const deadlineRequest = readDeadlineQuestion(question, due);
      if (deadlineRequest) return dueAnswer(question, deadlineRequest, due);
      return finish(await current.answerer.answer(question, context));
    },
    async dueTasks(query: DeadlineQuery): Promise<Answer> {
      return answerDeadlineQuery(query, dueContext());
    },
    documents(): DocumentSummary[] {
      return current.documentList();
    },
    reload(): Promise<string> {
      // One rebuild at a time; a second /reload meanwhile waits for the same one.
      reloading ??= (async () => {
        try {
          // In a child process: questions keep being answered from `current` meanwhile.
          const report = await runIngestInChild(ingestSettings, { onProgress: log });
          // The index was rebuilt (or is current) just now: load it without ingesting a second time.
          if (report.rebuilt) current = await loadIndex();
          return formatIngestReport(report, { showUnparsed: false });
        } finally {
          reloading = null;
        }
      })();
      return reloading;
    },
  };
}

import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import type { Answer, Citation } from "../answer-types.js";
import { agencySections, type AgencySection } from "../find/agency-sections.js";
import type { KnowledgeBase } from "../find/knowledge-base.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import type { TitleMatcher } from "../find/title-match.js";
import type { QuestionFrame } from "../understand/understand-question.js";
import { documentTitle } from "./cite.js";
import { shortDocument } from "./document-names.js";
import { fill } from "./templates.js";

/** Characters of one agency's section shown; a longer one ends at a line or sentence boundary before this, with "…". */
const shownCharacters = 900;

function shortened(text: string): string {
  if (text.length <= shownCharacters) return text;
  const cut = text.slice(0, shownCharacters);
  const boundary = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf(". "), cut.lastIndexOf("; "));
  return `${(boundary > shownCharacters / 2 ? cut.slice(0, boundary + 1) : cut).trimEnd()} …`;
}

function sectionCitation(section: AgencySection, info: DocumentInfo | undefined): Citation {
  const place = section.place.replace(/[*#]/g, "").trim();
  return {
    file: section.file,
    title: documentTitle(info, section.file),
    locator: `${place ? `${place.length > 70 ? `${place.slice(0, 69)}…` : place} ` : ""}(dòng ${section.line})`,
    quote: section.text.split("\n")[0]?.slice(0, 320) ?? "",
    line: section.line,
  };
}

/** Sections whose words (with their heading) cover the question's leftover topic, when it has one ("… về an ninh mạng"). */
export function sectionsOnTopic(sections: AgencySection[], frame: QuestionFrame, matcher: TitleMatcher): AgencySection[] {
  if (frame.topic.split(" ").filter((word) => word !== "·" && word !== "").length < 2) return sections;
  return sections.filter((section) => matcher.coverage(frame.topic, `${section.breadcrumb.join(" ")} ${section.text}`, undefined, frame.accented) >= 0.5);
}

/** The question names the leading role in so many words ("chủ trì", "phụ trách"). */
function asksTasksLed(frame: QuestionFrame): boolean {
  return /(?:^| )(?:chu tri|phu trach)(?: |$)/.test(frame.folded);
}

/**
 * "Sở Tài chính có nhiệm vụ gì?": what the documents write for the agency in its own sections,
 * each quoted whole (or up to a boundary), first; then the tasks the tables give it (`list`).
 * Null when there is no such section.
 */
export function withAgencySections(frame: QuestionFrame, sections: AgencySection[], list: Answer, documents: DocumentInfo[]): Answer | null {
  const agency = frame.agencies[0];
  if (!agency || sections.length === 0) return null;
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const section of sections) {
    const info = documents.find((document) => document.file === section.file);
    lines.push(fill("agencySection", { agency: agency.canonical, document: shortDocument(documents, section.file), place: section.place.replace(/[*#]/g, "").trim(), line: section.line }));
    lines.push(shortened(section.text), "");
    citations.push(sectionCitation(section, info));
  }
  if (!list.found) return { question: frame.question, found: true, kind: frame.kind, text: lines.join("\n").trim(), citations, suggestions: [] };
  // "… chủ trì những nhiệm vụ nào?" asks for the tasks it leads: they come first, its sections after.
  if (asksTasksLed(frame)) return { ...list, text: [list.text, "", ...lines].join("\n").trim(), citations: [...list.citations, ...citations] };
  return { ...list, text: [...lines, list.text].join("\n"), citations: [...citations, ...list.citations] };
}

/** Sections shown at most: for a question naming its document, and for one that does not. */
const sectionsShown = { named: 2, unnamed: 3 };

/**
 * The list answer of an agency's tasks with its own sections first, when the question asks what
 * the agency does (as owner, for no period). The list itself otherwise.
 */
export async function listWithAgencySections(
  frame: QuestionFrame,
  list: Answer,
  context: { knowledgeBase: KnowledgeBase; glossary: Glossary; matcher: TitleMatcher },
): Promise<Answer> {
  const agency = frame.agencies[0];
  if (!agency || frame.agencyRole !== "owner" || frame.period) return list;
  const named = frame.documentFiles.length > 0;
  // "Công an tỉnh chủ trì những nhiệm vụ nào?" over every document asks for its tasks alone.
  if (asksTasksLed(frame) && !named) return list;
  const found = await agencySections(agency, context.knowledgeBase, context.glossary, { files: frame.documentFiles, preferred: frame.preferredFiles, limit: 12 });
  const shown = sectionsOnTopic(found, frame, context.matcher).slice(0, named ? sectionsShown.named : sectionsShown.unnamed);
  return withAgencySections(frame, shown, list, context.knowledgeBase.documents) ?? list;
}

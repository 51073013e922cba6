import type { Answer, Assistant, DeadlineQuery, DocumentSummary } from "../../knowledge/answer/answer-types.js";

/** A scripted Assistant for the chat tests: it records what it was asked. */
export class FakeAssistant implements Assistant {
  readonly questions: string[] = [];
  readonly deadlineQueries: DeadlineQuery[] = [];
  reloads = 0;
  /** Milliseconds each answer takes (to test ordering and typing). */
  delayMilliseconds = 0;
  /** Override to script answers. */
  respond: (question: string) => Answer = (question) => sampleAnswer(question);

  async answer(question: string): Promise<Answer> {
    this.questions.push(question);
    if (this.delayMilliseconds > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMilliseconds));
    return this.respond(question);
  }

  async dueTasks(query: DeadlineQuery): Promise<Answer> {
    this.deadlineQueries.push(query);
    return {
      ...sampleAnswer(`/han ${query.text}`),
      kind: "list-by-period",
      text: `Việc ${query.overdue ? "quá hạn" : "đến hạn"} ${query.text}: Xây dựng kho dữ liệu số.`,
    };
  }

  documents(): DocumentSummary[] {
    return [
      {
        file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md",
        kind: "Kế hoạch",
        number: "429/KH-UBND",
        dateText: "ngày 20/01/2026",
        title: "Chuyển đổi số tỉnh Quảng Trị năm 2026",
      },
      {
        file: "chuong-trinh-cong-tac-ban-chi-dao-2026.md",
        kind: "Chương trình",
        number: null,
        dateText: "năm 2026",
        title: "Chương trình công tác của Ban Chỉ đạo năm 2026",
      },
    ];
  }

  async reload(): Promise<string> {
    this.reloads += 1;
    return "5 văn bản, 0 thay đổi";
  }
}

export function sampleAnswer(question: string): Answer {
  return {
    question,
    found: true,
    kind: "owner",
    text: `Sở Khoa học và Công nghệ chủ trì: ${question}`,
    citations: [
      {
        file: "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md",
        title: "Kế hoạch 429/KH-UBND: Chuyển đổi số tỉnh Quảng Trị năm 2026",
        locator: "Phụ lục III, mục 5",
        quote: "Xây dựng nền tảng dữ liệu dùng chung\tSở Khoa học và Công nghệ",
        line: 655,
      },
    ],
    suggestions: [],
  };
}

/** An answer whose text is far longer than one Telegram or Zalo message. */
export function longAnswer(question: string, paragraphs: number): Answer {
  const text = Array.from(
    { length: paragraphs },
    (_, index) => `Mục ${index + 1}. ${"Sở Khoa học và Công nghệ chủ trì, phối hợp các sở ngành. ".repeat(6).trim()}`,
  ).join("\n\n");
  return { ...sampleAnswer(question), text };
}

/**
 * What a failed platform call tells about the message it carried, for deciding whether a retry
 * could deliver it twice:
 * - "unreachable": the request never reached the platform (connection refused, no DNS, no
 *   route) — sending again cannot duplicate anything;
 * - "invalid-answer": an answer came but was not the API's JSON (a proxy's error page) — the
 *   platform's API always answers JSON, so the call did not get through it; retried;
 * - "no-answer": the request was sent and the connection then timed out or broke — the
 *   platform may have delivered it. Neither Telegram's nor Zalo's Bot API takes an idempotency
 *   key, so a send in this state is not repeated (at most once; see docs/decisions).
 */
export type FailureKind = "unreachable" | "invalid-answer" | "no-answer";

const unreachableCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

export function failureKind(error: unknown): FailureKind {
  const seen = new Set<unknown>();
  // grammY's HttpError keeps what it wraps in `error`, everything else in `cause`.
  const inner = (value: Error): unknown => value.cause ?? (value as { error?: unknown }).error;
  for (let current: unknown = error; current instanceof Error && !seen.has(current); current = inner(current)) {
    seen.add(current);
    // JSON.parse's SyntaxError; node-fetch (under grammY) says FetchError of type "invalid-json".
    if (current instanceof SyntaxError || (current as { type?: unknown }).type === "invalid-json") return "invalid-answer";
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && unreachableCodes.has(code)) return "unreachable";
    if (current instanceof AggregateError && current.errors.every((inner) => failureKind(inner) === "unreachable")) return "unreachable";
  }
  return "no-answer";
}

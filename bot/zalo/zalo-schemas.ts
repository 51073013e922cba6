import { z } from "zod";

/**
 * Shapes of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs), which mirrors
 * Telegram's: every response is `{ ok, result }` or `{ ok: false, error_code, description }`.
 * Ids may come as strings or numbers; they are kept as strings.
 */
const zaloId = z.union([z.string().min(1), z.number()]).transform(String);

export const ZaloResponse = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  /** As on Telegram: how long to wait after a 429. */
  parameters: z.looseObject({ retry_after: z.number().nonnegative().optional() }).optional(),
});
export type ZaloResponse = z.infer<typeof ZaloResponse>;

export const ZaloBotInfo = z.looseObject({
  id: zaloId,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  display_name: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
export type ZaloBotInfo = z.infer<typeof ZaloBotInfo>;

export const ZaloMessage = z.looseObject({
  message_id: zaloId,
  from: z.looseObject({
    id: zaloId,
    display_name: z.string().optional(),
    is_bot: z.boolean().optional(),
  }),
  chat: z.looseObject({
    id: zaloId,
    chat_type: z.string().optional(),
  }),
  date: z.number().optional(),
  text: z.string().optional(),
});
export type ZaloMessage = z.infer<typeof ZaloMessage>;

export const ZaloUpdate = z.looseObject({
  event_name: z.string(),
  message: ZaloMessage.optional(),
});
export type ZaloUpdate = z.infer<typeof ZaloUpdate>;

/** getUpdates answers one update (documented) or a list of them; both are accepted. */
export const ZaloUpdatesResult = z
  .union([z.array(ZaloUpdate), ZaloUpdate, z.null()])
  .transform((result) => (result === null ? [] : Array.isArray(result) ? result : [result]));

/** A webhook delivery: the bare update, or the update wrapped like an API response. */
export const ZaloWebhookBody = z.union([
  ZaloUpdate,
  z.object({ ok: z.boolean().optional(), result: ZaloUpdate }).transform((body) => body.result),
]);

export const ZaloSentMessage = z.looseObject({
  message_id: zaloId.optional(),
  date: z.number().optional(),
});

export const ZaloWebhookInfo = z.looseObject({
  url: z.string().optional(),
  updated_at: z.number().optional(),
});

export const textEventName = "message.text.received";

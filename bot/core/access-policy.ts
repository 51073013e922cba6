import type { AccessSettings } from "../../config/settings.js";
import type { Platform } from "./chat-types.js";

/**
 * Who may talk to the bots. An id in the settings is either bare ("12345") and matches on
 * every platform, or prefixed with its platform ("telegram:12345", "zalo:abc").
 */
export class AccessPolicy {
  constructor(private readonly settings: AccessSettings) {}

  isAllowed(platform: Platform, userId: string, chatId: string): boolean {
    if (platform === "console") return true;
    if (this.settings.mode === "open") return true;
    return (
      matches(this.settings.allowedUserIds, platform, userId) ||
      matches(this.settings.adminUserIds, platform, userId) ||
      matches(this.settings.allowedChatIds, platform, chatId)
    );
  }

  isAdmin(platform: Platform, userId: string): boolean {
    if (platform === "console") return true;
    return matches(this.settings.adminUserIds, platform, userId);
  }
}

function matches(ids: string[], platform: Platform, id: string): boolean {
  return ids.includes(id) || ids.includes(`${platform}:${id}`);
}

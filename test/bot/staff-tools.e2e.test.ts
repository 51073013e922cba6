/**
 * The staff tools end to end, over the shipped documents, on a fake Telegram and a fake Zalo
 * server: one file, so the corpus is indexed once (the cases share `corpusAssistant()`).
 * Reminders come last: they move the shared clock forward.
 */
import "./deadlines.e2e-cases.js";
import "./picks.e2e-cases.js";
import "./export.e2e-cases.js";
import "./documents.e2e-cases.js";
import "./reminders.e2e-cases.js";

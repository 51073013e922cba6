// A worker that stops at its first request without answering (document-parser.test.ts).
import { parentPort } from "node:worker_threads";

parentPort?.once("message", () => process.exit(3));

/**
 * The one base of the project's errors: a stable `code` a caller can branch on, the `cause` it
 * wraps, and a message saying what to do. Modelled on grammY (GrammyError for an API that
 * answered with an error, HttpError for one that could not be reached) and on the Vercel AI
 * SDK's `AISDKError.isInstance`: the check uses a marker, not only `instanceof`, so it holds for
 * an error that crossed a module copy (a test runner's second import, a bundled worker).
 *
 * This folder is the lowest layer: it imports nothing from the project, and every layer may
 * import it.
 */
const marker = Symbol.for("plan-assistant.app-error");

export interface AppErrorOptions {
  cause?: unknown;
}

type ErrorClass<T> = abstract new (...args: never[]) => T;

export class AppError extends Error {
  readonly [marker] = true;

  constructor(
    /** Upper-case, stable: "SETTINGS_INVALID", "ZALO_API", … */
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }

  /**
   * `AppError.isInstance(error)` is true for any project error; `ZaloApiError.isInstance(error)`
   * only for that class (and its subclasses).
   */
  static isInstance<T>(this: ErrorClass<T>, error: unknown): error is T {
    if (typeof error !== "object" || error === null || (error as { [marker]?: unknown })[marker] !== true) return false;
    if ((this as unknown) === AppError) return true;
    for (let prototype = Object.getPrototypeOf(error); prototype !== null; prototype = Object.getPrototypeOf(prototype)) {
      if (prototype === this.prototype || prototype.constructor?.name === this.name) return true;
    }
    return false;
  }

  /** True when `error` is a project error with this code. */
  static hasCode(error: unknown, code: string): boolean {
    return AppError.isInstance(error) && error.code === code;
  }
}

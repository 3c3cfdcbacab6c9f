/** What a closing step may be told besides its name. */
export interface ClosingStepOptions {
  /**
   * Resolves, with the reason, once waiting for this step is pointless (the service it talks
   * to stopped answering). A step that has it waits as long as its work takes while the
   * service answers (active jobs finish); one without it gets `timeoutMs`.
   */
  giveUpWhen?: (signal: AbortSignal) => Promise<string>;
}

interface ClosingStep extends ClosingStepOptions {
  name: string;
  close: () => Promise<void>;
}

/** Where closing steps say what they skipped. */
export interface ClosingLog {
  warn: (fields: object, message: string) => void;
}

/**
 * The undo steps of a start-up, run last-in first-out on close or when a later start-up step
 * fails. Each step is bounded, and one that fails or gives up is logged and skipped, so a
 * process whose Redis or data folder vanished still stops, and still closes what it can.
 */
export class ClosingSteps {
  readonly #steps: ClosingStep[] = [];
  readonly #log: ClosingLog;
  readonly #timeoutMs: number;

  constructor(log: ClosingLog, options: { timeoutMs?: number } = {}) {
    this.#log = log;
    this.#timeoutMs = options.timeoutMs ?? 20_000;
  }

  push(name: string, close: () => Promise<void>, options: ClosingStepOptions = {}): void {
    this.#steps.push({ name, close, ...options });
  }

  /** Runs the steps (last pushed first) once; returns the names of those that did not close. */
  async run(): Promise<string[]> {
    const skipped: string[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      const problem = await this.#attempt(step);
      if (problem === undefined) continue;
      skipped.push(step.name);
      this.#log.warn({ step: step.name, reason: problem }, `could not close ${step.name}: skipped`);
    }
    return skipped;
  }

  /** Undefined when the step closed; else why not. */
  async #attempt(step: ClosingStep): Promise<string | undefined> {
    const stopWatching = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const givenUp = step.giveUpWhen
      ? step.giveUpWhen(stopWatching.signal)
      : new Promise<string>((resolve) => {
          timer = setTimeout(
            () => resolve(`not closed after ${this.#timeoutMs / 1000} s`),
            this.#timeoutMs,
          );
        });
    try {
      return await Promise.race([
        step.close().then(
          () => undefined,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        ),
        givenUp,
      ]);
    } finally {
      clearTimeout(timer);
      stopWatching.abort();
    }
  }
}

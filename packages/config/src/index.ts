export { type ClosingLog, type ClosingStepOptions, ClosingSteps } from "./closing-steps.js";
export { createLogger, type Logger } from "./logger.js";
export { redactUrl } from "./redact-url.js";
export { type ProcessLogger, runProcess } from "./run-process.js";
export { InvalidEnvError, optionalUrl, parseEnv, runtimeEnv } from "./runtime-env.js";
export { untilStopSignal } from "./stop-signals.js";
export { threadExecArgv } from "./thread-exec-argv.js";
export { UserError } from "./user-error.js";
export { countOf, formatBytes } from "./wording.js";

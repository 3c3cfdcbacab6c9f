export { type ProcessLogger, runProcess } from "./run-process.js";
export { InvalidEnvError, optionalUrl, parseEnv, runtimeEnv } from "./runtime-env.js";
export { untilStopSignal } from "./stop-signals.js";

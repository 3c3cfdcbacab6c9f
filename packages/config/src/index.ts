export { InvalidEnvError, optionalUrl, parseEnv, runtimeEnv } from "./runtime-env.js";
export { untilStopSignal } from "./stop-signals.js";

export { InvalidEnvError, optionalUrl, parseEnv, runtimeEnv } from "./runtime-env.js";

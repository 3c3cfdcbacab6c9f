// Node 20.17 and later load an ES module through require(), and piscina's threads try require()
// before import(). A thread terminated while such a require() is still instantiating the
// module's graph (a pool closed while its threads start: `newsdesk start` stopped while the
// classifier's data still loads) aborts the whole process with "FATAL ERROR:
// v8::Module::IsGraphAsync must be used on an instantiated module", so it exits on SIGABRT
// instead of its code. Node's loader cannot yet handle a graph left half instantiated. Loaded by
// import(), the module's loading ends cleanly when the thread is terminated.
const NO_REQUIRE_ESM = "--no-experimental-require-module";

/**
 * The Node options for a worker thread pool (piscina's `execArgv`): the process's own, and
 * require() of ES modules off where this Node has it.
 */
export function threadExecArgv(): string[] {
  return process.allowedNodeEnvironmentFlags.has(NO_REQUIRE_ESM)
    ? [...process.execArgv, NO_REQUIRE_ESM]
    : [...process.execArgv];
}

// The thread `buildEditionOffThread` starts: one build, its edition posted back.
import { parentPort, workerData } from "node:worker_threads";
import { type BuildEditionOptions, buildEdition } from "./build-edition.js";

parentPort?.postMessage(buildEdition(workerData as BuildEditionOptions));

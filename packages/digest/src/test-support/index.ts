export { createDeliveryWorker } from "../workers/create-delivery-worker.js";
export { createDigestWorker } from "../workers/create-digest-worker.js";
export * from "./harness.js";

/**
 * Words for the numbers messages print, so that none says "1 deliveries" or calls a power of
 * two a megabyte.
 */

/** 1 -> "1 delivery", 3 -> "3 deliveries": `many` defaults to `one` with an "s". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * 1 536 -> "1.5 KiB": bytes in powers of two, with the binary units that say so (KiB, MiB,
 * GiB); under 1 KiB in bytes.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return countOf(bytes, "byte");
}

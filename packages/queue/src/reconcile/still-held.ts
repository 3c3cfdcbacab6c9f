/**
 * Of the ids whose job Redis did not have, those the database still holds as work when read
 * again: a job that finished between the first read and Redis's answer (its row done, the job
 * removed on completion) is not lost, and queuing it again would do its work twice.
 */
export async function stillHeld(
  missing: number[],
  readAgain: () => Promise<number[]>,
): Promise<number[]> {
  if (missing.length === 0) return missing;
  const held = new Set(await readAgain());
  return missing.filter((id) => held.has(id));
}

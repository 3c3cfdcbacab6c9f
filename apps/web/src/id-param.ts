import { z } from "zod";

/** A route id: digits only, a positive safe integer (`/articles/12`); anything else is not a page. */
const idParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .transform(Number),
});

/** The numeric `:id` of a route, or undefined when it is not one (the caller answers 404). */
export function parseIdParam(params: unknown): number | undefined {
  const result = idParam.safeParse(params);
  return result.success && Number.isSafeInteger(result.data.id) ? result.data.id : undefined;
}

/** A 404 with a message saying what to do next, for the error page. */
export function notFound(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 404 });
}

import { parseEmailAddress } from "@newsdesk/mail";

/** Most addresses one test send goes to: it is for the desk's own inboxes, not a list. */
export const MAX_TEST_ADDRESSES = 10;

/** The subject of a test send: marked, so no one takes it for the edition itself. */
export function testSubject(subject: string): string {
  return `[TEST] ${subject}`;
}

/**
 * The addresses an editor typed for a test send (separated by commas, spaces or lines), each
 * checked; or what is wrong with them, as a sentence that says what to do.
 */
export function testSendAddresses(text: string): { addresses: string[] } | { problem: string } {
  const items = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  if (items.length === 0) return { problem: "Type at least one address to send the test to." };
  if (items.length > MAX_TEST_ADDRESSES) {
    return {
      problem: `A test goes to at most ${MAX_TEST_ADDRESSES} addresses; you typed ${items.length}. Keep the desk's own inboxes.`,
    };
  }
  const addresses: string[] = [];
  for (const item of items) {
    try {
      addresses.push(parseEmailAddress(item));
    } catch {
      return {
        problem: `"${item.slice(0, 80)}" is not an email address: fix it, then send again.`,
      };
    }
  }
  return { addresses };
}

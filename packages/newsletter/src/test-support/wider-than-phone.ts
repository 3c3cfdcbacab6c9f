/**
 * Fixed widths over 375 px (a small phone) that the HTML sets outside Outlook's conditional
 * comments, whose tables only Outlook on Windows reads. Empty for an email that fits a phone.
 */
export function widerThanPhone(html: string): number[] {
  const forOthers = html.replace(/<!--\[if mso[\s\S]*?<!\[endif\]-->/g, "");
  return [...forOthers.matchAll(/(?<![-\w])width:\s*(\d+)px/g)]
    .map((match) => Number(match[1]))
    .filter((width) => width > 375);
}

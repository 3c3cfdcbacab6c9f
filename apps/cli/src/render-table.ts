import Table from "cli-table3";

/**
 * A plain table that fits the terminal: columns are as wide as their content, and when the
 * table would be too wide, the widest column is cut with an ellipsis rather than wrapped.
 */
export function renderTable(
  head: string[],
  rows: string[][],
  width = process.stdout.columns || 120,
): string {
  const widths = head.map(
    (title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)) + 2,
  );
  const total = widths.reduce((sum, w) => sum + w, 0) + head.length + 1;
  if (total > width) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = Math.max(12, (widths[widest] as number) - (total - width));
  }
  const table = new Table({
    head,
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colWidths: widths,
    wordWrap: false,
    truncate: "…",
  });
  table.push(...rows);
  return `${table.toString()}\n`;
}

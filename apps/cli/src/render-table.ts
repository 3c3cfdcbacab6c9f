import Table from "cli-table3";

/** A plain table that fits the terminal: long cells are cut, not wrapped. */
export function renderTable(
  head: string[],
  rows: string[][],
  width = process.stdout.columns || 120,
): string {
  const fixed = head.length * 3 + 1;
  const widest = Math.max(20, width - fixed - 40);
  const table = new Table({
    head,
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colWidths: head.map((_, i) => (i === 1 ? Math.min(widest, 80) : null)),
    wordWrap: false,
    truncate: "…",
  });
  table.push(...rows);
  return `${table.toString()}\n`;
}

/** The parts of stored edition content (`editions.content`) that name articles. */
interface StoredEdition {
  sections?: { items?: { articleId?: unknown; also?: { articleId?: unknown }[] }[] }[];
}

/**
 * Every article an edition's content names: each card's and each "also in this edition" link's,
 * beyond any region's cap too (a reader's segment caps after filtering, so any of them may
 * have been mailed). Content of another shape names none.
 */
export function editionArticleIds(content: unknown): number[] {
  const ids: number[] = [];
  const add = (id: unknown) => {
    if (typeof id === "number" && Number.isSafeInteger(id)) ids.push(id);
  };
  const sections = (content as StoredEdition | null)?.sections;
  if (!Array.isArray(sections)) return ids;
  for (const section of sections) {
    for (const item of Array.isArray(section?.items) ? section.items : []) {
      add(item?.articleId);
      for (const other of Array.isArray(item?.also) ? item.also : []) add(other?.articleId);
    }
  }
  return ids;
}

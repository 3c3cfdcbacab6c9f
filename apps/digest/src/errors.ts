/** The edition a delivery belongs to is gone or was never stored: a bug or a deleted edition. */
export class EditionNotFoundError extends Error {
  override name = "EditionNotFoundError";
  constructor(readonly editionId: number) {
    super(
      `edition ${editionId} is not in the store (deleted?): its deliveries cannot be sent; build a new edition with \`newsdesk digest build --send\``,
    );
  }
}

/** A subscriber link that is not ours, was changed, or has expired: a 403 page that says what to do. */
export class RejectedLinkError extends Error {
  readonly statusCode = 403;
  constructor(message: string) {
    super(message);
    this.name = "RejectedLinkError";
  }
}

/** Too many subscribe attempts from one network or for one address: a 429 page. */
export class TooManyAttemptsError extends Error {
  readonly statusCode = 429;
  constructor(message: string) {
    super(message);
    this.name = "TooManyAttemptsError";
  }
}

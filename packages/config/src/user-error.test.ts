import { describe, expect, it } from "vitest";
import { InvalidEnvError } from "./runtime-env.js";
import { UserError } from "./user-error.js";

describe("UserError", () => {
  it("is what every user-fixable error is, under its own name", () => {
    class MissingThingError extends UserError {
      override name = "MissingThingError";
    }
    const error = new MissingThingError("add the thing, then try again");
    expect(error).toBeInstanceOf(UserError);
    expect(error.name).toBe("MissingThingError");
    expect(new InvalidEnvError(["PORT: too big"])).toBeInstanceOf(UserError);
  });
});

import { describe, expect, it, vi } from "vitest";
import { numberListOption, numberOption, readScriptOptions } from "./script-options.js";

const USAGE = "npm run thing -- [--out FILE] [--l2 X] [--quick]";
const specs = {
  out: { type: "string" },
  l2: { type: "string" },
  quick: { type: "boolean" },
} as const;

/** Runs `body` with process.exit turned into a throw, and returns what it printed to stderr. */
function exitMessage(body: () => unknown): string {
  const exit = vi.spyOn(process, "exit").mockImplementation(() => {
    throw new Error("exit");
  });
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    expect(body).toThrow("exit");
    expect(exit).toHaveBeenCalledWith(2);
    return error.mock.calls.map((call) => String(call[0])).join("\n");
  } finally {
    exit.mockRestore();
    error.mockRestore();
  }
}

describe("readScriptOptions", () => {
  it("reads strings, flags and positionals", () => {
    const { values, positionals } = readScriptOptions(
      USAGE,
      specs,
      ["dir", "--out", "model.json", "--quick"],
      true,
    );
    expect(values).toEqual({ out: "model.json", quick: true });
    expect(positionals).toEqual(["dir"]);
  });

  it("stops on a misspelt option with the usage instead of ignoring it", () => {
    const printed = exitMessage(() => readScriptOptions(USAGE, specs, ["--l3", "0.1"]));
    expect(printed).toContain("--l3");
    expect(printed).toContain(`usage: ${USAGE}`);
  });

  it("stops on an option that lacks its value", () => {
    expect(exitMessage(() => readScriptOptions(USAGE, specs, ["--out"]))).toContain("usage:");
  });
});

describe("numberOption and numberListOption", () => {
  it("give the fallback when absent and the number when given", () => {
    expect(numberOption(undefined, "l2", 1e-4, USAGE)).toBe(1e-4);
    expect(numberOption("0.3", "l2", 1e-4, USAGE)).toBe(0.3);
    expect(numberListOption(undefined, "l2s", 1, USAGE)).toEqual([1]);
    expect(numberListOption("0.1,3", "l2s", 1, USAGE)).toEqual([0.1, 3]);
  });

  it("stop on a value that is not a number, naming the option", () => {
    expect(exitMessage(() => numberOption("abc", "l2", 1, USAGE))).toContain("--l2 takes a number");
    expect(exitMessage(() => numberListOption("0.1,,3", "l2s", 1, USAGE))).toContain("--l2s");
  });
});

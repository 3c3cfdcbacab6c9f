import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "@newsdesk/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutputFile } from "./write-output-file.js";

describe("writeOutputFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-out-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes the file", async () => {
    const path = join(dir, "preview.html");
    await writeOutputFile(path, "<p>hi</p>");
    expect(await readFile(path, "utf8")).toBe("<p>hi</p>");
  });

  it("says a missing folder is a write problem, naming the folder", async () => {
    const path = join(dir, "missing", "preview.html");
    const failure = await writeOutputFile(path, "x").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toBe(
      `cannot write ${path}: the folder ${join(dir, "missing")} does not exist; create it or choose another --out`,
    );
  });

  it("says a folder given as the file is one", async () => {
    const failure = await writeOutputFile(dir, "x").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toMatch(/^cannot write .*: it is a folder; name a file/);
  });

  it("says a file used as a folder is not one", async () => {
    const file = join(dir, "plain.txt");
    await writeFile(file, "");
    const failure = await writeOutputFile(join(file, "x.html"), "x").catch((e: unknown) => e);
    expect((failure as Error).message).toMatch(/plain\.txt is not a folder; choose another --out/);
  });
});

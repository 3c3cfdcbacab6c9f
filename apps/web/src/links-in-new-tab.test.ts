import { describe, expect, it } from "vitest";
import { linksInNewTab } from "./links-in-new-tab.js";

describe("linksInNewTab", () => {
  it.each([
    [
      "a head first",
      '<!doctype html><html lang="en"><head><title>Hi</title></head><body><a href="/x">x</a></body></html>',
      '<!doctype html><html lang="en"><head><base target="_blank"><title>Hi</title></head><body><a href="/x">x</a></body></html>',
    ],
    [
      "a head with attributes, in capitals",
      '<HTML><HEAD profile="x"><base target="_self"></HEAD><BODY></BODY></HTML>',
      '<HTML><HEAD profile="x"><base target="_blank"><base target="_self"></HEAD><BODY></BODY></HTML>',
    ],
    [
      "a header element, which is not the head",
      "<html><body><header>Top</header></body></html>",
      '<html><head><base target="_blank"></head><body><header>Top</header></body></html>',
    ],
    [
      "no head",
      '<p><a href="/confirm">Confirm</a></p>',
      '<base target="_blank"><p><a href="/confirm">Confirm</a></p>',
    ],
  ])("puts the base first: %s", (_name, html, expected) => {
    expect(linksInNewTab(html)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { classifyLink, extractLinks } from "./extract-links.js";

describe("extractLinks", () => {
  it("lists each address once with its texts, in order, entities decoded", () => {
    const html = `<p><a href="https://n.example/articles/1" style="x"><b>Harbour &amp; port</b></a>
      <A HREF='https://n.example/articles/2'>Two</A>
      <a class="c" href="https://n.example/articles/1?x=1&#x3D;2">Again</a>
      <a href="https://n.example/articles/1">Read the full story</a>
      <a name="top">no href</a></p>`;
    expect(extractLinks(html)).toEqual([
      {
        href: "https://n.example/articles/1",
        texts: ["Harbour & port", "Read the full story"],
        count: 2,
      },
      { href: "https://n.example/articles/2", texts: ["Two"], count: 1 },
      { href: "https://n.example/articles/1?x=1=2", texts: ["Again"], count: 1 },
    ]);
  });

  it("finds nothing in an email without links", () => {
    expect(extractLinks("<p>plain</p>")).toEqual([]);
  });
});

describe("classifyLink", () => {
  const publicUrl = "https://news.example.org";

  it("knows this app's links by origin and gives the path to ask for", () => {
    expect(classifyLink("https://news.example.org/articles/5?a=1", publicUrl)).toEqual({
      kind: "internal",
      path: "/articles/5?a=1",
    });
    expect(classifyLink("https://news.example.org", publicUrl)).toEqual({
      kind: "internal",
      path: "/",
    });
  });

  it("honours a public URL with a path prefix", () => {
    expect(classifyLink("https://example.org/news/archive/3", "https://example.org/news/")).toEqual(
      {
        kind: "internal",
        path: "/archive/3",
      },
    );
    expect(classifyLink("https://example.org/other", "https://example.org/news")).toEqual({
      kind: "external",
    });
  });

  it("tells external, mailto and invalid links apart", () => {
    expect(classifyLink("https://elsewhere.example/x", publicUrl)).toEqual({ kind: "external" });
    expect(classifyLink("http://news.example.org/x", publicUrl)).toEqual({ kind: "external" });
    expect(classifyLink("mailto:desk@news.example.org", publicUrl)).toEqual({ kind: "mailto" });
    expect(classifyLink("/relative", publicUrl)).toMatchObject({ kind: "invalid" });
    expect(classifyLink("javascript:alert(1)", publicUrl)).toMatchObject({
      kind: "invalid",
      reason: "javascript: links are not allowed in emails",
    });
  });
});

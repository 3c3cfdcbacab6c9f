import { describe, expect, it } from "vitest";
import * as senderDomain from "./sender-domain.js";

const { domainOf, fromAddressOf, isAligned, isPublicDomain, organisationalDomain } = senderDomain;

describe("sender domain", () => {
  it("reads the address of a From value, with or without a display name", () => {
    expect(fromAddressOf("Newsdesk <digest@News.Example.org>")).toBe("digest@news.example.org");
    expect(fromAddressOf("digest@news.example.org")).toBe("digest@news.example.org");
    expect(fromAddressOf("Newsdesk")).toBeUndefined();
    expect(fromAddressOf("a@example.org, b@example.org")).toBeUndefined();
    expect(domainOf("digest@news.example.org")).toBe("news.example.org");
  });

  it("finds the organisational domain from the public suffix list", () => {
    expect(organisationalDomain("news.example.org")).toBe("example.org");
    expect(organisationalDomain("mail.news.example.co.uk")).toBe("example.co.uk");
    expect(organisationalDomain("example.org.")).toBe("example.org");
    expect(organisationalDomain("localhost")).toBe("localhost");
  });

  it("aligns a DKIM domain with the From domain as DMARC's relaxed mode does", () => {
    expect(isAligned("news.example.org", "news.example.org")).toBe(true);
    expect(isAligned("example.org", "news.example.org")).toBe(true);
    expect(isAligned("mail.example.org", "news.example.org")).toBe(true);
    expect(isAligned("example.net", "news.example.org")).toBe(false);
    // Two registrants under one public suffix are not one organisation.
    expect(isAligned("example.co.uk", "other.co.uk")).toBe(false);
    expect(isAligned("co.uk", "example.co.uk")).toBe(false);
  });

  it("tells public domains from local names and addresses", () => {
    expect(isPublicDomain("news.example.org")).toBe(true);
    expect(isPublicDomain("newsdesk.localhost")).toBe(false);
    expect(isPublicDomain("localhost")).toBe(false);
    expect(isPublicDomain("127.0.0.1")).toBe(false);
    expect(isPublicDomain("org")).toBe(false);
  });
});

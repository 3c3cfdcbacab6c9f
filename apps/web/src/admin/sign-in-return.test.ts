import { describe, expect, it } from "vitest";
import { signInRedirect } from "./sign-in-return.js";

const host = "desk.example.org";

describe("signInRedirect", () => {
  it("returns a page to itself", () => {
    expect(signInRedirect({ method: "GET", url: "/preview?regions=europe", headers: {} })).toBe(
      "/admin?next=%2Fpreview%3Fregions%3Deurope",
    );
  });

  it("returns a form posted without a session to the page it was on, saying it was not saved", () => {
    const posted = {
      method: "POST",
      url: "/admin/editions/picks",
      headers: { host, referer: `https://${host}/admin/editions?done=picked` },
    };
    expect(signInRedirect(posted)).toBe(
      "/admin?done=not-saved&next=%2Fadmin%2Feditions%3Fdone%3Dpicked",
    );
  });

  it.each([
    ["no Referer", undefined],
    ["another site's page", "https://evil.example/admin/editions"],
    ["a Referer that is no URL", "not a url"],
    ["a path that reads as another host", `https://${host}//evil.example/`],
  ])("sends a form with %s to the desk", (_name, referer) => {
    const posted = { method: "POST", url: "/admin/branding", headers: { host, referer } };
    expect(signInRedirect(posted)).toBe("/admin?done=not-saved");
  });
});

/** The messages the health check builds from what a hub sends back (pure: no hub needed). */
import { describe, expect, it } from "vitest";
import { describeConnectionError, excerpt } from "../../health/errors.js";

describe("excerpt", () => {
  it("takes a JupyterHub JSON error's message", () => {
    expect(excerpt('{"status": 400, "message": "hubstack-check-1 is already running"}')).toBe("hubstack-check-1 is already running");
  });

  it("takes an HTML page's visible text, without scripts", () => {
    const page = "<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><h1>503 :</h1>\n<p>Service   Unavailable</p></body></html>";
    expect(excerpt(page)).toBe("503 : Service Unavailable");
  });

  it("clips long bodies to one line", () => {
    expect(excerpt("a\nb ".repeat(200), 10)).toBe("a b a b a …");
  });
});

describe("describeConnectionError", () => {
  const url = new URL("https://hub.example.org:8443/hub/api/");
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });

  it("says what to check for each kind of failure", () => {
    expect(describeConnectionError(err("ENOTFOUND"), url).message).toBe("could not resolve the host name hub.example.org (ENOTFOUND)");
    expect(describeConnectionError(err("ECONNRESET"), url).message).toContain("wrong scheme?");
    expect(describeConnectionError(err("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"), url).message).toBe(
      "the TLS certificate of hub.example.org:8443 is not trusted (SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain): " +
        "pass the CA that issued it (caCertificate/caFile, e.g. pebble's root on a test bed), or insecure=true on a throwaway test bed",
    );
  });
});

/** The closing lines of apply and check: where the hub is, how to reach it from this machine, how to log in. */
import { describe, expect, it } from "vitest";
import { hubAccessLines } from "../../cli/commands/check.js";
import { load, variant } from "../support/environments.js";

describe("where the hub is", () => {
  it("a local hub: the hosts entry or the exact curl --resolve, the CA to trust, how to log in", () => {
    const lines = hubAccessLines(load("local"), { url: "https://hub.local.hubstack.test", connectAddress: "10.70.0.11", caFile: "/s/pebble-root.pem" });
    expect(lines).toEqual([
      "The hub: https://hub.local.hubstack.test",
      '  its name resolves only where you make it: add "10.70.0.11 hub.local.hubstack.test" to /etc/hosts, or',
      "  curl --resolve hub.local.hubstack.test:443:10.70.0.11 --cacert /s/pebble-root.pem https://hub.local.hubstack.test/hub/login",
      "  its certificate comes from the local ACME server (pebble): trust /s/pebble-root.pem",
      "  log in with: any user name and any password (the dummy authenticator: for test beds only)",
    ]);
  });

  it("a cloud hub reached by name: no hosts entry, no local CA; the authenticator's way in", () => {
    const env = variant("hub-dev", (e) => (e.hub.jupyterhub.authenticator = { type: "github", allowedOrganizations: ["org"] } as never));
    const lines = hubAccessLines(env, { url: "https://hub.dev.example.org" });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/GitHub/);
    expect(lines.join("\n")).not.toMatch(/resolve|pebble/);
  });
});

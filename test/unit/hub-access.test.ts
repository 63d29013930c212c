/** The closing lines of apply and check: where the hub is, how to reach it from this machine, how to log in. */
import { describe, expect, it } from "vitest";
import { hubAccessLines, hubTargetOf } from "../../cli/commands/check.js";
import { projectPaths } from "../../terraform/paths.js";
import { load, variant } from "../support/environments.js";

describe("where the hub is", () => {
  it("a local hub: the hosts entry or the exact curl --resolve, the CA to trust, how to log in", () => {
    const lines = hubAccessLines(load("local"), { hostName: "hub", url: "https://hub.local.hubstack.test", connectAddress: "10.70.0.11", caFile: "/s/pebble-root.pem" });
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
    const lines = hubAccessLines(env, { hostName: "hub", url: "https://hub.dev.example.org" });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/GitHub/);
    expect(lines.join("\n")).not.toMatch(/resolve|pebble/);
  });

  it("a cloud hub is checked at its floating IP from the outputs (its name as SNI and Host), through DNS without them", () => {
    process.env.HUBSTACK_CHECK_TOKEN = "t0ken-for-the-test";
    try {
      const env = variant("hub-dev", (e) => (e.hub.jupyterhub.authenticator = { type: "github", allowedOrganizations: ["org"] } as never));
      const hosts = [
        { name: "bastion", address: "203.0.113.5", privateAddress: "10.20.0.5", publicAddress: "203.0.113.5", roles: [], sshUser: "debian", sshPort: 22 },
        { name: "hub", address: "10.20.0.11", privateAddress: "10.20.0.11", publicAddress: "203.0.113.11", roles: [], sshUser: "debian", sshPort: 22, jumpHost: "bastion" },
      ];
      const target = hubTargetOf(env, projectPaths("/nonexistent"), hosts)!;
      expect(target).toMatchObject({ connectAddress: "203.0.113.11", connectAddressIs: "the hub's floating IP" });
      expect(target.url).toMatch(/^https:\/\/[a-z0-9.-]+$/);
      expect(hubAccessLines(env, target)[1]).toMatch(/until its DNS record resolves where you are, add "203\.0\.113\.11 /);
      expect(hubTargetOf(env, projectPaths("/nonexistent"))!.connectAddress).toBeUndefined();
    } finally {
      delete process.env.HUBSTACK_CHECK_TOKEN;
    }
  });
});

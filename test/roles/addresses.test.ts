/**
 * Which address the roles name, for every topology an OpenStack inventory allows: from the stack's `hosts`
 * output (in the shape hub-stack.ts publishes it) through the provisioning phase's hosts to the firewall,
 * the NFS exports and the NFS mounts. Inside the environment's network every rule names the private
 * address; a floating address never appears, because nothing inside the network connects from one. (The
 * bastion that named its own floating address in the hosts' SSH rule locked itself out after the first run.)
 */
import { describe, expect, it } from "vitest";
import { toTargetHosts } from "../../provisioners/phase.js";
import { provisionedHosts } from "../../provisioners/roles/common.js";
import { firewallVars } from "../../provisioners/roles/base/template-vars.js";
import { exportsVars } from "../../provisioners/roles/nfs-server/template-vars.js";
import { mountUnitsVars } from "../../provisioners/roles/nfs-client/template-vars.js";
import { hostsFromOutputs } from "../../terraform/hosts.js";
import { projectPaths } from "../../terraform/paths.js";
import type { Environment } from "../../environment/schema.js";
import { variant } from "../support/environments.js";

interface Shape {
  readonly floating: boolean;
  readonly jumpHost?: string;
}

const PRIVATE: Record<string, string> = { bastion: "10.20.0.5", hub: "10.20.0.11", nfs: "10.20.0.12" };
const FLOATING: Record<string, string> = { bastion: "203.0.113.5", hub: "203.0.113.11", nfs: "203.0.113.12" };

/** hub-dev with its hosts reshaped: which have a floating IP, which jump through which. */
function topology(shape: Record<string, Shape>): Environment {
  return variant("hub-dev", (env) => {
    for (const name of Object.keys(env.hosts)) {
      if (!shape[name]) delete env.hosts[name];
    }
    for (const [name, s] of Object.entries(shape)) {
      const spec = env.hosts[name]! as { floatingIp: boolean; jumpHost?: string };
      spec.floatingIp = s.floating;
      if (s.jumpHost) spec.jumpHost = s.jumpHost;
      else delete spec.jumpHost;
    }
  });
}

/** The stack's output for that shape, as hub-stack.ts's hostInventory writes it. */
function outputs(env: Environment, shape: Record<string, Shape>) {
  const value = Object.fromEntries(
    Object.entries(shape).map(([name, s]) => [
      name,
      {
        name,
        address: s.jumpHost || !s.floating ? PRIVATE[name] : FLOATING[name],
        privateAddress: PRIVATE[name],
        ...(s.floating ? { publicAddress: FLOATING[name] } : {}),
        roles: env.hosts[name]!.roles,
        sshUser: "debian",
        volumeIds: {},
        ...(s.jumpHost ? { jumpHost: s.jumpHost } : {}),
      },
    ]),
  );
  return { hosts: { value, type: "dynamic", sensitive: false } };
}

function rolesView(shape: Record<string, Shape>) {
  const env = topology(shape);
  const targets = toTargetHosts(env, hostsFromOutputs(outputs(env, shape), env), projectPaths("/nonexistent"));
  const hosts = provisionedHosts({ host: targets[0]!, hosts: targets, vars: env });
  const firewall = Object.fromEntries(targets.map((t) => [t.name, firewallVars(env, hosts, t.name)]));
  return { env, targets, hosts, firewall, exports: exportsVars(env, hosts, "nfs"), mounts: mountUnitsVars(env, hosts) };
}

const TOPOLOGIES: Record<string, Record<string, Shape>> = {
  "bastion + private hub + private NFS": { bastion: { floating: true }, hub: { floating: false, jumpHost: "bastion" }, nfs: { floating: false, jumpHost: "bastion" } },
  "hub-dev: bastion + hub with a floating IP behind it + private NFS": {
    bastion: { floating: true },
    hub: { floating: true, jumpHost: "bastion" },
    nfs: { floating: false, jumpHost: "bastion" },
  },
  "hub with a floating IP, no bastion, NFS behind the hub": { hub: { floating: true }, nfs: { floating: false, jumpHost: "hub" } },
  "everything public": { bastion: { floating: true }, hub: { floating: true }, nfs: { floating: true } },
};

describe("addresses the roles name, by topology", () => {
  for (const [title, shape] of Object.entries(TOPOLOGIES)) {
    it(`${title}: private addresses inside the network, no floating address in any rule`, () => {
      const view = rolesView(shape);
      // The hosts the roles see are at their private addresses.
      for (const h of view.hosts) expect(h.address, h.name).toBe(PRIVATE[h.name]);
      // hubstack connects to a floating address only when it does not jump.
      for (const t of view.targets) expect(t.address, t.name).toBe(shape[t.name]!.jumpHost || !shape[t.name]!.floating ? PRIVATE[t.name] : FLOATING[t.name]);

      const everything = JSON.stringify({ firewall: view.firewall, exports: view.exports, mounts: view.mounts });
      for (const floating of Object.values(FLOATING)) expect(everything).not.toContain(floating);

      // A host behind a jump host takes SSH from the jump host's private address: where its connection comes from.
      for (const [name, s] of Object.entries(shape)) {
        if (s.jumpHost) expect(view.firewall[name]!.ssh4, name).toContain(PRIVATE[s.jumpHost]);
      }
      // The NFS server exports to, and lets through its firewall, the hub's private address only.
      for (const e of view.exports.exports) expect(e.clients).toEqual([PRIVATE.hub]);
      expect(view.firewall.nfs!.nfs).toMatchObject({ clients4: [PRIVATE.hub] });
      // The hub mounts the NFS server at its private address.
      for (const m of view.mounts) expect(m.what.startsWith(`${PRIVATE.nfs}:`)).toBe(true);
    });
  }

  it("a host reached directly takes SSH from the admin networks, not from a floating address", () => {
    const view = rolesView(TOPOLOGIES["everything public"]!);
    expect(view.firewall.hub!.ssh4).toEqual(expect.arrayContaining(view.env.openstack!.adminCidrs.filter((c) => !c.includes(":"))));
    expect(view.firewall.hub!.ssh4).toContain(PRIVATE.bastion);
    expect(view.firewall.hub!.ssh4).not.toContain(FLOATING.bastion);
  });
});

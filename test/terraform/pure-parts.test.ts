/**
 * The run layer's pure parts with canned inputs: plan summaries, the hosts output contract, failure
 * diagnosis, the state backend per environment. (The same paths run for real in run-layer.test.ts.)
 */
import { injectsHostKeys } from "../../terraform/synth.js";
import { describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import { RunError } from "../../environment/errors.js";
import { stateBackendFor } from "../../terraform/backend.js";
import { compareVersions } from "../../terraform/binary.js";
import { errorHeadlines, explainTerraformFailure } from "../../terraform/diagnose.js";
import { hostsFromInventory, hostsFromOutputs } from "../../terraform/hosts.js";
import { projectPaths } from "../../terraform/paths.js";
import { formatPlanSummary, hasResourceChanges, resourcesAfter, summarizePlan, type PlanJson } from "../../terraform/plan-summary.js";

/** Just enough of an Environment for these functions. */
function env(overrides: Partial<Environment> = {}): Environment {
  return {
    name: "hub-dev",
    baseName: "hub-dev",
    target: "openstack",
    ssh: { user: "debian", privateKeyFile: "keys/id_ed25519" },
    hosts: {},
    state: { backend: "local" },
    secrets: [],
    ...overrides,
  } as unknown as Environment;
}

const change = (address: string, ...actions: string[]) => ({ address, mode: "managed", change: { actions } });

describe("plan summary", () => {
  const plan: PlanJson = {
    resource_changes: [
      change("openstack_compute_instance_v2.hub", "create"),
      change("openstack_networking_secgroup_v2.hub", "update"),
      change("openstack_blockstorage_volume_v3.data", "delete", "create"),
      change("openstack_compute_instance_v2.nfs", "create", "delete"),
      change("openstack_dns_recordset_v2.old", "delete"),
      change("openstack_networking_network_v2.net", "no-op"),
      { address: "data.openstack_images_image_v2.hub", mode: "data", change: { actions: ["read"] } },
    ],
    output_changes: { hosts: { actions: ["update"] }, unchanged: { actions: ["no-op"] } },
  };

  it("sorts every managed resource into create, change, replace or destroy; data sources are not changes", () => {
    const summary = summarizePlan(plan);
    expect(summary).toEqual({
      create: ["openstack_compute_instance_v2.hub"],
      update: ["openstack_networking_secgroup_v2.hub"],
      replace: ["openstack_blockstorage_volume_v3.data", "openstack_compute_instance_v2.nfs"],
      destroy: ["openstack_dns_recordset_v2.old"],
      unchanged: 1,
      outputsChanged: ["hosts"],
    });
    expect(hasResourceChanges(summary)).toBe(true);
    expect(resourcesAfter(summary)).toBe(5);
  });

  it("prints counts, then one line per address with terraform's symbols", () => {
    expect(formatPlanSummary("hub-dev", summarizePlan(plan))).toBe(
      [
        "Plan for hub-dev: 1 to create, 1 to change, 2 to replace, 1 to destroy (1 unchanged)",
        "  +   openstack_compute_instance_v2.hub",
        "  ~   openstack_networking_secgroup_v2.hub",
        "  -/+ openstack_blockstorage_volume_v3.data",
        "  -/+ openstack_compute_instance_v2.nfs",
        "  -   openstack_dns_recordset_v2.old",
      ].join("\n"),
    );
  });

  it("says so when there is nothing to do", () => {
    const none = summarizePlan({ resource_changes: [change("terraform_data.a", "no-op")] });
    expect(hasResourceChanges(none)).toBe(false);
    expect(formatPlanSummary("x", none)).toBe(
      "Plan for x: 0 to create, 0 to change, 0 to replace, 0 to destroy (1 unchanged)\n  No changes: the infrastructure matches the configuration.",
    );
    expect(summarizePlan({}).unchanged).toBe(0);
  });
});

describe("the hosts output", () => {
  const output = (value: unknown) => ({ hosts: { value, type: "dynamic", sensitive: false } });

  it("reads the stacks' shape: keyed by name, with address, roles, ssh user, jump host and extras", () => {
    const hosts = hostsFromOutputs(
      output({
        bastion: { name: "bastion", address: "203.0.113.5", privateAddress: "10.20.0.5", publicAddress: "203.0.113.5", roles: ["base", "bastion"], sshUser: "debian", volumeIds: { work: "v1" } },
        hub: { name: "hub", address: "10.20.0.11", privateAddress: "10.20.0.11", roles: ["base", "jupyterhub"], sshUser: "debian", volumeIds: {}, jumpHost: "bastion", hostKey: "ssh-ed25519 AAAAC3Nz" },
      }),
      env(),
    );
    expect(hosts).toEqual([
      { name: "bastion", address: "203.0.113.5", privateAddress: "10.20.0.5", publicAddress: "203.0.113.5", roles: ["base", "bastion"], sshUser: "debian", sshPort: 22 },
      { name: "hub", address: "10.20.0.11", privateAddress: "10.20.0.11", roles: ["base", "jupyterhub"], sshUser: "debian", sshPort: 22, jumpHost: "bastion", hostKey: "ssh-ed25519 AAAAC3Nz" },
    ]);
  });

  it("accepts a list with names, a JSON string, and addresses by kind (private behind a jump host)", () => {
    const fromList = hostsFromOutputs(
      output(
        JSON.stringify([
          { name: "a", addresses: { public: "198.51.100.1", private: "10.0.0.1" }, roles: ["base"] },
          { name: "b", addresses: { public: "198.51.100.2", private: "10.0.0.2" }, roles: ["base"], jumpHost: "a", sshUser: "admin", sshPort: 2222 },
        ]),
      ),
      env(),
    );
    expect(fromList.map((h) => [h.name, h.address, h.privateAddress, h.sshUser, h.sshPort])).toEqual([
      ["a", "198.51.100.1", "10.0.0.1", "debian", 22],
      ["b", "10.0.0.2", "10.0.0.2", "admin", 2222],
    ]);
  });

  it("a missing output names the outputs that exist", () => {
    expect(() => hostsFromOutputs({ environment: { value: "x", type: "string", sensitive: false }, network_id: { value: "n", type: "string", sensitive: false } }, env())).toThrow(
      /no output named "hosts" \(its outputs: environment, network_id\)/,
    );
    expect(() => hostsFromOutputs({}, env())).toThrow(/it has no outputs at all/);
  });

  it("a malformed output says what is wrong", () => {
    expect(() => hostsFromOutputs(output({ hub: { roles: ["base"] } }), env())).toThrow(/gives no address for host "hub"/);
    expect(() => hostsFromOutputs(output(42), env())).toThrow(RunError);
    expect(() => hostsFromOutputs(output([{ address: "10.0.0.1" }]), env())).toThrow(/without a name \(entry 0\)/);
  });

  it("static environments: the inventory's enabled hosts, as written", () => {
    const hosts = hostsFromInventory(
      env({
        target: "static",
        hosts: {
          hub: { enabled: true, roles: ["base"], address: "192.0.2.11", sshPort: 2200, jumpHost: "gw" },
          off: { enabled: false, roles: ["base"], address: "192.0.2.12", sshPort: 22 },
        },
      } as unknown as Partial<Environment>),
    );
    expect(hosts).toEqual([{ name: "hub", address: "192.0.2.11", privateAddress: "192.0.2.11", roles: ["base"], sshUser: "debian", sshPort: 2200, jumpHost: "gw" }]);
  });
});

describe("state backends", () => {
  const paths = projectPaths("/srv/hubstack");

  it("local: .state/<env>/terraform.tfstate, one folder per environment, CI instances included", () => {
    expect(stateBackendFor(env(), paths)).toEqual({ kind: "local", path: "/srv/hubstack/.state/hub-dev/terraform.tfstate" });
    expect(stateBackendFor(env({ name: "hub-ci-ab12cd34", baseName: "hub-ci" }), paths)).toEqual({ kind: "local", path: "/srv/hubstack/.state/hub-ci-ab12cd34/terraform.tfstate" });
    expect(stateBackendFor(env({ state: { backend: "local", dir: "/var/lib/hubstack" } }), paths)).toEqual({ kind: "local", path: "/var/lib/hubstack/hub-dev/terraform.tfstate" });
  });

  it("s3 and http: {env} filled in, so two instances never share a key", () => {
    const s3 = env({ name: "hub-ci-x1", state: { backend: "s3", bucket: "b", key: "hubstack/{env}/terraform.tfstate", region: "r1", endpoint: "https://s3.example.org" } });
    expect(stateBackendFor(s3, paths)).toEqual({ kind: "s3", bucket: "b", key: "hubstack/hub-ci-x1/terraform.tfstate", region: "r1", endpoint: "https://s3.example.org" });
    const http = env({ state: { backend: "http", address: "https://state.example.org/{env}", lockAddress: "https://state.example.org/{env}/lock" } });
    expect(stateBackendFor(http, paths)).toEqual({ kind: "http", address: "https://state.example.org/hub-dev", lockAddress: "https://state.example.org/hub-dev/lock" });
  });
});

describe("terraform failures", () => {
  const failure = (output: string, args = ["plan"]) => ({ args, exitCode: 1, output, cwd: "/p/cdktf.out/stacks/hub-dev", envName: "hub-dev" });

  it("a held state lock: how to wait or unlock", () => {
    const message = explainTerraformFailure(failure("Error: Error acquiring the state lock\n\nLock Info:\n  ID:        0b6a8c5e-3f1e-2a7d-9c4b-1d2e3f4a5b6c\n"));
    expect(message).toContain("another terraform run holds the lock on env=hub-dev's state");
    expect(message).toContain("terraform force-unlock 0b6a8c5e-3f1e-2a7d-9c4b-1d2e3f4a5b6c");
  });

  it("a refused cloud login: check the credentials", () => {
    expect(explainTerraformFailure(failure("│ Error: Authentication failed\n"))).toMatch(/refused or could not be reached.*Check the clouds\.yaml entry or the OS_\* variables/);
  });

  it("anything else: terraform's own Error headlines, without colour codes", () => {
    const output = "\u001b[31m╷\u001b[0m\n\u001b[31m│\u001b[0m \u001b[1m\u001b[31mError: \u001b[0m\u001b[0m\u001b[1mInvalid reference\u001b[0m\n│ Error: Unsupported argument\n";
    expect(errorHeadlines(output)).toEqual(["Invalid reference", "Unsupported argument"]);
    expect(explainTerraformFailure(failure(output))).toBe("terraform plan failed for env=hub-dev (exit 1) in /p/cdktf.out/stacks/hub-dev:\n  - Invalid reference\n  - Unsupported argument");
  });
});

describe("versions", () => {
  it("compares numerically", () => {
    expect(compareVersions("1.11.4", "1.5.0")).toBe(1);
    expect(compareVersions("1.4.7", "1.5.0")).toBe(-1);
    expect(compareVersions("v1.5.0", "1.5.0")).toBe(0);
    expect(compareVersions("1.10.0-beta1", "1.9.9")).toBe(1);
  });
});

describe("host keys of cloud servers", () => {
  it("are hubstack's for a new environment and stay so; never made anew where the servers hold others", () => {
    // A new environment: made here.
    expect(injectsHostKeys(undefined, false)).toBe(true);
    expect(injectsHostKeys({ resources: 0 }, false)).toBe(true);
    // Made here before, and here still.
    expect(injectsHostKeys({ hostKeysInjected: true, resources: 38 }, true)).toBe(true);
    // Created before hubstack pinned keys.
    expect(injectsHostKeys({ resources: 38 }, false)).toBe(false);
    expect(injectsHostKeys({ hostKeysInjected: false, resources: 0 }, true)).toBe(false);
    // The keys were made elsewhere (a second clone on shared remote state) or lost: never anew.
    expect(injectsHostKeys(undefined, false, true)).toBe(false);
    expect(injectsHostKeys({ hostKeysInjected: true, resources: 38 }, false)).toBe(false);
  });
});

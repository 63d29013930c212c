/**
 * The hub roles on the fake connector: a host made of canned facts (a fresh Debian 12 with a blank data
 * volume, or one that already has something), and the shipped environments with addresses for every host.
 * Planning only: what the roles do on a real host is for test/hosts/roles-*.test.ts and the end-to-end run.
 */
import { FakeConnector, type CannedFact } from "../support/fake-connector.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { provision } from "../../provisioners/engine/provision.js";
import type { ProvisionReport } from "../../provisioners/engine/report.js";
import { ROLES } from "../../provisioners/roles/index.js";
import { rootfsRef } from "../../provisioners/roles/images/template-vars.js";
import type { Environment } from "../../environment/schema.js";

/** Fact outputs of a fresh Debian 12 VM: nothing installed, nothing written, a blank data volume on /dev/vdb. */
export const FRESH_HOST: Record<string, string> = {
  "files.path": "absent",
  "files.content": "absent",
  "apt.installed": "",
  "apt.candidates": "",
  "apt.listsAge": "100\n3\n50",
  "users.user": "",
  "users.group": "",
  "users.authorizedKeys": "/home/debian\n-",
  "systemd.unit": "LoadState=loaded\nActiveState=inactive\nUnitFileState=disabled\nNeedDaemonReload=no",
  "commands.exists": "no",
  "commands.succeeds": "no",
  "mounts.mounted": "",
  "volumes.disks": "@disk\t/dev/vdb\ths-data\t10737418240",
  "volumes.block": "absent",
  "volumes.bindState": "unbound",
  "docker.image": "@absent",
  "docker.network": "@absent",
  "hubstack.pendingHandlers": "",
};

const b64 = (s: string) => Buffer.from(s).toString("base64");

/**
 * Fact outputs of a host where what the roles depend on already happened (the data volume formatted,
 * the secrets generated), so that applying on a fake host, whose facts never change, gets to the end.
 */
export const SETTLED_HOST: Record<string, string> = {
  "volumes.disks": "@disk\t/dev/vdb\ths-data\t10737418240\nTYPE=ext4\nUUID=4f1c2a3b-1111-2222-3333-444455556666\nLABEL=hs-data",
};
export const SETTLED_EXACT: Record<string, string> = {
  // The offline base's root file system is imported (its import runs a program on this machine). An
  // imported image has no labels: the fact's template prints its id and an empty recipe.
  [`docker.image:${JSON.stringify([rootfsRef()])}`]: "sha256:root ",
  'files.content:["/var/lib/hubstack/secrets/jupyterhub-proxy-token"]': `present\n${b64(`${"a".repeat(64)}\n`)}`,
  'files.content:["/var/lib/hubstack/secrets/jupyterhub-cookie-secret"]': `present\n${b64(`${"b".repeat(64)}\n`)}`,
};

export const settledHost = () => fakeHost(SETTLED_HOST, SETTLED_EXACT);

/** A fake host answering each fact by its name from `answers` (then FRESH_HOST); exact keys in `exact` win. */
export function fakeHost(answers: Record<string, string> = {}, exact: Record<string, string> = {}): FakeConnector {
  const canned = Object.entries({ ...FRESH_HOST, ...answers, ...exact }).map(([key, output]): [string, CannedFact] => [key, { output }]);
  return new FakeConnector(new Map(canned));
}

/** The hosts of an environment as the CLI would hand them over (addresses made up where the stack would give them). */
export function targetHosts(env: Environment): TargetHost[] {
  return Object.entries(env.hosts)
    .filter(([, h]) => h.enabled)
    .map(([name, h], i) => ({ name, address: h.address ?? `10.99.0.${10 + i}`, user: env.ssh.user, privateKeyFile: "/nonexistent/id_ed25519", roles: h.roles }));
}



/** Provisions every host of `env` on fake hosts (one per host, all alike). */
export async function plan(env: Environment, options: { check?: boolean; connector?: () => FakeConnector; hosts?: TargetHost[] } = {}): Promise<{ report: ProvisionReport; connectors: Map<string, FakeConnector> }> {
  const connectors = new Map<string, FakeConnector>();
  const report = await provision(options.hosts ?? targetHosts(env), {
    roles: ROLES,
    vars: env,
    check: options.check ?? true,
    connect: (h) => {
      const c = options.connector?.() ?? fakeHost();
      connectors.set(h.name, c);
      return c;
    },
  });
  return { report, connectors };
}

export function failures(report: ProvisionReport): string {
  return report.hosts
    .flatMap((h) => [h.error ? `${h.name}: ${h.error.message}` : "", ...h.roles.flatMap((r) => r.operations.filter((o) => o.status === "failed").map((o) => `${h.name}/${r.name}/${o.name}: ${o.reason}`))])
    .filter(Boolean)
    .join("\n");
}

/** The operation names of one role on one host, in order (handlers left out). */
export function operationsOf(report: ProvisionReport, host: string, role: string): string[] {
  return report.hosts.find((h) => h.name === host)!.roles.find((r) => r.name === role)!.operations.filter((o) => !o.handler).map((o) => o.name);
}

export function operation(report: ProvisionReport, host: string, role: string, name: string | RegExp) {
  const ops = report.hosts.find((h) => h.name === host)!.roles.find((r) => r.name === role)!.operations;
  const found = ops.find((o) => (typeof name === "string" ? o.name === name : name.test(o.name)));
  if (!found) throw new Error(`no operation ${String(name)} in ${host}/${role}: ${ops.map((o) => o.name).join(", ")}`);
  return found;
}

export { load, variant } from "../support/environments.js";

/**
 * The resources of a stack that hold data, and those that are machines: what `destroy` keeps unless
 * --delete-data, and what `rebuild` replaces.
 *
 * Data: OpenStack's block storage volumes (the NFS homes, the hub's state, the bastion's work disk) and
 * env=local's data disks (terraform_data "disk-<vm>", stacks/local-stack.ts). Neither depends on a machine,
 * so a destroy that targets everything else leaves them, with their state, for the next apply to attach to
 * the new machines. Machines: OpenStack's instances (found by the name they give Nova) and env=local's
 * terraform_data "vm-<name>".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const DATA_DISK_PREFIX = "disk-";
const LOCAL_VM_PREFIX = "vm-";
const VOLUME_TYPE = "openstack_blockstorage_volume_v3";
const INSTANCE_TYPE = "openstack_compute_instance_v2";

export interface StateResource {
  readonly address: string;
  readonly type: string;
}

export function isDataVolume(r: StateResource): boolean {
  return r.type === VOLUME_TYPE || (r.type === "terraform_data" && r.address.startsWith(`terraform_data.${DATA_DISK_PREFIX}`));
}

/** What a destroy that keeps the data targets: every resource of the state but the data volumes. */
export function keepDataTargets(resources: readonly StateResource[]): { targets: string[]; kept: string[] } {
  return {
    targets: resources.filter((r) => !isDataVolume(r)).map((r) => r.address),
    kept: resources.filter(isDataVolume).map((r) => r.address),
  };
}

type StackJson = { resource?: Record<string, Record<string, { name?: unknown }>> };

/**
 * The machine resources of the synthesized stack in `stackDir` (of environment `envName`), by host name: `-replace` addresses for
 * `rebuild`. Hosts asked for that the stack does not hold are returned in `unknown`.
 */
export function machineAddresses(stackDir: string, envName: string, hostNames: readonly string[]): { addresses: Record<string, string>; unknown: string[] } {
  const json = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as StackJson;
  const byHost = new Map<string, string>();
  for (const [id, body] of Object.entries(json.resource?.[INSTANCE_TYPE] ?? {})) {
    // Nova's name is <env>-<host> (stacks/hub-stack.ts).
    if (typeof body.name === "string" && body.name.startsWith(`${envName}-`)) byHost.set(body.name.slice(envName.length + 1), `${INSTANCE_TYPE}.${id}`);
  }
  for (const id of Object.keys(json.resource?.terraform_data ?? {})) {
    if (id.startsWith(LOCAL_VM_PREFIX)) byHost.set(id.slice(LOCAL_VM_PREFIX.length), `terraform_data.${id}`);
  }
  const wanted = hostNames.length ? hostNames : [...byHost.keys()];
  const addresses: Record<string, string> = {};
  const unknown: string[] = [];
  for (const name of wanted) {
    const address = byHost.get(name);
    if (address) addresses[name] = address;
    else unknown.push(name);
  }
  return { addresses, unknown };
}

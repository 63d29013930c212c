/**
 * The machines the provisioning phase works on, as the infrastructure phase reports them: the stack's
 * output named `hosts` (`terraform output -json`), or, for `target: static`, the inventory itself. Both
 * become the host contract, Host (environment/hosts.ts).
 *
 * What this reader accepts in the `hosts` output (stacks/ and the local stack publish Host), one entry per machine:
 *
 *     { "hub": { "address": "10.20.0.11", "roles": ["base", ...], "sshUser": "debian",
 *                "jumpHost": "bastion", "hostKey": "ssh-ed25519 AAAA...", ...anything else } }
 *
 * or a list of the same objects each with a `name`. Instead of `address` an entry may give
 * `addresses: { public?, private? }`: a host behind a jump host is reached on its private address,
 * any other on its public one. `sshUser` defaults to the inventory's ssh.user, `sshPort` to 22.
 * The value may also be a JSON string (a stack that used jsonencode).
 */
import { z } from "zod";
import { RunError } from "../environment/errors.js";
import { HOSTS_OUTPUT, type Host } from "../environment/hosts.js";
import type { Environment } from "../environment/schema.js";
import type { TerraformOutputValue } from "./terraform.js";

const HostEntry = z.looseObject({
  name: z.string().min(1).optional(),
  address: z.string().min(1).optional(),
  privateAddress: z.string().min(1).nullish(),
  publicAddress: z.string().min(1).nullish(),
  addresses: z.looseObject({ public: z.string().nullish(), private: z.string().nullish() }).optional(),
  roles: z.array(z.string()).default([]),
  sshUser: z.string().min(1).nullish(),
  sshPort: z.number().int().min(1).max(65535).nullish(),
  jumpHost: z.string().min(1).nullish(),
  hostKey: z.string().min(1).nullish(),
});
type HostEntry = z.infer<typeof HostEntry>;

const HostsValue = z.union([z.record(z.string(), HostEntry), z.array(HostEntry)]);

function toHost(name: string, entry: HostEntry, env: Environment): Host {
  const viaJump = Boolean(entry.jumpHost);
  const address = entry.address ?? (viaJump ? (entry.addresses?.private ?? entry.addresses?.public) : (entry.addresses?.public ?? entry.addresses?.private));
  if (!address) {
    throw new RunError(`the stack's "${HOSTS_OUTPUT}" output gives no address for host "${name}" (expected "address", or "addresses" with "public" or "private")`);
  }
  const privateAddress = entry.privateAddress ?? entry.addresses?.private;
  const publicAddress = entry.publicAddress ?? entry.addresses?.public;
  return {
    name,
    address,
    ...(privateAddress ? { privateAddress } : {}),
    ...(publicAddress ? { publicAddress } : {}),
    roles: entry.roles,
    sshUser: entry.sshUser ?? env.ssh.user,
    sshPort: entry.sshPort ?? env.hosts[name]?.sshPort ?? 22,
    ...(entry.jumpHost ? { jumpHost: entry.jumpHost } : {}),
    ...(entry.hostKey ? { hostKey: entry.hostKey } : {}),
  };
}

/** Reads the `hosts` output; a missing output names the outputs that exist. */
export function hostsFromOutputs(outputs: Record<string, TerraformOutputValue>, env: Environment): Host[] {
  const output = outputs[HOSTS_OUTPUT];
  if (!output) {
    const names = Object.keys(outputs);
    throw new RunError(
      `the stack of env=${env.name} has no output named "${HOSTS_OUTPUT}" ` +
        `(${names.length ? `its outputs: ${names.join(", ")}` : "it has no outputs at all"}); ` +
        `the stack must publish its machines as an output named "${HOSTS_OUTPUT}" for the provisioning phase`,
    );
  }
  let value = output.value;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      // Not JSON: the validation below says what was expected.
    }
  }
  const parsed = HostsValue.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new RunError(
      `the stack's "${HOSTS_OUTPUT}" output is not a list of hosts: ${problem ? `${problem.path.join(".") || "(the value)"}: ${problem.message}` : "unreadable"}`,
    );
  }
  const entries: [string, HostEntry][] = Array.isArray(parsed.data)
    ? parsed.data.map((entry, i) => {
        if (!entry.name) throw new RunError(`the stack's "${HOSTS_OUTPUT}" output lists a host without a name (entry ${i})`);
        return [entry.name, entry];
      })
    : Object.entries(parsed.data);
  return entries.map(([name, entry]) => toHost(name, entry, env));
}

/** `target: static`: the machines are the inventory's, as written there. */
export function hostsFromInventory(env: Environment): Host[] {
  return Object.entries(env.hosts)
    .filter(([, spec]) => spec.enabled)
    .map(([name, spec]) => {
      if (!spec.address) throw new RunError(`host "${name}" of env=${env.name} has no address`);
      return {
        name,
        address: spec.address,
        // Machines we did not make: the inventory's address is the one the others reach it at.
        privateAddress: spec.address,
        roles: spec.roles,
        sshUser: env.ssh.user,
        sshPort: spec.sshPort,
        ...(spec.jumpHost ? { jumpHost: spec.jumpHost } : {}),
      };
    });
}

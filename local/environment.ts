/**
 * From a `target: local` environment to what its stack needs: the JSON spec that vmctl (terraform's create
 * and destroy commands) drives, and the host inventory the stack publishes as its `hosts` output.
 *
 * Host keys are made here, before synth, so that the inventory carries each VM's key and hubstack pins it
 * before its first connection (no trust on first use in the local environment).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { HostsOutput, PublishedHost } from "../environment/hosts.js";
import { DEFAULT_ACME_DIRECTORY, type Environment } from "../environment/schema.js";
import { acmeFiles, PEBBLE_PORT } from "./acme.js";
import { hubHostname } from "../environment/names.js";
import type { LocalEnvSpecInput } from "./local-env.js";
import { nthAddress } from "./network.js";
import { ensureHostKey } from "./ssh.js";
import { newestLocalHubImage } from "./hub-images.js";

export interface LocalStackInput {
  /** The vmctl spec, as JSON text. */
  readonly spec: string;
  /** Where that spec is written for vmctl: terraform echoes commands, and a file name reads better than JSON. */
  readonly specFile: string;
  /** VM names in boot order. */
  readonly vms: string[];
  /**
   * The `hosts` output: every VM with its pinned host key; one behind the bastion is reached through it, as
   * on a cloud (this machine cannot reach its SSH: private-hosts.ts).
   */
  readonly hosts: HostsOutput;
  /** The local hub image the hub boots (the newest), or undefined when it boots the base image. */
  readonly hubImage?: string;
  /** The VMs that boot a package layer, with its packages. */
  readonly layers: Readonly<Record<string, readonly string[]>>;
}

/** The bridge-side address of the operator's machine: pebble and apt-cacher-ng listen there. */
export function hostAddressOf(env: Environment): string {
  return nthAddress(env.local.subnet, 1);
}

/** Where the local environment's ACME server (pebble) keeps the CA files the hub and the check trust. */
export function localAcme(env: Environment, stateDir: string) {
  const files = acmeFiles(stateDir);
  return {
    directoryUrl: `https://${hostAddressOf(env)}:${PEBBLE_PORT}/dir`,
    caRootFile: files.caPem,
    issuerRootFile: files.issuerRoot,
  };
}

/**
 * The environment as the local environment's machinery and the hub roles see it: TLS certificates come
 * from the pebble on the bridge, unless the inventory names an ACME server of its own.
 */
export function withLocalAcme(env: Environment, stateDir: string): Environment {
  if (env.target !== "local" || env.hub.tls.acmeDirectory !== DEFAULT_ACME_DIRECTORY) return env;
  const acme = localAcme(env, stateDir);
  return { ...env, hub: { ...env.hub, tls: { ...env.hub.tls, acmeDirectory: acme.directoryUrl, acmeCaRoot: acme.caRootFile } } };
}

/**
 * `packages`: per host, the Debian packages its roles install (the provisioners know them; this layer is
 * handed the list): a VM that does not boot the hub image boots a package layer with them (local-env.ts).
 */
export async function localStackInput(env: Environment, stateDir: string, privateKeyFile: string, packages: Readonly<Record<string, readonly string[]>> = {}): Promise<LocalStackInput> {
  const hosts = Object.entries(env.hosts).filter(([, host]) => host.enabled);
  const hub = hosts.find(([, host]) => host.roles.includes("jupyterhub"));
  // The hub boots the newest local hub image (npm run image -- build hub), the others their package layers.
  const hubImage = env.local.useHubImage && hub ? await newestLocalHubImage() : undefined;
  const spec: LocalEnvSpecInput = {
    env: env.name,
    stateDir,
    network: { cidr: env.local.subnet, ...(env.local.bridge ? { bridge: env.local.bridge } : {}) },
    ssh: { user: env.ssh.user, privateKeyPath: privateKeyFile },
    domain: env.domain,
    timezone: env.timezone,
    accel: env.local.accel,
    ...(hub?.[1].address ? { acme: { hubAddress: hub[1].address, hubHostname: hubHostname(env) } } : {}),
    vms: hosts.map(([name, host]) => ({
      name,
      address: host.address!,
      vcpus: host.vcpus,
      memoryMiB: host.memoryMiB,
      diskGiB: host.diskGiB,
      dataDiskGiB: host.dataVolumeGiB,
      hostKeyPath: join(stateDir, "hostkeys", name),
      private: Boolean(host.jumpHost),
      ...(hubImage && name === hub?.[0]
        ? { image: { disk: hubImage.disk, kernel: hubImage.kernel, initrd: hubImage.initrd, cmdline: hubImage.cmdline } }
        : packages[name]?.length
          ? { packages: [...packages[name]] }
          : {}),
    })),
  };
  const entries: [string, PublishedHost][] = [];
  for (const [name, host] of hosts) {
    const { publicKey } = await ensureHostKey(join(stateDir, "hostkeys", name), `hubstack ${env.name}/${name} host key`);
    entries.push([
      name,
      {
        name,
        address: host.address!,
        privateAddress: host.address!,
        roles: host.roles,
        sshUser: env.ssh.user,
        hostKey: publicKey,
        volumeIds: host.dataVolumeGiB > 0 ? { data: "/dev/vdb" } : {},
        ...(host.jumpHost ? { jumpHost: host.jumpHost } : {}),
      },
    ]);
  }
  const specFile = join(stateDir, "local-spec.json");
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  await writeFile(specFile, `${JSON.stringify(spec, null, 2)}\n`, { mode: 0o600 });
  return {
    spec: JSON.stringify(spec),
    specFile,
    vms: hosts.map(([name]) => name),
    hosts: Object.fromEntries(entries),
    ...(hubImage ? { hubImage: hubImage.name } : {}),
    layers: Object.fromEntries((spec.vms ?? []).flatMap((vm) => (vm.packages ? [[vm.name, vm.packages]] : []))),
  };
}

/**
 * A VM's NoCloud seed: the same cloud-init user data OpenStack instances get, a fresh instance-id, and a static
 * network config, written to an ISO the guest reads at boot. The Packer build writes its build VM's seed with
 * writeSeedIso too.
 */
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderUserData } from "../templates/index.js";
import { randomHex, run } from "./util.js";
import type { VmFiles } from "./vm-files.js";
import type { VmSpec } from "./vm-spec.js";

/** Network config (cloud-init v2) for a static address on the bridge. No gateway: the VMs route nowhere. */
export function networkConfig(mac: string, address: string, prefix: number): string {
  // JSON is YAML: no YAML emitter needed.
  return `${JSON.stringify(
    {
      version: 2,
      ethernets: {
        eth0: { match: { macaddress: mac }, "set-name": "eth0", addresses: [`${address}/${prefix}`] },
      },
    },
    null,
    2,
  )}\n`;
}

/** Writes a new VM's seed: its user data (with its host key), a new instance-id and its static address. */
export async function writeSeed(
  spec: VmSpec,
  f: Pick<VmFiles, "seed" | "seedDir">,
  hostKey: { privateKey: string; publicKey: string },
  mac: string,
): Promise<void> {
  const userData = renderUserData({
    hostname: spec.name,
    fqdn: spec.fqdn ?? `${spec.name}.${spec.env}.hubstack.internal`,
    sshUser: spec.sshUser,
    sshAuthorizedKeys: spec.sshAuthorizedKeys,
    hostKey: { ed25519Private: hostKey.privateKey, ed25519Public: hostKey.publicKey },
    ...(spec.aptProxy ? { aptProxy: spec.aptProxy } : {}),
    timezone: spec.timezone ?? "Etc/UTC",
  });
  // A new instance-id per creation: cloud-init runs its first-boot modules once per instance.
  const metaData = `${JSON.stringify({ "instance-id": `hubstack-${spec.env}-${spec.name}-${randomHex()}`, "local-hostname": spec.name })}\n`;
  await writeSeedIso(f.seed, f.seedDir, { "user-data": userData, "meta-data": metaData, "network-config": networkConfig(mac, spec.address, spec.network.prefix) });
}

/**
 * A NoCloud seed ISO (volume label cidata) holding these files, made in `workDir` and removed from it: the
 * seed carries the guest's private host key, so it is readable by root only and no loose copy stays behind.
 */
export async function writeSeedIso(iso: string, workDir: string, files: Record<"user-data" | "meta-data" | "network-config", string>): Promise<void> {
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  const paths = Object.entries(files).map(([name, content]) => ({ path: join(workDir, name), content }));
  for (const { path, content } of paths) await writeFile(path, content, { mode: 0o600 });
  await run("genisoimage", ["-quiet", "-output", iso, "-volid", "cidata", "-joliet", "-rock", ...paths.map((p) => p.path)]);
  await chmod(iso, 0o600);
  await rm(workDir, { recursive: true, force: true });
}

/**
 * The provisioning phase as the CLI runs it: the hosts the infrastructure phase reported (or the
 * inventory's, for target static) handed to the engine in provisioners/, with the environment's SSH key
 * and its own known_hosts file. Packer's `image provision` runs the same phase on the build VM (ImageBuild).
 *
 * known_hosts lives in `.state/<env>/`, so that `destroy` forgets the keys with the machines: a new
 * environment of the same name gets new host keys, which a long-lived known_hosts would refuse.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Environment } from "../environment/schema.js";
import { RunError, UsageError } from "../environment/errors.js";
import { maskedStream, type Output } from "../environment/output.js";
import type { Host } from "../environment/hosts.js";
import { stateDirOf, type ProjectPaths } from "../terraform/paths.js";
import { ensureStateDir } from "../terraform/records.js";
import type { ProvisionReport, TargetHost } from "./index.js";
import { withLocalAcme } from "../local/environment.js";
import { ensurePackages } from "./packages.js";
import { backupTargetHost, withBackupRoles } from "../environment/backup.js";
import { ensureBackupKey, withMetricsToken } from "../environment/keys.js";
import { withMetricsRoles } from "../environment/metrics.js";
import { registerSecrets } from "../environment/output.js";
import { KnownHosts, knownHostsName, publicKeyFromHostKey } from "./connectors/known-hosts.js";

/** What the user asked of the provisioning phase (flags of apply and provision). */
export interface ProvisioningRequest {
  /** Change nothing; report what would change. */
  readonly check?: boolean;
  /** Show diffs of changed files. */
  readonly diff?: boolean;
  /** Only these hosts. */
  readonly limit?: readonly string[];
  /** Only these roles. */
  readonly roles?: readonly string[];
  /** Stop at the first failed host instead of finishing the others. */
  readonly failFast?: boolean;
  /** Packer's step (`image provision`): the build VM instead of the environment's hosts. */
  readonly image?: ImageBuild;
}

/**
 * The phase on an image build VM: each role reduced to what an image carries (its image() operations, no
 * handlers), with the Environment as the inventory gives it. The build VM's key is pinned in the build's own
 * known_hosts, so the environment's state folder is not touched; Packer has waited for SSH already.
 */
export interface ImageBuild {
  readonly knownHostsFile: string;
}

export interface ProvisioningContext {
  readonly paths: ProjectPaths;
  readonly output: Output;
}

/** The phase as a function, so that tests of the infrastructure phase can replace it. */
export type ProvisioningPhase = (env: Environment, hosts: readonly Host[], request: ProvisioningRequest, ctx: ProvisioningContext) => Promise<ProvisionReport>;

export function knownHostsFileOf(paths: ProjectPaths, envName: string): string {
  return join(stateDirOf(paths, envName), "known_hosts");
}

/** Hosts as the engine takes them: the login key added, jump hosts resolved to hosts. */
export function toTargetHosts(env: Environment, hosts: readonly Host[], paths: ProjectPaths): TargetHost[] {
  const privateKeyFile = resolve(paths.root, env.ssh.privateKeyFile);
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const converted = new Map<string, TargetHost>();
  const convert = (host: Host, seen: string[]): TargetHost => {
    const done = converted.get(host.name);
    if (done) return done;
    if (seen.includes(host.name)) throw new RunError(`hosts of env=${env.name} jump through each other in a circle: ${[...seen, host.name].join(" → ")}`);
    let jumpHost: TargetHost | undefined;
    if (host.jumpHost) {
      const jump = byName.get(host.jumpHost);
      if (!jump) throw new RunError(`host ${host.name} of env=${env.name} jumps through "${host.jumpHost}", which is not one of its hosts (${[...byName.keys()].join(", ")})`);
      jumpHost = convert(jump, [...seen, host.name]);
    }
    const target: TargetHost = {
      name: host.name,
      address: host.address,
      ...(host.privateAddress ? { privateAddress: host.privateAddress } : {}),
      port: host.sshPort,
      user: host.sshUser,
      privateKeyFile,
      // With a backup section, the data hosts and the repository's host get the backup roles (environment/backup.ts);
      // with a metrics section, every host gets node-exporter and the bastion metrics (environment/metrics.ts).
      roles: withMetricsRoles(env, host.name, withBackupRoles(env, host.name, host.roles)),
      ...(jumpHost ? { jumpHost } : {}),
      ...(host.hostKey ? { hostKey: host.hostKey } : {}),
    };
    converted.set(host.name, target);
    return target;
  };
  return hosts.map((h) => convert(h, []));
}

/**
 * How long a host may take to accept SSH and finish cloud-init before provisioning gives up: cloud guests
 * take 30–120 s and slow clouds minutes; the local VMs behind the bastion boot while the bastion does (vmctl
 * waits only for hosts this machine reaches) and run under TCG; static machines exist, so a long wait would only hide a wrong address.
 */
export function readinessSeconds(env: Environment): number {
  if (env.ssh.readyTimeoutSeconds !== undefined) return env.ssh.readyTimeoutSeconds;
  return env.target === "static" ? 60 : 600;
}

/** The real phase: provisioners' engine over SSH (on the environment's hosts, or on an image build VM). */
export const provisionHosts: ProvisioningPhase = async (env, hosts, request, ctx) => {
  // Loaded on use: the engine pulls in the SSH stack, which plan, envs and destroy never need.
  const { provision, ROLES, imageRoles, defaultReporter } = await import("./index.js");
  const image = request.image;

  const names = hosts.map((h) => h.name);
  const unknownHosts = (request.limit ?? []).filter((n) => !names.includes(n));
  if (unknownHosts.length) throw new UsageError(`--limit names no host of env=${env.name}: ${unknownHosts.join(", ")} (its hosts: ${names.join(", ")})`);
  const unknownRoles = (request.roles ?? []).filter((r) => !(r in ROLES));
  if (unknownRoles.length) throw new UsageError(`--roles names unknown roles: ${unknownRoles.join(", ")} (roles: ${Object.keys(ROLES).join(", ")})`);
  const privateKeyFile = resolve(ctx.paths.root, env.ssh.privateKeyFile);
  if (!existsSync(privateKeyFile)) {
    throw new UsageError(
      `env=${env.name} logs in with ${env.ssh.privateKeyFile} (ssh.privateKeyFile), which does not exist: ` +
        `create it with \`ssh-keygen -t ed25519 -N '' -f ${env.ssh.privateKeyFile}\` (see keys.example/) or point ssh.privateKeyFile at your key`,
    );
  }

  const knownHostsFile = image?.knownHostsFile ?? knownHostsFileOf(ctx.paths, env.name);
  if (!image) ensureStateDir(ctx.paths, env.name);
  await ensurePackages(env, (line) => ctx.output.info(line));
  const targets = toTargetHosts(env, hosts, ctx.paths);
  if (!image) {
    const { awaitHosts } = await import("./readiness.js");
    const selected = targets.filter((t) => !request.limit || request.limit.includes(t.name));
    await awaitHosts(selected, {
      knownHostsFile,
      deadlineSeconds: readinessSeconds(env),
      say: (line) => ctx.output.info(line),
      envName: env.name,
      overrideField: "ssh.readyTimeoutSeconds",
    });
  }
  ctx.output.step(
    image
      ? `Provisioning the image build VM (${hosts.map((h) => `${h.address}:${h.sshPort}`).join(", ")}) with the image part of ${[...new Set(hosts.flatMap((h) => h.roles))].join(", ")}`
      : `Provisioning ${hosts.length} host(s) of ${env.name}${request.check ? " (check mode: nothing is changed)" : ""}`,
  );
  const live = image ? env : await withMetricsToken(await withBackupKey(withLocalAcme(env, stateDirOf(ctx.paths, env.name)), targets, knownHostsFile, stateDirOf(ctx.paths, env.name)), stateDirOf(ctx.paths, env.name));
  // The reporter prints file diffs, which can hold secrets: it writes through the same masking.
  const stream = maskedStream(ctx.output.json ? process.stderr : process.stdout);
  return provision(targets, {
    roles: image ? imageRoles(ROLES) : ROLES,
    // The local environment's hub gets its certificate from the pebble on the bridge (a live host's concern).
    vars: live,
    knownHostsFile,
    ...(request.check ? { check: true } : {}),
    ...(request.diff ? { diff: true } : {}),
    ...(request.limit ? { limit: request.limit } : {}),
    ...(request.roles ? { onlyRoles: request.roles } : {}),
    ...(request.failFast ? { failFast: true } : {}),
    reporter: defaultReporter({ check: request.check ?? false, diff: request.diff ?? false, stream }),
  });
};

/**
 * An sftp repository: the environment's backup key (made once under .state/<env>/backup/) and the repository
 * host's SSH key as the stack published it, or else as the readiness wait pinned it in known_hosts, added to
 * the Environment the roles see. The private key is registered as a secret, so that nothing prints it.
 */
export async function withBackupKey(env: Environment, targets: readonly TargetHost[], knownHostsFile: string, stateDir: string): Promise<Environment> {
  const targetName = backupTargetHost(env);
  if (!targetName) return env;
  const key = await ensureBackupKey(stateDir, env.baseName);
  registerSecrets([key.privateKey, key.privateKey.trim()]);
  const target = targets.find((t) => t.name === targetName);
  const pinned = target
    ? (target.hostKey ?? new KnownHosts(knownHostsFile).lookup(knownHostsName(target.address, target.port ?? 22)).map(publicKeyFromHostKey)[0])
    : undefined;
  return {
    ...env,
    secrets: [...env.secrets, key.privateKey],
    backupKey: { privateKey: key.privateKey, publicKey: key.publicKey, ...(pinned ? { targetHostKey: pinned } : {}) },
  };
}

/** A failed report becomes a RunError naming the hosts and how to retry. */
export function assertProvisioned(env: Environment, report: ProvisionReport): void {
  if (report.ok) return;
  const failed = report.hosts.filter((h) => h.status === "failed");
  throw new RunError(
    `provisioning failed on ${failed.map((h) => `${h.name}${h.error ? ` (${h.error.message})` : ""}`).join(", ")}; ` +
      `after fixing it, \`npm run provision -- env=${env.name}\` picks up where it stopped`,
  );
}

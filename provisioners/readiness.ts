/**
 * Before provisioning: wait until every host accepts SSH (through its jump host) and cloud-init has finished.
 *
 * A cloud guest takes 30–120 s to answer SSH after Terraform reports it created, a slow cloud minutes, and it
 * may answer before cloud-init has installed the login key or its packages; provisioning that starts then
 * fails (apply gave up after 17 s of EHOSTUNREACH on a real cloud) or races cloud-init's own apt. So each host
 * is tried with backoff up to a bound derived from the target, and `cloud-init status --wait` runs before the
 * first role. A host that is ready costs one connection and one round trip; nothing is printed for it unless
 * it made us wait.
 */
import { RunError } from "../environment/errors.js";
import { JumpPool, SshConnector, type SshOptions } from "./connectors/ssh.js";
import { ProvisionError } from "./engine/errors.js";
import { describeHost, type TargetHost } from "./engine/hosts.js";

export interface ReadinessOptions {
  readonly knownHostsFile: string;
  /** How long one host may take to accept SSH and finish cloud-init. */
  readonly deadlineSeconds: number;
  /** Where to say what is awaited (progress lines). */
  readonly say: (line: string) => void;
  /** The environment, for messages. */
  readonly envName: string;
  /** The inventory field that overrides the bound, for messages. */
  readonly overrideField: string;
}

export interface HostReadiness {
  readonly name: string;
  /** Seconds until SSH answered. */
  readonly sshSeconds: number;
  /** Seconds cloud-init still needed after that (0 when it had finished, or is not installed). */
  readonly cloudInitSeconds: number;
  /** cloud-init's verdict: done, not installed, or finished with errors (a warning, not a failure). */
  readonly cloudInit: "done" | "none" | "error";
}

/** Prints the result of `cloud-init status --wait` on its last line as `hs-cloud-init <code>`; its last words above. */
function cloudInitScript(seconds: number): string {
  return [
    "if ! command -v cloud-init >/dev/null 2>&1; then echo 'hs-cloud-init none'; exit 0; fi",
    // Finished without errors: cloud-init's own files say so, without starting its Python (seconds under TCG).
    `if [ -e /var/lib/cloud/instance/boot-finished ] && tr -d ' \\n' < /run/cloud-init/result.json 2>/dev/null | grep -q '"errors":\\[\\]'; then echo 'hs-cloud-init 0'; exit 0; fi`,
    `timeout ${Math.max(1, Math.round(seconds))} cloud-init status --wait >/dev/null 2>&1; hs_code=$?`,
    // 0 done; 2 done with recoverable errors (cloud-init ≥ 23.4); 1 an error; 124 our timeout.
    `if [ "$hs_code" != 0 ] && [ "$hs_code" != 124 ]; then cloud-init status --long 2>&1 | tail -n 8; fi`,
    `echo "hs-cloud-init $hs_code"`,
  ].join("\n");
}

export async function awaitHosts(hosts: readonly TargetHost[], o: ReadinessOptions): Promise<HostReadiness[]> {
  const started = Date.now();
  const announced = new Set<string>();
  const ssh: SshOptions = {
    knownHostsFile: o.knownHostsFile,
    connectDeadlineMs: o.deadlineSeconds * 1000,
    retryDelayMs: 2000,
    onRetry: (host, message, waited) => {
      // Once per host, then every minute or so: what is awaited, and why.
      const key = `${host.name}:${Math.floor(waited / 60)}`;
      if (announced.has(key)) return;
      announced.add(key);
      o.say(`waiting for ${host.name} (${describeHost(host)}) to accept SSH: ${shortReason(message)}; ${Math.round(waited)} s of up to ${o.deadlineSeconds} s`);
    },
  };
  const jumps = new JumpPool(ssh);
  try {
    return await Promise.all(hosts.map((host) => awaitHost(host, ssh, jumps, started, o)));
  } finally {
    await jumps.closeAll();
  }
}

async function awaitHost(host: TargetHost, ssh: SshOptions, jumps: JumpPool, started: number, o: ReadinessOptions): Promise<HostReadiness> {
  const connector = new SshConnector(host, ssh, jumps);
  try {
    await connector.connect();
  } catch (err) {
    if (err instanceof ProvisionError) {
      throw new RunError(
        `${host.name} of env=${o.envName} did not become reachable within ${o.deadlineSeconds} s: ${err.message} ` +
          `A slow cloud may need longer: set ${o.overrideField} in the inventory.`,
      );
    }
    throw err;
  }
  const sshSeconds = (Date.now() - started) / 1000;
  try {
    const left = o.deadlineSeconds - sshSeconds;
    const before = Date.now();
    const result = await connector.exec(cloudInitScript(left));
    const cloudInitSeconds = (Date.now() - before) / 1000;
    const lines = result.stdout.trimEnd().split("\n");
    const code = /^hs-cloud-init (\S+)$/.exec(lines.at(-1) ?? "")?.[1];
    if (result.code !== 0 || code === undefined) {
      throw new RunError(`could not ask cloud-init on ${host.name} of env=${o.envName} whether it finished (exit ${result.code}): ${(result.stderr || result.stdout).trim().slice(-400)}`);
    }
    if (code === "124") {
      throw new RunError(`cloud-init on ${host.name} of env=${o.envName} had not finished after ${o.deadlineSeconds} s; look at /var/log/cloud-init-output.log on the host, or allow longer with ${o.overrideField}`);
    }
    if (sshSeconds > 5 || cloudInitSeconds > 5) o.say(`${host.name} accepts SSH after ${Math.round(sshSeconds)} s${cloudInitSeconds > 1 ? `, cloud-init finished ${Math.round(cloudInitSeconds)} s later` : ""}`);
    if (code === "none") return { name: host.name, sshSeconds, cloudInitSeconds, cloudInit: "none" };
    if (code !== "0") {
      // Provisioning may still succeed (a module the image does not need failed): say so and go on.
      o.say(`warning: cloud-init on ${host.name} finished with errors (status ${code}); provisioning goes on:\n    ${lines.slice(0, -1).join("\n    ")}`);
      return { name: host.name, sshSeconds, cloudInitSeconds, cloudInit: "error" };
    }
    return { name: host.name, sshSeconds, cloudInitSeconds, cloudInit: "done" };
  } finally {
    await connector.close().catch(() => undefined);
  }
}

function shortReason(message: string): string {
  if (/ECONNREFUSED|Connection refused/.test(message)) return "connection refused (sshd not up yet)";
  if (/EHOSTUNREACH|ENETUNREACH|No route/.test(message)) return "no route to host (still booting)";
  if (/ETIMEDOUT|Timed out|timed out/.test(message)) return "timed out";
  if (/authentication methods failed/.test(message)) return "key not accepted yet (cloud-init installs it)";
  return message.split("\n")[0]!.slice(0, 120);
}

/**
 * The deploy key: the SSH key pair hubstack logs in with (ssh.privateKeyFile, default keys/id_ed25519).
 *
 * Machines that hubstack creates (local VMs, cloud instances) get its public half at first boot, so a
 * fresh clone needs no key of its own: the pair is made on first use, once, owner-only. Machines that
 * already exist (target: static) must have the key installed by their owner, so for them a missing key
 * stays an error (see provisioners/phase.ts).
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { execa } from "execa";
import type { Environment } from "./schema.js";
import { RunError } from "./errors.js";
import type { Output } from "./output.js";

export interface DeployKey {
  readonly privateKeyFile: string;
  /** `ssh-ed25519 AAAA… comment` */
  readonly publicKey: string;
}

export async function ensureDeployKey(env: Environment, projectRoot: string, output?: Output): Promise<DeployKey> {
  const privateKeyFile = resolve(projectRoot, env.ssh.privateKeyFile);
  const publicKeyFile = `${privateKeyFile}.pub`;
  try {
    if (!existsSync(privateKeyFile)) {
      await mkdir(dirname(privateKeyFile), { recursive: true, mode: 0o700 });
      // Made beside its final name and renamed, so that an interrupted run never leaves half a pair.
      const tmp = `${privateKeyFile}.tmp-${process.pid}`;
      await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hubstack-${env.baseName}`, "-f", tmp]);
      await rename(`${tmp}.pub`, publicKeyFile);
      await rename(tmp, privateKeyFile);
      output?.info(`created the deploy key ${env.ssh.privateKeyFile} (and .pub): machines of env=${env.name} will accept it`);
    } else if (!existsSync(publicKeyFile)) {
      const { stdout } = await execa("ssh-keygen", ["-y", "-f", privateKeyFile]);
      await writeFile(publicKeyFile, `${stdout.trim()}\n`, { mode: 0o644 });
    }
    await chmod(privateKeyFile, 0o600);
    return { privateKeyFile, publicKey: (await readFile(publicKeyFile, "utf8")).trim() };
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new RunError(
      `could not prepare the deploy key ${env.ssh.privateKeyFile} (ssh.privateKeyFile): ${detail}; ` +
        `create it with \`ssh-keygen -t ed25519 -N '' -f ${env.ssh.privateKeyFile}\` (ssh-keygen is in openssh-client)`,
    );
  }
}

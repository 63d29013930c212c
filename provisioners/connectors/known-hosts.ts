/**
 * Host keys pinned per environment, in OpenSSH known_hosts format (so `ssh -o UserKnownHostsFile=` and
 * `ssh-keygen -R` work on the same file). A key is either known in advance (the orchestrator generated
 * it when it created the machine) or recorded the first time it is seen; a different key afterwards is
 * refused, with the command that accepts it deliberately.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface HostKey {
  /** Key type as in the key blob: ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa. */
  readonly type: string;
  /** Base64 of the key blob. */
  readonly base64: string;
}

/** SHA256:… as `ssh-keygen -lf` prints it. */
export function fingerprint(key: HostKey): string {
  return `SHA256:${createHash("sha256").update(Buffer.from(key.base64, "base64")).digest("base64").replace(/=+$/, "")}`;
}

/** The type name inside an SSH public key blob (its first length-prefixed string). */
export function keyFromBlob(blob: Buffer): HostKey {
  const length = blob.readUInt32BE(0);
  return { type: blob.subarray(4, 4 + length).toString("latin1"), base64: blob.toString("base64") };
}

/** "ssh-ed25519 AAAA... comment" → HostKey. */
export function parsePublicKey(line: string): HostKey {
  const [type, base64] = line.trim().split(/\s+/);
  if (!type || !base64) throw new Error(`not an SSH public key: ${line.slice(0, 40)}`);
  return { type, base64 };
}

/** A HostKey as a public key line: `ssh-ed25519 AAAA…`. */
export function publicKeyFromHostKey(key: HostKey): string {
  return `${key.type} ${key.base64}`;
}

/** The name known_hosts uses: "addr" on port 22, "[addr]:port" otherwise. */
export function knownHostsName(address: string, port: number): string {
  return port === 22 ? address : `[${address}]:${port}`;
}

/** Host key algorithms to offer so that the server presents the key type we pinned. */
export function algorithmsFor(type: string): string[] {
  return type === "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"] : [type];
}

export class HostKeyChangedError extends Error {
  constructor(
    readonly hostLabel: string,
    readonly file: string,
    readonly entry: string,
    readonly known: HostKey,
    readonly offered: HostKey,
  ) {
    super(
      `the host key of ${hostLabel} changed: ${file} pins ${known.type} ${fingerprint(known)}, the server offered ${offered.type} ${fingerprint(offered)}. ` +
        `This is what a machine in the middle looks like, so nothing was sent. If the machine was rebuilt on purpose, ` +
        `remove the old key with: ssh-keygen -R '${entry}' -f ${file}  and run again.`,
    );
    this.name = "HostKeyChangedError";
  }
}

export class KnownHosts {
  constructor(readonly file: string) {}

  /** Keys pinned for `entry`, by type. */
  lookup(entry: string): HostKey[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, "utf8")
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#"))
      .map((line) => line.trim().split(/\s+/))
      .filter(([names]) => names!.split(",").includes(entry))
      .map(([, type, base64]) => ({ type: type!, base64: base64! }));
  }

  record(entry: string, key: HostKey, comment: string): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // One short append per key: atomic enough for hosts connecting in parallel within one process.
    appendFileSync(this.file, `${entry} ${key.type} ${key.base64} ${comment}\n`, { mode: 0o600 });
  }

  /**
   * Decides on a key the server offered: true when it matches the pin (or is recorded now as the first
   * one seen), a HostKeyChangedError when a different key of the same type is pinned.
   */
  verify(entry: string, offered: HostKey, hostLabel: string, comment: string): true | HostKeyChangedError {
    const known = this.lookup(entry);
    if (known.some((k) => k.type === offered.type && k.base64 === offered.base64)) return true;
    const sameType = known.find((k) => k.type === offered.type) ?? known[0];
    if (sameType) return new HostKeyChangedError(hostLabel, this.file, entry, sameType, offered);
    this.record(entry, offered, comment);
    return true;
  }

  /**
   * Pins a key known from the host's creation. It replaces an older key of the same type for that entry:
   * the orchestrator made this machine and knows its key, so a different recorded key belongs to a machine
   * that no longer exists at that address.
   */
  pin(entry: string, key: HostKey, comment: string): void {
    const known = this.lookup(entry);
    if (known.some((k) => k.type === key.type && k.base64 === key.base64)) return;
    if (known.some((k) => k.type === key.type)) {
      const kept = readFileSync(this.file, "utf8")
        .split("\n")
        .filter((line) => {
          const [names, type] = line.trim().split(/\s+/);
          return !(names?.split(",").includes(entry) && type === key.type);
        });
      writeFileSync(this.file, kept.join("\n"), { mode: 0o600 });
    }
    this.record(entry, key, comment);
  }
}

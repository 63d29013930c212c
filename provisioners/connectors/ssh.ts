/**
 * SSH to a host with node-ssh (ssh2): one connection per host for the whole run, reused by every
 * operation; through the bastion when the host has a jump host (the bastion connection is shared by all
 * hosts behind it); root through `sudo -n`, so a sudo that wants a password fails at once instead of
 * hanging; connect timeout, retries with backoff for network errors only, keepalive; host keys pinned in
 * a known_hosts file.
 */
import { readFileSync } from "node:fs";
import { NodeSSH, type Config } from "node-ssh";
import type { Connector, ExecResult } from "../engine/connector.js";
import { framedScript, shellInvocation } from "../engine/connector.js";
import { ProvisionError } from "../engine/errors.js";
import { describeHost, hostPort, type TargetHost } from "../engine/hosts.js";
import { HostKeyChangedError, KnownHosts, algorithmsFor, keyFromBlob, knownHostsName, parsePublicKey } from "./known-hosts.js";

export interface SshOptions {
  /** known_hosts file of the environment, e.g. ~/.local/state/hubstack/<env>/known_hosts. */
  readonly knownHostsFile: string;
  /** @default 20000 */
  readonly connectTimeoutMs?: number;
  /** Extra attempts after a network error (refused, timed out, unreachable). @default 3 */
  readonly connectRetries?: number;
  /** First backoff; doubles each attempt, up to 10 s. @default 1000 */
  readonly retryDelayMs?: number;
  /**
   * Keep retrying network errors until this long after the first attempt, however many retries that takes
   * (a guest that is still booting): the readiness wait after the infrastructure phase. Unset: connectRetries.
   */
  readonly connectDeadlineMs?: number;
  /**
   * ssh-agent's socket, used when the private key file is encrypted (a passphrase hubstack never asks for):
   * the agent holds the unlocked key. @default SSH_AUTH_SOCK
   */
  readonly agent?: string;
  /** Told before each retry, with the error and the seconds waited so far (progress for a long wait). */
  readonly onRetry?: (host: TargetHost, message: string, waitedSeconds: number) => void;
  /** @default 15000 */
  readonly keepaliveMs?: number;
}

/** Connections to jump hosts, shared by every host behind the same bastion. */
export class JumpPool {
  private readonly connections = new Map<string, Promise<NodeSSH>>();
  constructor(private readonly options: SshOptions) {}

  get(jump: TargetHost): Promise<NodeSSH> {
    let connection = this.connections.get(jump.name);
    if (!connection) {
      connection = openConnection(jump, this.options, this);
      this.connections.set(jump.name, connection);
    }
    return connection;
  }

  async closeAll(): Promise<void> {
    for (const c of this.connections.values()) (await c.catch(() => undefined))?.dispose();
    this.connections.clear();
  }
}

export class SshConnector implements Connector {
  roundTrips = 0;
  private ssh: NodeSSH | undefined;
  private readonly become: boolean;

  constructor(
    readonly host: TargetHost,
    private readonly options: SshOptions,
    private readonly jumps: JumpPool = new JumpPool(options),
  ) {
    this.become = host.user !== "root";
  }

  async connect(): Promise<void> {
    this.ssh = await openConnection(this.host, this.options, this.jumps);
  }

  async exec(script: string): Promise<ExecResult> {
    const ssh = this.connected();
    this.roundTrips += 1;
    try {
      const result = await ssh.execCommand(shellInvocation(this.become), { stdin: framedScript(script), noTrim: true });
      return { stdout: result.stdout, stderr: result.stderr, code: result.code ?? 255 };
    } catch (err) {
      throw new ProvisionError("unreachable", this.host.name, `the SSH connection to ${describeHost(this.host)} broke: ${(err as Error).message}. Check that the host is up and run again.`);
    }
  }

  async put(localFile: string, remotePath: string): Promise<void> {
    const ssh = this.connected();
    this.roundTrips += 1;
    // SFTP over the same connection (a second subsystem channel, no second login); mode 0600 because the
    // file may be a secret and sits in /tmp until root moves it into place.
    await ssh.putFile(localFile, remotePath, null, { mode: 0o600 });
  }

  async close(): Promise<void> {
    this.ssh?.dispose();
    this.ssh = undefined;
  }

  private connected(): NodeSSH {
    if (!this.ssh) throw new Error(`not connected to ${this.host.name}`);
    return this.ssh;
  }
}

// "Channel open failure": the jump host could not reach the target (yet): refused, timed out, no route.
const NETWORK_ERRORS = /ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|Timed out while waiting for handshake|EAI_AGAIN|Connection lost before handshake|Channel open failure/;
/** A booting cloud guest answers SSH before cloud-init has installed the login key. */
const KEY_NOT_YET = /All configured authentication methods failed/;
/** How long a refused key is taken for a guest still booting, in a readiness wait: a wrong key should not wait long. */
const KEY_GRACE_MS = 90_000;

async function openConnection(host: TargetHost, options: SshOptions, jumps: JumpPool): Promise<NodeSSH> {
  const retries = options.connectRetries ?? 3;
  const started = Date.now();
  const deadline = options.connectDeadlineMs === undefined ? undefined : started + options.connectDeadlineMs;
  let delay = options.retryDelayMs ?? 1000;
  // The grace for a login key not installed yet counts from its first refusal (sshd may answer late).
  let firstKeyRefusal: number | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return await connectOnce(host, options, jumps);
    } catch (err) {
      const message = String((err as Error).message ?? err);
      if (KEY_NOT_YET.test(message)) firstKeyRefusal ??= Date.now();
      const keyNotYet = deadline !== undefined && KEY_NOT_YET.test(message) && Date.now() - firstKeyRefusal! < KEY_GRACE_MS;
      const retryable = !(err instanceof ProvisionError) && (NETWORK_ERRORS.test(message) || keyNotYet);
      const exhausted = deadline === undefined ? attempt >= retries : Date.now() + delay > deadline;
      if (!retryable || exhausted) throw explainConnectError(err, host, options, attempt + 1);
      options.onRetry?.(host, message, (Date.now() - started) / 1000);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }
}

async function connectOnce(host: TargetHost, options: SshOptions, jumps: JumpPool): Promise<NodeSSH> {
  const knownHosts = new KnownHosts(options.knownHostsFile);
  const port = hostPort(host);
  const entry = knownHostsName(host.address, port);
  const comment = `hubstack:${host.name}`;
  if (host.hostKey) knownHosts.pin(entry, parsePublicKey(host.hostKey), comment);
  const pinnedTypes = knownHosts.lookup(entry).map((k) => k.type);

  let privateKey: string;
  try {
    privateKey = readFileSync(host.privateKeyFile, "utf8");
  } catch (err) {
    throw new ProvisionError("auth-failed", host.name, `cannot read the private key ${host.privateKeyFile}: ${(err as Error).message}`);
  }

  // An encrypted key is the agent's to use: hubstack never asks for a passphrase.
  const agent = options.agent ?? process.env.SSH_AUTH_SOCK;
  const encrypted = isEncryptedKey(privateKey);
  if (encrypted && !agent) {
    throw new ProvisionError(
      "auth-failed",
      host.name,
      `the private key ${host.privateKeyFile} is encrypted: load it into ssh-agent (\`eval "$(ssh-agent)"; ssh-add ${host.privateKeyFile}\`) and run again with SSH_AUTH_SOCK set`,
    );
  }
  let refused: HostKeyChangedError | undefined;
  const config: Config = {
    host: host.address,
    port,
    username: host.user,
    ...(encrypted ? { agent } : { privateKey }),
    readyTimeout: options.connectTimeoutMs ?? 20_000,
    keepaliveInterval: options.keepaliveMs ?? 15_000,
    keepaliveCountMax: 4,
    // Ask for the key type we pinned, so a host with several keys cannot hand us another, unpinned one.
    ...(pinnedTypes.length > 0 ? { algorithms: { serverHostKey: pinnedTypes.flatMap(algorithmsFor) as never } } : {}),
    hostVerifier: (blob: Buffer) => {
      const verdict = knownHosts.verify(entry, keyFromBlob(blob), `${host.name} (${entry})`, comment);
      if (verdict === true) return true;
      refused = verdict;
      return false;
    },
  };
  if (host.jumpHost) {
    const jump = await jumps.get(host.jumpHost);
    config.sock = (await jump.forwardOut("127.0.0.1", 0, host.address, port)) as never;
  }
  const ssh = new NodeSSH();
  try {
    await ssh.connect(config);
  } catch (err) {
    ssh.dispose();
    if (refused) throw new ProvisionError("host-key-changed", host.name, refused.message);
    throw err;
  }
  return ssh;
}

/**
 * Whether a private key file needs a passphrase: OpenSSH's format names its cipher ("none" when plain), PEM
 * says ENCRYPTED in its header.
 */
export function isEncryptedKey(text: string): boolean {
  if (/Proc-Type: 4,ENCRYPTED|BEGIN ENCRYPTED PRIVATE KEY/.test(text)) return true;
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text)?.[1];
  if (!body) return false;
  const bytes = Buffer.from(body.replace(/\s+/g, ""), "base64");
  const magic = "openssh-key-v1\0";
  if (bytes.subarray(0, magic.length).toString("latin1") !== magic) return false;
  const length = bytes.readUInt32BE(magic.length);
  return bytes.subarray(magic.length + 4, magic.length + 4 + length).toString("latin1") !== "none";
}

function explainConnectError(err: unknown, host: TargetHost, options: SshOptions, attempts: number): ProvisionError {
  if (err instanceof ProvisionError) return err;
  const message = String((err as Error)?.message ?? err);
  const where = describeHost(host);
  if (/All configured authentication methods failed/.test(message)) {
    return new ProvisionError(
      "auth-failed",
      host.name,
      `${where} refused the key ${host.privateKeyFile}. Check that its public half is in ~${host.user}/.ssh/authorized_keys on the host and that the user is right.`,
    );
  }
  if (/Cannot parse privateKey|Encrypted private OpenSSH key/.test(message)) {
    return new ProvisionError("auth-failed", host.name, `cannot use the private key ${host.privateKeyFile}: ${message} (hubstack needs an unencrypted key).`);
  }
  return new ProvisionError(
    "unreachable",
    host.name,
    `cannot reach ${where} after ${attempts} attempt${attempts > 1 ? "s" : ""} (${message}; connect timeout ${(options.connectTimeoutMs ?? 20_000) / 1000}s). ` +
      `Check that the machine is running, that the address and port are right${host.jumpHost ? ` and that ${host.jumpHost.name} can reach it` : ""}.`,
  );
}

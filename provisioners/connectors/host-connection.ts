/**
 * One SSH connection to a host for a few commands outside a provisioning run (the load test's readings of
 * the hub, the bastion's Prometheus), through the host's jump host when it has one, as provisioning reaches
 * it. One place opens and closes the connection and its jump: each reader only says what it runs.
 */
import type { TargetHost } from "../engine/hosts.js";
import { JumpPool, SshConnector } from "./ssh.js";

export interface HostConnection {
  readonly connector: SshConnector;
  /** Closes the connection and its jump host's. */
  close(): Promise<void>;
}

/** Opens the connection (one retry: a reader is not worth a long wait); the caller closes it. */
export async function openHostConnection(host: TargetHost, knownHostsFile: string): Promise<HostConnection> {
  const options = { knownHostsFile, connectRetries: 1 };
  const jumps = new JumpPool(options);
  const connector = new SshConnector(host, options, jumps);
  const close = async () => {
    await connector.close();
    await jumps.closeAll();
  };
  try {
    await connector.connect();
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
  return { connector, close };
}

/** Runs `use` on a connection to `host`, closed again whatever `use` does. */
export async function withHostConnection<T>(host: TargetHost, knownHostsFile: string, use: (connector: SshConnector) => Promise<T>): Promise<T> {
  const connection = await openHostConnection(host, knownHostsFile);
  try {
    return await use(connection.connector);
  } finally {
    await connection.close();
  }
}

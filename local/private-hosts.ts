/**
 * The cloud's shape on this machine: hosts "behind the bastion", whose SSH this machine cannot reach, as a
 * cloud's hosts without a floating IP sit on a private network that only the bastion reaches. An nft table of
 * the environment's own rejects this machine's connections to their port 22 (its output hook: the VMs' traffic
 * to each other on the bridge does not pass it), so provisioning, the readiness wait and the streamed transfers
 * must go through the bastion the way they do on OpenStack, and the local environment proves that path on
 * every run. Their other ports (the hub's HTTPS) stay reachable, as through a floating IP.
 *
 * Rejected with a TCP reset rather than dropped: a booting guest's closed port answers the same way, and a
 * mistaken direct connection fails at once instead of after a timeout.
 */
import { run, stderrLog, type Log } from "./util.js";

/** nft table (family inet) of an environment's private hosts. */
export function privateTableName(env: string): string {
  return `hs-${env}-private`.slice(0, 64);
}

export function privateRuleset(table: string, addresses: readonly string[]): string {
  return [
    // Declared, emptied and filled in one transaction: the same on the first run and on every later one.
    `table inet ${table}`,
    `delete table inet ${table}`,
    `table inet ${table} {`,
    `  chain output {`,
    `    type filter hook output priority 0; policy accept;`,
    `    ip daddr { ${addresses.join(", ")} } tcp dport 22 reject with tcp reset`,
    `  }`,
    `}`,
    ``,
  ].join("\n");
}

async function tableExists(table: string): Promise<boolean> {
  return (await run("nft", ["list", "table", "inet", table], { allowFailure: true })).exitCode === 0;
}

/** Makes the table match `addresses` (none: no table). Idempotent. */
export async function ensurePrivateHosts(env: string, addresses: readonly string[], log: Log = stderrLog): Promise<void> {
  const table = privateTableName(env);
  if (addresses.length === 0) return removePrivateHosts(env, log);
  await run("nft", ["-f", "-"], { input: privateRuleset(table, addresses) });
  log(`network: ${addresses.join(", ")} behind the bastion (this machine cannot reach their SSH; nft table inet ${table})`);
}

export async function removePrivateHosts(env: string, log: Log = stderrLog): Promise<void> {
  const table = privateTableName(env);
  if (!(await tableExists(table))) return;
  log(`network: removing nft table inet ${table}`);
  await run("nft", ["delete", "table", "inet", table], { allowFailure: true });
}

/**
 * The environment's private network: one Linux bridge with the host's address on it, one tap device per VM,
 * and (only when the host forwards packets) an nft table that keeps the VMs from being routed anywhere.
 *
 * The VMs get no default route and the host does no NAT: the only thing they reach outside the bridge is
 * apt-cacher-ng on the bridge address. Everything we create carries an interface alias
 * (`hubstack env=<env> ...`) and a name derived from the environment, so that teardown finds it even when the
 * state folder was lost.
 */
import { readFile } from "node:fs/promises";
import { run, sha256, stderrLog, type Log } from "./util.js";

// ---------------------------------------------------------------------------------------------------------
// Names

const IFNAMSIZ = 15; // longest Linux interface name

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** `hs-<env>` when that fits in an interface name, else `hs-<start of env>-<hash>` (still unique per env). */
export function bridgeName(env: string): string {
  const plain = `hs-${slug(env)}`;
  if (plain.length <= IFNAMSIZ && slug(env) === env) return plain;
  return `hs-${slug(env).slice(0, 6).replace(/-+$/, "")}-${sha256(env).slice(0, 5)}`;
}

/** Tap device of one VM: readable start of the VM name plus a hash of env and VM (unique per env and VM). */
export function tapName(env: string, vm: string): string {
  return `ht-${slug(vm).slice(0, 6).replace(/-+$/, "")}-${sha256(`${env}/${vm}`).slice(0, 4)}`;
}

/** nft table (family inet) used for the environment, if it needs one. */
export function nftTableName(env: string): string {
  return `hubstack_${env.replace(/[^A-Za-z0-9]/g, "_").slice(0, 40)}_${sha256(env).slice(0, 4)}`;
}

const aliasOf = (env: string, vm?: string) => (vm ? `hubstack env=${env} vm=${vm}` : `hubstack env=${env}`);

// ---------------------------------------------------------------------------------------------------------
// IPv4 arithmetic

export function ipToInt(ip: string): number {
  const parts = ip.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new Error(`not an IPv4 address: ${ip}`);
  }
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

export interface Cidr {
  network: number;
  prefix: number;
}

export function parseCidr(cidr: string): Cidr {
  const [ip, len] = cidr.includes("/") ? cidr.split("/") : [cidr, "32"];
  const prefix = Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) throw new Error(`bad prefix length in ${cidr}`);
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return { network: (ipToInt(ip!) & mask) >>> 0, prefix };
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  const prefix = Math.min(x.prefix, y.prefix);
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return ((x.network & mask) >>> 0) === ((y.network & mask) >>> 0);
}

/** The n-th address of a subnet (1 = the host's bridge address by convention). */
export function nthAddress(cidr: string, n: number): string {
  const { network, prefix } = parseCidr(cidr);
  if (n <= 0 || n >= 2 ** (32 - prefix) - 1) throw new Error(`${cidr} has no host number ${n}`);
  return intToIp(network + n);
}

export function addressInCidr(ip: string, cidr: string): boolean {
  return cidrsOverlap(`${ip}/32`, cidr);
}

// ---------------------------------------------------------------------------------------------------------
// What the host has

interface IpLink {
  ifname: string;
  ifalias?: string;
  master?: string;
  linkinfo?: { info_kind?: string };
}

async function links(): Promise<IpLink[]> {
  const { stdout } = await run("ip", ["-j", "-d", "link", "show"]);
  return JSON.parse(stdout || "[]") as IpLink[];
}

async function linkExists(name: string): Promise<boolean> {
  return (await run("ip", ["link", "show", "dev", name], { allowFailure: true })).exitCode === 0;
}

/** IPv4 routes and addresses of the host (all tables), except default routes: what a new subnet must not overlap. */
export async function hostNetworks(exceptDevice?: string): Promise<string[]> {
  const { stdout } = await run("ip", ["-j", "-4", "route", "show", "table", "all"]);
  const routes = JSON.parse(stdout || "[]") as { dst: string; dev?: string; type?: string }[];
  return routes
    .filter((r) => r.dst !== "default" && r.dev !== exceptDevice && (r.type ?? "unicast") !== "broadcast")
    .map((r) => (r.dst.includes("/") ? r.dst : `${r.dst}/32`));
}

/**
 * A /24 for the environment that overlaps none of the host's routes. Deterministic per environment (the same
 * env gets the same subnet on the same machine) and spread over 10.200–249.x so that parallel environments
 * rarely even try the same one; then 172.30.x and 192.168.200–254.x for hosts that route all of 10/8.
 */
export async function chooseSubnet(env: string, taken?: string[]): Promise<string> {
  const used = taken ?? (await hostNetworks());
  const h = Number.parseInt(sha256(env).slice(0, 8), 16);
  const candidates: string[] = [];
  for (let i = 0; i < 256; i++) candidates.push(`10.${200 + ((h + i) % 50)}.${((h >>> 8) + i) % 256}.0/24`);
  for (let i = 0; i < 256; i++) candidates.push(`172.30.${(h + i) % 256}.0/24`);
  for (let i = 0; i < 55; i++) candidates.push(`192.168.${200 + ((h + i) % 55)}.0/24`);
  const free = candidates.find((c) => !used.some((u) => cidrsOverlap(c, u)));
  if (!free) throw new Error("no free private /24 found for the local environment: pass a subnet (network.cidr)");
  return free;
}

async function ipForwarding(): Promise<boolean> {
  return (await readFile("/proc/sys/net/ipv4/ip_forward", "utf8").catch(() => "0")).trim() === "1";
}

// ---------------------------------------------------------------------------------------------------------
// Bridge

export interface NetworkSpec {
  env: string;
  /** Default: bridgeName(env). */
  bridge?: string;
  /** The subnet, e.g. 10.213.7.0/24. Default: chooseSubnet(env). */
  cidr?: string;
  /** Host number of the bridge's own address in the subnet (default 1). */
  hostNumber?: number;
  log?: Log;
}

export interface Network {
  env: string;
  bridge: string;
  cidr: string;
  prefix: number;
  /** The host's address on the bridge: apt-cacher-ng listens here. */
  hostAddress: string;
  /** The nft table we made (inet family), if the host needed one. */
  nftTable?: string;
}

async function bridgeAddress(bridge: string): Promise<{ address: string; prefix: number } | undefined> {
  const { stdout } = await run("ip", ["-j", "-4", "addr", "show", "dev", bridge]);
  const info = JSON.parse(stdout || "[]") as { addr_info?: { local: string; prefixlen: number }[] }[];
  const first = info[0]?.addr_info?.[0];
  return first ? { address: first.local, prefix: first.prefixlen } : undefined;
}

async function nftTableExists(table: string): Promise<boolean> {
  return (await run("nft", ["list", "table", "inet", table], { allowFailure: true })).exitCode === 0;
}

/**
 * The isolation table: nothing is forwarded between the bridge and any other interface (the VMs talk to each
 * other on the bridge and to the host's own addresses, nothing else), whatever the host's other rules say.
 */
export function nftRuleset(table: string, bridge: string): string {
  return [
    `table inet ${table} {`,
    `  chain forward {`,
    `    type filter hook forward priority -10; policy accept;`,
    `    iifname "${bridge}" oifname != "${bridge}" drop`,
    `    oifname "${bridge}" iifname != "${bridge}" drop`,
    `  }`,
    `}`,
    ``,
  ].join("\n");
}

/** Creates the bridge (or finds it, when it is already there: idempotent) and returns its description. */
export async function ensureNetwork(spec: NetworkSpec): Promise<Network> {
  const { env, log = stderrLog, hostNumber = 1 } = spec;
  const bridge = spec.bridge ?? bridgeName(env);
  if (bridge.length > IFNAMSIZ) throw new Error(`bridge name ${bridge} is longer than ${IFNAMSIZ} characters`);

  const existing = (await links()).find((l) => l.ifname === bridge);
  let network: Network;
  if (existing) {
    if (existing.ifalias !== aliasOf(env)) {
      throw new Error(`interface ${bridge} exists but is not hubstack's bridge for env=${env} (alias: ${existing.ifalias ?? "none"})`);
    }
    const addr = await bridgeAddress(bridge);
    if (!addr) throw new Error(`bridge ${bridge} has no IPv4 address: run down first`);
    const cidr = `${intToIp(parseCidr(`${addr.address}/${addr.prefix}`).network)}/${addr.prefix}`;
    if (spec.cidr && parseCidr(spec.cidr).network !== parseCidr(cidr).network) {
      throw new Error(`bridge ${bridge} already has subnet ${cidr}, not ${spec.cidr}: run down first`);
    }
    network = { env, bridge, cidr, prefix: addr.prefix, hostAddress: addr.address };
  } else {
    const taken = await hostNetworks();
    const cidr = spec.cidr ?? (await chooseSubnet(env, taken));
    const clash = taken.find((t) => cidrsOverlap(t, cidr));
    if (clash) throw new Error(`subnet ${cidr} for env=${env} overlaps the host's route ${clash}: choose another`);
    const { prefix } = parseCidr(cidr);
    const hostAddress = nthAddress(cidr, hostNumber);
    log(`network: bridge ${bridge} ${hostAddress}/${prefix}`);
    try {
      await run("ip", ["link", "add", "name", bridge, "type", "bridge"]);
    } catch (err) {
      // A parallel `vmctl up` made it between our look and our add: use theirs.
      if (await linkExists(bridge)) return ensureNetwork(spec);
      throw err;
    }
    await run("ip", ["link", "set", "dev", bridge, "alias", aliasOf(env)]);
    await run("ip", ["addr", "add", `${hostAddress}/${prefix}`, "dev", bridge]);
    await run("ip", ["link", "set", "dev", bridge, "up"]);
    network = { env, bridge, cidr, prefix, hostAddress };
  }

  // Isolation rules only when the host routes at all: without forwarding nothing leaves the bridge anyway.
  const table = nftTableName(env);
  if (await ipForwarding()) {
    if (!(await nftTableExists(table))) {
      log(`network: host forwards packets, adding nft table inet ${table} to keep the VMs on their bridge`);
      await run("nft", ["-f", "-"], { input: nftRuleset(table, bridge) });
    }
    network.nftTable = table;
  } else if (await nftTableExists(table)) {
    network.nftTable = table;
  }
  return network;
}

// ---------------------------------------------------------------------------------------------------------
// Taps

/** Creates (or finds) the VM's tap device, attached to the bridge and up. Returns its name. */
export async function ensureTap(network: Network, vm: string): Promise<string> {
  const tap = tapName(network.env, vm);
  if (!(await linkExists(tap))) {
    const made = await run("ip", ["tuntap", "add", "dev", tap, "mode", "tap", "vnet_hdr"], { allowFailure: true });
    if (made.exitCode !== 0 && !(await linkExists(tap))) {
      throw new Error(`could not create tap ${tap}: ${made.stderr.trim()}`);
    }
  }
  await run("ip", ["link", "set", "dev", tap, "alias", aliasOf(network.env, vm)]);
  await run("ip", ["link", "set", "dev", tap, "master", network.bridge]);
  await run("ip", ["link", "set", "dev", tap, "up"]);
  return tap;
}

export async function removeTap(tap: string): Promise<void> {
  if (await linkExists(tap)) await run("ip", ["link", "del", "dev", tap], { allowFailure: true });
}

/** Interfaces (bridge and taps) that belong to the environment, found by alias. */
export async function envInterfaces(env: string): Promise<{ bridges: string[]; taps: string[] }> {
  const all = await links();
  const mine = all.filter((l) => l.ifalias === aliasOf(env) || (l.ifalias ?? "").startsWith(`${aliasOf(env)} vm=`));
  return {
    bridges: mine.filter((l) => l.linkinfo?.info_kind === "bridge").map((l) => l.ifname),
    taps: mine.filter((l) => l.linkinfo?.info_kind !== "bridge").map((l) => l.ifname),
  };
}

/**
 * Removes everything network.ts made for the environment: taps, bridge, nft table. Safe to run again and when
 * nothing is there. Does not stop VMs: stop them first (their taps would only come back on restart).
 */
export async function teardownNetwork(env: string, options: { bridge?: string; log?: Log } = {}): Promise<void> {
  const { log = stderrLog } = options;
  const found = await envInterfaces(env);
  const bridges = new Set(found.bridges);
  if (options.bridge && (await linkExists(options.bridge))) {
    const link = (await links()).find((l) => l.ifname === options.bridge);
    if (link?.ifalias === aliasOf(env)) bridges.add(options.bridge);
  }
  for (const tap of found.taps) await removeTap(tap);
  for (const bridge of bridges) {
    log(`network: removing bridge ${bridge}`);
    await run("ip", ["link", "del", "dev", bridge], { allowFailure: true });
  }
  const table = nftTableName(env);
  if (await nftTableExists(table)) {
    log(`network: removing nft table inet ${table}`);
    await run("nft", ["delete", "table", "inet", table]);
  }
}

/**
 * A real ACME server for the local environment: Debian's pebble on the bridge address, with
 * pebble-challtestsrv as its DNS server (every name answers with the hub's address), so that the hub's
 * Caddy gets its certificate through a real HTTP-01 validation, as it would from Let's Encrypt, without
 * leaving the machine.
 *
 * Files, under `<stateDir>/acme/`:
 *   ca.pem, ca.key        a throwaway CA for pebble's own HTTPS (what Caddy's acme_ca_root trusts)
 *   pebble.pem, .key      pebble's HTTPS certificate for the bridge address
 *   pebble.json           pebble's configuration
 *   issuer-root.pem       the root pebble signs hub certificates with (what the health check trusts);
 *                         pebble makes a new one at every start, so it is fetched after each start
 *   pebble.pid, dns.pid, *.log
 */
import { spawn } from "node:child_process";
import { openSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import https from "node:https";
import { join } from "node:path";
import { waitForPort } from "./apt-cache.js";
import { killAndWait, livePid, pidAlive } from "./process.js";
import { pathExists, run, seconds, stderrLog, writeFileAtomic, type Log } from "./util.js";

export const PEBBLE_PORT = 14000;
export const PEBBLE_MANAGEMENT_PORT = 15000;
export const CHALLTESTSRV_DNS_PORT = 8053;
export const CHALLTESTSRV_MANAGEMENT_PORT = 8055;

export interface AcmeSpec {
  stateDir: string;
  /** The host's address on the bridge: pebble listens there only. */
  bindAddress: string;
  /** Where every name the hub asks a certificate for resolves (the hub VM). */
  hubAddress: string;
  log?: Log;
}

export interface AcmeServer {
  directoryUrl: string;
  /** PEM file of the CA of pebble's own HTTPS certificate. */
  caRootFile: string;
  /** PEM file of the root that signs the certificates pebble issues. */
  issuerRootFile: string;
}

export function acmeFiles(stateDir: string) {
  const dir = join(stateDir, "acme");
  return {
    dir,
    caKey: join(dir, "ca.key"),
    caPem: join(dir, "ca.pem"),
    key: join(dir, "pebble.key"),
    pem: join(dir, "pebble.pem"),
    config: join(dir, "pebble.json"),
    issuerRoot: join(dir, "issuer-root.pem"),
    pebblePid: join(dir, "pebble.pid"),
    dnsPid: join(dir, "dns.pid"),
  };
}

/** The CA and pebble's HTTPS certificate (valid for the bridge address), made once per state folder. */
async function ensureCertificates(f: ReturnType<typeof acmeFiles>, bindAddress: string): Promise<void> {
  if ((await pathExists(f.caPem)) && (await pathExists(f.pem))) return;
  await run("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3650",
    "-subj", "/CN=hubstack local ACME CA", "-keyout", f.caKey, "-out", f.caPem]);
  const csr = join(f.dir, "pebble.csr");
  await run("openssl", ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=pebble",
    "-keyout", f.key, "-out", csr]);
  const ext = join(f.dir, "pebble.ext");
  await writeFileAtomic(ext, `subjectAltName=IP:${bindAddress},DNS:localhost\nextendedKeyUsage=serverAuth\n`);
  await run("openssl", ["x509", "-req", "-in", csr, "-CA", f.caPem, "-CAkey", f.caKey, "-CAcreateserial", "-days", "3650",
    "-extfile", ext, "-out", f.pem]);
}

function startDetached(command: string, args: string[], logFile: string, env: Record<string, string> = {}): number {
  const out = openSync(logFile, "a");
  const child = spawn(command, args, { detached: true, stdio: ["ignore", out, out], env: { ...process.env, ...env } });
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  return child.pid;
}

/** GET over HTTPS trusting only our CA: pebble's management endpoint. */
function fetchPem(url: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, timeout: 10_000 }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${url} answered HTTP ${res.statusCode}`))));
      })
      .on("error", reject);
  });
}

/** Starts pebble and its DNS server unless they already run; idempotent. */
export async function ensureAcmeServer(spec: AcmeSpec): Promise<AcmeServer> {
  const log = spec.log ?? stderrLog;
  const f = acmeFiles(spec.stateDir);
  await mkdir(f.dir, { recursive: true, mode: 0o700 });
  await ensureCertificates(f, spec.bindAddress);
  const server: AcmeServer = {
    directoryUrl: `https://${spec.bindAddress}:${PEBBLE_PORT}/dir`,
    caRootFile: f.caPem,
    issuerRootFile: f.issuerRoot,
  };
  const started = Date.now();

  if ((await livePid(f.dnsPid, "pebble-challtestsrv")) === undefined) {
    // Only the DNS part: every A query answers the hub's address, and no AAAA (the bridge is IPv4 only).
    const pid = startDetached("pebble-challtestsrv", [
      "-defaultIPv4", spec.hubAddress, "-defaultIPv6", "",
      "-dns01", `${spec.bindAddress}:${CHALLTESTSRV_DNS_PORT}`,
      "-management", `${spec.bindAddress}:${CHALLTESTSRV_MANAGEMENT_PORT}`,
      "-http01", "", "-https01", "", "-tlsalpn01", "",
    ], join(f.dir, "dns.log"));
    await writeFileAtomic(f.dnsPid, `${pid}\n`);
  }

  if ((await livePid(f.pebblePid, f.config)) === undefined) {
    await writeFileAtomic(f.config, JSON.stringify({
      pebble: {
        listenAddress: `${spec.bindAddress}:${PEBBLE_PORT}`,
        managementListenAddress: `${spec.bindAddress}:${PEBBLE_MANAGEMENT_PORT}`,
        certificate: f.pem,
        privateKey: f.key,
        httpPort: 80,
        tlsPort: 443,
        ocspResponderURL: "",
        externalAccountBindingRequired: false,
      },
    }, null, 2));
    // No artificial delays and no randomly refused nonces: those exist to harden clients, not to test a hub.
    const pid = startDetached("pebble", ["-config", f.config, "-dnsserver", `${spec.bindAddress}:${CHALLTESTSRV_DNS_PORT}`],
      join(f.dir, "pebble.log"), { PEBBLE_VA_NOSLEEP: "1", PEBBLE_WFE_NONCEREJECT: "0" });
    await writeFileAtomic(f.pebblePid, `${pid}\n`);
    await waitForPort(spec.bindAddress, PEBBLE_PORT, 20_000, () => pidAlive(pid));
    await waitForPort(spec.bindAddress, PEBBLE_MANAGEMENT_PORT, 20_000, () => pidAlive(pid));
    log(`pebble: ACME directory ${server.directoryUrl} (pid ${pid}) in ${seconds(started)} s`);
  }
  // A new pebble has a new issuing root: fetch it every time so that the file never goes stale.
  const ca = await readFile(f.caPem, "utf8");
  await writeFileAtomic(f.issuerRoot, await fetchPem(`https://${spec.bindAddress}:${PEBBLE_MANAGEMENT_PORT}/roots/0`, ca));
  return server;
}

export async function stopAcmeServer(stateDir: string, log: Log = stderrLog): Promise<void> {
  const f = acmeFiles(stateDir);
  for (const [pidFile, marker] of [[f.pebblePid, f.config], [f.dnsPid, "pebble-challtestsrv"]] as const) {
    const pid = await livePid(pidFile, marker);
    if (pid !== undefined) {
      log(`${pidFile === f.dnsPid ? "pebble-challtestsrv" : "pebble"}: stopping (pid ${pid})`);
      await killAndWait(pid, 5000);
    }
  }
  await rm(f.dir, { recursive: true, force: true });
}

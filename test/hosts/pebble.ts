/**
 * A real ACME server for the test bed: Debian's pebble on this machine, listening on the VMs' bridge, with
 * its own HTTPS certificate signed by a throwaway CA (what the hub's Caddy is told to trust through
 * hub.tls.acmeCaRoot), and pebble-challtestsrv as its DNS server, answering every name with the hub's
 * address. Validation is real: pebble's validation authority fetches the HTTP-01 (or TLS-ALPN-01)
 * response from the hub's Caddy on ports 80/443, through the hub's firewall.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import https from "node:https";
import { join } from "node:path";

export interface Pebble {
  /** The ACME directory URL (hub.tls.acmeDirectory). */
  readonly directory: string;
  /** PEM file of the CA that signed pebble's own HTTPS certificate (hub.tls.acmeCaRoot). */
  readonly caFile: string;
  /** Pebble's issuing root, which the certificates it issues chain to (random per start). */
  issuingRoot(): Promise<string>;
  stop(): void;
}

/** Starts pebble on `address` (the bridge's host address), resolving every name to `hubAddress`. */
export function startPebble(dir: string, address: string, hubAddress: string): Pebble {
  mkdirSync(dir, { recursive: true });
  const run = (cmd: string) => execFileSync("sh", ["-c", cmd], { cwd: dir, stdio: "pipe" });
  run(`openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=hubstack-pebble-test-ca 2>/dev/null \
    && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout srv.key -out srv.csr -subj /CN=pebble 2>/dev/null \
    && printf 'subjectAltName=IP:${address},DNS:localhost\\n' > ext \
    && openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out srv.pem -days 2 -extfile ext 2>/dev/null`);
  const ports = { acme: 14000, mgmt: 15000, dns: 8053 };
  writeFileSync(
    join(dir, "pebble.json"),
    JSON.stringify({
      pebble: {
        listenAddress: `${address}:${ports.acme}`,
        managementListenAddress: `${address}:${ports.mgmt}`,
        certificate: join(dir, "srv.pem"),
        privateKey: join(dir, "srv.key"),
        httpPort: 80,
        tlsPort: 443,
        ocspResponderURL: "",
        externalAccountBindingRequired: false,
      },
    }),
  );
  const children: ChildProcess[] = [];
  const logTo = (name: string) => {
    const file = join(dir, `${name}.log`);
    writeFileSync(file, "");
    return file;
  };
  const start = (cmd: string, args: string[], env: Record<string, string> = {}) => {
    const log = logTo(cmd);
    const child = spawn("sh", ["-c", `exec "$0" "$@" >>'${log}' 2>&1`, cmd, ...args], { env: { ...process.env, ...env }, stdio: "ignore" });
    children.push(child);
  };
  // DNS only: every A query gets the hub's address; the other challenge servers are off.
  start("pebble-challtestsrv", ["-defaultIPv4", hubAddress, "-defaultIPv6", "", "-dns01", `127.0.0.1:${ports.dns}`, "-http01", "", "-https01", "", "-tlsalpn01", "", "-management", "127.0.0.1:8055"]);
  start("pebble", ["-config", join(dir, "pebble.json"), "-dnsserver", `127.0.0.1:${ports.dns}`], { PEBBLE_VA_NOSLEEP: "1", PEBBLE_WFE_NONCEREJECT: "0" });
  const ca = readFileSync(join(dir, "ca.pem"));
  return {
    directory: `https://${address}:${ports.acme}/dir`,
    caFile: join(dir, "ca.pem"),
    issuingRoot: () =>
      new Promise((resolve, reject) => {
        https
          .get({ host: address, port: ports.mgmt, path: "/roots/0", ca }, (res) => {
            let body = "";
            res.on("data", (d) => (body += d));
            res.on("end", () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`pebble /roots/0: ${res.statusCode}`))));
          })
          .on("error", reject);
      }),
    stop: () => {
      for (const c of children) c.kill("SIGTERM");
    },
  };
}

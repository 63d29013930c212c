/**
 * A TLS front door for the test hub, as in production: Caddy terminating HTTPS and proxying (websockets
 * included) to the hub's configurable-http-proxy. The certificate comes from a throwaway CA made here with
 * openssl, standing in for pebble's root: the health check must trust it only when given the CA file.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { freePort } from "./hub.js";

export interface FrontDoor {
  /** https://127.0.0.1:PORT */
  url: string;
  /** PEM file of the CA that issued the front door's certificate. */
  caFile: string;
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** A CA and a server certificate for 127.0.0.1 signed by it (EC keys: fast to make). */
async function makeCertificates(dir: string): Promise<{ caFile: string; certFile: string; keyFile: string }> {
  const p = (f: string) => join(dir, f);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await execa("openssl", ["req", "-x509", ...ec, "-keyout", p("ca.key"), "-out", p("ca.pem"), "-days", "2", "-subj", "/CN=hubstack test CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  await execa("openssl", ["req", ...ec, "-keyout", p("server.key"), "-out", p("server.csr"), "-subj", "/CN=127.0.0.1"]);
  await writeFile(p("server.ext"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
  await execa("openssl", ["x509", "-req", "-in", p("server.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"), "-CAcreateserial",
    "-out", p("server.pem"), "-days", "2", "-extfile", p("server.ext")]);
  return { caFile: p("ca.pem"), certFile: p("server.pem"), keyFile: p("server.key") };
}

/** Starts Caddy on a free loopback port in front of `upstream` (host:port) and waits until it listens. */
export async function startFrontDoor(upstream: string): Promise<FrontDoor> {
  const dir = await mkdtemp(join(tmpdir(), "hubstack-caddy-"));
  const { caFile, certFile, keyFile } = await makeCertificates(dir);
  const port = await freePort();
  // admin off and no automatic redirects: nothing but this one port is opened.
  const caddyfile = `{
\tadmin off
\tauto_https disable_redirects
}
https://127.0.0.1:${port} {
\ttls ${certFile} ${keyFile}
\treverse_proxy ${upstream}
}
`;
  await writeFile(join(dir, "Caddyfile"), caddyfile);
  const logFile = join(dir, "caddy.log");
  const out = openSync(logFile, "a");
  const child = spawn("caddy", ["run", "--config", join(dir, "Caddyfile"), "--adapter", "caddyfile"], {
    cwd: dir,
    // Caddy's state (and any CA of its own) stays in the temporary directory, not in root's home.
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, XDG_DATA_HOME: join(dir, "data"), XDG_CONFIG_HOME: join(dir, "config") },
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  let exitCode: number | null | undefined;
  child.once("exit", (code) => (exitCode = code));

  const log = () => readFile(logFile, "utf8").catch(() => "");
  const stop = async () => {
    if (exitCode === undefined && child.pid !== undefined) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20_000;
  while (!(await listening(port))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      const text = await log();
      await stop();
      throw new Error(`caddy did not start on port ${port} (exit ${exitCode ?? "none"}):\n${text.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `https://127.0.0.1:${port}`, caFile, log, stop };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

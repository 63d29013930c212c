/**
 * The Caddyfile: adapted and validated by Debian's caddy, then served for real. Caddy gets its
 * certificate from Debian's pebble (a real ACME server, trusted through acme_ca_root as on the test
 * bed), redirects HTTP to HTTPS, and proxies requests and a websocket to a stand-in for
 * configurable-http-proxy. Only the ports (and the upstream's) differ from what the hub gets.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { connect as netConnect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { caddyfileVars, legoEnvVars, proxyTlsFiles, type CaddyfileVars } from "../../provisioners/roles/proxy-tls/template-vars.js";
import { renderTemplate } from "../../templates/index.js";
import { load, run, sh, variant } from "./helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "hubstack-caddy-"));
const processes: ChildProcess[] = [];
afterAll(() => {
  for (const p of processes) if (p.pid && p.exitCode === null) p.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
});

function caddy(args: string[], file: string) {
  return run("caddy", [...args, "--adapter", "caddyfile", "--config", file], { env: { HOME: scratch, XDG_DATA_HOME: scratch, XDG_CONFIG_HOME: scratch } });
}

/** A CA and a certificate for 127.0.0.1/localhost signed by it (pebble's own HTTPS; what acme_ca_root trusts). */
function makeCa(dir: string): { ca: string; cert: string; key: string } {
  sh(`cd '${dir}' && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=hubstack-test-ca 2>/dev/null \
    && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout srv.key -out srv.csr -subj /CN=localhost 2>/dev/null \
    && printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > ext \
    && openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out srv.pem -days 2 -extfile ext 2>/dev/null`);
  return { ca: join(dir, "ca.pem"), cert: join(dir, "srv.pem"), key: join(dir, "srv.key") };
}

async function freePort(): Promise<number> {
  const srv = http.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe("Caddyfile", () => {
  it("local: Caddy adapts it; the hub's name, the ACME directory and CA root, the email, the upstream", () => {
    const env = variant("local", (e) => {
      e.hub.tls.acmeDirectory = "https://10.70.0.1:14000/dir";
      e.hub.tls.acmeCaRoot = "keys/pebble-ca.pem";
      e.hub.tls.email = "ops@example.org";
    });
    const { caddyfile: file } = proxyTlsFiles(env);
    expect(file.dest).toBe("/etc/caddy/Caddyfile");
    const path = join(mkdtempSync(join(scratch, "adapt-")), "Caddyfile");
    writeFileSync(path, renderManagedFile(file));
    const r = caddy(["adapt"], path);
    expect(r.status, r.out).toBe(0);
    expect(r.stderr).not.toMatch(/WARN/);
    const json = JSON.parse(r.stdout);
    const server = Object.values(json.apps.http.servers as Record<string, { listen: string[]; routes: unknown[] }>)[0]!;
    expect(server.listen).toEqual([":443"]);
    const route = JSON.stringify(server.routes);
    expect(route).toContain('"host":["hub.local.hubstack.test"]');
    expect(route).toContain('"dial":"127.0.0.1:8000"');
    expect(route).toContain('"flush_interval":-1');
    expect(route).toContain("Strict-Transport-Security");
    const issuer = json.apps.tls.automation.policies[0].issuers[0];
    expect(issuer).toMatchObject({ module: "acme", ca: "https://10.70.0.1:14000/dir", email: "ops@example.org", trusted_roots_pem_files: ["/etc/caddy/acme-ca-root.pem"] });
  });

  it("hub-prod: Let's Encrypt by default, no private CA root", () => {
    const text = renderManagedFile(proxyTlsFiles(load("hub-prod")).caddyfile);
    expect(text).toMatch(/^\tacme_ca https:\/\/acme-v02\.api\.letsencrypt\.org\/directory$/m);
    expect(text).not.toMatch(/acme_ca_root/);
    expect(text).toMatch(/^hub\.hub\.example\.org \{$/m);
  });

  it("dns-01: lego obtains the certificate through Designate; Caddy serves the files; the credential stays in a 0600 file", () => {
    const env = variant("hub-dev", (e) => {
      e.hub.tls.challenge = "dns-01";
      e.hub.tls.designate = { authUrl: "https://keystone.example.org/v3", applicationCredentialId: "app-id", applicationCredentialSecret: "app-s3cret", regionName: "RegionOne" };
    });
    const files = proxyTlsFiles(env);
    expect(Object.values(files).map((f) => [f.dest, f.mode.toString(8)])).toEqual([
      ["/etc/caddy/Caddyfile", "644"],
      ["/etc/hubstack/lego.env", "600"],
      ["/etc/systemd/system/hubstack-lego.service", "644"],
      ["/etc/systemd/system/hubstack-lego.timer", "644"],
    ]);
    const caddyfile = renderManagedFile(files.caddyfile);
    expect(caddyfile).toMatch(/^\ttls \/etc\/caddy\/tls\/hub\.dev\.hub\.example\.org\.crt \/etc\/caddy\/tls\/hub\.dev\.hub\.example\.org\.key$/m);
    for (const f of Object.values(files).filter((x) => !x.secret)) expect(renderManagedFile(f)).not.toContain("app-s3cret");
    expect(legoEnvVars(env).entries).toContainEqual({ name: "OS_APPLICATION_CREDENTIAL_SECRET", value: "app-s3cret" });

    // The units, verified by systemd; lego's command line as lego would get it.
    const dir = mkdtempSync(join(scratch, "lego-"));
    for (const f of [files.legoService!, files.legoTimer!]) {
      const path = join(dir, f.dest.split("/").pop()!);
      writeFileSync(path, renderManagedFile(f));
    }
    const envPath = join(dir, "lego.env");
    writeFileSync(envPath, renderManagedFile(files.legoEnv!));
    const service = readFileSync(join(dir, "hubstack-lego.service"), "utf8").replace("EnvironmentFile=/etc/hubstack/lego.env", `EnvironmentFile=${envPath}`);
    writeFileSync(join(dir, "hubstack-lego.service"), service);
    for (const unit of ["hubstack-lego.service", "hubstack-lego.timer"]) {
      const r = run("systemd-analyze", ["verify", "--man=no", join(dir, unit)]);
      expect(r.status, r.out).toBe(0);
      expect(r.out.split("\n").filter((l) => l.includes(dir)).join("\n"), unit).toBe("");
    }
    // Run the ExecStart's shell as systemd would (after $$ -> $), with lego replaced by echo.
    const exec = /^ExecStart=\/bin\/sh -c '(.*)' lego (.*)$/m.exec(service)!;
    const script = exec[1]!.replaceAll("$$", "$").replace("exec /usr/bin/lego", "echo lego");
    const r = run("sh", ["-c", script, "lego", ...exec[2]!.split(" ")]);
    expect(r.stdout.trim()).toBe(
      "lego --accept-tos --path /var/lib/hubstack-lego --domains hub.dev.hub.example.org --server https://acme-v02.api.letsencrypt.org/directory --email ops@example.org --dns designate run",
    );
  });

  describe("served for real, with a certificate from pebble", () => {
    let vars: CaddyfileVars;
    let ports: { http: number; https: number; acme: number; mgmt: number };
    let upstreamHits = 0;
    let pebbleRoot = "";
    let adminSocket = "";
    let caddyfilePath = "";

    beforeAll(async () => {
      const dir = mkdtempSync(join(scratch, "live-"));
      const tls = makeCa(dir);
      ports = { http: await freePort(), https: await freePort(), acme: await freePort(), mgmt: await freePort() };

      // configurable-http-proxy's stand-in: answers requests and echoes websocket frames back.
      const upstream = http.createServer((req, res) => {
        upstreamHits++;
        res.setHeader("content-type", "text/plain");
        res.end(`upstream saw ${req.method} ${req.url} host=${req.headers.host} proto=${req.headers["x-forwarded-proto"]}`);
      });
      upstream.on("upgrade", (req, socket) => {
        socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        socket.on("data", (d) => socket.write(d));
      });
      await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
      afterAll(() => upstream.close());

      writeFileSync(
        join(dir, "pebble.json"),
        JSON.stringify({
          pebble: {
            listenAddress: `127.0.0.1:${ports.acme}`,
            managementListenAddress: `127.0.0.1:${ports.mgmt}`,
            certificate: tls.cert,
            privateKey: tls.key,
            httpPort: ports.http,
            tlsPort: ports.https,
            ocspResponderURL: "",
            externalAccountBindingRequired: false,
          },
        }),
      );
      // No DNS for the hub's name here: pebble's validation authority is told to accept (the challenge path is Caddy's own code).
      const pebble = spawn("pebble", ["-config", join(dir, "pebble.json")], {
        env: { ...process.env, PEBBLE_VA_ALWAYS_VALID: "1", PEBBLE_VA_NOSLEEP: "1", PEBBLE_WFE_NONCEREJECT: "0" },
        stdio: "ignore",
      });
      processes.push(pebble);

      const env = variant("local", (e) => (e.hub.tls.email = "ops@example.org"));
      vars = {
        ...caddyfileVars(env),
        acmeCa: `https://127.0.0.1:${ports.acme}/dir`,
        acmeCaRoot: tls.ca,
        upstream: `127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      };
      // The test's only changes to the rendered file: its ports, its own storage, its admin socket's folder.
      // As on the hub: in a folder only Caddy's user (here root) can enter.
      const caddyHome = join(dir, "caddy-home");
      mkdirSync(caddyHome, { mode: 0o700 });
      adminSocket = join(caddyHome, "admin.sock");
      const text = renderTemplate("proxy-tls/Caddyfile.hbs", { ...vars, adminSocket }).replace(/^\{$/m, `{\n\thttp_port ${ports.http}\n\thttps_port ${ports.https}\n\tstorage file_system ${join(dir, "caddy-data")}\n\tskip_install_trust`);
      const caddyfile = join(dir, "Caddyfile");
      caddyfilePath = caddyfile;
      writeFileSync(caddyfile, text);
      const valid = caddy(["validate"], caddyfile);
      expect(valid.status, valid.out).toBe(0);
      const server = spawn("caddy", ["run", "--adapter", "caddyfile", "--config", caddyfile], { env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir }, stdio: "ignore" });
      processes.push(server);

      // Wait for the certificate: pebble's issuing root (random per run) must verify what Caddy serves.
      const deadline = Date.now() + 90_000;
      for (;;) {
        try {
          pebbleRoot = await get(`https://127.0.0.1:${ports.mgmt}/roots/0`, { ca: readFileSync(tls.ca) }).then((r) => r.body);
          const r = await get(`https://127.0.0.1:${ports.https}/`, { ca: pebbleRoot, servername: vars.hubHostname, host: vars.hubHostname });
          if (r.status === 200) break;
        } catch (err) {
          if (Date.now() > deadline) throw err;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }, 120_000);

    function get(url: string, opts: { ca?: string | Buffer; servername?: string; host?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; issuer?: string }> {
      const u = new URL(url);
      const mod = u.protocol === "https:" ? https : http;
      return new Promise((resolve, reject) => {
        const req = mod.request(
          { hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: opts.host ? { host: opts.host } : {}, ca: opts.ca, servername: opts.servername, agent: false },
          (res) => {
            let body = "";
            res.on("data", (d) => (body += d));
            res.on("end", () => {
              const cert = (res.socket as TLSSocket).getPeerCertificate?.();
              resolve({ status: res.statusCode!, headers: res.headers, body, issuer: cert?.issuer?.CN as string | undefined });
            });
          },
        );
        req.on("error", reject);
        req.end();
      });
    }

    it("serves the hub over HTTPS with pebble's certificate, proxied to the upstream", async () => {
      const r = await get(`https://127.0.0.1:${ports.https}/hub/login?next=x`, { ca: pebbleRoot, servername: vars.hubHostname, host: vars.hubHostname });
      expect(r.status).toBe(200);
      expect(r.issuer).toMatch(/Pebble/);
      expect(r.body).toBe(`upstream saw GET /hub/login?next=x host=${vars.hubHostname} proto=https`);
      expect(r.headers["strict-transport-security"]).toBe("max-age=31536000");
    });

    it("redirects HTTP to HTTPS", async () => {
      const hits = upstreamHits;
      const r = await get(`http://127.0.0.1:${ports.http}/hub/home`, { host: vars.hubHostname });
      expect(r.status).toBe(308);
      // On the hub, HTTPS is 443 and the location carries no port; Caddy may add the test's own.
      expect(r.headers.location).toMatch(new RegExp(`^https://${vars.hubHostname.replaceAll(".", "\\.")}(:${ports.https})?/hub/home$`));
      expect(upstreamHits).toBe(hits);
    });

    it("passes a websocket through both ways", async () => {
      const echoed = await new Promise<string>((resolve, reject) => {
        const req = https.request({
          hostname: "127.0.0.1",
          port: ports.https,
          path: "/user/alice/api/kernels/1/channels",
          ca: pebbleRoot,
          servername: vars.hubHostname,
          agent: false,
          headers: { host: vars.hubHostname, connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" },
        });
        req.on("upgrade", (res, socket) => {
          expect(res.statusCode).toBe(101);
          socket.once("data", (d) => {
            resolve(d.toString());
            socket.destroy();
          });
          socket.write("kernel frame");
        });
        req.on("response", (res) => reject(new Error(`no upgrade: ${res.statusCode}`)));
        req.on("error", reject);
        req.end();
      });
      expect(echoed).toBe("kernel frame");
    });

    it("keeps its admin API off TCP: on a socket only its owner can open, which `caddy reload` finds in the Caddyfile", async () => {
      // Nothing on Caddy's default admin address.
      const tcp = await new Promise<string>((resolve) => {
        const socket = netConnect({ host: "127.0.0.1", port: 2019 });
        socket.on("connect", () => (socket.destroy(), resolve("open")));
        socket.on("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? "error"));
      });
      expect(tcp).toBe("ECONNREFUSED");
      expect(statSync(adminSocket).isSocket()).toBe(true);
      // Whatever the socket's own mode, nobody but its owner can reach it through its folder.
      expect(statSync(dirname(adminSocket)).mode & 0o077).toBe(0);
      // Caddy's admin API on a Unix socket takes an empty Host header.
      const nobody = run("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "curl", "-sf", "-H", "Host: ", "--unix-socket", adminSocket, "http://x/config/"]);
      expect(nobody.status).not.toBe(0);
      const asOwner = run("curl", ["-sf", "-H", "Host: ", "--unix-socket", adminSocket, "http://x/config/"]);
      expect(asOwner.status, asOwner.out).toBe(0);
      expect(asOwner.stdout).toContain(vars.hubHostname);
      const reload = run("caddy", ["reload", "--adapter", "caddyfile", "--config", caddyfilePath], { env: { ...process.env, HOME: dirname(adminSocket) } });
      expect(reload.status, reload.out).toBe(0);
      expect(renderTemplate("proxy-tls/Caddyfile.hbs", caddyfileVars(load("local")))).toMatch(/^\tadmin unix\/\/var\/lib\/caddy\/admin\.sock$/m);
    });
  });
});

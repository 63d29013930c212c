/**
 * The local environment's ACME server for real: Debian's pebble and pebble-challtestsrv, on a loopback
 * address of their own (127.0.0.2, so nothing else on 127.0.0.1 is disturbed).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acmeFiles, ensureAcmeServer, stopAcmeServer, type AcmeServer } from "../../local/acme.js";
import { livePid } from "../../local/process.js";

const stateDir = mkdtempSync(join(tmpdir(), "hubstack-acme-"));
const spec = { stateDir, bindAddress: "127.0.0.2", hubAddress: "127.0.0.3", log: () => {} };

function get(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

describe("pebble for the local environment", () => {
  let server: AcmeServer;
  beforeAll(async () => {
    if (!existsSync("/usr/bin/pebble")) execFileSync("apt-get", ["install", "-y", "-qq", "pebble"], { stdio: "ignore" });
    server = await ensureAcmeServer(spec);
  }, 120_000);
  afterAll(() => stopAcmeServer(stateDir, () => {}));

  it("serves an ACME directory over HTTPS that our CA vouches for", async () => {
    const { status, body } = await get(server.directoryUrl, readFileSync(server.caRootFile, "utf8"));
    expect(status).toBe(200);
    expect(JSON.parse(body)).toHaveProperty("newOrder");
  });

  it("hands out the root it issues with", () => {
    expect(readFileSync(server.issuerRootFile, "utf8")).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it("answers every name with the hub's address in its DNS", () => {
    const answer = execFileSync("python3", ["-c", `
import socket, struct
q = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + b"".join(bytes([len(p)]) + p.encode() for p in "hub.local.hubstack.test".split(".")) + b"\\0" + struct.pack(">HH", 1, 1)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(5); s.sendto(q, ("127.0.0.2", 8053))
r = s.recv(512); i = len(q)
# the first answer: its name (labels or a pointer), then type, class, ttl, length, and the address
while r[i] and r[i] < 0xc0: i += r[i] + 1
i += 2 if r[i] >= 0xc0 else 1
rdlen = struct.unpack(">H", r[i+8:i+10])[0]; print(".".join(str(b) for b in r[i+10:i+10+rdlen]))
`]).toString().trim();
    expect(answer).toBe("127.0.0.3");
  });

  it("is idempotent, and stopping leaves no process or file", async () => {
    const f = acmeFiles(stateDir);
    const pid = await livePid(f.pebblePid, f.config);
    await ensureAcmeServer(spec);
    expect(await livePid(f.pebblePid, f.config)).toBe(pid);
    await stopAcmeServer(stateDir, () => {});
    expect(await livePid(f.pebblePid, f.config)).toBeUndefined();
    expect(existsSync(f.dir)).toBe(false);
  });
});

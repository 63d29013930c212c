/**
 * configurable-http-proxy as the hub gets it: the tree `npm ci` installed from locks/proxy into this machine's
 * package cache, unpacked from its archive and run, with a route added through its REST API and a request
 * proxied to a server behind it (the end-to-end run does the same on the hub, with Debian's nodejs).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureNodeModules, readNpmLock } from "../../cache/npm.js";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((c) => c()));

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function until<T>(what: string, fn: () => Promise<T>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe("the proxy from locks/proxy", () => {
  it("locks configurable-http-proxy's 4.x line with every package's integrity hash", () => {
    const lock = readNpmLock("proxy");
    expect(lock.versions["configurable-http-proxy"]).toMatch(/^4\.\d+\.\d+$/);
    const tree = JSON.parse(readFileSync(join(lock.dir, "package-lock.json"), "utf8")) as { packages: Record<string, { integrity?: string }> };
    const missing = Object.entries(tree.packages).filter(([path, p]) => path !== "" && !p.integrity?.startsWith("sha512-"));
    expect(missing.map(([path]) => path)).toEqual([]);
  });

  it("unpacked from the cache's archive, routes a request to the target the API gave it", async () => {
    const set = await ensureNodeModules("proxy");
    const dir = mkdtempSync(join(tmpdir(), "hubstack-proxy-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync("tar", ["-xf", set.archive, "-C", dir]);

    const backend: Server = createServer((req, res) => res.end(`backend saw ${req.url}`));
    await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r));
    cleanup.push(() => backend.close());
    const [port, apiPort] = [await freePort(), await freePort()];
    const token = "proxy-test-token-0123456789";
    const proxy: ChildProcess = spawn(
      "node",
      [join(dir, "node_modules/configurable-http-proxy/bin/configurable-http-proxy"), "--ip=127.0.0.1", `--port=${port}`, "--api-ip=127.0.0.1", `--api-port=${apiPort}`],
      { env: { ...process.env, CONFIGPROXY_AUTH_TOKEN: token }, stdio: "ignore" },
    );
    cleanup.push(() => proxy.kill());

    const target = `http://127.0.0.1:${(backend.address() as { port: number }).port}`;
    const added = await until("the proxy's API", async () => {
      const res = await fetch(`http://127.0.0.1:${apiPort}/api/routes/user/alice`, { method: "POST", headers: { Authorization: `token ${token}` }, body: JSON.stringify({ target }) });
      if (res.status >= 500) throw new Error(`status ${res.status}`);
      return res.status;
    });
    expect(added).toBe(201);
    const refused = await fetch(`http://127.0.0.1:${apiPort}/api/routes`, { headers: { Authorization: "token wrong" } });
    expect(refused.status).toBe(403);
    const proxied = await fetch(`http://127.0.0.1:${port}/user/alice/lab`);
    expect(await proxied.text()).toBe("backend saw /user/alice/lab");
  });
});

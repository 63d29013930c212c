/**
 * NFS: /etc/exports gives each export to the hub alone with the squash each needs; the hub's mount
 * units are named as systemd requires, ordered (/home/admin after /home) and accepted by
 * `systemd-analyze verify`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../environment/errors.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { escapeSystemdPath, mountUnitsVars, nfsClientFiles } from "../../provisioners/roles/nfs-client/template-vars.js";
import { nfsServerFiles } from "../../provisioners/roles/nfs-server/template-vars.js";
import { hostsOf, load, run, SHIPPED, variant, SCRATCH } from "./helpers.js";

/** /etc/exports as exportfs reads it: path, then client(options) entries. */
function parseExports(text: string): Map<string, { client: string; options: string[] }[]> {
  const out = new Map<string, { client: string; options: string[] }[]>();
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [path, ...clients] = line.trim().split(/\s+/);
    out.set(
      path!,
      clients.map((c) => {
        const m = /^([^()]+)\(([^)]*)\)$/.exec(c);
        if (!m) throw new Error(`not client(options): ${c}`);
        return { client: m[1]!, options: m[2]!.split(",") };
      }),
    );
  }
  return out;
}

describe("/etc/exports", () => {
  for (const name of SHIPPED.filter((n) => Object.values(load(n).hosts).some((h) => h.roles.includes("nfs-server")))) {
    it(`${name}: three exports, each to the hub's address only, with the squash each needs`, () => {
      const env = load(name);
      const hosts = hostsOf(env);
      const hub = hosts.find((h) => h.roles.includes("nfs-client"))!;
      const server = hosts.find((h) => h.roles.includes("nfs-server"))!;
      const exports = parseExports(renderManagedFile(nfsServerFiles(env, hosts, server.name).exports));
      expect([...exports.keys()]).toEqual(["/export/home", "/export/admin", "/export/shared"]);
      for (const [path, clients] of exports) {
        expect(clients.map((c) => c.client), path).toEqual([hub.address]);
        const options = clients[0]!.options;
        for (const o of ["rw", "sync", "no_subtree_check", "sec=sys"]) expect(options, path).toContain(o);
        // Only the start hooks' admin area keeps root; the homes squash it to the notebook user (every home is theirs).
        expect(options.filter((o) => o.endsWith("root_squash")), path).toEqual([path.endsWith("admin") ? "no_root_squash" : "root_squash"]);
        if (path.endsWith("home")) expect(options.filter((o) => o.startsWith("anon")), path).toEqual(["anonuid=1000", "anongid=100"]);
        else expect(options.filter((o) => o.startsWith("anon")), path).toEqual([]);
        expect(options, path).not.toContain("insecure");
      }
    });
  }

  it("follows nfs.exportRoot, and refuses a server with nobody to export to", () => {
    const env = variant("local", (e) => (e.nfs.exportRoot = "/srv/nfs/"));
    const hosts = hostsOf(env);
    const exports = parseExports(renderManagedFile(nfsServerFiles(env, hosts, "nfs").exports));
    expect([...exports.keys()]).toEqual(["/srv/nfs/home", "/srv/nfs/admin", "/srv/nfs/shared"]);
    const alone = hosts.map((h) => ({ ...h, roles: h.roles.filter((r) => r !== "nfs-client") }));
    expect(() => nfsServerFiles(env, alone, "nfs")).toThrow(ConfigError);
  });
});

describe("mount units", () => {
  it("unit names are systemd-escape --path of the mount point", () => {
    for (const path of ["/home", "/home/admin", "/nfs", "/srv/data-x", "/srv/a.b/_c", "/mnt/ümlaut space", "/x//y/", "/"]) {
      const expected = run("systemd-escape", ["--path", path]).stdout.trim();
      expect(escapeSystemdPath(path), path).toBe(expected);
    }
  });

  it("local: home.mount, home-admin.mount (after and requiring home.mount), nfs.mount; all verified by systemd", () => {
    const env = load("local");
    const units = mountUnitsVars(env, hostsOf(env));
    expect(units.map((u) => [u.unitName, u.what, u.parents])).toEqual([
      ["home.mount", "10.70.0.12:/export/home", []],
      ["home-admin.mount", "10.70.0.12:/export/admin", ["home.mount"]],
      ["nfs.mount", "10.70.0.12:/export/shared", []],
    ]);
    const dir = mkdtempSync(join(SCRATCH, "hubstack-mounts-"));
    for (const f of Object.values(nfsClientFiles(env, hostsOf(env)))) {
      const text = renderManagedFile(f);
      expect(text).toMatch(/^Options=.*\b_netdev\b/m);
      expect(text).toMatch(/^Options=.*\bnosuid,nodev\b/m);
      expect(text).toMatch(/^Type=nfs4$/m);
      expect(text).toMatch(/^After=network-online\.target$/m);
      expect(text).toMatch(/^Wants=network-online\.target$/m);
      expect(text).toMatch(/^WantedBy=remote-fs\.target$/m);
      const path = join(dir, f.dest.split("/").pop()!);
      writeFileSync(path, text);
      const r = run("systemd-analyze", ["verify", "--man=no", path]);
      expect(r.status, r.out).toBe(0);
      expect(r.out.split("\n").filter((l) => l.includes(path)).join("\n")).toBe("");
    }
    const admin = renderManagedFile(nfsClientFiles(env, hostsOf(env)).admin);
    expect(admin).toMatch(/^Requires=home\.mount$/m);
    expect(admin).toMatch(/^After=home\.mount$/m);
  });

  it("other mount points: ordering follows nesting, names are escaped, duplicates and / are refused", () => {
    const env = variant("local", (e) => (e.nfs.mounts = { home: "/srv/home-dirs", admin: "/srv/admin", shared: "/srv/home-dirs/shared" }));
    const units = mountUnitsVars(env, hostsOf(env));
    expect(units.map((u) => [u.unitName, u.parents])).toEqual([
      ["srv-home\\x2ddirs.mount", []],
      ["srv-admin.mount", []],
      ["srv-home\\x2ddirs-shared.mount", ["srv-home\\x2ddirs.mount"]],
    ]);
    const dup = variant("local", (e) => (e.nfs.mounts = { home: "/home", admin: "/home/", shared: "/" }));
    expect(() => mountUnitsVars(dup, hostsOf(dup))).toThrow(/nfs\.mounts\.admin: "\/home" is also nfs\.mounts\.home[\s\S]*nfs\.mounts\.shared: an NFS export cannot be mounted over \//);
  });
});

/**
 * Operations as data, pyinfra's way (tests/operations/<module>.<op>/*.json there): each case is an
 * operation with its arguments, the canned fact outputs of a host (by fact name, or by exact key), and what
 * the plan must be: the commands as the change table prints them, or no change and its reason. The facts
 * travel through the fake connector as one batch and are parsed by the facts' own parsers, so a canned
 * output here is what the fact's script prints on a host.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCommand } from "../../provisioners/engine/command.js";
import { FactCache } from "../../provisioners/engine/fact.js";
import type { Operation } from "../../provisioners/engine/operation.js";
import { gather } from "../../provisioners/engine/runner.js";
import * as apt from "../../provisioners/operations/apt.js";
import * as files from "../../provisioners/operations/files.js";
import * as mounts from "../../provisioners/operations/mounts.js";
import * as systemd from "../../provisioners/operations/systemd.js";
import * as volumes from "../../provisioners/operations/volumes.js";
import { FACTS, FakeConnector } from "../support/fake-connector.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const b64 = (s: string) => Buffer.from(s).toString("base64");
/** files.path's output for a regular file (mode as stat %a prints it). */
const regular = (content: string, mode = "644", owner = "root") => `regular file|${mode}|${owner}|${owner}|${content.length}\n${sha(content)}`;
/** files.content's output for a file. */
const holding = (content: string) => `present\n${b64(content)}`;
const APT_GET = "apt-get -q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold";
const RELOAD = "if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi";
const FSTAB = "# /etc/fstab: static file system information.\nUUID=1 / ext4 defaults 0 1\n";

interface Case {
  readonly title: string;
  readonly operation: () => Operation;
  /** Fact outputs by fact name ("files.path") or exact key ('files.path:["/etc/motd"]'). */
  readonly facts: Readonly<Record<string, string>>;
  /** The commands, as printed; or the reason nothing changes. */
  readonly expected: { readonly commands: readonly string[] } | { readonly noop: string };
}

const CASES: readonly Case[] = [
  {
    title: "files.file: the same content, owner and mode is no change",
    operation: () => files.file({ path: "/etc/motd", content: "hello\n" }),
    facts: { "files.path": regular("hello\n") },
    expected: { noop: "/etc/motd is up to date" },
  },
  {
    title: "files.file: a missing file is written",
    operation: () => files.file({ path: "/etc/motd", content: "hello\n" }),
    facts: { "files.path": "absent" },
    expected: { commands: ["write /etc/motd (6 bytes, owner root, group root, mode 0644)"] },
  },
  {
    title: "files.file: the right content with the wrong mode is only chmod",
    operation: () => files.file({ path: "/etc/motd", content: "hello\n" }),
    facts: { "files.path": regular("hello\n", "600") },
    expected: { commands: ["chmod 0644 /etc/motd"] },
  },
  {
    title: "files.directory: a missing directory is made with its owner and mode at once",
    operation: () => files.directory({ path: "/srv/data", owner: "jovyan", mode: "0750" }),
    facts: { "files.path": "absent" },
    expected: { commands: ["install -d -o jovyan -g jovyan -m 0750 /srv/data"] },
  },
  {
    title: "files.directory: one that matches is no change",
    operation: () => files.directory({ path: "/srv/data" }),
    facts: { "files.path": "directory|755|root|root|4096" },
    expected: { noop: "/srv/data is up to date" },
  },
  {
    title: "files.line: a line already there is no change",
    operation: () => files.line({ path: "/etc/environment", line: "LANG=C.UTF-8" }),
    facts: { "files.path": regular("PATH=/usr/bin\nLANG=C.UTF-8\n"), "files.content": holding("PATH=/usr/bin\nLANG=C.UTF-8\n") },
    expected: { noop: "/etc/environment has the line" },
  },
  {
    title: "files.line: the line its match finds is replaced, the file's attributes kept",
    operation: () => files.line({ path: "/etc/environment", line: "LANG=C.UTF-8", match: "^LANG=" }),
    facts: { "files.path": regular("PATH=/usr/bin\nLANG=en_US\n", "640"), "files.content": holding("PATH=/usr/bin\nLANG=en_US\n") },
    expected: { commands: [`write /etc/environment (${"PATH=/usr/bin\nLANG=C.UTF-8\n".length} bytes, owner root, group root, mode 0640)`] },
  },
  {
    title: "apt.packages: installed packages are no change",
    operation: () => apt.packages({ names: ["jq"] }),
    facts: { "apt.installed": "jq\tii \t1.6-2.1", "apt.listsAge": "1000\n3\n900" },
    expected: { noop: "installed: jq" },
  },
  {
    title: "apt.packages: a missing package on fresh lists is installed without an update",
    operation: () => apt.packages({ names: ["sl", "jq"] }),
    facts: { "apt.installed": "jq\tii \t1.6-2.1\nsl\trc \t5.02", "apt.listsAge": "1000\n3\n900" },
    expected: { commands: [`${APT_GET} --no-install-recommends install sl`] },
  },
  {
    title: "apt.packages: on lists older than an hour, the update comes first",
    operation: () => apt.packages({ names: ["jq"] }),
    facts: { "apt.installed": "", "apt.listsAge": "100000\n3\n50" },
    expected: { commands: [`${APT_GET} update && mkdir -p /var/lib/hubstack && touch /var/lib/hubstack/apt-update-stamp`, `${APT_GET} --no-install-recommends install jq`] },
  },
  {
    title: "systemd.unit: a new unit file is written, then systemd reloaded where it runs",
    operation: () => systemd.unit({ name: "hub.service", content: "[Service]\nExecStart=/bin/true\n" }),
    facts: { "files.path": "absent" },
    expected: { commands: [`write /etc/systemd/system/hub.service (${"[Service]\nExecStart=/bin/true\n".length} bytes, owner root, group root, mode 0644)`, RELOAD] },
  },
  {
    title: "systemd.service: unit files changed on disk are reloaded before enable and start",
    operation: () => systemd.service({ name: "hub.service", enabled: true, state: "started" }),
    facts: { "systemd.unit": "LoadState=loaded\nActiveState=inactive\nUnitFileState=disabled\nNeedDaemonReload=yes" },
    expected: { commands: ["systemctl daemon-reload", "systemctl --no-reload enable hub.service", "systemctl start hub.service"] },
  },
  {
    title: "systemd.service: a running, enabled service is no change",
    operation: () => systemd.service({ name: "hub.service", enabled: true, state: "started" }),
    facts: { "systemd.unit": "LoadState=loaded\nActiveState=active\nUnitFileState=enabled\nNeedDaemonReload=no" },
    expected: { noop: "hub.service is active, enabled" },
  },
  {
    title: "mounts.mount: the fstab line is appended (other lines kept), then mounted",
    operation: () => mounts.mount({ path: "/mnt/scratch", source: "tmpfs", fstype: "tmpfs", options: ["size=8m"] }),
    facts: { "files.path": regular(FSTAB), "files.content": holding(FSTAB), "mounts.mounted": "" },
    expected: { commands: [`write /etc/fstab (${FSTAB.length + "tmpfs\t/mnt/scratch\ttmpfs\tsize=8m\t0\t0\n".length} bytes, owner root, group root, mode 0644)`, "mkdir -p /mnt/scratch && mount /mnt/scratch"] },
  },
  {
    title: "volumes.bind: the fstab line, systemd reloaded, then the bind mount",
    operation: () => volumes.bind({ source: "/srv/data/export", path: "/export" }),
    facts: { "files.path": regular(FSTAB), "files.content": holding(FSTAB), "volumes.bindState": "unbound" },
    expected: { commands: [`write /etc/fstab (${FSTAB.length + "/srv/data/export\t/export\tnone\tbind\t0\t0\n".length} bytes, owner root, group root, mode 0644)`, RELOAD, "mkdir -p /export && mount /export"] },
  },
  {
    title: "volumes.bind: its line in fstab and the bind in place is no change",
    operation: () => volumes.bind({ source: "/srv/data/export", path: "/export" }),
    facts: {
      "files.path": regular(`${FSTAB}/srv/data/export\t/export\tnone\tbind\t0\t0\n`),
      "files.content": holding(`${FSTAB}/srv/data/export\t/export\tnone\tbind\t0\t0\n`),
      "volumes.bindState": "bound",
    },
    expected: { noop: "/srv/data/export is bind-mounted on /export" },
  },
];

describe("operations on canned facts", () => {
  it.each(CASES)("$title", async ({ operation, facts, expected }) => {
    const op = operation();
    const fake = new FakeConnector(new Map(Object.entries(facts).map(([key, output]) => [key, { output }])));
    const cache = new FactCache();
    await gather(fake, cache, op.facts, op.name);
    // Every fact in one round trip, every one of them canned (an answer made up by the fake is a broken case).
    expect(fake.roundTrips).toBe(1);
    expect(fake.unanswered).toEqual([]);
    const plan = op.plan(cache.read);
    if ("noop" in expected) {
      expect(plan).toEqual({ changed: false, reason: expected.noop });
    } else {
      expect(plan.changed).toBe(true);
      expect(plan.changed && plan.commands.map(describeCommand)).toEqual(expected.commands);
    }
  });

  it("the fake connector knows every fact there is (it recognises snippets by their facts' scripts)", () => {
    const names = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) for (const m of readFileSync(path, "utf8").matchAll(/^export const \w+ = defineFact\(\s*"([^"]+)"/gm)) names.add(m[1]!);
      }
    };
    walk(resolve(import.meta.dirname, "../../provisioners"));
    expect(names.size).toBeGreaterThan(10);
    expect(FACTS.map((f) => f.name).sort()).toEqual([...names].sort());
  });
});

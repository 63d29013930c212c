/**
 * docker: daemon.json is JSON dockerd accepts (known keys only: dockerd refuses unknown ones), with the
 * data root on the data volume. bastion: the login note is POSIX sh and quiet for non-interactive
 * shells; crypttab and the work volume's mount unit are consistent and verified by systemd.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../environment/errors.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { bastionFiles, workVolumeVars } from "../../provisioners/roles/bastion/template-vars.js";
import { dockerFiles } from "../../provisioners/roles/docker/template-vars.js";
import { BASTION_FACTS, hostsOf, load, run, variant, writeTemp, SCRATCH } from "./helpers.js";

/** What dockerd's daemon.json accepts among the keys the template may use (dockerd refuses others at start). */
const KNOWN_DAEMON_KEYS = new Set(["data-root", "log-driver", "log-opts", "live-restore", "no-new-privileges", "storage-driver", "default-address-pools", "iptables"]);

describe("daemon.json", () => {
  it("hub with a data volume: data root there, rotated json-file logs, live-restore, no-new-privileges", () => {
    const env = load("hub-dev");
    const { daemonJson: file } = dockerFiles(env, hostsOf(env), "hub");
    expect(file).toMatchObject({ dest: "/etc/docker/daemon.json", mode: 0o644, owner: "root" });
    const json = JSON.parse(renderManagedFile(file!));
    expect(json).toEqual({
      "data-root": "/srv/data/docker",
      "log-driver": "json-file",
      "log-opts": { "max-size": "10m", "max-file": "3" },
      "live-restore": true,
      "no-new-privileges": true,
    });
    for (const key of Object.keys(json)) expect(KNOWN_DAEMON_KEYS.has(key), key).toBe(true);
  });

  it("a host without a data volume keeps Docker's default data root", () => {
    const env = load("local");
    expect(env.hosts.hub!.dataVolumeGiB).toBe(0);
    expect(JSON.parse(renderManagedFile(dockerFiles(env, hostsOf(env), "hub").daemonJson))["data-root"]).toBe("/var/lib/docker");
  });
});

describe("bastion", () => {
  it("the login note is POSIX sh, prints for interactive shells only, and says how to open a locked volume", () => {
    const env = load("clavius");
    const note = renderManagedFile(bastionFiles(env, BASTION_FACTS).loginNote);
    const path = writeTemp("/etc/profile.d/hubstack.sh", note);
    expect(run("dash", ["-n", path]).status).toBe(0);
    const lint = run("shellcheck", ["--shell=sh", path]);
    expect(lint.status, lint.out).toBe(0);
    // Not interactive (scp, hubstack's own commands): silent.
    expect(run("sh", ["-c", `. '${path}'; echo done`]).stdout).toBe("done\n");
    // Interactive, volume not mounted (not on this machine): the note and the commands to open it.
    const shown = run("sh", ["-i", "-c", `. '${path}'`]).stdout;
    expect(shown).toMatch(/hubstack bastion \(clavius\)/);
    expect(shown).toMatch(/Work volume \(LUKS-encrypted\): \/srv\/work; environments' state in \/srv\/work\/state/);
    expect(shown).toMatch(/NOT mounted/);
    expect(shown).toContain("sudo systemctl start 'systemd-cryptsetup@hubstack\\x2dwork.service'");
    expect(shown).toContain("sudo systemctl start 'srv-work.mount'");
  });

  it("without a key file: crypttab opens nothing at boot (noauto) and the mount is not enabled", () => {
    const files = bastionFiles(load("clavius"), BASTION_FACTS);
    const crypttab = renderManagedFile(files.crypttab);
    const entries = crypttab.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(entries).toEqual([`hubstack-work UUID=${BASTION_FACTS.luksUuid} none luks,discard,noauto`]);
    const mount = renderManagedFile(files.mountUnit);
    expect(mount).not.toMatch(/\[Install\]/);
  });

  it("with a key file: opened and mounted at boot; the key file's path comes from the inventory, its content never", () => {
    const env = variant("clavius", (e) => (e.bastion.workVolume = { keyFile: "/root/keys/work.key", mountPoint: "/srv/work" }));
    const files = bastionFiles(env, BASTION_FACTS);
    const crypttab = renderManagedFile(files.crypttab);
    expect(crypttab.split("\n").filter((l) => l && !l.startsWith("#"))).toEqual([`hubstack-work UUID=${BASTION_FACTS.luksUuid} /root/keys/work.key luks,discard,nofail`]);
    const dir = mkdtempSync(join(SCRATCH, "hubstack-bastion-"));
    const mountFile = files.mountUnit;
    expect(mountFile.dest).toBe("/etc/systemd/system/srv-work.mount");
    const text = renderManagedFile(mountFile);
    expect(text).toMatch(/^What=\/dev\/mapper\/hubstack-work$/m);
    expect(text).toMatch(/^Requires=systemd-cryptsetup@hubstack\\x2dwork\.service$/m);
    expect(text).toMatch(/^WantedBy=multi-user\.target$/m);
    const path = join(dir, "srv-work.mount");
    writeFileSync(path, text);
    // The cryptsetup unit is generated from crypttab at boot; a stand-in lets verify resolve it.
    const units = mkdtempSync(join(SCRATCH, "hubstack-units-"));
    writeFileSync(join(units, "systemd-cryptsetup@hubstack\\x2dwork.service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n");
    const r = run("systemd-analyze", ["verify", "--man=no", path], { env: { SYSTEMD_UNIT_PATH: `${units}:` } });
    expect(r.status, r.out).toBe(0);
    expect(r.out.split("\n").filter((l) => l.includes(path)).join("\n")).toBe("");
  });

  it("refuses a UUID that is not one and paths with spaces", () => {
    const env = variant("clavius", (e) => (e.bastion.workVolume = { keyFile: "/root/my key", mountPoint: "/srv/work" }));
    expect(() => workVolumeVars(env, { luksUuid: "nope" })).toThrow(ConfigError);
    expect(() => workVolumeVars(env, BASTION_FACTS)).toThrow(/bastion\.workVolume\.keyFile: "\/root\/my key" must be an absolute path/);
  });
});

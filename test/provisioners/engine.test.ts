/** The engine's pure parts: commands and masking, fact batches, known_hosts, role order, script framing. */
import { execa } from "execa";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnownHosts, fingerprint, knownHostsName, parsePublicKey } from "../../provisioners/connectors/known-hosts.js";
import { describeCommand, mask, quote, reveal, secret, sh } from "../../provisioners/engine/command.js";
import { explainCommandFailure } from "../../provisioners/engine/errors.js";
import { batchScript, parseBatch } from "../../provisioners/engine/fact.js";
import { orderRoles } from "../../provisioners/engine/role.js";
import { operationScript, splitOperationOutput, uploadScript } from "../../provisioners/engine/script.js";
import * as filesFacts from "../../provisioners/facts/files.js";
import * as apt from "../../provisioners/facts/apt.js";
import * as users from "../../provisioners/facts/users.js";
import * as systemd from "../../provisioners/facts/systemd.js";
import * as mounts from "../../provisioners/facts/mounts.js";
import { editFstab } from "../../provisioners/operations/mounts.js";
import * as files from "../../provisioners/operations/files.js";
import { change, noop, type Operation } from "../../provisioners/engine/operation.js";
import { provision } from "../../provisioners/engine/provision.js";
import { FakeConnector, type CannedFact } from "../support/fake-connector.js";

describe("commands", () => {
  it("quotes interpolated values and masks secrets everywhere they are shown", () => {
    const cmd = sh`echo ${"it's"} ${["a b", "c"]} ${secret("hunter2")}`;
    expect(reveal(cmd.parts)).toBe(`echo 'it'\\''s' 'a b' c hunter2`);
    expect(mask(cmd.parts)).toBe(`echo 'it'\\''s' 'a b' c ***`);
    expect(describeCommand(cmd)).not.toContain("hunter2");
    expect(JSON.stringify(secret("x"))).toBe('"***"');
    expect(quote("/etc/motd")).toBe("/etc/motd");
  });

  it("describes uploads without their content", () => {
    expect(describeCommand({ kind: "upload", path: "/etc/x", content: Buffer.from("secret"), mode: "0600", owner: "root", secret: true })).toBe(
      "write /etc/x (6 bytes, owner root, mode 0600, secret)",
    );
  });
});

describe("fact batches", () => {
  it("runs many facts in one script and frames output that lacks a final newline", async () => {
    const a = { key: "a", script: "printf 'no newline'", parse: (o: string) => o };
    const b = { key: "b", script: "echo two; echo lines; exit 3", parse: (o: string, c: number) => `${o}|${c}` };
    const batch = batchScript([a, b, a]);
    expect(batch.requests).toHaveLength(2);
    const { stdout } = await execa("sh", ["-c", batch.script]);
    const facts = parseBatch(batch, stdout);
    expect(facts.get("a")).toBe("no newline");
    expect(facts.get("b")).toBe("two\nlines\n|3");
  });

  it("parses canned fact outputs", () => {
    expect(filesFacts.path("/x").parse("regular file|644|root|adm|12\nabc123", 0)).toEqual({ type: "file", mode: "0644", owner: "root", group: "adm", size: 12, sha256: "abc123" });
    expect(filesFacts.path("/x").parse("absent", 0)).toBeNull();
    expect(filesFacts.path("/x").parse("link|777|root|root|4\n/tmp", 0)).toMatchObject({ type: "link", target: "/tmp" });
    expect(apt.installed(["jq", "sl"]).parse("jq\tii \t1.6\nsl\trc \t5.02", 0)).toEqual(new Map([["jq", "1.6"]]));
    expect(apt.candidates(["jq"]).parse("jq:\n  Installed: 1.6\n  Candidate: 1.7\n", 0).get("jq")).toBe("1.7");
    expect(users.user("bob").parse("bob:x:1001:1001::/home/bob:/bin/bash\nbob\nbob adm sudo", 0)).toEqual({
      name: "bob", uid: 1001, gid: 1001, group: "bob", home: "/home/bob", shell: "/bin/bash", groups: ["adm", "sudo"],
    });
    expect(users.user("nobody-here").parse("", 0)).toBeNull();
    expect(systemd.unit("x").parse("nosystemd", 0).systemd).toBe(false);
    expect(systemd.unit("x").parse("LoadState=loaded\nActiveState=active\nUnitFileState=enabled\nNeedDaemonReload=no", 0)).toMatchObject({ active: "active", unitFile: "enabled" });
    // systemd's cached state, then the unit files' (is-enabled) after an enable without a daemon-reload: the files win.
    expect(systemd.unit("x").parse("LoadState=loaded\nActiveState=active\nUnitFileState=disabled\nNeedDaemonReload=no\nUnitFileState=enabled", 0)).toMatchObject({ unitFile: "enabled" });
    expect(mounts.mounted("/m").parse('SOURCE="tmpfs" FSTYPE="tmpfs" OPTIONS="rw,size=8192k"', 0)).toEqual({ source: "tmpfs", fstype: "tmpfs", options: ["rw", "size=8192k"] });
  });
});

describe("scripts", () => {
  it("frames an operation's exit code and follow-up facts", async () => {
    const ok = await execa("sh", ["-c", operationScript(["echo did it"], "n1", "echo facts")]);
    expect(splitOperationOutput(ok.stdout + "\n", "n1")).toEqual({ output: "did it\n", code: 0, rest: "facts\n" });
    const bad = await execa("sh", ["-c", operationScript(["false", "echo not reached"], "n2", "echo facts")]);
    expect(splitOperationOutput(bad.stdout + "\n", "n2")).toMatchObject({ output: "", code: 1, rest: "" });
  });

  it("writes a file atomically and removes the temporary file when validation fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hubstack-upload-"));
    const me = (await execa("id", ["-un"])).stdout;
    const upload = { kind: "upload" as const, path: `${dir}/f`, content: Buffer.from("new\n"), owner: me, group: me, mode: "0600" };
    await execa("sh", ["-c", `set -e\n${uploadScript(upload)}`]);
    expect((await execa("sh", ["-c", `cat ${dir}/f; stat -c %a ${dir}/f`])).stdout).toBe("new\n600");
    const failing = await execa("sh", ["-c", `set -e\n${uploadScript({ ...upload, content: Buffer.from("bad\n"), validate: "false %s" })}`], { reject: false });
    expect(failing.exitCode).toBe(1);
    expect((await execa("sh", ["-c", `cat ${dir}/f; ls -A ${dir}`])).stdout).toBe("new\nf");
  });
});

describe("known_hosts", () => {
  const key = parsePublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl test");
  const other = parsePublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAmGGg2ObHQRnPALgkGnyH3dY6sfTVzF45IkHEgh0M6F");
  it("records a key on first sight, accepts it again and refuses a changed one with the fix", () => {
    const kh = new KnownHosts(join(mkdtempSync(join(tmpdir(), "kh-")), "known_hosts"));
    const entry = knownHostsName("10.0.0.5", 2222);
    expect(entry).toBe("[10.0.0.5]:2222");
    expect(kh.verify(entry, key, "hub", "hubstack:hub")).toBe(true);
    expect(kh.verify(entry, key, "hub", "hubstack:hub")).toBe(true);
    const refused = kh.verify(entry, other, "hub", "hubstack:hub");
    expect(refused).not.toBe(true);
    expect((refused as Error).message).toContain(`ssh-keygen -R '[10.0.0.5]:2222' -f ${kh.file}`);
    expect((refused as Error).message).toContain(fingerprint(other));
  });
  it("pins a key known from creation, replacing an older one", () => {
    const kh = new KnownHosts(join(mkdtempSync(join(tmpdir(), "kh-")), "known_hosts"));
    kh.pin("10.0.0.5", key, "c");
    kh.pin("10.0.0.5", other, "c");
    expect(kh.lookup("10.0.0.5")).toEqual([other]);
  });
});

describe("roles and errors", () => {
  const registry = {
    base: { name: "base", tasks: () => [] },
    server: { name: "server", dependsOn: ["base"], tasks: () => [] },
    client: { name: "client", dependsOn: ["server", "base"], tasks: () => [] },
  };
  it("orders dependencies first and refuses cycles", () => {
    expect(orderRoles(["client", "base", "server"], registry)).toEqual(["base", "server", "client"]);
    expect(() => orderRoles(["a", "b"], { a: { name: "a", dependsOn: ["b"], tasks: () => [] }, b: { name: "b", dependsOn: ["a"], tasks: () => [] } })).toThrow(/cycle: a → b → a/);
  });
  it("explains sudo and full-disk failures", () => {
    expect(explainCommandFailure("sudo: a password is required\n", "", 1).kind).toBe("sudo-password");
    expect(explainCommandFailure("cat: write error: No space left on device", "", 1).kind).toBe("disk-full");
  });
  it("edits fstab entries in place", () => {
    const fstab = "# comment\nUUID=1 / ext4 defaults 0 1\n";
    const added = editFstab(fstab, "/data", "tmpfs\t/data\ttmpfs\tdefaults\t0\t0");
    expect(added).toBe("# comment\nUUID=1 / ext4 defaults 0 1\ntmpfs\t/data\ttmpfs\tdefaults\t0\t0\n");
    expect(editFstab(added, "/data", null)).toBe(fstab);
    // In place: the line for the mount point is replaced where it stands, a commented one is left alone.
    expect(editFstab(`#x /data y\n${added}# end\n`, "/data", "tmpfs\t/data\ttmpfs\tsize=8m\t0\t0")).toBe(
      "#x /data y\n# comment\nUUID=1 / ext4 defaults 0 1\ntmpfs\t/data\ttmpfs\tsize=8m\t0\t0\n# end\n",
    );
  });
});

describe("handlers", () => {
  it("read their facts anew right before they plan: a handler sees what the handler before it changed", async () => {
    const flag = filesFacts.path("/run/flag");
    // The host: /run/flag appears once the first handler's command has run on it.
    const canned = new Map<string, CannedFact>([
      [filesFacts.path("/etc/a").key, { output: "absent" }],
      [flag.key, { output: "absent" }],
      ['hubstack.pendingHandlers:["r"]', { output: "" }],
    ]);
    const fake = new FakeConnector(canned, undefined, (script) => {
      if (script.includes("touch /run/flag")) canned.set(flag.key, { output: "regular file|644|root|root|0" });
      return { stdout: "", stderr: "", code: 0 };
    });
    const op = (name: string, facts: Operation["facts"], plan: Operation["plan"], notify: string[] = []): Operation => ({ name, facts, plan, notify, idempotent: true });
    const report = await provision([{ name: "h", address: "192.0.2.1", user: "root", privateKeyFile: "/dev/null", roles: ["r"] }], {
      roles: {
        r: {
          name: "r",
          tasks: () => [files.file({ path: "/etc/a", content: "a", notify: ["make flag", "use flag"] })],
          handlers: () => ({
            "make flag": op("make flag", [], () => change("make /run/flag", [sh`touch /run/flag`])),
            "use flag": op("use flag", [flag], (read) => (read(flag) ? change("/run/flag is there", [sh`cat /run/flag`]) : noop("no /run/flag yet"))),
          }),
        },
      },
      connect: () => fake,
    });
    const operations = report.hosts[0]!.roles[0]!.operations;
    expect(operations.map((o) => [o.name, o.status, o.reason])).toEqual([
      ["files.file /etc/a", "changed", expect.any(String)],
      ["handler: make flag", "changed", "make /run/flag"],
      ["handler: use flag", "changed", "/run/flag is there"],
    ]);
    // 1 gather, 1 for the change (with the pending markers), 1 per handler's commands, 1 for the facts of
    // the handler that has facts; none for the one without.
    expect(report.hosts[0]).toMatchObject({ roundTrips: 5 });
  });
});

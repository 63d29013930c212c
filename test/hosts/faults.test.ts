/**
 * Faults: each gives one error naming the host and the operation, leaves no half-written file, and the
 * other hosts of the run are still reported.
 */
import { execa } from "execa";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SshConnector } from "../../provisioners/connectors/ssh.js";
import { provision } from "../../provisioners/engine/provision.js";
import * as commands from "../../provisioners/operations/commands.js";
import * as files from "../../provisioners/operations/files.js";
import { converge, counts, knownHostsFile, onHost, operations, target, testHost } from "./helpers.js";

const FULL = "/mnt/hubstack-full";

describe("faults", () => {
  beforeAll(() => onHost(`mkdir -p ${FULL} && mount -t tmpfs -o size=64k tmpfs ${FULL} && mkdir -p /srv/hubstack-test-faults`));
  afterAll(() => onHost(`umount ${FULL}; rm -rf /srv/hubstack-test-faults`));

  it("refuses a changed host key and says how to accept it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hubstack-kh-")), "known_hosts");
    // First sight: recorded.
    const first = await converge(() => [commands.command({ script: "true", creates: "/" })], { knownHostsFile: file }, target({ hostKey: undefined }));
    expect(counts(first).failed).toBe(0);
    const hostEntry = testHost().port === 22 ? testHost().address : `[${testHost().address}]:${testHost().port}`;
    expect(readFileSync(file, "utf8")).toContain(`${hostEntry} ssh-ed25519 `);
    // The machine "was rebuilt": the pinned key is another one.
    await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", `${file}.other`]);
    const other = readFileSync(`${file}.other.pub`, "utf8").split(" ").slice(0, 2).join(" ");
    writeFileSync(file, `${hostEntry} ${other}\n`);
    const refused = await converge(() => [commands.command({ script: "touch /tmp/hubstack-should-not-run" })], { knownHostsFile: file }, target({ hostKey: undefined }));
    expect(refused.hosts[0]!.error).toMatchObject({ kind: "host-key-changed" });
    expect(refused.hosts[0]!.error!.message).toMatch(/testhost \[connecting\]: the host key of testhost .* changed: .* ssh-keygen -R '?[\d.[\]:]+'? -f /);
    expect(refused.hosts[0]!.error!.message).toContain(hostEntry);
  });

  it("reports an unreachable host and still runs the others", async () => {
    const report = await provision([target(), target({ name: "gone", port: 1 })], {
      roles: { t: { name: "t", tasks: () => [files.file({ path: "/srv/hubstack-test-faults/ok", content: "ok" })] } },
      knownHostsFile: knownHostsFile(),
      connectRetries: 1,
      retryDelayMs: 50,
    });
    const [good, gone] = report.hosts;
    expect(good).toMatchObject({ name: "testhost", failed: 0, changed: 1 });
    expect(gone!.error).toMatchObject({ kind: "unreachable", operation: "connecting" });
    expect(gone!.error!.message).toMatch(/^gone \[connecting\]: cannot reach \S+@[\d.]+:1 after 2 attempts \(.*ECONNREFUSED/);
    expect(gone!.error!.message).toContain(`${testHost().user}@${testHost().address}:1`);
    expect(report.ok).toBe(false);
  });

  it("reports a key the host refuses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hubstack-key-"));
    await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "id")]);
    const report = await converge(() => [], {}, target({ privateKeyFile: join(dir, "id") }));
    expect(report.hosts[0]!.error).toMatchObject({ kind: "auth-failed" });
    expect(report.hosts[0]!.error!.message).toContain("authorized_keys");
  });

  it("reports a sudo that asks for a password", async () => {
    const report = await converge(() => [files.file({ path: "/srv/hubstack-test-faults/x", content: "x" })], {}, target({ user: testHost().passwordSudoUser }));
    expect(report.hosts[0]!.error).toMatchObject({ kind: "sudo-password" });
    expect(report.hosts[0]!.error!.message).toMatch(/^testhost \[t: gathering facts\]: sudo asks for a password/);
  });

  it("stops on a missing template variable before touching the host", async () => {
    const report = await converge(() => [
      files.file({ path: "/srv/hubstack-test-faults/first", content: "1" }),
      files.template({ path: "/srv/hubstack-test-faults/motd", template: "demo/motd.hbs", vars: { greeting: "hi" } }),
    ]);
    expect(report.hosts[0]!.error).toMatchObject({ kind: "template", operation: "files.template /srv/hubstack-test-faults/motd" });
    expect(report.hosts[0]!.error!.message).toMatch(/demo\/motd.hbs: "host" not defined/);
    expect(await onHost("test -e /srv/hubstack-test-faults/first && echo yes || echo no")).toBe("no\n");
  });

  it("reports a failing command with its output", async () => {
    const report = await converge(() => [commands.command({ label: "migrate", script: "echo 'cannot migrate: database locked' >&2; exit 4" })]);
    expect(report.hosts[0]!.error!.message).toBe("testhost [migrate]: exit code 4: cannot migrate: database locked");
  });

  it("a handler that fails is still owed: the next run runs it, though its file changes no more", async () => {
    const dir = "/srv/hubstack-test-faults/owed";
    const tasks = () => [files.directory({ path: dir }), files.file({ path: `${dir}/app.conf`, content: "v1\n", notify: "reload" })];
    const reload = (works: boolean) => () => ({ reload: commands.command({ label: "reload", script: works ? `cat ${dir}/app.conf >> ${dir}/reloads.log` : "echo 'reload refused' >&2; exit 3" }) });
    const failed = await converge(tasks, { handlers: reload(false) });
    expect(failed.hosts[0]!.error!.message).toBe("testhost [handler: reload]: exit code 3: reload refused");
    const again = await converge(tasks, { handlers: reload(true) });
    expect(operations(again).map((o) => [o.name, o.status])).toEqual([
      [`files.directory ${dir}`, "ok"],
      [`files.file ${dir}/app.conf`, "ok"],
      ["handler: reload", "changed"],
    ]);
    expect(operations(again)[2]!.reason).toMatch(/owed by an earlier run/);
    expect(await onHost(`cat ${dir}/reloads.log`)).toBe("v1\n");
    // Run, and so no longer owed.
    expect(operations(await converge(tasks, { handlers: reload(true) })).map((o) => o.status)).toEqual(["ok", "ok"]);
  });

  it("leaves the old file whole when the disk is full", async () => {
    await converge(() => [files.file({ path: `${FULL}/data`, content: "old\n" })]);
    const report = await converge(() => [files.file({ path: `${FULL}/data`, content: "x".repeat(200_000) })]);
    expect(report.hosts[0]!.error).toMatchObject({ kind: "disk-full", operation: `files.file ${FULL}/data` });
    expect(report.hosts[0]!.error!.message).toMatch(/disk is full/);
    expect(await onHost(`cat ${FULL}/data; ls -A ${FULL}`)).toBe("old\ndata\n");
  });

  it("masks secrets in the failure message too", async () => {
    const { sh, secret } = await import("../../provisioners/engine/command.js");
    const report = await converge(() => [commands.command({ script: sh`test ${secret("hunter2")} = nope` })], { check: true });
    expect(JSON.stringify(report)).not.toContain("hunter2");
    expect(operations(report)[0]!.commands).toEqual(["test *** = nope"]);
  });

  it("connects through a jump host", async () => {
    const jump = target({ name: "bastion" });
    const behind = target({ name: "behind", jumpHost: jump });
    const c = new SshConnector(behind, { knownHostsFile: knownHostsFile(), connectRetries: 0 });
    await c.connect();
    expect((await c.exec("whoami")).stdout).toBe("root\n");
    await c.close();
  });
});

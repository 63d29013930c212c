/** users, sudo, apt, sysctl, mounts, commands, handlers and systemd on the test host. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sh, secret } from "../../provisioners/engine/command.js";
import * as apt from "../../provisioners/operations/apt.js";
import * as commands from "../../provisioners/operations/commands.js";
import * as files from "../../provisioners/operations/files.js";
import * as mounts from "../../provisioners/operations/mounts.js";
import * as sudo from "../../provisioners/operations/sudo.js";
import * as sysctl from "../../provisioners/operations/sysctl.js";
import * as systemd from "../../provisioners/operations/systemd.js";
import * as users from "../../provisioners/operations/users.js";
import { converge, counts, expectConverges, knownHostsFile, onHost, operations, target, testHost } from "./helpers.js";
import { readMemTotalMiB, sampleMemory } from "../../health/sizing.js";

describe("users", () => {
  const reset = "for u in hubt-svc hubt-alice; do userdel -r $u 2>/dev/null || true; done; for g in hubt-grp hubt-ops; do groupdel $g 2>/dev/null || true; done; true";
  const SNAPSHOT = "getent passwd hubt-svc hubt-alice; getent group hubt-grp hubt-ops hubt-svc hubt-alice; ls -la /home/hubt-alice/.ssh 2>/dev/null; cat /home/hubt-alice/.ssh/authorized_keys 2>/dev/null; echo end";
  beforeAll(() => onHost(reset));
  afterAll(() => onHost(reset));

  it("creates groups, a system user and a user with supplementary groups and keys", async () => {
    const key = readFileSync(`${testHost().privateKeyFile}.pub`, "utf8").trim();
    const ops = () => [
      users.group({ name: "hubt-grp", gid: 4501 }),
      users.group({ name: "hubt-ops", system: true }),
      users.user({ name: "hubt-svc", system: true, uid: 4502, home: "/var/lib/hubt-svc" }),
      users.user({ name: "hubt-alice", uid: 4503, groups: ["hubt-grp", "hubt-ops"], shell: "/bin/sh" }),
      users.authorizedKeys({ user: "hubt-alice", keys: [key] }),
    ];
    await expectConverges(ops, SNAPSHOT);
    expect(await onHost("getent passwd hubt-svc | cut -d: -f3,6,7; id -Gn hubt-alice; stat -c '%a %U' /home/hubt-alice/.ssh /home/hubt-alice/.ssh/authorized_keys")).toBe(
      "4502:/var/lib/hubt-svc:/usr/sbin/nologin\nhubt-alice hubt-grp hubt-ops\n700 hubt-alice\n600 hubt-alice\n",
    );
    // A drifted account is put back with one usermod.
    await onHost("gpasswd -d hubt-alice hubt-ops >/dev/null");
    const fixed = await converge(ops);
    expect(counts(fixed).changed).toBe(1);
    expect(operations(fixed).find((o) => o.status === "changed")!.reason).toContain("groups hubt-grp → hubt-grp,hubt-ops");
  });
});

describe("sudo", () => {
  const reset = "rm -f /etc/sudoers.d/hubt-test /etc/sudoers.d/.hubstack.*; true";
  beforeAll(() => onHost(reset));
  afterAll(() => onHost(reset));

  it("installs a drop-in checked by visudo, and refuses a broken one without touching the old", async () => {
    await expectConverges(() => [sudo.sudoers({ name: "hubt-test", content: "nobody ALL=(root) NOPASSWD: /bin/true" })], "cat /etc/sudoers.d/hubt-test 2>/dev/null; echo end");
    const broken = await converge(() => [sudo.sudoers({ name: "hubt-test", content: "nobody ALL=(root NOPASSWD /bin/true" })]);
    expect(counts(broken).failed).toBe(1);
    expect(broken.hosts[0]!.error!.message).toMatch(/testhost \[sudo.sudoers hubt-test\]: .*syntax error/);
    expect(await onHost("cat /etc/sudoers.d/hubt-test; ls -a /etc/sudoers.d | grep -c hubstack || true")).toBe("nobody ALL=(root) NOPASSWD: /bin/true\n0\n");
  });
});

describe("apt", () => {
  // Small packages that nothing else on a Debian host needs.
  const PKGS = ["sl", "cowsay"];
  const reset = `apt-get -q -y -o DPkg::Lock::Timeout=600 purge ${PKGS.join(" ")} >/dev/null 2>&1; rm -f /etc/apt/sources.list.d/hubt-updates.sources /etc/apt/keyrings/hubt-updates.gpg; true`;
  beforeAll(() => onHost(reset));
  afterAll(() => onHost(reset));

  it("installs, keeps, upgrades to latest and removes packages", async () => {
    const snapshot = `dpkg-query -W -f='\${Package} \${Status}\\n' ${PKGS.join(" ")} 2>/dev/null; echo end`;
    await expectConverges(() => [apt.packages({ names: PKGS })], snapshot);
    const latest = await converge(() => [apt.packages({ names: PKGS, state: "latest", cacheValidSeconds: 86400 * 365 })]);
    expect(counts(latest)).toMatchObject({ changed: 0, failed: 0 });
    await expectConverges(() => [apt.packages({ names: PKGS, state: "absent", purge: true })], snapshot);
  });

  it("adds a repository with its own signing key (deb822, Signed-By) and refreshes the lists", async () => {
    const uri = (await onHost("grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | cut -d' ' -f2; grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | head -1 | cut -d' ' -f2")).split("\n").find(Boolean)!;
    const ops = () => [
      apt.repository({
        name: "hubt-updates",
        uris: [uri],
        suites: ["bookworm-backports"],
        components: ["contrib"],
        keyFile: "/usr/share/keyrings/debian-archive-keyring.gpg",
      }),
    ];
    await expectConverges(ops, "cat /etc/apt/sources.list.d/hubt-updates.sources 2>/dev/null; sha256sum /etc/apt/keyrings/hubt-updates.gpg 2>/dev/null; echo end");
    expect(await onHost("cat /etc/apt/sources.list.d/hubt-updates.sources")).toContain("Signed-By: /etc/apt/keyrings/hubt-updates.gpg");
  });
});

describe("sysctl and mounts", () => {
  const MNT = "/mnt/hubstack-test";
  let fstab = "";
  let ratio = "";
  beforeAll(async () => {
    fstab = await onHost("base64 -w0 /etc/fstab");
    ratio = (await onHost("sysctl -n vm.overcommit_ratio")).trim();
  });
  afterAll(async () => {
    await onHost(`umount ${MNT} 2>/dev/null; echo ${fstab} | base64 -d > /etc/fstab; rm -f /etc/sysctl.d/60-hubstack-vm-overcommit_ratio.conf; sysctl -q -w vm.overcommit_ratio=${ratio}`);
  });

  it("sets a kernel parameter now and persists it", async () => {
    const want = ratio === "51" ? 52 : 51;
    await expectConverges(() => [sysctl.set({ key: "vm.overcommit_ratio", value: want })], "sysctl -n vm.overcommit_ratio; cat /etc/sysctl.d/60-hubstack-vm-overcommit_ratio.conf 2>/dev/null; echo end");
    expect(await onHost("sysctl -n vm.overcommit_ratio")).toBe(`${want}\n`);
  });

  it("writes the fstab entry and mounts it; absent unmounts and removes it", async () => {
    const snapshot = `cat /etc/fstab; findmnt -n -o SOURCE,FSTYPE --mountpoint ${MNT}; echo end`;
    await expectConverges(() => [mounts.mount({ path: MNT, source: "tmpfs", fstype: "tmpfs", options: ["size=8m", "mode=0755"] })], snapshot);
    expect(await onHost(`findmnt -n -o FSTYPE --mountpoint ${MNT}; grep -c '${MNT}' /etc/fstab`)).toBe("tmpfs\n1\n");
    await expectConverges(() => [mounts.mount({ path: MNT, source: "tmpfs", fstype: "tmpfs", state: "absent" })], snapshot);
    expect(await onHost(`grep -c '${MNT}' /etc/fstab || true; findmnt --mountpoint ${MNT} >/dev/null && echo mounted || echo not`)).toBe("0\nnot\n");
  });
});

describe("commands and handlers", () => {
  const DIR = "/srv/hubstack-test-cmd";
  beforeAll(() => onHost(`rm -rf ${DIR} /var/lib/hubstack/handlers/t--*; mkdir -p ${DIR}`));
  afterAll(() => onHost(`rm -rf ${DIR} /var/lib/hubstack/handlers/t--*`));

  it("runs a command guarded by creates or unless once, masking its secrets", async () => {
    const ops = () => [
      commands.command({ script: sh`echo ${secret("pa55word")} > ${DIR}/made`, creates: `${DIR}/made` }),
      commands.command({ script: `echo x >> ${DIR}/log`, unless: `grep -q x ${DIR}/log` }),
    ];
    const { check } = await expectConverges(ops, `ls ${DIR}; cat ${DIR}/* 2>/dev/null; echo end`);
    expect(JSON.stringify(check)).not.toContain("pa55word");
    expect(operations(check)[0]!.commands![0]).toContain("echo *** >");
    expect(await onHost(`cat ${DIR}/made ${DIR}/log`)).toBe("pa55word\nx\n");
    const unguarded = await converge(() => [commands.command({ script: "true" })], { check: true });
    expect(operations(unguarded)[0]!.warning).toMatch(/every run/);
  });

  it("runs a local program with the host's address and key", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "hubstack-local-")), "env");
    const ops = () => [commands.local({ argv: ["sh", "-c", `env | grep ^HUBSTACK_ | sort > ${out}`], creates: out })];
    const first = await converge(ops);
    expect(counts(first).changed).toBe(1);
    const env = readFileSync(out, "utf8");
    expect(env).toContain(`HUBSTACK_HOST_ADDRESS=${testHost().address}`);
    expect(env).toContain(`HUBSTACK_HOST_PORT=${testHost().port}`);
    expect(env).toContain(`HUBSTACK_PRIVATE_KEY_FILE=${testHost().privateKeyFile}`);
    expect(counts(await converge(ops)).changed).toBe(0);
  });

  it("runs a notified handler once, and again after a failed run is repeated", async () => {
    const handlers = () => ({ restart: commands.command({ script: `echo restarted >> ${DIR}/restarts` }) });
    const step = (content: string, failAfter: boolean) => () => [
      files.file({ path: `${DIR}/a.conf`, content, notify: "restart" }),
      files.file({ path: `${DIR}/b.conf`, content, notify: "restart" }),
      ...(failAfter ? [commands.command({ script: "echo boom >&2; exit 3" })] : []),
    ];
    const first = await converge(step("1", false), { handlers });
    expect(counts(first)).toMatchObject({ changed: 3, failed: 0 });
    expect(await onHost(`cat ${DIR}/restarts`)).toBe("restarted\n");
    expect(counts(await converge(step("1", false), { handlers })).changed).toBe(0);

    // The config changes, a later step fails: no restart yet, but the host remembers it is owed.
    const failed = await converge(step("2", true), { handlers });
    expect(counts(failed)).toMatchObject({ changed: 2, failed: 1 });
    expect(failed.hosts[0]!.error!.message).toMatch(/commands.command echo boom.*exit code 3: boom/s);
    expect(await onHost(`cat ${DIR}/restarts; ls /var/lib/hubstack/handlers`)).toBe("restarted\nt--restart\n");
    // The repeat sees no config change, yet restarts once and clears the marker.
    const repeat = await converge(step("2", false), { handlers });
    expect(operations(repeat).filter((o) => o.status === "changed").map((o) => o.name)).toEqual(["handler: restart"]);
    expect(await onHost(`cat ${DIR}/restarts; ls /var/lib/hubstack/handlers | wc -l`)).toBe("restarted\nrestarted\n0\n");
  });
});

describe.runIf(testHost().systemd)("systemd", () => {
  it("writes a unit, enables and starts the service, restarts it once through a handler", async () => {
    // Every start of the service appends its greeting: the file counts the starts.
    const unit = (greeting: string) =>
      systemd.unit({ name: "hubt-demo.service", content: `[Service]\nExecStart=/bin/sh -c 'echo ${greeting} >> /run/hubt-demo; exec sleep infinity'\n[Install]\nWantedBy=multi-user.target\n`, notify: "restart" });
    const handlers = () => ({ restart: systemd.service({ name: "hubt-demo.service", state: "restarted" }) });
    const ops = (g: string) => () => [unit(g), systemd.service({ name: "hubt-demo.service", enabled: true, state: "started" })];
    await onHost("systemctl disable --now hubt-demo.service 2>/dev/null; rm -f /run/hubt-demo /var/lib/hubstack/handlers/t--*; true");
    const { first } = await expectConverges(ops("one"), "systemctl is-enabled hubt-demo.service; systemctl is-active hubt-demo.service; cat /run/hubt-demo 2>/dev/null; echo end", { handlers });
    // Started after the unit was written: it runs with that unit already, so the handler does not restart it.
    expect(operations(first).find((o) => o.name === "handler: restart")).toMatchObject({ status: "ok", reason: expect.stringMatching(/started after the change/) });
    expect(await onHost("cat /run/hubt-demo; ls /var/lib/hubstack/handlers | grep -c '^t--' || true")).toBe("one\n0\n");
    // Running since before the unit changed: restarted, once.
    const second = await converge(ops("two"), { handlers });
    expect(operations(second).find((o) => o.name === "handler: restart")).toMatchObject({ status: "changed" });
    expect(await onHost("cat /run/hubt-demo")).toBe("one\ntwo\n");
    // Owed by a run that stopped before its handlers, and the service restarted since (a reboot, a person):
    // nothing is owed any more. Owed and not restarted since: restarted.
    await onHost("printf '%s %s\\n' \"$(cat /proc/sys/kernel/random/boot_id)\" \"$(cut -d' ' -f1 /proc/uptime)\" > /var/lib/hubstack/handlers/t--restart; sleep 0.1; systemctl restart hubt-demo.service");
    const owedRestarted = await converge(ops("two"), { handlers });
    expect(operations(owedRestarted).find((o) => o.name === "handler: restart")).toMatchObject({ status: "ok", reason: expect.stringMatching(/started after .*owed by an earlier run/) });
    await onHost("sleep 0.1; printf '%s %s\\n' \"$(cat /proc/sys/kernel/random/boot_id)\" \"$(cut -d' ' -f1 /proc/uptime)\" > /var/lib/hubstack/handlers/t--restart");
    const owed = await converge(ops("two"), { handlers });
    expect(operations(owed).find((o) => o.name === "handler: restart")).toMatchObject({ status: "changed" });
    expect(await onHost("cat /run/hubt-demo; ls /var/lib/hubstack/handlers | grep -c '^t--' || true")).toBe("one\ntwo\ntwo\ntwo\n0\n");
    await onHost("systemctl disable --now hubt-demo.service 2>/dev/null; rm -f /etc/systemd/system/hubt-demo.service /run/hubt-demo; systemctl daemon-reload");
  });

  it("enables without a daemon-reload, and the next run sees it enabled whatever file state systemd read before", async () => {
    // A unit systemd has loaded and read as disabled: it keeps that UnitFileState until a daemon-reload.
    await onHost(
      "printf '[Service]\\nExecStart=/bin/sleep infinity\\n[Install]\\nWantedBy=multi-user.target\\n' > /etc/systemd/system/hubt-cached.service && " +
        "systemctl daemon-reload && systemctl disable hubt-cached.service 2>/dev/null; systemctl show -p UnitFileState hubt-cached.service",
    );
    const ops = () => [systemd.service({ name: "hubt-cached.service", enabled: true, state: "started" })];
    // Enabled and started, and the next run (and a check run) changes nothing: whatever systemd's cache says,
    // the fact reads the unit files when it does not say enabled.
    await expectConverges(ops, "systemctl is-enabled hubt-cached.service; systemctl is-active hubt-cached.service; echo end");
    await onHost("systemctl disable --now hubt-cached.service 2>/dev/null; rm -f /etc/systemd/system/hubt-cached.service; systemctl daemon-reload");
  });
});

describe("the load test's readings of the hub's memory over SSH", () => {
  it("MemTotal as the host's kernel says, and readings every interval until stopped", async () => {
    const kib = Number(/MemTotal:\s+(\d+) kB/.exec(await onHost("cat /proc/meminfo"))![1]);
    expect(await readMemTotalMiB(target(), knownHostsFile())).toBe(Math.floor(kib / 1024));
    const sampler = await sampleMemory(target(), knownHostsFile(), 300);
    await new Promise((r) => setTimeout(r, 1500));
    const readings = await sampler.stop();
    expect(readings.length).toBeGreaterThanOrEqual(2);
    for (const r of readings) {
      expect(r.totalMiB).toBe(Math.floor(kib / 1024));
      expect(r.usedMiB).toBeGreaterThan(0);
      expect(r.usedMiB).toBeLessThan(r.totalMiB);
    }
  });
});

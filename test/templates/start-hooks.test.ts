/**
 * The start hooks' runner, for real: rendered with its paths inside a temporary root (the only thing
 * that differs from what hubstack installs), then run as root on this machine against hooks with the
 * right and the wrong owners and modes. The notebook user is `nobody`, so nothing is added to the
 * machine's accounts; the admin account is a bare uid, as it is inside a notebook container.
 */
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { startHookFiles, startScriptsVars, type StartScriptsVars } from "../../provisioners/roles/start-hooks/template-vars.js";
import { renderTemplate } from "../../templates/index.js";
import { has, load, run, variant, writeTemp } from "./helpers.js";

const ADMIN = 2000;
const NOBODY = Number(run("id", ["-u", "nobody"]).stdout.trim());
const isRoot = process.getuid?.() === 0;

describe("the scripts are valid shell", () => {
  const env = load("local");
  const scripts = Object.values(startHookFiles(env)).map((f) => ({ dest: f.dest, text: renderManagedFile(f) }));
  scripts.push({ dest: "/usr/local/bin/start-notebook.sh", text: renderTemplate("images/start-notebook.sh.hbs", { nbUser: "jovyan", beforeNotebookDir: "/usr/local/bin/before-notebook.d" }) });

  for (const { dest, text } of scripts) {
    it(`${dest}: bash -n and shellcheck`, () => {
      const path = writeTemp(dest, text);
      const syntax = run("bash", ["-n", path]);
      expect(syntax.status, syntax.out).toBe(0);
      expect(has("shellcheck"), "shellcheck is installed by test/templates/setup.ts").toBe(true);
      const lint = run("shellcheck", ["--shell=bash", "--severity=style", path]);
      expect(lint.status, lint.out).toBe(0);
    });
  }

  it("the runner carries no path or id from the environment, only fixed ones", () => {
    const text = renderManagedFile(startHookFiles(env).runner);
    expect(text).toMatch(/^\tstart_dir='\/home\/admin\/start'$/m);
    expect(text).toMatch(/^\tlog_dir='\/home\/admin\/logs'$/m);
    expect(text).toMatch(/^\tadmin_uid=2000$/m);
    expect(text).not.toMatch(/\beval\b/);
  });

  it("installs as-root.sh root-only and as-user.sh readable, owned by admin", () => {
    const { runner, asRoot, asUser } = startHookFiles(env);
    expect(runner).toMatchObject({ dest: "/usr/local/bin/before-notebook.d/start-scripts.sh", owner: "root", mode: 0o755 });
    expect(asRoot).toMatchObject({ dest: "/home/admin/start/as-root.sh", owner: "root", group: "root", mode: 0o700 });
    expect(asUser).toMatchObject({ dest: "/home/admin/start/as-user.sh", owner: "admin", group: "admin", mode: 0o755 });
  });

  it("the inventory's own hooks replace the defaults", () => {
    const own = variant("local", (e) => {
      e.hub.startHooks.asRoot = "#!/bin/bash\necho mine-root";
      e.hub.startHooks.asUser = "#!/bin/bash\necho mine-user\n";
    });
    const { asRoot, asUser } = startHookFiles(own);
    expect(renderManagedFile(asRoot!)).toBe("#!/bin/bash\necho mine-root\n");
    expect(renderManagedFile(asUser!)).toBe("#!/bin/bash\necho mine-user\n");
  });
});

describe.skipIf(!isRoot)("the runner, run as root in a temporary root", () => {
  let root: string;
  let admin: string;
  let start: string;
  let logs: string;
  let runner: string;

  function render(overrides: Partial<StartScriptsVars> = {}): string {
    const vars = { ...startScriptsVars(load("local")), startDir: start, logDir: logs, adminUid: ADMIN, adminGid: ADMIN, timeoutSeconds: 20, ...overrides };
    const path = join(root, "start-scripts.sh");
    writeFileSync(path, renderTemplate("start-hooks/start-scripts.sh.hbs", vars));
    chmodSync(path, 0o755);
    return path;
  }

  function hook(name: "as-root" | "as-user", body: string, uid: number, mode: number): string {
    const path = join(start, `${name}.sh`);
    writeFileSync(path, `#!/bin/bash\n${body}\n`);
    chownSync(path, uid, uid);
    chmodSync(path, mode);
    return path;
  }

  function runIt(env: Record<string, string> = {}, script = runner) {
    const started = Date.now();
    const r = run("bash", [script], { env: { JUPYTERHUB_USER: "alice", NB_USER: "nobody", ...env } });
    return { ...r, seconds: (Date.now() - started) / 1000 };
  }

  const log = (user: string, kind: string) => readFileSync(join(logs, `${user}-${kind}.log`), "utf8");

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "hubstack-hooks-"));
    chmodSync(root, 0o755);
    admin = join(root, "admin");
    start = join(admin, "start");
    logs = join(admin, "logs");
    for (const [dir, mode] of [[admin, 0o755], [start, 0o755], [logs, 0o750]] as const) {
      mkdirSync(dir);
      chownSync(dir, ADMIN, ADMIN);
      chmodSync(dir, mode);
    }
    runner = render();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("runs as-root.sh as root, then as-user.sh as the notebook user, each logged as admin with mode 0640", () => {
    hook("as-root", `echo "root hook uid=$(id -u) user=$JUPYTERHUB_USER"; touch '${root}/as-root-ran'`, 0, 0o700);
    hook("as-user", `echo "user hook uid=$(id -u) home=$HOME"`, ADMIN, 0o755);
    const r = runIt();
    expect(r.status, r.out).toBe(0);
    expect(existsSync(join(root, "as-root-ran"))).toBe(true);
    expect(log("alice", "as-root")).toMatch(/root hook uid=0 user=alice/);
    expect(log("alice", "as-root")).toMatch(/=== exit status 0/);
    expect(log("alice", "as-user")).toMatch(new RegExp(`user hook uid=${NOBODY} `));
    for (const kind of ["as-root", "as-user"]) {
      const st = statSync(join(logs, `alice-${kind}.log`));
      expect(st.uid, kind).toBe(ADMIN);
      expect(st.gid, kind).toBe(ADMIN);
      expect(st.mode & 0o777, kind).toBe(0o640);
    }
    // The notebook user cannot read its own logs (nor list the folder).
    expect(run("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "cat", join(logs, "alice-as-root.log")]).status).not.toBe(0);
    // The order: as-root before as-user.
    expect(r.stderr.indexOf("as-root hook")).toBeLessThan(r.stderr.indexOf("as-user hook"));
  });

  it("runs the text it checked, read once: what is written into the hook file while it runs is not run", () => {
    // Bash reads a script file as it goes: run from the path, the line appended here would run too (as
    // would a swapped file between the check and the run). Run from the text read through the checked
    // descriptor, it cannot.
    const path = hook("as-root", `echo first; echo 'touch ${root}/injected' >> "$0"; echo last`, 0, 0o700);
    const r = runIt();
    expect(r.status, r.out).toBe(0);
    expect(log("alice", "as-root")).toMatch(/first\nlast\n=== exit status 0/);
    expect(existsSync(join(root, "injected"))).toBe(false);
    expect(readFileSync(path, "utf8")).toContain(`touch ${root}/injected`);
  });

  it("refuses a hook that is not a regular file, or larger than 100 kB", () => {
    const path = join(start, "as-root.sh");
    run("mkfifo", [path]);
    runIt();
    expect(log("alice", "as-root")).toMatch(/REFUSED: .*as-root\.sh is not a regular file/);
    rmSync(path);
    hook("as-root", `# ${"x".repeat(100_001)}`, 0, 0o700);
    runIt();
    expect(log("alice", "as-root")).toMatch(/REFUSED: .*as-root\.sh is larger than 100 kB/);
  });

  it("runs an empty hook (nothing to do), rather than refusing it", () => {
    const path = join(start, "as-root.sh");
    writeFileSync(path, "");
    chownSync(path, 0, 0);
    chmodSync(path, 0o700);
    runIt();
    expect(log("alice", "as-root")).not.toMatch(/REFUSED/);
    expect(log("alice", "as-root")).toMatch(/=== exit status 0/);
  });

  it("appends one block per start", () => {
    hook("as-root", "echo once", 0, 0o700);
    runIt();
    runIt();
    expect(log("alice", "as-root").match(/^=== .* as-root for hub user alice/gm)).toHaveLength(2);
  });

  it("refuses an as-root.sh that others can write, logs why, and the notebook still starts", () => {
    hook("as-root", `touch '${root}/as-root-ran'`, 0, 0o777);
    hook("as-user", "echo user ok", ADMIN, 0o755);
    const r = runIt();
    expect(r.status, r.out).toBe(0);
    expect(existsSync(join(root, "as-root-ran"))).toBe(false);
    expect(log("alice", "as-root")).toMatch(/REFUSED: .*as-root\.sh can be written by group or others \(mode 777\)/);
    // The other hook is not affected.
    expect(log("alice", "as-user")).toMatch(/user ok/);
  });

  it("refuses an as-root.sh owned by admin (root only), and an as-user.sh owned by someone else", () => {
    hook("as-root", `touch '${root}/as-root-ran'`, ADMIN, 0o755);
    hook("as-user", "echo should-not-run", 3000, 0o755);
    expect(runIt().status).toBe(0);
    expect(existsSync(join(root, "as-root-ran"))).toBe(false);
    expect(log("alice", "as-root")).toMatch(/REFUSED: .*as-root\.sh is owned by uid 2000 \(allowed: uid 0\)/);
    expect(log("alice", "as-user")).toMatch(/REFUSED: .*as-user\.sh is owned by uid 3000 \(allowed: uid 0 2000\)/);
    expect(log("alice", "as-user")).not.toMatch(/should-not-run/);
  });

  it("accepts an as-user.sh owned by root", () => {
    hook("as-user", "echo root-owned-user-hook", 0, 0o755);
    runIt();
    expect(log("alice", "as-user")).toMatch(/root-owned-user-hook/);
  });

  it("refuses group-writable hooks, symbolic links, and a start folder others can write", () => {
    hook("as-user", "echo nope", ADMIN, 0o775);
    runIt();
    expect(log("alice", "as-user")).toMatch(/REFUSED: .*can be written by group or others \(mode 775\)/);

    const target = join(root, "elsewhere.sh");
    writeFileSync(target, "touch /tmp/never\n");
    chmodSync(target, 0o700);
    symlinkSync(target, join(start, "as-root.sh"));
    runIt();
    expect(log("alice", "as-root")).toMatch(/REFUSED: .*as-root\.sh is a symbolic link/);

    rmSync(join(start, "as-root.sh"));
    hook("as-root", `touch '${root}/as-root-ran'`, 0, 0o700);
    chmodSync(start, 0o777);
    runIt();
    expect(existsSync(join(root, "as-root-ran"))).toBe(false);
    expect(log("alice", "as-root")).toMatch(/REFUSED: folder .*\/start can be written by group or others \(mode 777\)/);
  });

  it("a failing hook is logged with its status; the runner still succeeds", () => {
    hook("as-root", "echo failing >&2; exit 3", 0, 0o700);
    const r = runIt();
    expect(r.status).toBe(0);
    expect(log("alice", "as-root")).toMatch(/failing\n=== exit status 3/);
  });

  it("a hanging hook is stopped after the timeout", () => {
    runner = render({ timeoutSeconds: 2 });
    hook("as-root", "sleep 60", 0, 0o700);
    const r = runIt();
    expect(r.status).toBe(0);
    expect(r.seconds).toBeLessThan(20);
    expect(log("alice", "as-root")).toMatch(/exit status 124 \(stopped after 2 s\)/);
  });

  it("sourced with set -e by docker-stacks' start.sh, it never stops the caller, whatever happens", () => {
    hook("as-root", "exit 1", 0, 0o777);
    hook("as-user", "exit 1", ADMIN, 0o755);
    const r = run("bash", ["-c", `set -e; source '${runner}'; echo "caller goes on"`], { env: { JUPYTERHUB_USER: "alice", NB_USER: "nobody" } });
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).toMatch(/caller goes on/);
    // Nothing of the runner leaks into the caller.
    const leak = run("bash", ["-c", `source '${runner}' 2>/dev/null; declare -F run_hook || echo none; echo "[\${start_dir-unset}]"`]);
    expect(leak.stdout).toMatch(/none\n\[unset\]/);
  });

  it("a hostile hub user name is only data: a safe log file name, nothing executed", () => {
    hook("as-root", 'echo "user is [$JUPYTERHUB_USER]"', 0, 0o700);
    const evil = `../../x$(touch ${root}/pwned)\`touch ${root}/pwned2\`;\n.hidden`;
    const r = runIt({ JUPYTERHUB_USER: evil });
    expect(r.status, r.out).toBe(0);
    expect(existsSync(join(root, "pwned"))).toBe(false);
    expect(existsSync(join(root, "pwned2"))).toBe(false);
    const names = readdirSync(logs);
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).toMatch(/^_?[A-Za-z0-9._@-]+-as-(root|user)\.log$/);
    expect(names.some((n) => n.startsWith("_.._.._x"))).toBe(true);
    // Files stay inside the log folder.
    expect(readdirSync(root).sort()).toEqual(["admin", "start-scripts.sh"]);
  });

  it("a name that starts with a dot gets no hidden log file", () => {
    hook("as-root", "true", 0, 0o700);
    runIt({ JUPYTERHUB_USER: ".profile" });
    expect(existsSync(join(logs, "_.profile-as-root.log"))).toBe(true);
  });

  it("says when a hook is missing", () => {
    runIt();
    expect(log("alice", "as-root")).toMatch(/skipped: there is no .*as-root\.sh/);
  });

  it("never runs as-user.sh as root", () => {
    hook("as-user", `touch '${root}/as-user-ran'`, ADMIN, 0o755);
    runIt({ NB_USER: "root" });
    expect(existsSync(join(root, "as-user-ran"))).toBe(false);
    expect(log("alice", "as-user")).toMatch(/REFUSED: the notebook user is root/);
  });

  it("not root (a container started as the notebook user): as-root is refused, as-user runs, logs go to stderr", () => {
    hook("as-root", `touch '${root}/as-root-ran'`, 0, 0o755);
    hook("as-user", 'echo "user hook as $(id -un)"', ADMIN, 0o755);
    const r = run("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "bash", runner], { env: { JUPYTERHUB_USER: "alice", NB_USER: "nobody" } });
    expect(r.status, r.out).toBe(0);
    expect(existsSync(join(root, "as-root-ran"))).toBe(false);
    expect(r.stderr).toMatch(/REFUSED: not running as root/);
    expect(r.stderr).toMatch(/user hook as nobody/);
    expect(readdirSync(logs)).toEqual([]);
  });

  it("a log folder that is not admin's alone: hooks still run, output goes to stderr", () => {
    chmodSync(logs, 0o777);
    hook("as-root", "echo to-stderr", 0, 0o700);
    const r = runIt();
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/not logging to .*logs: .*can be written by group or others/);
    expect(r.stderr).toMatch(/to-stderr/);
    expect(readdirSync(logs)).toEqual([]);
  });

  it("moves a log past its size limit to .1", () => {
    runner = render({ logMaxBytes: 100 });
    hook("as-root", "head -c 300 /dev/zero | tr '\\0' x; echo", 0, 0o700);
    runIt();
    runIt();
    expect(existsSync(join(logs, "alice-as-root.log.1"))).toBe(true);
    expect(lstatSync(join(logs, "alice-as-root.log.1")).uid).toBe(ADMIN);
  });
});

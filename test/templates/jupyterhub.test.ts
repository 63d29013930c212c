/**
 * jupyterhub_config.py loaded for real: by the hub's locked JupyterHub, DockerSpawner and OAuthenticator
 * (install pip, a virtual environment of locks/hub.txt) or by Debian's JupyterHub (install apt), for each
 * authenticator and spawner; the resulting configuration is compared with what the inventory
 * asked for, and the config's own functions (pre-spawn hooks, the admin-team hook) are called. The
 * systemd units go through `systemd-analyze verify`.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/template-vars.js";
import { ConfigError } from "../../environment/errors.js";
import { readLock } from "../../cache/locks.js";
import { DEBIAN_PYTHON, GENERATED, hostsOf, hubPython, load, run, variant, writeTemp } from "./helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "hubstack-jh-"));
const isRoot = process.getuid?.() === 0;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads a config file with JupyterHub's own loader and prints what it set, as JSON. */
const LOADER = String.raw`
import json, os, sys, types
from jupyterhub.app import JupyterHub

path, mode = sys.argv[1], sys.argv[2]
if mode == "resolve":
    # JupyterHub's own loading: entry point names must resolve to classes Debian's JupyterHub has.
    app = JupyterHub()
    app.load_config_file(os.path.basename(path), path=os.path.dirname(path))
    config = app.config
else:
    # traitlets' loader alone: for names of PyPI classes (docker, github, ...) this machine lacks.
    from traitlets.config.loader import PyFileConfigLoader
    config = PyFileConfigLoader(os.path.basename(path), path=os.path.dirname(path)).load_config()

def plain(v):
    if isinstance(v, (set, frozenset)):
        return sorted(plain(x) for x in v)
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if callable(v):
        return "<callable " + getattr(v, "__name__", "?") + ">"
    return v

out = {"config": {section: {k: plain(v) for k, v in values.items()} for section, values in config.items()}}
if mode == "resolve":
    # Classes Debian's JupyterHub has: resolve them and build them with this configuration.
    auth = app.authenticator_class(parent=app)
    out["authenticator"] = type(auth).__name__
    out["admin_users"] = sorted(auth.admin_users)
    out["spawner"] = app.spawner_class.__name__
    out["app"] = {k: getattr(app, k) for k in ("bind_url", "hub_ip", "hub_port", "upgrade_db", "cleanup_servers", "db_url")}
    if hasattr(auth, "password"):
        out["dummy_password"] = auth.password
hooks = sys.argv[3:]
if "admin-teams" in hooks:
    hook = config.GitHubOAuthenticator.post_auth_hook
    member = {"auth_state": {"teams": [{"organization": {"login": "example-org"}, "slug": "hub-admins"}]}}
    stranger = {"auth_state": {"teams": [{"organization": {"login": "example-org"}, "slug": "students"}]}}
    out["admin_teams"] = [hook(None, None, member).get("admin"), hook(None, None, stranger).get("admin")]
if "docker-home" in hooks:
    hook = config.Spawner.pre_spawn_hook
    user = lambda name: types.SimpleNamespace(escaped_name=name, user=types.SimpleNamespace(name=name))
    hook(user("alice-2d"))
    refused = {}
    for name in ("debian", "admin", "taken"):
        try:
            hook(user(name))
            refused[name] = "accepted"
        except ValueError as e:
            refused[name] = str(e)
    out["docker_home_refused"] = refused
if "profiles" in hooks:
    # A real DockerSpawner built from this configuration, as the hub builds one per user, then the hook.
    from dockerspawner import DockerSpawner
    results = {}
    for choice in ("", "try-it", "course", "nope"):
        user = types.SimpleNamespace(name="ada", escaped_name="ada", id=1, url="/user/ada/", server=None, orm_user=None, settings={}, spawners={})
        sp = DockerSpawner(config=config, user=user, _log_name="ada")
        sp.user_options = {"profile": choice} if choice else {}
        try:
            config.Spawner.pre_spawn_hook(sp)
            results[choice or "(none)"] = {"image": sp.image, "mem": sp.mem_limit, "cpu": sp.cpu_limit, "binds": plain(sp.volume_binds)}
        except ValueError as e:
            results[choice or "(none)"] = str(e)
    out["profiles"] = results
    out["form"] = config.DockerSpawner.options_form(None)
    out["from_form"] = [config.DockerSpawner.options_from_form({"profile": ["try-it"]}), config.DockerSpawner.options_from_form({})]
print(json.dumps(out))
`;

const loaderPath = join(scratch, "load-config.py");
writeFileSync(loaderPath, LOADER);

interface Loaded {
  config: Record<string, Record<string, unknown>>;
  authenticator?: string;
  admin_users?: string[];
  spawner?: string;
  app?: Record<string, unknown>;
  dummy_password?: string;
  admin_teams?: unknown[];
  system_user?: Record<string, string>;
  spawn_log?: string[];
  docker_home_refused?: Record<string, string>;
  profiles?: Record<string, { image: string; mem: number; cpu: number; binds: Record<string, { bind: string; mode: string }> } | string>;
  form?: string;
  from_form?: unknown[];
}

/** The Python the hub loads its configuration with: the locked virtual environment. */
const pythonFor = (_env: Environment) => hubPython();

/** env=local with a change. */
const localWith = (change: (e: Environment) => void = () => {}) => variant("local", change);

function files(env: Environment) {
  return jupyterhubFiles(env, hostsOf(env), GENERATED);
}

function configText(env: Environment): string {
  return renderManagedFile(files(env).config);
}

function loadConfig(env: Environment, opts: { resolve?: boolean; hooks?: string[]; env?: Record<string, string>; pythonPath?: string } = {}): Loaded {
  const dir = mkdtempSync(join(scratch, "cfg-"));
  const path = writeTemp("/etc/jupyterhub/jupyterhub_config.py", configText(env), dir);
  const r = run(pythonFor(env), [loaderPath, path, opts.resolve ? "resolve" : "raw", ...(opts.hooks ?? [])], {
    env: { ...opts.env, ...(opts.pythonPath ? { PYTHONPATH: opts.pythonPath } : {}) },
  });
  expect(r.status, `${r.out}`).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Loaded;
}

describe("jupyterhub_config.py: what the inventory chooses, loaded back exactly", () => {
  it("spawn timeouts are sized for the host, and the inventory overrides them", () => {
    // Sized for a local environment that may run under qemu's TCG, not JupyterHub's 60 s / 30 s.
    expect(loadConfig(localWith(), { resolve: true }).config.Spawner).toMatchObject({ start_timeout: 300, http_timeout: 900 });
    expect(loadConfig(localWith((e) => (e.hub.jupyterhub.spawnTimeoutSeconds = 45)), { resolve: true }).config.Spawner).toMatchObject({ start_timeout: 45, http_timeout: 45 });
    expect(loadConfig(localWith(), { resolve: true }).config.JupyterHub).toMatchObject({ concurrent_spawn_limit: 8 });
    expect(loadConfig(localWith((e) => (e.hub.jupyterhub.concurrentSpawnLimit = 2)), { resolve: true }).config.JupyterHub).toMatchObject({ concurrent_spawn_limit: 2 });
  });

  it("PAM, admin users and extra traitlets of every JSON type, loaded back exactly", () => {
    const tricky = `it's "quoted" \\ back\nslash ${"\u2028"} é ✓ \'\'\' """`;
    const env = localWith((e) => {
      e.hub.jupyterhub.authenticator = { type: "pam" };
      e.hub.jupyterhub.adminUsers = ["alice", "o'brien"];
      e.hub.jupyterhub.extraConfig = {
        "Spawner.default_url": "/tree",
        "Spawner.environment": { GREETING: tricky, N: "1" },
        "Spawner.start_timeout": 120,
        "JupyterHub.shutdown_on_logout": true,
        "Spawner.notebook_dir": null,
        "JupyterHub.tornado_settings": { headers: { "Content-Security-Policy": "frame-ancestors 'self'" } },
      };
    });
    const loaded = loadConfig(env, { resolve: true });
    expect(loaded.authenticator).toBe("PAMAuthenticator");
    expect(loaded.admin_users).toEqual(["alice", "o'brien"]);
    const c = loaded.config;
    // JupyterHub 5 and later let no one in without allow config: every account of the hub may log in.
    expect(c.PAMAuthenticator).toMatchObject({ open_sessions: false, allow_all: true });
    expect(c.Spawner!.default_url).toBe("/tree");
    expect(c.Spawner!.environment).toEqual({ GREETING: tricky, N: "1" });
    expect(c.Spawner!.start_timeout).toBe(120);
    expect(c.JupyterHub!.shutdown_on_logout).toBe(true);
    expect(c.Spawner!.notebook_dir).toBeNull();
    expect(c.JupyterHub!.tornado_settings).toEqual({ headers: { "Content-Security-Policy": "frame-ancestors 'self'" } });
  });

  it("a dummy password comes from the environment file, never from the config file", () => {
    const env = localWith((e) => (e.hub.jupyterhub.authenticator = { type: "dummy", password: "s3cret-dummy-pass" }));
    expect(configText(env)).not.toContain("s3cret-dummy-pass");
    const hubEnv = renderManagedFile(files(env).hubEnv);
    expect(hubEnv).toMatch(/^HUBSTACK_DUMMY_PASSWORD=s3cret-dummy-pass$/m);
    expect(loadConfig(env, { resolve: true, env: { HUBSTACK_DUMMY_PASSWORD: "s3cret-dummy-pass" } }).dummy_password).toBe("s3cret-dummy-pass");
  });

  it("cullIdleSeconds 0 turns culling off", () => {
    expect(loadConfig(localWith()).config.JupyterHub!.services).toBeDefined();
    expect(loadConfig(localWith((e) => (e.hub.jupyterhub.cullIdleSeconds = 0))).config.JupyterHub!.services).toBeUndefined();
  });

  it("Debian's JupyterHub and the local spawner are retired: an inventory that asks for them is refused with the fix", () => {
    for (const [key, change] of [
      ["install: apt", (e: Environment) => (e.hub.jupyterhub.install = "apt")],
      ["spawner: local", (e: Environment) => (e.hub.jupyterhub.spawner = "local")],
    ] as const) {
      expect(() => files(localWith(change)), key).toThrow(new RegExp(`${key} .*was retired: remove the line`));
    }
  });
});

describe("jupyterhub_config.py for pip installs, loaded by the locked JupyterHub, DockerSpawner and OAuthenticator", () => {
  it("local (the default): the dummy authenticator and DockerSpawner, containers hardened, JupyterHub of locks/hub.txt", () => {
    const env = load("local");
    const loaded = loadConfig(env, { resolve: true });
    expect(loaded.authenticator).toBe("DummyAuthenticator");
    expect(loaded.spawner).toBe("DockerSpawner");
    expect(loaded.app).toMatchObject({ hub_ip: "172.30.0.1", hub_port: 8081 });
    const c = loaded.config;
    expect(c.DockerSpawner).toMatchObject({
      image: "hubstack/course:deploy",
      extra_host_config: { privileged: false, pids_limit: 1024, cap_drop: ["ALL"], cap_add: ["CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID"], security_opt: ["no-new-privileges:true"] },
    });
    expect(c.JupyterHub!.services).toEqual([{ name: "idle-culler", command: [expect.stringMatching(/python/), "-m", "jupyterhub_idle_culler", "--timeout=3600"] }]);
    const version = run(hubPython(), ["-c", "import jupyterhub, dockerspawner, oauthenticator; print(jupyterhub.__version__, dockerspawner.__version__, oauthenticator.__version__)"]);
    const lock = readLock("hub");
    expect(version.stdout.trim()).toBe(["jupyterhub", "dockerspawner", "oauthenticator"].map((p) => lock.packages.find((x) => x.name === p)!.version).join(" "));
  });

  it("hub-prod: GitHub with organizations and admin teams, DockerSpawner on the hubstack network, the idle culler as a service", () => {
    const env = load("hub-prod");
    const loaded = loadConfig(env, { resolve: true, hooks: ["admin-teams"], env: { HUBSTACK_OAUTH_CLIENT_SECRET: "from-env" } });
    expect(loaded.authenticator).toBe("GitHubOAuthenticator");
    expect(loaded.spawner).toBe("DockerSpawner");
    const c = loaded.config;
    expect(c.JupyterHub).toMatchObject({ authenticator_class: "github", spawner_class: "docker", hub_ip: "172.30.0.1", hub_connect_ip: "172.30.0.1" });
    expect(c.GitHubOAuthenticator).toMatchObject({
      client_id: "set-in-secrets",
      client_secret: "from-env",
      oauth_callback_url: "https://hub.hub.example.org/hub/oauth_callback",
      allowed_organizations: ["example-org"],
      scope: ["read:org"],
      populate_teams_in_auth_state: true,
    });
    expect(loaded.admin_teams).toEqual([true, null]);
    expect(c.DockerSpawner).toMatchObject({
      network_name: "hubstack",
      use_internal_ip: true,
      remove: true,
      image: "hubstack/local-base:deploy",
      mem_limit: "2G",
      cpu_limit: 1,
      notebook_dir: "/home/jovyan",
      extra_create_kwargs: { user: "root" },
      volumes: {
        "/home/{username}": "/home/jovyan",
        "/home/admin/start": { bind: "/home/admin/start", mode: "ro" },
        "/home/admin/logs": { bind: "/home/admin/logs", mode: "rw" },
        "/nfs": { bind: "/nfs", mode: "ro" },
      },
    });
    expect(c.DockerSpawner!.allowed_images).toBeUndefined();
    expect(c.JupyterHub!.services).toEqual([{ name: "idle-culler", command: [expect.stringMatching(/python/), "-m", "jupyterhub_idle_culler", "--timeout=3600"] }]);
    expect(c.JupyterHub!.load_roles).toEqual([
      { name: "hubstack-idle-culler", scopes: ["list:users", "read:users:activity", "read:servers", "delete:servers"], services: ["idle-culler"] },
    ]);
  });

  it("a missing OAuth secret stops the hub with the variable's name", () => {
    const env = load("hub-prod");
    const path = writeTemp("/etc/jupyterhub/jupyterhub_config.py", configText(env), mkdtempSync(join(scratch, "cfg-")));
    const r = run(DEBIAN_PYTHON, [loaderPath, path, "raw"], { env: { HUBSTACK_OAUTH_CLIENT_SECRET: "" } });
    // An empty value is still a value; only a missing one is an error.
    expect(r.status).toBe(0);
    const missing = run("env", ["-u", "HUBSTACK_OAUTH_CLIENT_SECRET", DEBIAN_PYTHON, loaderPath, path, "raw"]);
    expect(missing.status).not.toBe(0);
    expect(missing.out).toMatch(/HUBSTACK_OAUTH_CLIENT_SECRET/);
  });

  it("several images: users choose among them; the last listed is the default", () => {
    const env = variant("hub-prod", (e) => {
      e.hub.images = [
        { name: "minimal", from: "local-base", steps: [], imports: [], present: true },
        { name: "scipy", from: "minimal", steps: ["RUN true"], imports: [], present: true },
        { name: "old", from: "minimal", steps: [], imports: [], present: false },
      ];
    });
    const c = loadConfig(env, { env: { HUBSTACK_OAUTH_CLIENT_SECRET: "x" } }).config;
    expect(c.DockerSpawner!.allowed_images).toEqual({ minimal: "hubstack/minimal:deploy", scipy: "hubstack/scipy:deploy" });
    expect(c.DockerSpawner!.image).toBe("hubstack/scipy:deploy");
  });

  it.skipIf(!isRoot)("the Docker pre-spawn hook creates the NFS home owned by the notebook user (1000:100), 0700, and refuses the hub's own accounts", () => {
    const homes = mkdtempSync(join(scratch, "homes-"));
    // A home that belongs to someone else (an account of the hub, or a local-spawner leftover).
    mkdirSync(join(homes, "taken"));
    const env = variant("hub-prod", (e) => (e.nfs.mounts.home = homes));
    const loaded = loadConfig(env, { hooks: ["docker-home"], env: { HUBSTACK_OAUTH_CLIENT_SECRET: "x" } });
    const st = statSync(join(homes, "alice-2d"));
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([1000, 100, 0o700]);
    // hubstack's SSH user and the admin account: never a notebook home, whatever the authenticator says.
    expect(loaded.docker_home_refused!.debian).toMatch(/has the name of an account of the hub itself/);
    expect(loaded.docker_home_refused!.admin).toMatch(/has the name of an account of the hub itself/);
    expect(loaded.docker_home_refused!.taken).toMatch(/taken belongs to uid 0, not to the notebook user \(1000\); chown -R 1000:100/);
  });

  it.skipIf(!isRoot)("profiles: the spawn page offers them, the chosen one sets a real DockerSpawner's image, limits and home (NFS or none)", () => {
    const homes = mkdtempSync(join(scratch, "homes-"));
    const env = variant("local", (e) => {
      e.nfs.mounts.home = homes;
      e.hub.profiles = [
        { name: "course", displayName: "Course <2026>", image: "course", home: "persistent", cpuLimit: 2 },
        { name: "try-it", displayName: "Try it out", image: "local-base", home: "ephemeral", memLimit: "512M" },
      ];
    });
    const loaded = loadConfig(env, { resolve: true, hooks: ["profiles"] });
    const p = loaded.profiles!;
    // No choice (an API spawn): the first profile, with the user's NFS home.
    expect(p["(none)"]).toMatchObject({ image: "hubstack/course:deploy", mem: 2 * 1024 ** 3, cpu: 2 });
    expect(p["(none)"]).toMatchObject({ binds: { [join(homes, "ada")]: { bind: "/home/jovyan", mode: "rw" } } });
    expect(statSync(join(homes, "ada")).uid).toBe(1000);
    // The public profile: another image, its own limits, no NFS home (the shared folders stay read-only).
    const tryIt = p["try-it"] as { image: string; mem: number; binds: Record<string, { bind: string }> };
    expect(tryIt).toMatchObject({ image: "hubstack/local-base:deploy", mem: 512 * 1024 ** 2 });
    expect(Object.values(tryIt.binds).map((b) => b.bind)).not.toContain("/home/jovyan");
    expect(tryIt.binds["/nfs"]).toMatchObject({ bind: "/nfs", mode: "ro" });
    expect(p.nope).toMatch(/no profile 'nope' on this hub \(profiles: course, try-it\)/);
    // The form escapes what the inventory wrote; the first choice is checked.
    expect(loaded.form).toContain("Course &lt;2026&gt;");
    expect(loaded.form).toMatch(/value="course" checked/);
    expect(loaded.from_form).toEqual([{ profile: "try-it" }, { profile: "course" }]);
  });

  it("a profile naming an image outside the chain, or a size that does not parse, is refused naming the entry", () => {
    const env = variant("local", (e) => {
      e.hub.profiles = [
        { name: "gpu", displayName: "GPU", image: "pytorch", home: "persistent", memLimit: "lots" },
      ];
    });
    expect(() => files(env)).toThrow(/hub\.profiles\[0\]\.image: "pytorch" is not an image of the chain \(hub\.images: local-base, course\); name one of them/);
    expect(() => files(env)).toThrow(/hub\.profiles\[0\]\.memLimit: "lots" is not a size such as 2G/);
  });

  it("generic OAuth / OpenID Connect, under the name OAuthenticator registers (generic-oauth)", () => {
    const env = variant("hub-prod", (e) => {
      e.hub.jupyterhub.authenticator = {
        type: "generic-oauth",
        clientId: "hub",
        clientSecret: "x",
        authorizeUrl: "https://id.example.org/authorize",
        tokenUrl: "https://id.example.org/token",
        userdataUrl: "https://id.example.org/userinfo",
        usernameClaim: "preferred_username",
        allowedUsers: [],
        allowedGroups: [],
        groupsClaim: "groups",
        allowAll: true,
      };
    });
    const loaded = loadConfig(env, { resolve: true, env: { HUBSTACK_OAUTH_CLIENT_SECRET: "from-env" } });
    expect(loaded.authenticator).toBe("GenericOAuthenticator");
    const c = loaded.config;
    expect(c.JupyterHub).toMatchObject({ authenticator_class: "generic-oauth", spawner_class: "docker" });
    expect(c.GenericOAuthenticator).toMatchObject({
      client_id: "hub",
      client_secret: "from-env",
      authorize_url: "https://id.example.org/authorize",
      token_url: "https://id.example.org/token",
      userdata_url: "https://id.example.org/userinfo",
      username_claim: "preferred_username",
      allow_all: true,
    });
  });

  it("refuses what the locked hub cannot run, before anything is rendered: the local spawner, NativeAuthenticator, another version", () => {
    const refused = (change: (e: Environment) => void) => {
      try {
        files(variant("hub-prod", change));
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused((e) => (e.hub.jupyterhub.spawner = "local"))).toMatch(/hub\.jupyterhub: spawner: local .*was retired/);
    expect(refused((e) => (e.hub.jupyterhub.authenticator = { type: "native", openSignup: true }))).toMatch(/native needs jupyterhub-nativeauthenticator, which .*locks\/hub\.txt does not hold/);
    expect(refused((e) => (e.hub.jupyterhub.version = "4.1.6"))).toMatch(/hub\.jupyterhub\.version: 4\.1\.6, but .*locks\/hub\.txt pins jupyterhub 6\.\d+\.\d+; remove the line, or change locks\/hub\.in and run `npm run lock`/);
  });
});

describe("systemd units and environment files", () => {
  function verify(dest: string, text: string): string {
    const path = writeTemp(dest, text);
    // This machine has no docker.service: a stand-in lets the hub's Requires= resolve.
    const units = mkdtempSync(join(scratch, "units-"));
    writeFileSync(join(units, "docker.service"), "[Service]\nExecStart=/bin/true\n");
    const r = run("systemd-analyze", ["verify", "--man=no", path], { env: { SYSTEMD_UNIT_PATH: `${units}:` } });
    // Unknown keys are only warnings for systemd: treat every line about this file as a failure.
    const complaints = r.out.split("\n").filter((l) => l.includes(path) || /Unknown|ignoring|Failed|bad/i.test(l));
    expect(r.status, r.out).toBe(0);
    return complaints.join("\n");
  }

  for (const name of ["local", "hub-prod"]) {
    it(`${name}: jupyterhub.service and configurable-http-proxy.service pass systemd-analyze verify`, () => {
      const env = load(name);
      for (const f of [files(env).hubUnit, files(env).proxyUnit]) {
        // The pip virtual environment does not exist on this machine: verify with Debian's binary in its place.
        const text = renderManagedFile(f).replaceAll("/opt/jupyterhub/bin/jupyterhub ", "/usr/bin/jupyterhub ");
        expect(verify(f.dest, text), f.dest).toBe("");
      }
    });
  }

  it("the hub runs as root (it drives Docker), the proxy as a dynamic user without capabilities; both hardened", () => {
    const { hubUnit, proxyUnit } = files(localWith());
    const [hub, proxy] = [hubUnit, proxyUnit].map(renderManagedFile);
    expect(hub).toMatch(/^User=root$/m);
    expect(hub).toMatch(/^ExecStart=\/opt\/jupyterhub\/bin\/jupyterhub --config=\/etc\/jupyterhub\/jupyterhub_config\.py --upgrade-db$/m);
    expect(hub).toMatch(/^EnvironmentFile=\/etc\/jupyterhub\/jupyterhub\.env$/m);
    expect(hub).toMatch(/^RequiresMountsFor=\/home \/home\/admin$/m);
    expect(hub).toMatch(/^Requires=docker\.service$/m);
    expect(hub).not.toMatch(/^KillMode=/m);
    for (const line of ["NoNewPrivileges=yes", "PrivateTmp=yes", "ProtectSystem=strict", "PrivateDevices=yes", "ProtectKernelModules=yes"]) expect(hub).toContain(line);
    expect(proxy).toMatch(/^DynamicUser=yes$/m);
    expect(proxy).toMatch(/^CapabilityBoundingSet=$/m);
    expect(proxy).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/configurable-http-proxy\/node_modules\/configurable-http-proxy\/bin\/configurable-http-proxy --ip=127\.0\.0\.1 --port=8000 --api-ip=127\.0\.0\.1 --api-port=8001 --default-target=http:\/\/172\.\d+\.\d+\.1:8081 /m);
    expect(proxy).toMatch(/^EnvironmentFile=\/etc\/jupyterhub\/configurable-http-proxy\.env$/m);
    for (const line of ["NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateDevices=yes"]) expect(proxy).toContain(line);
  });

  it("environment files: 0600, each with only what its unit needs, parsed by systemd as written", () => {
    const env = variant("hub-prod", (e) => {
      e.hub.jupyterhub.proxyAuthToken = "inventory-token-abc";
      if (e.hub.jupyterhub.authenticator.type === "github") e.hub.jupyterhub.authenticator.clientSecret = "gh-secret-0123";
    });
    const { hubEnv, proxyEnv } = files(env);
    for (const f of [hubEnv, proxyEnv]) expect([f.mode, f.owner, f.secret]).toEqual([0o600, "root", true]);
    const hubText = renderManagedFile(hubEnv);
    expect(hubText).toMatch(/^CONFIGPROXY_AUTH_TOKEN=inventory-token-abc$/m);
    expect(hubText).toMatch(new RegExp(`^JPY_COOKIE_SECRET=${GENERATED.cookieSecret}$`, "m"));
    expect(hubText).toMatch(/^HUBSTACK_OAUTH_CLIENT_SECRET=gh-secret-0123$/m);
    const proxyText = renderManagedFile(proxyEnv);
    expect(proxyText.split("\n").filter((l) => /^[A-Z]/.test(l))).toEqual(["CONFIGPROXY_AUTH_TOKEN=inventory-token-abc"]);
    // systemd reads the file as written: a unit printing its environment shows the same values.
    const dir = mkdtempSync(join(scratch, "envfile-"));
    const envPath = writeTemp("/etc/jupyterhub/jupyterhub.env", hubText, dir);
    const unit = writeTemp("/etc/systemd/system/envcheck.service", `[Service]\nEnvironmentFile=${envPath}\nExecStart=/usr/bin/env\n`, dir);
    expect(run("systemd-analyze", ["verify", "--man=no", unit]).status).toBe(0);
  });
});

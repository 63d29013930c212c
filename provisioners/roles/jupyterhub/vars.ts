/**
 * Template variables of the jupyterhub role: jupyterhub_config.py, the systemd units of JupyterHub and
 * configurable-http-proxy, and their environment files (the secrets).
 *
 * Decisions, in one place:
 *
 * - One install: a virtual environment in /opt/jupyterhub with a pinned JupyterHub, DockerSpawner,
 *   OAuthenticator and the idle culler (locks/hub.txt, from this machine's package cache), and
 *   configurable-http-proxy from npm (locks/proxy, in /opt/configurable-http-proxy) run by Debian's
 *   nodejs. Debian's JupyterHub 3.0 with the local spawner (install: apt, spawner: local) was retired:
 *   it could neither limit a user's memory and processes nor live with homes exported root_squash, and
 *   an old inventory that still asks for it is refused with the fix (environment/checks.ts).
 * - One spawner: DockerSpawner, one container per user on the hubstack Docker network, the NFS home
 *   bind-mounted as /home/jovyan, memory, CPU and process limits per container.
 * - JupyterHub runs as root: DockerSpawner talks to the Docker socket, which is root-equivalent anyway.
 *   The proxy runs as a dynamic unprivileged user with no capabilities.
 * - Secrets (proxy token, cookie secret, crypt key, OAuth client secret, dummy password) never enter
 *   jupyterhub_config.py (0644); they are in 0600 root-only environment files, one per unit, each
 *   holding only what its unit needs.
 * - The hub listens on the hubstack bridge's gateway behind the proxy: containers cannot reach the
 *   host's loopback (the firewall opens only that port on that bridge).
 */
import type { Environment } from "../../../environment/schema.js";
import { lockedVersion, readLock } from "../../../cache/locks.js";
import { ConfigError } from "../../../environment/errors.js";
import { DOCKER_NETWORK, HUB_API_PORT, hubHostname, onlyHostWithRole, type ManagedFile, type ProvisionedHost } from "../base/vars.js";
import { imageBuilds, LOCAL_BASE_IMAGE, NB_GID, NB_UID, NB_USER } from "../images/vars.js";
import { startHookPaths } from "../start-hooks/vars.js";

export const CONFIG_DIR = "/etc/jupyterhub";
export const CONFIG_PATH = `${CONFIG_DIR}/jupyterhub_config.py`;
export const HUB_ENV_PATH = `${CONFIG_DIR}/jupyterhub.env`;
export const PROXY_ENV_PATH = `${CONFIG_DIR}/configurable-http-proxy.env`;
export const STATE_DIR = "/var/lib/jupyterhub";
/** pip install: the virtual environment. */
export const VENV_DIR = "/opt/jupyterhub";
/** configurable-http-proxy's tree from npm (locks/proxy), run by Debian's nodejs. */
export const PROXY_DIR = "/opt/configurable-http-proxy";
export const PROXY_NPM_COMMAND = `/usr/bin/node ${PROXY_DIR}/node_modules/configurable-http-proxy/bin/configurable-http-proxy`;
/** configurable-http-proxy: public side (Caddy forwards here) and its REST API (the hub configures routes). */
export const PROXY_PUBLIC = { ip: "127.0.0.1", port: 8000 } as const;
export const PROXY_API = { ip: "127.0.0.1", port: 8001 } as const;

/** Processes per notebook container: a kernel, a terminal and a compile are far below it; a fork bomb is not. */
export const CONTAINER_PIDS_LIMIT = 1024;
/**
 * What a notebook container keeps of root's capabilities: the as-root hook may chown and write what it
 * prepares, setpriv becomes NB_USER (SETUID, SETGID), tini signals its children. Docker's other defaults
 * (raw sockets, mknod, chroot, binding low ports, ...) are dropped.
 */
export const CONTAINER_CAPABILITIES = ["CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID"] as const;

type Authenticator = Environment["hub"]["jupyterhub"]["authenticator"];

/** What the pip install puts in the virtual environment (the role pins JupyterHub to hub.jupyterhub.version). */
export const PIP_PACKAGES = ["dockerspawner", "oauthenticator", "jupyterhub-nativeauthenticator", "jupyterhub-idle-culler"] as const;

/** One choice of the spawn page: an image of the chain, the home on NFS or in the container, its limits. */
export interface ProfileVars {
  name: string;
  displayName: string;
  /** hubstack/<image>:deploy */
  image: string;
  /** The NFS home (kept); false: the image's own home, gone when the container is removed. */
  persistent: boolean;
  memLimit: string;
  cpuLimit: number;
}

export interface ExtraTraitlet {
  /** "Spawner.default_url" becomes c.Spawner.default_url */
  target: string;
  /** The value as JSON text, loaded in Python with json.loads: any JSON value becomes the same Python value. */
  jsonText: string;
}

export interface JupyterhubConfigVars {
  hubHostname: string;
  publicUrl: string;
  authenticator: Omit<Authenticator, "clientSecret" | "password"> & { hasPassword?: boolean; groupsStateKey?: string };
  adminUsers: string[];
  /** Names of the hub's own accounts, whose homes share the homes' folder: never a notebook user's. */
  reservedUsers: string[];
  hubIp: string;
  hubPort: number;
  proxyApiUrl: string;
  proxyPublicUrl: string;
  stateDir: string;
  docker: {
        network: string;
        /** Display name -> image reference; one entry means no choice is offered. Unused when there are profiles. */
        images: Record<string, string>;
        /** hub.profiles, resolved: the spawn page offers these (the first is the default); false without profiles. */
        profiles: false | ProfileVars[];
        /** The same as JSON text, read with json.loads (JSON's true is not Python's). */
        profilesJson: string;
        defaultImage: string;
        memLimit: string;
        cpuLimit: number;
        homeRoot: string;
        notebookHome: string;
        nbUid: number;
        nbGid: number;
        /** Processes a container may run (its fork bomb stays its own). */
        pidsLimit: number;
        /** The capabilities a container keeps (all others are dropped). */
        capAdd: string[];
        /** Host path -> {bind, mode} for everything but the home. */
        volumes: Record<string, { bind: string; mode: "ro" | "rw" }>;
      };
  /** jupyterhub-idle-culler as a hub-managed service. */
  culler: false | { timeoutSeconds: number };
  extraConfig: ExtraTraitlet[];
  /** Spawner.start_timeout and http_timeout, sized for the host. */
  spawn: { startSeconds: number; httpSeconds: number };
}

/**
 * JupyterHub's own defaults (60 s to start, 30 s to answer) fail on hosts that are merely slow: a local
 * environment under qemu's TCG (5–10× slower than KVM for CPU work) took longer than that to start a server
 * on a busy 2-core machine, and a newcomer's first apply failed its health check for it. So the default is
 * derived from what the environment knows; `hub.jupyterhub.spawnTimeoutSeconds` overrides it.
 */
export function spawnTimeouts(env: Environment): { startSeconds: number; httpSeconds: number } {
  const asked = env.hub.jupyterhub.spawnTimeoutSeconds;
  if (asked !== undefined) return { startSeconds: asked, httpSeconds: asked };
  // A local environment may run under TCG unless it is told KVM ("auto" falls back to TCG here).
  if (env.target === "local" && env.local.accel !== "kvm") return { startSeconds: 300, httpSeconds: 180 };
  return { startSeconds: 120, httpSeconds: 60 };
}

/** Class.trait, as traitlets names them. */
const TRAITLET_KEY = /^([A-Z][A-Za-z0-9_]*)\.([a-z_][A-Za-z0-9_]*)$/;

function checkCombination(env: Environment): void {
  const jh = env.hub.jupyterhub;
  const problems: string[] = [];
  if (jh.install === "apt" || jh.spawner === "local") {
    problems.push(`hub.jupyterhub: ${jh.install === "apt" ? "install: apt" : "spawner: local"} (Debian's JupyterHub 3.0 with the local spawner) was retired: remove the line (the hub runs the locked JupyterHub with DockerSpawner)`);
  }
  {
    const hubLock = readLock("hub");
    const locked = lockedVersion(hubLock, "jupyterhub");
    if (jh.version !== undefined && jh.version !== locked) {
      problems.push(`hub.jupyterhub.version: ${jh.version}, but ${hubLock.path} pins jupyterhub ${locked}; remove the line, or change locks/hub.in and run \`npm run lock\``);
    }
    if (jh.authenticator.type === "native" && !lockedVersion(hubLock, "jupyterhub-nativeauthenticator")) {
      problems.push(`hub.jupyterhub.authenticator.type: native needs jupyterhub-nativeauthenticator, which ${hubLock.path} does not hold (its dependency onetimepass ships no wheel); add it to locks/hub.in and run \`npm run lock\`, or choose another authenticator`);
    }
  }
  if (jh.authenticator.type === "generic-oauth") {
    const a = jh.authenticator;
    if (!a.allowAll && a.allowedUsers.length === 0 && a.allowedGroups.length === 0) {
      problems.push("hub.jupyterhub.authenticator: a generic OAuth provider with no allowedUsers, no allowedGroups and no allowAll lets no one in (JupyterHub 5 and later); list who may log in, or set allowAll: true when every account of the provider is one of your users");
    }
    if (a.allowAll && (a.allowedUsers.length > 0 || a.allowedGroups.length > 0)) {
      problems.push("hub.jupyterhub.authenticator.allowAll: true lets everyone in, which makes allowedUsers and allowedGroups pointless; keep one of the two");
    }
  }
  if (jh.authenticator.type === "github" && jh.authenticator.allowedOrganizations.length === 0) {
    problems.push("hub.jupyterhub.authenticator.allowedOrganizations: empty, which would let every GitHub account in; list the organizations (or org:team) whose members may log in");
  }
  for (const key of Object.keys(jh.extraConfig)) {
    if (!TRAITLET_KEY.test(key)) problems.push(`hub.jupyterhub.extraConfig: "${key}" is not a traitlet name such as Spawner.default_url (Class.trait)`);
  }
  if (!SIZE.test(jh.memLimit)) problems.push(`hub.jupyterhub.memLimit: "${jh.memLimit}" is not a size such as 2G or 512M`);
  if (problems.length) throw new ConfigError(problems);
}

const SIZE = /^\d+(\.\d+)?[KMGT]?$/;

/** hub.profiles with their images as references and their limits filled in; every mistake listed at once. */
function resolveProfiles(env: Environment): false | ProfileVars[] {
  const list = env.hub.profiles;
  if (list.length === 0) return false;
  const builds = new Map(imageBuilds(env).map((b) => [b.name, b]));
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.name)) problems.push(`hub.profiles[${i}].name: "${p.name}" is listed twice`);
    seen.add(p.name);
    if (!builds.has(p.image)) problems.push(`hub.profiles[${i}].image: "${p.image}" is not an image of the chain (hub.images: ${[...builds.keys()].join(", ")}); name one of them`);
    if (p.memLimit !== undefined && !SIZE.test(p.memLimit)) problems.push(`hub.profiles[${i}].memLimit: "${p.memLimit}" is not a size such as 2G or 512M`);
  });
  if (problems.length) throw new ConfigError(problems);
  const jh = env.hub.jupyterhub;
  return list.map((p) => ({
    name: p.name,
    displayName: p.displayName,
    image: builds.get(p.image)!.deployRef,
    persistent: p.home === "persistent",
    memLimit: p.memLimit ?? jh.memLimit,
    cpuLimit: p.cpuLimit ?? jh.cpuLimit,
  }));
}

export function extraTraitlets(env: Environment): ExtraTraitlet[] {
  return Object.entries(env.hub.jupyterhub.extraConfig).map(([key, value]) => ({
    target: `c.${key}`,
    jsonText: JSON.stringify(value === undefined ? null : value),
  }));
}

/**
 * `hosts`: the environment's hosts (for the hub's own role list). `teamAdmins` and the SSH user are
 * reserved: a hub login with such a name must never spawn as that (sudo-capable) Unix account.
 */
export function jupyterhubConfigVars(env: Environment, hosts: readonly ProvisionedHost[]): JupyterhubConfigVars {
  checkCombination(env);
  const jh = env.hub.jupyterhub;
  onlyHostWithRole(hosts, "jupyterhub"); // exactly one hub, or a ConfigError that says so
  const hostname = hubHostname(env);
  const { startDir, logDir } = startHookPaths(env);
  const { clientSecret: _secret, password: _password, ...authRest } = jh.authenticator as Authenticator & { clientSecret?: string; password?: string };
  const authenticator = {
    ...authRest,
    ...(jh.authenticator.type === "dummy" ? { hasPassword: Boolean(jh.authenticator.password) } : {}),
    // OAuthenticator keeps the provider's user data under auth_state["oauth_user"]: the groups claim is read there.
    ...(jh.authenticator.type === "generic-oauth" ? { groupsStateKey: `oauth_user.${jh.authenticator.groupsClaim}` } : {}),
  } as JupyterhubConfigVars["authenticator"];
  const present = imageBuilds(env).filter((b) => b.name !== LOCAL_BASE_IMAGE);
  // Offer the images the inventory lists (or the local base when it lists none); the last one is the default,
  // as chains are written base first.
  const offered = present.length ? present : imageBuilds(env).filter((b) => b.name === LOCAL_BASE_IMAGE);
  const images = Object.fromEntries(offered.map((b) => [b.name, b.deployRef]));
  const profiles = resolveProfiles(env);
  return {
    hubHostname: hostname,
    publicUrl: `https://${hostname}`,
    authenticator,
    adminUsers: jh.adminUsers,
    reservedUsers: [...new Set(["root", "admin", env.ssh.user, ...env.admins.map((a) => a.name)])].sort(),
    hubIp: DOCKER_NETWORK.gateway,
    hubPort: HUB_API_PORT,
    proxyApiUrl: `http://${PROXY_API.ip}:${PROXY_API.port}`,
    proxyPublicUrl: `http://${PROXY_PUBLIC.ip}:${PROXY_PUBLIC.port}`,
    stateDir: STATE_DIR,
    docker: {
          network: DOCKER_NETWORK.name,
          images,
          defaultImage: profiles ? profiles[0]!.image : offered[offered.length - 1]!.deployRef,
          profiles,
          profilesJson: JSON.stringify(profiles || []),
          memLimit: jh.memLimit,
          cpuLimit: jh.cpuLimit,
          homeRoot: env.nfs.mounts.home.replace(/\/+$/, "") || "/",
          notebookHome: `/home/${NB_USER}`,
          nbUid: NB_UID,
          nbGid: NB_GID,
          pidsLimit: CONTAINER_PIDS_LIMIT,
          capAdd: [...CONTAINER_CAPABILITIES],
          volumes: {
            // The hooks (read-only: nothing in a container may change them) and their logs; the runner writes
            // the logs as admin, the notebook user cannot even list them.
            [startDir]: { bind: startDir, mode: "ro" },
            [logDir]: { bind: logDir, mode: "rw" },
            [env.nfs.mounts.shared]: { bind: env.nfs.mounts.shared, mode: "ro" },
          },
        },
    culler: jh.cullIdleSeconds > 0 ? { timeoutSeconds: jh.cullIdleSeconds } : false,
    extraConfig: extraTraitlets(env),
    spawn: spawnTimeouts(env),
  };
}

// --- secrets -----------------------------------------------------------------------------------------

/**
 * Secrets the role generates once on the hub when the inventory has none (and then keeps: it reads the
 * existing environment file back before rendering), so that a second apply changes nothing.
 */
export interface GeneratedSecrets {
  proxyAuthToken: string;
  /** 32 random bytes, hex (what JupyterHub expects in JPY_COOKIE_SECRET). */
  cookieSecret: string;
  /** Optional: enables encrypted auth state (OAuth tokens); 32 bytes, hex or base64. */
  cryptKey?: string;
}

export interface EnvFileVars {
  /** For the comment: which unit reads it. */
  unit: string;
  entries: { name: string; value: string }[];
}

/**
 * systemd's EnvironmentFile parser treats quotes, backslashes and whitespace specially: secrets are
 * restricted to characters that mean nothing to it, and refused (by name, never by value) otherwise.
 */
const ENV_SAFE = /^[A-Za-z0-9!#%&()*+,./:;<=>?@^_{|}~-]+$/;

function entry(name: string, value: string, where: string, problems: string[]) {
  if (!ENV_SAFE.test(value)) problems.push(`${where}: contains a character systemd's EnvironmentFile would mangle (whitespace, quote, backslash, $ or \`); generate one with \`openssl rand -hex 32\``);
  return { name, value };
}

export function hubEnvVars(env: Environment, generated: GeneratedSecrets): EnvFileVars {
  const jh = env.hub.jupyterhub;
  const problems: string[] = [];
  const cookie = jh.cookieSecret ?? generated.cookieSecret;
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(cookie)) {
    problems.push(`hub.jupyterhub.cookieSecret: must be hex (at least 32 hex digits; JupyterHub decodes it as hex); generate one with \`openssl rand -hex 32\``);
  }
  const entries = [
    entry("CONFIGPROXY_AUTH_TOKEN", jh.proxyAuthToken ?? generated.proxyAuthToken, "hub.jupyterhub.proxyAuthToken", problems),
    entry("JPY_COOKIE_SECRET", cookie, "hub.jupyterhub.cookieSecret", problems),
  ];
  if (generated.cryptKey) entries.push(entry("JUPYTERHUB_CRYPT_KEY", generated.cryptKey, "the generated crypt key", problems));
  const auth = jh.authenticator;
  if (auth.type === "github" || auth.type === "generic-oauth") {
    entries.push(entry("HUBSTACK_OAUTH_CLIENT_SECRET", auth.clientSecret, "hub.jupyterhub.authenticator.clientSecret", problems));
  }
  if (auth.type === "dummy" && auth.password) {
    entries.push(entry("HUBSTACK_DUMMY_PASSWORD", auth.password, "hub.jupyterhub.authenticator.password", problems));
  }
  if (problems.length) throw new ConfigError(problems);
  return { unit: "jupyterhub.service", entries };
}

export function proxyEnvVars(env: Environment, generated: GeneratedSecrets): EnvFileVars {
  const problems: string[] = [];
  const entries = [entry("CONFIGPROXY_AUTH_TOKEN", env.hub.jupyterhub.proxyAuthToken ?? generated.proxyAuthToken, "hub.jupyterhub.proxyAuthToken", problems)];
  if (problems.length) throw new ConfigError(problems);
  return { unit: "configurable-http-proxy.service", entries };
}

// --- units -------------------------------------------------------------------------------------------

export interface HubUnitVars {
  hubHostname: string;
  execStart: string;
  envFile: string;
  stateDir: string;
  /** Mount points the hub needs before it starts (homes and the admin area). */
  requiresMounts: string[];
  /** Paths the hub writes under ProtectSystem=strict (docker) */
  readWritePaths: string[];
}

export interface ProxyUnitVars {
  hubHostname: string;
  execStart: string;
  envFile: string;
}

export function hubUnitVars(env: Environment, hosts: readonly ProvisionedHost[]): HubUnitVars {
  checkCombination(env);
  const hub = onlyHostWithRole(hosts, "jupyterhub");
  const bin = `${VENV_DIR}/bin/jupyterhub`;
  const mounts = hub.roles.includes("nfs-client") ? [env.nfs.mounts.home, env.nfs.mounts.admin] : [];
  return {
    hubHostname: hubHostname(env),
    execStart: `${bin} --config=${CONFIG_PATH} --upgrade-db`,
    envFile: HUB_ENV_PATH,
    stateDir: STATE_DIR,
    requiresMounts: mounts,
    readWritePaths: [STATE_DIR, env.nfs.mounts.home],
  };
}

export function proxyUnitVars(env: Environment): ProxyUnitVars {
  const hubUrl = `http://${DOCKER_NETWORK.gateway}:${HUB_API_PORT}`;
  return {
    hubHostname: hubHostname(env),
    execStart: [
      PROXY_NPM_COMMAND,
      `--ip=${PROXY_PUBLIC.ip}`,
      `--port=${PROXY_PUBLIC.port}`,
      `--api-ip=${PROXY_API.ip}`,
      `--api-port=${PROXY_API.port}`,
      `--default-target=${hubUrl}`,
      `--error-target=${hubUrl}/hub/error`,
      "--log-level=info",
    ].join(" "),
    envFile: PROXY_ENV_PATH,
  };
}

export function jupyterhubFiles(env: Environment, hosts: readonly ProvisionedHost[], generated: GeneratedSecrets): ManagedFile[] {
  return [
    {
      source: { template: "jupyterhub/jupyterhub_config.py.hbs", vars: jupyterhubConfigVars(env, hosts) },
      dest: CONFIG_PATH,
      // No secrets in it by construction (they come from the environment file).
      mode: 0o644,
      owner: "root",
      group: "root",
      validate: [`${VENV_DIR}/bin/python3`, "-m", "py_compile", "{}"],
    },
    {
      source: { template: "jupyterhub/jupyterhub.env.hbs", vars: hubEnvVars(env, generated) },
      dest: HUB_ENV_PATH,
      mode: 0o600,
      owner: "root",
      group: "root",
      secret: true,
    },
    {
      source: { template: "jupyterhub/jupyterhub.env.hbs", vars: proxyEnvVars(env, generated) },
      dest: PROXY_ENV_PATH,
      // Read by systemd (root) before it switches to the proxy's dynamic user.
      mode: 0o600,
      owner: "root",
      group: "root",
      secret: true,
    },
    {
      source: { template: "jupyterhub/jupyterhub.service.hbs", vars: hubUnitVars(env, hosts) },
      dest: "/etc/systemd/system/jupyterhub.service",
      mode: 0o644,
      owner: "root",
      group: "root",
      validate: ["systemd-analyze", "verify", "--man=no", "{}"],
    },
    {
      source: { template: "jupyterhub/configurable-http-proxy.service.hbs", vars: proxyUnitVars(env) },
      dest: "/etc/systemd/system/configurable-http-proxy.service",
      mode: 0o644,
      owner: "root",
      group: "root",
      validate: ["systemd-analyze", "verify", "--man=no", "{}"],
    },
  ];
}

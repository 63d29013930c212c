/**
 * The variables of jupyterhub_config.py: the authenticator, DockerSpawner (images or profiles, limits,
 * volumes), the idle culler, the operator's extra traitlets and the spawn timeouts. No secrets: they are
 * in the environment files (secret-vars.ts).
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { hubMetricsHost } from "../../../environment/metrics.js";
import { DOCKER_NETWORK, HUB_API_PORT, hubHostname, onlyHostWithRole, type ProvisionedHost } from "../base/template-vars.js";
import { imageBuilds, LOCAL_BASE_IMAGE, NB_GID, NB_UID, NB_USER } from "../images/template-vars.js";
import { startHookPaths } from "../start-hooks/template-vars.js";
import { checkCombination, SIZE } from "./checks.js";
import { CONTAINER_CAPABILITIES, CONTAINER_PIDS_LIMIT, PROXY_API, PROXY_PUBLIC, STATE_DIR } from "./constants.js";

type Authenticator = Environment["hub"]["jupyterhub"]["authenticator"];

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
  /** Spawner.start_timeout and http_timeout, sized for the host; JupyterHub.concurrent_spawn_limit likewise. */
  spawn: { startSeconds: number; httpSeconds: number; concurrentLimit: number };
  /**
   * Metrics: the service Prometheus reads /hub/metrics as (its token in the environment file, its one scope
   * read:metrics); false without metrics.
   */
  metricsService: false | { name: string; role: string; scopes: string[]; tokenVariable: string };
}

/** The hub's side of the metrics: a service with only read:metrics, its token from the environment file. */
export const METRICS_SERVICE = { name: "hubstack-metrics", role: "hubstack-metrics", scopes: ["read:metrics"], tokenVariable: "HUBSTACK_METRICS_TOKEN" } as const;

/**
 * JupyterHub's own defaults (60 s to start, 30 s to answer) fail on hosts that are merely slow: a local
 * environment under qemu's TCG (5–10× slower than KVM for CPU work) took longer than that to start a server
 * on a busy 2-core machine, and a newcomer's first apply failed its health check for it. So the default is
 * derived from what the environment knows; `hub.jupyterhub.spawnTimeoutSeconds` overrides it.
 */
export function spawnTimeouts(env: Environment): { startSeconds: number; httpSeconds: number } {
  const asked = env.hub.jupyterhub.spawnTimeoutSeconds;
  if (asked !== undefined) return { startSeconds: asked, httpSeconds: asked };
  // Under TCG one server alone answers after ~70 s; ten started at once on a 2-core machine answered after
  // 540 s (p50) to 704 s (p95), measured by `npm run load` (README, Load test).
  if (slowness(env) > 1) return { startSeconds: 300, httpSeconds: 900 };
  return { startSeconds: 120, httpSeconds: 60 };
}

/** JupyterHub's own concurrent_spawn_limit: what a hub on a cloud VM keeps. */
export const CLOUD_SPAWN_LIMIT = 100;

/**
 * How many servers may be starting at once (JupyterHub.concurrent_spawn_limit); beyond it the hub answers
 * "Too many users trying to log in right now. Try again in N" (HTTP 429) and the user tries again. Under TCG a
 * start is ~50 s of CPU: 25 at once on 2 vCPUs all wait on each other past any reasonable timeout (10 at once
 * answered after 540-704 s), while 4 per vCPU start within it and the rest queue. On a cloud (KVM) JupyterHub's
 * default stands. `hub.jupyterhub.concurrentSpawnLimit` overrides it.
 */
export function concurrentSpawnLimit(env: Environment): number {
  const asked = env.hub.jupyterhub.concurrentSpawnLimit;
  if (asked !== undefined) return asked;
  if (slowness(env) <= 1) return CLOUD_SPAWN_LIMIT;
  const hub = Object.values(env.hosts).find((h) => h.enabled && h.roles.includes("jupyterhub"));
  return 4 * Math.max(1, hub?.vcpus ?? 1);
}

/**
 * How many times slower than a cloud VM this environment's hub may run CPU work: 5 for a local environment
 * that may run under qemu's TCG (unless told KVM: "auto" falls back to TCG here), 1 elsewhere. The waits that
 * follow the guest's speed (the check's and the load test's kernel, stop and request waits) scale by it.
 */
export function slowness(env: Environment): number {
  return env.target === "local" && env.local.accel !== "kvm" ? 5 : 1;
}

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
    spawn: { ...spawnTimeouts(env), concurrentLimit: concurrentSpawnLimit(env) },
    metricsService: hubMetricsHost(env) ? { ...METRICS_SERVICE, scopes: [...METRICS_SERVICE.scopes] } : false,
  };
}


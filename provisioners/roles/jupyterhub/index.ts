/**
 * jupyterhub (hub): JupyterHub and configurable-http-proxy as two hardened systemd units, configured from
 * the inventory, secrets in 0600 environment files.
 *
 * Installed from this machine's package cache with pinned versions: a virtual environment with
 * JupyterHub, DockerSpawner, OAuthenticator and the idle culler (locks/hub.txt), the proxy from npm
 * (locks/proxy).
 */
import { sh } from "../../engine/command.js";
import { ConflictError } from "../../engine/errors.js";
import type { FactReader } from "../../engine/fact.js";
import type { Operation } from "../../engine/operation.js";
import type { Role, RoleContext } from "../../engine/role.js";
import * as fileFacts from "../../facts/files.js";
import * as apt from "../../operations/apt.js";
import * as commands from "../../operations/commands.js";
import * as docker from "../../operations/docker.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import type { Environment } from "../../../environment/schema.js";
import { DOCKER_NETWORK } from "../base/template-vars.js";
import { envOf, factFile, managedFile, managedUnit, provisionedHosts } from "../common.js";
import { CONFIG_DIR, GENERATED_COOKIE_SECRET, GENERATED_PROXY_TOKEN, HUB_ENV_PATH, HUB_UNIT, PIP_HOST_PACKAGES, PROXY_DIR, PROXY_ENV_PATH, PROXY_UNIT, SECRETS_DIR, STATE_DIR, VENV_DIR } from "./constants.js";
import { stateOnDataVolume } from "../state-volume.js";
import { RESTART_HUB, RESTART_PROXY, jupyterhubHandlers } from "./handlers.js";
import type { GeneratedSecrets } from "./secret-vars.js";
import { jupyterhubFiles } from "./template-vars.js";
import * as pip from "../../operations/pip.js";
import { readLock } from "../../../cache/locks.js";
import { readNpmLock } from "../../../cache/npm.js";
import * as npm from "../../operations/npm.js";

export const jupyterhubRole: Role = {
  name: "jupyterhub",
  dependsOn: ["base", "nfs-client", "start-hooks", "docker", "images"],
  tasks(ctx) {
    const env = envOf(ctx);
    const { config, hubUnit, proxyUnit } = filesOf(ctx);
    return [
      // A new proxy tree restarts the proxy (and the hub, which puts its routes back).
      ...installJupyterhub([RESTART_PROXY, RESTART_HUB]),
      files.directory({ path: CONFIG_DIR, mode: "0755" }),
      // The database and the generated secrets on the data volume, when the hub has one: a rebuilt hub keeps them.
      ...stateOnDataVolume(ctx, { path: STATE_DIR, name: "jupyterhub", mode: "0700", notify: RESTART_HUB }),
      ...stateOnDataVolume(ctx, { path: SECRETS_DIR, name: "hubstack-secrets", mode: "0700", notify: [RESTART_PROXY, RESTART_HUB] }),

      // Secrets: the inventory's, or generated once on the hub and read back on every run (never printed).
      ...generateSecrets(env),
      envFile(ctx, "hubEnv", [RESTART_HUB]),
      envFile(ctx, "proxyEnv", [RESTART_PROXY, RESTART_HUB]),

      managedFile(config, { notify: RESTART_HUB }),
      managedUnit(proxyUnit, { notify: [RESTART_PROXY, RESTART_HUB] }),
      managedUnit(hubUnit, { notify: RESTART_HUB }),

      // DockerSpawner's network: the hub's API on its gateway, containers unable to reach each other.
      docker.network({
        name: DOCKER_NETWORK.name,
        subnet: DOCKER_NETWORK.subnet,
        gateway: DOCKER_NETWORK.gateway,
        options: DOCKER_NETWORK.options,
      }),

      systemd.service({ name: PROXY_UNIT, enabled: true, state: "started" }),
      systemd.service({ name: HUB_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => jupyterhubHandlers(),
  image: () => installJupyterhub(),
};

/** Stand-ins for the generated secrets, to render the files that hold none (config, units) before the run. */
const PLACEHOLDER_SECRETS: GeneratedSecrets = { proxyAuthToken: "0".repeat(64), cookieSecret: "0".repeat(64) };

function filesOf(ctx: RoleContext, generated: GeneratedSecrets = PLACEHOLDER_SECRETS) {
  return jupyterhubFiles(envOf(ctx), provisionedHosts(ctx), generated);
}

/** Generates, once, the secrets the inventory does not give: 32 random bytes as hex, root-only. */
function generateSecrets(env: Environment): Operation[] {
  const wanted = [...(env.hub.jupyterhub.proxyAuthToken ? [] : [GENERATED_PROXY_TOKEN]), ...(env.hub.jupyterhub.cookieSecret ? [] : [GENERATED_COOKIE_SECRET])];
  if (wanted.length === 0) return [];
  return [
    commands.command({
      label: `generate ${wanted.map((w) => w.slice(SECRETS_DIR.length + 1)).join(", ")} once`,
      script: sh`install -d -m 0700 ${SECRETS_DIR} && for f in ${wanted}; do [ -s "$f" ] || { (umask 077; od -An -v -N32 -tx1 /dev/urandom | tr -d ' \\n' > "$f.new") && mv "$f.new" "$f"; }; done`,
      unless: wanted.map((w) => `[ -s ${w} ]`).join(" && "),
    }),
  ];
}

/** The secrets as the vars builder takes them: generated ones read back from the hub. */
function readSecrets(env: Environment, read: FactReader): GeneratedSecrets {
  const value = (path: string, given: string | undefined) => {
    if (given) return given;
    const content = read(fileFacts.content(path))?.toString("utf8").trim();
    if (!content) throw new ConflictError(`${path} has not been generated yet`);
    return content;
  };
  return {
    proxyAuthToken: value(GENERATED_PROXY_TOKEN, env.hub.jupyterhub.proxyAuthToken),
    cookieSecret: value(GENERATED_COOKIE_SECRET, env.hub.jupyterhub.cookieSecret),
  };
}

/** One of the two 0600 environment files, rendered when the plan is made (the generated secrets are on the hub). */
function envFile(ctx: RoleContext, name: "hubEnv" | "proxyEnv", notify: string[]): Operation {
  const env = envOf(ctx);
  const dest = name === "hubEnv" ? HUB_ENV_PATH : PROXY_ENV_PATH;
  const facts = [GENERATED_PROXY_TOKEN, GENERATED_COOKIE_SECRET].map((p) => fileFacts.content(p));
  return factFile(`files.template ${dest} (secret)`, dest, facts, (read) => filesOf(ctx, readSecrets(env, read))[name], { notify });
}

/**
 * JupyterHub and its proxy from the package cache (the virtual environment from locks/hub.txt, the proxy's
 * tree from locks/proxy): what the hub image carries of this role.
 */
function installJupyterhub(notify?: string[]): Operation[] {
  return [
    apt.packages({ names: PIP_HOST_PACKAGES }),
    ...pip.venvFromLock({ lock: readLock("hub"), venv: VENV_DIR }),
    ...npm.nodeTreeFromLock({ lock: readNpmLock("proxy"), dest: PROXY_DIR, ...(notify ? { notify } : {}) }),
  ];
}

/** The variables of the systemd units of JupyterHub and configurable-http-proxy. */
import type { Environment } from "../../../environment/schema.js";
import { DOCKER_NETWORK, HUB_API_PORT, hubHostname, onlyHostWithRole, type ProvisionedHost } from "../base/template-vars.js";
import { checkCombination } from "./checks.js";
import { CONFIG_PATH, HUB_ENV_PATH, PROXY_API, PROXY_ENV_PATH, PROXY_NPM_COMMAND, PROXY_PUBLIC, STATE_DIR, VENV_DIR } from "./constants.js";

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


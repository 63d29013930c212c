/**
 * The files of the jupyterhub role: jupyterhub_config.py (its variables in config-vars.ts), the
 * environment files with the secrets (secret-vars.ts) and the systemd units of JupyterHub and
 * configurable-http-proxy (unit-vars.ts); what the role refuses is checks.ts, its fixed paths constants.ts.
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
import type { ProvisionedHost } from "../base/template-vars.js";
import { configFile, secretFile, unitFile } from "../files.js";
import { jupyterhubConfigVars } from "./config-vars.js";
import { CONFIG_PATH, HUB_ENV_PATH, HUB_UNIT, PROXY_ENV_PATH, PROXY_UNIT, VENV_DIR } from "./constants.js";
import { hubEnvVars, proxyEnvVars, type GeneratedSecrets } from "./secret-vars.js";
import { hubUnitVars, proxyUnitVars } from "./unit-vars.js";

export function jupyterhubFiles(env: Environment, hosts: readonly ProvisionedHost[], generated: GeneratedSecrets) {
  return {
    // No secrets in it by construction (they come from the environment file).
    config: configFile(CONFIG_PATH, { template: "jupyterhub/jupyterhub_config.py.hbs", vars: jupyterhubConfigVars(env, hosts) }, {
      validate: [`${VENV_DIR}/bin/python3`, "-m", "py_compile", "{}"],
    }),
    hubEnv: secretFile(HUB_ENV_PATH, { template: "jupyterhub/jupyterhub.env.hbs", vars: hubEnvVars(env, generated) }),
    // Read by systemd (root) before it switches to the proxy's dynamic user.
    proxyEnv: secretFile(PROXY_ENV_PATH, { template: "jupyterhub/jupyterhub.env.hbs", vars: proxyEnvVars(env, generated) }),
    hubUnit: unitFile(HUB_UNIT, { template: "jupyterhub/jupyterhub.service.hbs", vars: hubUnitVars(env, hosts) }),
    proxyUnit: unitFile(PROXY_UNIT, { template: "jupyterhub/configurable-http-proxy.service.hbs", vars: proxyUnitVars(env) }),
  };
}

export type JupyterhubFile = keyof ReturnType<typeof jupyterhubFiles>;

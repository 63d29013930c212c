/**
 * The jupyterhub role's constants. The choices (authenticator, limits, profiles) are the inventory's (hub.jupyterhub); these are what hubstack pins and where it keeps
 * what it generates.
 */

/** The virtual environment's Python, and the Node.js that runs configurable-http-proxy from npm. */
export const PIP_HOST_PACKAGES = ["python3-venv", "nodejs"] as const;


/** Secrets hubstack generates on the hub when the inventory has none, kept there (root-only) so that they never change. */
export const SECRETS_DIR = "/var/lib/hubstack/secrets";
export const GENERATED_PROXY_TOKEN = `${SECRETS_DIR}/jupyterhub-proxy-token`;
export const GENERATED_COOKIE_SECRET = `${SECRETS_DIR}/jupyterhub-cookie-secret`;

export const HUB_UNIT = "jupyterhub.service";
export const PROXY_UNIT = "configurable-http-proxy.service";

/** Where the role writes the hub's configuration, its secrets' environment files and its state. */
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

/** What the pip install puts in the virtual environment (the role pins JupyterHub to hub.jupyterhub.version). */
export const PIP_PACKAGES = ["dockerspawner", "oauthenticator", "jupyterhub-nativeauthenticator", "jupyterhub-idle-culler"] as const;

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

/**
 * The variables of the two 0600 environment files, one per unit, each with only what its unit needs:
 * the inventory's secrets, or those the role generated once on the hub. Never in jupyterhub_config.py.
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { hubMetricsHost } from "../../../environment/metrics.js";
import { METRICS_SERVICE } from "./config-vars.js";

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
  if (hubMetricsHost(env)) {
    // Made by the provisioning phase when the secrets file gives none (environment/keys.ts, withMetricsToken).
    const token = env.metrics?.apiToken;
    if (!token) problems.push("metrics.apiToken: missing; the provisioning phase makes one (or give it in the secrets file)");
    else entries.push(entry(METRICS_SERVICE.tokenVariable, token, "metrics.apiToken", problems));
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


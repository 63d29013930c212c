/**
 * Template variables of the proxy-tls role: Caddy in front of configurable-http-proxy.
 *
 * Why Caddy and not nginx: Debian packages it, it is an ACME client itself (certificates obtained and
 * renewed with no cron job or certbot), it takes any ACME directory (acme_ca) and a private CA root for
 * it (acme_ca_root: pebble on the test bed), redirects HTTP to HTTPS and proxies websockets with no
 * extra lines. nginx would need certbot beside it, a renewal timer, a reload hook and hand-written
 * websocket headers: more moving parts for the same result.
 *
 * dns-01: Debian's caddy is built without DNS provider modules (Designate needs a plugin build), so
 * Caddy cannot answer a DNS challenge. With challenge dns-01, Debian's lego (which has a designate
 * provider) obtains and renews the certificate from a daily timer and Caddy serves the files; that
 * needs hub.tls.designate (an application credential, in inventory/secrets/). Without it the
 * environment is refused here, before anything reaches the hub.
 */
import type { Environment } from "../../../environment/schema.js";
import { ConfigError } from "../../../environment/errors.js";
import { findHost, hubHostname, type ProvisionedHost } from "../base/template-vars.js";
import { HUB_METRICS_PORT, hubMetricsHost, prometheusHost } from "../../../environment/metrics.js";
import { configFile, secretFile, unitFile, type ManagedFile } from "../files.js";
import { PROXY_PUBLIC } from "../jupyterhub/constants.js";
import { CADDY_ADMIN_SOCKET, LEGO_SERVICE, LEGO_TIMER } from "./constants.js";

export const CADDYFILE_PATH = "/etc/caddy/Caddyfile";
/** Where the role puts hub.tls.acmeCaRoot's PEM on the hub. */
export const ACME_CA_ROOT_PATH = "/etc/caddy/acme-ca-root.pem";
/** dns-01 with lego. */
export const LEGO_DIR = "/var/lib/hubstack-lego";
export const LEGO_ENV_PATH = "/etc/hubstack/lego.env";
export const CADDY_TLS_DIR = "/etc/caddy/tls";

export interface CaddyfileVars {
  hubHostname: string;
  /** Where Caddy's admin API listens (a root-only Unix socket). */
  adminSocket: string;
  email: string | false;
  acmeCa: string;
  acmeCaRoot: string | false;
  upstream: string;
  /** dns-01: the certificate lego keeps up to date; false: Caddy's own ACME (http-01 / tls-alpn-01). */
  certificate: false | { cert: string; key: string };
  /**
   * Metrics: a second site, plain HTTP on the hub's private address, that serves /hub/metrics to the bastion's
   * address only (see provisioners/roles/metrics/index.ts for why not through 443); false without metrics.
   */
  metrics: false | { address: string; port: number; scraper: string };
}

export interface LegoVars {
  hubHostname: string;
  legoDir: string;
  envFile: string;
  acmeCa: string;
  email: string;
  tlsDir: string;
}

export interface LegoEnvVars {
  entries: { name: string; value: string }[];
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

function checkTls(env: Environment): string {
  const host = hubHostname(env);
  const problems: string[] = [];
  if (!HOSTNAME.test(host)) problems.push(`hub.hostname: "${host}" is not a fully qualified host name (lowercase, with a dot) that a certificate can be issued for`);
  const tls = env.hub.tls;
  if (tls.challenge === "dns-01") {
    if (!tls.designate) {
      problems.push(
        "hub.tls.challenge: dns-01 needs hub.tls.designate { authUrl, applicationCredentialId, applicationCredentialSecret } (in inventory/secrets/): " +
          "Debian's caddy has no DNS provider modules, so hubstack obtains the certificate with Debian's lego through Designate; or use challenge: http-01",
      );
    }
    if (!tls.email) problems.push("hub.tls.email: dns-01 (lego) needs an email address for the ACME account");
  }
  if (problems.length) throw new ConfigError(problems);
  return host;
}

/**
 * `hosts` (the environment's, with their private addresses) is needed only when the metrics section is on: the
 * metrics site binds the hub's private address and admits the bastion's.
 */
export function caddyfileVars(env: Environment, hosts?: readonly ProvisionedHost[]): CaddyfileVars {
  const host = checkTls(env);
  const tls = env.hub.tls;
  return {
    hubHostname: host,
    adminSocket: CADDY_ADMIN_SOCKET,
    email: tls.email ?? false,
    acmeCa: tls.acmeDirectory,
    acmeCaRoot: tls.acmeCaRoot ? ACME_CA_ROOT_PATH : false,
    upstream: `${PROXY_PUBLIC.ip}:${PROXY_PUBLIC.port}`,
    certificate: tls.challenge === "dns-01" ? { cert: `${CADDY_TLS_DIR}/${host}.crt`, key: `${CADDY_TLS_DIR}/${host}.key` } : false,
    metrics: metricsSite(env, hosts),
  };
}

function metricsSite(env: Environment, hosts: readonly ProvisionedHost[] | undefined): CaddyfileVars["metrics"] {
  const hub = hubMetricsHost(env);
  const scraper = prometheusHost(env);
  if (!hub || !scraper) return false;
  if (!hosts) throw new Error("caddyfileVars: the metrics section is on, and the hosts (their private addresses) were not given");
  return { address: findHost(hosts, hub).address, port: HUB_METRICS_PORT, scraper: findHost(hosts, scraper).address };
}

export function legoVars(env: Environment): LegoVars {
  const host = checkTls(env);
  // A unit file expands %-specifiers: a literal % is written %%.
  const unitText = (s: string) => s.replaceAll("%", "%%");
  return { hubHostname: host, legoDir: LEGO_DIR, envFile: LEGO_ENV_PATH, acmeCa: unitText(env.hub.tls.acmeDirectory), email: unitText(env.hub.tls.email!), tlsDir: CADDY_TLS_DIR };
}

export function legoEnvVars(env: Environment): LegoEnvVars {
  checkTls(env);
  const d = env.hub.tls.designate!;
  const entries = [
    { name: "OS_AUTH_URL", value: d.authUrl },
    { name: "OS_AUTH_TYPE", value: "v3applicationcredential" },
    { name: "OS_APPLICATION_CREDENTIAL_ID", value: d.applicationCredentialId },
    { name: "OS_APPLICATION_CREDENTIAL_SECRET", value: d.applicationCredentialSecret },
    ...(d.regionName ? [{ name: "OS_REGION_NAME", value: d.regionName }] : []),
    ...(env.hub.tls.acmeCaRoot ? [{ name: "LEGO_CA_CERTIFICATES", value: ACME_CA_ROOT_PATH }] : []),
  ];
  const bad = entries.filter((e) => /[\s"'\\$`]/.test(e.value)).map((e) => `hub.tls.designate: ${e.name} contains whitespace, a quote, a backslash, $ or \` (systemd's EnvironmentFile would mangle it)`);
  if (bad.length) throw new ConfigError(bad);
  return { entries };
}

export type ProxyTlsFiles = {
  caddyfile: ManagedFile;
  /** dns-01 only: lego's credentials, its service and its daily timer. */
  legoEnv?: ManagedFile;
  legoService?: ManagedFile;
  legoTimer?: ManagedFile;
};

export function proxyTlsFiles(env: Environment, hosts?: readonly ProvisionedHost[]): ProxyTlsFiles {
  const caddyfile = configFile(CADDYFILE_PATH, { template: "proxy-tls/Caddyfile.hbs", vars: caddyfileVars(env, hosts) }, {
    validate: ["caddy", "validate", "--adapter", "caddyfile", "--config", "{}"],
  });
  if (env.hub.tls.challenge !== "dns-01") return { caddyfile };
  return {
    caddyfile,
    legoEnv: secretFile(LEGO_ENV_PATH, { template: "proxy-tls/lego.env.hbs", vars: legoEnvVars(env) }),
    legoService: unitFile(LEGO_SERVICE, { template: "proxy-tls/hubstack-lego.service.hbs", vars: legoVars(env) }),
    legoTimer: unitFile(LEGO_TIMER, { template: "proxy-tls/hubstack-lego.timer.hbs", vars: legoVars(env) }, { validate: false }),
  };
}

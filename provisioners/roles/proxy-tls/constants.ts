/** The proxy-tls role's constants; the ACME server, e-mail and challenge are the inventory's (hub.tls). */
export const CADDY_PACKAGES = ["caddy"] as const;
/** dns-01: Debian's lego obtains the certificate through Designate (Debian's caddy has no DNS modules). */
export const LEGO_PACKAGES = ["lego"] as const;
export const CADDY_UNIT = "caddy.service";
export const LEGO_SERVICE = "hubstack-lego.service";
export const LEGO_TIMER = "hubstack-lego.timer";
/** Debian's caddy user's home (its certificates and, here, its admin socket); the role makes it 0700. */
export const CADDY_HOME = "/var/lib/caddy";
/**
 * Caddy's admin API, on a Unix socket in Caddy's own home, which only the caddy user and root can enter. On its
 * default, localhost:2019 with no authentication, every process of the hub could replace the proxy's
 * configuration and capture logins. `caddy reload` (Debian's ExecReload) reads the address from the Caddyfile.
 */
export const CADDY_ADMIN_SOCKET = `${CADDY_HOME}/admin.sock`;

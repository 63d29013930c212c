/** The proxy-tls role's constants; the ACME server, e-mail and challenge are the inventory's (hub.tls). */
export const CADDY_PACKAGES = ["caddy"] as const;
/** dns-01: Debian's lego obtains the certificate through Designate (Debian's caddy has no DNS modules). */
export const LEGO_PACKAGES = ["lego"] as const;
export const CADDY_UNIT = "caddy.service";
export const LEGO_SERVICE = "hubstack-lego.service";
export const LEGO_TIMER = "hubstack-lego.timer";

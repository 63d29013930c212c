/**
 * Names derived from the environment that more than one layer needs (the local environment's ACME server,
 * the proxy's certificate, the hub's configuration, the health check): derived once, here, so they agree.
 */
import type { Environment } from "./schema.js";

/** The hub's public DNS name: `hub.hostname`, or `hub.<domain>`. */
export function hubHostname(env: Environment): string {
  return env.hub.hostname ?? `hub.${env.domain}`;
}

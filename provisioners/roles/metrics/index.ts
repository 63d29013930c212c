/**
 * metrics (the bastion, given by hubstack when the inventory has a metrics section: environment/metrics.ts):
 * Debian's Prometheus on 127.0.0.1:9090 only, scraping over the private network every host's node-exporter
 * (role node-exporter) and JupyterHub's /hub/metrics, with hubstack's alert rules. Nothing of it is public:
 * look through SSH (`ssh -L 9090:127.0.0.1:9090 <bastion>`), or let `npm run check` ask it.
 *
 * How Prometheus reads the hub's metrics, and why this way:
 *
 * - JupyterHub 5 serves /hub/metrics only to a token with the read:metrics scope (authenticate_prometheus
 *   stays on: notebook containers reach the hub's own port, and must not read it). The hub gets a service,
 *   hubstack-metrics, with that one scope; its token comes from the secrets file (metrics.apiToken) or is
 *   made once on the operator's machine (.state/<env>/metrics/, like the backup key), because two hosts need
 *   it and a token generated on the hub could not reach the bastion. The hub reads it from its 0600
 *   environment file; Prometheus from /etc/prometheus/hub-api-token (root:prometheus, 0640).
 * - Not through the public front door (443): Prometheus 2.42 cannot send the hub's name as the Host header
 *   to a private address, and Caddy picks the site by Host, so such a scrape would get Caddy's empty answer
 *   (up, and no metrics) — or go out and back in through the public address. Instead Caddy has a second site
 *   on the hub's private address, port 9180 (templates/proxy-tls/Caddyfile.hbs): /hub/metrics for the
 *   bastion's address, 403 for anything else, plain HTTP on the private network like node-exporter's. The
 *   firewall (base) and the security group open 9180 to the bastion only; the token is still required.
 *
 * Installed without starting (its default listens on every address), then configured (every file checked by
 * promtool first), then started; a changed file reloads it, changed flags restart it.
 */
import type { Role } from "../../engine/role.js";
import * as systemd from "../../operations/systemd.js";
import { envOf, managedFile, packagesQuietly, provisionedHosts } from "../common.js";
import { PROMETHEUS_PACKAGES, PROMETHEUS_UNIT } from "./constants.js";
import { RELOAD_PROMETHEUS, RESTART_PROMETHEUS, metricsHandlers } from "./handlers.js";
import { metricsFiles } from "./template-vars.js";

export const metricsRole: Role = {
  name: "metrics",
  dependsOn: ["base"],
  tasks(ctx) {
    const { defaults, rules, config, hubToken } = metricsFiles(envOf(ctx), provisionedHosts(ctx), ctx.host.name);
    return [
      packagesQuietly({ names: PROMETHEUS_PACKAGES }),
      // What prometheus.yml names comes first, so that promtool checks the configuration against the real files.
      ...(hubToken ? [managedFile(hubToken, { notify: RELOAD_PROMETHEUS })] : []),
      managedFile(rules, { notify: RELOAD_PROMETHEUS }),
      managedFile(config, { notify: RELOAD_PROMETHEUS }),
      managedFile(defaults, { notify: RESTART_PROMETHEUS }),
      systemd.service({ name: PROMETHEUS_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => metricsHandlers(),
  image: () => [packagesQuietly({ names: PROMETHEUS_PACKAGES })],
};

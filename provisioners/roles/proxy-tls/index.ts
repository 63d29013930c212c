/**
 * proxy-tls (hub): Caddy in front of configurable-http-proxy, HTTP redirected to HTTPS, certificates from
 * the inventory's ACME server (Let's Encrypt for users, pebble on the test bed, whose root Caddy is told
 * to trust). Why Caddy rather than nginx: see template-vars.ts.
 */
import { resolve } from "node:path";
import { REPO_ROOT } from "../../../environment/load.js";
import type { Environment } from "../../../environment/schema.js";
import type { Operation } from "../../engine/operation.js";
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as commands from "../../operations/commands.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import { envOf, managedFile, managedUnit, provisionedHosts } from "../common.js";
import { CADDY_HOME, CADDY_PACKAGES, CADDY_UNIT, LEGO_PACKAGES, LEGO_SERVICE, LEGO_TIMER } from "./constants.js";
import { RELOAD_CADDY, proxyTlsHandlers } from "./handlers.js";
import { stateOnDataVolume } from "../state-volume.js";
import { ACME_CA_ROOT_PATH, CADDY_TLS_DIR, LEGO_DIR, LEGO_ENV_PATH, caddyfileVars, proxyTlsFiles, type ProxyTlsFiles } from "./template-vars.js";

export const proxyTlsRole: Role = {
  name: "proxy-tls",
  dependsOn: ["base", "jupyterhub"],
  tasks(ctx) {
    const env = envOf(ctx);
    const tls = env.hub.tls;
    const tlsFiles = proxyTlsFiles(env, provisionedHosts(ctx));
    return [
      proxyPackages(env),
      // Caddy's home, where its admin socket lives: caddy's alone, so that whatever mode the socket gets,
      // nobody else reaches it (root does). Its ACME account and certificates are there too: on the data
      // volume when the hub has one, so that a rebuilt hub orders no new certificate.
      files.directory({ path: CADDY_HOME, owner: "caddy", group: "caddy", mode: "0700" }),
      ...stateOnDataVolume(ctx, { path: CADDY_HOME, name: "caddy", owner: "caddy", group: "caddy", mode: "0700", notify: RELOAD_CADDY }),
      ...(tls.challenge === "dns-01" ? stateOnDataVolume(ctx, { path: LEGO_DIR, name: "lego", mode: "0700" }) : []),
      // The root of a private ACME server (pebble): Caddy checks the server's HTTPS certificate against it.
      ...(tls.acmeCaRoot
        ? [files.file({ path: ACME_CA_ROOT_PATH, localFile: resolve(REPO_ROOT, tls.acmeCaRoot), mode: "0644", notify: RELOAD_CADDY })]
        : [files.file({ path: ACME_CA_ROOT_PATH, present: false })]),
      // dns-01: the certificate comes first, from lego; Caddy's configuration names its files.
      ...(tls.challenge === "dns-01" ? legoCertificate(tlsFiles, caddyfileVars(env).hubHostname) : []),
      managedFile(tlsFiles.caddyfile, { notify: RELOAD_CADDY }),
      systemd.service({ name: CADDY_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => proxyTlsHandlers(),
  image: (ctx) => [proxyPackages(envOf(ctx))],
};

function proxyPackages(env: Environment): Operation {
  return apt.packages({ names: env.hub.tls.challenge === "dns-01" ? [...CADDY_PACKAGES, ...LEGO_PACKAGES] : CADDY_PACKAGES });
}

/** dns-01 through Designate: lego's credentials, its units, a first certificate, then the daily renewal timer. */
function legoCertificate(tlsFiles: ProxyTlsFiles, hostname: string): Operation[] {
  return [
    files.directory({ path: LEGO_ENV_PATH.slice(0, LEGO_ENV_PATH.lastIndexOf("/")), mode: "0755" }),
    managedFile(tlsFiles.legoEnv!),
    managedUnit(tlsFiles.legoService!),
    managedUnit(tlsFiles.legoTimer!),
    commands.command({ label: `first certificate for ${hostname} (lego)`, script: `systemctl start ${LEGO_SERVICE}`, creates: `${CADDY_TLS_DIR}/${hostname}.crt` }),
    systemd.service({ name: LEGO_TIMER, enabled: true, state: "started" }),
  ];
}

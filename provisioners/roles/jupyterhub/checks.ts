/**
 * What the jupyterhub role refuses before anything is rendered: retired choices, a version the lock does
 * not pin, an authenticator that would let nobody (or everybody) in, malformed extraConfig keys and sizes.
 * Every problem is listed at once.
 */
import type { Environment } from "../../../environment/schema.js";
import { lockedVersion, readLock } from "../../../cache/locks.js";
import { ConfigError } from "../../../environment/errors.js";

/** Class.trait, as traitlets names them. */
const TRAITLET_KEY = /^([A-Z][A-Za-z0-9_]*)\.([a-z_][A-Za-z0-9_]*)$/;

export function checkCombination(env: Environment): void {
  const jh = env.hub.jupyterhub;
  const problems: string[] = [];
  if (jh.install === "apt" || jh.spawner === "local") {
    problems.push(`hub.jupyterhub: ${jh.install === "apt" ? "install: apt" : "spawner: local"} (Debian's JupyterHub 3.0 with the local spawner) was retired: remove the line (the hub runs the locked JupyterHub with DockerSpawner)`);
  }
  {
    const hubLock = readLock("hub");
    const locked = lockedVersion(hubLock, "jupyterhub");
    if (jh.version !== undefined && jh.version !== locked) {
      problems.push(`hub.jupyterhub.version: ${jh.version}, but ${hubLock.path} pins jupyterhub ${locked}; remove the line, or change locks/hub.in and run \`npm run lock\``);
    }
    if (jh.authenticator.type === "native" && !lockedVersion(hubLock, "jupyterhub-nativeauthenticator")) {
      problems.push(`hub.jupyterhub.authenticator.type: native needs jupyterhub-nativeauthenticator, which ${hubLock.path} does not hold (its dependency onetimepass ships no wheel); add it to locks/hub.in and run \`npm run lock\`, or choose another authenticator`);
    }
  }
  if (jh.authenticator.type === "generic-oauth") {
    const a = jh.authenticator;
    if (!a.allowAll && a.allowedUsers.length === 0 && a.allowedGroups.length === 0) {
      problems.push("hub.jupyterhub.authenticator: a generic OAuth provider with no allowedUsers, no allowedGroups and no allowAll lets no one in (JupyterHub 5 and later); list who may log in, or set allowAll: true when every account of the provider is one of your users");
    }
    if (a.allowAll && (a.allowedUsers.length > 0 || a.allowedGroups.length > 0)) {
      problems.push("hub.jupyterhub.authenticator.allowAll: true lets everyone in, which makes allowedUsers and allowedGroups pointless; keep one of the two");
    }
  }
  if (jh.authenticator.type === "github" && jh.authenticator.allowedOrganizations.length === 0) {
    problems.push("hub.jupyterhub.authenticator.allowedOrganizations: empty, which would let every GitHub account in; list the organizations (or org:team) whose members may log in");
  }
  for (const key of Object.keys(jh.extraConfig)) {
    if (!TRAITLET_KEY.test(key)) problems.push(`hub.jupyterhub.extraConfig: "${key}" is not a traitlet name such as Spawner.default_url (Class.trait)`);
  }
  if (!SIZE.test(jh.memLimit)) problems.push(`hub.jupyterhub.memLimit: "${jh.memLimit}" is not a size such as 2G or 512M`);
  if (problems.length) throw new ConfigError(problems);
}

export const SIZE = /^\d+(\.\d+)?[KMGT]?$/;

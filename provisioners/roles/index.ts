/**
 * Every role hubstack knows, by name. The hub roles of the inventory (base, nfs-server, …) are
 * placeholders until their own issue fills them: they run no operation, so that `provision` already walks
 * the whole path (connect, order, report) for every environment. Their dependencies are real, so the
 * cross-host order is exercised: servers before their clients.
 */
import type { Role, RoleRegistry } from "../engine/role.js";
import { demoRole } from "./demo/index.js";

function placeholder(name: string, dependsOn: string[] = []): Role {
  return { name, dependsOn, tasks: () => [] };
}

export const ROLES: RoleRegistry = {
  base: placeholder("base"),
  bastion: placeholder("bastion", ["base"]),
  "nfs-server": placeholder("nfs-server", ["base"]),
  "nfs-client": placeholder("nfs-client", ["base", "nfs-server"]),
  docker: placeholder("docker", ["base"]),
  images: placeholder("images", ["docker"]),
  "start-hooks": placeholder("start-hooks", ["base"]),
  jupyterhub: placeholder("jupyterhub", ["base", "nfs-client", "start-hooks"]),
  "proxy-tls": placeholder("proxy-tls", ["jupyterhub"]),
  demo: demoRole,
};

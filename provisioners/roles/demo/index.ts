/**
 * A small base-like role: packages, a service account, a templated config, a systemd service. An example
 * of the shape every role follows, not a role an inventory can give a host: it is not in the registry
 * (provisioners/roles/index.ts) nor in the schema's role list; a test or a benchmark passes it in a
 * registry of its own.
 */
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as users from "../../operations/users.js";
import { managedFile, managedUnit } from "../common.js";
import { demoSettings } from "./constants.js";
import { RESTART, demoHandlers } from "./handlers.js";
import { demoFiles } from "./template-vars.js";

export const demoRole: Role = {
  name: "demo",
  tasks({ host, vars }) {
    const s = demoSettings(vars);
    const { motd, env, unit } = demoFiles(host.name, s);
    return [
      apt.packages({ names: s.packages }),
      users.user({ name: s.serviceUser, system: true, home: s.dataDir }),
      files.directory({ path: s.dataDir, owner: s.serviceUser, mode: "0750" }),
      files.directory({ path: "/etc/hubstack-demo" }),
      managedFile(motd),
      managedFile(env, s.services ? { notify: RESTART } : {}),
      ...(s.services
        ? [
            managedUnit(unit, { notify: RESTART }),
            systemd.service({ name: "hubstack-demo.service", enabled: true, state: "started" }),
          ]
        : []),
    ];
  },
  handlers: ({ vars }) => (demoSettings(vars).services ? demoHandlers() : {}),
};

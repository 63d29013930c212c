/** A small base-like role: packages, a service account, a templated config, a systemd service. */
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as users from "../../operations/users.js";
import { demoSettings } from "./defaults.js";
import { RESTART, demoHandlers } from "./handlers.js";

export const demoRole: Role = {
  name: "demo",
  tasks({ host, vars }) {
    const s = demoSettings(vars);
    const config = { greeting: s.greeting, host: host.name, dataDir: s.dataDir, user: s.serviceUser };
    return [
      apt.packages({ names: s.packages }),
      users.user({ name: s.serviceUser, system: true, home: s.dataDir }),
      files.directory({ path: s.dataDir, owner: s.serviceUser, mode: "0750" }),
      files.directory({ path: "/etc/hubstack-demo" }),
      files.template({ path: "/etc/hubstack-demo/motd", template: "demo/motd.hbs", vars: config }),
      files.template({ path: "/etc/hubstack-demo/demo.env", template: "demo/demo.env.hbs", vars: config, ...(s.services ? { notify: RESTART } : {}) }),
      ...(s.services
        ? [
            systemd.unit({ name: "hubstack-demo.service", template: "demo/hubstack-demo.service.hbs", vars: config, notify: RESTART }),
            systemd.service({ name: "hubstack-demo.service", enabled: true, state: "started" }),
          ]
        : []),
    ];
  },
  handlers: ({ vars }) => (demoSettings(vars).services ? demoHandlers() : {}),
};

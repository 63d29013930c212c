/** The benchmark's task list, operation for operation the same as bench/ansible/playbook.yml. */
import type { Operation } from "../provisioners/engine/operation.js";
import type { Role } from "../provisioners/engine/role.js";
import * as apt from "../provisioners/operations/apt.js";
import * as commands from "../provisioners/operations/commands.js";
import * as files from "../provisioners/operations/files.js";
import * as sudo from "../provisioners/operations/sudo.js";
import * as systemd from "../provisioners/operations/systemd.js";
import * as users from "../provisioners/operations/users.js";

export const APPS = ["app1", "app2", "app3", "app4", "app5", "app6", "app7", "app8"];

export interface BenchVars {
  readonly key: string;
  readonly services: boolean;
}

export const benchRole: Role<BenchVars> = {
  name: "bench",
  tasks: ({ vars }) => [
    apt.packages({ names: ["sl", "cowsay"] }),
    users.group({ name: "bench-a", gid: 4601 }),
    users.group({ name: "bench-b", system: true }),
    users.user({ name: "bench-svc", system: true, uid: 4602, home: "/var/lib/bench-svc" }),
    users.user({ name: "bench-u1", uid: 4603, groups: ["bench-a"] }),
    users.user({ name: "bench-u2", uid: 4604, groups: ["bench-a", "bench-b"] }),
    users.authorizedKeys({ user: "bench-u1", keys: [vars.key] }),
    sudo.sudoers({ name: "bench", content: "bench-u1 ALL=(root) NOPASSWD: /usr/bin/systemctl" }),
    files.directory({ path: "/srv/bench" }),
    files.directory({ path: "/srv/bench/conf" }),
    files.directory({ path: "/srv/bench/data", owner: "bench-svc", mode: "0750" }),
    files.directory({ path: "/srv/bench/logs", owner: "bench-svc", mode: "0750" }),
    files.directory({ path: "/srv/bench/cache" }),
    files.directory({ path: "/srv/bench/run" }),
    ...APPS.map((name, i) => files.template({ path: `/srv/bench/conf/${name}.conf`, template: "bench/app.conf.hbs", vars: { name, port: 8001 + i } })),
    ...[1, 2, 3, 4].map((i) => files.file({ path: `/srv/bench/data/file${i}.txt`, content: `data file ${i}\n` })),
    files.symlink({ path: "/srv/bench/current", target: "/srv/bench/conf" }),
    files.line({ path: "/srv/bench/data/settings", line: "mode=fast", match: "^mode=" }),
    files.block({ path: "/srv/bench/data/block.txt", id: "bench", content: "a=1\nb=2" }),
    commands.command({ script: "touch /srv/bench/run/initialized", creates: "/srv/bench/run/initialized" }),
    ...(vars.services
      ? [
          systemd.unit({ name: "bench.service", content: "[Service]\nExecStart=/bin/sleep infinity\n[Install]\nWantedBy=multi-user.target\n", notify: "restart bench" }),
          systemd.service({ name: "bench.service", enabled: true, state: "started" }),
        ]
      : []),
  ],
  handlers: ({ vars }): Record<string, Operation> => (vars.services ? { "restart bench": systemd.service({ name: "bench.service", state: "restarted" }) } : {}),
};

/** Puts the host back to before the benchmark (not timed). */
export const RESET_SCRIPT = [
  "systemctl disable --now bench.service >/dev/null 2>&1 || true",
  "rm -f /etc/systemd/system/bench.service /etc/sudoers.d/bench",
  "for u in bench-u1 bench-u2 bench-svc; do userdel -r $u >/dev/null 2>&1 || true; done",
  "for g in bench-a bench-b; do groupdel $g >/dev/null 2>&1 || true; done",
  "rm -rf /srv/bench /var/lib/bench-svc /var/lib/hubstack/handlers/bench--*",
  "apt-get -q -y -o DPkg::Lock::Timeout=600 purge sl cowsay >/dev/null 2>&1 || true",
].join("\n");

/**
 * docker (hub, bastion): the Docker engine, its images and containers on the data volume, logs rotated.
 * daemon.json is written before the engine is installed, so that dockerd's very first start already
 * uses the data volume (a later data-root change would strand what it made on the root disk).
 */
import { quote, sh, type ShellCommand } from "../../engine/command.js";
import type { Environment } from "../../../environment/schema.js";
import type { Operation } from "../../engine/operation.js";
import type { Role } from "../../engine/role.js";
import * as apt from "../../operations/apt.js";
import * as commands from "../../operations/commands.js";
import * as files from "../../operations/files.js";
import * as systemd from "../../operations/systemd.js";
import * as volumes from "../../operations/volumes.js";
import { envOf, hasDataVolume, managedFile, provisionedHosts } from "../common.js";
import { DEBIAN_PACKAGES, DOCKER_REPOSITORY, DOCKER_UNIT, dockerSettings } from "./constants.js";
import { RESTART_DOCKER, dockerHandlers } from "./handlers.js";
import { DATA_VOLUME_MOUNT, dockerFiles } from "./template-vars.js";

export const dockerRole: Role = {
  name: "docker",
  dependsOn: ["base"],
  tasks(ctx) {
    const env = envOf(ctx);
    const { daemonJson } = dockerFiles(env, provisionedHosts(ctx), ctx.host.name);
    return [
      ...(hasDataVolume(ctx) ? [volumes.filesystem({}), volumes.mount({ path: DATA_VOLUME_MOUNT })] : []),
      files.directory({ path: "/etc/docker", mode: "0755" }),
      managedFile(daemonJson, { notify: RESTART_DOCKER }),
      ...dockerEngine(env),
      systemd.service({ name: DOCKER_UNIT, enabled: true, state: "started" }),
    ];
  },
  handlers: () => dockerHandlers(),
  // The engine, not its configuration: daemon.json names the host's data volume, which the image has not.
  image: (ctx) => dockerEngine(envOf(ctx)),
};

function dockerEngine(env: Environment): Operation[] {
  return dockerSettings(env).source === "docker" ? dockerRepository() : [apt.packages({ names: DEBIAN_PACKAGES })];
}

/** Docker's own repository: its key fetched once and checked against the known fingerprint, then the engine. */
function dockerRepository(): Operation[] {
  const r = DOCKER_REPOSITORY;
  const sources = `/etc/apt/sources.list.d/${r.name}.sources`;
  return [
    apt.packages({ names: ["ca-certificates", "curl", "gpg"] }),
    commands.command({
      label: `apt key of ${r.uri}`,
      script: sh`install -d -m 0755 /etc/apt/keyrings && curl -fsSL ${r.keyUrl} -o ${`${r.keyPath}.new`} && \
if gpg --show-keys --with-colons ${`${r.keyPath}.new`} | grep -q ${`^fpr:::::::::${r.fingerprint}:`}; then chmod 0644 ${`${r.keyPath}.new`} && mv ${`${r.keyPath}.new`} ${r.keyPath}; \
else rm -f ${`${r.keyPath}.new`}; echo ${`the key at ${r.keyUrl} is not Docker's (fingerprint ${r.fingerprint})`} >&2; exit 1; fi`,
      creates: r.keyPath,
    }),
    files.file({
      path: sources,
      content: [`Types: deb`, `URIs: ${r.uri}`, `Suites: ${r.suite}`, `Components: ${r.component}`, `Signed-By: ${r.keyPath}`, ""].join("\n"),
      mode: "0644",
    }),
    commands.command({
      label: `apt update for ${r.name}`,
      script: apt.updateCommand as ShellCommand,
      unless: `apt-cache policy ${quote(r.packages[0])} | grep -q 'Candidate: [0-9]'`,
    }),
    apt.packages({ names: r.packages }),
  ];
}

/**
 * The docker role's knobs. Where the engine comes from is the one choice: Debian's docker.io (the
 * default: no third-party repository, works with the test bed's apt cache) or Docker's own repository
 * (newer engine, buildx). The inventory has no key for it yet (the schema would need
 * `docker: { source: debian | docker }`); dockerSettings reads it once it does.
 */
import type { Environment } from "../../../environment/schema.js";

export interface DockerSettings {
  /** @default "debian" */
  readonly source: "debian" | "docker";
}

export const DOCKER_DEFAULTS: DockerSettings = { source: "debian" };

export function dockerSettings(env: Environment): DockerSettings {
  const given = (env as Environment & { docker?: Partial<DockerSettings> }).docker ?? {};
  return { ...DOCKER_DEFAULTS, ...given };
}

/**
 * Debian's engine. apparmor is only a recommendation of docker.io, but where the kernel has AppArmor on
 * (Debian's does) dockerd cannot start a container without apparmor_parser to load its docker-default profile.
 */
export const DEBIAN_PACKAGES = ["docker.io", "apparmor"] as const;

/** Docker's repository for Debian 12 (bookworm), and the fingerprint its signing key must have. */
export const DOCKER_REPOSITORY = {
  name: "docker",
  uri: "https://download.docker.com/linux/debian",
  suite: "bookworm",
  component: "stable",
  keyUrl: "https://download.docker.com/linux/debian/gpg",
  keyPath: "/etc/apt/keyrings/docker.asc",
  fingerprint: "9DC858229FC7DD38854AE2D88D81803C0EBFCD88",
  packages: ["docker-ce", "docker-ce-cli", "containerd.io", "docker-buildx-plugin"],
} as const;

export const DOCKER_UNIT = "docker.service";

/**
 * Debian packages and repositories. apt runs non-interactively, keeps changed config files the admin
 * edited (confold), waits up to ten minutes for another apt or dpkg to release its lock instead of failing,
 * and refreshes the package lists only when something must be installed and they are older than a TTL.
 */
import { readFileSync } from "node:fs";
import { raw, sh, type Command } from "../engine/command.js";
import { change, combine, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as apt from "../facts/apt.js";
import * as files from "../facts/files.js";
import { planFile } from "./files.js";

const APT_GET = "apt-get -q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold";

/** Refreshes the lists and stamps the time, so that the TTL works even where apt's own timer is off. */
export const updateCommand: Command = sh`${raw(APT_GET)} update && mkdir -p /var/lib/hubstack && touch ${apt.UPDATE_STAMP}`;

/** What each packages() operation installs: a build that makes a host's packages beforehand reads it. */
const installs = new WeakMap<Operation, readonly string[]>();

/**
 * The packages an operation installs when it is a packages() operation (present or latest), else undefined.
 * The local image build puts them into its package layer with mmdebstrap, at this machine's speed; the
 * operation then finds them installed. An operation wrapped by another (extend) is not recognised: it then
 * installs them itself, as on any host.
 */
export function packagesInstalledBy(op: Operation): readonly string[] | undefined {
  return installs.get(op);
}

export interface PackagesArgs extends OperationOptions {
  readonly names: readonly string[];
  /** @default "present" */
  readonly state?: "present" | "absent" | "latest";
  /** Lists younger than this are not refreshed before installing. @default 3600 */
  readonly cacheValidSeconds?: number;
  /** @default false: smaller hosts, fewer surprises */
  readonly installRecommends?: boolean;
  /** absent: also remove configuration files. @default false */
  readonly purge?: boolean;
}

export function packages(args: PackagesArgs): Operation {
  const state = args.state ?? "present";
  const names = [...args.names].sort();
  const installed = apt.installed(names);
  const age = apt.listsAge();
  const candidates = apt.candidates(names);
  const ttl = args.cacheValidSeconds ?? 3600;
  const recommends = args.installRecommends ? "" : " --no-install-recommends";
  const op = defineOperation(
    `apt.packages ${state} ${names.join(" ")}`,
    args,
    state === "latest" ? [installed, age, candidates] : [installed, age],
    (read) => {
      const have = read(installed);
      const stale = read(age) > ttl;
      if (state === "absent") {
        const present = names.filter((n) => have.has(n));
        if (present.length === 0) return noop(`not installed: ${names.join(", ")}`);
        return change(`remove ${present.join(", ")}`, [sh`${raw(APT_GET)} ${raw(args.purge ? "purge" : "remove")} ${present}`]);
      }
      if (state === "latest") {
        const want = read(candidates);
        const unknown = names.filter((n) => !want.has(n) || want.get(n) === "(none)");
        const outdated = names.filter((n) => have.get(n) !== want.get(n));
        if (stale) {
          return change(`package lists older than ${ttl}s: refresh, then install or upgrade ${names.join(", ")}`, [
            updateCommand,
            sh`${raw(APT_GET + recommends)} install ${names}`,
          ]);
        }
        if (outdated.length === 0) return noop(`latest versions installed: ${names.join(", ")}`);
        return change(`install or upgrade ${outdated.join(", ")}${unknown.length ? ` (unknown to apt: ${unknown.join(", ")})` : ""}`, [
          sh`${raw(APT_GET + recommends)} install ${outdated}`,
        ]);
      }
      const missing = names.filter((n) => !have.has(n));
      if (missing.length === 0) return noop(`installed: ${names.join(", ")}`);
      return change(`install ${missing.join(", ")}`, [...(stale ? [updateCommand] : []), sh`${raw(APT_GET + recommends)} install ${missing}`]);
    },
  );
  if (state !== "absent") installs.set(op, names);
  return op;
}

export interface RepositoryArgs extends OperationOptions {
  /** Names the files: /etc/apt/keyrings/<name>.{asc,gpg} and /etc/apt/sources.list.d/<name>.sources. */
  readonly name: string;
  readonly uris: readonly string[];
  readonly suites: readonly string[];
  /** @default ["main"]; empty for a flat repository (suite "./") */
  readonly components?: readonly string[];
  readonly architectures?: readonly string[];
  /** The signing key, ASCII-armored or binary; or keyFile, a path on this machine. */
  readonly key?: string | Buffer;
  readonly keyFile?: string;
  readonly present?: boolean;
}

/** An apt source in deb822 form with its own signing key (Signed-By), refreshed when either changed. */
export function repository(args: RepositoryArgs): Operation {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(args.name)) throw new Error(`apt.repository: name ${args.name} must be lowercase letters, digits, '.', '_' or '-'`);
  const key = args.keyFile ? readFileSync(args.keyFile) : args.key === undefined ? undefined : Buffer.isBuffer(args.key) ? args.key : Buffer.from(args.key);
  const armored = key?.subarray(0, 40).toString("latin1").includes("-----BEGIN PGP") ?? false;
  const keyPath = key ? `/etc/apt/keyrings/${args.name}.${armored ? "asc" : "gpg"}` : undefined;
  const listPath = `/etc/apt/sources.list.d/${args.name}.sources`;
  const source = [
    "Types: deb",
    `URIs: ${args.uris.join(" ")}`,
    `Suites: ${args.suites.join(" ")}`,
    ...((args.components ?? ["main"]).length > 0 ? [`Components: ${(args.components ?? ["main"]).join(" ")}`] : []),
    ...(args.architectures ? [`Architectures: ${args.architectures.join(" ")}`] : []),
    ...(keyPath ? [`Signed-By: ${keyPath}`] : []),
    "",
  ].join("\n");
  const keyFact = keyPath ? files.path(keyPath) : undefined;
  const listFact = files.path(listPath);
  return defineOperation(`apt.repository ${args.name}`, args, keyFact ? [keyFact, listFact] : [listFact], (read) => {
    if (args.present === false) {
      const gone = [listPath, ...(keyPath ? [keyPath] : [])].filter((p) => read(files.path(p)) !== null);
      if (gone.length === 0) return noop(`repository ${args.name} is absent`);
      return change(`remove repository ${args.name}`, [sh`rm -f ${gone}`, updateCommand]);
    }
    const plan = combine(
      [
        ...(keyFact && key ? [planFile(keyPath!, key, read(keyFact), { mode: "0644" })] : []),
        planFile(listPath, Buffer.from(source), read(listFact), { mode: "0644" }),
      ],
      `repository ${args.name} is configured`,
    );
    if (!plan.changed) return plan;
    return change(plan.reason, [sh`install -d -m 0755 /etc/apt/keyrings`, ...plan.commands, updateCommand]);
  });
}

/**
 * A role is an ordered list of operations plus the handlers they may notify (Ansible's tasks/ and
 * handlers/). `dependsOn` orders roles on one host and across hosts: a role waits until every host that
 * has one of its dependencies has finished it (nfs-server before nfs-client).
 */
import type { TargetHost } from "./hosts.js";
import type { Operation } from "./operation.js";

export interface RoleContext<V = unknown> {
  readonly host: TargetHost;
  /** Every host of the run, for roles that need their peers (an NFS client needs the server's address). */
  readonly hosts: readonly TargetHost[];
  /** Whatever the caller passed as `vars` (the CLI passes the Environment). */
  readonly vars: V;
}

export interface Role<V = any> {
  readonly name: string;
  readonly dependsOn?: readonly string[];
  tasks(ctx: RoleContext<V>): Operation[];
  handlers?(ctx: RoleContext<V>): Record<string, Operation>;
  /**
   * What of this role a machine image can carry (Packer's hub image): what is slow to install and the same
   * on every host, such as packages; never configuration or secrets, which stay for the live host. The
   * same operations as in tasks(), so that a host booted from the image finds them done. Default: nothing.
   */
  image?(ctx: RoleContext<V>): Operation[];
}

export type RoleRegistry = Readonly<Record<string, Role>>;

/**
 * The registry an image build runs: every role reduced to its image() operations, without handlers (a
 * build restarts nothing; the live host's run does).
 */
export function imageRoles(registry: RoleRegistry): RoleRegistry {
  return Object.fromEntries(
    Object.entries(registry).map(([name, role]) => [
      name,
      { name: role.name, ...(role.dependsOn ? { dependsOn: role.dependsOn } : {}), tasks: (ctx: RoleContext) => role.image?.(ctx) ?? [] } satisfies Role,
    ]),
  );
}

/**
 * Orders role names so that dependencies come first, keeping the given order otherwise. Dependencies
 * that are not in `names` are ignored here (they may run on another host). Throws on a cycle.
 */
export function orderRoles(names: readonly string[], registry: RoleRegistry): string[] {
  const wanted = new Set(names);
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`roles depend on each other in a cycle: ${[...path, name].join(" → ")}`);
    visiting.add(name);
    for (const dep of registry[name]?.dependsOn ?? []) if (wanted.has(dep)) visit(dep, [...path, name]);
    visiting.delete(name);
    done.add(name);
    out.push(name);
  };
  for (const name of names) visit(name, []);
  return out;
}

/** Every role a role needs, transitively (for cross-host waits). */
export function dependenciesOf(name: string, registry: RoleRegistry, seen = new Set<string>()): Set<string> {
  for (const dep of registry[name]?.dependsOn ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    dependenciesOf(dep, registry, seen);
  }
  return seen;
}

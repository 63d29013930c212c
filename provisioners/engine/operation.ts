/**
 * An operation states an end state ("this file with this content", "this package present"). It names the
 * facts it needs; the runner gathers those for many operations in one round trip, then asks the
 * operation for a plan. The plan is a pure function of the facts, which is what makes check mode, the
 * fake connector and canned-fact unit tests possible (pyinfra pulls a generator instead; a pure plan lets
 * the facts of a whole role be read before the first operation runs).
 */
import type { Command } from "./command.js";
import type { FactReader, FactRequest } from "./fact.js";

export type Plan =
  | { readonly changed: false; readonly reason: string }
  | { readonly changed: true; readonly reason: string; readonly commands: readonly Command[] };

/** Nothing to do, and why: every no-op leaves a one-line reason. */
export function noop(reason: string): Plan {
  return { changed: false, reason };
}

export function change(reason: string, commands: readonly Command[]): Plan {
  return { changed: true, reason, commands };
}

/** Joins the plans of parts of one operation (a repository is a key file plus a sources file). */
export function combine(plans: readonly Plan[], noopReason: string): Plan {
  const changed = plans.filter((p): p is Extract<Plan, { changed: true }> => p.changed);
  if (changed.length === 0) return noop(noopReason);
  return change(
    changed.map((p) => p.reason).join("; "),
    changed.flatMap((p) => p.commands),
  );
}

export interface Operation {
  /** "files.template /etc/motd": module, operation and its main argument. */
  readonly name: string;
  readonly facts: readonly FactRequest<unknown>[];
  plan(read: FactReader): Plan;
  /**
   * Work that can fail before any host is touched, run for every operation of every host in the Prepare
   * stage (rendering templates): a missing variable stops the run before the first change.
   */
  prepare?(): void;
  /** Handlers of the role to run once, at the end of the role, when this operation changed something. */
  readonly notify: readonly string[];
  /** false: the operation changes something on every run (a command without guards); check mode warns. */
  readonly idempotent: boolean;
  /**
   * The systemd unit this operation restarts or reloads. As a handler it is then not run when the unit
   * started after the change that notified it (engine/handlers.ts): it reads that configuration already.
   */
  readonly restarts?: string;
}

/** Options every operation accepts. */
export interface OperationOptions {
  /** Overrides the generated name in reports. */
  readonly label?: string;
  readonly notify?: string | readonly string[];
}

export function defineOperation(
  name: string,
  options: OperationOptions | undefined,
  facts: readonly FactRequest<unknown>[],
  plan: (read: FactReader) => Plan,
  extra: { prepare?: () => void; idempotent?: boolean; restarts?: string } = {},
): Operation {
  const notify = options?.notify === undefined ? [] : typeof options.notify === "string" ? [options.notify] : [...options.notify];
  return {
    name: options?.label ?? name,
    facts,
    plan,
    notify,
    idempotent: extra.idempotent ?? true,
    ...(extra.prepare ? { prepare: extra.prepare } : {}),
    ...(extra.restarts ? { restarts: extra.restarts } : {}),
  };
}

/** How `extend` builds on an inner operation. */
export interface Extension {
  /** The name in reports. @default the inner operation's */
  readonly label?: string;
  /** Handlers to notify. @default the inner operation's */
  readonly notify?: string | readonly string[];
  /** Facts of its own, gathered with (and before) the inner operation's. */
  readonly facts?: readonly FactRequest<unknown>[];
  /** A reason not to run the inner operation at all (read from facts), or null to run it. */
  skip?(read: FactReader): string | null;
  /** The inner plan turned into this one (commands added before or after a change). @default unchanged */
  after?(plan: Plan, read: FactReader): Plan;
}

/**
 * An operation built on another: the inner one's facts, plan, preparation and idempotence, with facts,
 * a reason to skip, or commands of its own (a daemon-reload after a unit changed, a guard around apt).
 *
 *   extend(file, { after: (plan) => (plan.changed ? change(plan.reason, [...plan.commands, daemonReload]) : plan) })
 */
export function extend(inner: Operation, how: Extension): Operation {
  return defineOperation(
    inner.name,
    { label: how.label ?? inner.name, notify: how.notify ?? inner.notify },
    [...(how.facts ?? []), ...inner.facts],
    (read) => {
      const reason = how.skip?.(read) ?? null;
      if (reason !== null) return noop(reason);
      const plan = inner.plan(read);
      return how.after ? how.after(plan, read) : plan;
    },
    { ...(inner.prepare ? { prepare: inner.prepare } : {}), idempotent: inner.idempotent, ...(inner.restarts ? { restarts: inner.restarts } : {}) },
  );
}

/** A plan with `commands` run after the inner plan's, when it changed something. */
export function thenRun(plan: Plan, ...commands: readonly Command[]): Plan {
  return plan.changed ? change(plan.reason, [...plan.commands, ...commands]) : plan;
}

/**
 * Handlers run once at the end of a role when an operation that notifies them changed something. The
 * notification is also written to the host (a marker file, in the same script as the change), so that a
 * run that fails after the change and is repeated still restarts the service: the repeated run sees no
 * change to the config any more, but finds the marker. The marker is removed by the handler's own script
 * after its commands succeeded: a handler is run at least once, never lost to a run killed halfway.
 *
 * A restart is skipped when the unit it restarts (Operation.restarts) started after the change: a mount or a
 * service a later operation of the role started reads the new configuration at that start, and restarting it
 * again cost 5-20 s per unit under TCG on a first apply. The marker records when it was written on the
 * host's monotonic clock (boot id, uptime), which a clock step cannot move as it can a file's mtime.
 */
import { quote } from "./command.js";
import { defineFact } from "./fact.js";

export const HANDLER_DIR = "/var/lib/hubstack/handlers";

export function markerPath(role: string, handler: string): string {
  const slug = handler.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${HANDLER_DIR}/${role}--${slug}`;
}

/** The marker's content: the boot and the uptime it was written at (empty where /proc is missing: a chroot). */
const MARK = `printf '%s %s\\n' "$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)" "$(cut -d' ' -f1 /proc/uptime 2>/dev/null)"`;

export function markScript(role: string, handlers: readonly string[]): string[] {
  if (handlers.length === 0) return [];
  return [`mkdir -p ${HANDLER_DIR}`, ...handlers.map((h) => `${MARK} > ${quote(markerPath(role, h))}`)];
}

export function unmarkScript(role: string, handler: string): string {
  return `rm -f ${quote(markerPath(role, handler))}`;
}

/** Marker files of one role left by earlier runs: the handlers still owed. */
export const pendingHandlers = defineFact(
  "hubstack.pendingHandlers",
  (role: string) => `for f in ${HANDLER_DIR}/${role}--*; do [ -e "$f" ] && echo "\${f##*/}"; done; true`,
  (output: string) => new Set(output.split("\n").filter(Boolean).map((f) => `${HANDLER_DIR}/${f}`)),
);

/**
 * Whether `unit` runs and entered that run after `marker` was written: true only when both are known (a
 * marker of an older hubstack holds no time; a unit that is not active needs its handler).
 */
export const startedAfterMarker = defineFact(
  "hubstack.startedAfterMarker",
  (unit: string, marker: string) =>
    `printf 'marker=%s\\n' "$(cat ${quote(marker)} 2>/dev/null)"; printf 'boot=%s\\n' "$(cat /proc/sys/kernel/random/boot_id)"
systemctl show -p ActiveState,InactiveExitTimestampMonotonic -- ${quote(unit)} 2>/dev/null; true`,
  (output: string): boolean => {
    const props = new Map(output.split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)] as const));
    const [markerBoot, markerUptime] = (props.get("marker") ?? "").trim().split(/\s+/);
    const since = Number(props.get("InactiveExitTimestampMonotonic"));
    const active = props.get("ActiveState") === "active" || props.get("ActiveState") === "reloading";
    if (!active || !markerBoot || !markerUptime || !Number.isFinite(Number(markerUptime)) || !(since > 0)) return false;
    // Another boot: the unit started in this one, after the marker's. The same boot: compare the clocks
    // (uptime counts suspended time too, so it can only make the marker look later: a restart, never a miss).
    return markerBoot !== props.get("boot") || since / 1e6 > Number(markerUptime);
  },
);

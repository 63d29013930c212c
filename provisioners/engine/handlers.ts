/**
 * Handlers run once at the end of a role when an operation that notifies them changed something. The
 * notification is also written to the host (a marker file, in the same script as the change), so that a
 * run that fails after the change and is repeated still restarts the service: the repeated run sees no
 * change to the config any more, but finds the marker. The marker is removed by the handler's own script
 * after its commands succeeded: a handler is run at least once, never lost to a run killed halfway.
 */
import { quote } from "./command.js";
import { defineFact } from "./fact.js";

export const HANDLER_DIR = "/var/lib/hubstack/handlers";

export function markerPath(role: string, handler: string): string {
  const slug = handler.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${HANDLER_DIR}/${role}--${slug}`;
}

export function markScript(role: string, handlers: readonly string[]): string[] {
  if (handlers.length === 0) return [];
  return [`mkdir -p ${HANDLER_DIR}`, ...handlers.map((h) => `: > ${quote(markerPath(role, h))}`)];
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

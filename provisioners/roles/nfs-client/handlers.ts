import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";

export const remount = (unit: string) => `remount ${unit}`;

/**
 * A changed mount unit is applied with a remount (systemd's reload of a mount unit), never an unmount:
 * running notebooks keep their open files. A changed server address needs a stop and start by hand.
 */
export function nfsClientHandlers(units: readonly string[]): Record<string, Operation> {
  return Object.fromEntries(units.map((unit) => [remount(unit), unitAction(unit, "reload-or-restart")]));
}

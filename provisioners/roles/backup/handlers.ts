import type { Operation } from "../../engine/operation.js";
import { unitAction } from "../common.js";
import { BACKUP_TIMER } from "./constants.js";

export const RESTART_BACKUP_TIMER = "restart hubstack-backup.timer";

export function backupHandlers(): Record<string, Operation> {
  // A changed OnCalendar= is scheduled anew.
  return { [RESTART_BACKUP_TIMER]: unitAction(BACKUP_TIMER, "restart") };
}

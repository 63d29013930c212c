import type { Operation } from "../../engine/operation.js";
import { service } from "../../operations/systemd.js";

export const RESTART = "restart hubstack-demo";

export function demoHandlers(): Record<string, Operation> {
  return { [RESTART]: service({ name: "hubstack-demo.service", state: "restarted" }) };
}

/** Facts about systemd units. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

export interface UnitInfo {
  /** False when systemd is not running on the host (a container, a chroot). */
  readonly systemd: boolean;
  /** loaded, not-found, masked… */
  readonly load: string;
  /** active, inactive, failed… */
  readonly active: string;
  /** enabled, disabled, static… ("" when unknown). */
  readonly unitFile: string;
  readonly needDaemonReload: boolean;
}

export const unit = defineFact(
  "systemd.unit",
  (name: string) =>
    `[ -d /run/systemd/system ] || { echo nosystemd; exit 0; }; systemctl show -p LoadState,ActiveState,UnitFileState,NeedDaemonReload -- ${quote(name)}`,
  (output: string): UnitInfo => {
    if (output.startsWith("nosystemd")) return { systemd: false, load: "", active: "", unitFile: "", needDaemonReload: false };
    const props = new Map(output.split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)] as const));
    return {
      systemd: true,
      load: props.get("LoadState") ?? "",
      active: props.get("ActiveState") ?? "",
      unitFile: props.get("UnitFileState") ?? "",
      needDaemonReload: props.get("NeedDaemonReload") === "yes",
    };
  },
);

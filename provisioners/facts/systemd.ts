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
    // systemd keeps a unit's UnitFileState from its first reading until a daemon-reload, and systemd.service
    // enables without one (--no-reload): a state other than enabled is asked of the unit files (is-enabled);
    // the parser keeps the last UnitFileState line.
    `[ -d /run/systemd/system ] || { echo nosystemd; exit 0; }
hs_u=$(systemctl show -p LoadState,ActiveState,UnitFileState,NeedDaemonReload -- ${quote(name)}); echo "$hs_u"
case "$hs_u" in *UnitFileState=enabled*) ;; *) printf 'UnitFileState=%s\n' "$(systemctl is-enabled -- ${quote(name)} 2>/dev/null)" ;; esac`,
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

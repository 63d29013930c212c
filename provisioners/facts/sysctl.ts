/** Facts about kernel parameters. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

/** The running value, whitespace-normalised (multi-value keys print tabs), or null when the key is unknown. */
export const value = defineFact(
  "sysctl.value",
  (key: string) => `sysctl -n ${quote(key)}`,
  (output: string, code: number): string | null => (code === 0 ? output.trim().split(/\s+/).join(" ") : null),
);

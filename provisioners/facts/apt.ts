/** Facts about Debian packages: installed versions, candidate versions, and the age of the package lists. */
import { quote } from "../engine/command.js";
import { defineFact } from "../engine/fact.js";

/** Installed version of each named package that is installed (others are absent from the map). */
export const installed = defineFact(
  "apt.installed",
  (names: readonly string[]) => `dpkg-query -W -f='\${Package}\\t\${db:Status-Abbrev}\\t\${Version}\\n' ${names.map(quote).join(" ")} 2>/dev/null; true`,
  (output: string): Map<string, string> => {
    const out = new Map<string, string>();
    for (const line of output.split("\n")) {
      const [name, status = "", version = ""] = line.split("\t");
      // Status abbreviation: desired, current, error; current "i" means unpacked and configured.
      if (name && status[1] === "i") out.set(name, version);
    }
    return out;
  },
);

/** Version apt would install for each package ("(none)" when it has none), from the current lists. */
export const candidates = defineFact(
  "apt.candidates",
  (names: readonly string[]) => `LC_ALL=C apt-cache policy ${names.map(quote).join(" ")} 2>/dev/null; true`,
  (output: string): Map<string, string> => {
    const out = new Map<string, string>();
    let current: string | undefined;
    for (const line of output.split("\n")) {
      const head = /^(\S+):$/.exec(line);
      if (head) current = head[1];
      const candidate = /^\s+Candidate: (\S+)/.exec(line);
      if (candidate && current) out.set(current, candidate[1]!);
    }
    return out;
  },
);

export const UPDATE_STAMP = "/var/lib/hubstack/apt-update-stamp";

/**
 * Seconds since the package lists were last refreshed (by us, by apt's timer, or by hand); infinite when
 * there are no lists at all (a fresh cloud image or a cleaned build image), whatever the stamps say.
 * The lists folder's own time is no evidence: image builds touch it while leaving it empty.
 */
export const listsAge = defineFact(
  "apt.listsAge",
  () =>
    `date +%s; ls /var/lib/apt/lists/ 2>/dev/null | grep -c -E '_(In)?Release$'; ` +
    `stat -c %Y /var/lib/apt/lists/*_InRelease /var/lib/apt/lists/*_Release /var/lib/apt/periodic/update-success-stamp ${UPDATE_STAMP} 2>/dev/null; true`,
  (output: string): number => {
    const [now = 0, releaseFiles = 0, ...stamps] = output.split("\n").filter(Boolean).map(Number);
    return releaseFiles === 0 || stamps.length === 0 ? Number.POSITIVE_INFINITY : now - Math.max(...stamps);
  },
);

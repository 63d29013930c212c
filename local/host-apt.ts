/**
 * What apt on the host uses to reach Debian: its mirrors and the few apt options that matter for reaching
 * them. The base image is built from the same mirror, apt-cacher-ng forwards to it, and the guests' apt
 * talks to it through apt-cacher-ng: the host's mirror is the only outside address the local environment uses.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { run } from "./util.js";

export interface AptSource {
  /** Mirror URI without trailing slash, e.g. http://deb.debian.org/debian */
  uri: string;
  suites: string[];
  components: string[];
}

/** Parses deb822 `.sources` text: keeps enabled `deb` stanzas (not deb-src). */
export function parseDeb822(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let last: string | undefined;
    for (const line of stanza.split("\n")) {
      if (line.startsWith("#") || line.trim() === "") continue;
      if (/^\s/.test(line) && last) {
        fields.set(last, `${fields.get(last)} ${line.trim()}`);
        continue;
      }
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      fields.set(last, line.slice(colon + 1).trim());
    }
    if (!(fields.get("types") ?? "").split(/\s+/).includes("deb")) continue;
    if ((fields.get("enabled") ?? "yes").toLowerCase() === "no") continue;
    const words = (key: string) => (fields.get(key) ?? "").split(/\s+/).filter(Boolean);
    for (const uri of words("uris")) {
      sources.push({ uri: uri.replace(/\/+$/, ""), suites: words("suites"), components: words("components") });
    }
  }
  return sources;
}

/** Parses one-line-style `sources.list` text: `deb [options] uri suite components...`. */
export function parseSourcesList(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line.startsWith("deb ")) continue;
    const words = line.replace(/\[[^\]]*\]/, " ").split(/\s+/).filter(Boolean).slice(1);
    const [uri, suite, ...components] = words;
    if (!uri || !suite) continue;
    sources.push({ uri: uri.replace(/\/+$/, ""), suites: [suite], components });
  }
  return sources;
}

/** The host's enabled Debian sources, from /etc/apt/sources.list and /etc/apt/sources.list.d/. */
export async function hostAptSources(etcApt = "/etc/apt"): Promise<AptSource[]> {
  const sources: AptSource[] = [];
  try {
    sources.push(...parseSourcesList(await readFile(join(etcApt, "sources.list"), "utf8")));
  } catch {
    // no legacy file
  }
  let entries: string[] = [];
  try {
    entries = (await readdir(join(etcApt, "sources.list.d"))).sort();
  } catch {
    // no directory
  }
  for (const entry of entries) {
    const text = await readFile(join(etcApt, "sources.list.d", entry), "utf8").catch(() => "");
    if (entry.endsWith(".sources")) sources.push(...parseDeb822(text));
    else if (entry.endsWith(".list")) sources.push(...parseSourcesList(text));
  }
  // Only plain http(s) mirrors can be fetched by mmdebstrap and proxied by apt-cacher-ng.
  return sources.filter((s) => /^https?:\/\//.test(s.uri));
}

export interface DebianMirrors {
  /** The Debian archive, e.g. http://deb.debian.org/debian */
  debian: string;
  /** The security archive, e.g. http://deb.debian.org/debian-security */
  security: string;
}

const DEFAULT_MIRRORS: DebianMirrors = {
  debian: "http://deb.debian.org/debian",
  security: "http://deb.debian.org/debian-security",
};

/**
 * The Debian archive and security mirrors the host uses. A host that is not Debian (or uses only mirror+file:
 * or cdrom: sources) gets deb.debian.org.
 */
export function debianMirrors(sources: AptSource[]): DebianMirrors {
  const isSecurity = (s: AptSource) => s.suites.some((suite) => /-security$|\/updates$/.test(suite));
  const main = sources.find((s) => !isSecurity(s) && s.uri.includes("debian"));
  const security = sources.find((s) => isSecurity(s));
  return {
    debian: main?.uri ?? DEFAULT_MIRRORS.debian,
    security: security?.uri ?? DEFAULT_MIRRORS.security,
  };
}

/**
 * The host's apt options that change whether a mirror is usable at all, as `Name "value";` lines.
 * Example: a snapshot mirror needs Check-Valid-Until "false" (its Release files are past their date); the
 * base image and the guests need the same, or their `apt-get update` fails where the host's works.
 */
export async function hostAptOptions(): Promise<string[]> {
  const wanted = ["Acquire::Check-Valid-Until", "Acquire::Check-Date"];
  const result = await run("apt-config", ["dump", ...wanted], { allowFailure: true }).catch(() => undefined);
  if (!result || result.exitCode !== 0) return [];
  const options: string[] = [];
  for (const line of result.stdout.split("\n")) {
    const match = /^([\w:-]+) "([^"]*)";$/.exec(line.trim());
    if (match && wanted.includes(match[1]!)) options.push(`${match[1]} "${match[2]}";`);
  }
  return options;
}

/**
 * The kinds of value an inventory may hold, one zod type each, for every string that ends up in a file on a
 * host (sshd's configuration, /etc/exports, systemd units, jupyterhub_config.py, Dockerfiles), in a command,
 * in a resource name or in a URL.
 *
 * Why a type per kind and not per field: a value is dangerous because of where it lands, and the same kinds
 * land in many places. A user name with a newline adds a line to sshd_config; a mount path with a quote ends a
 * shell string; an export root of "/" exports the whole disk; a CIDR with host bits is a typo that widens or
 * narrows who may log in. Each type says, in its message, what it allows and so how to fix the value, and
 * none lets a control character through (newlines, escapes, bidirectional overrides) except `scriptText`,
 * the one kind of free text that is written to a file verbatim (a start hook).
 *
 * Messages never repeat the value: ./load.ts appends "found ..." itself, and describes a value from the
 * secrets file by its kind only. The one exception is a CIDR's suggested network form, which is not a secret.
 */
import { z } from "zod";

/** Marks an issue raised by these types, so that the loader appends what it found. */
export const TYPED_ISSUE = { hubstackTyped: true } as const;

/** C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The same, except tab, newline and carriage return: what a script may hold. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const CHARACTER_NAMES: Record<string, string> = {
  "\n": "a newline",
  "\r": "a carriage return",
  "\t": "a tab",
  "\u0000": "a NUL byte",
  "\u001b": "an escape character",
};

function describeCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${CHARACTER_NAMES[char] ?? "a control character"} (${code})`;
}

/** What is wrong with a value's characters in general (before its own pattern), or undefined. */
export function controlCharacterProblem(value: string, allowLines = false): string | undefined {
  const match = (allowLines ? CONTROL_IN_TEXT : CONTROL).exec(value);
  if (!match) return undefined;
  return `it contains ${describeCharacter(match[0])} at character ${match.index + 1}, which would end the line or the string it is written into`;
}

/**
 * A string type: `allowed` says what the value may hold (and so how to fix it); `check` returns the specific
 * problem of a value that is otherwise well-formed text, or false when it simply does not match.
 */
export function typedString(allowed: string, check: (value: string) => string | false | { message: string } | undefined, options: { allowLines?: boolean } = {}) {
  return z.string().superRefine((value, ctx) => {
    const issue = (problem?: string) =>
      ctx.addIssue({ code: "custom", message: problem ? `${allowed} (${problem})` : allowed, params: TYPED_ISSUE });
    if (value.length === 0) return issue("it is empty");
    const control = controlCharacterProblem(value, options.allowLines);
    if (control) return issue(control);
    const problem = check(value);
    if (problem === false) return issue();
    if (typeof problem === "object") return ctx.addIssue({ code: "custom", message: problem.message, params: TYPED_ISSUE });
    if (problem) return issue(problem);
  });
}

const matching = (pattern: RegExp) => (value: string) => (pattern.test(value) ? undefined : false);

// --- Names ---------------------------------------------------------------------------------------------

/** A Unix user or group name, as Debian's adduser accepts it without --allow-bad-names. */
export const UNIX_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
export const unixName = (what = "a Unix user name") =>
  typedString(`${what}: lowercase letters, digits, '_' and '-', starting with a letter or '_', at most 32 characters`, matching(UNIX_NAME));

export const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** One label of a DNS name: a host name of the environment, a bridge-safe name. */
export const dnsLabel = (what = "a DNS label") =>
  typedString(`${what}: lowercase letters, digits and '-', not starting or ending with '-', at most 63 characters`, matching(DNS_LABEL));

function dnsNameProblem(value: string, requireDot: boolean): string | false | undefined {
  if (value.length > 253) return "it is longer than 253 characters";
  if (/\s/.test(value)) return "it contains whitespace";
  if (/[A-Z]/.test(value)) return "it contains upper-case letters; write it in lower case";
  if (value.endsWith(".")) return "it ends with a dot";
  const labels = value.split(".");
  if (labels.some((l) => l === "")) return "it has an empty label (two dots in a row, or a leading dot)";
  const bad = labels.find((l) => !DNS_LABEL.test(l));
  if (bad !== undefined) return bad.length > 63 ? "a label is longer than 63 characters" : "a label holds characters other than a-z, 0-9 and '-', or starts or ends with '-'";
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return "its last label is all digits (an address is not a name)";
  if (requireDot && labels.length < 2) return "it has a single label; a certificate needs a fully qualified name such as hub.example.org";
  return undefined;
}

/** A DNS name without the trailing dot: example.org, hub.dev.example.org. */
export const dnsName = (requireDot = false) =>
  typedString(
    `a DNS name such as ${requireDot ? "hub.example.org" : "example.org"}: labels of lowercase letters, digits and '-' separated by dots, at most 253 characters, no trailing dot`,
    (v) => dnsNameProblem(v, requireDot),
  );

/** A DNS zone as Designate names it: with its trailing dot. */
export const dnsZone = () =>
  typedString("a zone name ending with a dot, such as example.org.", (v) => {
    if (!v.endsWith(".")) return "it does not end with a dot";
    return dnsNameProblem(v.slice(0, -1), false);
  });

/** An OpenStack resource name (flavor, network, image, cloud, region, key pair, pool): one line of plain text. */
export const openstackName = (example: string) =>
  typedString(
    `a name as OpenStack shows it, such as ${example}: one line of at most 255 characters, without quotes, backslashes, '\${' or '%{', or leading or trailing spaces`,
    (v) => {
      if (v.length > 255) return "it is longer than 255 characters";
      if (v.trim() !== v) return "it has leading or trailing spaces";
      if (/["'`\\]/.test(v)) return "it contains a quote or a backslash";
      // Terraform reads "${...}" and "%{...}" in any string of cdk.tf.json as its own template language.
      if (/[$%]\{/.test(v)) return "it contains '${' or '%{', which Terraform would read as an expression";
      return undefined;
    },
  );

/** A Debian package name. */
export const debianPackage = () => typedString("a Debian package name such as git: lowercase letters, digits, '+', '.' and '-'", matching(/^[a-z0-9][a-z0-9+.-]+$/));

/** A Linux network interface name (a bridge). */
export const interfaceName = () =>
  typedString("an interface name of at most 15 letters, digits, '_', '.' and '-'", matching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/));

/** An IANA time zone name: Etc/UTC, Europe/Paris, America/Argentina/Buenos_Aires. */
export const timezone = () =>
  typedString("a time zone name such as Etc/UTC or Europe/Paris (see timedatectl list-timezones)", matching(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/));

/** A PEP 440 version such as 5.2.1. */
export const version = () => typedString("a version such as 5.2.1", matching(/^[0-9][0-9A-Za-z.+!-]{0,40}$/));

/** A Python module path such as numpy or matplotlib.pyplot. */
export const PY_MODULE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const pythonModule = () => typedString("a Python module name such as numpy or matplotlib.pyplot", matching(PY_MODULE));

/** Class.trait, as traitlets names them. */
export const TRAITLET_KEY = /^([A-Z][A-Za-z0-9_]*)\.([a-z_][A-Za-z0-9_]*)$/;
export const traitletName = () => typedString("a traitlet name such as Spawner.default_url (Class.trait)", matching(TRAITLET_KEY));

/** A JupyterHub user name in an allow or admin list: one word, no quotes. */
export const hubUserName = () =>
  typedString("a user name such as ada or ada@example.org: letters, digits, '.', '_', '@', '+' and '-', at most 128 characters", matching(/^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/));

/** A group name of an OAuth provider (the groups claim): one line, no quotes or backslashes. */
export const groupName = () =>
  typedString("a group name such as teachers: one line of at most 128 characters without quotes or backslashes", (v) => {
    if (v.length > 128) return "it is longer than 128 characters";
    if (v.trim() !== v) return "it has leading or trailing spaces";
    if (/["'`\\]/.test(v)) return "it contains a quote or a backslash";
    return undefined;
  });

/** A claim of the provider's user data. */
export const claimName = (example: string) => typedString(`a claim name such as ${example}: letters, digits, '_', '.', ':' and '-'`, matching(/^[A-Za-z0-9_.:-]{1,128}$/));

const GITHUB_LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
const GITHUB_TEAM = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";
/** A GitHub organization, or org:team. */
export const githubOrganization = () =>
  typedString("a GitHub organization such as example-org, or org:team", matching(new RegExp(`^${GITHUB_LOGIN}(:${GITHUB_TEAM})?$`)));
/** A GitHub team as org:team. */
export const githubTeam = () => typedString("a GitHub team as org:team, such as example-org:hub-admins", matching(new RegExp(`^${GITHUB_LOGIN}:${GITHUB_TEAM}$`)));

/** An OAuth client id (public, but written into the hub's configuration). */
export const oauthClientId = () =>
  typedString("a client id as the provider shows it: letters, digits and . _ ~ : / @ + = -, without spaces or quotes", matching(/^[A-Za-z0-9._~:/@+=-]{1,512}$/));

/**
 * A secret as systemd's EnvironmentFile= keeps it intact: no whitespace, quotes, backslash, '$' or '`'.
 * (The hub's and lego's secrets reach their services that way.)
 */
export const SECRET_CHARACTERS = /^[A-Za-z0-9!#%&()*+,./:;<=>?@^_{|}~-]+$/;
export const secretToken = () =>
  typedString(
    "a secret of letters, digits and punctuation without whitespace, quotes, backslash, '$' or '`' (generate one with `openssl rand -hex 32`)",
    (v) => (v.length > 4096 ? "it is longer than 4096 characters" : SECRET_CHARACTERS.test(v) ? undefined : false),
  );

const KEY_TYPES = "ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com";
/**
 * One OpenSSH public key: type, base64 key, optional comment. No options (from=, command=) and no second
 * line: it is written into authorized_keys and cloud-init's user data as it is.
 */
export const sshPublicKey = () =>
  typedString("an OpenSSH public key line such as `ssh-ed25519 AAAAC3Nz... alice@laptop` (the contents of a .pub file, without options)", (v) => {
    const match = new RegExp(`^(${KEY_TYPES}) ([A-Za-z0-9+/]+={0,3})( .*)?$`).exec(v);
    if (!match) return false;
    if (match[3] !== undefined && /["'`\\]/.test(match[3])) return "its comment contains a quote or a backslash";
    if (v.length > 16_384) return "it is longer than 16384 characters";
    return undefined;
  });

/** One line of text shown to people (a description, a profile's display name). */
export const displayText = (max: number) =>
  typedString(`one line of text of at most ${max} characters`, (v) => (v.length > max ? `it is ${v.length} characters long` : undefined));

/** One Dockerfile instruction: a single line (a newline would start an instruction of its own). */
export const dockerfileLine = () =>
  typedString("one Dockerfile instruction on one line, such as RUN pip install numpy", (v) => (v.trim() === "" ? "it is blank" : undefined));

/** Free text written to a file verbatim (a start hook's script): lines are allowed, other control characters are not. */
export const scriptText = () => typedString("a script: text with lines, without control characters other than tab", () => undefined, { allowLines: true });

// --- Paths ---------------------------------------------------------------------------------------------

const PATH_SEGMENT = /^[A-Za-z0-9._-]+$/;
/** Top-level directories of the system itself: nothing may be mounted over them or exported from them. */
const SYSTEM_DIRECTORIES = new Set(["bin", "boot", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "run", "sbin", "sys", "usr"]);
/** Directories that hold the system's state: not a mount point or an export root themselves. */
const SYSTEM_STATE_DIRECTORIES = new Set(["/var", "/var/lib", "/opt", "/root", "/tmp", "/srv"]);

function absolutePathProblem(value: string, kind: "path" | "mount"): string | false | undefined {
  if (!value.startsWith("/")) return "it does not start with '/'";
  if (value === "/") return kind === "mount" ? "it is '/' itself, the whole file system" : undefined;
  if (value.length > 1024) return "it is longer than 1024 characters";
  if (value.endsWith("/")) return "it ends with '/'";
  const segments = value.slice(1).split("/");
  if (segments.some((s) => s === "")) return "it has an empty segment ('//')";
  if (segments.some((s) => s === "." || s === "..")) return "it has a '.' or '..' segment";
  if (segments.some((s) => !PATH_SEGMENT.test(s))) return "it holds characters other than letters, digits, '.', '_', '-' and '/': spaces and quotes break the files it is written into";
  if (kind === "mount") {
    if (SYSTEM_DIRECTORIES.has(segments[0]!)) return `it is inside /${segments[0]}, a directory of the system itself`;
    if (SYSTEM_STATE_DIRECTORIES.has(value)) return `it is ${value}, which holds the system's own files`;
  }
  return undefined;
}

/** An absolute path on a host, of plain characters: /srv/work, /root/keys/work.key. */
export const absolutePath = (example = "/srv/data") =>
  typedString(`an absolute path on the host such as ${example}: letters, digits, '.', '_' and '-' between single slashes, no '..'`, (v) => absolutePathProblem(v, "path"));

/** Where something is mounted or exported from: an absolute path, not '/' and not a system directory. */
export const mountPath = (example: string) =>
  typedString(
    `an absolute path such as ${example}: letters, digits, '.', '_' and '-' between single slashes, no '..', not '/' and not a system directory`,
    (v) => absolutePathProblem(v, "mount"),
  );

/** A file on the operator's machine, relative to the repository or absolute, that hubstack reads or writes. */
export const localPath = (example: string) =>
  typedString(`a path on this machine such as ${example} (relative to the repository, or absolute), without quotes or '..'`, (v) => {
    if (v.length > 4096) return "it is longer than 4096 characters";
    if (/["'`\\]/.test(v)) return "it contains a quote or a backslash";
    if (v.split("/").includes("..")) return "it has a '..' segment";
    return undefined;
  });

// --- Schedules and backups ----------------------------------------------------------------------------

/**
 * A systemd calendar expression (OnCalendar=): daily, weekly, *-*-* 02:30:00, Mon..Fri 22:00. Written into a
 * timer unit, so one line of plain characters, no '%' (a unit specifier); `systemd-analyze calendar` has the
 * last word (test/templates/backup.test.ts runs it on what the schema lets through).
 */
export const calendarSpec = () =>
  typedString("a systemd calendar expression such as daily, weekly or *-*-* 02:30:00 (see `systemd-analyze calendar`): letters, digits, spaces and * : , . / ~ _ + -", (v) =>
    v.length > 200 ? "it is longer than 200 characters" : /^[A-Za-z0-9*:,./~_+ -]+$/.test(v) && v.trim() === v ? undefined : false,
  );

/**
 * A restic S3 repository: s3:https://host[:port]/bucket[/prefix]. Without credentials in it (those are
 * accessKeyId and secretAccessKey, in the secrets file).
 */
export const resticS3Url = () =>
  typedString("a restic S3 repository such as s3:https://s3.example.org/hubstack-backup (s3: then an https:// URL with the bucket as its path)", (v) => {
    if (!v.startsWith("s3:")) return "it does not start with s3:";
    if (/["'`\\$\s]/.test(v)) return "it contains whitespace, a quote, a backslash or '$'";
    let parsed: URL;
    try {
      parsed = new URL(v.slice(3));
    } catch {
      return false;
    }
    if (parsed.protocol !== "https:") return "its URL is not https://, and S3 credentials would travel in the clear";
    if (parsed.username || parsed.password) return "it holds a user name or password; credentials go in accessKeyId and secretAccessKey, in the secrets file";
    if (parsed.pathname.length < 2) return "it names no bucket (s3:https://host/bucket)";
    return undefined;
  });

/** What a rest: URL's authority may be: a DNS name or an IPv4 address, or an IPv6 address in brackets; an optional port. */
const REST_AUTHORITY = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/** A rest: URL's path: plain segments, each ending in '/', or without the last one (restic adds it). */
const REST_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/;

/**
 * A restic REST repository (a restic rest-server, or `rclone serve restic`): rest:https://host[:port]/[path/].
 * Without credentials in it: those are the repository's user and password, in the secrets file, and
 * provisioners/roles/backup/template-vars.ts puts them into RESTIC_REPOSITORY (Debian 12's restic 0.14 reads
 * REST credentials only from the URL).
 *
 * https:// always; plain http:// only to an IPv4 address that no one on the internet reaches (private,
 * loopback, link-local, CGNAT; isPublicIpv4): the local environment's bridge, where `rclone serve restic` on
 * this machine listens on 10.70.0.1. A name over http:// is refused, because where it resolves is not known
 * here: the server's password would cross networks in the clear, and with it anyone on the way could reach the
 * (encrypted) snapshots, and delete them unless the server is --append-only. The path is kept to plain
 * characters: the URL is written single-quoted into /etc/hubstack/backup.env.
 */
export const resticRestUrl = () =>
  typedString(
    "a restic REST repository such as rest:https://backup.example.org:8000/hub-dev/ (rest: then an https:// URL, or http:// to a private IPv4 address such as 10.70.0.1; without a user or password in it)",
    (v) => {
      if (!v.startsWith("rest:")) return "it does not start with rest:";
      if (/["'`\\$\s]/.test(v)) return "it contains whitespace, a quote, a backslash or '$'";
      if (v.length > 2048) return "it is longer than 2048 characters";
      const url = v.slice("rest:".length);
      const scheme = /^(https?):\/\//.exec(url);
      if (!scheme) return "after rest: comes no https:// (or http://) URL";
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      const rest = url.slice(scheme[0].length);
      const authorityEnd = rest.search(/[/?#]/);
      const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
      const path = authorityEnd < 0 ? "/" : rest.slice(authorityEnd);
      if (authority.includes("@") || parsed.username || parsed.password) {
        return "it holds a user name or password; credentials go in user and password, in the secrets file";
      }
      if (!REST_AUTHORITY.test(authority) || parsed.hostname === "") return "its host is not a DNS name, an IPv4 address or an [IPv6] address, with an optional :port";
      if (parsed.port !== "" && Number(parsed.port) === 0) return "its port is 0";
      if (/[?#]/.test(path)) return "it has a query (?) or a fragment (#); a REST repository is a host and a path";
      if (!REST_PATH.test(path)) return "its path holds characters other than letters, digits, '.', '_', '~', '-' and single '/'";
      if (path.split("/").some((s) => s === "." || s === "..")) return "its path has a '.' or '..' segment";
      if (scheme[1] === "http" && (parseIpv4(parsed.hostname) === undefined || isPublicIpv4(parsed.hostname))) {
        return "it is http:// to a name or a public address: the repository's password and data would cross networks in the clear; use https://";
      }
      return undefined;
    },
  );

// --- Addresses -----------------------------------------------------------------------------------------

/** Dotted-decimal IPv4 as a 32-bit number; no leading zeros (010 would be octal to some tools). */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** IPv6 (with '::' and an embedded IPv4 tail) as a 128-bit number. */
export function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.length > 45) return undefined;
  let body = text;
  const lastColon = text.lastIndexOf(":");
  if (lastColon >= 0 && text.slice(lastColon + 1).includes(".")) {
    // An IPv4 tail (::ffff:192.0.2.1) is two groups.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    body = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined;
  const groups = [...head.map((g) => parseInt(g, 16))];
  const explicit = head.length + rest.length;
  if (halves.length === 2) {
    if (explicit > 7) return undefined;
    groups.push(...Array<number>(8 - explicit).fill(0));
  } else if (explicit !== 8) return undefined;
  groups.push(...rest.map((g) => parseInt(g, 16)));
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(16 * (7 - i))) & 0xffffn));
  // The longest run of zero groups (at least two) becomes "::".
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

export interface Cidr {
  readonly version: 4 | 6;
  /** The network address as a number (IPv4 in a bigint too, for one kind of arithmetic). */
  readonly network: bigint;
  readonly prefix: number;
  readonly bits: 32 | 128;
}

/** Parses "a.b.c.d/n" or "x::/n"; `hostBits` is true when the address is not the network's own. */
export function parseCidr(text: string): (Cidr & { hostBits: boolean; address: bigint }) | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return undefined;
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const v4 = parseIpv4(addressText);
  const version = v4 !== undefined ? 4 : 6;
  const address = v4 !== undefined ? BigInt(v4) : parseIpv6(addressText);
  if (address === undefined) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefix > bits) return undefined;
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
  const network = address & mask;
  return { version, network, prefix, bits, address, hostBits: network !== address };
}

export function formatCidr(cidr: Cidr): string {
  return `${cidr.version === 4 ? formatIpv4(Number(cidr.network)) : formatIpv6(cidr.network)}/${cidr.prefix}`;
}

/** Whether `address` (IPv4 as a number) lies inside `cidr`. */
export function cidrContains(cidr: Cidr, address: bigint): boolean {
  const size = 1n << BigInt(cidr.bits - cidr.prefix);
  return address >= cidr.network && address < cidr.network + size;
}

/** A network in CIDR form without host bits: 203.0.113.0/24, 2001:db8::/48 (IPv4 only when `v4Only`). */
export const cidr = (options: { v4Only?: boolean } = {}) =>
  typedString(options.v4Only ? "an IPv4 network such as 10.20.0.0/24" : "expected a CIDR such as 203.0.113.0/24 or 2001:db8::/48", (v) => {
    const parsed = parseCidr(v);
    if (!parsed) return false;
    if (options.v4Only && parsed.version !== 4) return "it is an IPv6 network";
    if (parsed.hostBits) return `${v} has host bits set; did you mean ${formatCidr(parsed)}?`;
    return undefined;
  });

/** One IPv4 address. */
export const ipv4Address = () => typedString("an IPv4 address such as 10.70.0.10", (v) => (parseIpv4(v) === undefined ? false : undefined));

/** Private IPv4 ranges (RFC 1918): what a local bridge may take without hiding real addresses. */
export const PRIVATE_IPV4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => parseCidr(c)!);

/**
 * Addresses no one on the internet reaches: private, loopback, link-local, shared (CGNAT) and the
 * documentation ranges. A hub at any other address is public.
 */
const NOT_PUBLIC_IPV4 = ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24"].map((c) => parseCidr(c)!);
export function isPublicIpv4(address: string): boolean {
  const value = parseIpv4(address);
  return value !== undefined && !NOT_PUBLIC_IPV4.some((c) => cidrContains(c, BigInt(value)));
}

// --- Numbers -------------------------------------------------------------------------------------------

/** A TCP or UDP port. */
export const port = () => z.number().int("a port is a whole number").min(1, "a port from 1 to 65535").max(65535, "a port from 1 to 65535");

/** A duration in whole seconds, between `min` and `max`. */
export const seconds = (min: number, max: number) =>
  z.number().int("a whole number of seconds").min(min, `a duration of at least ${min} seconds`).max(max, `a duration of at most ${max} seconds`);

/** Prometheus's duration units, longest first (`ms` before `m` in the pattern), in milliseconds. */
const PROMETHEUS_UNITS: Record<string, number> = { y: 31_536_000_000, w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const PROMETHEUS_DURATION = /^(?:[0-9]+(?:ms|y|w|d|h|m|s))+$/;

/** A Prometheus duration (15d, 30s, 1h30m) in milliseconds, or undefined when it is none. */
export function parsePrometheusDuration(text: string): number | undefined {
  if (!PROMETHEUS_DURATION.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/([0-9]+)(ms|y|w|d|h|m|s)/g)) total += Number(m[1]) * PROMETHEUS_UNITS[m[2]!]!;
  return total;
}

/**
 * A duration as Prometheus reads it (its flags and prometheus.yml): whole numbers with units, largest first
 * as Prometheus insists, such as 15d, 30s or 1h30m. Written into /etc/default/prometheus and prometheus.yml.
 */
export const prometheusDuration = (example: string) =>
  typedString(`a duration such as ${example} (whole numbers with the units y, w, d, h, m, s or ms, largest first, as Prometheus reads it)`, (v) => {
    const ms = parsePrometheusDuration(v);
    if (ms === undefined) return false;
    const units = [...v.matchAll(/[0-9]+(ms|y|w|d|h|m|s)/g)].map((m) => PROMETHEUS_UNITS[m[1]!]!);
    if (units.some((u, i) => i > 0 && u >= units[i - 1]!)) return "its units are not in decreasing order (write 1h30m, not 30m1h)";
    if (ms === 0) return "it is zero";
    return undefined;
  });

/** A memory size as DockerSpawner and JupyterHub read it: 2G, 512M, 1.5G. */
export const SIZE = /^[0-9]+(\.[0-9]+)?[KMGT]?$/;
export const size = () =>
  typedString("a size such as 2G or 512M (a number, then K, M, G or T)", (v) => (!SIZE.test(v) ? false : Number.parseFloat(v) <= 0 ? "it is zero" : undefined));

// --- References and addresses of services --------------------------------------------------------------

const REGISTRY = String.raw`(?:localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)(?::[0-9]{1,5})?`;
const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const IMAGE_REFERENCE = new RegExp(
  `^(?:${REGISTRY}/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$`,
);
/** A Docker image reference (quay.io/jupyter/minimal-notebook:2024-01-01), or the name of an image of the chain. */
export const imageReference = () =>
  typedString("an image of hub.images by name, or an image reference such as quay.io/jupyter/minimal-notebook:latest", (v) =>
    v.length > 255 ? "it is longer than 255 characters" : IMAGE_REFERENCE.test(v) ? undefined : false,
  );

/** The name of an image of the chain. */
export const IMAGE_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/;
export const imageName = () => typedString("an image name such as scipy or course-2026: lowercase letters, digits, '.', '_' and '-'", matching(IMAGE_NAME));

/** An email address, for an ACME account. */
export const email = () =>
  typedString("Invalid email: an address such as ops@example.org", (v) => (v.length <= 254 && z.email().safeParse(v).success ? undefined : false));

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A URL. `https` for public endpoints (what a browser or the hub sends credentials or tokens to); `loopback`
 * also allows http:// to this machine (a test provider, a state server on localhost). Never with a user or
 * password in it: those are secrets, and this value is not.
 */
export const url = (example: string, scheme: "https" | "https-or-loopback" = "https") =>
  typedString(`an https:// URL such as ${example}`, (v) => {
    if (/\s/.test(v)) return "it contains whitespace";
    let parsed: URL;
    try {
      parsed = new URL(v);
    } catch {
      return { message: `Invalid URL: expected an https:// URL such as ${example}` };
    }
    const loopback = LOOPBACK_HOSTS.has(parsed.hostname) || /^127\.[0-9.]+$/.test(parsed.hostname);
    if (parsed.protocol === "http:" && !(scheme === "https-or-loopback" && loopback)) {
      return `it is http://, which sends what it carries in the clear; use https://${scheme === "https-or-loopback" ? " (http:// is for localhost only)" : ""}`;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return `its scheme is ${parsed.protocol.replace(/:$/, "")}, not https`;
    if (parsed.username || parsed.password) return "it holds a user name or password; credentials go in the secrets file, not in a URL";
    if (!parsed.hostname) return "it has no host";
    if (/[$%]\{/.test(v)) return "it contains '${' or '%{', which Terraform would read as an expression";
    if (/["'`\\<>]/.test(v)) return "it contains a quote, a backslash or an angle bracket";
    return undefined;
  });

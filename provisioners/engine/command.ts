/**
 * What operations ask hosts to do. Operations never talk to a connector: they return commands, and the
 * runner decides whether to execute them (apply) or only record them (check mode). Secret parts are kept
 * apart from the text so that every printed form shows *** instead of the value.
 */

/** A value that must never be printed: passwords, tokens, private keys. */
export class Secret {
  constructor(readonly value: string) {}
  toString(): string {
    return "***";
  }
  toJSON(): string {
    return "***";
  }
}

export function secret(value: string): Secret {
  return new Secret(value);
}

/** Raw shell text that the `sh` template inserts unquoted (operators, globs chosen by us, not by input). */
export class Raw {
  constructor(readonly text: string) {}
}
export function raw(text: string): Raw {
  return new Raw(text);
}

export type ShellPart = string | Secret;

/** A shell snippet run as root on the host. */
export interface ShellCommand {
  readonly kind: "shell";
  readonly parts: readonly ShellPart[];
}

/** A file written atomically: temporary file beside the target, owner and mode set, optional check, rename. */
export interface UploadCommand {
  readonly kind: "upload";
  readonly path: string;
  readonly content: Buffer;
  readonly owner?: string;
  readonly group?: string;
  /** Octal string such as "0644". */
  readonly mode?: string;
  /** The content is secret: never shown in diffs or logs. */
  readonly secret?: boolean;
  /** Command run on the temporary file before the rename; %s is its path (e.g. "visudo -cf %s"). */
  readonly validate?: string;
}

/** A program run on this machine, with the host's address and key in its environment (Packer, scanners). */
export interface LocalCommand {
  readonly kind: "local";
  readonly argv: readonly ShellPart[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

export type Command = ShellCommand | UploadCommand | LocalCommand;

/** POSIX single-quoting: safe for any byte string except NUL. */
export function quote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Tagged template for shell commands: interpolated strings are quoted, Secrets are quoted and masked,
 * Raw is inserted as is, arrays become several quoted words.
 *
 *   sh`useradd --uid ${uid} ${name}`
 */
export function sh(strings: TemplateStringsArray, ...values: unknown[]): ShellCommand {
  const parts: ShellPart[] = [];
  strings.forEach((text, i) => {
    parts.push(text);
    if (i < values.length) parts.push(...interpolate(values[i]));
  });
  return { kind: "shell", parts: merge(parts) };
}

function interpolate(value: unknown): ShellPart[] {
  if (value instanceof Raw) return [value.text];
  if (value instanceof Secret) return [new Secret(quote(value.value))];
  if (Array.isArray(value)) {
    const out: ShellPart[] = [];
    value.forEach((v, i) => out.push(...(i > 0 ? [" "] : []), ...interpolate(v)));
    return out;
  }
  return [quote(String(value))];
}

/** Joins adjacent plain strings so that commands compare and print simply. */
function merge(parts: ShellPart[]): ShellPart[] {
  const out: ShellPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === "string" && typeof last === "string") out[out.length - 1] = last + p;
    else if (p !== "") out.push(p);
  }
  return out;
}

/** The text to execute, secrets included. Only connectors call this. */
export function reveal(parts: readonly ShellPart[]): string {
  return parts.map((p) => (typeof p === "string" ? p : p.value)).join("");
}

/** The text to show: secrets replaced by ***. */
export function mask(parts: readonly ShellPart[]): string {
  return parts.map((p) => (typeof p === "string" ? p : "***")).join("");
}

/** One line describing a command for logs, reports and check mode. Never contains a secret. */
export function describeCommand(command: Command): string {
  switch (command.kind) {
    case "shell":
      return mask(command.parts);
    case "upload": {
      const meta = [command.owner && `owner ${command.owner}`, command.group && `group ${command.group}`, command.mode && `mode ${command.mode}`]
        .filter(Boolean)
        .join(", ");
      return `write ${command.path} (${command.content.length} bytes${meta ? `, ${meta}` : ""}${command.secret ? ", secret" : ""})`;
    }
    case "local":
      return `local: ${command.argv.map((p) => (typeof p === "string" ? quote(p) : "***")).join(" ")}`;
  }
}

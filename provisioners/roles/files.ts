/**
 * The one vocabulary for a file a role puts on a host: a ManagedFile, declared in the role's
 * template-vars.ts through a named constructor that fills in the owner, group, mode and checker every
 * file of its kind has (configFile, scriptFile, unitFile, secretFile), and returned in a named record
 * (`{ sshd, nftables, ... }`) that the role's index.ts picks from by name. common.ts turns one into an
 * operation (managedFile, managedUnit, factFile).
 */
import { renderTemplate } from "../../templates/index.js";

/** One file a role puts on a host: what goes in it, where, and with which owner and mode. */
export interface ManagedFile {
  /**
   * A template under templates/ (e.g. "base/nftables.conf.hbs") and its variables; or content the
   * inventory gives verbatim (a start hook of the operator's own).
   */
  readonly source: FileSource;
  /** Absolute destination on the host. */
  readonly dest: string;
  /** Octal mode, e.g. 0o644. Files holding secrets are 0o600 (or 0o640 with a trusted group). */
  readonly mode: number;
  readonly owner: string;
  readonly group: string;
  /**
   * A command that checks the rendered file on the host before it replaces the old one; "{}" stands
   * for the temporary file's path, which must keep the destination's base name (in a private
   * temporary folder): systemd-analyze verify, for one, insists on a unit's real name. Absent when
   * no checker exists on the host.
   */
  readonly validate?: readonly string[];
  /** The content holds secrets: never print it, never show it in a diff. */
  readonly secret?: boolean;
}

export type FileSource = { readonly template: string; readonly vars: object } | { readonly content: string };

/** What a constructor lets a file change of its kind's defaults. */
export interface FileOptions {
  /** @default "root" */
  readonly owner?: string;
  /** @default the owner */
  readonly group?: string;
  /** @default the kind's: 0o644 for configuration and units, 0o755 for scripts, 0o600 for secrets */
  readonly mode?: number;
  /** The checker (see ManagedFile.validate). @default none; units: systemd-analyze verify */
  readonly validate?: readonly string[];
}

/** Where unit files go; unitFile takes the unit's name. */
export const UNIT_DIR = "/etc/systemd/system";

/** systemd-analyze verify on a unit (units get it unless they say otherwise). */
export const VERIFY_UNIT = ["systemd-analyze", "verify", "--man=no", "{}"] as const;

function managed(dest: string, source: FileSource, mode: number, options: FileOptions, secret = false): ManagedFile {
  const owner = options.owner ?? "root";
  return {
    source,
    dest,
    mode: options.mode ?? mode,
    owner,
    group: options.group ?? owner,
    ...(options.validate ? { validate: options.validate } : {}),
    ...(secret ? { secret: true } : {}),
  };
}

/** A configuration file: root's, 0644 (readable by all: no secrets in it). */
export function configFile(dest: string, source: FileSource, options: FileOptions = {}): ManagedFile {
  return managed(dest, source, 0o644, options);
}

/** A program or a hook: root's, 0755. */
export function scriptFile(dest: string, source: FileSource, options: FileOptions = {}): ManagedFile {
  return managed(dest, source, 0o755, options);
}

/**
 * A systemd unit, /etc/systemd/system/<name>: root's, 0644, checked with systemd-analyze verify unless
 * `validate` is false.
 */
export function unitFile(name: string, source: FileSource, options: Omit<FileOptions, "validate"> & { validate?: false } = {}): ManagedFile {
  const { validate, ...rest } = options;
  return managed(`${UNIT_DIR}/${name}`, source, 0o644, validate === false ? rest : { ...rest, validate: [...VERIFY_UNIT] });
}

/** A file holding secrets: root's, 0600, never printed nor shown in a diff. */
export function secretFile(dest: string, source: FileSource, options: FileOptions = {}): ManagedFile {
  return managed(dest, source, 0o600, options, true);
}

/** The text of a managed file. */
export function renderManagedFile(file: ManagedFile): string {
  return "content" in file.source ? file.source.content : renderTemplate(file.source.template, file.source.vars);
}

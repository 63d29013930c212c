/**
 * Files, directories, symlinks, and edits inside files. Content is compared by SHA-256 on the host before
 * anything is sent; only a mismatch uploads (and, in check mode or with --diff, fetches the old content
 * for the diff). Every write is atomic (see engine/script.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { renderTemplate } from "../../templates/index.js";
import { sh, type UploadCommand } from "../engine/command.js";
import { change, defineOperation, noop, type Operation, type OperationOptions, type Plan } from "../engine/operation.js";
import { ConflictError } from "../engine/errors.js";
import * as files from "../facts/files.js";
import type { PathInfo } from "../facts/files.js";

export interface Ownership {
  /** @default "root" */
  readonly owner?: string;
  /** @default the owner's name */
  readonly group?: string;
  /** Octal string. @default "0644" for files, "0755" for directories */
  readonly mode?: string;
}

export interface FileArgs extends Ownership, OperationOptions {
  readonly path: string;
  /** The content; or `template` with `vars`, or `localFile`. */
  readonly content?: string | Buffer;
  /** A template under templates/, rendered strictly (a missing variable fails before any host is touched). */
  readonly template?: string;
  readonly vars?: object;
  /** A file on this machine, sent as it is (large ones over SFTP). */
  readonly localFile?: string;
  /** Secret content: never shown in diffs, logs or reports. */
  readonly secret?: boolean;
  /** Checked on the temporary file before it replaces the target; %s is its path. */
  readonly validate?: string;
  /** false removes the file. @default true */
  readonly present?: boolean;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

export function normalizeMode(mode: string): string {
  if (!/^[0-7]{3,4}$/.test(mode)) throw new Error(`mode ${mode} is not an octal mode such as 0644`);
  return mode.padStart(4, "0");
}

/** The plan for "this path is a regular file with this content and these attributes". Shared by every file-writing operation. */
export function planFile(
  path: string,
  content: Buffer,
  current: PathInfo | null,
  attrs: Ownership & { secret?: boolean; validate?: string },
): Plan {
  const owner = attrs.owner ?? "root";
  const group = attrs.group ?? owner;
  const mode = normalizeMode(attrs.mode ?? "0644");
  const upload: UploadCommand = {
    kind: "upload",
    path,
    content,
    owner,
    group,
    mode,
    ...(attrs.secret ? { secret: true } : {}),
    ...(attrs.validate ? { validate: attrs.validate } : {}),
  };
  if (current === null) return change(`create ${path}`, [upload]);
  if (current.type !== "file") throw new ConflictError(`${path} is a ${current.type}, not a file; remove it or choose another path`);
  if (current.sha256 !== sha256(content)) return change(`${path}: content differs`, [upload]);
  const fixes = [];
  if (current.owner !== owner || current.group !== group) fixes.push(sh`chown ${`${owner}:${group}`} ${path}`);
  if (current.mode !== mode) fixes.push(sh`chmod ${mode} ${path}`);
  if (fixes.length > 0) {
    return change(`${path}: set ${[current.owner !== owner || current.group !== group ? `owner ${owner}:${group}` : "", current.mode !== mode ? `mode ${mode}` : ""].filter(Boolean).join(", ")}`, fixes);
  }
  return noop(`${path} is up to date`);
}

/** A file from content, a template or a local file; or its absence. */
export function file(args: FileArgs): Operation {
  const sources = [args.content !== undefined, args.template !== undefined, args.localFile !== undefined].filter(Boolean).length;
  if (args.present !== false && sources !== 1) throw new Error(`files.file ${args.path}: give exactly one of content, template or localFile`);
  const kind = args.template ? "template" : args.localFile ? "copy" : "file";
  const fact = files.path(args.path);
  let rendered: Buffer | undefined;
  const prepare = () => {
    if (rendered || args.present === false) return;
    if (args.template) rendered = Buffer.from(renderTemplate(args.template, args.vars ?? {}));
    else if (args.localFile) rendered = readFileSync(args.localFile);
    else rendered = Buffer.isBuffer(args.content) ? args.content : Buffer.from(args.content ?? "");
  };
  return defineOperation(
    `files.${kind} ${args.path}`,
    args,
    [fact],
    (read) => {
      const current = read(fact);
      if (args.present === false) {
        if (current === null) return noop(`${args.path} is absent`);
        if (current.type === "directory") throw new ConflictError(`${args.path} is a directory; files.directory removes directories`);
        return change(`remove ${args.path}`, [sh`rm -f ${args.path}`]);
      }
      prepare();
      return planFile(args.path, rendered!, current, args);
    },
    { prepare },
  );
}

/** Shorthand for a file rendered from templates/<template>. */
export function template(args: FileArgs & { template: string; vars: object }): Operation {
  return file(args);
}

export interface DirectoryArgs extends Ownership, OperationOptions {
  readonly path: string;
  /** false removes the directory and everything in it. @default true */
  readonly present?: boolean;
}

export function directory(args: DirectoryArgs): Operation {
  const fact = files.path(args.path);
  return defineOperation(`files.directory ${args.path}`, args, [fact], (read) => {
    const current = read(fact);
    if (args.present === false) {
      if (current === null) return noop(`${args.path} is absent`);
      if (current.type !== "directory") throw new ConflictError(`${args.path} is a ${current.type}, not a directory`);
      return change(`remove ${args.path}`, [sh`rm -rf -- ${args.path}`]);
    }
    const owner = args.owner ?? "root";
    const group = args.group ?? owner;
    const mode = normalizeMode(args.mode ?? "0755");
    if (current === null) return change(`create ${args.path}`, [sh`install -d -o ${owner} -g ${group} -m ${mode} ${args.path}`]);
    if (current.type !== "directory") throw new ConflictError(`${args.path} is a ${current.type}, not a directory; remove it or choose another path`);
    const fixes = [];
    if (current.owner !== owner || current.group !== group) fixes.push(sh`chown ${`${owner}:${group}`} ${args.path}`);
    if (current.mode !== mode) fixes.push(sh`chmod ${mode} ${args.path}`);
    if (fixes.length > 0) return change(`${args.path}: set owner and mode`, fixes);
    return noop(`${args.path} is up to date`);
  });
}

export interface SymlinkArgs extends OperationOptions {
  readonly path: string;
  readonly target: string;
  readonly present?: boolean;
}

export function symlink(args: SymlinkArgs): Operation {
  const fact = files.path(args.path);
  return defineOperation(`files.symlink ${args.path}`, args, [fact], (read) => {
    const current = read(fact);
    if (args.present === false) {
      if (current === null) return noop(`${args.path} is absent`);
      if (current.type !== "link") throw new ConflictError(`${args.path} is a ${current.type}, not a symlink`);
      return change(`remove ${args.path}`, [sh`rm -f ${args.path}`]);
    }
    if (current?.type === "link" && current.target === args.target) return noop(`${args.path} → ${args.target}`);
    if (current && current.type !== "link") throw new ConflictError(`${args.path} is a ${current.type}, not a symlink; remove it first`);
    // A new link beside the old one, renamed over it: the path never disappears.
    return change(`${args.path} → ${args.target}`, [sh`ln -sfn ${args.target} ${args.path}.hubstack-new && mv -Tf ${args.path}.hubstack-new ${args.path}`]);
  });
}

/** Edits a file by computing its new content from the old one; the write is a normal atomic upload. */
function editFile(name: string, path: string, options: OperationOptions & Ownership, edit: (old: string | null) => string | null, done: string): Operation {
  const info = files.path(path);
  const text = files.content(path);
  return defineOperation(name, options, [info, text], (read) => {
    const current = read(info);
    const old = read(text);
    const next = edit(old === null ? null : old.toString("utf8"));
    if (next === null || (old !== null && next === old.toString("utf8"))) return noop(done);
    // Keep the attributes of an existing file unless the caller set them.
    return planFile(path, Buffer.from(next), current, {
      owner: options.owner ?? current?.owner ?? "root",
      group: options.group ?? current?.group ?? options.owner ?? "root",
      mode: options.mode ?? current?.mode ?? "0644",
    });
  });
}

export interface LineArgs extends Ownership, OperationOptions {
  readonly path: string;
  readonly line: string;
  /** A regular expression: the first line matching it is replaced by `line` (and, when absent, all are removed). */
  readonly match?: string;
  readonly present?: boolean;
}

/** One line in a file: replaced where `match` finds it, otherwise appended; or removed. */
export function line(args: LineArgs): Operation {
  const matcher = args.match ? new RegExp(args.match) : undefined;
  const hit = (l: string) => (matcher ? matcher.test(l) : l === args.line);
  return editFile(
    `files.line ${args.path}: ${args.line.slice(0, 40)}`,
    args.path,
    args,
    (old) => {
      const lines = old === null || old === "" ? [] : old.replace(/\n$/, "").split("\n");
      if (args.present === false) {
        if (old === null) return null;
        const kept = lines.filter((l) => !hit(l));
        return kept.length === lines.length ? null : kept.map((l) => `${l}\n`).join("");
      }
      if (lines.includes(args.line)) return null;
      const at = lines.findIndex(hit);
      if (at >= 0) lines[at] = args.line;
      else lines.push(args.line);
      return lines.map((l) => `${l}\n`).join("");
    },
    `${args.path} has the line`,
  );
}

export interface BlockArgs extends Ownership, OperationOptions {
  readonly path: string;
  /** The block's text, without the marker lines. */
  readonly content: string;
  /** Names the block, so that one file can hold several. @default "hubstack" */
  readonly id?: string;
  /** Comment leader of the marker lines. @default "#" */
  readonly comment?: string;
  readonly present?: boolean;
}

/** A block of lines between BEGIN/END markers, replaced as a whole (Ansible's blockinfile). */
export function block(args: BlockArgs): Operation {
  const id = args.id ?? "hubstack";
  const c = args.comment ?? "#";
  const begin = `${c} BEGIN ${id} (managed by hubstack)`;
  const end = `${c} END ${id}`;
  const body = `${begin}\n${args.content.replace(/\n?$/, "\n")}${end}\n`;
  return editFile(
    `files.block ${args.path} [${id}]`,
    args.path,
    args,
    (old) => {
      const text = old ?? "";
      const start = text.indexOf(`${begin}\n`);
      const stop = start >= 0 ? text.indexOf(`${end}\n`, start) : -1;
      if (args.present === false) {
        if (start < 0 || stop < 0) return null;
        return text.slice(0, start) + text.slice(stop + end.length + 1);
      }
      if (start >= 0 && stop >= 0) return text.slice(0, start) + body + text.slice(stop + end.length + 1);
      return text + (text && !text.endsWith("\n") ? "\n" : "") + body;
    },
    `${args.path} has block ${id}`,
  );
}

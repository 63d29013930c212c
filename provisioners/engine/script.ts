/**
 * Turns the commands of one operation into one shell script, so that applying an operation costs one
 * round trip. Files are written to a temporary file in the target's own directory, given their owner and
 * mode, validated, then renamed over the target: a reader sees the old file or the new one, never half of
 * one, and a failure (full disk, failed validation) removes the temporary file and leaves the target as
 * it was.
 */
import { randomBytes } from "node:crypto";
import { quote, reveal, type Command, type UploadCommand } from "./command.js";

/** Files up to this size travel inside the script (base64); larger ones go over SFTP first. */
export const INLINE_UPLOAD_LIMIT = 256 * 1024;

export function needsStaging(command: Command): command is UploadCommand {
  return command.kind === "upload" && command.content.length > INLINE_UPLOAD_LIMIT;
}

const STAGING_PREFIX = "/tmp/.hubstack-stage-";

/** Where a large file is staged by SFTP before being moved into place as root. */
export function stagingPath(): string {
  return `${STAGING_PREFIX}${randomBytes(8).toString("hex")}`;
}

/**
 * Removes the login user's staging files left by earlier runs (see the runner's sweepStaging). SFTP writes them as
 * the login user; the script runs through sudo, which names that user in SUDO_UID.
 */
export const STAGING_SWEEP = `find ${STAGING_PREFIX.slice(0, STAGING_PREFIX.lastIndexOf("/"))} -maxdepth 1 -name '${STAGING_PREFIX.slice(STAGING_PREFIX.lastIndexOf("/") + 1)}*' -user "\${SUDO_UID:-$(id -u)}" -type f -delete`;

/**
 * The script for one upload. `staged` is the path of the file already copied over SFTP, if any.
 */
export function uploadScript(command: UploadCommand, staged?: string): string {
  const path = quote(command.path);
  const owner = `${command.owner ?? "root"}:${command.group ?? command.owner ?? "root"}`;
  const eof = `HUBSTACK_EOF_${randomBytes(6).toString("hex")}`;
  const fill = staged
    ? `cat ${quote(staged)} > "$hs_t" && rm -f ${quote(staged)}`
    : `base64 -d > "$hs_t" <<'${eof}'\n${command.content.toString("base64").replace(/.{1,76}/g, "$&\n")}${eof}\n`;
  const validate = command.validate ? ` && ${command.validate.replace("%s", '"$hs_t"')}` : "";
  return [
    `hs_t=$(mktemp ${quote(parentOf(command.path))}/.hubstack.XXXXXX) || exit 1`,
    // mktemp creates the file 0600, so a secret is never readable by others, not even while it is written.
    `{ ${fill}`,
    `} || { rm -f "$hs_t"${staged ? ` ${quote(staged)}` : ""}; exit 1; }`,
    `{ chown ${quote(owner)} "$hs_t" && chmod ${quote(command.mode ?? "0644")} "$hs_t"${validate} && mv -f "$hs_t" ${path}; } || { rm -f "$hs_t"; exit 1; }`,
  ].join("\n");
}

function parentOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

/** The text of one remote command (shell or upload). Local commands never reach a host. */
export function commandScript(command: Command, staged?: string): string {
  switch (command.kind) {
    case "shell":
      return reveal(command.parts);
    case "upload":
      return uploadScript(command, staged);
    case "local":
      throw new Error("a local command has no remote script");
  }
}

/**
 * The whole script for one operation: its commands in a subshell with `set -e`, the exit code printed
 * after a marker, then (when it succeeded) the facts the following operations need, so that re-reading
 * facts after a change costs no extra round trip.
 */
export function operationScript(body: readonly string[], nonce: string, followUpFacts?: string): string {
  return [
    `( set -e`,
    `umask 022`,
    `export DEBIAN_FRONTEND=noninteractive`,
    ...body,
    `) </dev/null; hs_rc=$?`,
    `printf '\\n@@RC-${nonce} %s\\n' "$hs_rc"`,
    followUpFacts ? `if [ "$hs_rc" = 0 ]; then\n${followUpFacts}\nfi` : ``,
    `exit 0`,
  ].join("\n");
}

/** Splits an operation script's output into the commands' output and exit code, and the rest (facts). */
export function splitOperationOutput(stdout: string, nonce: string): { output: string; code: number; rest: string } | undefined {
  const match = new RegExp(`\\n@@RC-${nonce} (\\d+)\\n`).exec(stdout);
  if (!match) return undefined;
  return {
    output: stdout.slice(0, match.index),
    code: Number(match[1]),
    rest: stdout.slice(match.index + match[0].length),
  };
}

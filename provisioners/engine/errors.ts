/**
 * Errors a run reports: each names the host, and the operation when there is one, and says what to do.
 * The CLI prints `message`; the report carries `kind` for machines.
 */

export type FailureKind =
  | "unreachable"
  | "host-key-changed"
  | "auth-failed"
  | "sudo-password"
  | "template"
  | "command-failed"
  | "disk-full"
  | "dependency-failed"
  | "aborted"
  | "internal";

export class ProvisionError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly host: string,
    message: string,
    readonly operation?: string,
  ) {
    super(`${host}${operation ? ` [${operation}]` : ""}: ${message}`);
    this.name = "ProvisionError";
  }
}

/** Turns whatever an exec reported into the most useful sentence we can give. */
export function explainCommandFailure(stderr: string, stdout: string, code: number): { kind: FailureKind; message: string } {
  const text = `${stderr}\n${stdout}`;
  if (/sudo: (a password is required|a terminal is required)/.test(text)) {
    return {
      kind: "sudo-password",
      message:
        "sudo asks for a password. Give the login user passwordless sudo (a line such as 'USER ALL=(ALL) NOPASSWD:ALL' in /etc/sudoers.d/) or log in as root.",
    };
  }
  if (/sudo: (command )?not found/.test(text)) {
    return { kind: "sudo-password", message: "sudo is not installed on the host: install it (apt-get install sudo) or log in as root." };
  }
  if (/No space left on device/i.test(text)) {
    return {
      kind: "disk-full",
      message: `the disk is full (${lastLines(text, 2)}). Free space on that filesystem and run again; the file being written was left untouched.`,
    };
  }
  return { kind: "command-failed", message: `exit code ${code}: ${lastLines(stderr.trim() ? stderr : stdout, 8)}` };
}

/** The end of a command's output, where the reason usually is; long outputs are cut from the top. */
export function lastLines(text: string, count: number): string {
  const lines = text
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l !== "" && !l.startsWith("@@"));
  return lines.slice(-count).join("\n") || "(no output)";
}

/** An operation found the host in a state it will not fix by itself (a directory where a file should be). */
export class ConflictError extends Error {}

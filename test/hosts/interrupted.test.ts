/**
 * Interrupted runs resume: a provisioning run killed with SIGKILL (hubstack and its ssh gone at once, as
 * when a laptop sleeps or an operator's terminal dies) at twelve points the test picks — before the first
 * operation, while a large file is staged over SFTP and moved into place, while a config file that
 * notifies a handler is written, between that change and its handler, in a slow command, in the handler
 * itself, after it — and then run again. Each time the second run finishes with 0 failures, every file is
 * whole and as that run wants it (never half of one, no temporary file left beside it, no staging copy left
 * in /tmp), the handler owed by the killed run has run against the final config, and a third run changes
 * nothing.
 *
 * The work is the kinds an apply does on a host (test/support/interrupted-run.ts), on the project's real
 * test host. The terraform and health-check phases of an apply are covered elsewhere: terraform holds its
 * own state lock, and the health check's user is reused and removed by the next check.
 */
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigContent, configContent, lineContent, type KillTarget } from "../support/interrupted-run.js";
import { knownHostsFile, onHost, target } from "./helpers.js";

const DIR = "/srv/hubstack-test-interrupted";
const RUNNER = join(import.meta.dirname, "../support/interrupted-run.ts");
const TSX = join(import.meta.dirname, "../../node_modules/.bin/tsx");

/** Where to kill: when a line starting with `on` is printed, after `delayMs`. */
const KILL_POINTS: { on: string; delayMs: number; what: string; mayFinish?: boolean }[] = [
  { on: "start folder", delayMs: 0, what: "before the first operation" },
  { on: "start big file", delayMs: 0, what: "as the large file is staged over SFTP" },
  { on: "start big file", delayMs: 120, what: "while the large file is staged or moved into place" },
  { on: "done big file", delayMs: 0, what: "after the large file, before the config" },
  { on: "start config", delayMs: 40, what: "while the config (which notifies a handler) is written" },
  { on: "done config", delayMs: 0, what: "after the config changed, before its handler" },
  { on: "start line", delayMs: 30, what: "while a line is edited in place" },
  { on: "start slow command", delayMs: 600, what: "in the middle of a slow command" },
  { on: "done slow command", delayMs: 0, what: "after the last operation, before the handlers" },
  { on: "start reload", delayMs: 300, what: "while the handler runs" },
  // The run may end before this kill lands (it has only its summary left to print).
  { on: "done handler: reload", delayMs: 0, what: "after the handler, before the run ends", mayFinish: true },
  { on: "start folder", delayMs: 900, what: "at a time, wherever the run is then" },
];

interface Run {
  code: number | null;
  out: string;
  /** The kill point was reached and SIGKILL sent while the run was still going. */
  killed: boolean;
}

/** Runs one provisioning in its own process group; kills the group when `kill` says so. */
function runOnce(generation: number, kill?: { on: string; delayMs: number }): Promise<Run> {
  const t: KillTarget = { host: target({ name: "testhost", roles: ["k"] }), knownHostsFile: knownHostsFile(), dir: DIR, generation };
  return new Promise((resolve) => {
    const child = spawn(TSX, [RUNNER], { env: { ...process.env, HUBSTACK_KILL_TARGET: JSON.stringify(t) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let reached = false;
    let killed = false;
    let closed = false;
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (kill && !reached && out.split("\n").some((l) => l.startsWith(kill.on))) {
        reached = true;
        setTimeout(() => {
          if (closed) return; // the run ended within the delay
          process.kill(-child.pid!, "SIGKILL");
          killed = true;
        }, kill.delayMs);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("close", (code) => {
      closed = true;
      resolve({ code, out, killed });
    });
  });
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

describe("an interrupted run, run again", () => {
  beforeAll(() => onHost(`rm -rf ${DIR} /var/lib/hubstack/handlers/k--*`));
  afterAll(() => onHost(`rm -rf ${DIR} /var/lib/hubstack/handlers/k--*`));

  it("converges to generation 0 (the state every interrupted run starts from)", async () => {
    const r = await runOnce(0);
    expect(r.code, r.out).toBe(0);
  }, 120_000);

  KILL_POINTS.forEach((point, i) => {
    const generation = i + 1;
    it(`killed ${point.what} (${point.on} +${point.delayMs} ms): the next run converges, files whole, the owed handler run`, async () => {
      const interrupted = await runOnce(generation, point);
      if (!point.mayFinish) expect(interrupted.killed, `not killed at "${point.on}" (never printed, or ended first):\n${interrupted.out}`).toBe(true);
      if (interrupted.killed) expect(interrupted.code).toBeNull();

      const resumed = await runOnce(generation);
      expect(resumed.code, resumed.out).toBe(0);
      expect(resumed.out).toMatch(/result changed=\d+ failed=0/);

      const state = await onHost(
        [
          `sha256sum < ${DIR}/big.bin | cut -d' ' -f1`,
          `cat ${DIR}/app.conf`,
          `cat ${DIR}/settings`,
          `cat ${DIR}/slow.done`,
          `tail -n 1 ${DIR}/reloads.log`,
          `ls -A ${DIR} | grep '^\\.hubstack' || echo no-temporary-files`,
          `ls /var/lib/hubstack/handlers | grep '^k--' || echo no-handler-owed`,
          // A staging copy of the large file that a killed run left is swept by the next run's first upload.
          `ls -A /tmp | grep -c '^\\.hubstack-stage-' || true`,
        ].join("; "),
      );
      expect(state.split("\n")).toEqual([
        sha256(bigContent(generation)),
        configContent(generation).trimEnd(),
        lineContent(generation),
        String(generation),
        // The last reload saw the config this run left.
        sha256(configContent(generation)),
        "no-temporary-files",
        "no-handler-owed",
        "0",
        "",
      ]);

      const again = await runOnce(generation);
      expect(again.code, again.out).toBe(0);
      expect(again.out).toMatch(/result changed=0 failed=0/);
    }, 240_000);
  });
});

/**
 * How a host command's failure reads: on a fresh machine the first run met "qemu-img ... failed (exit signal)"
 * when qemu-img was simply not installed yet. A command that never started must say that it is missing; one
 * that exits says its code; one killed says the signal.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../local/util.js";

describe("run: a host command's failure", () => {
  it("names a command that is not installed", async () => {
    await expect(run("hubstack-no-such-command", ["create"])).rejects.toThrow(
      "hubstack-no-such-command create failed (hubstack-no-such-command is not installed on this machine)",
    );
  });

  it("leaves a missing command to the caller that allows failure", async () => {
    expect(await run("hubstack-no-such-command", [], { allowFailure: true })).toMatchObject({ exitCode: -1 });
  });

  it("gives the exit code and the output's tail of a command that failed", async () => {
    await expect(run("sh", ["-c", "echo why >&2; exit 3"])).rejects.toThrow(/sh -c .* failed \(exit 3\):\s+why/);
  });

  it("gives the signal of a command that was killed", async () => {
    await expect(run("sh", ["-c", "kill -TERM $$"])).rejects.toThrow(/failed \(killed by SIGTERM\)/);
  });
});

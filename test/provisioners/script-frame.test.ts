/**
 * A script runs whole or not at all: the invocation every connector sends runs its stdin only when the
 * last line is the frame's end, so a connection cut halfway (hubstack killed with -9 mid-send) runs
 * nothing of the part that arrived. Tested with the real sh the hosts run, on what a cut leaves.
 */
import { execa } from "execa";
import { mkdtempSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalConnector } from "../../provisioners/connectors/local.js";
import { framedScript, shellInvocation } from "../../provisioners/engine/connector.js";

const dir = mkdtempSync(join(tmpdir(), "hubstack-frame-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runSent = (input: string) => execa("sh", ["-c", shellInvocation(false)], { input, reject: false });

describe("scripts sent to hosts", () => {
  it("a whole script runs, commands that read stdin included, with its exit status", async () => {
    const marker = join(dir, "whole");
    const r = await runSent(framedScript(`touch ${marker}\ncat >/dev/null\necho done\nexit 3`));
    expect(existsSync(marker)).toBe(true);
    expect(r.stdout).toBe("done");
    expect(r.exitCode).toBe(3);
  });

  it("every cut of a script runs nothing of it: exit 125 and a message", async () => {
    const first = join(dir, "first");
    const second = join(dir, "second");
    const whole = framedScript(`touch ${first}\nrm -f ${first}\ntouch ${second}`);
    // Each prefix is what the host gets when the connection drops after that many bytes.
    for (let cut = 0; cut < whole.length - 1; cut += 1) {
      const r = await runSent(whole.slice(0, cut));
      expect(r.exitCode, `cut at ${cut}`).toBe(125);
      expect(r.stderr).toMatch(/arrived cut short.*nothing of it was run/);
      expect(existsSync(first) || existsSync(second), `cut at ${cut}`).toBe(false);
    }
    // The whole one (its final newline is optional: $(cat) drops it anyway).
    expect((await runSent(whole.slice(0, -1))).exitCode).toBe(0);
    expect(existsSync(second)).toBe(true);
  });

  it("the connectors frame what they send", async () => {
    const c = new LocalConnector();
    const r = await c.exec("printf '%s' ok");
    expect(r).toMatchObject({ code: 0, stdout: "ok" });
  });
});

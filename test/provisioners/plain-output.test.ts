/** Plain progress (CI logs, pipes): each role's start, and its time when the host moves on. */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { plainReporter } from "../../provisioners/engine/output.js";

describe("plain progress", () => {
  it("says each role's time per host", () => {
    let text = "";
    const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } }) as unknown as NodeJS.WriteStream;
    const r = plainReporter({ stream });
    r.roleStart!("hub", "base");
    r.roleStart!("nfs", "base");
    r.roleStart!("hub", "docker");
    r.hostDone!({ name: "hub", status: "ok", seconds: 1.5 } as never);
    const lines = text.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n");
    expect(lines).toEqual([
      "hub base …",
      "nfs base …",
      expect.stringMatching(/^hub base done in \d+\.\d s$/),
      "hub docker …",
      expect.stringMatching(/^hub docker done in \d+\.\d s$/),
      "hub ok after 1.5 s",
    ]);
  });
});

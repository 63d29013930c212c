/** Plain progress (CI logs, pipes): each role's start, and its time when the host moves on. */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { hostLine, liveReporter, plainReporter } from "../../provisioners/engine/output.js";

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

describe("live progress (a terminal)", () => {
  const capture = () => {
    const writes: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { writes.push(String(chunk)); done(); } }) as unknown as NodeJS.WriteStream;
    Object.assign(stream, { isTTY: true, columns: 200 });
    return { stream, text: () => writes.join("").replace(/\x1b\[[0-9;]*[mAJ]/g, "") };
  };

  it("shows each host's role and place among its roles, what it waits for, and each role's time when it moves on", () => {
    const { stream, text } = capture();
    const r = liveReporter({ stream });
    r.hostStart!("hub", ["base", "nfs-client", "jupyterhub"]);
    r.hostStart!("nfs", ["base", "nfs-server"]);
    r.roleStart!("hub", "base");
    r.operationStart!("hub", "base", "apt.packages nftables");
    expect(text()).toMatch(/⠿ hub base \(1\/3, 0 s\) apt\.packages nftables {2}0 s\n/);
    r.roleWaiting!("hub", "nfs-client", ["nfs-server on nfs"]);
    expect(text()).toMatch(/hub base done in \d+\.\d s\n/);
    expect(text()).toMatch(/⠿ hub nfs-client \(2\/3, 0 s\) waits for nfs-server on nfs\n/);
    r.roleStart!("hub", "nfs-client");
    r.operationStart!("hub", "nfs-client", "files.line /etc/fstab");
    r.operationDone!("hub", "nfs-client", { name: "files.line /etc/fstab", status: "changed", reason: "add the mount", seconds: 0.1 } as never);
    expect(text()).toContain("hub nfs-client files.line /etc/fstab: changed — add the mount\n");
    r.hostDone!({ name: "hub", status: "ok", seconds: 3.5 } as never);
    expect(text()).toMatch(/hub nfs-client done in \d+\.\d s\nhub ok after 3\.5 s\n/);
    r.hostDone!({ name: "nfs", status: "ok", seconds: 1 } as never);
    r.done!({ ok: true, hosts: [], seconds: 4 } as never);
  });

  it("cuts a line to the terminal's width", () => {
    const line = hostLine("hub", { started: Date.now(), roles: ["jupyterhub"], role: "jupyterhub", operation: `files.template /etc/${"x".repeat(200)}` }, 60);
    expect(line.replace(/\x1b\[[0-9;]*m/g, "")).toHaveLength(60);
    expect(line.endsWith("…")).toBe(true);
  });
});

describe("plain progress: waits", () => {
  it("says what a role waits for", () => {
    let text = "";
    const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } }) as unknown as NodeJS.WriteStream;
    plainReporter({ stream }).roleWaiting!("hub", "nfs-client", ["nfs-server on nfs"]);
    expect(text.replace(/\x1b\[[0-9;]*m/g, "")).toBe("hub nfs-client waits for nfs-server on nfs\n");
  });
});

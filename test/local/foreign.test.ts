/**
 * One environment name, two folders: the second folder's apply must not share the first one's bridge and
 * addresses, and its destroy must not stop the first one's VMs. The "VM" of the other folder is a real process
 * whose command line carries qemu's marker and pidfile (what the detection reads), not a booted guest.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envDown, foreignVms, networkUp, parseSpec } from "../../local/local-env.js";
import { pidAlive } from "../../local/process.js";
import { qemuMarker } from "../../local/qemu-args.js";

const env = `t-foreign-${process.pid}`;
let other: string;
let mine: string;
let fakeQemu: ChildProcess;

function spec(stateDir: string) {
  return parseSpec({ env, stateDir, network: { cidr: "10.251.77.0/24" }, vms: [{ name: "hub", address: 11 }], ssh: { user: "debian", privateKeyPath: join(stateDir, "key"), authorizedKeys: ["ssh-ed25519 AAAA test"] } });
}

beforeAll(async () => {
  other = await mkdtemp(join(tmpdir(), "hubstack-other-"));
  mine = await mkdtemp(join(tmpdir(), "hubstack-mine-"));
  fakeQemu = spawn(process.execPath, ["-e", "setTimeout(() => {}, 120000)", "--", "-name", `${qemuMarker(env, "hub")}process=hs-hub`, "-pidfile", join(other, "vms", "hub", "qemu.pid")], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 300));
});

afterAll(async () => {
  fakeQemu.kill("SIGKILL");
  await rm(other, { recursive: true, force: true });
  await rm(mine, { recursive: true, force: true });
});

describe("the same environment from two folders", () => {
  it("finds the other folder's VM and names its folder; the other folder sees none of its own as foreign", async () => {
    expect(await foreignVms(spec(mine))).toEqual([{ pid: fakeQemu.pid, folder: other }]);
    expect(await foreignVms(spec(other))).toEqual([]);
  });

  it("refuses to bring the network up, naming the folder and what to do, before creating anything", async () => {
    await expect(networkUp(spec(mine), () => {})).rejects.toThrow(new RegExp(`env=${env} is already running from another folder \\(${other};.*npm run destroy -- env=${env}`));
  });

  it("destroy from this folder leaves the other folder's VM running", async () => {
    const lines: string[] = [];
    await envDown(spec(mine), (l) => lines.push(l));
    expect(pidAlive(fakeQemu.pid!)).toBe(true);
    expect(lines.join("\n")).not.toMatch(/stopping a stray qemu/);
  });
});

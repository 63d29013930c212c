/**
 * The build's peak memory is sampled from /proc over the whole process tree: a child that holds memory for a
 * while (and a grandchild, through a shell) must be in the figure, and named among the largest.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatMemoryPeak, sampleTree, trackPeakMemory } from "../../local/memory-peak.js";

/** A shell whose python3 child touches `mib` MiB and keeps it for `seconds`. */
function holdMemory(mib: number, seconds: number) {
  const code = `import time; b = bytearray(${mib} * 1024 * 1024); b[::4096] = b"x" * len(b[::4096]); time.sleep(${seconds})`;
  return spawn("sh", ["-c", `python3 -c '${code}'; true`], { stdio: "ignore" });
}

describe("peak memory of a process tree", () => {
  it("counts a grandchild's resident memory and names it among the largest", async () => {
    const tracker = trackPeakMemory({ intervalMs: 200 });
    const child = holdMemory(300, 2);
    await new Promise((resolve) => child.on("exit", resolve));
    const result = await tracker.stop();
    expect(result.samples).toBeGreaterThan(3);
    expect(result.peak!.totalMiB).toBeGreaterThanOrEqual(300);
    expect(result.peak!.top[0]).toMatchObject({ command: "python3" });
    expect(result.peak!.top[0]!.rssMiB).toBeGreaterThanOrEqual(300);
    expect(formatMemoryPeak("the test", result)).toMatch(/^peak memory of the test: [\d,]+ MiB resident at \d+ s .*python3 [\d,]+ MiB/);
  });

  it("follows the tree of the root it is given, and a root that does not exist gives no sample", async () => {
    const outside = holdMemory(200, 30);
    try {
      // Waits for the python3 child to hold its memory: on a loaded CI machine that takes more than a second.
      const held = async () => (await sampleTree(outside.pid!))?.members.find((m) => m.command === "python3" && m.rssKiB >= 200 * 1024);
      for (let i = 0; i < 100 && !(await held()); i++) await new Promise((r) => setTimeout(r, 200));
      expect(await held()).toBeDefined();
      // A tree rooted at a process that does not exist has no sample.
      expect(await sampleTree(2 ** 22 + 12345)).toBeUndefined();
      // Our own tree holds the shell's python3 (our child's child). Other processes of this worker may run
      // python3 too (other test files' hubs), so it is found by its parent, not counted.
      const own = await sampleTree(process.pid);
      expect(own!.members.some((m) => m.command === "python3" && m.ppid === outside.pid)).toBe(true);
      const tracker = trackPeakMemory({ rootPid: outside.pid!, intervalMs: 200 });
      const result = await tracker.stop();
      expect(result.peak!.totalMiB).toBeGreaterThanOrEqual(200);
      expect(result.peak!.top[0]).toMatchObject({ command: "python3" });
    } finally {
      outside.kill();
    }
  });
});

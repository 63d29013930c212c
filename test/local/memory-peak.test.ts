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
    const outside = holdMemory(200, 3);
    await new Promise((r) => setTimeout(r, 1000));
    // The shell is our child; a tree rooted at a process that does not exist has no sample.
    expect(await sampleTree(2 ** 22 + 12345)).toBeUndefined();
    const own = await sampleTree(process.pid);
    const withPython = own!.members.filter((m) => m.command === "python3");
    expect(withPython).toHaveLength(1); // our own child's child: in the tree
    const tracker = trackPeakMemory({ rootPid: outside.pid!, intervalMs: 200 });
    const result = await tracker.stop();
    expect(result.peak!.totalMiB).toBeGreaterThanOrEqual(200);
    outside.kill();
  });
});

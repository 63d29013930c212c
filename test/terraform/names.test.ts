/** CI instance names: unique, valid DNS labels, and recognised by the inventory loader as instances. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnvironment } from "../../environment/load.js";
import { UsageError } from "../../environment/errors.js";
import { isDnsLabel, newInstanceName, randomSuffix, SUFFIX_LENGTH } from "../../terraform/names.js";

describe("CI instance names", () => {
  it("20,000 names: all different, all DNS labels of at most 63 characters", () => {
    const names = Array.from({ length: 20_000 }, () => newInstanceName("hub-ci"));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(new RegExp(`^hub-ci-[a-z0-9]{${SUFFIX_LENGTH}}$`));
      expect(isDnsLabel(name)).toBe(true);
    }
  });

  it("the longest base that fits still gives a 63-character label; a longer one is refused", () => {
    const longest = "hub-".padEnd(63 - SUFFIX_LENGTH - 1, "x");
    const name = newInstanceName(longest);
    expect(name).toHaveLength(63);
    expect(isDnsLabel(name)).toBe(true);
    expect(() => newInstanceName(`${longest}x`)).toThrow(UsageError);
  });

  it("never returns a name that is taken", () => {
    let calls = 0;
    const name = newInstanceName("hub-ci", () => ++calls < 5);
    expect(calls).toBe(5);
    expect(isDnsLabel(name)).toBe(true);
  });

  it("suffixes use every character of the alphabet (no bias towards a few)", () => {
    const seen = new Set(Array.from({ length: 2_000 }, () => randomSuffix()).join(""));
    expect(seen.size).toBe(36);
  });

  it("the inventory loader resolves a generated name to its inventory file", () => {
    const dir = mkdtempSync(join(tmpdir(), "hubstack-names-"));
    mkdirSync(join(dir, "inventory"));
    writeFileSync(join(dir, "inventory", "hub-ci.yaml"), "target: local\nci: { randomName: true }\nhosts:\n  hub: { roles: [base], address: 10.70.0.11 }\n");
    const name = newInstanceName("hub-ci");
    const env = loadEnvironment(name, { inventoryDir: join(dir, "inventory"), displayRoot: dir });
    expect(env).toMatchObject({ name, baseName: "hub-ci" });
  });
});

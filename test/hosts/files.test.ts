/** files.*: content, templates, large files over SFTP, directories, symlinks, lines and blocks. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import * as files from "../../provisioners/operations/files.js";
import { converge, counts, expectConverges, onHost, operations } from "./helpers.js";

const DIR = "/srv/hubstack-test-files";
// Everything the operations below may touch, with content checksums and attributes.
const SNAPSHOT = `cd / && if [ -e ${DIR} ]; then find ${DIR} -printf '%p %y %m %u %g %l\\n' | sort; find ${DIR} -type f -exec sha256sum {} + | sort; fi; echo end`;

describe("files", () => {
  beforeEach(async () => {
    await onHost(`rm -rf ${DIR}; getent passwd nobody >/dev/null`);
  });

  it("writes a file from content and a template, then changes nothing", async () => {
    const ops = () => [
      files.directory({ path: DIR }),
      files.file({ path: `${DIR}/plain.txt`, content: "hello\n", mode: "0640", group: "adm" }),
      files.template({ path: `${DIR}/motd`, template: "demo/motd.hbs", vars: { greeting: "Hi", host: "h", dataDir: "/d", user: "u" } }),
    ];
    const { check } = await expectConverges(ops, SNAPSHOT);
    const motd = operations(check).find((o) => o.name.includes("motd"))!;
    expect(motd.diff).toContain("+Hi on h.");
    expect(await onHost(`stat -c '%a %U %G' ${DIR}/plain.txt; cat ${DIR}/motd`)).toBe("640 root adm\nHi on h.\nDemo data lives in /d, owned by u.\n");
  });

  it("shows a unified diff of a changed file in check mode and with --diff", async () => {
    await converge(() => [files.directory({ path: DIR }), files.file({ path: `${DIR}/conf`, content: "a=1\nb=2\nc=3\n" })]);
    const ops = () => [files.file({ path: `${DIR}/conf`, content: "a=1\nb=20\nc=3\n" })];
    const check = await converge(ops, { check: true });
    const diff = operations(check)[0]!.diff!;
    expect(diff).toContain("-b=2\n+b=20");
    expect(await onHost(`cat ${DIR}/conf`)).toBe("a=1\nb=2\nc=3\n");
    const applied = await converge(ops, { diff: true });
    expect(operations(applied)[0]!.diff).toContain("+b=20");
    expect(await onHost(`cat ${DIR}/conf`)).toBe("a=1\nb=20\nc=3\n");
  });

  it("never shows secret content", async () => {
    await converge(() => [files.directory({ path: DIR })]);
    const check = await converge(() => [files.file({ path: `${DIR}/token`, content: "s3cr3t-value\n", secret: true, mode: "0600" })], { check: true });
    expect(JSON.stringify(check)).not.toContain("s3cr3t-value");
    expect(operations(check)[0]!.diff).toContain("secret content changed");
  });

  it("sends a large file over SFTP and compares it by checksum", async () => {
    const local = join(mkdtempSync(join(tmpdir(), "hubstack-big-")), "big.bin");
    writeFileSync(local, randomBytes(3 * 1024 * 1024));
    const ops = () => [files.directory({ path: DIR }), files.file({ path: `${DIR}/big.bin`, localFile: local })];
    const { first, second } = await expectConverges(ops, SNAPSHOT);
    expect(first.hosts[0]!.roundTrips).toBeGreaterThan(second.hosts[0]!.roundTrips);
    expect(second.hosts[0]!.roundTrips).toBe(1);
    expect(await onHost(`sha256sum < ${DIR}/big.bin | cut -d' ' -f1; ls -a /tmp | grep -c hubstack-stage || true`)).toMatch(/^[0-9a-f]{64}\n0\n$/);
  });

  it("manages directories and symlinks, and fixes modes", async () => {
    const ops = () => [
      files.directory({ path: DIR }),
      files.directory({ path: `${DIR}/data`, owner: "nobody", group: "nogroup", mode: "0700" }),
      files.symlink({ path: `${DIR}/current`, target: `${DIR}/data` }),
    ];
    await expectConverges(ops, SNAPSHOT);
    await onHost(`chmod 0755 ${DIR}/data`);
    const fixed = await converge(ops);
    expect(counts(fixed).changed).toBe(1);
    expect(operations(fixed).find((o) => o.status === "changed")!.reason).toContain("owner and mode");
    const retarget = await converge(() => [files.symlink({ path: `${DIR}/current`, target: "/tmp" })]);
    expect(counts(retarget).changed).toBe(1);
    expect(await onHost(`readlink ${DIR}/current`)).toBe("/tmp\n");
  });

  it("edits a line and a marked block, keeping the rest of the file", async () => {
    await converge(() => [files.directory({ path: DIR }), files.file({ path: `${DIR}/cfg`, content: "# config\nPort 22\nX=1\n", mode: "0600" })]);
    const ops = () => [
      files.line({ path: `${DIR}/cfg`, line: "Port 2222", match: "^Port " }),
      files.line({ path: `${DIR}/cfg`, line: "Y=2" }),
      files.block({ path: `${DIR}/cfg`, id: "extra", content: "a\nb" }),
    ];
    await expectConverges(ops, SNAPSHOT);
    expect(await onHost(`cat ${DIR}/cfg; stat -c %a ${DIR}/cfg`)).toBe(
      "# config\nPort 2222\nX=1\nY=2\n# BEGIN extra (managed by hubstack)\na\nb\n# END extra\n600\n",
    );
    await converge(() => [files.block({ path: `${DIR}/cfg`, id: "extra", content: "c" })]);
    expect(await onHost(`cat ${DIR}/cfg`)).toBe("# config\nPort 2222\nX=1\nY=2\n# BEGIN extra (managed by hubstack)\nc\n# END extra\n");
    const removed = await converge(() => [files.block({ path: `${DIR}/cfg`, id: "extra", content: "", present: false }), files.line({ path: `${DIR}/cfg`, line: "", match: "^Y=", present: false })]);
    expect(counts(removed).changed).toBe(2);
    expect(await onHost(`cat ${DIR}/cfg`)).toBe("# config\nPort 2222\nX=1\n");
  });

  it("removes files and directories when present is false", async () => {
    await converge(() => [files.directory({ path: DIR }), files.file({ path: `${DIR}/x`, content: "x" })]);
    await expectConverges(() => [files.file({ path: `${DIR}/x`, present: false }), files.directory({ path: `${DIR}`, present: false })], SNAPSHOT);
    expect(await onHost(`test -e ${DIR} && echo there || echo gone`)).toBe("gone\n");
  });
});

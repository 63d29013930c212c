/**
 * One provisioning run in its own process, for the interruption test (test/hosts/interrupted.test.ts) to
 * kill with SIGKILL wherever it chooses. It converges one role of the kinds of work an apply does (a folder,
 * a file too large to travel in the script (SFTP, staged), a config file that notifies a handler, a line in
 * a file, a slow guarded command) to the state of one "generation", and prints a line as each operation
 * starts and ends, which is what the test waits for before it kills.
 *
 *   HUBSTACK_KILL_TARGET   JSON: { host: TargetHost, knownHostsFile, dir, generation }
 *
 * Exit 0 when the run succeeded, 1 when it reported a failure (the report's errors on stderr).
 */
import { createHash } from "node:crypto";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import { provision } from "../../provisioners/engine/provision.js";
import * as commands from "../../provisioners/operations/commands.js";
import * as files from "../../provisioners/operations/files.js";

export interface KillTarget {
  host: TargetHost;
  knownHostsFile: string;
  dir: string;
  generation: number;
}

/** The large file of a generation: 320 KiB, over the inline limit (256 KiB), so it is staged over SFTP. */
export function bigContent(generation: number): Buffer {
  const out = Buffer.alloc(320 * 1024);
  let block = createHash("sha256").update(`generation ${generation}`).digest();
  for (let i = 0; i < out.length; i += block.length) {
    block.copy(out, i);
    block = createHash("sha256").update(block).digest();
  }
  return out;
}

export const configContent = (generation: number) => `generation = ${generation}\n`;
export const lineContent = (generation: number) => `setting=${generation}`;

async function main(): Promise<void> {
  const t = JSON.parse(process.env.HUBSTACK_KILL_TARGET ?? "") as KillTarget;
  const { dir, generation: g } = t;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const report = await provision([t.host], {
    knownHostsFile: t.knownHostsFile,
    connectRetries: 0,
    roles: {
      k: {
        name: "k",
        tasks: () => [
          files.directory({ path: dir, mode: "0755", label: "folder" }),
          files.file({ path: `${dir}/big.bin`, content: bigContent(g), mode: "0644", label: "big file" }),
          files.file({ path: `${dir}/app.conf`, content: configContent(g), mode: "0644", label: "config", notify: "reload" }),
          files.line({ path: `${dir}/settings`, line: lineContent(g), match: "^setting=", label: "line" }),
          // A command that takes a while, done once per generation.
          commands.command({ script: `sleep 2 && echo ${g} > ${dir}/slow.done`, unless: `grep -qx ${g} ${dir}/slow.done`, label: "slow command" }),
        ],
        handlers: () => ({
          // What a restart is to a service: it must see the config as it is at the end of the run.
          reload: commands.command({ script: `sleep 1 && sha256sum < ${dir}/app.conf | cut -d' ' -f1 >> ${dir}/reloads.log`, label: "reload" }),
        }),
      },
    },
    reporter: {
      operationStart: (_host, _role, op) => say(`start ${op}`),
      operationDone: (_host, _role, r) => say(`done ${r.name} ${r.status}`),
    },
  });
  const host = report.hosts[0]!;
  say(`result changed=${host.changed} failed=${host.failed}`);
  if (!report.ok) {
    process.stderr.write(`${host.error?.message ?? "failed"}\n`);
    process.exit(1);
  }
}

if (process.env.HUBSTACK_KILL_TARGET) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(2);
  });
}

/**
 * A host made of canned fact outputs, for fast unit tests of the planning logic (which facts are read,
 * what a plan decides, what the runner sends). It is no stand-in for a real host: the host tests run the
 * same operations over SSH against Debian.
 *
 * The fake answers a fact batch the way a host does, snippet by snippet between the batch's own frame
 * lines, and knows which fact a snippet is by its text alone: the batch carries nothing for tests. A
 * canned key ("files.path:[\"/etc/motd\"]") is turned back into the script its fact writes and compared
 * with the snippet; a bare fact name ("files.path") answers for any arguments, recognised by the fact's
 * script with its arguments left open (see FACTS below, which must name every fact there is).
 */
import type { Connector, ExecResult } from "../../provisioners/engine/connector.js";
import type { FactRequest } from "../../provisioners/engine/fact.js";
import { pendingHandlers, startedAfterMarker } from "../../provisioners/engine/handlers.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";
import * as apt from "../../provisioners/facts/apt.js";
import * as commands from "../../provisioners/facts/commands.js";
import * as docker from "../../provisioners/facts/docker.js";
import * as files from "../../provisioners/facts/files.js";
import * as mounts from "../../provisioners/facts/mounts.js";
import * as sysctl from "../../provisioners/facts/sysctl.js";
import * as systemd from "../../provisioners/facts/systemd.js";
import * as users from "../../provisioners/facts/users.js";
import * as volumes from "../../provisioners/facts/volumes.js";

export interface CannedFact {
  readonly output: string;
  readonly code?: number;
}

type FactDefinition = (...args: never[]) => FactRequest<unknown>;

/** Stands for an argument in a probe: plain enough that `quote` leaves it bare. */
const HOLE = "HSFAKEARGUMENT";

/** Every fact, called once with its arguments left open (HOLE for a string, [HOLE] for a list). */
const PROBES: ReadonlyArray<[FactDefinition, unknown[]]> = [
  [files.path, [HOLE]],
  [files.content, [HOLE]],
  [apt.installed, [[HOLE]]],
  [apt.candidates, [[HOLE]]],
  [apt.listsAge, []],
  [users.user, [HOLE]],
  [users.group, [HOLE]],
  [users.authorizedKeys, [HOLE]],
  [systemd.unit, [HOLE]],
  [commands.exists, [HOLE]],
  [commands.succeeds, [HOLE]],
  [mounts.mounted, [HOLE]],
  [sysctl.value, [HOLE]],
  [volumes.disks, []],
  [volumes.block, [HOLE]],
  [volumes.bindState, [HOLE, HOLE]],
  [docker.image, [HOLE]],
  [docker.network, [HOLE]],
  [pendingHandlers, [HOLE]],
  [startedAfterMarker, [HOLE, HOLE]],
];

interface KnownFact {
  readonly name: string;
  readonly define: FactDefinition;
  /** The fact's script for any arguments: each argument, quoted or not, is a lazy wildcard. */
  readonly shape: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The facts by name, each with the shape of its script (longest first, so the most specific shape wins). */
export const FACTS: readonly KnownFact[] = PROBES.map(([define, args]) => {
  const probe = (define as (...a: unknown[]) => FactRequest<unknown>)(...args);
  const name = probe.key.slice(0, probe.key.indexOf(":"));
  return { name, define, shape: new RegExp(`^${probe.script.split(HOLE).map(escape).join("[\\s\\S]*?")}$`) };
}).sort((a, b) => b.shape.source.length - a.shape.source.length);

/** One snippet of a fact batch: `echo '@@F-<nonce> <i>'`, `( <script>`, `) </dev/null …@@E-<nonce> <i> …`. */
const SNIPPET = /^echo '@@F-([0-9a-f]+) (\d+)'\n\( ([\s\S]*?)\n\) <\/dev\/null 2>&1; printf '\\n@@E-\1 \2 %s\\n' "\$\?"$/gm;

export class FakeConnector implements Connector {
  roundTrips = 0;
  /** Every script received, in order: what tests assert on. */
  readonly scripts: string[] = [];
  readonly puts: Array<{ localFile: string; remotePath: string }> = [];
  /** Facts asked for that had no canned answer (answered empty, code 1), by name. */
  readonly unanswered: string[] = [];

  constructor(
    /**
     * Canned facts by key ("files.path:[\"/etc/motd\"]") or by fact name ("files.path", any arguments); a
     * key wins over its name. A known fact with no answer answers empty with code 1.
     */
    readonly facts: ReadonlyMap<string, CannedFact> = new Map(),
    readonly host: TargetHost = { name: "fake", address: "192.0.2.1", user: "root", privateKeyFile: "/dev/null", roles: [] },
    /** Answer to a script that is not a pure fact batch (an operation being applied). */
    private readonly onApply: (script: string) => ExecResult = () => ({ stdout: "", stderr: "", code: 0 }),
  ) {}

  async connect(): Promise<void> {}

  async exec(script: string): Promise<ExecResult> {
    this.roundTrips += 1;
    this.scripts.push(script);
    const rc = /^printf '\\n@@RC-([0-9a-f]+) %s\\n'/m.exec(script);
    let stdout = "";
    if (rc) {
      const applied = this.onApply(script);
      if (applied.code !== 0) return applied;
      stdout += `${applied.stdout}\n@@RC-${rc[1]} 0\n`;
    }
    stdout += this.answerFacts(script);
    return { stdout, stderr: "", code: 0 };
  }

  async put(localFile: string, remotePath: string): Promise<void> {
    this.roundTrips += 1;
    this.puts.push({ localFile, remotePath });
  }

  async close(): Promise<void> {}

  /** The canned answer to one snippet: by the key whose script it is, else by the fact whose shape it has. */
  answer(snippet: string): CannedFact {
    for (const [key, canned] of this.facts) {
      const colon = key.indexOf(":");
      if (colon < 0) continue;
      const fact = FACTS.find((f) => f.name === key.slice(0, colon));
      if (!fact) throw new Error(`fake connector: canned key ${key} names no fact it knows (add the fact to FACTS)`);
      const args = JSON.parse(key.slice(colon + 1)) as unknown[];
      if ((fact.define as (...a: unknown[]) => FactRequest<unknown>)(...args).script === snippet) return canned;
    }
    const fact = FACTS.find((f) => f.shape.test(snippet));
    if (!fact) throw new Error(`fake connector: no fact it knows writes this snippet (add the fact to FACTS):\n${snippet}`);
    const canned = this.facts.get(fact.name);
    if (canned) return canned;
    this.unanswered.push(fact.name);
    return { output: "", code: 1 };
  }

  private answerFacts(script: string): string {
    return [...script.matchAll(SNIPPET)]
      .map(([, nonce, index, snippet]) => {
        const canned = this.answer(snippet!);
        return `@@F-${nonce} ${index}\n${canned.output}\n@@E-${nonce} ${index} ${canned.code ?? 0}\n`;
      })
      .join("");
  }
}

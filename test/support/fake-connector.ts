/**
 * A host made of canned fact outputs, for fast unit tests of the planning logic (which facts are read,
 * what a plan decides, what the runner sends). It is no stand-in for a real host: the host tests run the
 * same operations over SSH against Debian.
 */
import type { Connector, ExecResult } from "../../provisioners/engine/connector.js";
import type { TargetHost } from "../../provisioners/engine/hosts.js";

export interface CannedFact {
  readonly output: string;
  readonly code?: number;
}

export class FakeConnector implements Connector {
  roundTrips = 0;
  /** Every script received, in order: what tests assert on. */
  readonly scripts: string[] = [];
  readonly puts: Array<{ localFile: string; remotePath: string }> = [];

  constructor(
    /** Canned facts by key ("files.file:[\"/etc/motd\"]"); an unknown key answers empty with code 1. */
    readonly facts: Map<string, CannedFact> = new Map(),
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

  private answerFacts(script: string): string {
    const nonce = /echo '@@F-([0-9a-f]+) /.exec(script)?.[1];
    if (!nonce) return "";
    return [...script.matchAll(/^#@fact (\d+) (.*)$/gm)]
      .map(([, index, key]) => {
        const canned = this.facts.get(key!) ?? { output: "", code: 1 };
        return `@@F-${nonce} ${index}\n${canned.output}\n@@E-${nonce} ${index} ${canned.code ?? 0}\n`;
      })
      .join("");
  }
}

/**
 * Facts: what a host looks like, read before anything is decided. A fact is a shell snippet plus a
 * parser. Many facts are gathered in one remote script (one SSH round trip): each snippet's output is
 * framed by markers carrying a random nonce, so a file's content can never be mistaken for a frame.
 */
import { randomBytes } from "node:crypto";

/** One fact about one host, with its arguments bound. `key` identifies it in the per-host cache. */
export interface FactRequest<T> {
  readonly key: string;
  /** Shell snippet run as root; stdout and stderr are both handed to parse. */
  readonly script: string;
  parse(output: string, exitCode: number): T;
}

/**
 * Defines a fact from a command builder and a parser; the key is the fact name plus its arguments.
 *
 *   export const file = defineFact("files.file", (path: string) => `stat ... ${quote(path)}`, parseStat);
 */
export function defineFact<T, A extends unknown[]>(
  name: string,
  command: (...args: A) => string,
  parse: (output: string, exitCode: number, ...args: A) => T,
): (...args: A) => FactRequest<T> {
  return (...args: A) => ({
    key: `${name}:${JSON.stringify(args)}`,
    script: command(...args),
    parse: (output, exitCode) => parse(output, exitCode, ...args),
  });
}

/** Reads a gathered fact; throws when the runner forgot to gather it (a bug, not a host problem). */
export type FactReader = <T>(request: FactRequest<T>) => T;

export interface FactBatch {
  readonly nonce: string;
  readonly script: string;
  readonly requests: readonly FactRequest<unknown>[];
}

/** Builds one script that prints every fact between markers. Duplicate keys are gathered once. */
export function batchScript(requests: readonly FactRequest<unknown>[], nonce = randomBytes(6).toString("hex")): FactBatch {
  const unique = [...new Map(requests.map((r) => [r.key, r])).values()];
  const lines = unique.map(
    (r, i) =>
      // The subshell keeps one snippet's `exit` or `cd` from touching the next; stdin is closed so no
      // snippet can eat the rest of the script.
      `echo '@@F-${nonce} ${i}'\n( ${r.script}\n) </dev/null 2>&1; printf '\\n@@E-${nonce} ${i} %s\\n' "$?"`,
  );
  return { nonce, script: lines.join("\n"), requests: unique };
}

/** Each fact's framed output in a batch's stdout: its request, its output and its exit code. */
function* frames(batch: FactBatch, stdout: string): Generator<{ request: FactRequest<unknown>; output: string; code: number }> {
  const frame = new RegExp(`^@@F-${batch.nonce} (\\d+)\\n([\\s\\S]*?)^@@E-${batch.nonce} \\1 (\\d+)$`, "gm");
  for (const match of stdout.matchAll(frame)) {
    const request = batch.requests[Number(match[1])];
    // The end marker is printed after a newline of its own, so output without a final newline still frames.
    if (request) yield { request, output: (match[2] ?? "").slice(0, -1), code: Number(match[3]) };
  }
}

/** Splits the output of a batch script into parsed facts, keyed by FactRequest.key. */
export function parseBatch(batch: FactBatch, stdout: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const { request, output, code } of frames(batch, stdout)) out.set(request.key, request.parse(output, code));
  const missing = batch.requests.filter((r) => !out.has(r.key));
  if (missing.length > 0) {
    throw new Error(`facts not returned by the host: ${missing.map((r) => r.key).join(", ")}`);
  }
  return out;
}

/**
 * Parses what it can of a batch's output: a fact missing from the output, or one its parser refuses (a tool
 * not installed yet on a fresh host), is left out rather than failing the batch. For facts read ahead of
 * need (FactCache.prefetch): those left out are gathered when they are needed, as if never read ahead.
 */
export function parseBatchPartly(batch: FactBatch, stdout: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const { request, output, code } of frames(batch, stdout)) {
    try {
      out.set(request.key, request.parse(output, code));
    } catch {
      /* needed later: gathered then */
    }
  }
  return out;
}

/** Per-host cache of gathered facts. The runner clears it whenever an operation changed the host. */
export class FactCache {
  private readonly values = new Map<string, unknown>();
  /** Counts the clears: facts read while the host changed are not stored (see prefetch). */
  private generation = 0;

  /**
   * Reads `requests` not cached yet in one round trip of their own, ahead of need: the facts of a host's later
   * roles, read while a role waits for another host's. Stored only if nothing cleared the cache meanwhile (no
   * operation changed the host while they were read); never fails: what could not be read is gathered when needed.
   */
  async prefetch(exec: (script: string) => Promise<{ stdout: string; code: number }>, requests: readonly FactRequest<unknown>[]): Promise<void> {
    const generation = this.generation;
    const missing = this.missing(requests);
    if (missing.length === 0) return;
    try {
      const batch = batchScript(missing);
      const result = await exec(batch.script);
      if (result.code === 0 && generation === this.generation) this.store(parseBatchPartly(batch, result.stdout));
    } catch {
      /* a guess that failed: each role gathers its own */
    }
  }

  missing(requests: readonly FactRequest<unknown>[]): FactRequest<unknown>[] {
    return requests.filter((r) => !this.values.has(r.key));
  }

  store(values: Map<string, unknown>): void {
    for (const [k, v] of values) this.values.set(k, v);
  }

  clear(): void {
    this.generation += 1;
    this.values.clear();
  }

  readonly read: FactReader = <T>(request: FactRequest<T>): T => {
    if (!this.values.has(request.key)) throw new Error(`fact ${request.key} was read but never gathered`);
    return this.values.get(request.key) as T;
  };
}

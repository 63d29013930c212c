/**
 * The command table: which commands exist, their flags and help. Nothing else lives here: each command
 * is a plain async function in cli/commands/, imported only when it runs (the stacks import cdktf,
 * which takes seconds), and cli/run.ts turns whatever goes wrong into a message and an exit code.
 *
 *   npm run <command> -- env=NAME [--yes] [--json] ...      (npm run hubstack -- <command> ... works too)
 *
 * node's util.parseArgs does the tokenizing; the rest (env=NAME, did-you-mean, per-command flags) is
 * ours, because those messages are the user's first contact with the tool.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { closest } from "../environment/suggest.js";
import { listEnvironmentFiles } from "../environment/load.js";
import { UsageError } from "../environment/errors.js";
import { runCli } from "./run.js";
import { projectPaths } from "../terraform/paths.js";

/** Every flag hubstack knows; each command accepts a subset. */
const FLAGS = {
  yes: { type: "boolean", short: "y", help: "do not ask for confirmation (CI=true does the same)" },
  json: { type: "boolean", help: "print the result as JSON on stdout (logs and terraform's output go to stderr)" },
  check: { type: "boolean", help: "dry run: show what would change on the hosts, change nothing" },
  diff: { type: "boolean", help: "show unified diffs of the files that would change" },
  limit: { type: "string", multiple: true, arg: "HOST[,HOST]", help: "only these hosts (repeatable)" },
  roles: { type: "string", multiple: true, arg: "ROLE[,ROLE]", help: "only these roles (repeatable)" },
  host: { type: "string", multiple: true, arg: "HOST[,HOST]", help: "the machines to rebuild, back up or restore (repeatable; default: every one)" },
  snapshot: { type: "string", arg: "ID", help: "the restic snapshot to restore (its id or a prefix of at least 4 characters; default: each host's latest)" },
  paths: { type: "string", multiple: true, arg: "PATH[,PATH]", help: "restore only these paths, inside what the host backs up (repeatable; default: all of it)" },
  "delete-data": { type: "boolean", help: "destroy the data volumes too (the NFS homes, the hub's state): gone for good" },
  "fail-fast": { type: "boolean", help: "stop at the first failed host instead of finishing the others" },
  verbose: { type: "boolean", help: "show terraform's whole output (its plan, every 'Still creating' line)" },
  profile: { type: "boolean", help: "print the ten slowest operations at the end (the --json report has every operation's seconds)" },
  force: { type: "boolean", help: "image build: build even when an image of the same recipe exists; load: run more servers at once than the hub's memory is sized for" },
  "build-dir": { type: "string", arg: "DIR", help: "(used by Packer) the build's folder, holding the build VM's host key" },
  users: { type: "string", arg: "N", help: "how many simulated users (1 to 200)" },
  duration: { type: "string", arg: "SECONDS", help: "keep each user running code until this many seconds after the start (at most 3600)" },
  concurrency: { type: "string", arg: "C", help: "how many users start at once (default: all, up to 25)" },
  help: { type: "boolean", short: "h", help: "show this help" },
} as const;
type FlagName = keyof typeof FLAGS;

/** What the command line says, before any command runs: the table test checks exactly this. */
export interface ParsedOptions {
  env?: string;
  yes?: boolean;
  json?: boolean;
  check?: boolean;
  diff?: boolean;
  limit?: string[];
  roles?: string[];
  hosts?: string[];
  deleteData?: boolean;
  failFast?: boolean;
  force?: boolean;
  verbose?: boolean;
  profile?: boolean;
  buildDir?: string;
  /** The load test's size, as typed (the command checks them). */
  users?: string;
  duration?: string;
  concurrency?: string;
  /** restore: the snapshot and the paths. */
  snapshot?: string;
  paths?: string[];
  /** Words before or after env=NAME, for commands that take them (`image build hub`). */
  words?: string[];
}

interface CommandSpec {
  readonly summary: string;
  /** Takes env=NAME (required). */
  readonly needsEnv: boolean;
  readonly flags: readonly FlagName[];
  /** The words the command takes besides env=NAME, as usage shows them (`build hub | list`). */
  readonly words?: string;
  readonly examples: readonly string[];
  readonly run: (options: ParsedOptions) => Promise<unknown>;
}

// `env` is required wherever needsEnv is set; parseCommandLine checks it before run is called.
const required = (env: string | undefined) => env as string;

export const COMMANDS: Record<string, CommandSpec> = {
  synth: {
    summary: "write the environment's Terraform configuration (cdktf.out/stacks/<env>/cdk.tf.json); no cloud needed",
    needsEnv: true,
    flags: ["json"],
    examples: ["npm run synth -- env=hub-dev"],
    run: async (o) => (await import("./commands/synth.js")).synth({ env: required(o.env), json: o.json ?? false }),
  },
  plan: {
    summary: "show what apply would create, change, replace and destroy; changes nothing",
    needsEnv: true,
    flags: ["json", "verbose"],
    examples: ["npm run plan -- env=hub-dev", "npm run plan -- env=hub-dev --json > plan.json"],
    run: async (o) => (await import("./commands/plan.js")).plan({ env: required(o.env), json: o.json ?? false }),
  },
  apply: {
    summary: "create or update the infrastructure (after showing the plan and asking), then provision the hosts",
    needsEnv: true,
    flags: ["yes", "json", "limit", "roles", "fail-fast", "verbose", "profile"],
    examples: ["npm run apply -- env=local", "npm run apply -- env=hub-ci --yes    # creates hub-ci-<random> and prints its name"],
    run: async (o) =>
      (await import("./commands/apply.js")).apply({
        env: required(o.env),
        yes: o.yes ?? false,
        json: o.json ?? false,
        ...(o.limit ? { limit: o.limit } : {}),
        ...(o.roles ? { roles: o.roles } : {}),
        failFast: o.failFast ?? false,
        ...(o.profile ? { profile: true } : {}),
      }),
  },
  destroy: {
    summary: "remove the environment's machines and network (after showing the plan and asking); its data volumes stay unless --delete-data",
    needsEnv: true,
    flags: ["yes", "json", "verbose", "delete-data"],
    examples: ["npm run destroy -- env=hub-dev", "npm run destroy -- env=hub-ci-k3x9q2ab --yes --delete-data"],
    run: async (o) =>
      (await import("./commands/destroy.js")).destroy({ env: required(o.env), yes: o.yes ?? false, json: o.json ?? false, deleteData: o.deleteData ?? false }),
  },
  rebuild: {
    summary: "replace machines (from the newest image) keeping their data volumes, then provision and check them",
    needsEnv: true,
    flags: ["yes", "json", "host", "verbose", "profile"],
    examples: ["npm run rebuild -- env=hub-dev --host hub", "npm run rebuild -- env=local --yes"],
    run: async (o) =>
      (await import("./commands/apply.js")).apply({
        env: required(o.env),
        yes: o.yes ?? false,
        json: o.json ?? false,
        rebuild: { hosts: o.hosts ?? [] },
        ...(o.profile ? { profile: true } : {}),
      }),
  },
  envs: {
    summary: "list the environments that have state on this machine (CI instances included)",
    needsEnv: false,
    flags: ["json"],
    examples: ["npm run envs", "npm run envs -- --json"],
    run: async (o) => (await import("./commands/envs.js")).envs({ json: o.json ?? false }),
  },
  provision: {
    summary: "provision the environment's hosts (no infrastructure changes)",
    needsEnv: true,
    flags: ["yes", "json", "check", "diff", "limit", "roles", "fail-fast"],
    examples: ["npm run provision -- env=hub-dev --check --diff", "npm run provision -- env=hub-dev --limit hub --roles jupyterhub"],
    run: async (o) =>
      (await import("./commands/provision.js")).provision({
        env: required(o.env),
        yes: o.yes ?? false,
        json: o.json ?? false,
        check: o.check ?? false,
        diff: o.diff ?? false,
        ...(o.limit ? { limit: o.limit } : {}),
        ...(o.roles ? { roles: o.roles } : {}),
        failFast: o.failFast ?? false,
      }),
  },
  backup: {
    summary: "back up now: run each data host's backup (restic) and print its new snapshot",
    needsEnv: true,
    flags: ["json", "host"],
    examples: ["npm run backup -- env=hub-dev", "npm run backup -- env=hub-dev --host nfs"],
    run: async (o) => (await import("./commands/backup.js")).backup({ env: required(o.env), json: o.json ?? false, ...(o.hosts ? { hosts: o.hosts } : {}) }),
  },
  restore: {
    summary: "restore a backup in place (each host's latest, or --snapshot ID), after asking; stops JupyterHub around its database",
    needsEnv: true,
    flags: ["yes", "json", "host", "snapshot", "paths"],
    examples: ["npm run restore -- env=hub-dev --host hub", "npm run restore -- env=hub-dev --snapshot 4f3a2b1c --paths /export/home/ada --yes"],
    run: async (o) =>
      (await import("./commands/restore.js")).restore({
        env: required(o.env),
        yes: o.yes ?? false,
        json: o.json ?? false,
        ...(o.hosts ? { hosts: o.hosts } : {}),
        ...(o.snapshot ? { snapshot: o.snapshot } : {}),
        ...(o.paths ? { paths: o.paths } : {}),
      }),
  },
  check: {
    summary: "the health check: a real login, spawn and code execution on the hub",
    needsEnv: true,
    flags: ["json"],
    examples: ["npm run check -- env=local"],
    run: async (o) => (await import("./commands/check.js")).check({ env: required(o.env), json: o.json ?? false }),
  },
  load: {
    summary: "the load test: N simulated users log in, start servers and run code at once; percentiles, a JSON report and a chart",
    needsEnv: true,
    flags: ["json", "users", "duration", "concurrency", "force"],
    examples: ["npm run load -- env=local --users 20", "npm run load -- env=hub-dev --users 100 --concurrency 10 --duration 600"],
    run: async (o) =>
      (await import("./commands/load.js")).load({
        env: required(o.env),
        json: o.json ?? false,
        ...(o.users !== undefined ? { users: o.users } : {}),
        ...(o.duration !== undefined ? { duration: o.duration } : {}),
        ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
        ...(o.force ? { force: true } : {}),
      }),
  },
  image: {
    summary: "build the hub image with Packer (the same roles, run against the build VM), or list the images",
    needsEnv: true,
    flags: ["json", "force", "build-dir"],
    words: "build hub | list",
    examples: ["npm run image -- build hub env=local", "npm run image -- build hub --env=hub-dev", "npm run image -- list env=local"],
    run: async (o) =>
      (await import("./commands/image.js")).image({
        env: required(o.env),
        words: o.words ?? [],
        json: o.json ?? false,
        force: o.force ?? false,
        ...(o.buildDir ? { buildDir: o.buildDir } : {}),
      }),
  },
  secrets: {
    summary: "the environment's secrets file, its values encrypted with age: edit it in your editor, show it, or rotate its key",
    needsEnv: true,
    flags: ["json"],
    words: "edit | show | rotate",
    examples: ["npm run secrets -- edit env=hub-dev", "npm run secrets -- show env=hub-dev", "npm run secrets -- rotate env=hub-dev"],
    run: async (o) => (await import("./commands/secrets.js")).secrets({ env: required(o.env), words: o.words ?? [], json: o.json ?? false }),
  },
  lock: {
    summary: "resolve locks/*.in into locks/*.txt (every Python package the hosts install, pinned with its sha256)",
    needsEnv: false,
    flags: ["json"],
    examples: ["npm run lock"],
    run: async (o) => (await import("./commands/cache.js")).lock({ json: o.json ?? false }),
  },
  cache: {
    summary: "fill this machine's package cache from the locks, so that apply and image build need no network for packages",
    needsEnv: false,
    flags: ["json"],
    words: "fill",
    examples: ["npm run cache -- fill    # one cache serves every environment"],
    run: async (o) => (await import("./commands/cache.js")).cache({ json: o.json ?? false, words: o.words ?? [] }),
  },
};

const PROGRAM = "hubstack";

function flagUsage(name: FlagName): string {
  const flag = FLAGS[name];
  const short = "short" in flag ? `, -${flag.short}` : "";
  const arg = "arg" in flag ? ` ${flag.arg}` : "";
  return `--${name}${arg}${short}`;
}

export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  const flags: FlagName[] = [...spec.flags, "help"];
  const rows: [string, string][] = [
    ...(spec.needsEnv ? ([["env=NAME", "the environment: inventory/NAME.yaml, or a CI instance such as hub-ci-k3x9q2ab"]] as [string, string][]) : []),
    ...flags.map((f): [string, string] => [flagUsage(f), FLAGS[f].help]),
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: npm run ${name} --${spec.words ? ` ${spec.words}` : ""}${spec.needsEnv ? " env=NAME" : ""} [options]`,
    `       npx tsx cli/main.ts ${name}${spec.words ? ` ${spec.words}` : ""}${spec.needsEnv ? " env=NAME" : ""} [options]`,
    "",
    `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`,
    "",
    "Options:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    "",
    "Examples:",
    ...spec.examples.map((e) => `  ${e}`),
    "",
    "Exit codes: 0 success, 1 a failed run, 2 a usage, inventory or setup mistake (nothing was changed).",
  ].join("\n");
}

export function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `Usage: npm run <command> -- [env=NAME] [options]      (or: npx tsx cli/main.ts <command> ...)`,
    "",
    `${PROGRAM} builds JupyterHub deployments on OpenStack, on local qemu VMs and on machines you already have.`,
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`),
    "",
    "Environments are the files of inventory/ (see `npm run envs` for those with state).",
    "`npm run <command> -- --help` describes a command.",
  ].join("\n");
}

export type CommandLine = { kind: "help"; text: string } | { kind: "run"; command: string; options: ParsedOptions };

function environmentHint(): string {
  const known = listEnvironmentFiles(projectPaths().inventoryDir);
  return known.length ? ` (environments: ${known.join(", ")})` : "";
}

/** Reads argv (without node and the script) into a command and its options, or help; mistakes are UsageErrors. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    if (first === undefined) throw new UsageError(`no command given.\n\n${generalHelp()}`);
    return { kind: "help", text: generalHelp() };
  }
  const spec = COMMANDS[first];
  if (!spec) {
    const guess = closest(first, Object.keys(COMMANDS));
    throw new UsageError(`unknown command "${first}"${guess ? `; did you mean "${guess}"?` : ""} (commands: ${Object.keys(COMMANDS).join(", ")})`);
  }

  const { tokens } = parseArgs({
    args: [...rest],
    options: Object.fromEntries(Object.entries(FLAGS).map(([name, f]) => [name, { type: f.type, ...("short" in f ? { short: f.short } : {}), ...("multiple" in f ? { multiple: true } : {}) }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const accepted = new Set<string>([...spec.flags, "help"]);
  const options: ParsedOptions = {};
  let help = false;
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      const match = /^env=(.*)$/.exec(token.value);
      if (!match && spec.words) {
        (options.words ??= []).push(token.value);
        continue;
      }
      if (!match) {
        throw new UsageError(`unexpected argument "${token.value}"${/^[a-z0-9-]+$/.test(token.value) && spec.needsEnv ? `; did you mean env=${token.value}?` : ""}`);
      }
      if (!spec.needsEnv) throw new UsageError(`${first} takes no environment (it looks at all of them)`);
      if (!match[1]) throw new UsageError(`env= needs a name, as in env=hub-dev${environmentHint()}`);
      options.env = match[1];
      continue;
    }
    const name = token.name;
    if (name === "env") {
      // --env=NAME reads as well as env=NAME; a bare --env is a mistake.
      if (!token.value) throw new UsageError(`write the environment as env=NAME (not ${token.rawName} alone), e.g. npm run ${first} -- env=hub-dev`);
      if (!spec.needsEnv) throw new UsageError(`${first} takes no environment (it looks at all of them)`);
      options.env = token.value;
      continue;
    }
    if (!(name in FLAGS)) {
      const guess = closest(name, [...accepted]);
      throw new UsageError(`unknown option ${token.rawName} for ${first}${guess ? `; did you mean --${guess}?` : ""} (options: ${[...accepted].map((f) => `--${f}`).join(", ")})`);
    }
    if (!accepted.has(name)) throw new UsageError(`${token.rawName} does not apply to ${first} (its options: ${[...accepted].map((f) => `--${f}`).join(", ")})`);
    const flag = FLAGS[name as FlagName];
    if (flag.type === "boolean" && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (found "${token.value}")`);
    if (flag.type === "string" && (token.value === undefined || token.value === "")) throw new UsageError(`${token.rawName} needs a value: ${flagUsage(name as FlagName)}`);
    switch (name as FlagName) {
      case "help":
        help = true;
        break;
      case "limit":
      case "roles": {
        const list = (options[name as "limit" | "roles"] ??= []);
        list.push(...token.value!.split(",").map((v) => v.trim()).filter(Boolean));
        break;
      }
      case "host":
      case "paths": {
        const list = name === "host" ? (options.hosts ??= []) : (options.paths ??= []);
        list.push(...token.value!.split(",").map((v) => v.trim()).filter(Boolean));
        break;
      }
      case "snapshot":
        options.snapshot = token.value!;
        break;
      case "delete-data":
        options.deleteData = true;
        break;
      case "fail-fast":
        options.failFast = true;
        break;
      case "build-dir":
        options.buildDir = token.value!;
        break;
      case "users":
      case "duration":
      case "concurrency":
        options[name as "users" | "duration" | "concurrency"] = token.value!;
        break;
      default:
        options[name as "yes" | "json" | "check" | "diff" | "force" | "verbose" | "profile"] = true;
    }
  }
  if (help) return { kind: "help", text: commandHelp(first) };
  if (spec.needsEnv && options.env === undefined) {
    throw new UsageError(`${first} needs an environment: npm run ${first} -- env=NAME${environmentHint()}`);
  }
  return { kind: "run", command: first, options };
}

/** Parses and runs one command line; returns the exit code (errors propagate to cli/run.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.kind === "help") {
    process.stdout.write(`${line.text}\n`);
    return 0;
  }
  // Read where terraform is started, deep in the run layer (terraform/condense.ts).
  if (line.options.verbose) process.env.HUBSTACK_VERBOSE = "1";
  await COMMANDS[line.command]!.run(line.options);
  return 0;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runCli(() => main(process.argv.slice(2)));

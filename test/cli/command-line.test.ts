/**
 * The command table: argv in, options out. The commands themselves are mocked, so these tests say
 * exactly what each command function receives, and which mistakes never reach a command.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../cli/commands/synth.js", () => ({ synth: vi.fn(async () => ({})) }));
vi.mock("../../cli/commands/plan.js", () => ({ plan: vi.fn(async () => ({})) }));
vi.mock("../../cli/commands/apply.js", () => ({ apply: vi.fn(async () => ({})) }));
vi.mock("../../cli/commands/destroy.js", () => ({ destroy: vi.fn(async () => ({})) }));
vi.mock("../../cli/commands/envs.js", () => ({ envs: vi.fn(async () => ({})) }));
vi.mock("../../cli/commands/provision.js", () => ({ provision: vi.fn(async () => ({})) }));

const { main, parseCommandLine, COMMANDS } = await import("../../cli/main.js");
const { synth } = await import("../../cli/commands/synth.js");
const { plan } = await import("../../cli/commands/plan.js");
const { apply } = await import("../../cli/commands/apply.js");
const { destroy } = await import("../../cli/commands/destroy.js");
const { envs } = await import("../../cli/commands/envs.js");
const { provision } = await import("../../cli/commands/provision.js");
const { UsageError, RunError } = await import("../../environment/errors.js");

afterEach(() => vi.clearAllMocks());

describe("argv → the options each command function receives", () => {
  const table: [string, unknown, { mock: unknown }][] = [
    ["synth env=hub-dev", { env: "hub-dev", json: false }, synth as never],
    ["synth env=hub-dev --json", { env: "hub-dev", json: true }, synth as never],
    ["plan env=hub-dev", { env: "hub-dev", json: false }, plan as never],
    ["plan --json env=hub-prod", { env: "hub-prod", json: true }, plan as never],
    ["apply env=local", { env: "local", yes: false, json: false, failFast: false }, apply as never],
    ["apply env=hub-ci --yes --json", { env: "hub-ci", yes: true, json: true, failFast: false }, apply as never],
    ["apply env=local -y", { env: "local", yes: true, json: false, failFast: false }, apply as never],
    [
      "apply env=hub-dev --limit hub --limit nfs,bastion --roles jupyterhub,proxy-tls --fail-fast",
      { env: "hub-dev", yes: false, json: false, limit: ["hub", "nfs", "bastion"], roles: ["jupyterhub", "proxy-tls"], failFast: true },
      apply as never,
    ],
    ["apply env=hub-dev --limit=hub", { env: "hub-dev", yes: false, json: false, limit: ["hub"], failFast: false }, apply as never],
    ["destroy env=hub-ci-k3x9q2ab --yes", { env: "hub-ci-k3x9q2ab", yes: true, json: false, deleteData: false }, destroy as never],
    ["destroy env=hub-dev --delete-data", { env: "hub-dev", yes: false, json: false, deleteData: true }, destroy as never],
    ["rebuild env=hub-dev --host hub --host nfs,bastion -y", { env: "hub-dev", yes: true, json: false, rebuild: { hosts: ["hub", "nfs", "bastion"] } }, apply as never],
    ["rebuild env=local", { env: "local", yes: false, json: false, rebuild: { hosts: [] } }, apply as never],
    ["envs", { json: false }, envs as never],
    ["envs --json", { json: true }, envs as never],
    [
      "provision env=hub-dev --check --diff --limit hub --roles base",
      { env: "hub-dev", yes: false, json: false, check: true, diff: true, limit: ["hub"], roles: ["base"], failFast: false },
      provision as never,
    ],
    ["provision env=local --yes --fail-fast", { env: "local", yes: true, json: false, check: false, diff: false, failFast: true }, provision as never],
  ];
  it.each(table)("%s", async (argv, expected, command) => {
    expect(await main(argv.split(" "))).toBe(0);
    expect(command).toHaveBeenCalledTimes(1);
    expect(command).toHaveBeenCalledWith(expected);
  });

  it("--verbose: terraform's whole output for this run (read where terraform starts)", async () => {
    delete process.env.HUBSTACK_VERBOSE;
    expect(parseCommandLine("apply env=local --verbose".split(" "))).toEqual({ kind: "run", command: "apply", options: { env: "local", verbose: true } });
    expect(await main("plan env=hub-dev --verbose".split(" "))).toBe(0);
    expect(process.env.HUBSTACK_VERBOSE).toBe("1");
    delete process.env.HUBSTACK_VERBOSE;
  });

  it("image takes its words around env=NAME, and --env=NAME as well", () => {
    expect(parseCommandLine("image build hub env=local --force".split(" "))).toEqual({ kind: "run", command: "image", options: { env: "local", words: ["build", "hub"], force: true } });
    expect(parseCommandLine("image build hub --env=hub-dev".split(" "))).toEqual({ kind: "run", command: "image", options: { env: "hub-dev", words: ["build", "hub"] } });
  });
});

describe("mistakes never reach a command", () => {
  const mistakes: [string, RegExp][] = [
    ["", /no command given/],
    ["aply env=hub-dev", /unknown command "aply"; did you mean "apply"\?/],
    ["frobnicate", /unknown command "frobnicate" \(commands: synth, plan, apply/],
    ["plan", /plan needs an environment: npm run plan -- env=NAME \(environments: .*hub-dev/],
    ["plan hub-dev", /unexpected argument "hub-dev"; did you mean env=hub-dev\?/],
    ["plan env=", /env= needs a name/],
    ["plan --env hub-dev", /write the environment as env=NAME \(not --env alone\)/],
    ["plan env=hub-dev --yse", /unknown option --yse for plan/],
    ["apply env=hub-dev --yse", /unknown option --yse for apply; did you mean --yes\?/],
    ["plan env=hub-dev --yes", /--yes does not apply to plan \(its options: --json, --verbose, --help\)/],
    ["apply env=hub-dev --check", /--check does not apply to apply/],
    ["apply env=hub-dev --limit", /--limit needs a value/],
    ["apply env=hub-dev --yes=no", /--yes takes no value/],
    ["envs env=hub-dev", /envs takes no environment/],
  ];
  it.each(mistakes)("%j", async (argv, message) => {
    const args = argv === "" ? [] : argv.split(" ");
    let error: unknown;
    try {
      await main(args);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    for (const command of [synth, plan, apply, destroy, envs, provision]) expect(command).not.toHaveBeenCalled();
  });
});

describe("help", () => {
  it("every command has --help naming its flags, and no command runs", () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const line = parseCommandLine([name, "--help"]);
      expect(line.kind).toBe("help");
      const text = (line as { text: string }).text;
      expect(text).toContain(`npm run ${name} --`);
      for (const flag of spec.flags) expect(text).toContain(`--${flag}`);
      if (spec.needsEnv) expect(text).toContain("env=NAME");
    }
    expect(parseCommandLine(["apply", "env=hub-dev", "-h"]).kind).toBe("help");
    expect(parseCommandLine(["--help"]).kind).toBe("help");
  });
});

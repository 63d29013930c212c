/**
 * The run layer against the real terraform binary (offline: the stack is made of terraform_data
 * resources only, see test/support/terraform-data-stack.ts). Each test works in its own temporary
 * project folder: inventory/, .state/ and cdktf.out/ as a user's clone would have them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { spawn } from "node:child_process";
import { envLockFile } from "../../terraform/env-lock.js";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { apply, formatSeconds } from "../../cli/commands/apply.js";
import { destroy } from "../../cli/commands/destroy.js";
import { envs } from "../../cli/commands/envs.js";
import { plan } from "../../cli/commands/plan.js";
import { provision } from "../../cli/commands/provision.js";
import { loadEnvironment } from "../../environment/load.js";
import { RunError, UsageError } from "../../environment/errors.js";
import { createRecordingOutput } from "../../environment/output.js";
import type { ProvisioningPhase, ProvisioningRequest } from "../../provisioners/phase.js";
import type { StackSynthesizer } from "../../terraform/backend.js";
import { PrerequisiteError } from "../../terraform/binary.js";
import { projectPaths, stackDirOf, stateDirOf, type ProjectPaths } from "../../terraform/paths.js";
import { formatPlanSummary } from "../../terraform/plan-summary.js";
import { applyPlan, openStack, planChanges, readHosts, type RunContext } from "../../terraform/stack.js";
import { terraformDataSynthesizer } from "../support/terraform-data-stack.js";
import { tempDir } from "../support/temp.js";

const TERRAFORM = process.env.HUBSTACK_TERRAFORM || "terraform";

const INVENTORY = {
  "common.yaml": "domain: example.test\nssh:\n  user: debian\n",
  // target local: the run layer must not care; only openstack adds a credentials check.
  "tfdata.yaml": `target: local
hosts:
  hub:
    roles: [base, nfs-client, jupyterhub]
    address: 10.70.0.11
  nfs:
    roles: [base, nfs-server]
    address: 10.70.0.12
    jumpHost: hub
`,
  "other.yaml": "target: local\nlocal:\n  subnet: 10.80.0.0/24\nhosts:\n  solo:\n    roles: [base]\n    address: 10.80.0.5\n",
  "ci.yaml": "target: local\nlocal:\n  subnet: 10.90.0.0/24\nci:\n  randomName: true\nhosts:\n  hub:\n    roles: [base]\n    address: 10.90.0.11\n",
};

function newProject(): ProjectPaths {
  const root = tempDir("hubstack-run-");
  mkdirSync(join(root, "inventory"));
  for (const [name, text] of Object.entries(INVENTORY)) writeFileSync(join(root, "inventory", name), text);
  return projectPaths(root);
}

function context(paths: ProjectPaths, synthesize: StackSynthesizer = terraformDataSynthesizer()): RunContext & { output: ReturnType<typeof createRecordingOutput> } {
  return { paths, output: createRecordingOutput(), synthesize, terraformCommand: TERRAFORM, processEnv: {} };
}

function countStateResources(file: string): number {
  const state = JSON.parse(readFileSync(file, "utf8")) as { resources: { mode: string; instances: unknown[] }[] };
  return state.resources.filter((r) => r.mode === "managed").reduce((n, r) => n + r.instances.length, 0);
}

/** The provisioning phase's place, recording what it was handed (the hosts here do not exist). */
function recordingPhase(calls: { env: string; hosts: string[]; request: ProvisioningRequest }[] = [], ok = true): ProvisioningPhase {
  return async (env, hosts, request) => {
    calls.push({ env: env.name, hosts: hosts.map((h) => h.name), request });
    const failed = { name: hosts[0]?.name ?? "x", address: "", status: "failed", ok: 0, changed: 0, failed: 1, skipped: 0, seconds: 0, roundTrips: 0, roles: [], error: { kind: "unreachable", message: "no route to host" } } as const;
    return { check: request.check ?? false, ok, changed: false, seconds: 0, hosts: ok ? [] : [failed] };
  };
}

/** Options shared by the command-level tests: a temporary project, the fixture stack, no prompt. */
function commandOptions(paths: ProjectPaths, synthesize: StackSynthesizer = terraformDataSynthesizer()) {
  return { cwd: paths.root, output: createRecordingOutput(), synthesize, terraformCommand: TERRAFORM, processEnv: {}, yes: true, provisioningPhase: recordingPhase(), healthCheck: false, buildHubImage: false } as const;
}

beforeAll(() => {
  // The stacks import cdktf once per worker; pay for it here rather than in the first test's timing.
  return import("cdktf").then(() => undefined);
});

describe.concurrent("one environment through its whole life", () => {
  it("init, plan, apply, outputs, a second apply with no changes, destroy", async () => {
    const paths = newProject();
    const ctx = context(paths);
    const env = loadEnvironment("tfdata", { inventoryDir: paths.inventoryDir, displayRoot: paths.root });
    const timings: Record<string, number> = {};
    const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await step();
      } finally {
        timings[label] = Math.round(performance.now() - started);
      }
    };

    // GIVEN a fresh project, WHEN the stack is opened (synth + init) and planned
    const stack = await timed("synth+init", () => openStack(env, ctx));
    expect(stack.dir).toBe(stackDirOf(paths, "tfdata"));
    expect(stack.backend).toEqual({ kind: "local", path: join(stateDirOf(paths, "tfdata"), "terraform.tfstate") });
    const first = await timed("plan+show", () => planChanges(stack, ctx));

    // THEN the summary shows the three resources to create, by address
    expect(first.summary.create.sort()).toEqual(["terraform_data.filler-0", "terraform_data.filler-1", "terraform_data.host-inventory"]);
    expect([first.summary.update, first.summary.replace, first.summary.destroy]).toEqual([[], [], []]);
    expect(formatPlanSummary("tfdata", first.summary)).toMatch(/^Plan for tfdata: 3 to create, 0 to change, 0 to replace, 0 to destroy/);

    // WHEN applied, THEN the state lives in .state/<env>/, outside cdktf.out, and the plan file is gone
    await timed("apply", () => applyPlan(stack, ctx, first));
    const stateFile = join(stateDirOf(paths, "tfdata"), "terraform.tfstate");
    expect(countStateResources(stateFile)).toBe(3);
    expect(existsSync(first.planFile)).toBe(false);
    expect(readdirSync(stack.dir).filter((f) => f.endsWith(".tfstate"))).toEqual([]);
    // The state folder is its owner's alone: state files hold secrets.
    expect(statSync(stateDirOf(paths, "tfdata")).mode & 0o077).toBe(0);

    // AND the hosts output becomes typed hosts for the provisioning phase
    const hosts = await timed("output", () => readHosts(stack));
    expect(hosts).toEqual([
      { name: "hub", address: "10.70.0.11", roles: ["base", "nfs-client", "jupyterhub"], sshUser: "debian", sshPort: 22 },
      { name: "nfs", address: "10.70.0.12", roles: ["base", "nfs-server"], sshUser: "debian", sshPort: 22, jumpHost: "hub" },
    ]);

    // WHEN planned again with nothing changed, THEN the summary shows zero of everything
    const second = await timed("second plan", () => planChanges(stack, ctx));
    expect(second.summary).toMatchObject({ create: [], update: [], replace: [], destroy: [], unchanged: 3 });
    expect(formatPlanSummary("tfdata", second.summary)).toContain("0 to create, 0 to change, 0 to replace, 0 to destroy (3 unchanged)");
    await applyPlan(stack, ctx, second);
    expect(countStateResources(stateFile)).toBe(3);

    // WHEN destroyed (a destroy plan, applied), THEN the summary lists all three and the state is empty
    const teardown = await timed("destroy", async () => {
      const planned = await planChanges(stack, ctx, { destroy: true });
      await applyPlan(stack, ctx, planned);
      return planned;
    });
    expect(teardown.summary.destroy).toHaveLength(3);
    expect(countStateResources(stateFile)).toBe(0);

    // terraform's output was streamed through the output as it came
    expect(ctx.output.lines.some((line) => line.includes("Apply complete!"))).toBe(true);
    console.log(`run layer timings (ms): ${JSON.stringify(timings)}`);
  });

  it("summarizes in-place changes, replacements and removals from real plans", async () => {
    const paths = newProject();
    const env = loadEnvironment("tfdata", { inventoryDir: paths.inventoryDir, displayRoot: paths.root });
    const planWith = async (synthesize: StackSynthesizer) => {
      const ctx = context(paths, synthesize);
      const stack = await openStack(env, ctx);
      return { stack, ctx, planned: await planChanges(stack, ctx) };
    };
    const base = await planWith(terraformDataSynthesizer({ fillerCount: 3 }));
    await applyPlan(base.stack, base.ctx, base.planned);

    const relabel = await planWith(terraformDataSynthesizer({ fillerCount: 3, label: "b" }));
    expect(relabel.planned.summary.update.sort()).toEqual(["terraform_data.filler-0", "terraform_data.filler-1", "terraform_data.filler-2"]);

    const revised = await planWith(terraformDataSynthesizer({ fillerCount: 3, revision: "2" }));
    expect(revised.planned.summary.replace).toHaveLength(3);

    const fewer = await planWith(terraformDataSynthesizer({ fillerCount: 1 }));
    expect(fewer.planned.summary.destroy.sort()).toEqual(["terraform_data.filler-1", "terraform_data.filler-2"]);
    expect(formatPlanSummary("tfdata", fewer.planned.summary)).toContain("  -   terraform_data.filler-2");
  });
});

describe.concurrent("state per environment", () => {
  it("keeps two environments' states apart: destroying one leaves the other untouched", async () => {
    const paths = newProject();
    const a = await apply({ ...commandOptions(paths), env: "tfdata" });
    const b = await apply({ ...commandOptions(paths), env: "other" });
    expect(a.plan?.create).toHaveLength(3);
    expect(b.plan?.create).toHaveLength(3);
    const stateA = join(stateDirOf(paths, "tfdata"), "terraform.tfstate");
    const stateB = join(stateDirOf(paths, "other"), "terraform.tfstate");
    expect(stateA).not.toBe(stateB);
    const bBefore = readFileSync(stateB, "utf8");

    const gone = await destroy({ ...commandOptions(paths), env: "tfdata" });
    expect(gone).toMatchObject({ destroyed: true, stateRemoved: true });
    expect(gone.plan?.destroy).toHaveLength(3);
    expect(existsSync(stateDirOf(paths, "tfdata"))).toBe(false);
    expect(existsSync(stackDirOf(paths, "tfdata"))).toBe(false);
    expect(readFileSync(stateB, "utf8")).toBe(bBefore);
    expect(countStateResources(stateB)).toBe(3);
  });

  it("destroy keeps the data volumes unless --delete-data; apply attaches them again; rebuild replaces machines beside them", async () => {
    const paths = newProject();
    const synth = terraformDataSynthesizer({ machines: true });
    const stateFile = join(stateDirOf(paths, "tfdata"), "terraform.tfstate");
    /** The ids terraform gave each resource: a resource made anew gets another. */
    const ids = () => {
      const state = JSON.parse(readFileSync(stateFile, "utf8")) as { resources: { mode: string; name: string; instances: { attributes: { id: string } }[] }[] };
      return Object.fromEntries(state.resources.filter((r) => r.mode === "managed").map((r) => [r.name, r.instances[0]!.attributes.id]));
    };
    const first = await apply({ ...commandOptions(paths, synth), env: "tfdata" });
    expect(first.plan?.create).toHaveLength(7);
    const made = ids();

    const kept = await destroy({ ...commandOptions(paths, synth), env: "tfdata" });
    expect(kept).toMatchObject({ destroyed: true, stateRemoved: false, keptData: ["terraform_data.disk-hub", "terraform_data.disk-nfs"] });
    expect(kept.plan?.destroy.sort()).toEqual(["terraform_data.filler-0", "terraform_data.filler-1", "terraform_data.host-inventory", "terraform_data.vm-hub", "terraform_data.vm-nfs"]);
    expect(ids()).toEqual({ "disk-hub": made["disk-hub"], "disk-nfs": made["disk-nfs"] });
    // A second destroy has only the data left, and says so.
    expect(await destroy({ ...commandOptions(paths, synth), env: "tfdata" })).toMatchObject({ destroyed: false, keptData: ["terraform_data.disk-hub", "terraform_data.disk-nfs"] });

    const back = await apply({ ...commandOptions(paths, synth), env: "tfdata" });
    expect(back.plan?.create).toHaveLength(5);
    const again = ids();
    expect([again["disk-hub"], again["disk-nfs"]]).toEqual([made["disk-hub"], made["disk-nfs"]]);

    const rebuilt = await apply({ ...commandOptions(paths, synth), env: "tfdata", rebuild: { hosts: ["hub"] } });
    expect(rebuilt.plan).toMatchObject({ create: [], replace: ["terraform_data.vm-hub"], destroy: [] });
    expect(ids()).toEqual({ ...again, "vm-hub": expect.not.stringMatching(again["vm-hub"]!) });
    await expect(apply({ ...commandOptions(paths, synth), env: "tfdata", rebuild: { hosts: ["db"] } })).rejects.toThrow(/--host db: env=tfdata has no such machine \(machines: hub, nfs\)/);

    const gone = await destroy({ ...commandOptions(paths, synth), env: "tfdata", deleteData: true });
    expect(gone).toMatchObject({ destroyed: true, stateRemoved: true, keptData: [] });
    expect(gone.plan?.destroy).toHaveLength(7);
    expect(existsSync(stateDirOf(paths, "tfdata"))).toBe(false);
  });

  it("CI environments: each apply creates <base>-<random>, envs lists them, destroy removes one", async () => {
    const paths = newProject();
    const first = await apply({ ...commandOptions(paths), env: "ci" });
    const second = await apply({ ...commandOptions(paths), env: "ci" });
    for (const result of [first, second]) {
      expect(result.env).toMatch(/^ci-[a-z0-9]{8}$/);
      expect(result).toMatchObject({ baseName: "ci", createdInstance: true, applied: true });
      expect(result.hosts.map((h) => h.name)).toEqual(["hub"]);
    }
    expect(first.env).not.toBe(second.env);

    // The record says where the instance came from, and the name is printed for the user.
    const record = JSON.parse(readFileSync(join(stateDirOf(paths, first.env), "environment.json"), "utf8"));
    expect(record).toMatchObject({ name: first.env, baseName: "ci", target: "local", backend: "local", resources: 3 });
    expect(Date.parse(record.createdAt)).not.toBeNaN();

    const listed = await envs({ cwd: paths.root, output: createRecordingOutput() });
    expect(listed.environments.map((e) => [e.name, e.baseName, e.resources])).toEqual(
      [first.env, second.env].sort().map((name) => [name, "ci", 3]),
    );

    // Re-applying an instance by name changes nothing and creates nothing new.
    const again = await apply({ ...commandOptions(paths), env: first.env });
    expect(again).toMatchObject({ env: first.env, createdInstance: false, applied: true, plan: { create: [], unchanged: 3 } });

    // destroy refuses the template name, then removes exactly the named instance.
    await expect(destroy({ ...commandOptions(paths), env: "ci" })).rejects.toThrow(new RegExp(`destroy one of its instances: .*env=${first.env}`));
    const otherState = readFileSync(join(stateDirOf(paths, second.env), "terraform.tfstate"), "utf8");
    await destroy({ ...commandOptions(paths), env: first.env });
    expect(existsSync(stateDirOf(paths, first.env))).toBe(false);
    expect(readFileSync(join(stateDirOf(paths, second.env), "terraform.tfstate"), "utf8")).toBe(otherState);
    expect((await envs({ cwd: paths.root, output: createRecordingOutput() })).environments.map((e) => e.name)).toEqual([second.env]);

    // An instance this machine never made is refused rather than silently created.
    await expect(apply({ ...commandOptions(paths), env: "ci-zzzz9999" })).rejects.toThrow(UsageError);
  });
});

describe.concurrent("the hand-over to the provisioning phase", () => {
  it("apply passes the hosts from the outputs and the flags; a failed provisioning fails the command after the result", async () => {
    const paths = newProject();
    const calls: { env: string; hosts: string[]; request: ProvisioningRequest }[] = [];
    const output = createRecordingOutput({ json: true });
    const result = await apply({ ...commandOptions(paths), output, env: "tfdata", limit: ["hub"], failFast: true, provisioningPhase: recordingPhase(calls) });
    expect(calls).toEqual([{ env: "tfdata", hosts: ["hub", "nfs"], request: { limit: ["hub"], failFast: true } }]);
    expect(output.results).toEqual([JSON.parse(JSON.stringify(result))]);
    // The profile of the apply: its whole time and each phase that ran (no health check with --limit).
    expect(result.seconds).toEqual({ total: expect.any(Number), infrastructure: expect.any(Number), provisioning: expect.any(Number) });
    expect(result.seconds!.total).toBeGreaterThanOrEqual(result.seconds!.infrastructure!);
    expect(formatSeconds("tfdata", { total: 368.2, infrastructure: 137, provisioning: 143.1, check: 87.4 })).toBe(
      "tfdata: applied in 368 s (infrastructure 137 s, provisioning 143 s, health check 87 s)",
    );

    const failing = apply({ ...commandOptions(paths), env: "tfdata", provisioningPhase: recordingPhase([], false) });
    await expect(failing).rejects.toBeInstanceOf(RunError);
    await expect(failing).rejects.toThrow(/provisioning failed on hub \(no route to host\); .*npm run provision -- env=tfdata/);

    // provision alone reads the same hosts back from the state, and --check asks for a dry run.
    const again: typeof calls = [];
    const checked = await provision({ ...commandOptions(paths), env: "tfdata", check: true, diff: true, provisioningPhase: recordingPhase(again) });
    expect(checked.hosts.map((h) => h.address)).toEqual(["10.70.0.11", "10.70.0.12"]);
    expect(again).toEqual([{ env: "tfdata", hosts: ["hub", "nfs"], request: { diff: true, check: true } }]);
    await destroy({ ...commandOptions(paths), env: "tfdata" });
    await expect(provision({ ...commandOptions(paths), env: "tfdata" })).rejects.toThrow(/has no infrastructure yet: `npm run apply -- env=tfdata`/);
  });
});

describe.concurrent("confirmation", () => {
  it("one run at a time per environment: a live holder is named and refused, a stale lock is named and taken over", async () => {
    const paths = newProject();
    const lock = envLockFile(paths, "tfdata");
    mkdirSync(paths.stateRoot, { recursive: true });
    const holder = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), command: "apply", startedAt: "2026-12-02T10:00:00.000Z" }));
      for (const run of [() => apply({ ...commandOptions(paths), env: "tfdata" }), () => provision({ ...commandOptions(paths), env: "tfdata" }), () => destroy({ ...commandOptions(paths), env: "tfdata" })]) {
        const err = await run().then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(RunError);
        expect((err as Error).message).toContain(`env=tfdata is busy: \`apply\` (pid ${holder.pid} on ${hostname()}) has been working on it since 2026-12-02T10:00:00.000Z`);
      }
      // Untouched by the refusals.
      expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(holder.pid);
      writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: "elsewhere.example", command: "destroy", startedAt: "2026-12-02T10:00:00.000Z" }));
      await expect(apply({ ...commandOptions(paths), env: "tfdata" })).rejects.toThrow(/locked by `destroy` \(pid \d+ on elsewhere\.example.*remove \.state\/tfdata\.lock/);
    } finally {
      holder.kill();
    }
    // A holder that died (kill -9, a CI timeout): named, taken over, and released at the end.
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), command: "apply", startedAt: "2026-12-02T09:00:00.000Z" }));
    const options = { ...commandOptions(paths), env: "tfdata" };
    const result = await apply(options);
    expect(result.applied).toBe(true);
    expect(options.output.lines.join("\n")).toMatch(/a stale lock of `apply` \(pid 4194321, started 2026-12-02T09:00:00.000Z, no longer running\) was left behind; taking it over/);
    expect(existsSync(lock)).toBe(false);
    await destroy({ ...commandOptions(paths), env: "tfdata" });
  });

  it("applies only after a yes; without a terminal or --yes it refuses with exit 2", async () => {
    const paths = newProject();
    const base = { ...commandOptions(paths), yes: false, env: "tfdata" };
    await expect(apply({ ...base, interactive: false })).rejects.toThrow(/without confirmation: there is no terminal.*--yes/);

    const questions: string[] = [];
    const declined = await apply({ ...base, interactive: true, ask: async (q) => (questions.push(q), false) });
    expect(declined.applied).toBe(false);
    expect(questions).toEqual(["Do you want to apply these changes to tfdata?"]);
    expect(existsSync(join(stateDirOf(paths, "tfdata"), "terraform.tfstate"))).toBe(false);

    // CI=true counts as --yes.
    const inCi = await apply({ ...base, interactive: false, processEnv: { CI: "true" } });
    expect(inCi.applied).toBe(true);
    await destroy({ ...commandOptions(paths), env: "tfdata" });
  });
});

describe.concurrent("clear errors", () => {
  it("terraform missing: says how to install it", async () => {
    const paths = newProject();
    const run = apply({ ...commandOptions(paths), env: "tfdata", terraformCommand: join(paths.root, "no-such-terraform") });
    await expect(run).rejects.toBeInstanceOf(PrerequisiteError);
    await expect(run).rejects.toThrow(/terraform is not installed[\s\S]*apt\.releases\.hashicorp\.com[\s\S]*releases\.hashicorp\.com\/terraform/);
  });

  it("a stack without a hosts output: names the outputs that exist", async () => {
    const paths = newProject();
    const run = apply({ ...commandOptions(paths, terraformDataSynthesizer({ withoutHostsOutput: true })), env: "tfdata" });
    await expect(run).rejects.toBeInstanceOf(RunError);
    await expect(run).rejects.toThrow(/no output named "hosts" \(its outputs: environment\)/);
  });

  it("provider download impossible: explains plugin cache and filesystem mirror", async () => {
    const paths = newProject();
    // A provider from a registry that cannot resolve (.invalid), so this fails the same way online.
    const unreachableProvider: StackSynthesizer = (env, outdir, { stateBackend }) => {
      const dir = join(outdir, "stacks", env.name);
      mkdirSync(dir, { recursive: true });
      const backend = stateBackend.kind === "local" ? { local: { path: stateBackend.path } } : {};
      writeFileSync(
        join(dir, "cdk.tf.json"),
        JSON.stringify({ terraform: { backend, required_providers: { openstack: { source: "registry.invalid/terraform-provider-openstack/openstack", version: "~> 3.4" } } } }),
      );
    };
    const run = plan({ ...commandOptions(paths, unreachableProvider), env: "tfdata" });
    await expect(run).rejects.toBeInstanceOf(RunError);
    await expect(run).rejects.toThrow(/could not download provider registry\.invalid\/terraform-provider-openstack\/openstack \(~> 3\.4\): registry\.invalid is not reachable[\s\S]*The OpenStack provider must be downloadable/);
    await expect(run).rejects.toThrow(/TF_PLUGIN_CACHE_DIR[\s\S]*filesystem_mirror/);
    // plan leaves no state folder behind for an environment that never had one.
    expect(existsSync(stateDirOf(paths, "tfdata"))).toBe(false);
  });
});

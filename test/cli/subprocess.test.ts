/**
 * The command line as users run it: `npx tsx cli/main.ts ...` in a real subprocess, asserting on exit
 * codes and on what is printed. A user's mistake must never show a stack trace ("    at " lines).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../environment/load.js";
import { tempDir } from "../support/temp.js";

const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(REPO_ROOT, "cli", "main.ts");

/** A process environment with no OpenStack credentials and a HOME without clouds.yaml. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith("OS_") && key !== "CI" && key !== "HUBSTACK_ROOT") env[key] = value;
  }
  return { ...env, HOME: tempDir("hubstack-home-"), ...extra };
}

async function hubstack(args: string[], extraEnv: Record<string, string> = {}) {
  // `npx tsx` resolves to this same binary; calling it directly skips npm's start-up and warnings.
  const result = await execa(TSX, [MAIN, ...args], { cwd: REPO_ROOT, env: cleanEnv(extraEnv), extendEnv: false, reject: false, stdin: "ignore" });
  return { code: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr), all: `${result.stdout}\n${result.stderr}` };
}

const STACK_TRACE_LINE = /^ {4}at /m;

function project(files: Record<string, string>): string {
  const root = tempDir("hubstack-cli-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe.concurrent("hubstack as a subprocess", () => {
  it("unknown command: exit 2, did you mean", async () => {
    const run = await hubstack(["aply", "env=hub-dev"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "aply"; did you mean "apply"?');
    expect(run.all).not.toMatch(STACK_TRACE_LINE);
  });

  it("unknown environment: exit 2, did you mean, the known environments", async () => {
    const run = await hubstack(["plan", "env=hub-dve"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no environment "hub-dve".*did you mean env=hub-dev\?.*environments: .*local/);
    expect(run.all).not.toMatch(STACK_TRACE_LINE);
  });

  it("bad inventory: exit 2, file:line and key path, no stack trace", async () => {
    const root = project({
      "inventory/common.yaml": "domain: example.test\n",
      "inventory/broken.yaml": "target: local\nhosts:\n  hub:\n    roles: [base]\n    adress: 10.0.0.1\n",
      "inventory/garbled.yaml": "target: local\nhosts: [unclosed\n",
    });
    const broken = await hubstack(["plan", "env=broken"], { HUBSTACK_ROOT: root });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/inventory\/broken\.yaml:5: hosts\.hub\.adress: unknown key "adress"; did you mean "address"\?/);
    expect(broken.all).not.toMatch(STACK_TRACE_LINE);

    const garbled = await hubstack(["apply", "env=garbled", "--yes"], { HUBSTACK_ROOT: root });
    expect(garbled.code).toBe(2);
    expect(garbled.stderr).toMatch(/inventory\/garbled\.yaml:\d+:\d+: not valid YAML/);
    expect(garbled.all).not.toMatch(STACK_TRACE_LINE);
  });

  it("plan env=hub-dev without OpenStack credentials: says exactly what is missing, before terraform runs", async () => {
    const run = await hubstack(["plan", "env=hub-dev"]);
    expect([1, 2]).toContain(run.code);
    expect(run.stderr).toContain('cloud "hubstack" (openstack.cloud in inventory/hub-dev.yaml)');
    expect(run.stderr).toContain("OS_CLOUD");
    expect(run.stderr).toContain("clouds.yaml");
    expect(run.stderr).toContain("~/.config/openstack/clouds.yaml");
    expect(run.stderr).toContain("/etc/openstack/clouds.yaml");
    expect(run.stderr).toContain("OS_AUTH_URL");
    expect(run.stderr).toContain("OS_APPLICATION_CREDENTIAL_ID");
    expect(run.all).not.toContain("terraform init");
    expect(run.all).not.toMatch(STACK_TRACE_LINE);
  });

  it("every missing prerequisite at once: no terraform and no cloud credentials", async () => {
    const run = await hubstack(["plan", "env=hub-dev"], { HUBSTACK_TERRAFORM: "/nonexistent/terraform" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/terraform is not installed[\s\S]*releases\.hashicorp\.com[\s\S]*no clouds\.yaml was found/);
    expect(run.all).not.toMatch(STACK_TRACE_LINE);
  });

  it("--help: the commands, and each command's flags", async () => {
    const general = await hubstack(["--help"]);
    expect(general.code).toBe(0);
    for (const command of ["synth", "plan", "apply", "destroy", "envs"]) expect(general.stdout).toContain(`  ${command} `);
    const applyHelp = await hubstack(["apply", "--help"]);
    expect(applyHelp.code).toBe(0);
    expect(applyHelp.stdout).toMatch(/Usage: npm run apply -- env=NAME/);
    expect(applyHelp.stdout).toContain("--yes, -y");
    expect(applyHelp.stdout).toContain("--limit HOST[,HOST]");
  });

  it("envs --json on a project without state: an empty list on stdout alone", async () => {
    const root = project({ "inventory/common.yaml": "{}\n" });
    const run = await hubstack(["envs", "--json"], { HUBSTACK_ROOT: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ environments: [] });
  });

  it("plan of a static environment: no infrastructure phase, the hosts as JSON", async () => {
    const run = await hubstack(["plan", "env=static-example", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ env: "static-example", target: "static" });
    expect(result.hosts.map((h: { name: string }) => h.name)).toEqual(["hub", "nfs"]);
  });

  it("an openstack environment naming no cloud, without OS_* variables: names the variables, exit 2", async () => {
    const root = project({
      "inventory/common.yaml": "{}\n",
      "inventory/solo.yaml": "target: openstack\nopenstack:\n  network: { existing: net }\n  adminCidrs: [192.0.2.0/24]\nhosts:\n  hub: { roles: [base], flavor: m1.small }\n",
    });
    const run = await hubstack(["apply", "env=solo"], { HUBSTACK_ROOT: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no OpenStack credentials were found.*OS_CLOUD is not set/);
    expect(run.all).not.toMatch(STACK_TRACE_LINE);
  });
});

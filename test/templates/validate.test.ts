/**
 * The `validate` command each ManagedFile carries is what the role runs on the host before a new file
 * replaces the old one: every such command, run here on every rendered file of every shipped
 * environment, accepts it (and a broken file is refused), so the roles can rely on them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { loadEnvironment } from "../../environment/load.js";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ManagedFile } from "../../provisioners/roles/files.js";
import { has, load, renderAll, run, SHIPPED, SCRATCH } from "./helpers.js";

const REPO_INVENTORY = join(import.meta.dirname, "..", "..", "inventory");

// Units that the hosts have and this machine does not: stand-ins so that Requires= resolves.
const units = mkdtempSync(join(SCRATCH, "hubstack-units-"));
writeFileSync(join(units, "docker.service"), "[Service]\nExecStart=/bin/true\n");
writeFileSync(join(units, "systemd-cryptsetup@hubstack\\x2dwork.service"), "[Service]\nType=oneshot\nExecStart=/bin/true\n");
const scratch = mkdtempSync(join(SCRATCH, "hubstack-validate-"));

/** `unitDir`: the host's other units, as they are in /etc/systemd/system when the role checks a new one. */
function validate(file: ManagedFile, text: string, unitDir = units) {
  const dir = mkdtempSync(join(scratch, "f-"));
  const path = join(dir, basename(file.dest));
  writeFileSync(path, text);
  const [cmd, ...args] = file.validate!.map((a) => (a === "{}" ? path : a));
  return run(cmd!, args, { env: { SYSTEMD_UNIT_PATH: `${unitDir}:${units}:`, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
}

function hostUnits(files: { file: ManagedFile; text: string }[]): string {
  const dir = mkdtempSync(join(scratch, "units-"));
  for (const { file, text } of files) if (file.dest.startsWith("/etc/systemd/system/")) writeFileSync(join(dir, basename(file.dest)), text);
  return dir;
}

/** Files whose check needs what only the pip install puts on the hub (/opt/jupyterhub). */
const needsPipVenv = (file: ManagedFile, text: string) => file.validate!.some((a) => a.startsWith("/opt/jupyterhub")) || text.includes("/opt/jupyterhub/bin/jupyterhub ");

describe("validate commands", () => {
  for (const name of SHIPPED) {
    it(`${name}: every file with a validate command passes it`, () => {
      let checked = 0;
      for (const { host, files } of renderAll(load(name))) {
        const unitDir = hostUnits(files);
        for (const { file, text } of files) {
          if (!file.validate || needsPipVenv(file, text)) continue;
          expect(has(file.validate[0]!), `${file.validate[0]} is installed by test/templates/setup.ts`).toBe(true);
          const r = validate(file, text, unitDir);
          expect(r.status, `${host.name} ${file.dest}: ${file.validate.join(" ")}\n${r.out}`).toBe(0);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it("the most hostile values the inventory lets through still give files their checkers accept, each value landing as itself", () => {
    // Loaded through the real loader (so every value passed the inventory's types), from a copy of local.yaml
    // with quotes, backslashes, braces, dollars, percent signs, markup and newlines wherever a type allows them.
    const dir = mkdtempSync(join(scratch, "inventory-"));
    const local = parseYaml(readFileSync(join(REPO_INVENTORY, "local.yaml"), "utf8")) as Record<string, any>;
    const nasty = `O'Brien's "Intro" \\ {{x}} \${HOME} %h <b>&amp;</b> ;\``;
    local.description = nasty;
    local.hub.profiles[0].displayName = nasty.slice(0, 80);
    local.hub.images[0].steps.push(`RUN echo "it's \\"quoted\\" $HOME %h {{x}}" > /opt/course/NOTE`);
    local.hub.jupyterhub = { extraConfig: { "Spawner.environment": { GREETING: `a "b"\nc 'd' \\ \${x} %h {{y}}`, "X-Y": "<script>" } } };
    local.hub.startHooks = { asRoot: `#!/bin/bash\necho "${nasty.replaceAll("\"", "")}" '\\' $$ \${USER}\n` };
    writeFileSync(join(dir, "local.yaml"), stringifyYaml(local));
    writeFileSync(join(dir, "common.yaml"), readFileSync(join(REPO_INVENTORY, "common.yaml")));
    const env = loadEnvironment("local", { inventoryDir: dir, displayRoot: dir });
    let checked = 0;
    for (const { host, files } of renderAll(env)) {
      const unitDir = hostUnits(files);
      for (const { file, text } of files) {
        if (!file.validate || needsPipVenv(file, text)) continue;
        const r = validate(file, text, unitDir);
        expect(r.status, `${host.name} ${file.dest}: ${file.validate.join(" ")}\n${r.out}`).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The Python the hub runs holds each value as a literal that reads back as itself.
    const hub = renderAll(env).find((h) => h.host.name === "hub")!;
    const config = hub.files.find((f) => f.file.dest === "/etc/jupyterhub/jupyterhub_config.py")!.text;
    const path = join(mkdtempSync(join(scratch, "py-")), "literals.py");
    writeFileSync(path, config);
    const literals = run("python3", ["-c", `
import ast, json, sys
tree = ast.parse(open(sys.argv[1]).read())
out = []
for node in ast.walk(tree):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        out.append(node.value)
print(json.dumps(out))
`, path]);
    expect(literals.status, literals.out).toBe(0);
    const strings = (JSON.parse(literals.stdout) as string[]).join("\n");
    expect(strings).toContain(JSON.stringify(local.hub.jupyterhub.extraConfig["Spawner.environment"]).slice(1, -1).slice(0, 10));
    expect(strings).toContain(JSON.stringify(local.hub.profiles[0].displayName).slice(1, -1));
  });

  it("a broken file is refused by its validate command", () => {
    const { files } = renderAll(load("local")).find((h) => h.host.name === "hub")!;
    const broken: Record<string, (t: string) => string> = {
      "/etc/ssh/sshd_config.d/10-hubstack.conf": (t) => `${t}\nPermitRootLogin perhaps\n`,
      "/etc/nftables.conf": (t) => t.replace("policy drop;", "policy maybe;"),
      "/etc/sudoers.d/hubstack-admins": (t) => `${t}\nalice ALL=(ALL NOPASSWD ALL\n`,
      "/etc/caddy/Caddyfile": (t) => `${t}\n{\n`,
      "/etc/jupyterhub/jupyterhub_config.py": (t) => `${t}\nc.Spawner.cmd = [\n`,
      "/usr/local/bin/before-notebook.d/start-scripts.sh": (t) => `${t}\nif then\n`,
      "/etc/systemd/system/home.mount": (t) => t.replace("Where=/home", "Where=/elsewhere"),
    };
    for (const [dest, breakIt] of Object.entries(broken)) {
      const found = files.find((f) => f.file.dest === dest);
      expect(found, dest).toBeDefined();
      expect(validate(found!.file, breakIt(found!.text), hostUnits(files)).status, dest).not.toBe(0);
    }
  });
});

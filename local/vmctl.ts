/**
 * vmctl: the local environment's command line, for terraform's create/destroy commands (terraform_data with
 * local-exec provisioners) and for people.
 *
 *   npx tsx local/vmctl.ts up     --spec <file | JSON> [--vm NAME] [--network-only]
 *   npx tsx local/vmctl.ts down   --spec <file | JSON> [--vm NAME]      (data disks stay)
 *   npx tsx local/vmctl.ts disk   --spec <file | JSON> --vm NAME [--delete]
 *   npx tsx local/vmctl.ts status --spec <file | JSON>
 *   npx tsx local/vmctl.ts image  [--spec <file | JSON>] [--prune]
 *   (--spec-b64 <base64 of the JSON> instead of --spec: no shell quoting in terraform commands)
 *
 * Every command is idempotent: `up` of a running VM and `down` of a missing one succeed. Progress goes to
 * stderr one line at a time; the result goes to stdout as one JSON line (hosts for `up`).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { envDown, envStatus, envUp, networkUp, parseSpec, vmDiskDelete, vmDiskUp, vmDown, vmUp, type LocalEnvSpec } from "./local-env.js";
import { ensureBaseImage, pruneBaseImages } from "./base-image.js";
import { ensurePrereqs } from "./prereqs.js";
import { seconds, type Log } from "./util.js";

const USAGE = `usage: vmctl <up|down|disk|status|image> --spec <file|JSON> | --spec-b64 <base64> [--vm NAME] [--network-only] [--delete] [--prune]`;

async function loadSpec(values: { spec?: string; "spec-b64"?: string }): Promise<LocalEnvSpec> {
  let text: string;
  if (values["spec-b64"]) text = Buffer.from(values["spec-b64"], "base64").toString("utf8");
  else if (values.spec?.trimStart().startsWith("{")) text = values.spec;
  else if (values.spec) text = await readFile(values.spec, "utf8");
  else throw new Error(`--spec is required\n${USAGE}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`the spec is not JSON: ${(err as Error).message}`);
  }
  return parseSpec(json);
}

export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      "spec-b64": { type: "string" },
      vm: { type: "string" },
      "network-only": { type: "boolean", default: false },
      prune: { type: "boolean", default: false },
      delete: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const started = Date.now();
  const prefix = (what: string): Log => (line) => process.stderr.write(`vmctl ${what}: ${line}\n`);
  const print = (result: unknown) => process.stdout.write(`${JSON.stringify(result)}\n`);

  switch (command) {
    case "up": {
      const spec = await loadSpec(values);
      const log = prefix(spec.env);
      if (values["network-only"]) {
        const net = await networkUp(spec, log);
        log(`network up in ${seconds(started)} s`);
        print({ env: spec.env, network: net.network, aptProxy: net.aptCache?.url ?? null });
      } else if (values.vm) {
        const host = await vmUp(spec, values.vm, log);
        log(`${values.vm} up in ${seconds(started)} s`);
        print({ env: spec.env, hosts: [host] });
      } else {
        const hosts = await envUp(spec, log);
        log(`${hosts.length} VM(s) up in ${seconds(started)} s`);
        print({ env: spec.env, hosts });
      }
      return 0;
    }
    case "down": {
      const spec = await loadSpec(values);
      const log = prefix(spec.env);
      if (values.vm) await vmDown(spec, values.vm, log);
      else await envDown(spec, log);
      log(`${values.vm ?? "environment"} down in ${seconds(started)} s`);
      print({ env: spec.env, down: values.vm ?? "all" });
      return 0;
    }
    case "disk": {
      const spec = await loadSpec(values);
      if (!values.vm) throw new Error(`disk needs --vm NAME\n${USAGE}`);
      const log = prefix(spec.env);
      // Terraform creates the disk beside the network (which installs the host packages): qemu-img may not be
      // there yet on a fresh machine. ensurePrereqs waits for that install under its lock.
      if (!values.delete) await ensurePrereqs({ log });
      if (values.delete) await vmDiskDelete(spec, values.vm, log);
      print({ env: spec.env, vm: values.vm, disk: values.delete ? null : ((await vmDiskUp(spec, values.vm, log)) ?? null) });
      return 0;
    }
    case "status": {
      print(await envStatus(await loadSpec(values)));
      return 0;
    }
    case "image": {
      const log = prefix("image");
      await ensurePrereqs({ log });
      // Through the env's apt-cacher-ng when that env is up (a rebuild then downloads nothing); otherwise
      // straight from the mirror. `image` never brings an environment up by itself.
      const spec = values.spec || values["spec-b64"] ? await loadSpec(values) : undefined;
      const status = spec ? await envStatus(spec) : undefined;
      const aptProxy =
        spec && status?.network && status.aptCachePid !== undefined
          ? `http://${status.network.hostAddress}:${spec.aptCache.port}`
          : undefined;
      const image = await ensureBaseImage({ ...(aptProxy ? { aptProxy } : {}), log });
      log(`base image ${image.name} ${image.built ? "built" : "cached"} (${seconds(started)} s)`);
      // Old images (earlier recipes) are only disk space once no VM is backed by them.
      const pruned = values.prune ? await pruneBaseImages([image.name], undefined, log) : [];
      print({ ...image, pruned });
      return 0;
    }
    default:
      process.stderr.write(`vmctl: unknown command ${command}\n${USAGE}\n`);
      return 2;
  }
}

// Run when executed (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      const [first, ...rest] = message.split("\n");
      process.stderr.write(`vmctl: error: ${first}\n${rest.length ? `${rest.join("\n")}\n` : ""}`);
      process.exit(1);
    },
  );
}

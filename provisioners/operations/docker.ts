/**
 * Docker images and networks. An image is rebuilt only when the recipe it was built from changed: the
 * image carries the recipe's hash as a label, and the plan compares that label with the hash of the
 * recipe it is given. A new build is tested before it gets its deployment tag, so the tag the spawner
 * starts never points at an image that failed its tests.
 */
import { raw, sh, type Command, type ShellPart } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { change, defineOperation, noop, type Operation, type OperationOptions } from "../engine/operation.js";
import * as docker from "../facts/docker.js";
import { RECIPE_LABEL } from "../facts/docker.js";

export interface ImageArgs extends OperationOptions {
  /** The tag that names exactly this recipe (hubstack/<name>:<hash>). */
  readonly ref: string;
  /** Extra tags given once the build passed its test (hubstack/<name>:deploy). */
  readonly tags?: readonly string[];
  readonly recipeHash: string;
  /** Folder on the host holding the Dockerfile and its context. */
  readonly contextDir: string;
  /** `docker run` arguments that must exit 0 for the image to be tagged; "IMAGE" stands for the new image. */
  readonly test?: readonly string[] | null;
  /**
   * Shell run before the build whose variables the build arguments may use (raw: written by hubstack,
   * never from the inventory), e.g. reading apt's proxy.
   */
  readonly prelude?: string;
  /** --build-arg NAME=VALUE; VALUE is raw shell (it may expand a variable of the prelude). */
  readonly buildArgs?: Readonly<Record<string, string>>;
}

/** One image built from its context folder, when the deployed tag was not built from this recipe. */
export function image(args: ImageArgs): Operation {
  const tags = args.tags ?? [];
  // The tag the decision rests on: the deployment tag when there is one (what users get), else the ref.
  const decisive = docker.image(tags[0] ?? args.ref);
  return defineOperation(`docker.image ${args.ref}`, args, [decisive], (read) => {
    const current = read(decisive);
    if (current?.recipe === args.recipeHash) return noop(`${tags[0] ?? args.ref} is built from this recipe (${args.recipeHash})`);
    const buildArgs = Object.entries(args.buildArgs ?? {}).map(([k, v]) => `--build-arg ${k}=${v}`);
    const commands: Command[] = [
      sh`${raw(args.prelude ? `${args.prelude}\n` : "")}docker build --label ${`${RECIPE_LABEL}=${args.recipeHash}`} ${raw(buildArgs.join(" "))} --tag ${args.ref} ${args.contextDir}`,
    ];
    if (args.test) commands.push(sh`docker run ${args.test.map((a) => (a === "IMAGE" ? args.ref : a))}`);
    for (const tag of tags) commands.push(sh`docker tag ${args.ref} ${tag}`);
    const why = current ? `recipe changed (${current.recipe || "unlabelled"} → ${args.recipeHash})` : "not built yet";
    return change(`build ${args.ref}: ${why}${args.test ? ", test it" : ""}${tags.length ? `, tag ${tags.join(", ")}` : ""}`, commands);
  });
}

export interface ImageAbsentArgs extends OperationOptions {
  readonly ref: string;
}

/** No image by this reference (the tag is removed; layers other tags use stay). */
export function imageAbsent(args: ImageAbsentArgs): Operation {
  const fact = docker.image(args.ref);
  return defineOperation(`docker.image ${args.ref} absent`, args, [fact], (read) => {
    if (!read(fact)) return noop(`no image ${args.ref}`);
    return change(`remove ${args.ref}`, [sh`docker image rm ${args.ref}`]);
  });
}

export interface ImportArgs extends OperationOptions {
  readonly ref: string;
  /**
   * Bash run on this machine (with the HUBSTACK_HOST_* variables of local programs) that streams a root
   * file system into `docker import - <ref>` on the host.
   */
  readonly script: string;
  /**
   * Bash that makes, on this machine, what `script` streams (and caches it, so that `script` then only
   * streams): an image build runs it ahead of the host, while the host is still being made.
   */
  readonly prepare?: string;
}

const preparations = new WeakMap<Operation, string>();

/**
 * The local preparation an operation declares (importedImage's `prepare`), for a build that can run it
 * before the host exists (packer/local-build.ts); undefined for any other operation.
 */
export function preparationOf(op: Operation): string | undefined {
  return preparations.get(op);
}

/** An image imported once from a root file system made on this machine (see ImportArgs.script). */
export function importedImage(args: ImportArgs): Operation {
  const fact = docker.image(args.ref);
  const op = defineOperation(`docker.import ${args.ref}`, args, [fact], (read) => {
    if (read(fact)) return noop(`${args.ref} exists`);
    return change(`make the root file system here and import it as ${args.ref}`, [{ kind: "local", argv: ["bash", "-c", args.script] }]);
  });
  if (args.prepare) preparations.set(op, args.prepare);
  return op;
}

export interface NetworkArgs extends OperationOptions {
  readonly name: string;
  readonly subnet: string;
  readonly gateway: string;
  /** Driver options (-o), e.g. the bridge's interface name. */
  readonly options?: Readonly<Record<string, string>>;
}

/** A bridge network with a fixed subnet. A network of that name made differently is not replaced by itself. */
export function network(args: NetworkArgs): Operation {
  const fact = docker.network(args.name);
  return defineOperation(`docker.network ${args.name}`, args, [fact], (read) => {
    const current = read(fact);
    if (!current) {
      const opts = Object.entries(args.options ?? {}).flatMap(([k, v]) => ["-o", `${k}=${v}`]);
      return change(`create network ${args.name} (${args.subnet})`, [
        sh`docker network create --driver bridge --subnet ${args.subnet} --gateway ${args.gateway} ${opts} ${args.name}`,
      ]);
    }
    const wrong = [
      current.subnet !== args.subnet && `subnet ${current.subnet}`,
      current.gateway !== args.gateway && `gateway ${current.gateway}`,
      ...Object.entries(args.options ?? {}).filter(([k, v]) => current.options[k] !== v).map(([k]) => `option ${k}=${current.options[k] ?? "(unset)"}`),
    ].filter(Boolean);
    if (wrong.length) {
      throw new ConflictError(`docker network ${args.name} exists with ${wrong.join(", ")}: remove it (docker network rm ${args.name}, after stopping its containers) and run again`);
    }
    return noop(`network ${args.name} exists (${current.subnet})`);
  });
}

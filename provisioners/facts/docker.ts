/** Facts about Docker images and networks, read with the docker CLI (absent when docker is not installed). */
import { quote } from "../engine/command.js";
import { ConflictError } from "../engine/errors.js";
import { defineFact } from "../engine/fact.js";

/** The label images carry with the hash of the recipe they were built from. */
export const RECIPE_LABEL = "org.hubstack.recipe";

export interface ImageInfo {
  readonly id: string;
  /** The recipe label, "" when the image has none. */
  readonly recipe: string;
}

/**
 * An image by reference, or null when there is none (or no docker). Any other failure of the docker CLI (a
 * daemon not answering) is an error, not an absent image: taken for one, it made every apply rebuild.
 * Imported images have no labels at all (`.Config.Labels` is nil), hence the `with`.
 */
export const image = defineFact(
  "docker.image",
  (ref: string) =>
    [
      `command -v docker >/dev/null || { echo '@absent'; exit 0; }`,
      `if out=$(docker image inspect --format '{{.Id}} {{with .Config}}{{with .Labels}}{{index . "${RECIPE_LABEL}"}}{{end}}{{end}}' ${quote(ref)} 2>&1); then echo "$out"`,
      `else case $out in *"No such image"* | *"No such object"*) echo '@absent' ;; *) echo "$out"; exit 1 ;; esac; fi`,
    ].join("\n"),
  (output: string, exitCode: number, ref: string): ImageInfo | null => {
    if (exitCode !== 0) throw new ConflictError(`docker could not tell whether image ${ref} exists: ${output.trim() || `exit ${exitCode}`}`);
    const line = output.trim().split("\n").pop() ?? "";
    if (line === "" || line === "@absent") return null;
    const [id = "", recipe = ""] = line.split(" ");
    return { id, recipe };
  },
);

export interface NetworkInfo {
  readonly driver: string;
  readonly subnet: string;
  readonly gateway: string;
  readonly options: Readonly<Record<string, string>>;
}

/** A network by name, or null. */
export const network = defineFact(
  "docker.network",
  (name: string) =>
    `command -v docker >/dev/null || { echo '@absent'; exit 0; }; docker network inspect --format '{{json .}}' ${quote(name)} 2>/dev/null || echo '@absent'`,
  (output: string): NetworkInfo | null => {
    const line = output.trim().split("\n").pop() ?? "";
    if (line === "" || line === "@absent") return null;
    const n = JSON.parse(line) as { Driver?: string; IPAM?: { Config?: { Subnet?: string; Gateway?: string }[] }; Options?: Record<string, string> };
    const ipam = n.IPAM?.Config?.[0] ?? {};
    return { driver: n.Driver ?? "", subnet: ipam.Subnet ?? "", gateway: ipam.Gateway ?? "", options: n.Options ?? {} };
  },
);

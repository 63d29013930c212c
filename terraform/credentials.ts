/**
 * OpenStack credentials, checked before terraform runs: without them the provider fails deep inside a
 * plan with a message about the auth URL; here we can say exactly what is missing and where we looked.
 *
 * The same rules as the OpenStack provider (gophercloud's clientconfig) follow:
 * - a cloud name (the inventory's openstack.cloud, which the stack writes into the provider block, or
 *   else OS_CLOUD) is looked up in the first clouds.yaml found: $OS_CLIENT_CONFIG_FILE, ./clouds.yaml,
 *   ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml;
 * - without a cloud name, the OS_* variables: OS_AUTH_URL plus a password, an application credential
 *   or a token.
 *
 * Terraform runs in the stack's folder (cdktf.out/stacks/<env>), where "./clouds.yaml" means nothing to
 * the user; when the clouds.yaml found is the one in the project folder, OS_CLIENT_CONFIG_FILE is handed
 * to terraform so that the provider reads the same file.
 */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Environment } from "../environment/schema.js";
import { PrerequisiteError } from "./binary.js";

export interface CredentialsContext {
  /** Where the user runs hubstack from: "./clouds.yaml" is looked up here. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home?: string;
  /** The inventory file, for messages. */
  readonly inventoryFile: string;
}

export interface OpenStackCredentials {
  /** In words, for the log: "cloud hubstack from ~/.config/openstack/clouds.yaml". */
  readonly description: string;
  /** Variables terraform must get so that the provider finds the same credentials. */
  readonly terraformEnv: Record<string, string>;
}

interface CloudsFileCandidate {
  readonly shown: string;
  readonly path: string | undefined;
}

export function cloudsYamlCandidates(ctx: CredentialsContext): CloudsFileCandidate[] {
  const home = ctx.home ?? homedir();
  return [
    { shown: "$OS_CLIENT_CONFIG_FILE", path: ctx.env.OS_CLIENT_CONFIG_FILE ? resolve(ctx.cwd, ctx.env.OS_CLIENT_CONFIG_FILE) : undefined },
    { shown: "./clouds.yaml", path: join(ctx.cwd, "clouds.yaml") },
    { shown: "~/.config/openstack/clouds.yaml", path: join(home, ".config", "openstack", "clouds.yaml") },
    { shown: "/etc/openstack/clouds.yaml", path: "/etc/openstack/clouds.yaml" },
  ];
}

const FIX_CLOUDS_YAML = (cloud: string) =>
  [
    `  - get a clouds.yaml from your cloud's dashboard (Project > API Access > "Download OpenStack RC File" > clouds.yaml),`,
    `    ideally for an application credential (\`openstack application credential create hubstack\`), save it as`,
    `    ~/.config/openstack/clouds.yaml and name its entry "${cloud}" (or set openstack.cloud to the entry's name);`,
  ].join("\n");
const FIX_OS_VARIABLES = [
  "  - or remove openstack.cloud from the inventory and export the OS_* variables (`source <project>-openrc.sh`):",
  "    OS_AUTH_URL with OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME and OS_USER_DOMAIN_NAME, or OS_AUTH_URL with",
  "    OS_APPLICATION_CREDENTIAL_ID and OS_APPLICATION_CREDENTIAL_SECRET (OS_AUTH_TYPE=v3applicationcredential).",
].join("\n");

function fromOsVariables(ctx: CredentialsContext, envName: string): OpenStackCredentials {
  const v = ctx.env;
  const has = (name: string) => Boolean(v[name]);
  const password = (has("OS_USERNAME") || has("OS_USER_ID")) && has("OS_PASSWORD");
  const appCredential = (has("OS_APPLICATION_CREDENTIAL_ID") || has("OS_APPLICATION_CREDENTIAL_NAME")) && has("OS_APPLICATION_CREDENTIAL_SECRET");
  const token = has("OS_TOKEN");
  if (has("OS_AUTH_URL") && (password || appCredential || token)) {
    const how = appCredential ? "an application credential" : password ? `user ${v.OS_USERNAME ?? v.OS_USER_ID}` : "a token";
    return { description: `OS_* variables (${how} at ${v.OS_AUTH_URL})`, terraformEnv: {} };
  }
  const set = Object.keys(v).filter((k) => k.startsWith("OS_") && v[k]).sort();
  const missing = !has("OS_AUTH_URL")
    ? "OS_AUTH_URL is not set"
    : "OS_AUTH_URL is set but neither OS_USERNAME + OS_PASSWORD, nor OS_APPLICATION_CREDENTIAL_ID + OS_APPLICATION_CREDENTIAL_SECRET, nor OS_TOKEN";
  throw new PrerequisiteError(
    [
      `env=${envName} targets OpenStack, but no OpenStack credentials were found: ${ctx.inventoryFile} names no cloud (openstack.cloud), OS_CLOUD is not set, and ${missing}` +
        (set.length ? ` (set: ${set.join(", ")})` : "") +
        ".",
      "Fix it one of these ways:",
      "  - set OS_CLOUD (or openstack.cloud in the inventory) to the name of an entry of your clouds.yaml",
      `    (searched: ${cloudsYamlCandidates(ctx).map((c) => c.shown).join(", ")});`,
      FIX_OS_VARIABLES.replace("remove openstack.cloud from the inventory and ", ""),
    ].join("\n"),
  );
}

function fromCloudsYaml(ctx: CredentialsContext, envName: string, cloud: string, askedBy: string): OpenStackCredentials {
  const candidates = cloudsYamlCandidates(ctx);
  const found = candidates.find((c) => c.path !== undefined && existsSync(c.path));
  if (!found?.path) {
    throw new PrerequisiteError(
      [
        `env=${envName} targets OpenStack cloud "${cloud}" (${askedBy}), but no clouds.yaml was found` +
          (askedBy === "OS_CLOUD" ? "." : ` (OS_CLOUD ${ctx.env.OS_CLOUD ? `is "${ctx.env.OS_CLOUD}", but the inventory's openstack.cloud takes precedence` : "is not set; the inventory's openstack.cloud would take precedence anyway"}).`),
        "Searched, in order:",
        ...candidates.map((c) => `  - ${c.shown}${c.path && c.shown !== c.path ? ` (${c.path})` : ""}: ${c.path ? "not found" : "not set"}`),
        "Fix it one of these ways:",
        FIX_CLOUDS_YAML(cloud),
        FIX_OS_VARIABLES,
      ].join("\n"),
    );
  }
  let clouds: Record<string, unknown> = {};
  try {
    const parsed = parseYaml(readFileSync(found.path, "utf8")) as { clouds?: Record<string, unknown> } | null;
    clouds = parsed?.clouds ?? {};
  } catch (err) {
    throw new PrerequisiteError(`${found.path} (the clouds.yaml in use) is not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  if (!(cloud in clouds)) {
    const names = Object.keys(clouds);
    throw new PrerequisiteError(
      `env=${envName} targets OpenStack cloud "${cloud}" (${askedBy}), but ${found.path} (the first clouds.yaml found, from ${found.shown}) ` +
        `has no entry "${cloud}"${names.length ? `; its clouds: ${names.join(", ")}` : "; it defines no clouds"}.\n` +
        `Rename the entry, or set openstack.cloud in ${ctx.inventoryFile} to one of its clouds.`,
    );
  }
  // Point terraform at the file we found: it runs in the stack's folder, not where the user is.
  const terraformEnv: Record<string, string> = ctx.env.OS_CLIENT_CONFIG_FILE ? {} : { OS_CLIENT_CONFIG_FILE: found.path };
  return { description: `cloud "${cloud}" from ${found.path}`, terraformEnv };
}

/** Finds the credentials an openstack environment will use, or says exactly what is missing. */
export function checkOpenStackCredentials(env: Environment, ctx: CredentialsContext): OpenStackCredentials {
  const inventoryCloud = env.openstack?.cloud;
  if (inventoryCloud) return fromCloudsYaml(ctx, env.name, inventoryCloud, `openstack.cloud in ${ctx.inventoryFile}`);
  if (ctx.env.OS_CLOUD) return fromCloudsYaml(ctx, env.name, ctx.env.OS_CLOUD, "OS_CLOUD");
  return fromOsVariables(ctx, env.name);
}

/**
 * S3-compatible state needs keys that terraform reads from the AWS_* variables (or an AWS profile);
 * without them the backend fails during init with a message about AWS. Checked first, like the cloud's.
 */
export function checkStateBackendCredentials(env: Environment, ctx: CredentialsContext): void {
  if (env.state.backend !== "s3") return;
  const v = ctx.env;
  const home = ctx.home ?? homedir();
  const haveKeys = Boolean(v.AWS_ACCESS_KEY_ID && v.AWS_SECRET_ACCESS_KEY);
  const haveProfile = Boolean(v.AWS_PROFILE) || existsSync(v.AWS_SHARED_CREDENTIALS_FILE ?? join(home, ".aws", "credentials"));
  if (haveKeys || haveProfile) return;
  throw new PrerequisiteError(
    [
      `env=${env.name} keeps its Terraform state in S3-compatible storage (state.backend: s3, bucket ${env.state.bucket} at ${env.state.endpoint}), ` +
        "but no S3 keys were found: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and there is no AWS_PROFILE or ~/.aws/credentials.",
      "On OpenStack, EC2-style keys for the object store come from `openstack ec2 credentials create`; export them as",
      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (they never belong in the inventory).",
    ].join("\n"),
  );
}

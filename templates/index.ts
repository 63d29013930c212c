/**
 * The one place Handlebars templates are rendered, for every consumer: the stacks (cloud-init user data),
 * the local environment (the same user data in a NoCloud seed) and the provisioners (files on hosts).
 *
 * Templates are compiled in strict mode, so a variable the caller forgot is an error that names the
 * template and the variable, never an empty string silently written to a host.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

export const TEMPLATES_DIR = dirname(fileURLToPath(import.meta.url));

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`template ${template}: ${message}`);
    this.name = "TemplateError";
  }
}

const handlebars = Handlebars.create();
// JSON-encode a value in place: safe for YAML and Python string literals alike.
handlebars.registerHelper("json", (value: unknown) => new handlebars.SafeString(JSON.stringify(value ?? null)));
handlebars.registerHelper("indent", (spaces: number, text: string) =>
  new handlebars.SafeString(String(text).replace(/\n/g, `\n${" ".repeat(spaces)}`)),
);
handlebars.registerHelper("eq", (a: unknown, b: unknown) => a === b);
handlebars.registerHelper("join", (items: unknown[], sep: string) => (items ?? []).join(typeof sep === "string" ? sep : ","));

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Path of a template relative to templates/, e.g. "cloud-init/user-data.yaml.hbs". */
export function templatePath(name: string): string {
  return join(TEMPLATES_DIR, name);
}

/** Renders templates/<name> with `vars`. Throws TemplateError naming the missing variable. */
export function renderTemplate(name: string, vars: object): string {
  let template = compiled.get(name);
  if (!template) {
    let source: string;
    try {
      source = readFileSync(templatePath(name), "utf8");
    } catch {
      throw new TemplateError(name, `no such template in ${TEMPLATES_DIR}`);
    }
    // noEscape: these are config files, not HTML.
    template = handlebars.compile(source, { strict: true, noEscape: true });
    compiled.set(name, template);
  }
  try {
    return template(vars);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new TemplateError(name, detail ?? "render failed");
  }
}

/** What every new machine gets at first boot, on OpenStack and in the local environment alike. */
export interface UserDataParams {
  hostname: string;
  fqdn: string;
  /** The admin account hubstack logs in with. */
  sshUser: string;
  sshAuthorizedKeys: string[];
  /** A host key known in advance, so that hubstack can pin it before the first connection. */
  hostKey?: { ed25519Private: string; ed25519Public: string };
  /** An HTTP proxy for apt (the local environment's apt-cacher-ng). */
  aptProxy?: string;
  timezone: string;
}

export function renderUserData(params: UserDataParams): string {
  return renderTemplate("cloud-init/user-data.yaml.hbs", {
    ...params,
    hostKey: params.hostKey ?? false,
    aptProxy: params.aptProxy ?? false,
  });
}

/**
 * Every file of every host of every shipped environment renders (strict Handlebars: a forgotten
 * variable fails), says it is managed by hubstack, keeps secrets out of world-readable files, and the
 * vars builders refuse what cannot work with a message that names the key and the fix.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../environment/errors.js";
import { renderTemplate, TEMPLATES_DIR } from "../../templates/index.js";
import { renderManagedFile } from "../../provisioners/roles/files.js";
import { hubEnvVars } from "../../provisioners/roles/jupyterhub/secret-vars.js";
import { jupyterhubFiles } from "../../provisioners/roles/jupyterhub/template-vars.js";
import { proxyTlsFiles } from "../../provisioners/roles/proxy-tls/template-vars.js";
import { GENERATED, hostsOf, load, renderAll, SHIPPED, templateOf, variant } from "./helpers.js";

const ROLE_FOLDERS = ["base", "nfs-server", "nfs-client", "docker", "images", "start-hooks", "jupyterhub", "proxy-tls", "bastion"];

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("shipped environments", () => {
  it("are all here", () => {
    expect(SHIPPED).toEqual(expect.arrayContaining(["local", "hub-dev", "hub-prod", "hub-ci", "clavius", "static-example"]));
  });

  for (const name of SHIPPED) {
    it(`${name}: every host's files render, with a managed-by header, absolute destinations and sane modes`, () => {
      const env = load(name);
      const rendered = renderAll(env);
      expect(rendered.length).toBeGreaterThan(0);
      for (const { host, files } of rendered) {
        expect(files.length, `${host.name} gets files`).toBeGreaterThan(0);
        const dests = files.map((f) => f.file.dest);
        expect(new Set(dests).size, `${host.name}: two files with the same destination`).toBe(dests.length);
        for (const { file, text } of files) {
          expect(file.dest).toMatch(/^\//);
          expect(text.length).toBeGreaterThan(0);
          // Every template says who manages the file (JSON has no comments: daemon.json is the exception);
          // an operator's own hook is theirs verbatim.
          if (templateOf(file) && !file.dest.endsWith(".json")) expect(text, file.dest).toMatch(/Managed by hubstack/);
          // Nothing writable by group or others, ever.
          expect(file.mode & 0o022, `${file.dest} mode ${file.mode.toString(8)}`).toBe(0);
          if (file.secret) expect(file.mode & 0o077, `${file.dest} holds secrets`).toBe(0);
        }
      }
    });

    it(`${name}: secret values appear only in 0600 files`, () => {
      const env = load(name);
      const jh = env.hub.jupyterhub;
      const secrets = [GENERATED.proxyAuthToken, GENERATED.cookieSecret, jh.cookieSecret, jh.proxyAuthToken, "clientSecret" in jh.authenticator ? jh.authenticator.clientSecret : undefined]
        .filter((s): s is string => typeof s === "string" && s.length >= 8)
        // hub-prod's placeholders use the same text for the (public) client id and the secret.
        .filter((s) => !("clientId" in jh.authenticator) || s !== jh.authenticator.clientId);
      for (const { files } of renderAll(env)) {
        for (const { file, text } of files) {
          if (file.secret) continue;
          for (const s of secrets) expect(text.includes(s), `${file.dest} contains a secret`).toBe(false);
        }
      }
    });
  }

  it("every template in a role folder is used by some shipped environment or variant", () => {
    const used = new Set<string>();
    const envs = [
      ...SHIPPED.map(load),
      variant("hub-dev", (e) => {
        e.hub.tls.challenge = "dns-01";
        e.hub.tls.designate = { authUrl: "https://keystone.example.org/v3", applicationCredentialId: "id", applicationCredentialSecret: "s3cret-app-cred" };
      }),
    ];
    for (const env of envs) for (const { files } of renderAll(env)) for (const { file } of files) if (templateOf(file)) used.add(templateOf(file)!);
    // The images role renders its Dockerfiles and start-notebook.sh through imageBuilds (images.test.ts).
    ["images/Dockerfile.hbs", "images/local-base.Dockerfile.hbs", "images/start-notebook.sh.hbs"].forEach((t) => used.add(t));
    const all = ROLE_FOLDERS.flatMap((dir) => readdirSync(join(TEMPLATES_DIR, dir)).map((f) => `${dir}/${f}`));
    expect(all.filter((t) => !used.has(t))).toEqual([]);
  });
});

describe("refusals name the key and the fix", () => {
  it("Debian's JupyterHub and the local spawner are retired", () => {
    const env = variant("local", (e) => (e.hub.jupyterhub.install = "apt"));
    expect(refusal(() => jupyterhubFiles(env, hostsOf(env), GENERATED))).toMatch(/hub\.jupyterhub: install: apt \(Debian's JupyterHub 3\.0 with the local spawner\) was retired: remove the line/);
  });

  it("a generic OAuth provider without an allow list lets no one in, or everyone: the inventory must say which", () => {
    const generic = (allow: { allowedUsers?: string[]; allowedGroups?: string[]; allowAll?: boolean }) =>
      variant("hub-prod", (e) => {
        e.hub.jupyterhub.authenticator = { type: "generic-oauth", clientId: "x", clientSecret: "y", authorizeUrl: "https://a.example/a", tokenUrl: "https://a.example/t", userdataUrl: "https://a.example/u", usernameClaim: "sub", allowedUsers: [], allowedGroups: [], groupsClaim: "groups", allowAll: false, ...allow };
      });
    expect(refusal(() => jupyterhubFiles(generic({}), hostsOf(generic({})), GENERATED))).toMatch(/hub\.jupyterhub\.authenticator: a generic OAuth provider with no allowedUsers, no allowedGroups and no allowAll lets no one in .*set allowAll: true/);
    expect(refusal(() => jupyterhubFiles(generic({ allowAll: true, allowedUsers: ["ada"] }), hostsOf(generic({})), GENERATED))).toMatch(/allowAll: true lets everyone in/);
    expect(() => jupyterhubFiles(generic({ allowedGroups: ["teachers"] }), hostsOf(generic({})), GENERATED)).not.toThrow();
  });

  it("GitHub with no organizations would let everyone in", () => {
    const env = variant("hub-prod", (e) => {
      if (e.hub.jupyterhub.authenticator.type === "github") e.hub.jupyterhub.authenticator.allowedOrganizations = [];
    });
    expect(refusal(() => jupyterhubFiles(env, hostsOf(env), GENERATED))).toMatch(/allowedOrganizations: empty, which would let every GitHub account in/);
  });

  it("extra traitlets must be Class.trait", () => {
    const env = variant("local", (e) => (e.hub.jupyterhub.extraConfig = { "Spawner.default_url": "/lab", "import os; c": 1, "spawner.x": 2 }));
    const message = refusal(() => jupyterhubFiles(env, hostsOf(env), GENERATED));
    expect(message).toMatch(/"import os; c" is not a traitlet name/);
    expect(message).toMatch(/"spawner.x" is not a traitlet name/);
  });

  it("secrets systemd would mangle are refused by name, never echoed", () => {
    const env = variant("local", (e) => (e.hub.jupyterhub.proxyAuthToken = 'tok en"$HOME'));
    const message = refusal(() => hubEnvVars(env, GENERATED));
    expect(message).toMatch(/hub\.jupyterhub\.proxyAuthToken: contains a character/);
    expect(message).not.toContain("tok en");
  });

  it("a cookie secret that is not hex is refused", () => {
    const env = variant("local", (e) => (e.hub.jupyterhub.cookieSecret = "not-hex-at-all-not-hex-at-all-not-hex"));
    expect(refusal(() => hubEnvVars(env, GENERATED))).toMatch(/cookieSecret: must be hex/);
  });

  it("dns-01 without Designate credentials says why Caddy cannot do it and what to set", () => {
    const env = variant("hub-dev", (e) => (e.hub.tls.challenge = "dns-01"));
    const message = refusal(() => proxyTlsFiles(env));
    expect(message).toMatch(/hub\.tls\.challenge: dns-01 needs hub\.tls\.designate/);
    expect(message).toMatch(/Debian's caddy has no DNS provider modules/);
  });

  it("a hub host name a certificate cannot be issued for", () => {
    const env = variant("local", (e) => (e.hub.hostname = "hub_1"));
    expect(refusal(() => proxyTlsFiles(env))).toMatch(/hub\.hostname: "hub_1" is not a fully qualified host name/);
  });

  it("an admin mount path that cannot go into shell code", () => {
    const env = variant("local", (e) => (e.nfs.mounts.admin = "/home/ad min'$(x)"));
    expect(refusal(() => renderAll(env))).toMatch(/nfs\.mounts\.admin: .* must be an absolute path of letters/);
  });
});

describe("the renderer's strict mode protects every template", () => {
  it("a missing variable names the template and the variable", () => {
    expect(() => renderTemplate("nfs-server/exports.hbs", { exports: [] })).toThrow(/template nfs-server\/exports\.hbs: "hostname" not defined/);
  });

  it("renderManagedFile passes an operator's own hook through verbatim", () => {
    const env = variant("local", (e) => (e.hub.startHooks.asRoot = "#!/bin/sh\necho {{not a template}}"));
    const hooks = renderAll(env).find((h) => h.host.name === "hub")!.files.filter((f) => f.file.dest.endsWith("/as-root.sh"));
    expect(hooks).toHaveLength(1);
    expect(renderManagedFile(hooks[0]!.file)).toBe("#!/bin/sh\necho {{not a template}}\n");
  });
});

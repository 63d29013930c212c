/**
 * Logging in through OAuth for real: the hub's locked JupyterHub and GenericOAuthenticator (the virtual
 * environment of locks/hub.txt), configured by hubstack's own jupyterhub_config.py, against an OAuth 2
 * provider this test runs on loopback (authorization code flow: authorize, token, userinfo). The hub runs
 * behind Debian's configurable-http-proxy; only the settings that tie it to a real host (addresses, files,
 * the spawner) are overridden after hubstack's configuration.
 */
import { createServer, type Server } from "node:http";
import { CookieJar } from "tough-cookie";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variant } from "../support/environments.js";
import { freePort } from "./hub.js";
import { py, startLockedHub, type LockedHub } from "./locked-hub.js";

const CLIENT = { id: "hubstack-test", secret: "client-secret-0123456789" };

/**
 * The provider: it vouches for whoever login_hint names (ada when none; a real one would show a login page),
 * with the groups below; codes and tokens of one use, every request recorded.
 */
const GROUPS: Record<string, string[]> = { ada: ["students"], grace: ["teachers"], eve: ["students"] };
function startProvider(port: number, hubCallback: () => string) {
  const codes = new Map<string, string>();
  const tokens = new Map<string, string>();
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    seen.push(`${req.method} ${url.pathname}`);
    if (url.pathname === "/authorize") {
      // A real provider would show a login page; this one vouches for ada at once.
      if (url.searchParams.get("client_id") !== CLIENT.id || url.searchParams.get("redirect_uri") !== hubCallback()) {
        res.writeHead(400).end("bad client or redirect_uri");
        return;
      }
      const code = `code-${codes.size}-${Date.now()}`;
      codes.set(code, url.searchParams.get("login_hint") ?? "ada");
      const back = new URL(hubCallback());
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      res.writeHead(302, { Location: back.toString() }).end();
      return;
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const basic = Buffer.from((req.headers.authorization ?? "").replace(/^Basic /, ""), "base64").toString();
        const [id, secret] = basic.includes(":") ? basic.split(":") : [form.get("client_id"), form.get("client_secret")];
        const user = codes.get(form.get("code") ?? "");
        if (id !== CLIENT.id || secret !== CLIENT.secret || !user) {
          res.writeHead(401, { "Content-Type": "application/json" }).end(JSON.stringify({ error: "invalid_client_or_code" }));
          return;
        }
        codes.delete(form.get("code")!);
        const token = `token-${tokens.size}-${Date.now()}`;
        tokens.set(token, user);
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600 }));
      });
      return;
    }
    if (url.pathname === "/userinfo") {
      const user = tokens.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
      if (!user) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ sub: user, preferred_username: user, email: `${user}@example.org`, groups: GROUPS[user] ?? [] }));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise<{ server: Server; seen: string[] }>((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, seen })));
}

let hub: LockedHub;
let provider: { server: Server; seen: string[] };
let hubUrl: string;

beforeAll(async () => {
  const idpPort = await freePort();
  const idp = `http://127.0.0.1:${idpPort}`;
  provider = await startProvider(idpPort, () => `${hubUrl}/hub/oauth_callback`);
  const env = variant("local", (e) => {
    e.hub.jupyterhub.authenticator = {
      type: "generic-oauth", clientId: CLIENT.id, clientSecret: CLIENT.secret,
      authorizeUrl: `${idp}/authorize`, tokenUrl: `${idp}/token`, userdataUrl: `${idp}/userinfo`, usernameClaim: "preferred_username",
      allowedUsers: ["ada"], allowedGroups: ["teachers"], groupsClaim: "groups", allowAll: false,
    };
    e.hub.jupyterhub.cullIdleSeconds = 0;
  });
  hub = await startLockedHub(env, {
    overrides: (_dir, url) => [`c.JupyterHub.spawner_class = "simple"`, `c.GenericOAuthenticator.oauth_callback_url = ${py(`${url}/hub/oauth_callback`)}`],
    env: { HUBSTACK_OAUTH_CLIENT_SECRET: CLIENT.secret },
  });
  hubUrl = hub.url;
}, 180_000);

afterAll(async () => {
  await hub?.stop();
  await new Promise((r) => provider?.server.close(r));
});

/** GET with the jar's cookies, no automatic redirects: each hop is checked. */
async function get(jar: CookieJar, url: string): Promise<Response> {
  const res = await fetch(url, { redirect: "manual", headers: { Cookie: await jar.getCookieString(url) } });
  for (const c of res.headers.getSetCookie()) await jar.setCookie(c, url);
  return res;
}

describe("OAuth login through the real GenericOAuthenticator", () => {
  it("sends the user to the provider, takes the code back, and logs ada in", async () => {
    const jar = new CookieJar();
    const start = await get(jar, `${hubUrl}/hub/oauth_login`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location")!);
    expect(authorize.pathname).toBe("/authorize");
    expect(authorize.searchParams.get("client_id")).toBe(CLIENT.id);
    expect(authorize.searchParams.get("state")).toBeTruthy();

    const atProvider = await get(jar, authorize.toString());
    expect(atProvider.status).toBe(302);
    const callback = await get(jar, atProvider.headers.get("location")!);
    expect(callback.status, await hub.log()).toBe(302);
    // The hub exchanged the code with the client secret from its environment, then read the user's claims.
    expect(provider.seen).toEqual(expect.arrayContaining(["POST /token", "GET /userinfo"]));

    const home = await get(jar, `${hubUrl}/hub/home`);
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/ada/);
  });

  /** The whole flow for whoever the provider vouches for; the status of the hub's callback and the jar. */
  async function logIn(user: string): Promise<{ status: number; jar: CookieJar }> {
    const jar = new CookieJar();
    const authorize = new URL((await get(jar, `${hubUrl}/hub/oauth_login`)).headers.get("location")!);
    authorize.searchParams.set("login_hint", user);
    const back = await get(jar, authorize.toString());
    return { status: (await get(jar, back.headers.get("location")!)).status, jar };
  }

  it("lets in a member of an allowed group (grace, teachers) and refuses a user the provider vouches for but the inventory does not list (eve)", async () => {
    expect((await logIn("grace")).status).toBe(302);
    const eve = await logIn("eve");
    expect(eve.status).toBe(403);
    const home = await get(eve.jar, `${hubUrl}/hub/home`);
    expect(home.status).toBe(302);
  });

  it("a callback whose state the hub did not issue logs nobody in", async () => {
    const jar = new CookieJar();
    await get(jar, `${hubUrl}/hub/oauth_login`);
    const forged = await get(jar, `${hubUrl}/hub/oauth_callback?code=code-99&state=not-the-hubs`);
    expect(forged.status).toBeGreaterThanOrEqual(400);
    const home = await get(jar, `${hubUrl}/hub/home`);
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toMatch(/\/hub\/login/);
  });
});

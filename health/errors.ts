/**
 * What can go wrong talking to a hub, as messages an operator can act on. The health check turns any of
 * these into "step X failed: …"; they never carry a password, a token or a query string (OAuth codes).
 */

/** The hub answered, but not with what the step needs. */
export class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly bodyExcerpt: string,
    expected?: string,
  ) {
    super(`${method} ${path} answered HTTP ${status}${expected ? ` (expected ${expected})` : ""}${bodyExcerpt ? `: ${bodyExcerpt}` : ""}`);
    this.name = "HttpError";
  }
}

/** The hub could not be reached at all (connection, DNS, TLS, timeout). */
export class ConnectionError extends Error {
  constructor(
    message: string,
    /**
     * What a hub that is still starting gives (nothing listening yet, a proxy without its certificate yet):
     * worth waiting for. A name that does not resolve or an untrusted certificate is not.
     */
    readonly transient = false,
  ) {
    super(message);
    this.name = "ConnectionError";
  }
}

/** The hub answered as it should over HTTP, but what it said is wrong (login refused, file changed, …). */
export class CheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckFailed";
  }
}

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Turns a socket-level error from node:http(s) or ws into a ConnectionError that says what to check. */
export function describeConnectionError(err: unknown, target: URL): ConnectionError {
  const e = err as NodeJS.ErrnoException;
  const where = target.host;
  switch (e.code) {
    case "ECONNREFUSED":
      return new ConnectionError(`could not connect to ${where}: connection refused (nothing listens there: is the hub's proxy running and is the hub URL right?)`, true);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ConnectionError(`could not resolve the host name ${target.hostname} (${e.code})`);
    case "ECONNRESET":
      return new ConnectionError(`the connection to ${where} was reset (wrong scheme? an http:// URL on a TLS port gives this)`, true);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new ConnectionError(`${where} is unreachable (${e.code}): check the network path to the hub`);
    case "EPROTO":
      return new ConnectionError(`TLS handshake with ${where} failed (its proxy has no certificate yet, or an https:// URL on a plain-HTTP port?): ${e.message}`, true);
  }
  if (e.code && TLS_CODES.has(e.code)) {
    return new ConnectionError(
      `the TLS certificate of ${where} is not trusted (${e.code}: ${e.message}): pass the CA that issued it ` +
        `(caCertificate/caFile, e.g. pebble's root on a test bed), or insecure=true on a throwaway test bed`,
    );
  }
  return new ConnectionError(`request to ${where} failed: ${e.message ?? String(err)}`);
}

/**
 * A short, single-line excerpt of a response body for an error message: a JupyterHub JSON error gives its
 * `message`, an HTML page its visible text (or its login error), anything else its first characters.
 */
export function excerpt(body: string, max = 300): string {
  const trimmed = body.trim();
  if (trimmed.startsWith("{")) {
    try {
      const j = JSON.parse(trimmed) as { message?: unknown; reason?: unknown };
      if (typeof j.message === "string" && j.message) return clip(j.message, max);
    } catch {
      /* not JSON after all */
    }
  }
  if (/<html|<!doctype/i.test(trimmed)) {
    const text = trimmed
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return clip(text, max);
  }
  return clip(trimmed.replace(/\s+/g, " "), max);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

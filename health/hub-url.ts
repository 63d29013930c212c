/**
 * What the health check and the load test both take from the caller before they reach a hub: its URL and the
 * CA to trust, each refused with a UsageError that says what is wrong.
 */
import { readFile } from "node:fs/promises";
import { UsageError } from "../environment/errors.js";

/** A hub URL to use, or a UsageError that says what is wrong with it. */
export function parseHubUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`the hub URL ${JSON.stringify(text)} is not a URL (expected e.g. https://hub.example.org)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`the hub URL ${text} must start with http:// or https://`);
  return url;
}

/** The PEM text of a CA file, or a UsageError. */
export async function readCa(file: string): Promise<string> {
  let pem: string;
  try {
    pem = await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the CA file ${file}: ${(err as Error).message}`);
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`the CA file ${file} holds no PEM certificate`);
  return pem;
}

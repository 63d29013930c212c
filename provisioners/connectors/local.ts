/**
 * This machine as a host: the Packer build runs the same roles inside the build VM with it. Scripts run
 * with sh as root (through `sudo -n` when this process is not root); each call counts as a round trip so
 * that reports read the same as over SSH.
 */
import { copyFile } from "node:fs/promises";
import { execa } from "execa";
import { framedScript, shellInvocation, type Connector, type ExecResult } from "../engine/connector.js";
import type { TargetHost } from "../engine/hosts.js";

export class LocalConnector implements Connector {
  roundTrips = 0;
  readonly host: TargetHost;

  constructor(name = "localhost") {
    this.host = { name, address: "localhost", user: process.getuid?.() === 0 ? "root" : "local", privateKeyFile: "", roles: [] };
  }

  async connect(): Promise<void> {}

  async exec(script: string): Promise<ExecResult> {
    this.roundTrips += 1;
    const become = process.getuid?.() !== 0;
    const result = await execa("sh", ["-c", shellInvocation(become)], { input: framedScript(script), reject: false, stripFinalNewline: false });
    return { stdout: String(result.stdout), stderr: String(result.stderr), code: result.exitCode ?? 255 };
  }

  async put(localFile: string, remotePath: string): Promise<void> {
    this.roundTrips += 1;
    await copyFile(localFile, remotePath);
  }

  async close(): Promise<void> {}
}

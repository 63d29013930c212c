/** Secret masking in everything printed, the one error handler's verdicts, and when apply may ask. */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, RunError, UsageError } from "../../environment/errors.js";
import { clearSecrets, createOutput, createRecordingOutput, maskSecrets, registerSecrets } from "../../environment/output.js";
import { confirmationPolicy, confirmAction } from "../../cli/prompt.js";
import { reportError } from "../../cli/run.js";
import { PrerequisiteError } from "../../terraform/binary.js";

afterEach(() => clearSecrets());

function capture() {
  const stream = Object.assign(new PassThrough(), { isTTY: false });
  let text = "";
  stream.on("data", (chunk) => (text += String(chunk)));
  return { stream, text: () => text };
}

describe("secret masking", () => {
  it("replaces every secret in log lines, terraform's output, warnings and --json results", () => {
    registerSecrets(["hunter2", "cookie-\"quoted\"-secret", ""]);
    const stdout = capture();
    const stderr = capture();
    const human = createOutput({ stdout: stdout.stream, stderr: stderr.stream });
    human.info("password is hunter2");
    human.terraformLine('  + user_data = "hunter2hunter2"', "stdout");
    human.warn("leaked hunter2");
    const json = createOutput({ json: true, stdout: stdout.stream, stderr: stderr.stream });
    json.result({ token: 'cookie-"quoted"-secret', nested: ["hunter2"] });
    json.step("not on stdout");

    expect(stdout.text()).not.toContain("hunter2");
    expect(stdout.text()).not.toContain("quoted");
    expect(stderr.text()).not.toContain("hunter2");
    expect(stdout.text()).toContain("password is ***");
    expect(stdout.text()).toContain('user_data = "******"');
    expect(JSON.parse(stdout.text().slice(stdout.text().indexOf("{")))).toEqual({ token: "***", nested: ["***"] });
    // With --json, logs go to stderr so that stdout is the result alone.
    expect(stderr.text()).toContain("--> not on stdout");
  });

  it("masks the longest secret first, so no fragment of it survives", () => {
    registerSecrets(["abc", "abcdef"]);
    expect(maskSecrets("x abcdef y abc")).toBe("x *** y ***");
  });

  it("masks error messages too", () => {
    registerSecrets(["hunter2"]);
    expect(reportError(new RunError("terraform said hunter2")).text).toBe("error: terraform said ***");
    expect(reportError(new Error("boom hunter2")).text).not.toContain("hunter2");
    const recorded = createRecordingOutput();
    recorded.info("hunter2");
    expect(recorded.lines).toEqual(["***"]);
  });
});

describe("the one error handler", () => {
  it("usage, inventory and setup mistakes: the message alone, exit 2", () => {
    for (const err of [new UsageError("bad flag"), new ConfigError(["inventory/x.yaml:3: a", "inventory/x.yaml:4: b"]), new PrerequisiteError("terraform is not installed")]) {
      const report = reportError(err);
      expect(report.exitCode).toBe(2);
      expect(report.text).toBe(`error: ${err.message}`);
      expect(report.text).not.toMatch(/^ {4}at /m);
    }
  });

  it("a failed run: the message alone, exit 1", () => {
    expect(reportError(new RunError("terraform apply failed"))).toEqual({ exitCode: 1, text: "error: terraform apply failed" });
  });

  it("anything else is a bug: said so, with the stack, exit 1", () => {
    const report = reportError(new TypeError("cannot read properties of undefined"));
    expect(report.exitCode).toBe(1);
    expect(report.text).toMatch(/^error: this is a bug in hubstack/);
    expect(report.text).toContain("TypeError: cannot read properties of undefined");
    expect(report.text).toMatch(/^ {4}at /m);
    expect(reportError("a string").text).toContain("a string");
  });
});

describe("confirmation", () => {
  it("--yes or CI=true go ahead; a terminal is asked; otherwise refused", () => {
    expect(confirmationPolicy({ yes: true, env: {}, interactive: false })).toBe("proceed");
    expect(confirmationPolicy({ yes: false, env: { CI: "true" }, interactive: false })).toBe("proceed");
    expect(confirmationPolicy({ yes: false, env: { CI: "1" }, interactive: true })).toBe("proceed");
    expect(confirmationPolicy({ yes: false, env: { CI: "false" }, interactive: true })).toBe("ask");
    expect(confirmationPolicy({ yes: false, env: {}, interactive: false })).toBe("refuse");
  });

  it("the refusal names the flag to use, as a usage error", async () => {
    const refused = confirmAction({ yes: false, action: "apply these changes to hub-dev", retryWith: "npm run apply -- env=hub-dev --yes", env: {}, interactive: false });
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toThrow("refusing to apply these changes to hub-dev without confirmation: there is no terminal to ask on. Run `npm run apply -- env=hub-dev --yes`");
  });
});

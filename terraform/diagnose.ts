/**
 * Turns a failed terraform command into a message that says what to do. Terraform's own output has
 * already been streamed to the terminal, so the message is short: what happened, in the user's terms,
 * and the fix; for failures we do not recognise, terraform's own "Error:" headlines.
 */
import { stripVTControlCharacters } from "node:util";

export interface TerraformFailure {
  /** The subcommand and its arguments, e.g. ["init", "-input=false"]. */
  readonly args: readonly string[];
  readonly exitCode: number | undefined;
  /** Captured stdout and stderr of the command. */
  readonly output: string;
  /** The folder terraform ran in (the stack's folder). */
  readonly cwd: string;
  /** The environment, for messages. */
  readonly envName: string;
}

function providerDownloadHelp(provider: string | undefined): string {
  const which = provider?.endsWith("/openstack") ? "The OpenStack provider" : "The provider";
  return [
    `${which} must be downloadable from here, or already on this machine:`,
    "  - a plugin cache: on a machine with network access, run `npm run plan` once with TF_PLUGIN_CACHE_DIR set",
    "    (export TF_PLUGIN_CACHE_DIR=$HOME/.terraform.d/plugin-cache, after mkdir -p of it), copy that folder to",
    "    this machine and set the same variable here;",
    "  - or a filesystem mirror: on a connected machine run `terraform providers mirror /opt/terraform-mirror` in the",
    "    synthesized stack folder (cdktf.out/stacks/<env>), copy /opt/terraform-mirror here, and tell terraform in",
    "    ~/.terraformrc (or the file TF_CLI_CONFIG_FILE names):",
    "      provider_installation {",
    '        filesystem_mirror { path = "/opt/terraform-mirror" }',
    '        direct { exclude = ["registry.terraform.io/*/*"] }',
    "      }",
  ].join("\n");
}

/** Terraform's "Error: ..." headlines, which name the failure in one line each. */
export function errorHeadlines(output: string): string[] {
  const lines = stripVTControlCharacters(output).split("\n");
  const headlines = lines.map((line) => /^\s*(?:│\s*)?Error: (.+)$/.exec(line)?.[1]?.trim()).filter((l): l is string => Boolean(l));
  return [...new Set(headlines)];
}

export function explainTerraformFailure(failure: TerraformFailure): string {
  const text = stripVTControlCharacters(failure.output);
  const command = `terraform ${failure.args[0] ?? ""}`.trim();

  if (/could not connect to registry\.terraform\.io|failed to request discovery document|Failed to query available provider packages|Failed to install provider/.test(text)) {
    // Terraform wraps its messages; join the lines before picking out the provider and the host.
    const flat = text.replace(/\s*\n\s*/g, " ");
    const provider = /versions for provider (\S+?):/.exec(flat)?.[1] ?? /Failed to install provider.*?(\S+\/\S+)/.exec(flat)?.[1];
    const version = /versions matching "([^"]+)"/.exec(flat)?.[1];
    const host = /could not connect to (\S+?):/.exec(flat)?.[1];
    const what = `${provider ? `provider ${provider}${version ? ` (${version})` : ""}` : "a provider"}${host ? `: ${host} is not reachable from this machine` : ""}`;
    return `${command} failed for env=${failure.envName}: terraform could not download ${what}.\n${providerDownloadHelp(provider)}`;
  }
  if (/Error acquiring the state lock/.test(text)) {
    const lockId = /ID:\s+([0-9a-f-]{36})/.exec(text)?.[1];
    return (
      `${command} failed: another terraform run holds the lock on env=${failure.envName}'s state. ` +
      `Wait for it to finish; if it crashed, unlock it with \`terraform force-unlock ${lockId ?? "<lock id>"}\` in ${failure.cwd}.`
    );
  }
  if (/Backend configuration changed|Backend initialization required/.test(text)) {
    return (
      `${command} failed: env=${failure.envName}'s state backend changed since the last init. ` +
      `If the state must move, run \`terraform init -migrate-state\` in ${failure.cwd}; to start from the new backend as it is, \`terraform init -reconfigure\`.`
    );
  }
  if (/Authentication failed|requires authentication|The service catalog is empty|Unable to establish connection to .*:5000|Error creating OpenStack .* client/i.test(text)) {
    return (
      `${command} failed for env=${failure.envName}: the OpenStack cloud refused or could not be reached with these credentials ` +
      `(${errorHeadlines(text)[0] ?? "see above"}). Check the clouds.yaml entry or the OS_* variables, and that the auth URL is reachable from here.`
    );
  }
  const headlines = errorHeadlines(text);
  const what = headlines.length ? headlines.map((h) => `  - ${h}`).join("\n") : "  (terraform gave no error headline; its output is above)";
  return `${command} failed for env=${failure.envName} (exit ${failure.exitCode ?? "?"}) in ${failure.cwd}:\n${what}`;
}

/**
 * cdktf's test helpers, re-exported in one place so that a move to the cdktn fork stays an import change
 * here and in stacks/.
 */
export { App, Testing, TerraformStack } from "cdktf";

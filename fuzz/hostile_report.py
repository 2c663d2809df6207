"""Run every hostile case of tests/hostile_cases.py through the real command line, each in its own process,
and print its exit code, wall time and peak resident memory; then the worst of each. See fuzz/README.md.

    python fuzz/hostile_report.py                  # the cases as the tests run them
    python fuzz/hostile_report.py --no-time-limit  # 50 MB of text cleaned to the end (about 30 s)
    python fuzz/hostile_report.py --json report.json

Peak memory is the child's ``ru_maxrss`` (os.wait4). The child is forked from this script before it runs
the command line, so the figure can include this script's own pages (about 20 MiB): an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_cases import CASES, Case, can_drop_read_permission, run_cli


def _args(case: Case, path: str, *, no_time_limit: bool) -> list[str]:
    args = list(case.args)
    if no_time_limit and "--time-limit" in args:
        at = args.index("--time-limit")
        del args[at : at + 2]
    return args if case.stdin else [path, *args]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-time-limit", action="store_true", help="drop the cases' --time-limit")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    options = parser.parse_args()
    can_drop = can_drop_read_permission()
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsclean-hostile-") as folder:
        for case in CASES:
            if case.needs == "drop-read-permission" and not can_drop:
                print(f"{case.id:28} skipped: file modes cannot be made to apply (root without CAP_SETPCAP)")
                continue
            if case.needs == "proc" and not os.path.exists("/proc/self/mem"):
                continue
            path = case.make(Path(folder))
            run = run_cli(
                _args(case, path, no_time_limit=options.no_time_limit),
                stdin=path if case.stdin else None,
                drop=case.needs == "drop-read-permission",
                timeout=300,
            )
            expected = run.code in case.codes and "Traceback" not in run.stderr
            first = run.stderr.splitlines()[0] if run.stderr else ""
            rows.append(
                {
                    "case": case.id,
                    "exit_code": run.code,
                    "as_expected": expected,
                    "seconds": round(run.seconds, 3),
                    "peak_mib": round(run.peak_mib, 1),
                    "stderr": first,
                }
            )
            flag = "" if expected else "  UNEXPECTED"
            figures = f"exit {run.code}  {run.seconds:7.2f} s  {run.peak_mib:7.1f} MiB"
            print(f"{case.id:28} {figures}{flag}  {first[:70]}")
            if path.startswith(folder) and os.path.isfile(path):  # the big ones go at once
                os.chmod(path, 0o600)
                os.unlink(path)
    slowest = max(rows, key=lambda row: row["seconds"])
    largest = max(rows, key=lambda row: row["peak_mib"])
    unexpected = [row["case"] for row in rows if not row["as_expected"]]
    print(f"\n{len(rows)} cases; {len(unexpected)} not as expected {unexpected if unexpected else ''}")
    print(f"worst time:  {slowest['seconds']:.2f} s ({slowest['case']})")
    print(f"peak memory: {largest['peak_mib']:.1f} MiB ({largest['case']})")
    if options.json:
        Path(options.json).write_text(json.dumps(rows, indent=1) + "\n")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the fuzzer until a number of inputs is reached, across restarts, and log each stretch.

    python fuzz/campaign.py --runs 1000000 --log fuzz-campaign.log fuzz/corpus

libFuzzer stops at the first failure; this starts it again on the same corpus (the failing
input is kept as ``crash-*`` under ``--artifacts``) until the runs add up to ``--runs`` or
``--hours`` have passed. Each stretch appends one line to the log: when it ran, how many inputs
it covered, how long it took and how it ended. Run it under ``nice`` on a shared machine; a
campaign may be split over many invocations with the same corpus, the log adds them up.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EXECUTED = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_DONE = re.compile(r"^Done (\d+) runs", re.MULTILINE)
_STATUS = re.compile(r"^#(\d+)\s", re.MULTILINE)
# A stretch that fails before this many inputs fails on the corpus itself: restarting cannot help.
_MIN_STRETCH = 100


def _executed(output: str) -> int:
    for pattern in (_EXECUTED, _DONE):
        found = pattern.findall(output)
        if found:
            return int(found[-1])
    status = _STATUS.findall(output)
    return int(status[-1]) if status else 0


def logged_runs(log: Path) -> int:
    """The inputs the log's stretches add up to."""
    if not log.is_file():
        return 0
    return sum(int(line.split("\t")[1]) for line in log.read_text().splitlines() if line and not line.startswith("#"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=1_000_000, help="inputs the whole campaign covers")
    parser.add_argument("--hours", type=float, default=24.0, help="stop this invocation after so many hours")
    parser.add_argument("--log", type=Path, default=Path("fuzz-campaign.log"))
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"))
    parser.add_argument("--max-len", type=int, default=1024)
    args = parser.parse_args()
    args.corpus.mkdir(parents=True, exist_ok=True)
    args.artifacts.mkdir(parents=True, exist_ok=True)
    if not args.log.is_file():
        args.log.write_text("# started\tinputs\tseconds\texit\n")
    deadline = time.time() + args.hours * 3600
    while (left := args.runs - logged_runs(args.log)) > 0 and time.time() < deadline:
        started = time.time()
        command = [
            sys.executable,
            str(HERE / "fuzz_parse.py"),
            f"-runs={left}",
            f"-max_len={args.max_len}",
            "-timeout=60",
            "-rss_limit_mb=4096",
            "-print_final_stats=1",
            f"-max_total_time={max(1, int(deadline - started))}",
            f"-artifact_prefix={args.artifacts}/",
            str(args.corpus),
        ]
        done = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
        output = done.stdout + done.stderr
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(started))
        with args.log.open("a") as log:
            log.write(f"{stamp}\t{_executed(output)}\t{time.time() - started:.0f}\t{done.returncode}\n")
        if done.returncode != 0:
            (args.artifacts / f"stretch-{stamp}.log").write_text(output[-20000:])
            if _executed(output) < _MIN_STRETCH:
                print("the fuzzer fails at its start (an input of the corpus?): see the artifacts")
                return 1
    print(f"{logged_runs(args.log):,} inputs logged in {args.log}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

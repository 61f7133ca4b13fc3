"""`python -m bench [GROUP ...]`: run benchmark groups, one JSON object per line per figure.

A group is a module `bench/<group>.py` that exposes one function:

    def figures() -> Iterator[dict]:
        "Yield one figure (see bench._figures.figure) at a time, as soon as it is measured."

Adding a group means adding that module; nothing here changes. Modules whose names start with
an underscore are helpers, not groups. With no GROUP every group runs, in alphabetical order.
Each line is flushed as it is produced, so a long run can be watched (or piped) as it goes, and
carries the machine's load average when it was printed (`load_1min`, `cpus`).
"""
import argparse
import importlib
import json
import os
import pkgutil
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available_groups() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if not m.name.startswith("_"))


def _with_machine_load(figure: dict) -> dict:
    """Wall clock figures mean little on a busy machine: say how busy it was when one was taken."""
    if hasattr(os, "getloadavg") and "load_1min" not in figure:
        figure = dict(figure, load_1min=round(os.getloadavg()[0], 2), cpus=os.cpu_count())
    return figure


def main(argv: list[str] | None = None) -> int:
    groups = available_groups()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("groups", nargs="*", metavar="GROUP", help=f"one of: {', '.join(groups)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [g for g in args.groups if g not in groups]
    if unknown:
        parser.error(f"unknown benchmark group {', '.join(map(repr, unknown))}; known groups: {', '.join(groups)}")
    for group in args.groups or groups:
        module = importlib.import_module(f"bench.{group}")
        for figure in module.figures():
            print(json.dumps(_with_machine_load(figure), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except Exception:  # noqa: BLE001 - any failure: its traceback, and exit 1
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 can crash while tearing its objects down at interpreter exit ("none_dealloc") after
    # a group that drove real widgets; every figure is already out, so leave without the teardown.
    os._exit(code)

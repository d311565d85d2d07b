"""Command line: ``python -m benchmarks [generate|search|import|startup|whatif|forms|all] …``.

``make bench`` runs ``all`` with the defaults: a registry of 1,000,000 enterprises (generated
once, a few minutes, then cached in ``.bench/``), search latency and browsing on it, CSV
imports of 10,000 and 100,000 rows, and start-up.  ``whatif`` measures the changes proposed in
``docs/performance.md``.  Each section prints Markdown for that page.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from benchmarks import (
    browse_bench,
    casefile_bench,
    forms_bench,
    generate,
    import_bench,
    report,
    search_bench,
    startup_bench,
    whatif,
)

COMMANDS = ("generate", "search", "import", "startup", "whatif", "forms", "casefile", "all")


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("command", nargs="?", default="all", choices=COMMANDS)
    parser.add_argument(
        "--size", type=int, default=1_000_000, help="enterprises in the search database"
    )
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument(
        "--workers", type=int, default=None, help="processes for pinyin (default: CPUs)"
    )
    parser.add_argument("--repeat", type=int, default=20, help="warm repetitions per query")
    parser.add_argument("--limit", type=int, default=50, help="search result limit")
    parser.add_argument(
        "--import-sizes", type=_sizes, default=[10_000, 100_000], help="e.g. 10000,100000"
    )
    parser.add_argument("--profile", action="store_true", help="also profile the first import")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs per variant")
    parser.add_argument(
        "--startup-registry",
        action="store_true",
        help="also start the app on a copy of the --size registry",
    )
    return parser.parse_args(argv)


def _generation(args: argparse.Namespace) -> generate.GenerationReport:
    result = generate.ensure(args.size, args.seed, args.workers, progress=_err)
    if result.cached:
        _err(f"Using cached {result.path.name} ({result.megabytes:.0f} MB)")
    return result


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _render_generation(result: generate.GenerationReport) -> str:
    if result.cached:
        return f"Registry: {result.path.name} (cached, {result.megabytes:.0f} MB)."
    rows = [(phase, f"{seconds:.1f}") for phase, seconds in result.seconds.items()]
    report.save(f"generate-n{result.size}", {"seconds": result.seconds, "workers": result.workers})
    title = (
        f"### Generating {result.size:,} enterprises ({result.workers} pinyin worker(s), "
        f"{result.megabytes:.0f} MB)"
    )
    return f"{title}\n\n" + report.table(("phase", "seconds"), rows)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    print(report.machine_line(), flush=True)
    sections: list[Callable[[], str]] = []
    needs_registry = args.command in ("generate", "search", "whatif", "all")
    needs_registry = needs_registry or args.startup_registry
    registry = _generation(args) if needs_registry else None
    if registry is not None:
        print("\n" + _render_generation(registry), flush=True)
    if args.command in ("search", "all"):
        assert registry is not None
        path = registry.path
        sections.append(lambda: search_bench.run(path, args.size, args.repeat, args.limit))
        sections.append(lambda: browse_bench.run(path, args.size))
    if args.command in ("import", "all"):
        sections.append(lambda: import_bench.run(args.import_sizes))
        if args.profile:
            sections.append(lambda: "```\n" + import_bench.profile(args.import_sizes[0]) + "```")
    if args.command == "whatif":
        assert registry is not None
        path = registry.path
        sections.append(lambda: whatif.run(path, args.limit))
    if args.command in ("startup", "all"):
        registry_path = registry.path if registry is not None and args.startup_registry else None
        sections.append(lambda: startup_bench.run(args.runs, registry_path))
    if args.command in ("forms", "all"):
        sections.append(lambda: forms_bench.run(repeat=args.repeat))
    if args.command in ("casefile", "all"):
        sections.append(lambda: casefile_bench.run())
    for section in sections:
        print("\n" + section(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Performance benchmarks for Field Inspector: ``python -m benchmarks [command] [options]``.

Not tests: nothing here asserts a time.  The figures go into ``docs/performance.md`` so that a
change which makes search, import or start-up slower shows up when the benchmarks are re-run.
Generated data (a registry of up to a million synthetic enterprises) is cached under
``.bench/``, which git ignores.
"""

# The dev loop: `just` runs lint and tests.

default: lint test

# Lint and type-check: ruff, then mypy on the installed package (flows, extractors and
# storage included; see scripts/typecheck).
lint:
    ruff check .
    ruff format --check .
    scripts/typecheck

# The whole test suite (PostgreSQL too when LLAMAWATCH_TEST_DATABASE_URL is set).
test:
    pytest

# Extraction quality against a labelled corpus (the shared dev corpus when present).
eval:
    python benchmarks/eval_dev.py

# Speed and memory figures.
bench:
    python benchmarks/extract_speed.py
    python benchmarks/resolve_bench.py
    python benchmarks/render_bench.py
    python benchmarks/fetch_bench.py
    python benchmarks/backfill_bench.py

# The README's first command: ingest the bundled demo archive.
demo:
    llamawatch run

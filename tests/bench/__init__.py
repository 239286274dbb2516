"""Side-by-side benchmarks: the platform against bare Starlette endpoints, in the same run.

Run with `make bench` (or `.venv/bin/python -m tests.bench`); results go to
var/bench/latest.json. This package is not collected by pytest.
"""

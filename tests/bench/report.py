"""The readable table and var/bench/latest.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = ROOT / "var" / "bench" / "latest.json"

_COLUMNS = (
    ("scenario", "name", "{}"),
    ("ratio", "ratio", "{:.3f}"),
    ("target", "target", "{:.2f}"),
    ("met", "met", "{}"),
    ("platform/s", "platform_rate", "{}"),
    ("baseline/s", "baseline_rate", "{}"),
    ("stmts/req", "statements_per_request", "{:.2f}"),
    ("cpu ratio", "cpu_ratio", "{:.3f}"),
    ("srv µs P/B", "server_cpu", "{}"),
    ("db µs P/B", "db_cpu", "{}"),
    ("p50 ms P/B", "p50", "{}"),
)


def _rate(units_per_s: float) -> str:
    # Heavy scenarios run well under one unit per second; whole numbers would show 0.
    return f"{units_per_s:,.0f}" if units_per_s >= 10 else f"{units_per_s:.2f}"


def _cells(entry: dict[str, Any]) -> list[str]:
    derived = {
        **entry,
        "platform_rate": _rate(entry["platform_units_per_s"]),
        "baseline_rate": _rate(entry["baseline_units_per_s"]),
        # A star: met, but against a client-capped baseline, so the margin is not real.
        "met": ("yes*" if entry["baseline_client_bound"] else "yes") if entry["met"] else "NO",
        "server_cpu": f"{entry['platform_server_cpu_us']}/{entry['baseline_server_cpu_us']}",
        # "?": backends that a churning pool closed took their CPU time with them.
        "db_cpu": f"{entry['platform_db_cpu_us']}"
        + ("?" if entry["platform_connections_opened"] else "")
        + f"/{entry['baseline_db_cpu_us']}",
        "p50": f"{entry['platform_p50_ms']:.1f}/{entry['baseline_p50_ms']:.1f}",
    }
    return [fmt.format(derived[key]) for _, key, fmt in _COLUMNS]


def table(results: list[dict[str, Any]], concurrency: int) -> str:
    rows = [[title for title, _, _ in _COLUMNS], *(_cells(e) for e in results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [
        "ratio = median over rounds of platform ÷ baseline throughput (units/s; a unit of"
        " organizations-1000 or events-1000 is 5 pages of 200).",
        "cpu ratio = baseline ÷ platform server CPU per unit; srv/db µs = CPU per unit in the"
        " server process / in Postgres backends.",
    ]
    for e in results:
        if e.get("concurrency", concurrency) != concurrency:
            notes.append(f"{e['name']}: {e['concurrency']} units in flight on each side.")
        if e["baseline_client_bound"]:
            notes.append(
                f"{e['name']}: the load generator kept a core busy while driving the baseline;"
                " its throughput is capped by the client, so the ratio overstates the platform"
                " (cpu ratio does not)."
            )
        if e["platform_connections_opened"]:
            notes.append(
                f"{e['name']}: the platform's pool opened {e['platform_connections_opened']}"
                " connections during measured rounds (churn beyond pool_size); its db µs"
                " undercounts."
            )
    return "\n".join([*lines, "", *notes])


def write(results: list[dict[str, Any]], meta: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"scenarios": results, "meta": meta}
    # Written whole then renamed, so a reader never sees half a file.
    tmp = path.with_suffix(".json.tmp")
    tmp.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n")
    tmp.replace(path)

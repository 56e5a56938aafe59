"""The follow-up benchmark runs once at a small size, so the script keeps working (its timings are not
judged here; the full-size figures are in the report of the run at 40,000 customers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.benchmarks.test_benchmarks_run import _run


@pytest.mark.slow
def test_followup_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_followup",
        "--customers",
        "150",
        "--invoices",
        "400",
        "--events",
        "60",
        "--repeat",
        "1",
        home=tmp_path,
    )
    # the busiest customer has its 60 entries and the two every customer has
    assert "call list (service)" in out and "timeline (62 entries) (service)" in out
    assert "call list page opening (service)" in out
    assert "checks, nothing to decide (after the list) (service)" in out
    assert out.count("ratio service / floor") == 5

"""The queue page benchmark runs once at a small size, so the script keeps working (timings not judged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.benchmarks.test_benchmarks_run import _run


@pytest.mark.slow
def test_queue_gui_benchmark_runs(tmp_path: Path) -> None:
    out = _run("benchmarks.bench_queue_gui", "--customers", "300", home=tmp_path)
    assert "search 'ozer' (accents)" in out
    assert "sort by overdue" in out
    assert "slowest answer" in out

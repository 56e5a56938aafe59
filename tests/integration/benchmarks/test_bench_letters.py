"""The letter batch benchmark runs once at a small size, so the script keeps working (timings not judged)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.benchmarks.test_benchmarks_run import _run


@pytest.mark.slow
def test_letters_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_letters",
        "--size",
        "30",
        "--repeat",
        "1",
        "--compare",
        "5",
        "--memory-sizes",
        "10,30",
        home=tmp_path,
    )
    assert "floor (no QR):" in out
    assert "ratio with QR / floor:" in out
    assert "30 of 30 letters on one page" in out
    assert re.search(r"peak memory, 30 letters with QR: \d+ MB", out)
    assert "naive qrcode" in out

"""Each benchmark runs once at a small size, so the scripts keep working (their timings are not judged)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(module: str, *arguments: str, home: Path) -> str:
    environment = {**os.environ, "DEBTORDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_import_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_import",
        *("--invoices", "300", "--customers", "120", "--repeat", "2"),
        home=tmp_path,
    )
    assert "CSV import end to end" in out
    assert ".xlsx import end to end" in out
    assert "ratio" in out
    assert "new=300 rejected=0" in out
    assert "re-import: unchanged=300 new=0" in out


@pytest.mark.slow
def test_views_benchmark_runs(tmp_path: Path) -> None:
    out = _run("benchmarks.bench_views", "--invoices", "300", "--customers", "120", home=tmp_path)
    assert "ms" in out


@pytest.mark.slow
def test_views_gui_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_views_gui", "--invoices", "300", "--customers", "120", home=tmp_path
    )
    assert "invoices: click header" in out


@pytest.mark.slow
def test_engine_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_engine",
        "--customers",
        "200",
        "--invoices",
        "500",
        "--repeat",
        "1",
        home=tmp_path,
    )
    assert "compute_queue:" in out and "per 100k invoices" in out
    assert "actions: " in out


@pytest.mark.slow
def test_queue_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_queue",
        "--invoices",
        "300",
        "--customers",
        "120",
        "--repeat",
        "1",
        home=tmp_path,
    )
    assert "ratio whole queue / floor" in out
    assert "peak memory" in out


@pytest.mark.slow
def test_queue_open_benchmark_runs(tmp_path: Path) -> None:
    out = _run(
        "benchmarks.bench_queue_open",
        "--invoices",
        "300",
        "--customers",
        "120",
        "--repeat",
        "1",
        home=tmp_path,
    )
    assert "opening 1: the whole queue at once" in out
    assert "first rows on screen, slowest of 1:" in out

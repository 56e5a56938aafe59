"""The outbox benchmark runs at a small size (its timings are not judged; its correctness is: no message
twice at the provider, every message sent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_outbox_benchmark_runs(tmp_path: Path) -> None:
    environment = {**os.environ, "DEBTORDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_outbox",
            "--size",
            "300",
            "--concurrency",
            "4",
            "--gui",
            "--repeat",
            "2",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.count("outbox end to end: 300 SMS") == 2
    assert "bare httpx floor, best of 2" in done.stdout
    assert done.stdout.count("duplicates: 0; sent 300 of 300") == 2
    assert "ratio outbox / bare (best against best)" in done.stdout
    assert "event loop while sending" in done.stdout

"""The batch goes to the print spooler as a PDF: a stand-in ``lp`` on PATH records what it got."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from debtordesk.domain.errors import UserError
from debtordesk.services.printing import list_printers, spool_pdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="CUPS commands: Linux and macOS")


def _fake(bin_dir: Path, name: str, body: str) -> None:
    script = bin_dir / name
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return folder


def test_the_pdf_goes_to_lp_with_printer_copies_and_title(fake_bin: Path, tmp_path: Path) -> None:
    log = tmp_path / "lp.args"
    _fake(
        fake_bin,
        "lp",
        f'printf "%s\\n" "$@" > "{log}"\necho "request id is Kantoor-7 (1 file(s))"\n',
    )
    pdf = tmp_path / "batch 12.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = spool_pdf(pdf, printer="Kantoor", copies=2, title="Batch 12")
    assert result.answer == "request id is Kantoor-7 (1 file(s))"
    assert log.read_text().splitlines() == [
        "-n", "2", "-d", "Kantoor", "-t", "Batch 12", "--", str(pdf),
    ]  # fmt: skip


def test_a_refusing_spooler_is_reported_with_its_words(fake_bin: Path, tmp_path: Path) -> None:
    _fake(fake_bin, "lp", 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as caught:
        spool_pdf(pdf, printer="Nope")
    assert caught.value.code == "print.failed"
    assert "does not exist" in str(caught.value.message.params["reason"])


def test_no_spooler_and_no_file_are_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as caught:
        spool_pdf(pdf)
    assert caught.value.code == "print.no_spooler"
    with pytest.raises(UserError) as caught:
        spool_pdf(tmp_path / "gone.pdf")
    assert caught.value.code == "print.file_missing"
    assert list_printers() == []


def test_printers_are_listed_from_lpstat(fake_bin: Path) -> None:
    _fake(fake_bin, "lpstat", 'printf "Kantoor\\nMagazijn\\n"\n')
    assert list_printers() == ["Kantoor", "Magazijn"]

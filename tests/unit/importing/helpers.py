"""Helpers for the import-reading tests: workbooks written with openpyxl, and issue lookups."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from string import Formatter
from typing import Any

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import CATALOGUE, render
from debtordesk.importing.model import ImportPreview, Issue


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Any]], **sheets: Sequence[Sequence[Any]]
) -> Path:
    """A workbook with ``rows`` on its first sheet (and further named sheets), written by openpyxl."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Openstaande posten"
    for row in rows:
        first.append(list(row))
    for name, content in sheets.items():
        sheet = book.create_sheet(name)
        for row in content:
            sheet.append(list(row))
    book.save(path)
    return path


def set_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells a cached value, as Excel leaves them (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in values.items():
        sheet, count = re.subn(
            rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", sheet
        )
        assert count == 1, f"no formula cell {cell}"
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def codes(issues: Sequence[Issue]) -> list[str]:
    return [issue.message.code for issue in issues]


def issue(preview: ImportPreview, code: str) -> Issue:
    """The one issue with ``code``."""
    found = [i for i in preview.issues if i.message.code == code]
    assert len(found) == 1, f"expected one {code}, got {codes(preview.issues)}"
    return found[0]


def complete(message: Message) -> None:
    """The message has a text in both languages, and a value for every placeholder in them."""
    assert message.code in CATALOGUE, message.code
    for template in CATALOGUE[message.code]:
        names = {name for _, name, _, _ in Formatter().parse(template) if name}
        assert names <= set(message.params), (message.code, names - set(message.params))


def rendered(issue_: Issue) -> tuple[str, str]:
    """The issue's message in English and Dutch, complete in both."""
    complete(issue_.message)
    return render(issue_.message, "en"), render(issue_.message, "nl")

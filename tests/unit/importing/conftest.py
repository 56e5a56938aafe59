"""Helpers for the import-reading tests: files written into tmp_path, previews built from them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from debtordesk.domain.enums import ImportKind
from debtordesk.importing import load_preview
from debtordesk.importing.model import Field, ImportPreview, ParseOptions

Preview = Callable[..., ImportPreview]


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """Write CSV text (or bytes) into a file; returns its path."""

    def write(content: str | bytes, name: str = "export.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


@pytest.fixture
def preview_csv(write_csv: Callable[..., Path]) -> Preview:
    """Write CSV text and preview it (kind, options, header_row and mapping as for load_preview)."""

    def preview(
        content: str | bytes,
        *,
        kind: ImportKind = ImportKind.OPEN_ITEMS,
        mapping: dict[Field, str] | None = None,
        header_row: int | None = None,
        **options: Any,
    ) -> ImportPreview:
        path = write_csv(content)
        return load_preview(
            path,
            kind=kind,
            options=ParseOptions(kind=kind, **options),
            mapping=mapping,
            header_row=header_row,
        )

    return preview

"""Payment QR codes for letters: the module matrix (in a process pool for big batches) and its drawing.

A code is error correction level M, at most version 13 (EPC069-12: 331 bytes of UTF-8), made by
:mod:`debtordesk.letters.qr_encoder` with the mask the ISO penalty rules choose. :class:`QrMatrix` keeps
the dark modules as horizontal runs in a few bytes, so a pool worker returns it cheaply and a batch of
thousands stays small. :func:`draw_qr` puts the code on a reportlab canvas as vector graphics: a white
square with the quiet zone of four modules, and every dark run as a rectangle of ONE filled path,
written in module units under one transformation, so a code costs the page a single format operation.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from debtordesk.domain.errors import UserError
from debtordesk.letters.qr_encoder import MAX_VERSION, byte_capacity, encode, smallest_version

log = logging.getLogger(__name__)

#: modules of white border on every side (ISO 18004 asks for four)
QUIET_ZONE = 4
#: the narrowest code the letters print: 25 mm in points
MIN_WIDTH_PT = 25 / 25.4 * 72
#: the most bytes a code holds (version 13, level M)
MAX_BYTES = byte_capacity(MAX_VERSION)
#: below this many codes a batch is encoded in this process (starting workers costs more than it saves)
POOL_THRESHOLD = 400
_CHUNK = 64
#: set by a frozen build's entry point after it called multiprocessing.freeze_support()
FROZEN_POOL_SAFE = False


@dataclass(frozen=True)
class QrMatrix:
    """One code's dark modules: ``runs`` holds (column, row, length) per horizontal run, one byte each,
    rows top to bottom and columns left to right (the matrix is at most 69 modules wide)."""

    version: int
    #: modules per side, without the quiet zone
    size: int
    mask: int
    runs: bytes

    def row_runs(self, row: int) -> tuple[tuple[int, int], ...]:
        """The (start column, length) runs of dark modules in one row."""
        runs = self.runs
        return tuple((runs[i], runs[i + 2]) for i in range(0, len(runs), 3) if runs[i + 1] == row)

    def rows(self) -> tuple[str, ...]:
        """The matrix as text, "#" dark and "." light, one string per row (for tests and debugging)."""
        grid = [["."] * self.size for _ in range(self.size)]
        runs = self.runs
        for i in range(0, len(runs), 3):
            column, row, length = runs[i], runs[i + 1], runs[i + 2]
            grid[row][column : column + length] = ["#"] * length
        return tuple("".join(line) for line in grid)

    def is_dark(self, row: int, column: int) -> bool:
        return any(start <= column < start + length for start, length in self.row_runs(row))


class CanvasLike(Protocol):
    """The part of ``reportlab.pdfgen.canvas.Canvas`` that :func:`draw_qr` uses (reportlab's names)."""

    def saveState(self) -> None: ...

    def restoreState(self) -> None: ...

    def setFillColorRGB(self, r: float, g: float, b: float) -> None: ...

    def rect(  # noqa: PLR0917 - reportlab's signature
        self, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0
    ) -> None: ...

    def transform(  # noqa: PLR0917 - reportlab's signature
        self, a: float, b: float, c: float, d: float, e: float, f: float
    ) -> None: ...

    def addLiteral(self, s: str) -> None: ...


def check_payload(payload: str) -> bytes:
    """The payload as UTF-8 bytes, refused when empty or too long for a version-13 code."""
    data = payload.encode("utf-8")
    if not data:
        raise UserError("letters.qr_empty")
    if len(data) > MAX_BYTES:
        raise UserError(
            "letters.qr_too_long", length=len(data), maximum=MAX_BYTES, start=payload[:40]
        )
    return data


def qr_matrix(payload: str, *, mask: int | None = None) -> QrMatrix:
    """The code for ``payload``: level M, the smallest version that holds it (at most 13).

    The mask is the one the ISO penalty rules score best, unless ``mask`` (0-7) fixes it.
    """
    data = check_payload(payload)
    version = smallest_version(len(data))
    assert version is not None  # check_payload keeps it within version 13
    code = encode(data, version=version, mask=mask)
    return QrMatrix(code.version, code.size, code.mask, _runs(code.modules, code.size))


def _runs(modules: int, size: int) -> bytes:
    """(column, row, length) of every horizontal dark run, rows top down."""
    count = size * size
    bits = np.unpackbits(
        np.frombuffer(modules.to_bytes((count + 7) // 8, "little"), dtype=np.uint8),
        bitorder="little",
    )[:count].reshape(size, size)
    padded = np.zeros((size, size + 2), dtype=np.int8)
    padded[:, 1:-1] = bits
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    out = np.empty((len(starts), 3), dtype=np.uint8)
    out[:, 0] = starts
    out[:, 1] = rows
    out[:, 2] = ends - starts
    return out.tobytes()


def _encode_chunk(payloads: Sequence[str]) -> list[QrMatrix]:
    return [qr_matrix(payload) for payload in payloads]


def default_workers() -> int:
    """Worker processes for a big batch: one per core this process may use, less the one it runs on
    (it encodes too, and renders the letters meanwhile); none on one or two cores, where a worker slowed
    the main process about as much as it helped (measured on a two-core machine)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores - 1 if cores >= 3 else 0


def qr_matrices(payloads: Sequence[str], *, workers: int | None = None) -> list[QrMatrix]:
    """The codes for many payloads, in order: across a process pool when the batch is big enough.

    ``workers`` is the number of worker processes (None: :func:`default_workers`; 0: none). Every
    payload is checked here first, so a bad one raises its :class:`UserError` before any work starts.
    """
    return list(iter_qr_matrices(payloads, workers=workers))


def iter_qr_matrices(
    payloads: Sequence[str], *, workers: int | None = None, ahead: int | None = None
) -> Iterator[QrMatrix]:
    """Like :func:`qr_matrices`, but yields the codes in order as they are ready.

    With a pool, the workers stay at most ``ahead`` chunks (default four per worker) in front of the
    caller, so a renderer that draws while the pool encodes keeps memory flat in the batch size.
    """
    for payload in payloads:
        check_payload(payload)
    count = default_workers() if workers is None else workers
    # a frozen build (PyInstaller) starts a spawned worker by running the program itself again, which
    # is only safe when its entry point calls multiprocessing.freeze_support() first
    if getattr(sys, "frozen", False) and not FROZEN_POOL_SAFE:
        count = 0
    if count < 1 or len(payloads) < POOL_THRESHOLD:
        return (qr_matrix(payload) for payload in payloads)
    return _pooled(payloads, min(count, len(payloads) // _CHUNK or 1), ahead)


def _pooled(payloads: Sequence[str], workers: int, ahead: int | None) -> Iterator[QrMatrix]:
    """Workers encode chunks ahead of the caller; a chunk not ready when the caller needs it is encoded
    here instead (and withdrawn from the pool when it has not started), so the caller never waits for a
    worker: not while the workers start, nor when it consumes faster than they encode."""
    chunks = [payloads[start : start + _CHUNK] for start in range(0, len(payloads), _CHUNK)]
    limit = max(1, ahead if ahead is not None else 4 * workers)
    # the first chunks are this process's own while the workers start
    submitted = min(len(chunks), workers)
    futures: dict[int, Future[list[QrMatrix]]] = {}
    done = 0
    # "spawn": forking a process with running threads (the GUI's) is unsafe; spawn also behaves the
    # same on Linux, Windows and macOS
    context = multiprocessing.get_context("spawn")
    pool: ProcessPoolExecutor | None = None
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        for index, chunk in enumerate(chunks):
            while submitted < len(chunks) and submitted - index < limit:
                futures[submitted] = pool.submit(_encode_chunk, chunks[submitted])
                submitted += 1
            future = futures.pop(index, None)
            if future is not None and future.done():
                results = future.result()
            else:
                if future is not None:
                    future.cancel()
                results = _encode_chunk(chunk)
            for matrix in results:
                done += 1
                yield matrix
    except BrokenProcessPool as problem:
        # a pool that cannot start (a locked-down machine, a frozen build without freeze_support)
        # must not stop the letters: finish in this process
        log.warning(
            "QR process pool failed after %d codes (%s); encoding in-process", done, problem
        )
        for payload in payloads[done:]:
            yield qr_matrix(payload)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def draw_qr(canvas: CanvasLike, matrix: QrMatrix, x: float, y: float, width: float) -> None:
    """Draw the code with its quiet zone in the square of ``width`` points at (x, y), bottom left.

    White square first (the quiet zone stays white on a tinted background), then the dark modules as
    one filled path without stroke, in module units: x to the right, y down from the code's top edge.
    """
    module = width / (matrix.size + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, width, width, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(
        module, 0, 0, -module, x + QUIET_ZONE * module, y + width - QUIET_ZONE * module
    )
    runs = matrix.runs
    canvas.addLiteral(("%d %d %d 1 re\n" * (len(runs) // 3)) % tuple(runs) + "f")
    canvas.restoreState()

"""Payment QR codes: drawn into a PDF, rendered at 200 dpi and decoded (zxing-cpp) back to the payload."""

from __future__ import annotations

import io
import pickle
import random
import re
from decimal import Decimal

import numpy as np
import pypdfium2 as pdfium
import pytest
import qrcode
import zxingcpp
from pypdf import PdfReader
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from segno import encoder as segno_encoder

from debtordesk.domain.epc import epc_payload
from debtordesk.domain.errors import UserError
from debtordesk.domain.references import make_betalingskenmerk, make_rf_reference
from debtordesk.letters import qr
from debtordesk.letters.qr import MIN_WIDTH_PT, QrMatrix, draw_qr, qr_matrices, qr_matrix
from debtordesk.letters.qr_encoder import _error_correction, _layout, encode, smallest_version

NAMES = (
    "Łukasz Wójcik",
    "Zoë de Vries",
    "Ngọc Anh Nguyễn",
    "Ömer Çelik",
    "Stichting Kinderopvang De Regenboog B.V.",
    "Åsa Ødegård-Schmidt",
)
MM = 72 / 25.4


def _epc(rng: random.Random, index: int) -> str:
    kind = ("rf", "kenmerk", "invoice_number")[index % 3]
    reference = {
        "rf": make_rf_reference(f"DOS{rng.randrange(10**12)}"),
        "kenmerk": make_betalingskenmerk(rng.randrange(10**15)),
        "invoice_number": f"F-2026/{rng.randrange(10**6):06d}",
    }[kind]
    return epc_payload(
        beneficiary=rng.choice(NAMES),
        iban="NL91ABNA0417164300",
        amount=Decimal(rng.randrange(1, 10**8)) / 100,
        reference=reference,
        reference_kind=kind,
        note=rng.choice(["", "Factuur voor " + rng.choice(NAMES)]),
    )


def _link(rng: random.Random) -> str:
    host = rng.choice(
        [
            "https://tikkie.me/pay/Regenboog/",
            "https://payment-links.mollie.com/payment/",
            "https://www.example-kinderopvang.nl/betalen?klant=12345&factuur=F-2026-000123&token=",
        ]
    )
    return host + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))


def _payloads(count: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    return [_epc(rng, i) if i % 2 else _link(rng) for i in range(count)]


def _image(matrix: QrMatrix, scale: int = 3) -> np.ndarray:
    """The matrix with its quiet zone as a grey image, ``scale`` pixels a module."""
    grid = np.array([[ch == "#" for ch in row] for row in matrix.rows()], dtype=bool)
    picture = np.where(np.pad(grid, 4), 0, 255).astype(np.uint8)
    return np.kron(picture, np.ones((scale, scale), dtype=np.uint8))


def _decode(image: object) -> list[zxingcpp.Barcode]:
    return list(zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))


def _pdf(payloads: list[str], width: float, *, background: bool = False) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for payload in payloads:
        if background:
            canvas.setFillColorRGB(0.6, 0.6, 0.6)
            canvas.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        draw_qr(canvas, qr_matrix(payload), 150 * MM, 30 * MM, width)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _render(pdf: bytes, dpi: int = 200) -> list[np.ndarray]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            for page in document
        ]
    finally:
        document.close()


# -- decoding from a rendered PDF -----------------------------------------------------------------------


@pytest.mark.parametrize("width_mm", [25, 30])
def test_codes_drawn_in_a_pdf_decode_to_the_exact_payload(width_mm: int) -> None:
    rng = random.Random(11)
    payloads = [_epc(rng, i) for i in range(6)] + [_link(rng) for _ in range(3)]
    payloads.append(
        epc_payload(
            beneficiary="Ngọc Anh Nguyễn",
            iban="NL91ABNA0417164300",
            amount=Decimal("1234.56"),
            reference="3201900001234567",
            reference_kind="kenmerk",
            note="Zoë de Vries, Łukasz Wójcik, Ömer Çelik",
        )
    )
    # the biggest code the letters print: 331 bytes, version 13, at 25 mm about 2.6 pixels a module
    payloads.append("https://example.org/?" + "é" * 155)
    assert len(payloads[-1].encode()) == 331
    pages = _render(_pdf(payloads, width_mm * MM))
    for payload, page in zip(payloads, pages, strict=True):
        found = _decode(page)
        assert len(found) == 1
        assert found[0].bytes == payload.encode("utf-8")
        assert found[0].text == payload
        assert found[0].ec_level == "M"
        assert int(found[0].extra["Version"]) == qr_matrix(payload).version <= 13


def test_quiet_zone_is_white_on_a_tinted_page() -> None:
    payload = _payloads(2)[1]
    matrix = qr_matrix(payload)
    width = MIN_WIDTH_PT
    assert width == pytest.approx(25 * MM)
    (page,) = _render(_pdf([payload], width, background=True), dpi=288)
    scale = 4  # pixels a point at 288 dpi
    left = round(150 * MM * scale)
    top = page.shape[0] - round((30 * MM + width) * scale)
    module = width * scale / (matrix.size + 8)
    side = round(width * scale)
    square = page[top : top + side, left : left + side]
    band = int(4 * module) - 2  # inside the four-module quiet zone, clear of anti-aliased edges
    for strip in (square[2:band], square[-band:-2], square[:, 2:band], square[:, -band:-2]):
        assert strip.min() >= 250, "the quiet zone must be white"
    # just outside the square the grey page shows, just inside the quiet zone the finder is dark
    assert 140 <= page[top - 3, left + side // 2] <= 170
    inner = int(4 * module) + 2
    assert square[inner, inner] < 60
    assert _decode(page)[0].text == payload


def test_one_filled_path_per_code_and_no_image() -> None:
    payloads = _payloads(3)
    reader = PdfReader(io.BytesIO(_pdf(payloads, 25 * MM)))
    for payload, page in zip(payloads, reader.pages, strict=True):
        content = page.get_contents()
        assert content is not None
        stream = content.get_data().decode("latin-1")
        operators = re.findall(r"(?m)(?:^|\s)(re|f\*?|S|s|B\*?|b\*?|Do|BI)(?=\s|$)", stream)
        runs = len(qr_matrix(payload).runs) // 3
        # one rectangle for the white square plus one per dark run; one fill each, no stroke, no image
        assert operators.count("re") == runs + 1
        assert [op for op in operators if op != "re"] == ["f*", "f"]
        resources = page.get("/Resources") or {}
        assert "/XObject" not in resources


# -- the matrix against independent implementations -------------------------------------------------------


def test_modules_equal_python_qrcode_for_the_same_version_and_mask() -> None:
    for index, payload in enumerate(_payloads(40)):
        data = payload.encode("utf-8")
        version = smallest_version(len(data))
        assert version is not None
        mask = index % 8
        ours = qr_matrix(payload, mask=mask)
        theirs = qrcode.QRCode(
            version=version, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask
        )
        theirs.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_8BIT_BYTE))
        theirs.make(fit=False)
        expected = tuple(
            "".join("#" if cell else "." for cell in row) for row in theirs.get_matrix()
        )
        assert ours.rows() == expected


def test_chosen_mask_is_the_one_segnos_penalty_rules_score_lowest() -> None:
    for payload in _payloads(24, seed=9):
        data = payload.encode("utf-8")
        version = smallest_version(len(data))
        assert version is not None
        scores = []
        for mask in range(8):
            code = encode(data, version=version, mask=mask)
            size = code.size
            rows = [
                bytearray((code.modules >> (r * size + c)) & 1 for c in range(size))
                for r in range(size)
            ]
            scores.append(segno_encoder.evaluate_mask(rows, size, size))
        assert qr_matrix(payload).mask == scores.index(min(scores))


def test_reed_solomon_matches_the_iso_18004_example() -> None:
    # ISO/IEC 18004 annex I: "01234567", version 1-M
    data = bytes.fromhex("10200C566180EC11EC11EC11EC11EC11")
    assert _error_correction(data, 10) == bytes.fromhex("A524D4C1ED36C7872C55")


@pytest.mark.parametrize("version", range(1, 14))
def test_layout_leaves_the_standard_remainder_bits(version: int) -> None:
    layout = _layout(version)
    assert layout.size == 17 + 4 * version
    remainder = 7 if 2 <= version <= 6 else 0
    assert layout.data_modules - layout.data_bits == remainder


# -- many codes decode ---------------------------------------------------------------------------------------


def test_three_hundred_codes_decode_exactly() -> None:
    payloads = _payloads(300, seed=21)
    for payload, matrix in zip(payloads, qr_matrices(payloads, workers=0), strict=True):
        found = _decode(_image(matrix))
        assert [barcode.bytes for barcode in found] == [payload.encode("utf-8")]
        assert int(found[0].extra["DataMask"]) == matrix.mask


@pytest.mark.parametrize("mask", range(8))
def test_every_fixed_mask_decodes(mask: int) -> None:
    for payload in _payloads(25, seed=30 + mask):
        matrix = qr_matrix(payload, mask=mask)
        found = _decode(_image(matrix))
        assert [barcode.bytes for barcode in found] == [payload.encode("utf-8")]
        assert int(found[0].extra["DataMask"]) == mask


def test_every_version_up_to_13_decodes() -> None:
    for version in range(1, 14):
        length = qr.byte_capacity(version)
        payload = "".join(chr(0x41 + (i * 7) % 26) for i in range(length))
        matrix = qr_matrix(payload)
        assert matrix.version == version
        assert matrix.size == 17 + 4 * version
        found = _decode(_image(matrix))
        assert [barcode.text for barcode in found] == [payload]


# -- limits and the batch ----------------------------------------------------------------------------------


def test_too_long_or_empty_payloads_are_refused() -> None:
    with pytest.raises(UserError) as caught:
        qr_matrix("é" * 166)  # 332 bytes
    assert caught.value.code == "letters.qr_too_long"
    assert caught.value.message.params["length"] == 332
    with pytest.raises(UserError) as caught:
        qr_matrix("")
    assert caught.value.code == "letters.qr_empty"
    with pytest.raises(UserError):
        qr_matrices(["a", "b" * 400], workers=0)


def test_matrix_is_small_and_picklable() -> None:
    matrix = qr_matrix(_payloads(2)[1])
    assert pickle.loads(pickle.dumps(matrix)) == matrix
    assert len(pickle.dumps(matrix)) < 2500
    assert matrix.is_dark(0, 0) and not matrix.is_dark(7, 7)
    assert matrix.row_runs(0)[0] == (0, 7)  # the top-left finder pattern


def test_pool_gives_the_same_codes_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qr, "POOL_THRESHOLD", 10)
    payloads = _payloads(400, seed=5)
    pooled = qr_matrices(payloads, workers=2)
    assert pooled == qr_matrices(payloads, workers=0)
    streamed = list(qr.iter_qr_matrices(payloads, workers=1, ahead=2))
    assert streamed == pooled


def test_frozen_build_encodes_in_process_unless_declared_safe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_pool(*_arguments: object) -> None:
        raise AssertionError("a frozen build without freeze_support must not start workers")

    monkeypatch.setattr(qr, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(qr, "_pooled", no_pool)
    monkeypatch.setattr(qr.sys, "frozen", True, raising=False)
    payloads = _payloads(3)
    assert qr_matrices(payloads, workers=2) == [qr_matrix(payload) for payload in payloads]
    monkeypatch.setattr(qr, "FROZEN_POOL_SAFE", True)
    with pytest.raises(AssertionError):
        qr_matrices(payloads, workers=2)

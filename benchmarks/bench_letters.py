"""Letter batch benchmark: 1,000 one-page letters with their payment QR codes against the same letters
without a QR code (the floor), in one run.

Targets (issue 4): with QR codes at most 3x the floor, and under 10 s absolute; memory flat in the
batch size. The letters are realistic: Dutch and foreign names with diacritics, one to three invoices,
every step template in both languages and tones, consumer and business customers, and a mix of EPC
codes (RF reference, betalingskenmerk, invoice number) and payment links.

Usage: python -m benchmarks.bench_letters [--size N] [--repeat N] [--workers N] [--memory-sizes A,B]
                                          [--compare N] [--profile] [--keep FILE.pdf]
Prints one line per measurement; never asserts timings (machines are noisy). Peak memory is measured
in a fresh process per size (the resident set's high-water mark, rendering with QR codes), so the two
figures compare batch sizes and nothing else.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from debtordesk.domain.epc import epc_payload
from debtordesk.domain.references import make_betalingskenmerk, make_rf_reference
from debtordesk.letters.model import (
    LetterContent,
    LetterInvoice,
    Payment,
    QrKind,
    Recipient,
    Sender,
)
from debtordesk.letters.render import BatchOptions, BatchResult, render_batch

TODAY = date(2026, 12, 16)
IBAN = "NL91ABNA0417164300"
FIRST = (
    "Zoë", "Łukasz", "Ömer", "Ngọc Anh", "Anna", "Jan", "Sanne", "Mohammed", "Fatima", "Daan",
    "Émilie", "Søren", "Chloë", "Jürgen", "Iñigo", "Thijs", "Aïcha", "Bạch Tuyết", "Noor", "Sem",
)  # fmt: skip
LAST = (
    "de Vries", "Wójcik", "Çelik", "Nguyễn", "Jansen", "van den Berg", "Bakker", "El Amrani",
    "Yılmaz", "Visser", "Smit", "Meijer", "Østergaard", "Müller", "Kowalczyk", "van Dijk",
)  # fmt: skip
STREETS = (
    "Dorpsstraat", "Kerkweg", "Stationsplein", "Prinses Beatrixlaan", "Oude Gracht",
    "Burgemeester van Roijensingel", "Hoofdstraat", "Julianaweg",
)  # fmt: skip
CITIES = ("Utrecht", "Amersfoort", "Zwolle", "Groningen", "Den Haag", "Nijmegen", "Eindhoven")
CONSUMER_STEPS = ("pre_reminder", "storno", "reminder_1", "reminder_2", "fourteen_day_letter")
BUSINESS_STEPS = ("business_reminder", "business_formal_letter")
LINKS = (
    "https://tikkie.me/pay/Zonnetje/{token}",
    "https://payment-links.mollie.com/payment/{token}",
    "https://betalen.zonnetje-kinderopvang.example/factuur?klant={customer}&token={token}",
)

SENDER = Sender(
    name="Zonnetje Kinderopvang",
    letterhead="Stichting Kinderopvang Zonnetje",
    address_line="Stationsweg 1",
    postcode="3811 MZ",
    city="Amersfoort",
    phone="033 123 45 67",
    email="debiteuren@zonnetje.example",
    website="www.zonnetje.example",
    coc_number="12345678",
    iban=IBAN,
    account_holder="Stichting Kinderopvang Zonnetje",
    bic="ABNANL2A",
)


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(length))


def build_letters(count: int, seed: int = 7) -> list[LetterContent]:
    """``count`` one-page letters: one to three invoices each, half EPC codes, half payment links."""
    rng = random.Random(seed)
    letters: list[LetterContent] = []
    for number in range(1, count + 1):
        business = rng.random() < 0.2
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if business:
            name = (
                f"{rng.choice(LAST).title()} {rng.choice(['B.V.', 'Installatietechniek', 'VOF'])}"
            )
        customer = f"K{number:06d}"
        step = rng.choice(BUSINESS_STEPS if business else CONSUMER_STEPS)
        fourteen = step == "fourteen_day_letter"
        # the 14-day letter's legal text is longer: with three invoices it takes a second page
        invoices = tuple(
            LetterInvoice(
                number=f"F2026-{number:05d}-{index + 1}",
                due_date=TODAY - timedelta(days=rng.randrange(15, 60)),
                open_amount=Decimal(rng.randrange(1500, 250_000)) / 100,
                invoice_date=TODAY - timedelta(days=rng.randrange(60, 90)),
            )
            for index in range(rng.randrange(1, 3 if fourteen else 4))
        )
        principal = sum((line.open_amount for line in invoices), Decimal("0.00"))
        costs = Decimal("40.00") if step == "business_formal_letter" else Decimal("0.00")
        amount = principal + costs
        kind = rng.choice(("rf", "kenmerk", "invoice_number"))
        reference = {
            "rf": make_rf_reference(f"D{number:08d}"),
            "kenmerk": make_betalingskenmerk(number * 97),
            "invoice_number": invoices[0].number,
        }[kind]
        link = None
        if rng.random() < 0.5:
            link = rng.choice(LINKS).format(token=_token(rng, 24), customer=customer)
            qr_kind, payload = QrKind.LINK, link
        else:
            qr_kind = QrKind.EPC
            payload = epc_payload(
                beneficiary=SENDER.account_holder,
                iban=IBAN,
                amount=amount,
                reference=reference,
                reference_kind=kind,
                bic=SENDER.bic,
            )
        letters.append(
            LetterContent(
                key=str(number),
                template=step,
                language=rng.choice(("nl", "nl", "nl", "en")),
                tone=rng.choice(("formal", "informal")),
                customer_type="business" if business else "consumer",
                customer_number=customer,
                letter_date=TODAY,
                sender=SENDER,
                recipient=Recipient(
                    name=name,
                    address_lines=(f"{rng.choice(STREETS)} {rng.randrange(1, 250)}",),
                    postcode=f"{rng.randrange(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
                    f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}",
                    city=rng.choice(CITIES),
                ),
                invoices=invoices,
                payment=Payment(
                    amount=amount,
                    reference=reference,
                    reference_kind=kind,
                    pay_by=TODAY + timedelta(days=14),
                    iban=IBAN,
                    beneficiary=SENDER.account_holder,
                    bic=SENDER.bic,
                    link_url=link,
                    qr_kind=qr_kind,
                    qr_payload=payload,
                ),
                step_name=step,
                costs=costs,
                costs_announced=Decimal("125.00") if fourteen else Decimal("0.00"),
                fourteen_day_letter=fourteen,
                salutation_name=name.split(" ")[0],
            )
        )
    return letters


def _render(letters: list[LetterContent], options: BatchOptions, target: Path) -> BatchResult:
    with target.open("wb") as out:
        return render_batch(letters, out, options=options)


def _best(repeat: int, work: Callable[[], BatchResult]) -> tuple[float, float, BatchResult]:
    """Best wall-clock and CPU seconds of ``repeat`` runs, and the last result."""
    best = best_cpu = float("inf")
    result: BatchResult | None = None
    for _ in range(max(1, repeat)):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    assert result is not None
    return best, best_cpu, result


def peak_memory(size: int, workers: int | None) -> None:
    """Render ``size`` letters with QR codes and print this process's peak resident set in MB."""
    letters = build_letters(size)
    with tempfile.TemporaryDirectory() as folder:
        result = _render(letters, BatchOptions(qr=True, qr_workers=workers), Path(folder) / "b.pdf")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"PEAK {size} {peak:.0f} {result.pages}")


def _peak_in_fresh_process(size: int, workers: int | None) -> tuple[float, int]:
    command = [sys.executable, "-m", "benchmarks.bench_letters", "--peak", str(size)]
    if workers is not None:
        command += ["--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=900)
    line = next(line for line in done.stdout.splitlines() if line.startswith("PEAK "))
    _, _, megabytes, pages = line.split()
    return float(megabytes), int(pages)


def compare_encoders(payloads: list[str]) -> None:
    """Milliseconds a code, encoding and drawing on a reportlab canvas, for the options measured."""
    import io

    import qrcode
    import segno
    from qrcode.constants import ERROR_CORRECT_M
    from reportlab.pdfgen.canvas import Canvas

    from debtordesk.letters.qr import draw_qr, qr_matrix

    def naive(canvas: Canvas, payload: str) -> None:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
        code.add_data(payload)
        code.make(fit=True)
        matrix = code.get_matrix()
        module = 72.0 / len(matrix)
        for row, cells in enumerate(matrix):
            for column, dark in enumerate(cells):
                if dark:
                    canvas.rect(
                        column * module, 72 - (row + 1) * module, module, module, stroke=0, fill=1
                    )

    def ours(canvas: Canvas, payload: str) -> None:
        draw_qr(canvas, qr_matrix(payload), 0, 0, 72)

    def segno_auto(canvas: Canvas, payload: str) -> None:
        segno.make_qr(payload, error="m", boost_error=False)

    def segno_fixed_mask(canvas: Canvas, payload: str) -> None:
        segno.make_qr(payload, error="m", boost_error=False, mask=0)

    def qrcode_fixed_mask(canvas: Canvas, payload: str) -> None:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, mask_pattern=0)
        code.add_data(payload)
        code.make(fit=True)

    def ours_fixed_mask(canvas: Canvas, payload: str) -> None:
        draw_qr(canvas, qr_matrix(payload, mask=0), 0, 0, 72)

    for label, draw in (
        ("naive qrcode (automatic mask, a rectangle per module), drawn", naive),
        ("segno, automatic mask, encoding only", segno_auto),
        ("segno, fixed mask, encoding only", segno_fixed_mask),
        ("qrcode, fixed mask, encoding only", qrcode_fixed_mask),
        ("DebtorDesk (all 8 masks scored, one path), drawn", ours),
        ("DebtorDesk with a fixed mask, drawn", ours_fixed_mask),
    ):
        canvas = Canvas(io.BytesIO(), pageCompression=1)
        started = time.perf_counter()
        for payload in payloads:
            draw(canvas, payload)
            canvas.showPage()
        canvas.save()
        elapsed = time.perf_counter() - started
        print(f"  {label}: {elapsed / len(payloads) * 1000:.2f} ms a code")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="letters per batch")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    parser.add_argument(
        "--workers", type=int, default=None, help="QR worker processes (default: the renderer's)"
    )
    parser.add_argument("--memory-sizes", default="", help="two batch sizes, e.g. 500,2000")
    parser.add_argument("--profile", action="store_true", help="profile one run with QR codes")
    parser.add_argument(
        "--compare",
        type=int,
        default=0,
        metavar="N",
        help="also time N codes with segno, qrcode and the naive drawing (QR part only, PDF saved)",
    )
    parser.add_argument("--keep", type=Path, help="also write the batch with QR codes here")
    parser.add_argument("--peak", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.peak:
        peak_memory(arguments.peak, arguments.workers)
        return 0

    started = time.perf_counter()
    letters = build_letters(arguments.size)
    epc = sum(letter.payment.qr_kind is QrKind.EPC for letter in letters)
    print(
        f"letters: {len(letters)} ({epc} EPC codes, {len(letters) - epc} payment links; "
        f"built in {time.perf_counter() - started:.2f} s; {os.cpu_count()} cores)"
    )
    floor_options = BatchOptions(qr=False, qr_workers=arguments.workers)
    qr_options = BatchOptions(qr=True, qr_workers=arguments.workers)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "batch.pdf"
        # warm up: fonts registered, templates compiled, QR layouts cached, modules imported
        _render(letters[:20], qr_options, target)
        floor, floor_cpu, plain = _best(
            arguments.repeat, lambda: _render(letters, floor_options, target)
        )
        floor_bytes = target.stat().st_size
        with_qr, with_qr_cpu, coded = _best(
            arguments.repeat, lambda: _render(letters, qr_options, target)
        )
        qr_bytes = target.stat().st_size
        one_page = sum(letter.pages == 1 for letter in coded.letters)
        if arguments.keep:
            arguments.keep.write_bytes(target.read_bytes())
        if arguments.profile:
            profile = cProfile.Profile()
            profile.enable()
            _render(letters, qr_options, target)
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(20)
    print(
        f"floor (no QR): {floor:.2f} s (CPU {floor_cpu:.2f} s), {plain.pages} pages, "
        f"{floor_bytes / 1e6:.1f} MB"
    )
    print(
        f"with QR codes: {with_qr:.2f} s (CPU {with_qr_cpu:.2f} s), {coded.pages} pages, "
        f"{qr_bytes / 1e6:.1f} MB; {one_page} of {len(coded.letters)} letters on one page"
    )
    print(f"ratio with QR / floor: {with_qr / floor:.2f} (target <= 3.0)")
    print(
        f"CPU ratio with QR / floor: {with_qr_cpu / floor_cpu:.2f} (this process only; the steadier "
        "figure on a busy machine, but it leaves out QR worker processes when a pool ran)"
    )
    print(f"absolute with QR: {with_qr:.2f} s (target < 10 s for 1,000 letters)")
    print(f"QR cost per letter: {(with_qr - floor) / len(letters) * 1000:.2f} ms")
    if arguments.compare:
        print(f"QR part alone, {arguments.compare} codes of this batch (encode + draw + save):")
        compare_encoders([letter.payment.qr_payload for letter in letters[: arguments.compare]])
    if arguments.memory_sizes:
        sizes = [int(size) for size in arguments.memory_sizes.split(",")]
        peaks = [(size, *_peak_in_fresh_process(size, arguments.workers)) for size in sizes]
        for size, megabytes, pages in peaks:
            print(f"peak memory, {size} letters with QR: {megabytes:.0f} MB ({pages} pages)")
        if len(peaks) >= 2:
            growth = peaks[-1][1] - peaks[0][1]
            print(
                f"memory growth from {peaks[0][0]} to {peaks[-1][0]} letters: {growth:+.0f} MB "
                "(flat = a few MB)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

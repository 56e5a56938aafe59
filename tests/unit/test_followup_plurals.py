"""The hand-over export and the prescription list say '1 vordering' and '1 dag', not
'1 vorderingen' (messages_followup.py)."""

from __future__ import annotations

from datetime import date

from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import render


def _both(code: str, **params: object) -> tuple[str, str]:
    message = Message(code, params)  # type: ignore[arg-type]
    return render(message, "en"), render(message, "nl")


def test_one_claim_in_a_handover_dossier_is_singular() -> None:
    written = {"number": "K-1", "name": "Jan", "open": "€ 10,00", "path": "/tmp/d"}
    en, nl = _both("handover.written", claims=1, **written)
    assert "1 claim," in en and "1 vordering," in nl and "vorderingen" not in nl
    en, nl = _both("handover.written", claims=3, **written)
    assert "3 claims," in en and "3 vorderingen," in nl


def test_the_prescription_list_counts_claims_and_days() -> None:
    day = date(2026, 11, 23)
    en, nl = _both("prescription.cli.total", count=1, days=1, date=day)
    assert en == "1 claim prescribes within 1 day of 2026-11-23 (or already has)."
    assert nl == "1 vordering verjaart binnen 1 dag na 23-11-2026 (of is al verjaard)."
    en, nl = _both("prescription.cli.total", count=2, days=90, date=day)
    assert en == "2 claims prescribe within 90 days of 2026-11-23 (or already have)."
    assert nl == "2 vorderingen verjaren binnen 90 dagen na 23-11-2026 (of zijn al verjaard)."
    _en, nl = _both("prescription.cli.none", days=1, date=day)
    assert nl == "Geen openstaande vordering verjaart binnen 1 dag na 23-11-2026."

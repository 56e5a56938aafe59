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


def test_the_follow_up_commands_count_customers_days_promises_and_terms() -> None:
    """'debtordesk calls' said '1 klanten te bellen' and '1 dagen', 'promises check' '1 beloften
    bekeken', 'arrangement' 'Totaal 999,00 in 1 termijnen' ('1 customers', '1 days', '1 terms')."""
    day = date(2026, 11, 23)
    en, nl = _both("cli.calls.total", count=1, date=day)
    assert en == "1 customer to call on 2026-11-23."
    assert nl == "1 klant te bellen op 23-11-2026."
    en, nl = _both("cli.calls.total", count=12, date=day)
    assert en == "12 customers to call on 2026-11-23."
    assert nl == "12 klanten te bellen op 23-11-2026."
    line = {"customer": "K1", "name": "Jan", "phone": "-", "overdue": "10,00", "reasons": "x"}
    en, nl = _both("cli.calls.line", days=1, **line)
    assert "10,00 overdue, 1 day: x" in en and "10,00 vervallen, 1 dag: x" in nl
    en, nl = _both("cli.calls.line", days=258, **line)
    assert "258 days: x" in en and "258 dagen: x" in nl
    en, nl = _both("cli.promises.total", count=1, date=day, kept=0, broken=1)
    assert en == "1 promise looked at on 2026-11-23: 0 kept, 1 broken."
    assert nl == "1 belofte bekeken op 23-11-2026: 0 nagekomen, 1 niet nagekomen."
    en, nl = _both("cli.promises.total", count=2, date=day, kept=1, broken=1)
    assert en.startswith("2 promises looked at") and nl.startswith("2 beloften bekeken")
    en, nl = _both("cli.arrangement.total", total="999,00", terms=1)
    assert en == "Total 999,00 in 1 term." and nl == "Totaal 999,00 in 1 termijn."
    en, nl = _both("cli.arrangement.total", total="999,00", terms=3)
    assert en == "Total 999,00 in 3 terms." and nl == "Totaal 999,00 in 3 termijnen."


def test_the_timeline_and_the_letters_count_terms_and_entries() -> None:
    """The timeline said 'Betalingsregeling: 999,00 in 1 termijnen' and 'Bevestigingsbrief ...
    (1 termijnen, ...)', the letter's reason '1 termijnen, samen ...', a refusal 'Kies hoogstens
    1 termijnen' and the timeline export '1 regels'."""
    made = {"total": "999,00", "first": "2026-12-01", "last": "2026-12-01", "invoices": "F1"}
    en, nl = _both("event.followup.arrangement_made", terms=1, **made)
    assert "999,00 in 1 term from" in en and "999,00 in 1 termijn van" in nl
    en, nl = _both("event.followup.arrangement_made", terms=2, **made)
    assert "999,00 in 2 terms from" in en and "999,00 in 2 termijnen van" in nl
    en, nl = _both("event.followup.confirmation_letter", terms=1, total="999,00", first="999,00")
    assert "(1 term, € 999,00 in total;" in en and "(1 termijn, samen € 999,00;" in nl
    en, nl = _both("arrangement.confirmation_reason", terms=1, total="999,00", made_on="x")
    assert "writing: 1 term, 999,00" in en and "bevestigd: 1 termijn, samen" in nl
    small = {"amount": "7,50", "minimum": "10,00"}
    en, nl = _both("arrangement.term_too_small", terms=1, **small)
    assert en.endswith("Choose at most 1 term.") and nl.endswith("Kies hoogstens 1 termijn.")
    en, nl = _both("arrangement.term_too_small", terms=4, **small)
    assert en.endswith("at most 4 terms.") and nl.endswith("hoogstens 4 termijnen.")
    en, nl = _both("timeline.export.subtitle", moment="x", count=1)
    assert en == "Exported on x: 1 entry" and nl == "Geëxporteerd op x: 1 regel"
    en, nl = _both("timeline.export.subtitle", moment="x", count=500)
    assert en == "Exported on x: 500 entries" and nl == "Geëxporteerd op x: 500 regels"

"""What a run does before it plans: bring the facts up to date that the ledger export alone does not.

1. Payment links: who paid through a link since the last check gets the "paid via link" hold
   (:func:`debtordesk.services.link_poll.poll_before_run`).
2. Promises and payment arrangements: a promise whose date (plus grace) has passed is judged kept or
   broken, and the terms of each arrangement get the payments allocated and are judged
   (:func:`debtordesk.services.followup.call_page.run_checks`). Without this, a run after importing a
   snapshot would plan a term reminder for a term the snapshot shows paid, or miss a broken promise's
   step, until someone opened the call list or ran ``promises check``.

The CLI's ``run`` and the queue page's Run both call :func:`before_run`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from debtordesk.providers.payment_links import PaymentLinkProvider
from debtordesk.services.database import Database
from debtordesk.services.followup.call_page import ChecksRun, run_checks
from debtordesk.services.link_poll import PollSummary, poll_before_run


@dataclass(frozen=True)
class BeforeRun:
    poll: PollSummary
    checks: ChecksRun


def before_run(
    db: Database, administration_id: int, today: date, link_provider: PaymentLinkProvider
) -> BeforeRun:
    """Poll the payment links, then decide the promises and arrangements of ``today``."""
    polled = poll_before_run(db, administration_id, link_provider)
    checks = run_checks(db, administration_id, today)
    return BeforeRun(poll=polled, checks=checks)

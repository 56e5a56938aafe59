"""Importing into the database, as the GUI and the CLI use it: reading options, plan, commit, history.

The work is split over import_plan (compare in memory), import_commit (write), import_history (list,
undo) and presets; this module is the one place callers import from.
"""

from __future__ import annotations

from debtordesk.db.engine import Database
from debtordesk.domain.enums import ImportKind
from debtordesk.importing.model import ParseOptions
from debtordesk.services.import_commit import commit_import
from debtordesk.services.import_history import batch_issues, list_batches, undo_last_batch
from debtordesk.services.import_plan import administration_of, default_customer_type, plan_import
from debtordesk.services.import_types import (
    BatchInfo,
    CommitOptions,
    ImportCounts,
    ImportPlan,
    ImportSummary,
    UndoSummary,
)
from debtordesk.services.org_settings import load_org_settings
from debtordesk.services.presets import (
    PresetInfo,
    delete_preset,
    find_preset,
    get_preset,
    list_presets,
    save_preset,
)


def parse_options_for(db: Database, administration: str | None, kind: ImportKind) -> ParseOptions:
    """How to read a file for this administration: its payment term, default type, language..."""
    with db.read() as session:
        administration_id, _ = administration_of(session, administration)
        settings = load_org_settings(session, administration_id)
    return ParseOptions(
        kind=kind,
        payment_term_days=settings.payment_term_days,
        default_currency=settings.default_currency,
        unknown_customer_type=default_customer_type(settings),
        detect_business_from_name=settings.detect_business_from_name,
        default_language=settings.default_language,
        phone_region=settings.default_phone_region,
    )


__all__ = [
    "BatchInfo",
    "CommitOptions",
    "ImportCounts",
    "ImportPlan",
    "ImportSummary",
    "PresetInfo",
    "UndoSummary",
    "batch_issues",
    "commit_import",
    "delete_preset",
    "find_preset",
    "get_preset",
    "list_batches",
    "list_presets",
    "parse_options_for",
    "plan_import",
    "save_preset",
    "undo_last_batch",
]

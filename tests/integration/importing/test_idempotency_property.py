"""Property: committing the same file again changes nothing, whatever the file and what came before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtordesk.db.engine import Database
from debtordesk.domain.enums import SnapshotMode
from debtordesk.importing.model import Field, ImportPreview, InvoiceData
from debtordesk.services.imports import CommitOptions, commit_import, plan_import

from .factory import DEFAULT_MAPPING, customer, data_tables, preview, wipe_imports

DUES = (date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1))
NAMES = ("Jan de Vries", "Özer Bakkerij B.V.", "Zoë Jansen", "Ngọc Anh")
MAPPING = {**DEFAULT_MAPPING, Field.EMAIL: "E-mail", Field.TAGS: "Labels"}


@st.composite
def invoices(draw: st.DrawFn) -> InvoiceData:
    cents = draw(st.integers(min_value=-50_000, max_value=200_000).filter(lambda c: c != 0))
    paid = draw(st.sampled_from(["none", "all", "part"]))
    open_cents = {"none": cents, "all": 0, "part": cents // 3}[paid]
    return InvoiceData(
        row=2,
        number=draw(st.sampled_from(["F1", "F2", "F3", "F4", "F5"])),
        customer_key=draw(st.sampled_from(["D1", "D2", "D3"])),
        due_date=draw(st.sampled_from(DUES)),  # the same number twice: instalment lines
        amount=Decimal(cents) / 100,
        open_amount=Decimal(open_cents) / 100,
        currency="EUR",
    )


@st.composite
def files(draw: st.DrawFn, day: date) -> ImportPreview:
    lines = draw(st.lists(invoices(), min_size=1, max_size=8))
    unique = list({line.key: line for line in lines}.values())
    customers = [
        customer(
            key,
            name=draw(st.sampled_from(NAMES)),
            tags=draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=2)),
            **({"email": f"{key.lower()}@example.nl"} if draw(st.booleans()) else {}),
        )
        for key in sorted({line.customer_key for line in unique})
    ]
    return preview(unique, customers, mapping=MAPPING, modified=day)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    first=files(date(2026, 11, 20)),
    second=files(date(2026, 11, 21)),
    mode=st.sampled_from(list(SnapshotMode)),
)
def test_importing_a_file_again_changes_nothing(
    db: Database, first: ImportPreview, second: ImportPreview, mode: SnapshotMode
) -> None:
    wipe_imports(db)
    options = CommitOptions(mode=mode, force=True)
    commit_import(db, first, options)
    plan = plan_import(db, second, options)
    applied = commit_import(db, second, options)
    assert applied.counts() == plan.counts()
    before = data_tables(db)

    again = commit_import(db, second, options)

    assert (again.new, again.updated, again.closed, again.reopened) == (0, 0, 0, 0)
    assert (again.customers_new, again.customers_updated) == (0, 0)
    assert again.unchanged == len(second.invoices)
    after = data_tables(db)
    for table in ("customer", "customer_tag", "invoice", "import_change", "customer_event"):
        assert after[table] == before[table], table

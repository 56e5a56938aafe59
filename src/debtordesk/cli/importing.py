"""The ``import`` command (a file into the database); ``imports`` and ``imports undo`` are registered
from :mod:`debtordesk.cli.import_history`.

Exit statuses as everywhere: 0 done, 2 refused (the database is unchanged then), 3 an environment
problem, 1 a bug. ``--json`` prints one object.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from debtordesk.cli.common import EXIT_OK, EXIT_REFUSED, error_payload, open_db, print_json, say
from debtordesk.cli.import_history import register_history
from debtordesk.domain.enums import ImportKind, SnapshotMode
from debtordesk.domain.errors import UserError
from debtordesk.domain.messages import Message
from debtordesk.i18n.catalogue import cli_help as _h
from debtordesk.i18n.catalogue import render
from debtordesk.importing.dates import DATE_ORDER_CHOICES
from debtordesk.importing.model import Field, ImportPreview, Issue

KINDS = {
    "open-items": ImportKind.OPEN_ITEMS,
    "customers": ImportKind.CUSTOMERS,
    "history": ImportKind.HISTORY,
}
#: errors listed one by one in the text output; the rest are counted (--json lists all)
LISTED_ERRORS = 100
#: warnings of one kind that each name their own row ("Rij 7 is een totaalregel"), listed one by one
LISTED_WARNINGS = 5


def register(subparsers: Any) -> None:
    from debtordesk.cli import add_json_flag

    run = subparsers.add_parser(
        "import",
        help=_h("import an open-items list, a customer list or a payment history (CSV or Excel)"),
        description=_h(
            "Read FILE, check every row, and import the valid rows in one transaction. "
            "A saved column mapping (preset) for the file is used automatically, with the sheet and "
            "header row it was saved with (as the import wizard does). The same "
            "file twice changes nothing. Exit status 2 when the file is refused; nothing is saved then."
        ),
    )
    run.add_argument(
        "file", metavar="FILE", type=Path, help=_h("the CSV, .xlsx, .xls or .ods file")
    )
    run.add_argument(
        "--kind",
        type=_kind_word,
        choices=sorted(KINDS),
        default="open-items",
        help=_h("what the file holds"),
    )
    run.add_argument("--preset", metavar="NAME", help=_h("use this saved column mapping"))
    run.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="extend",
        nargs="+",
        default=[],
        help=_h(
            "map fields to column headers (or column letters): --map amount=Bedrag due_date=C; "
            "may be repeated. Fields: {fields}",
            fields=", ".join(f.value for f in Field),
        ),
    )
    run.add_argument(
        "--sheet", metavar="NAME", help=_h("the sheet of a workbook (default: the first)")
    )
    run.add_argument(
        "--header-row",
        metavar="N",
        type=int,
        help=_h("spreadsheet row of the column headers (0: the file has none; default: found)"),
    )
    run.add_argument(
        "--snapshot",
        choices=[m.value for m in SnapshotMode],
        help=_h(
            "full: the file lists every open invoice of this source, so invoices missing from it "
            "are closed as paid; delta: only add and update (default: the preset's, else full)"
        ),
    )
    run.add_argument(
        "--date-order",
        choices=DATE_ORDER_CHOICES,
        help=_h(
            "how to read dates written in numbers, such as 03/04/2026: dmy is day-month-year "
            "(31-12-2026, the Dutch way), mdy is month-day-year (12/31/2026, American exports), "
            "ymd is year-month-day (26/12/31 for 2026/12/31); a date that does not fit the chosen "
            "order is a row error. auto: day first, unless a date in the file shows the month is "
            "first. "
            "Default: the preset's, else auto"
        ),
    )
    run.add_argument("--export-date", metavar="YYYY-MM-DD", help=_h("default: the file's date"))
    run.add_argument("--administration", metavar="CODE", help=_h("default: the first one"))
    run.add_argument(
        "--save-preset", metavar="NAME", help=_h("after importing, save the column mapping as NAME")
    )
    run.add_argument(
        "--dry-run",
        action="store_true",
        help=_h("only show what the import would do (exit status 2 if it would be refused)"),
    )
    run.add_argument(
        "--strict", action="store_true", help=_h("refuse the whole file on any row error")
    )
    run.add_argument(
        "--force",
        action="store_true",
        help=_h(
            "import an export older than the last one, or one that closes more than half "
            "of the open invoices"
        ),
    )
    add_json_flag(run)
    run.set_defaults(handler=run_import)

    register_history(subparsers)


def _kind_word(text: str) -> str:
    """``--kind`` as typed: ``open_items`` (as --json and 'imports --json' write it) is ``open-items``."""
    word = text.strip().replace("_", "-")
    return word if word in KINDS else text  # anything else is refused as typed


# ---------------------------------------------------------------------- import


def run_import(args: argparse.Namespace) -> int:
    from debtordesk.services.import_file import FileRequest, load_file
    from debtordesk.services.imports import CommitOptions, commit_import, plan_import, save_preset

    kind = KINDS[args.kind]
    if args.header_row is not None and args.header_row < 0:
        raise UserError("cli.import.header_row_negative", row=args.header_row)
    request = FileRequest(
        path=args.file,
        kind=kind,
        administration=args.administration,
        preset=args.preset,
        mapping=parse_mapping(args.map),
        sheet=args.sheet,
        header_row=args.header_row,
        date_order=args.date_order,
    )
    export_date = parse_export_date(args.export_date)
    db = open_db(args)
    try:
        try:
            loaded = load_file(db, request)
        except UserError as error:
            return _refuse_missing_column(args, error)
        preview = loaded.preview
        mode = SnapshotMode(args.snapshot) if args.snapshot else _preset_mode(loaded.preset)
        source = args.save_preset or (loaded.preset.name if loaded.preset else "default")
        options = CommitOptions(
            source=source,
            mode=mode,
            export_date=export_date,
            administration=args.administration,
            force=args.force,
            strict=args.strict,
        )
        if loaded.preset is not None and not args.json:
            code = "cli.import.preset_found" if loaded.preset_found else "cli.import.preset_used"
            say(Message(code, {"name": loaded.preset.name}))
            if args.date_order is None and loaded.preset.date_order != "auto":
                order = render(Message(f"import.date_order.{loaded.preset.date_order}"))
                say(
                    Message(
                        "cli.import.date_order_preset",
                        {"name": loaded.preset.name, "order": order},
                    )
                )
        if args.dry_run:
            plan = plan_import(db, preview, options)
            reason = plan.refusal or plan.confirmation_needed
            _report(args, preview, plan, plan.issues, batch=None, preset=loaded)
            if reason is not None and not args.json:
                sys.stderr.write(render(reason) + "\n")
            return EXIT_REFUSED if reason is not None else EXIT_OK
        try:
            summary = commit_import(db, preview, options)
        except UserError as error:
            if args.json:
                print_json(refusal_payload(error, preview))
            else:
                print_issues(preview.issues)
                sys.stderr.write(render(error.message) + "\n")
            return error.exit_code
        if args.save_preset:
            save_preset(
                db,
                name=args.save_preset,
                kind=kind,
                headers=preview.headers,
                mapping=preview.mapping,
                options=loaded.preset_options(mode),
                administration=args.administration,
            )
        _report(args, preview, summary, summary.issues, batch=summary.batch_id, preset=loaded)
        return EXIT_OK
    finally:
        db.dispose()


#: a refused file's missing column (import.missing_column.<code>) and the fields --map can name for it
_MAP_FIELDS = {
    "customer": (Field.CUSTOMER_NUMBER, Field.CUSTOMER_NAME),
    "amount_or_open": (Field.AMOUNT, Field.OPEN_AMOUNT),
    "due_date": (Field.DUE_DATE, Field.INVOICE_DATE),
}


def _refuse_missing_column(args: argparse.Namespace, error: UserError) -> int:
    """A file without a column the import needs: the refusal, and how to name the column with
    --map (the wizard asks for it on its columns page; the command line needs the option)."""
    prefix = "import.missing_column."
    if not error.code.startswith(prefix):
        raise error
    code = error.code[len(prefix) :]
    column = render(Message("cli.import.map_column"))
    fields = _MAP_FIELDS.get(code) or (Field(code),)
    example = render(Message("cli.import.map_or")).join(f"{f.value}={column}" for f in fields)
    hint = Message("cli.import.map_hint", {"example": example})
    if args.json:
        payload = error_payload(error)
        payload["error"]["hint"] = render(hint)
        print_json(payload)
    else:
        sys.stderr.write(render(error.message) + "\n" + render(hint) + "\n")
    return error.exit_code


def _preset_mode(preset: Any) -> SnapshotMode:
    saved = preset.options.get("mode") if preset is not None else None
    try:
        return SnapshotMode(saved) if isinstance(saved, str) else SnapshotMode.FULL
    except ValueError:
        return SnapshotMode.FULL


def _report(
    args: argparse.Namespace,
    preview: ImportPreview,
    result: Any,
    issues: Sequence[Issue],
    *,
    batch: int | None,
    preset: Any,
) -> None:
    """The outcome: one JSON object, or a short summary with the problems."""
    if args.json:
        reason = getattr(result, "refusal", None) or getattr(result, "confirmation_needed", None)
        payload: dict[str, Any] = {
            **result.counts(),
            "errors": [issue_json(i) for i in issues if i.severity.value == "error"],
            "warnings": [issue_json(i) for i in issues if i.severity.value == "warning"],
            "batch": batch,
            "dry_run": batch is None,
            "file": preview.file.name,
            "kind": result.kind.value,
            "mode": result.mode.value,
            "source": result.source,
            "export_date": result.export_date,
            "preset": preset.preset.name if preset.preset else None,
            "preset_found": preset.preset_found,
            "date_order": preview.options.date_order,
        }
        if reason is not None:
            payload["refusal"] = {"code": reason.code, "message": render(reason)}
        print_json(payload)
        return
    if batch is None:
        say(Message("cli.import.dry_run"))
    say(Message("cli.import.summary", {"file": preview.file.name, **result.counts()}))
    print_issues(issues)
    if batch is not None:
        say(Message("cli.import.saved", {"batch": batch}))


def issue_json(issue: Issue) -> dict[str, Any]:
    return {
        "row": issue.row,
        "column": issue.column,
        "value": issue.value,
        "message": render(issue.message),
        "code": issue.message.code,
    }


def print_issues(preview_issues: Sequence[Issue]) -> None:
    """Errors one by one (row, column, value, reason); warnings summarised per kind."""
    errors = [i for i in preview_issues if i.severity.value == "error"]
    warnings = [i for i in preview_issues if i.severity.value == "warning"]
    for issue in errors[:LISTED_ERRORS]:
        where = {
            "row": issue.row if issue.row is not None else "-",
            "column": issue.column or "-",
            "message": render(issue.message),
        }
        if issue.value:
            say(Message("cli.import.error_line", {**where, "value": issue.value}))
        else:
            say(Message("cli.import.error_line_empty", where))
    if len(errors) > LISTED_ERRORS:
        say(Message("cli.import.more_errors", {"count": len(errors) - LISTED_ERRORS}))
    if not warnings:
        return
    heading = "cli.import.warnings.one" if len(warnings) == 1 else "cli.import.warnings"
    say(Message(heading, {"count": len(warnings)}))
    by_code: dict[str, list[Issue]] = {}
    for issue in warnings:
        by_code.setdefault(issue.message.code, []).append(issue)
    for code, count in Counter(i.message.code for i in warnings).most_common():
        example = by_code[code][0]
        values: dict[str, Any] = {"count": count, "message": render(example.message)}
        if _names_its_row(example):
            # "Rij 972 is een totaalregel": each one as it is, the first few
            for issue in by_code[code][:LISTED_WARNINGS]:
                say(Message("cli.import.warning_line_file", {"message": render(issue.message)}))
            if count > LISTED_WARNINGS:
                say(Message("cli.import.more_warnings", {"count": count - LISTED_WARNINGS}))
        elif example.row is not None and count == 1:
            # once: the row it is about, without "1×" and "first in row"
            say(Message("cli.import.warning_line.one", {**values, "row": example.row}))
        elif example.row is not None:
            say(Message("cli.import.warning_line", {**values, "row": example.row}))
        elif count == 1:
            say(Message("cli.import.warning_line_file", values))
        else:
            say(Message("cli.import.warning_line_file_repeated", values))


def _names_its_row(issue: Issue) -> bool:
    """Whether the warning's text names the row it is about ("Rij 7 is een totaalregel")."""
    return issue.row is not None and str(issue.message.params.get("row_number")) == str(issue.row)


def parse_mapping(pairs: Sequence[str]) -> dict[Field, str]:
    mapping: dict[Field, str] = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not column.strip():
            raise UserError("cli.import.bad_map", value=pair)
        try:
            field = Field(name.strip().lower().replace("-", "_"))
        except ValueError:
            raise UserError(
                "cli.import.unknown_field",
                field=name.strip(),
                fields=", ".join(f.value for f in Field),
            ) from None
        mapping[field] = column.strip()
    return mapping


def parse_export_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("cli.import.bad_date", value=text) from None


def refusal_payload(error: UserError, preview: ImportPreview | None) -> dict[str, Any]:
    """The one JSON object of a refused import: the reason, and the rows in error if known."""
    payload = error_payload(error)
    if preview is not None:
        payload.update(
            {
                "new": 0,
                "updated": 0,
                "unchanged": 0,
                "closed": 0,
                "reopened": 0,
                "rejected": len(preview.rejected_rows),
                "customers_new": 0,
                "customers_updated": 0,
                "errors": [issue_json(i) for i in preview.errors],
                "warnings": [issue_json(i) for i in preview.warnings],
            }
        )
    return payload

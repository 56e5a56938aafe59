"""Reading open-items files into a validated preview; no database, no Qt.

The steps, each usable on its own (the import wizard calls them one by one)::

    info = inspect_file(path)                     # what the file is; refuses what cannot be read
    sheet = read_sheet(info, sheet_name)          # the cells, row numbers as the clerk sees them
    guess = detect_header(sheet, kind)            # the header row, below any title rows
    headers = headers_for(sheet, guess.index)
    mapping = auto_map(headers, kind)             # field -> column, from Dutch and English names
    preview = build_preview(info, sheet, guess.index, mapping, options)

or all at once: ``load_preview(path, kind=..., options=...)``.
"""

from debtordesk.importing.amounts import parse_amount
from debtordesk.importing.dates import parse_date
from debtordesk.importing.files import inspect_file
from debtordesk.importing.mapping import auto_map, detect_header, headers_for, required_fields
from debtordesk.importing.preview import build_preview, load_preview, refuse_bank_statement
from debtordesk.importing.readers import read_sheet

__all__ = [
    "auto_map",
    "build_preview",
    "detect_header",
    "headers_for",
    "inspect_file",
    "load_preview",
    "parse_amount",
    "parse_date",
    "read_sheet",
    "refuse_bank_statement",
    "required_fields",
]

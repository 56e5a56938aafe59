"""Messages of importing: reading files, mapping columns, validating rows, committing batches."""

MESSAGES: dict[str, tuple[str, str]] = {}

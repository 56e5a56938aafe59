"""Messages of the list and detail views (column titles live in the Qt UI; these are service texts).

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {}

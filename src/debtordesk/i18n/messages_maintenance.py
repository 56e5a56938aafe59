"""Messages of maintenance: backup, restore and the demo database.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {}

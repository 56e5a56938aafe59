"""Messages of the messaging package: each code maps to (English, Dutch) with {name} placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {}

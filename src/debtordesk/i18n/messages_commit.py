"""Messages of committing imports: batches, snapshots, presets, history and undo, timeline events.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {}

"""Everything PySide6."""

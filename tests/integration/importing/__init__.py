"""Integration tests of committing imports, presets, history, undo and the import CLI."""

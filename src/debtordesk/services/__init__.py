"""Use cases shared by the GUI, the CLI and the tests; each owns its session and transaction."""

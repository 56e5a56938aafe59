"""Benchmarks: scripts that compare DebtorDesk's work with the raw library floor and print ratios."""

"""Data files shipped with DebtorDesk: translations, templates, fonts, icons (not code)."""

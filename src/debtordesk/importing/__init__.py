"""Reading open-items files into a validated preview; no database, no Qt."""

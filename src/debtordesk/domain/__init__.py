"""Pure credit-management vocabulary: no Qt, no SQLAlchemy, no I/O."""

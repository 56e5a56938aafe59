"""Outside services behind small Protocols (payment links now; SMS and e-mail later): no database, no Qt."""

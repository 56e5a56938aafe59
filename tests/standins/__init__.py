"""Local stand-ins for the outside providers (payment links, SMS), strict about each contract."""

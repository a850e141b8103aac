"""Value types and normalization. No I/O, no Qt, no database."""

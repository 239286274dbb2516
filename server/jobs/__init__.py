"""Background jobs behind one `enqueue` interface: in-process (embedded) or arq (production)."""

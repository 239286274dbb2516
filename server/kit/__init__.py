"""Small shared building blocks: errors, pagination, tokens."""

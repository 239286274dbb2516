"""GraphQL object types: thin views built from rows, never the table classes themselves."""

"""Live events for GraphQL subscriptions: in memory (one process) or Redis pub/sub."""

"""The GraphQL API: types, resolvers (adapters over server services), loaders, permissions."""

"""HTTP routes that are not GraphQL: health, the web app, later feeds and webhooks."""

"""arq worker configuration; the job functions live in the domains' tasks.py."""

"""Staff accounts, login sessions and role checks."""

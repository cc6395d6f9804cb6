"""Interview plans, scheduling, scorecards, notes and the hiring manager dashboard."""

"""Job postings, their requirements, stages and hiring teams."""

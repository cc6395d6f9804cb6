"""Background task records: the state of queued work lives in the database."""

"""Applications, their documents and their screening results."""

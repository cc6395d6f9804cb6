"""The staff home page: what each role sees first after signing in."""

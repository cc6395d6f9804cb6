"""The public candidate portal: careers pages, the apply form and the private status page."""

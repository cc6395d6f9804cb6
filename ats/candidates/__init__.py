"""People who apply: one candidate per normalised email, with notes."""

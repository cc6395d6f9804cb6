"""Labelled evaluation set for the screening library: resumes, postings and their human labels."""

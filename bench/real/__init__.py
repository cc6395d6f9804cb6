"""Screening measured on real resumes (../shared/resumes-dev), beside the TF-IDF and phrase-count baselines."""

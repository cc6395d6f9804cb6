"""Moving applications through a job's stages, with history."""

"""Signals of the pipeline: higher packages (webhooks) hear of every stage change without being imported here."""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

# Sent by pipeline.services for every stage change, inside its transaction (listeners add rows; the service
# commits, or rolls back and the rows go with it): sender is the Flask app; keyword arguments application,
# event (the new StageEvent), from_stage and to_stage (JobStage).
stage_changed = _signals.signal("stage-changed")

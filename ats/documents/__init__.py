"""Serving stored documents: only through authorised views, always as attachments."""

"""The app's file store (one per configured directory)."""
from __future__ import annotations

from pathlib import Path

from flask import current_app


def file_store():
    """The FileStore rooted at STORAGE_DIR, created once per app."""
    from ats.storage import FileStore

    app = current_app._get_current_object()
    store = app.extensions.get("ats_file_store")
    if store is None:
        store = FileStore(Path(app.config["STORAGE_DIR"]))
        app.extensions["ats_file_store"] = store
    return store

"""The demo instance: two postings, their applicants and accounts, loaded once by `flask seed-demo`."""

from __future__ import annotations

from flask import Flask

from ats.demo import commands


def init_app(app: Flask) -> None:
    for command in commands.COMMANDS:
        app.cli.add_command(command)

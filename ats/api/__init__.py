"""The JSON API under /api/v1 (flask-smorest: the OpenAPI document is generated from these views), API
tokens, the public job feeds and apply endpoint for job boards, and webhooks."""

from __future__ import annotations

from flask import Flask

from ats import background, nav, worker
from ats.api import admin_views, applications_api, commands, jobs_api, people_api, public, webhook_events, webhooks
from ats.api.auth import BEARER
from ats.api.problems import AtsApi, IdConverter, id_schema
from ats.applications.signals import application_created, application_screened
from ats.extensions import csrf
from ats.pipeline.signals import stage_changed

API_VERSION = "1.0.0"
TOKEN_BLUEPRINTS = (jobs_api.blp, applications_api.blp, people_api.blp)


def init_app(app: Flask) -> None:
    """The API and its document (/api/v1/openapi.json), the feeds, the admin pages, the delivery task, the
    commands, and the webhook listeners on the domains' signals."""
    app.config.setdefault("API_TITLE", f"{app.config['COMPANY_NAME']} ATS API")
    app.config.setdefault("API_VERSION", API_VERSION)
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    app.config.setdefault("OPENAPI_URL_PREFIX", "/api/v1")
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    app.config.setdefault(
        "API_SPEC_OPTIONS",
        {
            "components": {"securitySchemes": BEARER},
            "info": {"description": "Staff endpoints take `Authorization: Bearer <token>` (tokens are made by "
                     "admins); errors are RFC 9457 problem documents."},
        },
    )  # fmt: skip
    app.url_map.converters["id"] = IdConverter
    api = AtsApi(app)
    api.register_converter(IdConverter, id_schema)
    for blueprint in (*TOKEN_BLUEPRINTS, public.blp):
        api.register_blueprint(blueprint)
        csrf.exempt(blueprint)  # bearer tokens or no credentials at all: no cookie for a forged request to use
    app.register_blueprint(public.pages)
    app.register_blueprint(admin_views.bp)
    worker.register_handler(webhooks.TASK_KIND, webhooks.deliver_task, queue="fast")
    background.register_periodic(webhooks.send_due)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
    application_created.connect(webhook_events.on_created)
    application_screened.connect(webhook_events.on_screened)
    stage_changed.connect(webhook_events.on_stage_changed)
    nav.register("api_admin.api_tokens", "API tokens", ("admin",), order=90)
    nav.register("api_admin.webhooks_page", "Webhooks", ("admin",), order=91)

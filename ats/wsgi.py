"""WSGI entry point for gunicorn: `gunicorn 'ats.wsgi:app'`."""
from ats import create_app
from ats.background import start_background

app = create_app()
start_background(app)

"""The config chain: defaults, then instance/config.py, then ATS_* variables, then explicit overrides."""

from pathlib import Path

from ats import create_app


def _instance(tmp_path: Path, body: str = "") -> Path:
    folder = tmp_path / "instance"
    folder.mkdir(parents=True)
    if body:
        (folder / "config.py").write_text(body)
    return folder


def test_defaults_apply_without_any_configuration(tmp_path, monkeypatch):
    monkeypatch.delenv("ATS_COMPANY_NAME", raising=False)
    app = create_app({"INSTANCE_PATH": str(_instance(tmp_path))})
    assert app.config["COMPANY_NAME"] == "Northwind Support Co."
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'instance' / 'ats.sqlite'}"
    assert app.config["STORAGE_DIR"] == str(tmp_path / "instance" / "files")
    assert app.config["MAX_CONTENT_LENGTH"] == 10 * 1024 * 1024


def test_instance_file_overrides_defaults_and_environment_overrides_instance(tmp_path, monkeypatch):
    folder = _instance(tmp_path, 'COMPANY_NAME = "From instance"\nMAX_UPLOAD_MB = 4\nMAIL_FROM = "x@instance"\n')
    monkeypatch.setenv("ATS_COMPANY_NAME", "From environment")
    app = create_app({"INSTANCE_PATH": str(folder)})
    assert app.config["COMPANY_NAME"] == "From environment"
    assert app.config["MAIL_FROM"] == "x@instance"
    assert app.config["MAX_CONTENT_LENGTH"] == 4 * 1024 * 1024


def test_explicit_overrides_win_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ATS_COMPANY_NAME", "From environment")
    app = create_app({"INSTANCE_PATH": str(_instance(tmp_path)), "COMPANY_NAME": "From test"})
    assert app.config["COMPANY_NAME"] == "From test"


def test_environment_values_are_parsed_as_json(tmp_path, monkeypatch):
    monkeypatch.setenv("ATS_WORKER_THREADS", "7")
    monkeypatch.setenv("ATS_SECURE_COOKIES", "true")
    app = create_app({"INSTANCE_PATH": str(_instance(tmp_path))})
    assert app.config["WORKER_THREADS"] == 7
    assert app.config["SESSION_COOKIE_NAME"] == "__Host-session"
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_secret_key_is_generated_once_into_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("ATS_SECRET_KEY", raising=False)
    folder = _instance(tmp_path)
    first = create_app({"INSTANCE_PATH": str(folder)}).config["SECRET_KEY"]
    second = create_app({"INSTANCE_PATH": str(folder)}).config["SECRET_KEY"]
    key_file = folder / "secret_key"
    assert first == second == key_file.read_text().strip()
    assert len(first) == 64
    assert key_file.stat().st_mode & 0o077 == 0
    other = create_app({"INSTANCE_PATH": str(_instance(tmp_path / "other"))}).config["SECRET_KEY"]
    assert other != first


def test_postgres_urls_use_psycopg3(tmp_path):
    app = create_app({"INSTANCE_PATH": str(_instance(tmp_path)), "DATABASE_URL": "postgres://u@h/db"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"


def test_redis_url_switches_the_worker_to_rq(tmp_path):
    app = create_app({"INSTANCE_PATH": str(_instance(tmp_path)), "REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert app.config["WORKER_MODE"] == "rq"
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/0"

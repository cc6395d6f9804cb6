# The ATS image for compose.yaml (web and worker run the same image). Not built by our CI: no Docker engine.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FLASK_APP=ats
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ats ./ats
COPY migrations ./migrations
COPY gunicorn.conf.py ./
RUN pip install --no-cache-dir '.[postgres,s3]' && useradd --create-home ats && mkdir -p /app/instance && chown ats /app/instance
USER ats
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]

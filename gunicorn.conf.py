"""gunicorn settings for the ATS: `gunicorn -c gunicorn.conf.py` (every value can be changed by environment).

Each worker process imports ats.wsgi, so each runs its own background loop (dispatching tasks, sending due
emails); with more than one worker, set ATS_REDIS_URL so rate limits are shared (the app warns otherwise).
"""

import os

wsgi_app = "ats.wsgi:app"
bind = os.environ.get("ATS_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("ATS_WEB_THREADS", "4"))
timeout = int(os.environ.get("ATS_WEB_TIMEOUT", "60"))  # uploads are parsed by workers, not here
graceful_timeout = 30
keepalive = 5
max_requests = 2000  # recycle workers now and then (memory growth in long-lived processes)
max_requests_jitter = 200
preload_app = False  # the app (and its background thread) is built in each worker, after the fork
limit_request_line = 8190
limit_request_fields = 100
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("ATS_ACCESS_LOG") or None  # with ATS_LOG_FORMAT=json the app logs each request
errorlog = "-"
proc_name = "ats-web"
# The app reads this to warn when several processes would keep rate-limit counters in memory.
os.environ.setdefault("ATS_WEB_PROCESSES", str(workers))

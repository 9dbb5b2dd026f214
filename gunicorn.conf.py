"""How the site is served (gunicorn reads this file from the folder it starts in); `make
load` and the gunicorn benchmarks use it too, so what they measure is what runs.

Threads: a request that waits for a child process (an evidence PDF part, a screenshot being
read: core/bounded.py) keeps one thread, not the whole worker; the worker's other threads
go on answering. Pages are short and mostly processor work, so a few threads per worker
are enough; the database gets workers × threads connections at most.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A request never needs longer: the bounded renders stop at 20 s (limits.json).
timeout = 30
# Every response closes its connection, as a sync worker's does. With keep-alive, a client
# that sent its next request just as the worker closed the idle connection got a reset (a
# make load run lost 1-3% of its requests so).
keepalive = 0

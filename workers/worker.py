"""Worker class for ``rq worker -w workers.worker.AppWorker``: builds the app once, before forking."""
from rq import Worker

from workers.jobs import get_app


class AppWorker(Worker):
    def __init__(self, *args, **kwargs):
        get_app()
        super().__init__(*args, **kwargs)

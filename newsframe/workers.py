"""Worker processes: how many a run may start, and none outliving the run that started it."""

from __future__ import annotations

import multiprocessing
import os
import threading


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system tells it), at least 1."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def exit_with_parent() -> None:
    """In a worker process: end it at once when the process that started it ends, however that ends (kill -9
    included), so that no worker keeps running, orphaned, after its run. A thread waits on the parent's sentinel,
    which the system marks ready when the parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()

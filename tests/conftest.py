"""Shared fixtures: the shipped article, parsed once per test session."""

from __future__ import annotations

import pytest
from sample_articles import ARTICLES

from newsframe import config, pipeline


@pytest.fixture(scope="session")
def seed_analysis() -> pipeline.Analysis:
    """The shipped article analyzed: article, docs and every table."""
    return pipeline.analyze(config.DEFAULT_ARTICLE)


@pytest.fixture(scope="session")
def seed_article(seed_analysis):
    """The shipped article as an Article."""
    return seed_analysis.article


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file under tmp_path and return its path: write(name, content)."""

    def _write(name: str, content: str | bytes):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def _analyze_sample(tmp_path_factory, name: str) -> pipeline.Analysis:
    """One of the test articles of sample_articles.py, written to a file and analyzed."""
    path = tmp_path_factory.mktemp("articles") / f"{name}.txt"
    path.write_text(ARTICLES[name], encoding="utf-8")
    return pipeline.analyze(path)


@pytest.fixture(scope="session")
def long_analysis(tmp_path_factory) -> pipeline.Analysis:
    """The article of long names and many dates, analyzed."""
    return _analyze_sample(tmp_path_factory, "long_names")


@pytest.fixture(scope="session")
def plain_analysis(tmp_path_factory) -> pipeline.Analysis:
    """The article without headline, date, names or time expressions, analyzed."""
    return _analyze_sample(tmp_path_factory, "plain")

"""newsframe: a news article as pandas tables and report-ready figures."""

__version__ = "0.2.0"

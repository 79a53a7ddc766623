# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 · The report
#
# One page per article. Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`), builds every
# table of notebooks 01–05 from it, and shows its headline, source and publication time, the key numbers, a summary
# in plain words and one figure combining the charts of notebooks 01–05. Writes the figure `06-report` (PNG, SVG
# and its data as CSV) to `figures/<article_id>/`. It needs no other notebook; `make report` turns this page and
# the others into HTML under `reports/<article_id>/`.

# %%
from IPython.display import Markdown

from newsframe import charts, config, findings, pipeline, summary

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article, tables = analysis.article, analysis.tables
Markdown(summary.header_markdown(article))

# %% [markdown]
# ## What does the article come to, in numbers?

# %%
Markdown(findings.in_numbers(article, tables))

# %%
summary.key_numbers(article, tables).set_index("measure")

# %% [markdown]
# ## What does it say, in a few sentences?
# Built from the tables: how many people, places and organisations it names, the most-named and where they appear,
# who is quoted and how often and who is named but never quoted, the overall tone with how often the tone label is
# right on news, the span of the dates it refers to, and the expressions that no calendar holds, by kind.

# %%
Markdown(summary.summary_markdown(article, tables))

# %% [markdown]
# ## What do the charts of notebooks 01–05 show, on one page?
# One printed page (at most 6.5 × 9 inches): the words and the polarity of each paragraph, row by row in reading
# order (notebooks 01 and 03); when the article names or quotes anyone, who is named most (02) beside who speaks,
# in words said, quoted or reported (05), or, when no one is quoted, beside the tone of the sentences around the
# names (03); when it dates events, the timeline (04). Panels are lettered in that order; the notebooks show every
# row.

# %%
fig, data = charts.plot_report(article, tables)
charts.save_figure(fig, "06-report", data, article.id);

# %%
Markdown(findings.report_page(data, tables))

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
# # 04 · Build the timeline
#
# Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`), finds its temporal expressions
# ("on Monday", "Sunday evening", "three and a half years", "recently"), resolves them against the publication
# time (never against today) to TimeML values and calendar dates, and dates the events they belong to. Writes
# `timeline.csv` to `data/<article_id>/` and the figure `04-timeline` (PNG, SVG and its data as CSV) to
# `figures/<article_id>/`. Runs alone in a fresh kernel.

# %%
from IPython.display import Markdown

from newsframe import charts, config, findings, pipeline, timeline

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article, timeline_table = analysis.article, analysis.tables["timeline"]

# %% [markdown]
# ## How far can these dates be trusted?
# Measured on public news annotated with TimeML (TempEval-3), by `benchmarks/timeline_timeml.py`.

# %%
Markdown(timeline.benchmark_markdown())

# %% [markdown]
# ## Against which moment are "Monday" and "recently" read?

# %%
Markdown(findings.reference_moment(article, timeline_table))

# %% [markdown]
# ## Which temporal expressions does the article use, what do they resolve to, and what happened then?

# %%
Markdown(findings.expressions_found(timeline_table, article.published))

# %%
timeline_table.drop(columns=["sentence"])

# %% [markdown]
# ## How many expressions are exact dates, relative to publication, or vague?

# %%
Markdown(findings.anchor_counts(timeline_table))

# %%
timeline_table.groupby(["anchor", "type"]).size().rename("expressions").reset_index()

# %% [markdown]
# ## When did the events happen, relative to publication?
# One row per dated expression, in time order from the top. The time axis is cut where long stretches hold nothing
# (// marks each cut); within each piece, distances are true. Expressions no calendar holds are counted under it.

# %%
Markdown(findings.events_in_time(timeline_table, article.published))

# %%
fig, data = charts.plot_timeline(
    timeline_table,
    article.published,
    title=charts.figure_title("Timeline of the events the article mentions", article),
    time_known=article.time_known,
)
charts.save_figure(fig, "04-timeline", data, article.id);

# %% [markdown]
# ## Save the table

# %%
pipeline.save_tables(analysis, ["timeline"])

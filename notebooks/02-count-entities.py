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
# # 02 · Count the entities
#
# Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`) and finds the people, places,
# organisations and other names it mentions: an entity recogniser trained on hand-annotated news (with the small
# English model's kinds of name) reads them, boundaries are repaired, short names folded into full ones and each
# entity's type decided from all its mentions (rules in `newsframe/entities.py`). Writes `mentions.csv`,
# `entities.csv` and `repairs.csv` to `data/<article_id>/` and the figures `02-entity-counts` and
# `02-entity-paragraphs` (PNG, SVG and their data as CSV) to `figures/<article_id>/`. It needs no other notebook.

# %%
from IPython.display import HTML, Markdown

from newsframe import charts, config, entities, findings, pipeline

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article = analysis.article
mentions, entities_table = analysis.tables["mentions"], analysis.tables["entities"]

# %% [markdown]
# ## How far can these counts be trusted?
# Measured on news annotated by hand (`benchmarks/entities_conllpp.py`): every mention of a person, place or
# organisation, right only when its span and its type are both right. The small model alone is the baseline.

# %%
Markdown(entities.benchmark_markdown())

# %% [markdown]
# ## Which names does the article mention, and where? (headline first; colours by the entity's type)

# %%
Markdown(findings.names_found(mentions, entities_table, analysis.tables["paragraphs"]))

# %%
HTML(charts.displacy_html(article, mentions))

# %% [markdown]
# ## Who and what is named most often? (mentions include the headline)

# %%
Markdown(findings.most_named(entities_table, analysis.tables["paragraphs"]))

# %%
entities_table.head(20)

# %%
fig, data = charts.plot_top_entities(
    entities_table, title=charts.figure_title("Most-mentioned people, places and organisations", article)
)
charts.save_figure(fig, "02-entity-counts", data, article.id);

# %% [markdown]
# ## Where in the article does each main entity appear?

# %%
Markdown(findings.where_named(mentions, entities_table, analysis.tables["paragraphs"]))

# %%
fig, data = charts.plot_entity_paragraphs(mentions, entities_table, [p.number for p in article.paragraphs],
                                          title=charts.figure_title("Where each main entity appears", article))
charts.save_figure(fig, "02-entity-paragraphs", data, article.id);

# %% [markdown]
# ## What did the repair rules change in the readers' output?
# (boundary fixes, the headline read in sentence case, short names folded into full ones, and each type decided
# from what the readers, titles and cue nouns said)

# %%
Markdown(findings.repairs_made(analysis.tables["repairs"]))

# %%
analysis.tables["repairs"]

# %% [markdown]
# ## Save the tables

# %%
pipeline.save_tables(analysis, ["mentions", "entities", "repairs"])

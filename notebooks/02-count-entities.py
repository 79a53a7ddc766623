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
# organisations and other names it mentions, with the model's spans repaired and short names folded into full
# ones (rules in `newsframe/entities.py`). Writes `mentions.csv`, `entities.csv` and `repairs.csv` to
# `data/<article_id>/` and the figures `02-entity-counts` and `02-entity-paragraphs` (PNG, SVG and their data as
# CSV) to `figures/<article_id>/`. It needs no other notebook.

# %%
from IPython.display import HTML, Markdown

from newsframe import charts, config, findings, pipeline

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
# ## What did the repair rules change in the model's output?
# (boundary fixes, labels from a cue noun, short names folded into full ones, and labels decided by a vote)

# %%
Markdown(findings.repairs_made(analysis.tables["repairs"]))

# %%
analysis.tables["repairs"]

# %% [markdown]
# ## Save the tables

# %%
pipeline.save_tables(analysis, ["mentions", "entities", "repairs"])

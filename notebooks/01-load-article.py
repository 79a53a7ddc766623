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
# # 01 · Load the article
#
# Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`) into pandas: its headline,
# publication time, paragraphs and sentences. Writes `article.json`, `paragraphs.csv` and `sentences.csv` to
# `data/<article_id>/` and the figure `01-paragraph-words` (PNG, SVG and its data as CSV) to
# `figures/<article_id>/`. Run it alone or after nothing: it needs no other notebook.

# %%
from IPython.display import Markdown

from newsframe import charts, config, findings, pipeline

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article = analysis.article
paragraphs = analysis.tables["paragraphs"]
sentences = analysis.tables["sentences"]

# %% [markdown]
# ## What is the article, and when was it published?

# %%
Markdown(findings.what_and_when(article))

# %% [markdown]
# ## What does each paragraph say? (paragraph 0 is the headline)

# %%
Markdown(findings.paragraph_contents(paragraphs))

# %%
paragraphs

# %% [markdown]
# ## How is it split into sentences?

# %%
Markdown(findings.sentence_split(sentences, paragraphs))

# %%
sentences.head(12)

# %% [markdown]
# ## How long is each paragraph?

# %%
Markdown(findings.paragraph_lengths(paragraphs))

# %%
fig, data = charts.plot_paragraph_words(paragraphs, title=charts.figure_title("Words per paragraph", article))
charts.save_figure(fig, "01-paragraph-words", data, article.id);

# %% [markdown]
# ## Save the tables

# %%
pipeline.save_tables(analysis, ["paragraphs", "sentences"])

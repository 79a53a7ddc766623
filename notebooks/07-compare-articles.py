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
# # 07 · Compare articles
#
# Reads the corpus tables that `python -m newsframe analyze INPUT... --out DIR` writes to `DIR/corpus/` (entities,
# quotes, article_sentiment, timeline, errors) and shows who is named and who speaks across the articles, the tone of
# each article in publication order, and one timeline of every dated event. By default it analyzes the project's own
# `seeds/` into `data/` first (articles whose tables are current are skipped), so it needs nothing from outside; given
# another `ARTICLE`, it compares that article with the seeds. Writes the figures `07-entities-across`,
# `07-speakers-across`, `07-tone-over-time` and `07-combined-timeline` to `figures/corpus/` (`figures/<article_id>/`
# for another article, and `figures/corpus-<DIR>-<hash of its path>/` for a `CORPUS` of your own).

# %%
from IPython.display import Markdown

from newsframe import charts, compare, findings

# %% tags=["parameters"]
# CORPUS: a folder of corpus tables (DIR/corpus from `analyze`); None means: analyze seeds/ into data/ and use that.
# ARTICLE, DATE: another article to compare with the seeds (its corpus goes under reports/<article_id>/).
CORPUS = None
ARTICLE = None
DATE = None

# %%
folder, name = (CORPUS, compare.corpus_figures_name(CORPUS)) if CORPUS else compare.seed_corpus(ARTICLE, DATE)
corpus = compare.load_corpus(folder)
compare.corpus_summary(corpus, folder)

# %% [markdown]
# ## Which articles are in the corpus?

# %%
Markdown(findings.corpus_articles(corpus["article_sentiment"], corpus["errors"]))

# %%
corpus["article_sentiment"]

# %% [markdown]
# ## Who is named across the articles?

# %%
Markdown(findings.named_across(corpus["entities"], corpus["article_sentiment"]))

# %%
fig, data = charts.plot_entities_across(corpus["entities"])
charts.save_figure(fig, "07-entities-across", data, name);

# %% [markdown]
# ## Who speaks across the articles?
# Named speakers only (a person, place or organisation the quoting article names): "officials" in one article and
# "officials" in another are not one source.

# %%
Markdown(findings.speakers_across_articles(corpus["quotes"], corpus["entities"], corpus["article_sentiment"]))

# %%
fig, data = charts.plot_speakers_across(corpus["quotes"], corpus["entities"])
charts.save_figure(fig, "07-speakers-across", data, name);

# %% [markdown]
# ## What is the tone of each article, in publication order?

# %%
Markdown(findings.article_tones(corpus["article_sentiment"]))

# %%
fig, data = charts.plot_tone_over_time(corpus["article_sentiment"])
charts.save_figure(fig, "07-tone-over-time", data, name);

# %% [markdown]
# ## What happened when, across all the articles?

# %%
Markdown(findings.corpus_dates(corpus["timeline"]))

# %%
fig, data = charts.plot_combined_timeline(corpus["timeline"], corpus["article_sentiment"])
charts.save_figure(fig, "07-combined-timeline", data, name);

# %% [markdown]
# ## Which articles could not be read?

# %%
Markdown(findings.unread(corpus["errors"]))

# %%
corpus["errors"]

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
# # 03 · Score the sentiment
#
# Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`) and scores the tone of every
# paragraph and sentence with two word lists, TextBlob (polarity and subjectivity) and VADER (compound score), and
# with the project's own label, `tone`: a model learned from human-labelled news sentences on the words and both
# lexicons (`newsframe/tone_model.py`, measured below). A paragraph's and the article's tone come from their
# sentences, weighted by length, the headline apart; the tone towards each named entity is read from the context of
# its own mentions. It tells quoted speech from the reporter's own words. Writes `paragraph_sentiment.csv`,
# `sentence_sentiment.csv` and `entity_sentiment.csv` to `data/<article_id>/` and the figures
# `03-paragraph-polarity`, `03-lexicon-agreement`, `03-entity-tone` and `03-quoted-vs-reporter` (PNG, SVG and their
# data as CSV) to `figures/<article_id>/`. It needs no other notebook.

# %%
import pandas as pd
from IPython.display import Markdown

from newsframe import charts, config, findings, pipeline, sentiment

pd.set_option("display.max_colwidth", 120)

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article, paragraphs = analysis.article, analysis.tables["paragraphs"]
paragraph_sentiment = analysis.tables["paragraph_sentiment"]
sentence_sentiment = analysis.tables["sentence_sentiment"]
entity_sentiment = analysis.tables["entity_sentiment"]

# %% [markdown]
# ## How far can these scores be trusted?
# Word-list scores are weak on news, where tone is often carried by facts rather than by emotional words. On
# human-labelled news sentences (NewsMTSC) the figures below were measured on articles held out from fitting and by
# cross-validation on the rest (`benchmarks/sentiment.py`); a macro-F1 of 0.33 is chance, and a fine-tuned
# transformer reaches about 0.83.

# %%
Markdown(sentiment.benchmark_markdown())

# %% [markdown]
# ## What is the article's tone?
# The tone of the largest share of the body's text, sentence by sentence; the headline apart. One rule sits on top of
# the model: where TextBlob and VADER both score far from zero on the same side, the tone is never the other side.

# %%
Markdown(findings.tone_of_article(paragraph_sentiment, paragraphs, sentence_sentiment))

# %% [markdown]
# ## Which paragraphs read positive or negative?
# TextBlob polarity in reading order: the bar's length is the polarity and its colour the polarity's sign; the
# combined tone label ("tone") and the subjectivity ("subj.") are written at the right.

# %%
Markdown(findings.paragraph_tones(paragraph_sentiment))

# %%
fig, data = charts.plot_paragraph_polarity(
    paragraph_sentiment, paragraphs, title=charts.figure_title("Polarity of each paragraph", article)
)
charts.save_figure(fig, "03-paragraph-polarity", data, article.id);

# %%
paragraph_sentiment

# %% [markdown]
# ## Does VADER agree with TextBlob? (each with its own best thresholds; disagreements in red)

# %%
Markdown(findings.lexicon_agreement(paragraph_sentiment))

# %%
fig, data = charts.plot_lexicon_agreement(
    paragraph_sentiment, paragraphs, title=charts.figure_title("TextBlob beside VADER", article)
)
charts.save_figure(fig, "03-lexicon-agreement", data, article.id);

# %% [markdown]
# ## Which sentences are the most positive and the most negative? (by the mean of polarity and VADER)

# %%
Markdown(findings.strongest_sentences(sentence_sentiment))

# %%
sentiment.extreme_sentences(sentence_sentiment)

# %% [markdown]
# ## What is the tone towards each main entity?
# `tone` and `tone_score` (P(positive) − P(negative), −1 … +1) read each sentence towards the entity's own mention
# there; the chart draws `tone_score` (dark grey) beside the mean lexicon scores of those sentences.

# %%
Markdown(findings.entity_tone(entity_sentiment, paragraphs))

# %%
fig, data = charts.plot_entity_tone(
    entity_sentiment, title=charts.figure_title("Tone towards the main entities", article)
)
charts.save_figure(fig, "03-entity-tone", data, article.id);

# %%
entity_sentiment.head(15)

# %% [markdown]
# ## Does quoted speech sound different from the reporter's own words?
# A sentence counts as quoted when more than half of its characters lie inside quotation marks.

# %%
Markdown(findings.quoted_vs_reporter(sentence_sentiment))

# %%
fig, data = charts.plot_voices(
    sentence_sentiment, title=charts.figure_title("Quoted speech and the reporter's words", article)
)
charts.save_figure(fig, "03-quoted-vs-reporter", data, article.id);

# %%
sentence_sentiment[sentence_sentiment["quoted"]]

# %% [markdown]
# Opinions often sit in a few quoted words inside the reporter's sentence; here is every quoted passage, scored alone.

# %%
sentiment.quotations(paragraphs)

# %% [markdown]
# ## Save the tables

# %%
pipeline.save_tables(analysis, ["paragraph_sentiment", "sentence_sentiment", "entity_sentiment"])

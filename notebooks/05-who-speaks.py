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
# # 05 · Who speaks
#
# Reads one article (by default the shipped `seeds/000_3c2c9fd14757d351.txt`) and finds who said what: every
# quotation and reported statement with its speaker, cue and tone (rules and measured accuracy in
# `newsframe/quotes.py`), gathered by speaker (`newsframe/speakers.py`): who is quoted and how often, in their own
# words or only reported, how many words of what was said each one has, the tone of what each says, and who is
# named but never heard. Writes `quotes.csv` to `data/<article_id>/` and the figures `05-speakers` and
# `05-speaker-tone` (PNG, SVG and their data as CSV) to `figures/<article_id>/`. It needs no other notebook.

# %%
import pandas as pd
from IPython.display import Markdown

from newsframe import charts, config, findings, pipeline, speakers

pd.set_option("display.max_colwidth", 120)

# %% tags=["parameters"]
# ARTICLE: path to an article file; None means the shipped seed article.
# DATE: its publication date, YYYY-MM-DD, used only when the file has no date line.
ARTICLE = None
DATE = None

# %%
analysis = pipeline.analyze(ARTICLE or config.DEFAULT_ARTICLE, DATE)
article, quotes, entities_table = analysis.article, analysis.tables["quotes"], analysis.tables["entities"]
speakers_table = speakers.speakers_table(quotes, entities_table, analysis.tables["paragraphs"])

# %% [markdown]
# ## Who is quoted, and how often?
# One row per source, most statements first: its kind (person, place, organisation, or an unnamed source such as
# "officials"), its statements by kind and by tone, the words of what it said, and how often the article names it.

# %%
Markdown(findings.who_is_quoted(quotes, entities_table, article))

# %%
speakers_table

# %% [markdown]
# ## What exactly was said, and by whom?
# Every attribution in reading order: what was said, its kind (direct: in quotation marks; partial: quoted words
# inside reported speech; reported: no quotation marks), the cue, the speaker as resolved (`speaker`: the name of
# `entities.csv` a pronoun or a description stands for) and as written (`speaker_text`), and the tone.

# %%
Markdown(findings.what_was_said(quotes, article, entities_table))

# %%
quotes[["paragraph", "kind", "cue", "speaker", "speaker_text", "tone", "text"]]

# %% [markdown]
# ## How much is quoted directly, and how much only reported?

# %%
Markdown(findings.direct_or_reported(quotes))

# %%
speakers.quote_kinds(quotes)

# %% [markdown]
# ## How much of the text does each speaker have?
# Bar length = words of what each one said, split by kind of statement; the number of statements at the bar's end.

# %%
Markdown(findings.words_per_speaker(quotes, entities_table, article))

# %%
fig, data = charts.plot_speaker_words(speakers_table, title=charts.figure_title("Who speaks, and how much", article))
charts.save_figure(fig, "05-speakers", data, article.id);

# %% [markdown]
# ## What is the tone of what each speaker says?
# Bar length = statements, split by the tone label of what was said (as in notebook 03, a rough guide).

# %%
Markdown(findings.tone_of_speakers(quotes, entities_table, article))

# %%
fig, data = charts.plot_speaker_tone(
    speakers_table, title=charts.figure_title("The tone of what each speaker says", article)
)
charts.save_figure(fig, "05-speaker-tone", data, article.id);

# %% [markdown]
# ## Who is named but never heard?
# The people and organisations the article names that no statement is attributed to, most named first.

# %%
Markdown(findings.never_heard(quotes, entities_table, analysis.tables["paragraphs"]))

# %%
speakers.unheard(entities_table, quotes, analysis.tables["paragraphs"])

# %% [markdown]
# ## Save the table

# %%
pipeline.save_tables(analysis, ["quotes"])

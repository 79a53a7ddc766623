"""The figures of notebook 03 (score the sentiment): the tone of each paragraph, TextBlob beside VADER, the tone
around the main entities, and quoted speech against the reporter's words.

Each chart returns (fig, data), data being exactly what is plotted. The scores come from `newsframe.sentiment`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..sentiment import TEXTBLOB_THRESHOLDS, TONES, VADER_THRESHOLDS, agreement, threshold_tone, voice_summary
from ..summary import PERCENT_FROM
from .style import (
    LEGEND_DROP,
    LEXICON_COLOURS,
    PALETTE,
    SIGN_COLOURS,
    TONE_COLOURS,
    figure_or_axes,
    finish_figure,
    legend_below,
    new_figure,
    patches,
    set_title,
    shorten,
    shorten_name,
    sign,
)


def paragraph_labels(paragraphs: pd.DataFrame, width: int = 34, numbered: bool = False) -> list[str]:
    """'n. First words…' for each paragraph, 'Headline: …' for paragraph 0; with `numbered`, only 'H', '1', '2' …"""
    if numbered:
        return ["H" if n == 0 else str(n) for n in paragraphs["paragraph"]]
    return [
        f"{n}. {shorten(t, width)}" if n else f"Headline: {shorten(t, width - 6)}"
        for n, t in zip(paragraphs["paragraph"], paragraphs["text"])
    ]


# Inches a row needs for its tick label (7-point type and a gap); in a lower row only every k-th is labelled.
TICK_ROW = 0.13


def thin_row_labels(ax, rows: int) -> int:
    """Label only every k-th row of a horizontal-bar chart when its rows are too low for a label each; returns k."""
    height = ax.get_position().height * ax.figure.get_figheight()
    step = max(1, int(np.ceil(TICK_ROW / (height / max(rows + 1, 1)))))
    for k, tick in enumerate(ax.get_yticklabels()):
        tick.set_visible(k % step == 0)
    return step


# The columns of text at the right of the polarity bars: (x in axes widths, heading, table column).
POLARITY_COLUMNS = ((1.03, "tone", "tone"), (1.17, "subj.", "subjectivity"))
# When the rows are too low for a word each: a square in the tone's colour, and a grey bar as long as the
# subjectivity out of SUBJECTIVITY_WIDTH axes widths, the whole of it (1, wholly subjective) a faint line.
SUBJECTIVITY_WIDTH = 0.07
GREY = TONE_COLOURS["neutral"]


def _row_marks(ax, x: float, column: str, values: pd.Series, rows: int) -> None:
    """Marks for one column right of the polarity bars, one on every row (see SUBJECTIVITY_WIDTH)."""
    height = ax.get_position().height * ax.figure.get_figheight() * 72 / max(rows, 1)  # points a row
    where = ax.get_yaxis_transform()
    y = np.arange(len(values))
    if column == "tone":
        colours = [TONE_COLOURS[v] for v in values]
        ax.scatter([x + 0.02] * len(y), y, s=(0.7 * height) ** 2, marker="s", c=colours, transform=where, clip_on=False)
        return
    ax.hlines(
        y,
        x,
        x + SUBJECTIVITY_WIDTH * values.to_numpy(),
        colors=GREY,
        linewidth=0.7 * height,
        transform=where,
        clip_on=False,
    )
    ax.hlines(y, x, x + SUBJECTIVITY_WIDTH, colors="#DDDDDD", linewidth=0.2, transform=where, zorder=0, clip_on=False)


def plot_paragraph_polarity(
    sentiment: pd.DataFrame, paragraphs: pd.DataFrame, title: str = "", ax=None, numbered: bool = False
):
    """Bars of TextBlob polarity per paragraph in reading order (length = polarity, colour = its sign), labelled
    with first words (only numbers with `numbered`); at the right, as text, each paragraph's tone label (in its tone
    colour) and subjectivity. Returns (fig, data); with `ax`, draws into that axes."""
    data = sentiment.merge(paragraphs[["paragraph", "text"]], on="paragraph", how="left")
    data.insert(1, "first_words", paragraph_labels(data))
    data = data.drop(columns="text")
    data["polarity_sign"] = data["polarity"].map(sign)
    fig, ax, own = figure_or_axes(ax, height=max(2.5, 0.26 * len(data) + 1.6))
    y = np.arange(len(data))
    colours = [SIGN_COLOURS[s] for s in data["polarity_sign"]]
    ax.barh(y, data["polarity"], color=colours)
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    ax.scatter(data["polarity"], y, color=colours, s=10, zorder=3)  # a dot, so a zero-polarity row still shows
    ax.set_yticks(y, paragraph_labels(data, numbered=True) if numbered else data["first_words"])
    ax.set_ylim(len(data) - 0.5, -0.5)  # reading order top-down
    limit = max(0.25, float(data["polarity"].abs().max() or 0) * 1.15)
    ax.set_xlim(-limit, limit)
    ax.set_xlabel("TextBlob polarity (−1 negative … +1 positive)")
    step = thin_row_labels(ax, len(data)) if numbered else 1
    size = 6.5 if numbered else 7
    for x, heading, column in POLARITY_COLUMNS:  # headings just above the axes, values beside their rows
        ax.annotate(
            heading,
            (x, 1),
            xycoords="axes fraction",
            xytext=(0, 5),
            textcoords="offset points",
            va="bottom",
            fontsize=size,
            color="#555555",
        )
        if step > 1:  # rows too low for text: a mark on every row, none left out
            _row_marks(ax, x, column, data[column], len(data))
            continue
        for k, value in enumerate(data[column]):
            text, colour = (value[:3], TONE_COLOURS[value]) if column == "tone" else (f"{value:.2f}", "#555555")
            ax.text(x, k, text, transform=ax.get_yaxis_transform(), va="center", fontsize=size, color=colour)
    if step > 1:
        marks = {"negative": SIGN_COLOURS["negative"], "positive": SIGN_COLOURS["positive"]}
        legend_below(ax, patches(marks), title="colour: the polarity's sign (bars), the tone (squares; grey neutral)")
    else:
        signs = {"negative polarity": SIGN_COLOURS["negative"], "positive polarity": SIGN_COLOURS["positive"]}
        legend_below(ax, patches(signs), title="bar colour: the sign of the polarity")
    set_title(ax, title or "Polarity of each paragraph, in reading order", own)
    finish_figure(fig, own)
    return fig, data


def lexicon_agreement_data(sentiment: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The rows of the agreement chart: paragraph, first_words, polarity, vader, tone, and each lexicon's own tone
    with its thresholds (textblob_tone, vader_tone) and whether they agree."""
    data = sentiment[["paragraph", "polarity", "vader", "tone"]].merge(
        paragraphs[["paragraph", "text"]], on="paragraph", how="left"
    )
    data.insert(1, "first_words", paragraph_labels(data, 30))
    data = data.drop(columns="text")
    data["textblob_tone"] = data["polarity"].map(lambda s: threshold_tone(s, TEXTBLOB_THRESHOLDS))
    data["vader_tone"] = data["vader"].map(lambda s: threshold_tone(s, VADER_THRESHOLDS))
    data["agree"] = data["textblob_tone"] == data["vader_tone"]
    return data


def plot_lexicon_agreement(sentiment: pd.DataFrame, paragraphs: pd.DataFrame, title: str = ""):
    """TextBlob polarity and VADER compound side by side per paragraph, with each lexicon's own tone (textblob_tone,
    vader_tone) and whether they agree; the agreement rate in the title. Returns (fig, data)."""
    data = lexicon_agreement_data(sentiment, paragraphs)
    fig, ax = new_figure(height=max(2.5, 0.3 * len(data) + 1.2))
    y = np.arange(len(data))
    ax.barh(y - 0.2, data["polarity"], height=0.4, color=LEXICON_COLOURS["TextBlob"], label="TextBlob polarity")
    ax.barh(y + 0.2, data["vader"], height=0.4, color=LEXICON_COLOURS["VADER"], label="VADER compound")
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    ax.set_yticks(y, data["first_words"])
    for tick, agree in zip(ax.get_yticklabels(), data["agree"]):
        tick.set_color(PALETTE["black"] if agree else PALETTE["vermillion"])
    ax.set_ylim(len(data) - 0.5, -1.2)  # reading order top-down, with a row of room for the column heading
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("score (−1 negative … +1 positive)")
    legend_below(ax)
    for k, (tb, vd, agree) in enumerate(zip(data["textblob_tone"], data["vader_tone"], data["agree"])):
        ax.text(
            1.01,
            k,
            f"{tb[:3]} / {vd[:3]}",
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=7,
            color=PALETTE["grey"] if agree else PALETTE["vermillion"],
        )
    ax.text(
        1.01,
        -1.0,
        "TextBlob / VADER",
        transform=ax.get_yaxis_transform(),
        va="center",
        fontsize=7,
        color=PALETTE["grey"],
    )
    rate = agreement(data)
    share = f" ({rate:.0%})" if len(data) >= PERCENT_FROM else ""  # no percentage of a handful of paragraphs
    head, _, sub = (title or "TextBlob beside VADER").partition("\n")
    fig.suptitle(head, x=0.02, ha="left", fontweight="bold", fontsize=10)
    ax.set_title(
        (f"{sub}\n" if sub else "")
        + f"Same label in {data['agree'].sum()} of {len(data)} paragraphs{share}, disagreements in red.\n"
        f"TextBlob: negative below {TEXTBLOB_THRESHOLDS[0]:g}, positive above {TEXTBLOB_THRESHOLDS[1]:g}\n"
        f"VADER: negative below {VADER_THRESHOLDS[0]:g}, positive above {VADER_THRESHOLDS[1]:g}",
        loc="left",
        fontsize=7,
        fontweight="normal",
    )
    fig.tight_layout()
    return fig, data


# A mean over one sentence is that sentence's score, so the chart prefers entities named in at least this many.
# The learned tone towards an entity: a colour no other measure uses.
TONE_TOWARDS_COLOUR = "#555555"
ENTITY_TONE_MIN_SENTENCES = 2
ENTITY_TONE_TOP = 10
ENTITY_TONE_MIN_ROWS = 3
# Characters of an entity's name shown on the axis (the CSV keeps it whole).
ENTITY_LABEL_WIDTH = 28


def plot_entity_tone(
    entity_sentiment: pd.DataFrame,
    n: int = ENTITY_TONE_TOP,
    min_sentences: int = ENTITY_TONE_MIN_SENTENCES,
    title: str = "",
    ax=None,
    label_chars: int = ENTITY_LABEL_WIDTH,
):
    """The tone towards each of the n most-mentioned entities (the learned `tone_score`, P(positive) − P(negative),
    read towards the entity's own mentions), beside the mean TextBlob polarity and VADER compound of the sentences
    naming it: those in at least `min_sentences` sentences, or every entity when none is. Returns (fig, data); with
    `ax`, draws into that axes."""
    found = entity_sentiment[entity_sentiment["sentences"] >= 1]
    enough = found[found["sentences"] >= min_sentences]
    data = (enough if len(enough) else found).head(n).reset_index(drop=True)
    fig, ax, own = figure_or_axes(ax, height=max(2.2, 0.34 * len(data) + 1.8))
    set_title(ax, title or "Tone towards each main entity", own)
    ax.set_xlabel("mean over the sentences naming the entity, −1 … +1\n(number of sentences in brackets)")
    if data.empty:
        ax.text(0.5, 0.5, "no named entity in this article", transform=ax.transAxes, ha="center", va="center")
        ax.set_yticks([])
        ax.set_xticks([])
        finish_figure(fig, own)
        return fig, data
    y = np.arange(len(data))
    learned = "tone_score" in data
    height = 0.28 if learned else 0.4
    offsets = (-height, 0.0, height) if learned else (-0.2, 0.2)
    if learned:  # the tone the notebook and the report speak of, first
        ax.barh(
            y + offsets[0],
            data["tone_score"],
            height=height,
            color=TONE_TOWARDS_COLOUR,
            label="tone towards the entity (learned: P(positive) − P(negative))",
        )
    ax.barh(
        y + offsets[-2],
        data["polarity_mean"],
        height=height,
        color=LEXICON_COLOURS["TextBlob"],
        label="TextBlob polarity",
    )
    ax.barh(y + offsets[-1], data["vader_mean"], height=height, color=LEXICON_COLOURS["VADER"], label="VADER compound")
    ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
    ax.set_yticks(y, [f"{shorten_name(e, label_chars)} ({k})" for e, k in zip(data["entity"], data["sentences"])])
    ax.set_ylim(max(len(data), ENTITY_TONE_MIN_ROWS) - 0.5, -0.5)  # top down; a lone entity's bars no thicker
    shown = ["polarity_mean", "vader_mean"] + (["tone_score"] if learned else [])
    limit = max(0.25, float(np.nanmax(np.abs(data[shown].to_numpy(dtype=float)))) * 1.2)
    ax.set_xlim(-limit, limit)
    legend_below(ax, drop=LEGEND_DROP + 0.13)
    finish_figure(fig, own)
    return fig, data


def plot_voices(sentence_sentiment: pd.DataFrame, title: str = ""):
    """Quoted speech against the reporter's words: tone shares (stacked) and mean subjectivity. Returns (fig, data)."""
    data = voice_summary(sentence_sentiment)
    fig, (left, right) = new_figure(height=2.8, ncols=2, gridspec_kw={"width_ratios": [3, 1.4]})
    y = np.arange(len(data))
    names = [f"{v} ({k})" for v, k in zip(data["voice"], data["sentences"])]
    start = np.zeros(len(data))
    for tone in TONES:
        share = data[f"share_{tone}"].to_numpy()
        left.barh(y, share, left=start, color=TONE_COLOURS[tone], label=tone)
        for k, (s0, s) in enumerate(zip(start, share)):
            if s >= 0.08:
                left.text(s0 + s / 2, k, f"{s:.0%}", ha="center", va="center", fontsize=7, color="white")
        start += share
    left.set_yticks(y, names)
    left.invert_yaxis()
    left.set_xlim(0, 1)
    left.set_xlabel("share of sentences by tone label")
    legend_below(left)
    right.barh(y, data["subjectivity_mean"].fillna(0), color=PALETTE["purple"])
    right.set_yticks(y, [""] * len(data))
    right.invert_yaxis()
    right.set_xlim(0, 1)
    right.set_xticks([0, 0.5, 1])
    right.set_xlabel("mean subjectivity")
    head, _, sub = (title or "Quoted speech and the reporter's own words").partition("\n")
    fig.suptitle(head, x=0.02, ha="left", fontweight="bold", fontsize=10)
    if sub:
        left.set_title(sub, loc="left", fontsize=7.5, fontweight="normal", color="#444444")
    fig.tight_layout()
    return fig, data

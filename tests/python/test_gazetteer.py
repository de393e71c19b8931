"""The gazetteer as a Python user sees it: str offsets, entries from tuples, dicts and files,
clear errors, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import textfacts
from textfacts import Entity, Gazetteer


def test_finds_whole_words_leftmost_longest_with_str_offsets() -> None:
    gaz = Gazetteer([("New York", "GPE"), ("New York City", "GPE"), ("South", "LOC")])
    text = "Zoë 🙂 flew to New York City; South African news."
    found = gaz.find(text)
    assert [e.text for e in found] == ["New York City", "South"]
    for e in found:
        assert text[e.start : e.end] == e.text


def test_entries_as_tuples_and_dicts_with_ids_aliases_and_case() -> None:
    gaz = Gazetteer(
        [
            ("Georgia", "GPE", "614540"),
            ("Georgia", "GPE", "4197000"),
            {"pattern": "Russia", "label": "GPE", "id": 2017370, "aliases": ["Russian Federation"]},
            {"pattern": "Apple", "label": "ORG", "case": "sensitive"},
        ]
    )
    assert len(gaz) == 4
    georgia, russia, apple = gaz.find("Georgia, the Russian Federation, APPLE and Apple")
    assert (georgia.label, georgia.id, georgia.canonical) == ("GPE", "614540", "Georgia")
    assert [c[1] for c in georgia.candidates] == ["614540", "4197000"]
    assert (russia.id, russia.canonical) == ("2017370", "Russia")
    assert apple.text == "Apple"


def test_case_modes() -> None:
    entries = [("US", "GPE"), ("China", "GPE"), ("München", "GPE")]
    text = "us and US, china and CHINA, MÜNCHEN"
    smart = [e.text for e in Gazetteer(entries).find(text)]
    assert smart == ["US", "CHINA", "MÜNCHEN"]
    insensitive = [e.text for e in Gazetteer(entries, case="insensitive").find(text)]
    assert insensitive == ["us", "US", "china", "CHINA", "MÜNCHEN"]
    assert [e.text for e in Gazetteer(entries, case="sensitive").find(text)] == ["US"]
    with pytest.raises(ValueError, match="case"):
        Gazetteer(entries, case="loose")


def test_normalisation_options_keep_offsets_in_the_original_text() -> None:
    gaz = Gazetteer(
        [("Sao Paulo", "GPE"), ("New York", "GPE")],
        normalize_diacritics=True,
        normalize_whitespace=True,
    )
    text = "İİ São Paulo and New\nYork"
    found = gaz.find(text)
    assert [e.text for e in found] == ["São Paulo", "New\nYork"]
    assert all(text[e.start : e.end] == e.text for e in found)


def test_overlapping_option() -> None:
    gaz = Gazetteer([("New York", "GPE"), ("York", "GPE")], overlapping=True)
    assert [e.text for e in gaz.find("New York")] == ["New York", "York"]


@pytest.mark.parametrize("bad", ["", "   ", "--"])
def test_patterns_without_letters_are_value_errors(bad: str) -> None:
    with pytest.raises(ValueError, match=r"entries\[1\]"):
        Gazetteer([("Paris", "GPE"), (bad, "GPE")])


def test_malformed_entries_are_type_errors() -> None:
    with pytest.raises(TypeError, match=r"entries\[0\]"):
        Gazetteer([42])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        Gazetteer("Paris")  # type: ignore[arg-type]


def test_a_row_may_be_any_sequence_or_mapping() -> None:
    """What JSON, csv readers and pandas hand over: lists, tuples, namedtuples, rows that
    look up by column, and mappings that are not dicts."""
    import types
    from typing import NamedTuple

    class Row(NamedTuple):
        pattern: str
        label: str
        id: str | None

    rows: list[object] = [
        ["Paris", "GPE"],
        ("Lyon", "GPE", "2996944"),
        Row("Nice", "GPE", None),
        types.MappingProxyType({"pattern": "Lille", "label": "GPE", "id": 2998324}),
        ["Metz", "GPE", 2994160],
    ]
    found = Gazetteer(rows).find("Paris, Lyon, Nice, Lille, Metz")  # type: ignore[arg-type]
    assert [(e.text, e.id) for e in found] == [
        ("Paris", None),
        ("Lyon", "2996944"),
        ("Nice", None),
        ("Lille", "2998324"),
        ("Metz", "2994160"),
    ]


def test_pandas_rows_work_as_entries() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"pattern": ["Paris", "Lyon"], "label": ["GPE", "GPE"]})
    text = "Paris and Lyon"
    for entries in (
        df.values.tolist(),
        list(df.itertuples(index=False)),
        [row for _, row in df.iterrows()],
        df.to_dict("records"),
    ):
        assert [e.text for e in Gazetteer(entries).find(text)] == ["Paris", "Lyon"]
    unnamed = pd.DataFrame([["Paris", "GPE"]])  # columns 0 and 1: read by position
    assert len(Gazetteer([row for _, row in unnamed.iterrows()]).find(text)) == 1


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["Paris"], r"entries\[1\] is a list of 1 items"),
        (("Paris", "GPE", "1", "x"), r"entries\[1\] is a tuple of 4 items"),
        ("Paris", r"entries\[1\] must be .*not str"),
        ({"label": "GPE"}, r"entries\[1\]: missing \"pattern\""),
        (["Paris", 7], r"entries\[1\] label must be str"),
    ],
)
def test_a_bad_row_names_its_index(row: object, message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        Gazetteer([("Lyon", "GPE"), row])  # type: ignore[list-item]


def test_from_file_reads_tsv_csv_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "g.tsv").write_text("# places\nParis\tGPE\t2988507\n", encoding="utf-8")
    (tmp_path / "g.csv").write_text("pattern,label,id\nParis,GPE,2988507\n", encoding="utf-8")
    (tmp_path / "g.jsonl").write_text(
        '{"pattern": "Paris", "label": "GPE", "id": "2988507"}\n', encoding="utf-8"
    )
    (tmp_path / "g.txt").write_text("Paris\tGPE\t2988507\n", encoding="utf-8")
    for name, fmt in [("g.tsv", None), ("g.csv", None), ("g.jsonl", None), ("g.txt", "tsv")]:
        gaz = Gazetteer.from_file(tmp_path / name, format=fmt)
        assert [e.id for e in gaz.find("Paris.")] == ["2988507"]


def test_bad_files_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("Paris\tGPE\nLyon\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2.*label"):
        Gazetteer.from_file(path)
    path.write_bytes(b"Paris\tGPE\nLy\xffon\tGPE\n")
    with pytest.raises(ValueError, match=r"bad\.tsv:2.*UTF-8"):
        Gazetteer.from_file(path)
    with pytest.raises(FileNotFoundError):
        Gazetteer.from_file(tmp_path / "missing.tsv")
    with pytest.raises(ValueError, match="format"):
        Gazetteer.from_file(tmp_path / "bad.xyz")


def test_save_load_and_pickle(tmp_path: Path) -> None:
    gaz = Gazetteer([("Georgia", "GPE", "614540"), ("Georgia", "GPE", "4197000"), ("US", "GPE")])
    text = "us, US and Georgia"
    path = tmp_path / "g.tfgaz"
    gaz.save(path)
    assert Gazetteer.load(path).find(text) == gaz.find(text)
    clone = pickle.loads(pickle.dumps(gaz))
    assert clone.find(text) == gaz.find(text)
    assert len(clone) == len(gaz)
    entities = gaz.find(text)
    assert pickle.loads(pickle.dumps(entities)) == entities


def test_damaged_compiled_files_are_value_errors(tmp_path: Path) -> None:
    data = Gazetteer([("Paris", "GPE")]).to_bytes()
    for damaged in [data[:-3], data[:10], b"not a gazetteer", data[:30] + b"x" + data[31:]]:
        with pytest.raises(ValueError):
            Gazetteer.from_bytes(damaged)
    path = tmp_path / "damaged.tfgaz"
    path.write_bytes(data[:-1])
    with pytest.raises(ValueError, match=r"damaged\.tfgaz"):
        Gazetteer.load(path)


def test_builtin_gazetteer() -> None:
    gaz = Gazetteer.builtin()
    text = "The UN and NATO met in Georgia; reading the market report, the US said so."
    found = gaz.find(text)
    assert [e.text for e in found] == ["UN", "NATO", "Georgia", "US"]
    assert found[0].label == "ORG"
    assert len(found[2].candidates) >= 2


def test_in_names_drops_keeps_or_flags_a_place_inside_a_longer_name() -> None:
    entries = [("Vladimir", "GPE"), ("Russia", "GPE"), ("Texas", "GPE")]
    text = "President Vladimir Putin said Russia and Texas Instruments Inc would talk."
    keep = Gazetteer(entries)
    assert keep.in_names == "keep"
    assert [e.text for e in keep.find(text)] == ["Vladimir", "Russia", "Texas"]
    assert not any(e.in_name for e in keep.find(text))
    drop = Gazetteer(entries, in_names="drop")
    assert [e.text for e in drop.find(text)] == ["Russia"]
    flagged = Gazetteer(entries, in_names="flag").find(text)
    assert [(e.text, e.in_name) for e in flagged] == [
        ("Vladimir", True),
        ("Russia", False),
        ("Texas", True),
    ]
    assert "in_name=True" in repr(flagged[0])
    assert repr(keep).endswith("case='smart')")
    assert repr(drop).endswith("case='smart', in_names='drop')")
    with pytest.raises(ValueError, match="in_names"):
        Gazetteer(entries, in_names="maybe")


def test_in_names_survives_pickling_and_files(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("Vladimir\tGPE\n", encoding="utf-8")
    gaz = Gazetteer.from_file(path, in_names="flag")
    again = pickle.loads(pickle.dumps(gaz))
    assert again.in_names == "flag"
    (e,) = again.find("Vladimir Putin")
    assert e.in_name and pickle.loads(pickle.dumps(e)) == e
    assert Gazetteer.builtin(in_names="keep").in_names == "keep"
    assert pickle.loads(pickle.dumps(Gazetteer.builtin())).in_names == "drop"


def test_builtin_finds_the_places_of_a_news_story_but_not_a_president() -> None:
    text = (
        "Russian President Vladimir Putin told reporters in Moscow that Russia would keep "
        "its bases in Syria. Iran and Italy called for talks. Vladimir Putin's spokesman "
        "said later that Moscow had not been consulted."
    )
    found = [e.text for e in Gazetteer.builtin().find(text)]
    assert "Vladimir" not in found
    assert {"Moscow", "Russia", "Syria", "Iran", "Italy"} <= set(found)
    everything = [e.text for e in Gazetteer.builtin(in_names="keep").find(text)]
    assert everything.count("Vladimir") == 2


def test_entity_repr_and_equality() -> None:
    e = Entity(0, 5, "Paris", "GPE", "2988507")
    assert e == Entity(0, 5, "Paris", "GPE", "2988507")
    assert repr(e).startswith("Entity(0, 5,")
    assert e.canonical == "Paris"
    assert "Gazetteer" in textfacts.__all__ and "Entity" in textfacts.__all__


def test_non_str_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be str"):
        Gazetteer([("Paris", "GPE")]).find(b"Paris")  # type: ignore[arg-type]


def test_reuters_places_small_matches_agree_with_peers() -> None:
    """The README's figure: 50,112 case-insensitive whole-word leftmost-longest matches, the
    count FlashText, pyahocorasick and a boundary-aware scan agree on."""
    import json

    from conftest import require_data

    corpus = require_data("corpus/reuters21578.jsonl")
    places = require_data("gazetteers/places_small.tsv")
    gaz = Gazetteer.from_file(places, case="insensitive")
    with open(corpus, encoding="utf-8") as f:
        total = sum(len(gaz.find(json.loads(line)["text"])) for line in f)
    assert total == 50_112


def test_unpickling_the_same_bytes_twice_gives_the_same_gazetteer_and_damage_is_still_caught() -> (
    None
):
    a = textfacts.Gazetteer([("Kelham", "GPE"), ("Ashby", "GPE")])
    b = textfacts.Gazetteer([("Kelhan", "GPE"), ("Ashby", "GPE")])  # same size, other content
    data = pickle.dumps(a)
    first, second = pickle.loads(data), pickle.loads(data)
    text = "Kelham and Kelhan and Ashby"
    assert [e.text for e in first.find(text)] == ["Kelham", "Ashby"]
    assert second.find(text) == first.find(text)
    assert [e.text for e in pickle.loads(pickle.dumps(b)).find(text)] == ["Kelhan", "Ashby"]
    damaged = bytearray(a.to_bytes())
    damaged[-1] ^= 0xFF
    with pytest.raises(ValueError):
        textfacts.Gazetteer.from_bytes(bytes(damaged))

"""recoupe's own rules over trafilatura's output, on small hand-made cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recoupe.article import html, html_meta

PROSE = "A paragraph of the article, long enough to be prose and nothing like a label of the page."


def test_words_cut_from_inside_a_paragraph_come_back() -> None:
    plain = f"{PROSE}\nSegún explicó en un comunicado Twitter Lite ahora estará disponible en Bolivia.\n{PROSE} Two."
    precise = f"{PROSE}\nSegún explicó en un comunicado ahora estará disponible en Bolivia.\n{PROSE} Two."
    assert "Twitter Lite ahora" in html._choose(precise, plain)


def test_another_sentence_is_not_taken_for_cut_words() -> None:
    cut = "But a groundbreaking new study may offer a way to stem that rise, while"
    plain = f"{cut} another may offer some hope for those who are already allergic to it.\n{PROSE}"
    assert html._fuller_lines([cut], plain.split("\n")) == [cut]


def test_lone_intertitle_between_kept_paragraphs_comes_back_but_not_an_ad_label() -> None:
    plain = "\n".join([PROSE, "Thumper ($20)", PROSE + " Two.", "Advertisement", PROSE + " Three."])
    precise = "\n".join([PROSE, PROSE + " Two.", PROSE + " Three."])
    page = html.parse(f"<div><p>{PROSE}</p><h3>Thumper ($20)</h3><p>x</p><h3>Advertisement</h3></div>")
    out = html._choose(precise, plain, page).split("\n")
    assert "Thumper ($20)" in out
    assert "Advertisement" not in out
    # Without the page marking it as a heading, a short line stays out (a credit, a caption).
    assert "Thumper ($20)" not in html._choose(precise, plain, html.parse(f"<p>{PROSE}</p>")).split("\n")


def test_heading_the_page_title_does_not_confirm_gives_way_to_the_title() -> None:
    declared = html_meta.Declared(title="Babies Who Eat Peanuts Early May Avoid Allergy")
    assert html_meta.headline(declared, "Allergies Health Center", None) == declared.title
    confirmed = html_meta.Declared(title="The 21 best movies of 2017 - Vox", outlet="Vox")
    assert html_meta.headline(confirmed, "The 21 best movies of 2017", None) == "The 21 best movies of 2017"


def test_utc_declaration_is_read_in_the_zone_the_page_writes_it() -> None:
    utc = datetime(2020, 4, 25, 2, 25, tzinfo=UTC)
    page = '<time datetime="2020-04-24T22:25:00-04:00">April 24</time>'
    local = html_meta.local_form(utc, page)
    assert local == utc and local is not None and local.date().day == 24
    assert local.utcoffset() == timedelta(hours=-4)
    # Another instant in the page is not a local form of this one: nothing is guessed.
    assert html_meta.local_form(utc, '<time datetime="2020-04-24T10:00:00-04:00">') is utc


def test_labels_never_empty_the_body() -> None:
    from recoupe.article import html_fixes

    assert html_fixes.drop_labels(["Publié le"], {"publié le"}) == (["Publié le"], [])
    kept, removed = html_fixes.drop_labels(["Publié le", PROSE], {"publié le"})
    assert kept == [PROSE] and removed == ["Publié le"]

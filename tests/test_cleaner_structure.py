"""The cleaner's rules on pages it was not written for: made-up pages in the shapes scrapes take."""

from __future__ import annotations

from recoupe import config
from recoupe.article.clean_text import clean, split_units
from recoupe.article.text import from_text
from recoupe.model import Article, RawDocument

EN_PAGE = """Home
News
Sport
Weather

Local council approves new flood defences for the river town

By Jane Doe
March 3, 2024 10:15 AM

The town council voted on Tuesday to build a new flood wall along the river, after two winters in which
the water reached the high street and closed dozens of shops for weeks.

Workers at the flood barrier in February
Photo: Getty Images

The wall will be built in three stages, starting in the spring, and should be finished before the end of
next year, according to the council's planning officer.

Read more:
Why the river keeps flooding the valley

Residents who spoke at the meeting said they welcomed the decision but worried about the cost, which the
council puts at twelve million pounds, most of it paid by the national government.

"We have waited for this wall for a very long time and we are glad it is finally coming," one shop owner said.

Sign up for our newsletter to get the latest local news in your inbox every morning.

You may also like
Football club names its new manager after a long search
The club announced on Monday that its new manager would start next week, ending a search that lasted the
whole summer and left supporters worried about the coming season.

Comments (12)
jsmith says:
Great news for the town, about time the council did something about the river.
"""


def _paragraphs(sentence: str, n: int) -> str:
    """`n` numbered paragraphs of one sentence: a story body for the structural tests."""
    return "\n\n".join(f"Paragraph {k} {sentence}" for k in range(1, n + 1))


def _article(text: str) -> Article:
    raw = RawDocument(input="page.txt", data=text.encode("utf-8"), kind="text")
    return from_text(raw, text, config.load(env={}))


def test_an_english_page_keeps_its_story_and_drops_its_furniture() -> None:
    article = _article(EN_PAGE)
    assert article.title == "Local council approves new flood defences for the river town"
    assert article.authors == ("Jane Doe",)
    assert article.published is not None and article.published.isoformat() == "2024-03-03T10:15:00"
    assert article.language == "en"
    body = article.body
    assert body.startswith("The town council voted on Tuesday")
    assert "one shop owner said." in body
    assert "the water reached the high street" in body  # a line break mid-sentence is joined
    for debris in (
        "Home",
        "Read more",
        "Why the river keeps flooding",
        "Sign up",
        "You may also like",
        "Football club",
        "Comments (12)",
        "jsmith",
        "Great news for the town",
        "Photo: Getty",
    ):
        assert debris not in body, debris
    assert article.captions == ("Workers at the flood barrier in February",)
    assert "Workers at the flood barrier" not in body


FR_PAGE = """Accueil › Société

Le village qui a sauvé son école

Publié le 12 janvier 2025 à 08h30, mis à jour le 12 janvier 2025 à 11h02

Les parents d'élèves de ce petit village de montagne se sont mobilisés tout l'automne pour empêcher la
fermeture de la dernière classe, menacée faute d'effectifs suffisants.
Trang chủ - Tin tức mới nhất hôm nay về giáo dục Việt Nam
Le rectorat a finalement renoncé à la fermeture après l'inscription de quatre nouveaux enfants, arrivés
avec des familles installées dans le village au début de l'hiver.
À lire aussi
Dans la vallée, les commerces rouvrent un à un
« C'est une victoire pour tout le village », a déclaré le maire, qui craignait de voir partir les jeunes
familles si l'école fermait.
#école #village #montagne
Partager sur Facebook
"""


def test_a_french_page_with_a_foreign_line_a_teaser_and_glued_lines() -> None:
    article = _article(FR_PAGE)
    assert article.title == "Le village qui a sauvé son école"
    assert article.published is not None and (article.published.hour, article.published.minute) == (8, 30)
    assert article.updated is not None and (article.updated.hour, article.updated.minute) == (11, 2)
    body = article.body
    assert "Trang chủ" not in body  # a line in another language than the article's
    assert "Dans la vallée, les commerces" not in body  # the teaser after "À lire aussi"
    assert "#école" not in body and "Partager" not in body and "Accueil" not in body
    assert "« C'est une victoire pour tout le village », a déclaré le maire" in body
    assert all(p.language == "fr" for p in article.paragraphs)


def test_units_keep_offsets_into_the_input() -> None:
    text = "Titre\n\nUne phrase coupée en\ndeux lignes.\n"
    units = split_units(text)
    assert [u.text for u in units] == ["Titre", "Une phrase coupée en deux lignes."]
    assert text[units[1].start : units[1].end] == "Une phrase coupée en\ndeux lignes."


def test_removed_lines_and_body_cover_the_page() -> None:
    cleaned = clean(EN_PAGE)
    kept = {u.text for u in cleaned.paragraphs}
    for unit in split_units(EN_PAGE):
        assert unit.text in kept or unit.text in cleaned.removed or unit.text in cleaned.captions


def test_empty_or_garbage_text_is_rejected_with_a_reason() -> None:
    import pytest

    from recoupe.errors import RejectedInput

    for text in ("", "   \n\n  ", "\x00\x01\ufffd" * 500, "1\n2\n3\n"):
        with pytest.raises(RejectedInput, match="no article text left"):
            _article(text)


def test_the_authors_bio_after_the_article_is_not_body() -> None:
    text = EN_PAGE.replace(
        "Sign up for our newsletter",
        "Jane Doe covers local government and the environment for the paper.\n\nSign up for our newsletter",
    )
    article = _article(text)
    assert "Jane Doe covers local government" not in article.body
    assert "one shop owner said." in article.body


def test_a_page_of_one_unfinished_paragraph_is_kept_whole() -> None:
    # No closing point, so not prose by its shape; but a page of a line or two has nothing else.
    text = "AI has not meaningfully changed anything in cybersecurity so far, and deep fake phishing is still rare"
    cleaned = clean(text)
    assert [u.text for u in cleaned.paragraphs] == [text]
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact us", "Sign in", "Search"])
    assert clean(menu).paragraphs == ()


def test_a_code_sample_inside_a_technical_article_is_kept_with_the_text_around_it() -> None:
    prose = (
        "The fetch function takes a URL and returns a promise that resolves to the response, which is "
        "much simpler than the old way of making a request from a script in the page."
    )
    code = "\n".join(
        [
            'fetch("/data.json").then(function(res) {',
            "  if (res.ok) {",
            "    res.json().then(function(data) {",
            "      console.log(data.entries);",
            "    });",
            "  } else {",
            '    console.log("Looks bad", res.status);',
            "  }",
            "}, function(e) {",
            '  console.log("Fetch failed!", e);',
            "});",
        ]
    )
    menu = "\n".join(["Home", "Articles", "Demos", "About", "Contact"])
    text = f"{menu}\n\n{prose}\n\n{code}\n\n{prose.replace('fetch', 'request')}\n\n{menu}\n"
    kept = [u.text for u in clean(text).paragraphs]
    assert kept[0] == prose and kept[-1] == prose.replace("fetch", "request")
    assert "console.log(data.entries);" in kept and "if (res.ok) {" in kept
    assert "Demos" not in kept


def test_a_huge_line_of_names_does_not_outweigh_the_story() -> None:
    story = [
        f"Chapter {k}: he was struggling to understand how he had even managed to get here, seated "
        "before the man who had been imprisoned for years, and nobody in the room would tell him why."
        for k in range(1, 6)
    ]
    names = (
        ", ".join(f"Reader{k}_{'xyz' * (k % 4)}" for k in range(600))
        + " and 300 guests left kudos on this work!"
    )
    text = "\n\n".join(["Home", "Works", *story, "Comments (74)", names, "Post Comment"])
    kept = [u.text for u in clean(text).paragraphs]
    assert kept == story


def test_every_item_of_a_list_of_recommendations_is_kept() -> None:
    items = [
        (
            "A documentary on vaping",
            "For a few days the doubt hung over the country: was the state really going to legislate against "
            "electronic cigarettes in bars? The film answers with a long series of interviews with smokers, "
            "doctors and shop owners, and it does not hide its sympathy for the vapers it follows for a year.",
        ),
        (
            "A web series about a comic book writer",
            "Last weekend the newspaper published a portrait of the British author, known for his graphic novels "
            "and his beard, who lives in Northampton and rarely speaks; these eight short episodes let him talk "
            "at length about magic, about the town where he grew up and about the films made from his books.",
        ),
    ]
    text = "\n\n".join(
        ["Home", "Culture", *(f"{head}\n{para}" for head, para in items), "Most read", "Other news"]
    )
    kept = [u.text for u in clean(text).paragraphs]
    assert all(para in kept for _, para in items)


def test_spanish_read_also_markers_inline_or_alone_are_not_body() -> None:
    from recoupe.article import furniture

    assert furniture.label("Lea también: Impiden ingreso a Nicaragua a reportero estadounidense") == "link"
    assert furniture.label("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?") == "link"
    assert furniture.label("Le puede interesar: JEP abrirá tres nuevos macrocasos") == "link"
    assert furniture.label("También te puede interesar") == "end"
    assert furniture.label("NOTAS RELACIONADAS") == "end"
    assert furniture.label("Mira lo que dijo el ministro: no habrá nuevos impuestos este año.") is None


def test_follow_us_and_download_our_app_lines_are_calls_to_action() -> None:
    from recoupe.article import furniture

    line = (
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android."
    )
    assert furniture.label(line) == "cta"
    assert furniture.label("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.") == "cta"
    assert furniture.label("For the latest figures, the ministry publishes a weekly report.") is None


def test_a_caption_closed_by_its_photo_credit_is_a_credit_line() -> None:
    from recoupe.article import furniture

    assert (
        furniture.label("Son tres los periodos de vacaciones durante el año escolar. Foto: Andina")
        == "credit"
    )
    assert furniture.label("Puerto de Montevideo. Foto: Archivo El País.") == "credit"
    assert furniture.label("The minister said the photo: it was taken in 2019 and never published.") is None


def test_more_read_also_comment_and_tag_markers_in_several_languages() -> None:
    from recoupe.article import furniture

    for marker in ("Mirá también", "Leé también", "Informate más", "Keep Reading", "Relacionados:"):
        assert furniture.label(marker) == "teaser", marker
    assert furniture.label("También lea: ¿Beneficia a Guatemala una mejor calificación?") == "link"
    for marker in ("Seguí leyendo", "Las más leídas", "Further Reading", "Editors’ Recommendations:"):
        assert furniture.label(marker) == "end", marker
    for marker in ("Etiquetas: autos bendición", "Getaggt mit Derek Jarman", "Hinterlasse einen Kommentar"):
        assert furniture.label(marker) == "end", marker
    assert furniture.label("142 Antworten zu Würde des Lebens – ein Projekt") == "comments"
    assert furniture.label("No Response so far »") == "comments"
    for heading in ("There are 13 comments", "12 thoughts on “Why WordPress”", "Il y a 3 commentaires"):
        assert furniture.label(heading) == "comments", heading
    for marker in ("Meistgelesen", "Meest gelezen", "I più letti"):
        assert furniture.label(marker) == "end", marker
    assert furniture.label("There are two ways to see it, the minister said.") is None
    assert furniture.label("Meistgelesen sind die Bücher von ihr.") is None
    # The same words inside a sentence are text.
    assert furniture.label("Keep reading the fine print before you sign, the regulator advised.") is None
    assert (
        furniture.label("Las más leídas novelas del año fueron escritas por mujeres, según el informe.")
        is None
    )


def test_licence_disclosure_paywall_and_channel_notices_are_not_body() -> None:
    from recoupe.article import furniture

    assert (
        furniture.label("All content is licensed under a Creative Commons Attribution 4.0 License.")
        == "legal"
    )
    assert (
        furniture.label("Site X is published under a Creative Commons license except where noted.") == "legal"
    )
    assert (
        furniture.label("This site is protected by reCAPTCHA and the Google Privacy Policy apply.") == "legal"
    )
    assert (
        furniture.label("If you buy something using links in our stories, we may earn a commission.")
        == "prompt"
    )
    assert (
        furniture.label("Immediate online access to all issues. Subscription will auto renew annually.")
        == "prompt"
    )
    assert furniture.label("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.") == "prompt"
    assert furniture.label("We want to hear what you think. Submit a letter to the editor.") == "prompt"
    assert furniture.label("Photograph by Ed Marshall, Restoration Programme") == "credit"
    # A software licence discussed by the article is text.
    assert furniture.label("The library is licensed under the Mozilla Public License since 2012.") is None
    assert furniture.label("The channel said it would appeal the ruling on Monday.") is None


def test_an_author_box_after_the_story_is_not_body() -> None:
    story = _paragraphs(
        "of the story tells what the council decided on the new bridge, and why it "
        "matters to the people who cross the river every day to work in the town.",
        6,
    )
    text = (
        "Council backs the new bridge over the river after a long debate\n\n"
        f"{story}\n\nAuthor\nJake Goulding\n"
        "Jake is the co-founder of a consultancy, and he has written about cities for ten years.\n\n"
        "Share\nTweet\n"
    )
    body = "\n".join(u.text for u in clean(text).paragraphs)
    assert "Paragraph 6 of the story" in body
    assert "co-founder" not in body
    # The same first name opening a paragraph far from any name line is the story's.
    text2 = text.replace("Author\nJake Goulding\n", "")
    assert "co-founder" in "\n".join(u.text for u in clean(text2).paragraphs)


def test_excerpts_closed_by_read_more_and_a_newsletter_pitch_are_not_body() -> None:
    story = _paragraphs(
        "explains how the city plans to rebuild the old library, what it will cost and "
        "when the doors should open again to the readers who have waited for years.",
        5,
    )
    excerpts = "\n\n".join(
        f"Other post {k}\n\nAn excerpt of another post on this blog, long enough to read like prose, about "
        f"something else entirely: databases, memory and web servers number {k}.\n\nRead More"
        for k in range(1, 4)
    )
    text = (
        "The library will reopen next spring after a long rebuild\n\n"
        f"{story}\n\nSubscribe to my Newsletter\n"
        "Join the hundreds of developers who get new writing delivered to their inbox every week.\n\n"
        f"Keep Reading\n\n{excerpts}\n"
    )
    body = "\n".join(u.text for u in clean(text).paragraphs)
    assert "Paragraph 5 explains" in body
    assert "excerpt of another post" not in body
    assert "Join the hundreds" not in body
    # One "Read more" heading a box of links does not take the paragraph above it.
    single = f"Headline of the library story for the test\n\n{story}\n\nRead more\nAnother story\n"
    assert "Paragraph 5 explains" in "\n".join(u.text for u in clean(single).paragraphs)


def test_a_short_opening_sentence_and_an_announced_list_belong_to_the_body() -> None:
    story = _paragraphs(
        "of the post measures how fast the parser runs on large files, and compares it "
        "with the three other libraries that people use for the same work every day.",
        4,
    )
    text = (
        "Home\nBlog\nAbout\n\nHow fast can a parser be on very large files\n\n"
        "I ran the numbers again last week.\n\n"
        f"{story}\n\nI know it is a lot of graphs, so here is the summary:\n"
        "Slotted classes save memory\nNamed tuples are slower than classes\nMaps are sometimes faster\n\n"
        "Author: Jo Smith\nShare\n"
    )
    body = "\n".join(u.text for u in clean(text).paragraphs)
    assert "I ran the numbers again last week." in body
    assert "Maps are sometimes faster" in body and "Slotted classes save memory" in body
    assert "Author" not in body and "Blog" not in body and "How fast can a parser" not in body


def test_a_comments_link_in_the_share_bar_is_not_the_comment_section() -> None:
    standfirst = (
        "The minister presented a set of short and long term measures to the Senate on Tuesday, "
        "after a week of debate about crime in the northern regions of the country and its causes."
    )
    story = _paragraphs(
        "reports what the minister said about the police, the courts and the victims, "
        "and what the opposition answered once the session was over in the evening.",
        4,
    )
    text = f"Headline of the page for the test\n\n{standfirst}\n\nShare\nComments\n\n{story}\n"
    body = "\n".join(u.text for u in clean(text).paragraphs)
    assert body.startswith("The minister presented") and "Paragraph 4 reports" in body

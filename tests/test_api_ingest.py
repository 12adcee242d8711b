"""The posted-ingest library function's guards and document building (the full run is in the browser test)."""

from __future__ import annotations

import pytest

from recoupe import config, ingest_api
from recoupe.errors import FetchError, RejectedInput


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://localhost:8000/", "http://10.1.2.3/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data", "ftp://example.org/", "file:///etc/passwd",
                                 "http:///nohost"])
def test_private_and_odd_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchError):
        ingest_api.check_url(url, allow_private=False)


def test_private_urls_allowed_when_the_operator_says_so() -> None:
    ingest_api.check_url("http://127.0.0.1:9/x", allow_private=True)
    with pytest.raises(FetchError):
        ingest_api.check_url("gopher://127.0.0.1/", allow_private=True)


def test_documents_of_a_submission() -> None:
    settings = config.load(env={})
    [text] = ingest_api.raw_documents(ingest_api.Submission(text="Bonjour «à tous»", name="a.txt"), settings)
    assert (text.kind, text.input, text.data.decode()) == ("text", "api:a.txt", "Bonjour «à tous»")
    assert text.fetched_at is None  # posted text has no fetch time to anchor relative dates on
    [html] = ingest_api.raw_documents(ingest_api.Submission(html="<p>x</p>", hints={"outlet": "O"}), settings)
    assert html.kind == "html" and html.hints["outlet"] == "O" and html.input.endswith(".html")
    [upload] = ingest_api.raw_documents(ingest_api.Submission(data=b"\xff\xfe", name="page.HTM"), settings)
    assert upload.kind == "html" and upload.input == "upload:page.HTM"
    with pytest.raises(RejectedInput):
        ingest_api.Submission(text="a", url="http://x.org").kind()
    with pytest.raises(RejectedInput):
        ingest_api.Submission().kind()


def test_a_posted_article_leaves_its_story_compared(store, settings) -> None:  # type: ignore[no-untyped-def]
    """Like `recoupe ingest`, a submission precomputes its story's report: readers never wait for it."""
    from conftest import ROOT

    from recoupe import codec
    from recoupe.compare.report import report_for
    from recoupe.model import StoryReport
    from recoupe.store import docs

    texts = [(ROOT / "examples" / "corpus" / n).read_text() for n in
             ("01_courrier-vallee_explosion.txt", "05_radio-plaine_explosion.txt")]
    outcome = ingest_api.submit(store, [ingest_api.Submission(text=t, name=f"{i}.txt") for i, t in enumerate(texts)],
                                settings)
    assert len(outcome.added) == 2 and outcome.clustered == 2
    story_ids = {docs.get_assignment(store, a)["story_id"] for a in outcome.added}  # type: ignore[index]
    for story_id in story_ids:
        cached = store.get_doc("report", story_id)
        assert cached is not None, "the story's report was not precomputed"
        assert codec.from_plain(StoryReport, cached) == report_for(store, story_id)

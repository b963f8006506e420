"""The app's HTML, rendered without Gradio, and the answers it keeps for follow-ups and votes."""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest

from rag.answer.brief import Brief, BriefLine
from rag.answer.citations import QUOTING_LEADS, REFUSAL, Answer, Source
from rag.retrieval import Filters
from ui.answers import AnswerStore, StoredAnswer
from ui.render import (
    VIEW_CARDS,
    VIEW_TIMELINE,
    describe_filters,
    highlighted,
    render_answer,
    render_brief,
    render_message,
    render_partial,
    visible_text,
)

XSS = "<script>window.__xss = 1</script>"


def source(n: int, date_: str | None, title: str | None = None, **extra) -> Source:
    fields = {"doc_id": f"corpus/haber-{n}.txt", "chunk_id": f"c{n}", "title": title or f"Haber {n}",
              "date": date_, "url": None, "source": f"corpus/haber-{n}.txt", "page": None,
              "quote": f"Alıntı {n}.", "passage": f"Önce. Alıntı {n}. Sonra.", "score": 0.9}
    return Source(n=n, **{**fields, **extra})


# Cited by relevance: [1] is the newest, [3] undated, [4] the oldest, [5] undated too.
SOURCES = [source(1, "2024-05-02"), source(2, "2019-11-20"), source(3, None), source(4, "2017-03-15"),
           source(5, None)]


def numbers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<span class="arsiv-n">\[(\d+)\]</span>', html)]


def times(html: str) -> list[str]:
    return re.findall(r"<time>([^<]*)</time>", html)


def test_archive_markup_is_escaped_everywhere():
    hostile = source(1, None, title=f"Başlık {XSS}", quote=f"Afişte {XSS} yazıyordu.",
                     passage=f"Giriş. Afişte {XSS} yazıyordu. Son.", source=f"corpus/{XSS}.txt")
    answer = Answer(question=f"Afişte ne yazıyordu {XSS}?", text=f"Afişte {XSS} yazıyordu [1].",
                    sources=[hostile], standalone_question=f"soru {XSS}", notice=f"not {XSS}",
                    timeframe={"label": f"dönem {XSS}"})
    brief = Brief(topic=f"konu {XSS}", lines=[BriefLine(None, f"{XSS} [1].")], sources=[hostile])
    for html in (render_answer(answer, VIEW_CARDS, Filters(category=XSS)),
                 render_answer(answer, VIEW_TIMELINE, Filters()),
                 render_brief(brief, VIEW_CARDS), render_brief(brief, VIEW_TIMELINE),
                 render_partial(f"yazılıyor {XSS}"), render_message(f"hata {XSS}")):
        assert "<script" not in html
        assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html


def test_markers_link_to_their_sources():
    """A site's post links to its address; a file to its stored copy, a saved page's original address beside it
    on the card (two strangers found the saved page's link dead: the site had gone, the copy was there)."""
    answer = Answer(question="Soru?", text="Birinci [1], ikinci [2], üçüncü [3], olmayan [7].",
                    sources=[source(1, None, url="https://haber.example/1?a=1&b=2", source="https://haber.example/1"),
                             source(2, None),
                             source(3, None, url="https://haber.example/3", source="corpus/sayfa.html")])
    html = render_answer(answer, VIEW_CARDS, Filters(), file_url=lambda s: f"gradio_api/file=/arsiv/{s.doc_id}")
    assert ('<a class="arsiv-cite" href="https://haber.example/1?a=1&amp;b=2" target="_blank" '
            'rel="noopener">[1]</a>') in html
    assert '<a class="arsiv-cite" href="gradio_api/file=/arsiv/corpus/haber-2.txt"' in html  # no URL: its file
    assert '<a class="arsiv-cite" href="gradio_api/file=/arsiv/corpus/haber-3.txt"' in html  # a saved page: its copy
    assert '<a class="arsiv-original" href="https://haber.example/3"' in html  # … and where it came from
    assert '<span class="arsiv-cite">[7]</span>' in html  # a number without a source links nowhere
    plain = render_answer(answer, VIEW_CARDS, Filters())
    assert '<span class="arsiv-cite">[2]</span>' in plain  # no file served: no link
    assert '<a class="arsiv-cite" href="https://haber.example/3"' in plain  # no copy served: its address


def test_cards_keep_citation_order_and_timeline_sorts_by_date_undated_last():
    answer = Answer(question="Soru?", text="Metin [1][2][3][4][5].", sources=SOURCES)
    cards = render_answer(answer, VIEW_CARDS, Filters())
    assert numbers(cards) == [1, 2, 3, 4, 5]
    assert "Kaynaklar (5)</summary>" in cards and "arsiv-timeline" not in cards
    timeline = render_answer(answer, VIEW_TIMELINE, Filters())
    assert numbers(timeline) == [4, 2, 1, 3, 5]  # oldest first; undated last, in citation order
    assert times(timeline) == ["15 Mart 2017", "20 Kasım 2019", "2 Mayıs 2024", "tarih yok", "tarih yok"]
    assert "Kaynaklar, tarih sırasıyla" in timeline
    assert "<ol" not in timeline  # no list number beside each source's citation number (a stranger read both)


def test_sources_are_collapsed_under_the_answer_until_tapped():
    answer = Answer(question="Soru?", text="Metin [1][2].", sources=SOURCES[:2])
    for view, title in ((VIEW_CARDS, "Kaynaklar (2)"), (VIEW_TIMELINE, "Kaynaklar, tarih sırasıyla (2)")):
        html = render_answer(answer, view, Filters())
        text_at, sources_at = html.index('class="arsiv-text"'), html.index('<details class="arsiv-sources">')
        assert text_at < sources_at  # the answer first, then its sources
        assert f'<summary class="arsiv-sources-title">{title}</summary>' in html
        assert "<details " in html and " open" not in html  # closed until tapped
        assert html.count('class="arsiv-source"') == 2 and numbers(html) == ([1, 2] if view == VIEW_CARDS else [2, 1])
        assert "<mark>Alıntı 1.</mark>" in html
    brief = render_brief(Brief(topic="Köprü", lines=[BriefLine("2019-11-20", "Onarım [1].")],
                               sources=[source(1, "2019-11-20")]), VIEW_CARDS)
    assert '<summary class="arsiv-sources-title">Kaynaklar (1)</summary>' in brief


@pytest.mark.parametrize(("typed", "shown"), [
    ("<script>alert(1)</script>Bakü'deki konferansı kimler düzenledi?", "Bakü'deki konferansı kimler düzenledi?"),
    ("<b>Bakü</b>'deki konferansı <i>kimler</i> düzenledi?", "Bakü'deki konferansı kimler düzenledi?"),
    ("Bakü'deki <style>p{color:red}</style>konferans<!-- not -->?", "Bakü'deki konferans?"),
    ("Bakü&#39;deki &amp; <img src=x onerror=alert(1)>Erbil'deki", "Bakü'deki & Erbil'deki"),
    ("Bakü'deki <foo>konferans</foo>", "Bakü'deki <foo>konferans</foo>"),  # not HTML: shown as typed
    ("2 < 3 mü?", "2 < 3 mü?"),
    ("**Bakü'deki** konferansı `kimler` [düzenledi](http://x)?", "Bakü'deki konferansı kimler düzenledi?"),
    ("  iki\nsatırlı   soru ", "iki satırlı soru"),
    ("<script>window.__xss = 1</script>", ""),
    ("   ", ""),
])
def test_a_question_is_read_as_its_chat_bubble_shows_it(typed, shown):
    assert visible_text(typed) == shown


def test_card_shows_the_quote_inside_its_passage():
    card = render_answer(Answer(question="Soru?", text="Metin [1].", sources=[source(1, "2024-05-02")]),
                         VIEW_CARDS, Filters())
    assert "<blockquote class=\"arsiv-quote\">Önce. <mark>Alıntı 1.</mark> Sonra.</blockquote>" in card
    # what the file is, and its name without the server's folders
    assert "· 2 Mayıs 2024" in card and '<div class="arsiv-where">Metin dosyası · haber-1.txt</div>' in card
    assert highlighted("A" * 300 + " alıntı " + "B" * 300, "alıntı").startswith("…")
    assert highlighted("Başka bir metin.", "Bulunmayan alıntı.") == "<mark>Bulunmayan alıntı.</mark>"


def test_answer_shows_how_it_was_read_and_refusals_are_marked():
    answer = Answer(question="peki kaç kişi?", text=REFUSAL, refused=True, standalone_question="Konferansa kaç kişi?",
                    timeframe={"label": "2021 yılına ait haberlerde aradım"}, notice="Dil modeline ulaşılamadı.")
    html = render_answer(answer, VIEW_CARDS, Filters())
    assert html.startswith('<div class="arsiv-answer arsiv-done">') and "\n" not in html
    assert '<p class="arsiv-text arsiv-refusal">' in html
    assert "Soruyu şöyle anladım: <i>Konferansa kaç kişi?</i>" in html
    assert "2021 yılına ait haberlerde aradım" in html and "Dil modeline ulaşılamadı." in html
    assert "arsiv-sources" not in html  # no sources, no empty list



def test_a_refusals_related_articles_are_listed_as_related_with_nothing_marked():
    """A stranger read the marked sentence under "Arşivde … rastlamadım" as the answer: a
    refusal's sources are the closest articles, "Benzer haberler", in both views, unmarked (the text's "İlgili
    olabilir:" not said twice)."""
    answer = Answer(question="Einstein ne zaman doğdu?", text="Arşivde Einstein hakkında bir habere rastlamadım. "
                    "İlgili olabilir: Haber 1 [1].", sources=[source(1, "2024-05-02")], refused=True)
    cards, timeline = (render_answer(answer, view, Filters()) for view in (VIEW_CARDS, VIEW_TIMELINE))
    assert "Benzer haberler (1)" in cards and "Benzer haberler, tarih sırasıyla (1)" in timeline
    assert not any("İlgili olabilir (" in html for html in (cards, timeline))
    assert "Önce. Alıntı 1. Sonra." in cards and "Alıntı 1." in timeline
    assert not any("Kaynaklar" in html or "<mark>" in html for html in (cards, timeline))


@pytest.mark.parametrize("lead", QUOTING_LEADS)
def test_a_refusal_quoting_what_was_not_told_cites_it(lead):
    """The 51st stranger: a "Haber bunu açıklamıyor: …" answer listed its article under "İlgili olabilir" with the
    quoted sentence unmarked; it cites that sentence, so the card marks it (so for a plan quoted as not done)."""
    answer = Answer(question="Bütçe ne kadar?", text=f"{lead} Alıntı 1 [1].",
                    sources=[source(1, "2024-05-02")], refused=True)
    html = render_answer(answer, VIEW_CARDS, Filters())
    assert "Kaynaklar (1)" in html and "<mark>Alıntı 1.</mark>" in html and "Benzer haberler" not in html


def test_a_follow_up_shows_the_earlier_question_it_was_read_with():
    """"Bu kararı kim duyurdu?" was shown as read "Kerkük'te binaya üç dilli tabela kararı kim
    duyurdu?" (a stranger: ungrammatical); the earlier question, as the user wrote it, is shown."""
    answer = Answer(question="Bu kararı kim duyurdu?", text="**Nermin Beyatlı** — … [1].",
                    standalone_question="Kerkük'te binaya üç dilli tabela kararı kim duyurdu?",
                    follows="Kerkük'te kaç resmi binaya üç dilli tabela asılacak?")
    html = render_answer(answer, VIEW_CARDS, Filters())
    assert "Önceki sorunuzun konusuyla okudum: <i>Kerkük&#x27;te kaç resmi binaya üç dilli tabela asılacak?</i>" in html
    assert "binaya üç dilli tabela kararı" not in html


def test_brief_lines_are_dated_and_cited():
    brief = Brief(topic="Köprü onarımı", lines=[BriefLine("2019-11-20", "Onarım başladı [1]."),
                                                 BriefLine(None, "Köprü eskidir [2].")],
                  sources=[source(1, "2019-11-20"), source(2, None)])
    html = render_brief(brief, VIEW_CARDS)
    assert "Arka plan: <i>Köprü onarımı</i>" in html
    items = re.findall(r"<li>(.*?)</li>", html)
    assert items[0].startswith("<time>20 Kasım 2019</time> Onarım başladı")
    assert items[1].startswith("<time>tarih yok</time> Köprü eskidir")
    assert '<span class="arsiv-cite">[1]</span>' in items[0]
    assert numbers(html) == [1, 2]
    empty = render_brief(Brief(topic="Mars"), VIEW_CARDS)
    assert "arsiv-done" in empty and REFUSAL in empty and "arsiv-brief" not in empty


def test_partial_and_message_are_not_finished_answers():
    assert "arsiv-done" not in render_partial("Yazılıyor\nikinci satır")
    assert "Yazılıyor<br>ikinci satır…" in render_partial("Yazılıyor\nikinci satır")
    assert "arsiv-done" not in render_message("Lütfen bir soru yazın.")


@pytest.mark.parametrize(("filters", "described"), [
    (Filters(), ""),
    (Filters(date(2024, 1, 1), date(2024, 12, 31)), "Yalnızca şu haberlerde aradım: tarih: 1 Ocak 2024 – 31 Aralık 2024"),
    (Filters(date_from=date(2020, 3, 5)), "Yalnızca şu haberlerde aradım: tarih: 5 Mart 2020 – …"),
    (Filters(date_to=date(2020, 3, 5), category="Kültür"),
     "Yalnızca şu haberlerde aradım: tarih: … – 5 Mart 2020, kategori: Kültür"),
])
def test_the_filters_are_described(filters, described):
    assert describe_filters(filters) == described
    html = render_answer(Answer(question="Soru?", text="Metin."), VIEW_CARDS, filters)
    assert (f'<p class="arsiv-scope">{described}</p>' in html) == bool(described)


# --- the answers kept on the server -----------------------------------------------------
def kept(i: int) -> StoredAnswer:
    return StoredAnswer(question=f"Soru {i}?", text=f"Yanıt {i} [1].", refused=False, backend="extractive")


def test_store_keeps_at_most_its_capacity_forgetting_the_oldest():
    store = AnswerStore(capacity=3)
    ids = [store.add(kept(i)) for i in range(5)]
    assert len(set(ids)) == 5 and len(store) == 3
    assert store.get(ids[0]) is None and store.get(ids[1]) is None
    assert [store.get(i).question for i in ids[2:]] == ["Soru 2?", "Soru 3?", "Soru 4?"]
    assert store.get("yok") is None and store.get(None) is None


def test_store_forgets_the_least_recently_used_first():
    store = AnswerStore(capacity=2)
    first, second = store.add(kept(1)), store.add(kept(2))
    assert store.get(first) is not None  # a follow-up or a vote uses the first answer again
    store.add(kept(3))
    assert store.get(first) is not None and store.get(second) is None


def test_store_is_safe_across_threads():
    store = AnswerStore(capacity=50)
    threads = [threading.Thread(target=lambda: [store.add(kept(i)) for i in range(200)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store) == 50


def test_stored_answer_keeps_no_passages():
    passage = "Bütün pasaj metni, yalnızca kartlarda gösterilir. " * 20
    answer = Answer(question="Soru?", text="Yanıt [1].", backend="extractive",
                    sources=[source(1, "2024-05-02", passage=passage, url="https://haber.example/1")])
    stored = StoredAnswer.of_answer(answer)
    data = stored.to_dict()
    assert data == {"question": "Soru?", "text": "Yanıt [1].", "refused": False, "backend": "extractive",
                    "sources": [{"n": 1, "doc_id": "corpus/haber-1.txt", "title": "Haber 1", "date": "2024-05-02",
                                 "url": "https://haber.example/1", "quote": "Alıntı 1."}], "short": None}
    assert passage not in repr(stored)
    brief = StoredAnswer.of_brief(Brief(topic="Köprü", lines=[BriefLine("2019-11-20", "Onarım [1].")],
                                        sources=[source(1, "2019-11-20", passage=passage)]))
    assert (brief.question, brief.text, brief.refused, brief.backend) == \
        ("Köprü", "20 Kasım 2019 — Onarım [1].", False, "brief")
    assert passage not in repr(brief)


def test_the_context_around_a_quote_is_cut_between_words():
    """A source card opened with "…va Valisi" (of "Ninova Valisi"): a stranger's find."""
    passage = " ".join(f"kelime{i}" for i in range(80)) + " Alıntı cümlesi. " + " ".join(f"söz{i}" for i in range(80))
    shown = highlighted(passage, "Alıntı cümlesi.")
    before, after = shown.split("<mark>")[0], shown.split("</mark>")[1]
    assert before.startswith("…kelime") and after.endswith("…")
    assert all(word.startswith(("kelime", "söz")) for word in (before + after).strip("… ").split())

"""The app in a real headless Chromium (Debian's, driven by Playwright; no browser download).

What a new user does: ask, read the cited answer, follow up, see archive text with markup
shown as text, switch the sources to a timeline, vote, then as a maintainer upload an article
and ask about it. Each test opens its own fresh page (a new browser context, so a new Gradio
session with an empty chat) and sets up what it needs, so any one of them runs alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
# Without the background-networking flags Chromium tries to reach Google's hosts at start.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 60_000

# Three articles on one story: the 2024 one ranks first for BRIDGE_QUESTION, but the 2019
# one holds the sentence that best answers it, so the answer cites both, newest as [1].
BRIDGE_ARTICLES = [
    {"title": "Altunköprü'deki taş köprünün onarımı sürüyor", "date": "2024-05-02",
     "text": "Altunköprü'deki taş köprüde onarım çalışmaları ikinci yılına girdi. Köprünün onarımını "
             "Kerkük İl Özel İdaresi üstlendi. Köprünün ayaklarındaki çatlaklar dolduruldu."},
    {"title": "Altunköprü ilçesine yeni yatırımlar", "date": "2019-11-20",
     "text": "İlçeye yeni bir sağlık ocağı ve okul yapılacak. Altunköprü'deki taş köprünün onarımını "
             "Kerkük İl Özel İdaresi üstlendi. İlçe halkı yatırımları memnuniyetle karşıladı."},
    {"title": "Altunköprü'nün geçmişi",
     "text": "Altunköprü, Zap suyu üzerindeki taş köprüsüyle bilinir. Köprü Osmanlı döneminde yapıldı."},
]
BRIDGE_QUESTION = "Altunköprü'deki taş köprünün onarımını hangi kurum üstlendi?"


@pytest.fixture(scope="module")
def browser(app_server):
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, app_server):
    """A fresh page on the app: its own context, so nothing is shared with another test."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="tr-TR")
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(app_server["url"])
    page.wait_for_selector("#arsiv-question textarea")
    yield page
    page.context.close()


def ask(page, question: str) -> None:
    """Type a question, send it, and wait until its answer has finished streaming."""
    answers_before = page.locator("#arsiv-chat .arsiv-done").count()
    page.fill("#arsiv-question textarea", question)
    page.keyboard.press("Enter")
    page.locator("#arsiv-chat .arsiv-done").nth(answers_before).wait_for()


def last_answer(page):
    return page.locator("#arsiv-chat .arsiv-done").last


def shown_sources(answer) -> list[tuple[str, str]]:
    """(number, date) of each source as the answer lists them, top to bottom."""
    sources = answer.locator(".arsiv-source")
    dates = sources.locator(".arsiv-date, time").all_inner_texts()
    return list(zip(sources.locator(".arsiv-n").all_inner_texts(),
                    [d.strip("· ").strip() for d in dates], strict=True))


def test_question_gets_a_streamed_cited_answer_with_source_cards(page, tmp_path):
    ask(page, "Bakü'deki konferansı kimler düzenledi?")
    answer = last_answer(page)
    assert "Kerkük Kültür Derneği" in answer.locator(".arsiv-text").inner_text()
    assert answer.locator("a.arsiv-cite").first.inner_text() == "[1]"
    card = answer.locator(".arsiv-source").first
    assert card.locator(".arsiv-n").inner_text() == "[1]"
    assert "Irak Türkleri – Azerbaycan İlişkilerinde Yeni Ufuklar" in card.inner_text()
    assert "Kerkük Kültür Derneği" in card.locator("mark").inner_text()
    assert "corpus/irak-turkleri-azerbaycan-iliskileri.txt" in card.inner_text()
    page.screenshot(path=str(tmp_path / "answer.png"), full_page=True)
    assert (tmp_path / "answer.png").stat().st_size > 10_000


def test_follow_up_uses_the_chat_history(page):
    ask(page, "Bakü'deki konferansı kimler düzenledi?")
    ask(page, "peki kaç kişilik heyet katıldı?")
    answer = last_answer(page)
    assert "Soruyu şöyle anladım" in answer.inner_text()
    assert "Bakü" in answer.locator(".arsiv-understood").inner_text()  # read with the first question
    assert "40 kişilik" in answer.locator(".arsiv-text").inner_text()


def test_archive_markup_is_shown_as_text_never_run(page, tmp_path):
    ask(page, "Kerkük Kale Festivali afişinde hangi metin yer aldı?")
    answer = last_answer(page)
    assert "<script>window.__xss = 1</script>" in answer.inner_text()
    assert page.locator("#arsiv-chat script").count() == 0
    assert page.evaluate("window.__xss") is None
    page.screenshot(path=str(tmp_path / "escaped.png"), full_page=True)


def test_timeline_view_orders_sources(page, app_server, tmp_path):
    from gradio_client import Client, handle_file

    export = tmp_path / "altunkopru.jsonl"
    export.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in BRIDGE_ARTICLES), encoding="utf-8")
    Client(app_server["url"], verbose=False).predict(ADMIN_PASSWORD, [handle_file(str(export))], api_name="/upload")

    ask(page, BRIDGE_QUESTION)  # cards: in citation order, the newest article first
    assert shown_sources(last_answer(page)) == [("[1]", "2 Mayıs 2024"), ("[2]", "20 Kasım 2019")]
    page.get_by_label("Zaman çizelgesi").check()
    ask(page, BRIDGE_QUESTION)
    timeline = last_answer(page).locator("ol.arsiv-timeline")
    assert "Kaynaklar, tarih sırasıyla" in last_answer(page).inner_text()
    assert shown_sources(timeline) == [("[2]", "20 Kasım 2019"), ("[1]", "2 Mayıs 2024")]  # oldest first
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)


def test_like_is_stored_with_question_answer_and_sources(page, app_server):
    question = "Konferansa kaç kişilik Irak Türkmen heyeti katıldı?"
    ask(page, question)
    ask(page, "Bakü'deki konferansı kimler düzenledi?")
    page.locator("#arsiv-chat button[aria-label='Beğen']").first.click()  # on the first answer, not the last
    folder = app_server["data"] / "feedback"

    def entries() -> list[dict]:
        return [json.loads(line) for f in sorted(folder.glob("*.jsonl")) for line in f.read_text().splitlines()]

    for _ in range(100):
        if any(e["question"] == question for e in entries()):
            break
        page.wait_for_timeout(100)
    assert entries()[-1]["liked"] is True
    assert entries()[-1]["question"] == question
    assert entries()[-1]["sources"] and entries()[-1]["answer"]
    assert "40 kişilik" in entries()[-1]["answer"]


def test_background_brief_mode(page):
    page.get_by_label("Arka plan").check()
    ask(page, "Irak Türkmenleri ve Azerbaycan ilişkileri")
    brief = last_answer(page)
    assert "Arka plan" in brief.inner_text()
    assert brief.locator("ol.arsiv-brief li").count() >= 1
    assert "tarih yok" in brief.locator("ol.arsiv-brief").inner_text()
    assert brief.locator(".arsiv-source").count() >= 1


def test_maintainer_uploads_an_article_and_it_answers(page, tmp_path):
    article = tmp_path / "Süleymaniye Şiir Akşamı.txt"
    article.write_text("Süleymaniye'de Türkmen şiir akşamı\n\n"
                       "Süleymaniye'deki Türkmen şiir akşamında şair Ayşe Demirci ödül aldı. "
                       "Şiir akşamı Türkmen Kültür Merkezi'nde yapıldı.", encoding="utf-8")
    export = tmp_path / "edebiyat.jsonl"
    export.write_text(json.dumps({"title": "Kerkük'te divan şiiri günü", "category": "Edebiyat",
                                  "text": "Kerkük'te divan şiiri günü düzenlendi ve Fuzuli anıldı."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    page.get_by_role("tab", name="Bakım").click()
    page.fill("#arsiv-password input", ADMIN_PASSWORD)
    page.get_by_role("button", name="Giriş").click()
    page.locator("#arsiv-upload input[type=file]").set_input_files([str(article), str(export)])
    page.get_by_role("button", name="Yükle ve dizinle").click()
    page.locator("#arsiv-report", has_text="eklenen: 2").wait_for()
    assert "Belge:" in page.locator("body").inner_text()
    page.screenshot(path=str(tmp_path / "maintainers.png"), full_page=True)

    page.get_by_role("tab", name="Sohbet").click()
    page.get_by_label("Kategori").click()  # the new category is offered without a reload
    page.get_by_role("option", name="Edebiyat").wait_for()
    page.keyboard.press("Escape")
    ask(page, "Süleymaniye'deki şiir akşamında kim ödül aldı?")
    answer = last_answer(page)
    assert "Ayşe Demirci" in answer.locator(".arsiv-text").inner_text()
    assert "Süleymaniye'de Türkmen şiir akşamı" in answer.locator(".arsiv-source").first.inner_text()

"""The maintainers' desk in a real headless Chromium (Debian's, driven by Playwright) against
the real app: log in, the documents table, search, removal with its confirmation (and the
removed article no longer answers), the upload widget emptied after an upload, a rejected
upload not kept, the month chart's numeric axis, and the desk on a phone.

Each test opens its own page and uploads what it needs; the app server is shared with other
test files, so a test removes only documents it uploaded itself, each on a topic of its own."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import (ADMIN_PASSWORD, BROWSER_TIMEOUT_MS, browser_retry, in_page, needs_chromium,
                            upload_by_api, watch_for_crash)

pytestmark = [needs_chromium, browser_retry]
SHOTS = Path("/tmp/shots")
DESKTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}

MUSEUM = ("Tuzhurmatu'da Türkmen halı müzesi açıldı\n\n"
          "Tuzhurmatu'da açılan Türkmen halı müzesinin müdürlüğüne Kadriye Bayraktar atandı. "
          "Müzede yüz yıllık kırk halı sergileniyor.")
MUSEUM_QUESTION = "Tuzhurmatu'daki Türkmen halı müzesinin müdürü kim?"


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def open_page(browser, app_server, viewport=DESKTOP):
    page = watch_for_crash(browser.new_page(viewport=viewport, locale="tr-TR"))
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    page.goto(app_server["url"])
    page.get_by_role("tab", name="Bakım").wait_for()
    return page


@pytest.fixture
def page(browser, app_server):
    """A fresh desktop page: its own context, so nothing is shared with another test."""
    page = open_page(browser, app_server)
    yield page
    page.context.close()


@pytest.fixture
def phone(browser, app_server):
    page = open_page(browser, app_server, PHONE)
    yield page
    page.context.close()


def shoot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot in the test's folder, copied to /tmp/shots/desk-<name>.png."""
    path = tmp_path / f"desk-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


def log_in(page) -> None:
    page.get_by_role("tab", name="Bakım").click()
    page.fill("#arsiv-password input", ADMIN_PASSWORD)
    page.get_by_role("button", name="Giriş").click()
    page.locator("#arsiv-desk-caption", has_text="Arşivde").wait_for()


def caption(page) -> str:
    return page.locator("#arsiv-desk-caption").inner_text()


def search_for(page, text: str) -> None:
    """Type into the desk's search box and press Enter; wait until the table shows that search."""
    page.fill("#arsiv-desk-search textarea, #arsiv-desk-search input", text)
    page.keyboard.press("Enter")
    page.locator("#arsiv-desk-caption", has_text=f"“{text}” araması").wait_for()


def cell_texts(page, column: int) -> list[str]:
    return page.locator(f"#arsiv-desk-table [role=gridcell][data-col='{column}']").all_inner_texts()


def ask(page, question: str) -> None:
    """In the chat: send a question and wait until its answer has finished streaming."""
    page.get_by_role("tab", name="Sohbet").click()
    answers_before = page.locator("#arsiv-chat .arsiv-done").count()
    page.fill("#arsiv-question textarea", question)
    page.keyboard.press("Enter")
    page.locator("#arsiv-chat .arsiv-done").nth(answers_before).wait_for()


def test_desk_lists_searches_and_removes_an_upload_which_then_no_longer_answers(page, app_server, tmp_path):
    from gradio_client import Client

    article = tmp_path / "Tuzhurmatu Halı Müzesi.txt"
    article.write_text(MUSEUM, encoding="utf-8")
    doc_id = "uploads/Tuzhurmatu Halı Müzesi.txt"
    assert upload_by_api(app_server, article)["added"] == [doc_id]
    client = Client(app_server["url"], verbose=False)
    answered = client.predict(MUSEUM_QUESTION, api_name="/ask")
    assert "Kadriye Bayraktar" in answered["text"] and answered["sources"][0]["doc_id"] == doc_id

    log_in(page)
    assert re.search(r"Arşivde \d+ belge", caption(page))
    titles = cell_texts(page, 0)
    assert "Tuzhurmatu'da Türkmen halı müzesi açıldı" in titles  # the newest first
    assert any("Irak Türkleri" in t for t in titles)  # the bundled article
    search_for(page, "TUZHURMATU halı")
    assert cell_texts(page, 0) == ["Tuzhurmatu'da Türkmen halı müzesi açıldı"]
    assert cell_texts(page, 2) == [doc_id] and cell_texts(page, 3) == ["—"] and cell_texts(page, 4) == ["metin"]
    assert "araması: 1 belge" in caption(page)
    shoot(page, tmp_path, "search")

    page.get_by_role("gridcell", name="Tuzhurmatu'da Türkmen halı müzesi açıldı").click()
    # a click on the row chooses its document
    expect(page.locator("#arsiv-desk-choice input")).to_have_value(re.compile("Tuzhurmatu"), timeout=BROWSER_TIMEOUT_MS)
    page.get_by_role("button", name="Kaldır…").click()
    notice = page.locator("#arsiv-desk-confirm-text", has_text="Emin misiniz")
    notice.wait_for()
    assert "Tuzhurmatu'da Türkmen halı müzesi açıldı" in notice.inner_text()
    assert "yüklenen dosya silinir" in notice.inner_text()
    assert (app_server["data"] / "uploads" / "Tuzhurmatu Halı Müzesi.txt").is_file()  # nothing done yet
    notice.scroll_into_view_if_needed()
    shoot(page, tmp_path, "confirm")

    page.get_by_role("button", name="Evet, kaldır").click()
    page.locator("#arsiv-report", has_text="kaldırılan: 1").wait_for()
    page.locator("#arsiv-desk-caption", has_text="aramaya uyan yok").wait_for()
    assert not notice.is_visible()
    assert not (app_server["data"] / "uploads" / "Tuzhurmatu Halı Müzesi.txt").exists()
    shoot(page, tmp_path, "removed")

    ask(page, MUSEUM_QUESTION)
    answer = page.locator("#arsiv-chat .arsiv-done").last
    assert "Kadriye Bayraktar" not in answer.inner_text()
    assert "Tuzhurmatu'da Türkmen halı müzesi" not in answer.inner_text()  # not among its sources either
    shoot(page, tmp_path, "after-removal-answer")
    again = client.predict(MUSEUM_QUESTION, api_name="/ask")
    assert all(s["doc_id"] != doc_id for s in again["sources"])


def test_cancel_keeps_the_document(page, app_server, tmp_path):
    article = tmp_path / "Daquq Kilim.txt"
    article.write_text("Dakuk'ta kilim dokuma kursu başladı\n\nDakuk'ta açılan kilim dokuma kursuna "
                       "otuz kadın katılıyor. Kursu Dakuk Türkmen Kadınlar Derneği düzenledi.", encoding="utf-8")
    upload_by_api(app_server, article)
    log_in(page)
    search_for(page, "dakuk kilim")
    page.get_by_role("gridcell", name="Dakuk'ta kilim dokuma kursu başladı").click()
    expect(page.locator("#arsiv-desk-choice input")).to_have_value(re.compile("Dakuk"), timeout=BROWSER_TIMEOUT_MS)
    page.get_by_role("button", name="Kaldır…").click()
    page.locator("#arsiv-desk-confirm-text", has_text="Emin misiniz").wait_for()
    page.get_by_role("button", name="Vazgeç").click()
    page.locator("#arsiv-desk-confirm-text").wait_for(state="hidden")
    search_for(page, "dakuk kilim")
    assert cell_texts(page, 0) == ["Dakuk'ta kilim dokuma kursu başladı"]
    assert (app_server["data"] / "uploads" / "Daquq Kilim.txt").is_file()


def test_upload_empties_the_widget_and_a_rejected_file_is_not_kept(page, app_server, tmp_path):
    good = tmp_path / "Altun Kupri Çarşısı.txt"
    good.write_text("Altunköprü'de tarihi çarşı onarıldı\n\nAltunköprü'deki tarihi kapalı çarşının "
                    "onarımı iki yılda tamamlandı ve çarşı yeniden esnafa açıldı.", encoding="utf-8")
    empty = tmp_path / "bos-belge.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "kirik-disa-aktarim.jsonl"
    broken.write_text("{bu satır JSON değil\n", encoding="utf-8")
    uploads = app_server["data"] / "uploads"
    log_in(page)
    widget = page.locator("#arsiv-upload")
    widget.locator("input[type=file]").set_input_files([str(good), str(empty), str(broken)])
    widget.get_by_text("bos-belge", exact=True).wait_for()  # (the widget shows name and extension apart)
    page.get_by_role("button", name="Yükle ve dizinle").click()
    report = page.locator("#arsiv-report", has_text="reddedilen: 2")
    report.wait_for()
    assert "eklenen: 1" in report.inner_text()
    assert "tutulmadı" in report.inner_text() and "bos-belge.txt" in report.inner_text()
    widget.get_by_text("bos-belge", exact=True).wait_for(state="detached")  # the widget is empty again
    assert widget.get_by_text("Altun Kupri Çarşısı", exact=True).count() == 0
    assert (uploads / "Altun Kupri Çarşısı.txt").is_file()
    assert not (uploads / "bos-belge.txt").exists() and not (uploads / "kirik-disa-aktarim.jsonl").exists()
    assert not [p.name for p in uploads.iterdir() if p.name.startswith(".")]
    search_for(page, "altunköprü çarşı")  # the desk lists the new document
    assert cell_texts(page, 0) == ["Altunköprü'de tarihi çarşı onarıldı"]
    shoot(page, tmp_path, "upload")

    widget.locator("input[type=file]").set_input_files([str(good)])  # the same file again
    widget.get_by_text("Altun Kupri Çarşısı", exact=True).wait_for()
    page.get_by_role("button", name="Yükle ve dizinle").click()
    page.locator("#arsiv-report", has_text="değişmeyen: 1").wait_for()
    assert "eklenen: 0" in page.locator("#arsiv-report").inner_text()
    assert (uploads / "Altun Kupri Çarşısı.txt").is_file()


def test_month_chart_has_a_numeric_axis_with_zero_months(page, app_server, tmp_path):
    export = tmp_path / "kerkuk-kitap-fuari.jsonl"
    export.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in [
        {"title": "Kerkük kitap fuarı hazırlıkları", "date": "2016-01-12",
         "text": "Kerkük kitap fuarı için hazırlıklar başladı; fuara yirmi yayınevi katılacak."},
        {"title": "Kerkük kitap fuarı açıldı", "date": "2016-03-02",
         "text": "Kerkük kitap fuarı açıldı; fuarda Türkmence kitaplar ilgi gördü."},
    ]), encoding="utf-8")
    upload_by_api(app_server, export)
    log_in(page)
    chart = page.locator("#arsiv-months")
    y_axis = chart.locator("[aria-label^='Y-axis']")
    y_axis.wait_for()
    assert "linear scale with values from 0 to" in y_axis.get_attribute("aria-label")  # numeric, from 0
    labels = y_axis.locator(".role-axis-label text").evaluate_all("texts => texts.map(t => t.textContent)")
    assert labels and all(label.isdigit() for label in labels)  # whole numbers only
    assert [int(v) for v in labels] == sorted(int(v) for v in labels)  # 0 at the bottom, counting up
    if chart.locator("[aria-label^='ay ya da yıl: 2016; ']").count() == 0:  # two years at most: months
        assert chart.locator("[aria-label='ay ya da yıl: 2016-02; haber: 0']").count() == 1  # an empty month
        assert chart.locator("[aria-label='ay ya da yıl: 2016-01; haber: 1']").count() == 1
    # an upload reaching years back: the chart shows the archive's years at once (it kept the
    # months it had, under a "by year" title, until the page was opened again)
    old = tmp_path / "kerkuk-kitap-fuari-2003.jsonl"
    old.write_text(json.dumps({"title": "Kerkük'te ilk Türkmence kitap fuarı", "date": "2003-05-20",
                               "text": "Kerkük'te ilk Türkmence kitap fuarı on yayınevinin katılımıyla açıldı."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    page.locator("#arsiv-upload input[type=file]").set_input_files([str(old)])
    page.locator("#arsiv-upload").get_by_text("kerkuk-kitap-fuari-2003", exact=True).wait_for()
    page.get_by_role("button", name="Yükle ve dizinle").click()
    page.locator("#arsiv-report", has_text="eklenen: 1").wait_for()
    chart.locator("[aria-label='ay ya da yıl: 2003; haber: 1']").wait_for()
    assert chart.locator("[aria-label^='ay ya da yıl: 2016; haber: ']").count() == 1
    assert chart.locator("[aria-label^='ay ya da yıl: 2016-']").count() == 0
    chart.scroll_into_view_if_needed()
    shoot(page, tmp_path, "chart")


def test_desk_on_a_phone(phone, app_server, tmp_path):
    article = tmp_path / "Telafer Bağları.txt"
    article.write_text("Telafer'de bağ bozumu şenliği yapıldı\n\nTelafer'deki bağ bozumu şenliğinde "
                       "üzüm üreticileri ödüllendirildi ve Türkmen türküleri söylendi.", encoding="utf-8")
    upload_by_api(app_server, article)
    log_in(phone)
    search_for(phone, "bağ bozumu")
    assert cell_texts(phone, 0) == ["Telafer'de bağ bozumu şenliği yapıldı"]
    phone.get_by_role("gridcell", name="Telafer'de bağ bozumu şenliği yapıldı").click()
    expect(phone.locator("#arsiv-desk-choice input")).to_have_value(re.compile("Telafer"), timeout=BROWSER_TIMEOUT_MS)
    phone.get_by_role("button", name="Kaldır…").click()
    phone.locator("#arsiv-desk-confirm-text", has_text="Emin misiniz").wait_for()
    assert in_page(phone, "document.documentElement.scrollWidth") <= PHONE["width"]  # the page never scrolls sideways
    # every column is there, each heading over its column, title, date and source in the first view and the
    # others a swipe away inside the table (strangers' finds: six columns ran off a phone's screen, and then
    # hiding four of them left them wanting)
    columns = in_page(phone, """() => {
      const box = (e) => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; };
      const shown = (cells) => Array.from(cells).filter((c) => c.getBoundingClientRect().width > 0).map(box);
      return [shown(document.querySelectorAll('#arsiv-desk-table th')),
              shown(document.querySelector('#arsiv-desk-table .virtual-row').children)];
    }""")
    headings, cells = columns
    assert len(headings) == len(cells) == 7
    assert all(abs(h[0] - c[0]) <= 2 for h, c in zip(headings, cells))
    assert all(c[1] <= PHONE["width"] for c in cells[:3])
    assert phone.get_by_role("button", name="Evet, kaldır").is_visible()
    # in view, not below the fold (a stranger's find): the page scrolls to the confirmation
    expect(phone.get_by_role("button", name="Evet, kaldır")).to_be_in_viewport(timeout=BROWSER_TIMEOUT_MS)
    shoot(phone, tmp_path, "phone")
    phone.get_by_role("button", name="Vazgeç").click()


def what_the_page_says(page, app_server) -> str:
    """The report, any error toast and the app log's tail: what a failed wait needs to be read."""
    toasts = page.locator(".toast-body").all_inner_texts()
    log = (app_server["home"] / "app.log").read_text(encoding="utf-8", errors="replace")
    return (f"report: {page.locator('#arsiv-report').inner_text()!r}\ntoasts: {toasts}\n"
            f"app log (end):\n{log[-3000:]}")


def test_sync_a_site_from_a_phone(phone, app_server, tmp_path):
    """'Siteyi eşitle' on a phone: the address typed, the report with the site's line, the
    new articles in the desk, and the page never wider than the screen."""
    from tests.sites import ARTICLES, site_folder, static_server, write_robots, write_sitemap

    root = site_folder(tmp_path / "site", ARTICLES[:2])
    with static_server(root) as base:
        write_sitemap(root, base, ARTICLES[:2])
        write_robots(root, sitemap=base + "/sitemap.xml")
        log_in(phone)
        phone.get_by_role("button", name="Site eşitleme").click()  # the accordion opens
        address = phone.locator("#arsiv-sync-sites textarea")
        expect(address).to_be_editable()
        # typed as a reader types, then left: a value set in one go right after the accordion
        # opened once reached the server empty on a busy CI machine ("site adresi yazılmadı")
        address.click()
        address.press_sequentially(base)
        address.press("Tab")
        expect(address).to_have_value(base)
        phone.get_by_role("button", name="Siteyi eşitle").click()
        report = phone.locator("#arsiv-report")
        try:  # a sync is a few polite requests and two articles embedded; a busy CI machine is slow
            expect(report).to_contain_text("site haritası", timeout=3 * BROWSER_TIMEOUT_MS)
        except AssertionError as exc:
            shoot(phone, tmp_path, "sync-phone-failed")
            raise AssertionError(what_the_page_says(phone, app_server)) from exc
        assert "eklenen: 2" in report.inner_text() and "tamamlandı" in report.inner_text()
        assert in_page(phone, "document.documentElement.scrollWidth") <= PHONE["width"]
        shoot(phone, tmp_path, "sync-phone")
    search_for(phone, base + ARTICLES[1].path)  # the desk finds it by its live address
    assert cell_texts(phone, 0) == ["Telafer'e yeni su hattı"]

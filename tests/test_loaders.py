"""Every format from real files, and every kind of bad input rejected with a reason."""

import json

import pytest
from conftest import CORPUS, make_pdf

from ingest.loaders import RejectedFile, load_file

MB = 1024 * 1024
BODY = "Kerkük'te kültür festivali düzenlendi. Festivale binlerce kişi katıldı."


def load(path, max_bytes=25 * MB):
    return load_file(path, f"t/{path.name}", max_bytes)


def test_seed_article_title_and_no_comment_form():
    doc = load(CORPUS / "irak-turkleri-azerbaycan-iliskileri.txt").documents[0]
    assert doc.metadata["title"] == "Irak Türkleri – Azerbaycan İlişkilerinde Yeni Ufuklar"
    assert "Kerkük Kültür Derneği" in doc.page_content
    assert "Bakü'de" in doc.page_content  # typographic apostrophe unified
    for boilerplate in ("Bir yanıt yazın", "E-posta adresiniz", "Gerekli alanlar"):
        assert boilerplate not in doc.page_content


def test_markdown_title_from_heading(write):
    doc = load(write("a.md", f"# Kerkük Haberi\n\n{BODY}")).documents[0]
    assert doc.metadata["title"] == "Kerkük Haberi"
    assert doc.metadata["doc_id"] == "t/a.md"


def test_markdown_marks_are_taken_off_and_its_text_kept(write):
    """A stranger's "**KERKÜK** –" dateline was shown in bold as if it were the short answer."""
    text = ("# Hoyrat Festivali\n\n**KERKÜK** – Festival *üç gün* sürdü, [dernek](https://ornek.org) düzenledi.\n\n"
            "## Yarışmanın birincisi Telafer'den\n\n> Birinci, ödülünü `Kışla` binasında aldı.\n")
    doc = load(write("b.md", text)).documents[0]
    assert doc.metadata["title"] == "Hoyrat Festivali"
    content = doc.page_content
    assert "KERKÜK – Festival üç gün sürdü, dernek düzenledi." in content
    assert "Yarışmanın birincisi Telafer'den" in content and "Birinci, ödülünü Kışla binasında aldı." in content
    assert not any(mark in content for mark in ("**", "#", "](", "`", "> "))


def test_a_list_item_is_a_paragraph_of_its_own_without_its_bullet(write):
    """A stranger's Markdown list was one run-on "sentence" shown as "- … - … - …" with three items
    nobody asked for; a text file's "•" items the same. A line opening with a number is no item: in
    Turkish it is as often an ordinal ("15. yüzyılda …"), and its number is kept in its sentence."""
    text = ("# Trafik Kampanyası\n\nKampanya kapsamında:\n- Broşürler dağıtılacak.\n* Hız sınırı 80 kilometreye "
            "düşürüldü.\n\nKale camisi Osmanlı döneminde,\n15. yüzyılda yapıldı.\n")
    paragraphs = load(write("list.md", text)).documents[0].page_content.split("\n\n")
    assert paragraphs == ["Kampanya kapsamında:", "Broşürler dağıtılacak.", "Hız sınırı 80 kilometreye düşürüldü.",
                          "Kale camisi Osmanlı döneminde, 15. yüzyılda yapıldı."]
    # (a line after a finished item is none of it; an en dash opens an item too)
    bullets = load(write("list.txt", "Kampanya\nYapılacaklar:\n• Broşür dağıtılacak.\n– Kamera kurulacak.\n"
                                     "Tören saat 18.00'de sona erdi.")).documents[0]
    assert bullets.page_content.split("\n\n") == ["Yapılacaklar:", "Broşür dağıtılacak.", "Kamera kurulacak.",
                                                   "Tören saat 18.00'de sona erdi."]


@pytest.mark.parametrize("opening", ["Kerkük, 18 Nisan 2026 – ", "KERKÜK – 18 NİSAN 2026 – ", "18 Nisan 2026 - "])
def test_a_wires_dateline_opening_the_lead_dates_the_article_and_keeps_the_lead(write, opening):
    """The 97th stranger's "Kerkük, 18 Nisan 2026 – <lead>" left five of six articles undated ("tarih yok"), the
    date shown inside answers: the date is the article's, the lead its first sentence."""
    lead = "Kerkük Milli Eğitim Müdürlüğü'nün düzenlediği robotik yarışmasını Türkmen Fen Lisesi kazandı."
    doc = load(write("robotik.txt", f"Robotik Yarışması\n\n{opening}{lead}\n\nİkinci paragraf burada.")).documents[0]
    assert doc.metadata["date"] == "2026-04-18"
    assert doc.page_content.startswith(lead) and "2026" not in doc.page_content


def test_a_lead_opening_on_a_number_keeps_its_dateline(write):
    """The 103rd stranger's "Ankara, 14 Temmuz 2026 – 1959 yılında Kerkük'te …" was left undated ("tarih yok"): a
    number that starts no date is the lead's."""
    lead = "1959 yılında Kerkük'te yaşanan olayları anlatan sözlü tarih kitabı Ankara'da tanıtıldı."
    doc = load(write("kitap.txt", f"Kitap tanıtımı\n\nAnkara, 14 Temmuz 2026 – {lead}")).documents[0]
    assert doc.metadata["date"] == "2026-07-14" and doc.page_content.startswith(lead)


def test_a_date_range_opening_the_lead_is_no_dateline(write):
    """"Etkinlik, 15 Mart 2026 - 20 Mart 2026 tarihleri arasında …" is the event's, kept whole (a reviewer's find)."""
    lead = "Etkinlik, 15 Mart 2026 - 20 Mart 2026 tarihleri arasında Kerkük Kalesi'nde yapılacak."
    doc = load(write("etkinlik.txt", f"Festival\n\n{lead}")).documents[0]
    assert doc.metadata["date"] is None and doc.page_content.startswith(lead)


@pytest.mark.parametrize("encoding", ["cp1254", "iso-8859-9"])
def test_old_turkish_code_pages_are_decoded(write, encoding):
    text = "Şırnak İli Haberi\n\nIğdır ve Kerkük'te ğüşıöç harfleri doğru okunmalı."
    doc = load(write("eski.txt", text, encoding=encoding)).documents[0]
    assert doc.metadata["title"] == "Şırnak İli Haberi"
    assert "Iğdır" in doc.page_content and "ğüşıöç" in doc.page_content


def test_utf8_bom_is_dropped(write):
    doc = load(write("bom.txt", b"\xef\xbb\xbf" + f"Başlık\n\n{BODY}".encode())).documents[0]
    assert doc.metadata["title"] == "Başlık"


HTML = """<html><head><title>Kerkük Festivali | Haber Sitesi</title>
<meta property="og:title" content="Kerkük Festivali">
<meta property="article:published_time" content="2024-05-03T10:00:00+03:00">
<meta name="author" content="Ayşe Yılmaz">
<link rel="canonical" href="https://haber.example/kerkuk-festivali">
</head><body>
<nav><ul><li>Ana Sayfa</li><li>Siyaset</li><li>Kültür</li></ul></nav>
<article><h1>Kerkük Festivali</h1>
<p>Kerkük'te kültür festivali düzenlendi ve binlerce kişi katıldı. Festival üç gün sürdü.</p>
<p>Türkmen sanatçılar sahne aldı, halk oyunları gösterileri büyük ilgi gördü.</p>
<div class="share">Paylaş</div></article>
<div id="respond"><h3>Bir yanıt yazın</h3><p>E-posta adresiniz yayınlanmayacak.</p></div>
<footer>© 2024 Haber Sitesi</footer></body></html>"""


def test_html_article_text_and_metadata(write):
    doc = load(write("haber.html", HTML)).documents[0]
    meta = doc.metadata
    assert meta["title"] == "Kerkük Festivali"
    assert meta["date"] == "2024-05-03"
    assert meta["url"] == "https://haber.example/kerkuk-festivali"
    assert "halk oyunları" in doc.page_content
    for junk in ("Ana Sayfa", "Bir yanıt yazın", "E-posta adresiniz", "Paylaş"):
        assert junk not in doc.page_content


def test_a_category_given_only_as_a_category_link_is_read(write):
    """A stranger's saved page named its category only as WordPress's category link, and the
    category filter did not offer it."""
    page = HTML.replace("<article>", '<p class="cat">Kategori: <a href="/ekonomi" rel="category tag">Ekonomi</a> '
                                     '<a href="/etiket/sut" rel="tag">süt</a></p><article>')
    assert load(write("kategori.html", page)).documents[0].metadata["categories"] == ["Ekonomi"]  # not the tag
    assert load(write("haber.html", HTML)).documents[0].metadata["categories"] == []


def test_html_of_only_navigation_is_rejected(write):
    nav = "<html><body><nav><a href='/'>Ana Sayfa</a><a href='/k'>Kültür</a></nav></body></html>"
    with pytest.raises(RejectedFile, match="menü"):
        load(write("menu.html", nav))


def test_pdf_pages_are_kept_and_hyphenation_joined(tmp_path):
    pdf = make_pdf(tmp_path / "rapor.pdf", [
        "Kerkük kültür merkezi yeni müze kurdu. Törene\nyüzlerce üye geldi ve mer-\nkez gezildi.",
        "Bakü ile ortak projeler görüldü. Gelecek sene yeni festival olacak.",
    ])
    doc = load(pdf).documents[0]
    assert doc.metadata["paged"] and doc.metadata["pages"] == 2
    assert doc.metadata["title"] == "Kerkük Kültür Raporu"
    first, second = doc.page_content.split("\f")
    assert "Törene yüzlerce üye geldi ve merkez gezildi." in first
    assert second.startswith("Bakü ile ortak projeler")


def test_a_news_pdf_keeps_its_headline_and_dateline_apart_from_the_text(tmp_path):
    """A stranger's PDF came out undated, its headline and "KERKÜK – 18 OCAK 2025" glued to the
    first sentence: extraction wraps lines, and cleaning joins them before the dateline is read."""
    pdf = make_pdf(tmp_path / "kongre.pdf", ["Irak Türkmen Ögretmenler Birligi'nin yeni\nbaskani Dr. Sevim Agali oldu\n"
                                             "KERKÜK - 18 OCAK 2025\nBirligin 8. Olagan Kongresi 17 Ocak 2025 Cuma\n"
                                             "günü Kerkük Üniversitesi'nde yapildi."], title=None)
    doc = load(pdf).documents[0]
    assert doc.metadata["date"] == "2025-01-18"
    assert doc.metadata["title"] == "Irak Türkmen Ögretmenler Birligi'nin yeni baskani Dr. Sevim Agali oldu"
    assert doc.page_content.startswith("Birligin 8. Olagan Kongresi 17 Ocak 2025 Cuma günü Kerkük")


def test_a_pdfs_running_header_and_page_numbers_are_not_its_text(tmp_path):
    """The 75th stranger's bulletin: "Türkmen Kültür Bülteni · Sayı 48 · Kasım 2025" and "Sayfa 1" atop each page were
    quoted as the first sentence of every page, and the header's month hid the dateline below it."""
    header = "Türkmen Kültür Bülteni - Sayi 48 - Kasim 2025"
    pdf = make_pdf(tmp_path / "bulten.pdf", [
        f"{header}\nSayfa 1\nTürkmence Sözlük yayimlandi\nKERKÜK - 11 KASIM 2025\nSözlükte toplam 24.500 madde var.",
        f"{header}\nSayfa 2\nSözlügün basim maliyeti 96 milyon dinar oldu."], title=None)
    doc = load(pdf).documents[0]
    assert doc.metadata["date"] == "2025-11-11" and doc.metadata["title"] == "Türkmence Sözlük yayimlandi"
    assert "Bülteni" not in doc.page_content and "Sayfa" not in doc.page_content
    assert "Sözlügün basim maliyeti 96 milyon dinar oldu." in doc.page_content


def test_a_pdfs_subheading_is_a_paragraph_of_its_own(tmp_path):
    """A stranger's PDF quoted "Projenin finansmanı 7,5 milyon dolarlık projenin tamamı …": its
    lines carry no blank line, and the subheading was joined to the sentence under it."""
    pdf = make_pdf(tmp_path / "su.pdf", [
        "Telafer'e yeni su hatti\n5 Temmuz 2021\nBelediye yeni hattin tamamlandigini acikladi.\n"
        "Projenin finansmani\n7,5 milyon dolarlik projenin tamami Birlesmis Milletler tarafindan\n"
        "finanse edildi ve calismalar 14 ay surdu."], title=None)
    text = load(pdf).documents[0].page_content
    assert "\n\nProjenin finansmani\n\n7,5 milyon dolarlik projenin tamami Birlesmis Milletler" in text
    assert "Belediye yeni hattin tamamlandigini acikladi." in text


def test_encrypted_pdf_is_rejected(tmp_path):
    pdf = make_pdf(tmp_path / "gizli.pdf", ["Gizli metin burada yer alıyor ve okunamaz."], encrypt="parola")
    with pytest.raises(RejectedFile, match="şifreli"):
        load(pdf)


def test_image_only_pdf_is_rejected(tmp_path):
    with pytest.raises(RejectedFile, match="OCR"):
        load(make_pdf(tmp_path / "tarama.pdf", [""], image_only=True))


def test_corrupt_pdf_is_rejected(write, tmp_path):
    good = make_pdf(tmp_path / "iyi.pdf", ["Metin metin metin metin metin metin."]).read_bytes()
    with pytest.raises(RejectedFile, match="bozuk PDF: dosya okunamadı") as cut:
        load(write("bozuk.pdf", good[: len(good) // 3]))
    assert str(cut.value).index("dosya okunamadı") < str(cut.value).find("teknik ayrıntı")  # Turkish first
    with pytest.raises(RejectedFile, match="bozuk PDF"):
        load(write("sahte.pdf", b"bu bir pdf degil" * 10))


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Site</title>
<item><title>Kerkük Festivali</title><link>https://site.example/kerkuk-festivali</link>
<pubDate>Fri, 03 May 2024 10:00:00 +0000</pubDate><dc:creator>ayse</dc:creator>
<category domain="category" nicename="kultur"><![CDATA[Kültür]]></category>
<category domain="post_tag" nicename="kerkuk"><![CDATA[Kerkük]]></category>
<content:encoded><![CDATA[<p>Kerkük'te festival düzenlendi. Binlerce kişi katıldı.</p><p>Sanatçılar sahne aldı.</p>]]></content:encoded>
<wp:post_id>11</wp:post_id><wp:post_date>2024-05-03 13:00:00</wp:post_date>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Taslak</title><content:encoded><![CDATA[<p>Yayımlanmamış taslak metni burada.</p>]]></content:encoded>
<wp:post_id>12</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Hakkımızda</title><content:encoded><![CDATA[<p>Sayfa metni burada yer alıyor.</p>]]></content:encoded>
<wp:post_id>13</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
</channel></rss>"""


def test_wxr_published_posts_only_with_metadata(write):
    docs = load(write("export.xml", WXR)).documents
    assert len(docs) == 1
    meta = docs[0].metadata
    assert meta["doc_id"] == "t/export.xml#11"
    assert meta["date"] == "2024-05-03" and meta["author"] == "ayse"
    assert meta["categories"] == ["Kültür"] and meta["url"] == "https://site.example/kerkuk-festivali"
    assert docs[0].page_content == "Kerkük'te festival düzenlendi. Binlerce kişi katıldı.\n\nSanatçılar sahne aldı."


def test_wxr_with_broken_entity_still_yields_posts(write):
    broken = WXR.replace("<title>Site</title>", "<title>Site &bozuk; adı</title>")
    result = load(write("bozuk.xml", broken))
    assert len(result.documents) == 1
    assert result.problems and "XML" in result.problems[0][1]


def test_jsonl_articles_and_bad_lines_reported(write):
    lines = [
        json.dumps({"title": "Bir", "text": BODY, "date": "03.05.2024", "url": "https://s.example/1",
                    "category": "Kültür", "author": "Ali"}, ensure_ascii=False),
        "{bozuk json",
        json.dumps({"title": "Boş"}),
        json.dumps({"title": "İki", "text": "Bakü'de konferans yapıldı. Heyet kırk kişiydi.",
                    "date": "12 Mart 2023"}, ensure_ascii=False),
    ]
    result = load(write("site.jsonl", "\n".join(lines)))
    assert [d.metadata["title"] for d in result.documents] == ["Bir", "İki"]
    assert result.documents[0].metadata["doc_id"] == "t/site.jsonl#https://s.example/1"
    assert result.documents[0].metadata["date"] == "2024-05-03"
    assert result.documents[1].metadata["date"] == "2023-03-12"
    assert [where for where, _ in result.problems] == ["t/site.jsonl:2", "t/site.jsonl:3"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bos.txt", b"", "boş dosya"),
        ("bosluk.txt", b"   \n\n\t  \n", "okunabilir metin yok"),
        ("resim.txt", bytes(range(256)) * 40, "ikili"),
    ],
)
def test_bad_text_files_rejected_with_reason(write, name, content, reason):
    with pytest.raises(RejectedFile, match=reason):
        load(write(name, content))


def test_oversized_file_rejected(write):
    with pytest.raises(RejectedFile, match="çok büyük"):
        load(write("dev.txt", "a" * (2 * MB)), max_bytes=1 * MB)

"""Chunks follow sentences, overlap by whole sentences, and never cross pages."""

from ingest.chunking import PAGE_BREAK, chunk_sentences, document_sentences

SENTENCES = [f"Kerkük'te {i}. toplantı yapıldı ve konu uzun uzun tartışıldı." for i in range(1, 31)]


def test_chunks_never_cut_sentences_and_respect_size():
    sentences = document_sentences(" ".join(SENTENCES), paged=False)
    chunks = chunk_sentences(sentences, size=300, overlap=80)
    assert len(chunks) > 3
    for chunk in chunks:
        assert len(chunk.text) <= 300
        for sentence in chunk.sentences:
            assert sentence.text in SENTENCES  # whole sentences only
    covered = {s.index for c in chunks for s in c.sentences}
    assert covered == set(range(len(SENTENCES)))  # nothing lost


def test_overlap_repeats_trailing_sentences():
    sentences = document_sentences(" ".join(SENTENCES), paged=False)
    chunks = chunk_sentences(sentences, size=300, overlap=80)
    for before, after in zip(chunks, chunks[1:]):
        assert after.sentences[0] == before.sentences[-1]
        assert after.sentences[0].index < before.sentences[-1].index + 1 <= after.sentences[-1].index


def test_pages_are_kept_and_never_crossed():
    text = "Birinci sayfa cümlesi burada. İkincisi de burada.\fÜçüncü cümle ikinci sayfada."
    chunks = chunk_sentences(document_sentences(text, paged=True), size=1000, overlap=200)
    assert [c.page for c in chunks] == [1, 2]
    assert chunks[1].text == "Üçüncü cümle ikinci sayfada."


def test_a_quote_running_over_a_page_break_closes_on_the_next_page():
    """The 79th stranger's PDF: a quote opened on page 1 and closed on page 2 swallowed all of page 2 as one
    sentence, cited to page 1."""
    text = ('Kaptan, "İnternet sık sık kesiliyor. Bir sonraki\fturnuvanın Kerkük\'te yapılacağını duyduk" dedi. '
            "Ancak yer belli değil. Salonu 1.500 kişi izledi.")
    sentences = document_sentences(text, paged=True)
    assert [s.text for s in sentences[1:]] == ["Ancak yer belli değil.", "Salonu 1.500 kişi izledi."]
    assert sentences[0].page == 1 and sentences[0].text.endswith('duyduk" dedi.') and sentences[1].page == 2


def test_long_sentence_becomes_its_own_chunk():
    long = "Uzun " * 100 + "cümle."
    chunks = chunk_sentences(document_sentences(f"Kısa cümle. {long} Son cümle.", False), 120, 0)
    assert [c.text for c in chunks] == ["Kısa cümle.", long, "Son cümle."]


def test_a_sentence_running_over_a_page_break_is_one_sentence_of_its_first_page():
    """A stranger's PDF: "… kasabanın 80 gün boyunca dış dünyadan kopuk" ended page 1 and "yaşadığını … hatırlattı."
    began page 2; the answer quoted the first half alone. A new page opening on a capital starts its own."""
    text = ("Başlık\n\nHacı Rıza Mehdi, kasabanın 80 gün boyunca dış dünyadan kopuk" + PAGE_BREAK
            + "yaşadığını hatırlattı. Mehdi konuştu." + PAGE_BREAK + "Yeni Bölüm\n\nBir cümle.")
    sentences = document_sentences(text, paged=True)
    assert [(s.text, s.page) for s in sentences] == [
        ("Başlık", 1), ("Hacı Rıza Mehdi, kasabanın 80 gün boyunca dış dünyadan kopuk yaşadığını hatırlattı.", 1),
        ("Mehdi konuştu.", 2), ("Yeni Bölüm", 3), ("Bir cümle.", 3)]

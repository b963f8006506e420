"""The citation check on its own: markers, renumbering, sources, quotes and grounding."""

from __future__ import annotations

from langchain_core.documents import Document

from rag.answer.citations import grounded, quote_for, verify_citations

BAKU = ("Irak Türkleri ile Azerbaycan arasındaki ilişkiler güçleniyor. Bakü'deki konferansı Kerkük Kültür "
        "Derneği düzenledi. Konferansa Kerkük'ten 40 kişilik bir heyet katıldı.")
FESTIVAL = ("Kerkük Kale Festivali bu yıl on ikinci kez düzenlendi. Festivali 25 bin kişi ziyaret etti. "
            "Festivalde Türkmen halk müziği konserleri verildi.")
RADYO = "Türkmeneli Radyosu yayın saatlerini artırdı. Radyo artık günde 24 saat yayın yapıyor."


def passage(n: int, text: str, **meta) -> Document:
    metadata = {"doc_id": f"arsiv/haber-{n}.txt", "doc_version": "v1", "chunk_index": 0, "title": f"Haber {n}",
                "source": f"arsiv/haber-{n}.txt", "score": 0.5 + n / 10, **meta}
    return Document(page_content=text, id=f"arsiv/haber-{n}.txt::v1::c0", metadata=metadata)


PASSAGES = [passage(1, BAKU, date="2024-03-15", url="https://ornek.org/baku"), passage(2, FESTIVAL, page=3),
            passage(3, RADYO)]


def test_sources_carry_the_cited_passage_and_its_metadata():
    text, sources = verify_citations("Konferansı Kerkük Kültür Derneği düzenledi [1].", PASSAGES)
    assert text == "Konferansı Kerkük Kültür Derneği düzenledi [1]."
    [source] = sources
    assert (source.n, source.doc_id, source.chunk_id) == (1, "arsiv/haber-1.txt", "arsiv/haber-1.txt::v1::c0")
    assert (source.title, source.date, source.url, source.page) == ("Haber 1", "2024-03-15", "https://ornek.org/baku",
                                                                    None)
    assert source.passage == BAKU and source.score == 0.6
    assert source.quote == "Bakü'deki konferansı Kerkük Kültür Derneği düzenledi."  # the sentence it rests on
    assert source.to_dict()["quote"] == source.quote


def test_only_cited_passages_become_sources_numbered_by_first_use():
    text, sources = verify_citations("Radyo günde 24 saat yayın yapıyor [3]. Festivali 25 bin kişi ziyaret etti [2].",
                                     PASSAGES)
    assert text == "Radyo günde 24 saat yayın yapıyor [1]. Festivali 25 bin kişi ziyaret etti [2]."
    assert [(s.n, s.doc_id, s.page) for s in sources] == [(1, "arsiv/haber-3.txt", None), (2, "arsiv/haber-2.txt", 3)]
    assert sources[0].quote == "Radyo artık günde 24 saat yayın yapıyor."
    assert sources[1].quote == "Festivali 25 bin kişi ziyaret etti."


def test_lists_repeats_and_invented_numbers_in_markers():
    text, sources = verify_citations(
        "Heyet 40 kişiydi [1, 1]. Festival sürdü [2; 9]. Uydurma bilgi [4] [0] . Radyo [3, 3][1].", PASSAGES)
    assert text == "Heyet 40 kişiydi [1]. Festival sürdü [2]. Uydurma bilgi. Radyo [3][1]."
    assert [s.doc_id for s in sources] == ["arsiv/haber-1.txt", "arsiv/haber-2.txt", "arsiv/haber-3.txt"]


def test_text_without_a_valid_marker_has_no_sources():
    for text in ("Bakü'de konferans yapıldı.", "Bakü'de konferans yapıldı [4].", "HACKLENDİ [12]"):
        verified, sources = verify_citations(text, PASSAGES)
        assert sources == [] and "[" not in verified
    assert verify_citations("Bir şey [1].", []) == ("Bir şey.", [])


def test_given_quotes_are_kept_as_the_extractive_answerer_chose_them():
    quotes = {2: "Festivalde Türkmen halk müziği konserleri verildi."}
    _, sources = verify_citations("Konserler verildi [2].", PASSAGES, quotes)
    assert sources[0].quote == quotes[2]


def test_quote_is_the_sentence_of_the_claim_that_cites_it():
    _, sources = verify_citations("Heyet 40 kişiydi [1]. Dernek düzenledi [2]. Konferansı dernek düzenledi [1].",
                                     [passage(1, BAKU), passage(2, FESTIVAL)])
    assert sources[0].quote == quote_for(BAKU, "Heyet 40 kişiydi [1]. Konferansı dernek düzenledi [1].")
    assert sources[0].quote in BAKU and sources[1].quote in FESTIVAL


def test_quote_for_picks_the_passage_sentence_sharing_most_words():
    assert quote_for(BAKU, "Kerkük'ten kaç kişilik heyet katıldı?") == \
        "Konferansa Kerkük'ten 40 kişilik bir heyet katıldı."
    assert quote_for(BAKU, "Konferansı kim düzenledi?") == "Bakü'deki konferansı Kerkük Kültür Derneği düzenledi."
    assert quote_for(RADYO, "Türkmeneli Radyosu yayın saatleri") == "Türkmeneli Radyosu yayın saatlerini artırdı."
    assert quote_for("Tek parça metin", "ilgisiz") == "Tek parça metin"


def test_grounding_accepts_inflected_words_and_rejects_what_the_passage_lacks():
    assert grounded("Bakü'deki konferansa Kerkük'ten 40 kişilik heyet katıldı.", BAKU)
    assert grounded("Konferansı Kerkük Kültür Derneği düzenledi.", BAKU)
    assert not grounded("Konferansa 400 kişilik heyet katıldı.", BAKU)  # a number the passage lacks
    assert not grounded("Konferansı Erbil Valiliği ile Musul Üniversitesi birlikte organize etti.", BAKU)
    assert not grounded("Heyet 40 kişiydi. " * 30, BAKU)  # over 400 characters: not one sentence
    assert not grounded("...", BAKU) and not grounded("ve ile de", BAKU)  # no content words


def test_grounding_check_rejects_invented_numbers_and_words():
    passage = "Kerkük Kale Festivali'ni bu yıl 25 bin kişi ziyaret etti ve ziyaretçi rekoru kırıldı."
    assert grounded("Kerkük Kale Festivali'ni 25 bin kişi ziyaret etti.", passage)
    assert not grounded("Kerkük Kale Festivali'ni 40 bin kişi ziyaret etti.", passage)  # a number it lacks
    assert not grounded("Hürriyet'e göre festival iptal edildi ve valilik soruşturma başlattı.", passage)
    assert not grounded("", passage)

"""Digest questions: what happened in a period, lately, or about a subject.

"2022'de neler oldu?", "Mart 2024'te ne oldu?", "son haberler", "en son ne oldu?", "bu yıl
Kerkük'te neler oldu?", "Telafer'le ilgili son gelişmeler" ask for a list, not a sentence: the
dated articles of the period (holding the subject's names, when the question names one), in
date order, newest first for "son", each as its date, title and opening sentence with its
[n], under a count. Undated articles are never listed: they cannot be placed in a period.

A question is a digest when, once its period, its names and the words of asking for news
("neler", "oldu", "haberler", "gelişmeler", "ilgili" …) are set aside, at most a few topic
words remain, and it names a time or asks for news outright. No score decides it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from langchain_core.documents import Document

from rag.answer.citations import Answer, verify_citations
from rag.index.records import ChunkMeta
from rag.language.dates import date_label
from rag.language.sentences import split_sentences
from rag.language.turkish import APOSTROPHES, turkish_lower, without_suffix, words
from rag.newstime import TimeFrame
from rag.subject import Term, missing_names

DIGEST_CAP = 8  # articles listed; the count says how many there are
MAX_TOPIC_WORDS = 3  # "tiyatro ile ilgili son haberler": a topic, not a question
NARROW = "Daha fazlası için tarih filtresini daraltın."

# Words that ask for news rather than name what about (matched as word starts).
_NEWS_NOUNS = ("haber", "gelişme", "olay", "gündem", "başlık", "yaşanan")
_ASKING_FOR_NEWS = ("ne", "neler", "neydi", "nelerdi", "nedir", "hangi", "hangileri", "var", "vardı", "oldu",
                    "olmuş", "olan", "olanlar", "yaşandı", "en", "son", "yeni", "güncel", "eski", "ilk", "bu", "ile", "ilgili",
                    "hakkında", "dair", "konusunda", "arşiv", "arşivde", "arşivdeki", "arşivin", "peki", "ya", "bana",
                    "göster", "listele", "özetle", "özet", "nelerdir", "dönemde", "çıkan", "çıktı", "öne", "yayımlandı",
                    "yayımlanan", "hakkındaki", "ilgi", "ilişkin",
                    # "… hangi haberlerde geçiyor?": where a name is mentioned, no topic of its own
                    "geçiyor", "geçen", "geçti", "geçtiği", "geçmiş", "bahsediyor", "bahsedilen", "bahseden",
                    "anılıyor", "anılan")
_HAPPENED = {"neler", "oldu", "olmuş", "olanlar", "yaşandı", "var", "vardı", "neydi", "nelerdi", "nelerdir"}
# Word starts that ask for one fact ("kimdi", "kaçıncı", "nerede"): such a question is answered, not listed.
_ASKING_FOR_A_FACT = ("kim", "kaç", "nere", "neden", "niçin", "niye", "nasıl", "zaman", "kadar")


_YES_NO = re.compile(r"m[ıiuü](?:yd[ıiuü]|d[ıiuü]r|yd[ıiuü]k|s[ıiuü]n)?")  # "mı", "miydi": the question particle


@dataclass(frozen=True)
class DigestAsk:
    """What a digest question asks to list."""

    terms: tuple[Term, ...]  # names the listed articles must hold
    topic: str  # lowercase topic words, searched for ("" when none)
    newest_first: bool


def read_digest(question: str, frame: TimeFrame | None, terms: list[Term], dates_chosen: bool = False) -> DigestAsk | None:
    """The list a question asks for, or None when it asks for a fact. ``dates_chosen``: the
    user set a date filter, which names a period as the question's own words would."""
    lowered = turkish_lower(question)
    if frame and frame.phrase:  # the period, with its suffix ("mart 2024'te")
        lowered = re.sub(re.escape(turkish_lower(frame.phrase)) + r"(?:[" + APOSTROPHES + r"]?\w*)", " ", lowered)
    named = {turkish_lower(w) for term in terms for w in term.surface.split()}
    topic, asks_for_news, asks_what_happened = [], False, False
    for bare in words(lowered):
        if bare[0].isdigit():  # a number the period did not take is neither topic nor asking
            continue
        if bare.startswith(_ASKING_FOR_A_FACT) or _YES_NO.fullmatch(bare):
            return None  # (a yes-or-no question asks a fact too: "peki olay yaşandı mı?")
        asks_what_happened |= bare in _HAPPENED
        if bare.startswith(_NEWS_NOUNS):
            asks_for_news = True
        elif bare not in _ASKING_FOR_NEWS and bare not in named:
            topic.append(bare)
    timed = dates_chosen or (frame is not None and (frame.has_period or frame.recency))
    listed = timed or asks_for_news or (bool(terms) and "neler" in lowered.split())  # "Erbil'de neler oldu?"
    if len(topic) > MAX_TOPIC_WORDS or (topic and not asks_for_news) or not listed:
        return None
    if not (asks_for_news or asks_what_happened):  # "peki en son?" re-asks the earlier question
        return None
    return DigestAsk(tuple(terms), " ".join(topic), newest_first=bool(frame and frame.recency))


def write_digest(question: str, ask: DigestAsk, frame: TimeFrame | None, dated: dict[str, int],
                 leads: dict[str, Document], undated: int) -> Answer:
    """The answer listing the ``dated`` articles (doc id → YYYYMMDD), whose first chunks
    are ``leads``; ``undated`` counts the matching articles without a date."""
    scope = _scope(ask, frame, question)
    if not dated:
        if undated:  # the subject is there, only not in time: say so, not "no article"
            dated_word = "" if scope.endswith("tarihli ") else "tarihli "  # (not "Temmuz 2026 tarihli tarihli")
            text = (f"Arşivde {scope}{dated_word}bir haber yok; tarihi bilinmeyen {undated} haber var, "
                    "bunlar bir zaman sırasına konamaz.")
        else:
            text = f"Arşivde {scope or 'tarihli '}bir haber bulamadım."
        return Answer(question=question, text=text, refused=True)
    ordered = sorted(dated, key=lambda doc: (dated[doc], doc), reverse=ask.newest_first)
    shown = [doc for doc in ordered if doc in leads][:DIGEST_CAP]
    head = f"Arşivde {scope}{len(ordered)} haber var" if scope else f"Arşivde {len(ordered)} tarihli haber var"
    if len(ordered) > len(shown):
        head += f"; {'en yeni' if ask.newest_first else 'en eski'} {len(shown)} tanesi"
    lines = [head + (" (en yenisi önce):" if ask.newest_first else ":")]
    passages, quotes = [], {}
    for n, doc in enumerate(shown, start=1):
        lead = leads[doc]
        sentence = _opening(lead)
        meta = ChunkMeta.of(lead)
        lines.append(f"{date_label(meta.date)} — {meta.title}: {sentence.rstrip('.!?… ')} [{n}].")
        passages.append(lead)
        quotes[n] = sentence
    if len(ordered) > len(shown):
        lines.append(NARROW)
    text, sources = verify_citations("\n".join(lines), passages, quotes)
    return Answer(question=question, text=text, sources=sources)


def _scope(ask: DigestAsk, frame: TimeFrame | None, question: str) -> str:
    """"Telafer hakkında 2022 yılına ait " (what the list is limited to), or ""; the topic
    as the user wrote it ("Azerbaycan", not "azerbaycan")."""
    # (a name said "… ile ilgili" without its "-(y)lA": "Türkmenlerle ilgili" → "Türkmenler hakkında")
    terms = [replace(term, surface=_as_written(question, turkish_lower(term.surface))) for term in ask.terms]
    about = [missing_names(terms)] if terms else []
    if ask.topic:
        about.append(" ".join(_as_written(question, word) for word in ask.topic.split()))
    scope = f"{' '.join(about)} hakkında " if about else ""
    if frame and frame.has_period:
        scope += f"{frame.period_text()} "
    return scope


def _as_written(question: str, word: str) -> str:
    """The question's own spelling of a lower-cased word, less an apostrophe suffix, and less
    the "-(y)lA" of "… ile ilgili" ("Türkmenlerle ilgili" → "Türkmenler hakkında")."""
    written_words = question.split()
    for written, after in zip(written_words, [*written_words[1:], ""]):
        bare = without_suffix(written).strip(".,;:!?\"“”()")
        if turkish_lower(bare) == word:
            with_ = _WITH.search(bare) if turkish_lower(after).startswith("ilgili") else None
            return bare[:with_.start()] if with_ else bare
    return word


_WITH = re.compile(r"(?<=\w{3})y?l[ae]$")


def _opening(lead: Document) -> str:
    """The article's first sentence that is not its title or dateline."""
    title = turkish_lower(ChunkMeta.of(lead).title).strip()
    for sentence in split_sentences(lead.page_content):
        if turkish_lower(sentence).strip(" .") != title and re.search(r"[^\W\d_]{3}", sentence):
            return sentence.strip()
    return lead.page_content.strip()[:200]

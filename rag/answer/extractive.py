"""An answerer with no LLM: the sentences of the retrieved passages that answer best.

Each sentence of the top passages is scored by the cosine of its stored embedding with
the question, by the idf-weighted share of the question's stemmed words it contains, by
whether it has what the question word asks for (a number for "kaç", a date for "ne
zaman"), and by its passage's rank. The best sentence is the answer; a second one joins
only for an explanation, or in place of a best sentence that lacks what a factoid question
asks for (a date for "ne zaman") when a nearly as good one has it. It cannot follow instructions
hidden in an article: it only ever copies sentences, so prompt injection has no effect.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from rag.answer.span import (
    QUANTIFIER, Asked, Question, Tense, answer_giver, asks_own_deed, asks_the_news, asks_name, fit, holds_office,
    reports_asked_words, names_asked_body, figures_in_measure, gives_goal, made_deed, names_doer, out_of_time,
    requires_measure, says_deed,
    says_made_deed, reports_saying, states_measure, tells_background, years_named,
)
from rag.index.records import ChunkMeta
from rag.index.snapshot import IndexMoved, Snapshot
from rag.index.store import ArchiveStore
from rag.language.dates import MONTH_NUMBERS, WEEKDAYS
from rag.language.turkish import DIGIT_WORDS, SCALE_WORDS, capitalised, root, stem, tokens, turkish_lower
from rag.subject import key_terms, predicate_roots, roots_held, speaks_of

# Scoring weights, set on the devset and checked across its topic halves (README,
# "Değerlendirme"). A factoid answer is one sentence; an explanation ("neden", "nasıl", "ne")
# may take a second one that scores within MARGIN of the best.
PASSAGES_READ = 3  # top passages whose sentences compete
LEXICAL_WEIGHT = 0.1
RANK_PENALTY = 0.06  # per passage rank below the first
TYPE_BONUS = 0.02  # sentence has the kind of thing the question asks for
MARGIN = 0.06
EXPLANATION_SENTENCES = 2

_NUMBER = re.compile(r"\d|\b(" + "|".join([*DIGIT_WORDS, *SCALE_WORDS]) + r")\b")
_DATE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b|\b(" + "|".join([*MONTH_NUMBERS, "yüzyıl"]) + ")")
_QUESTION_END = re.compile(r"\?[\s\"'”’»)]*$")
# A subheading inside an article ("## Gelecek yıl Kerkük'te", "Bütçe ve destekler"): a few words with
# no mark to end them, and no dateline ("ERBİL – 3 Ağustos 2025"); it titles what follows, says nothing
_ENDED = re.compile(r"[.!?…:;\"'”’»)]\s*$")
_DATELINE = re.compile(r"\s[–—-]\s")
HEADING_WORDS = 6
_ASKS_NUMBER = re.compile(r"\b(kaç|kaçta|ne kadar|yüzde|oranı|miktar)")
_ASKS_WHICH = re.compile(r"(?<!\w)hangi\s+([^\W\d_]+)")
_ASKS_DATE = re.compile(r"\b(ne zaman|hangi yıl|hangi tarih|hangi ay|hangi gün|hangi yüzyıl|kaç yılında|tarihi)")


def asks_for_date(question: str) -> bool:
    """"ne zaman", "hangi yıl", "hangi tarihte" …"""
    return bool(_ASKS_DATE.search(turkish_lower(question)))


def which_unsaid(question: str, text: str) -> bool:
    """A "hangi" question whose kind the sentence does not name ("hangi kanalda": no "kanal"): it answers only where
    it says the asked deed ("… Türkmeneli TV'de yayınlanması bekleniyor"); one naming the kind may say the deed
    otherwise ("hangi akşam sahnelendi": "… ilk gösterimini 15 Şubat akşamı … yaptı")."""
    kind = _which_kind(question)
    # (a light verb's deed is its noun, which the sentence may word otherwise: "bağışı hangi iş insanı yaptı" is "en
    # büyük katkıyı … Şükrü Halıcı yaptı")
    return bool(kind) and not roots_held(text, {kind}) and asks_own_deed(question)


def _which_kind(question: str) -> str:
    """The stem of the kind a "hangi" question asks, its case off ("hangi yolda" → "yol", "hangi kanalda" →
    "kanal"); "" for none."""
    kind = _ASKS_WHICH.search(turkish_lower(question))
    return min(stem(kind.group(1)), root(kind.group(1)), key=len) if kind else ""


def names_which(question: str, text: str) -> bool:
    """The sentence names one of the kind a "hangi" question asks, by a name before it ("hangi pazarından": "Şorca
    pazarında"; not "ürünlerin" for "hangi ürünleri")."""
    head = _which_kind(question)
    # (a name, not the sentence's capital, "Bu kanalların", nor a day: "Pazartesi kanalın stüdyosunda")
    return bool(head) and any(
        turkish_lower(found.group(1)) not in (*MONTH_NUMBERS, *WEEKDAYS)
        for found in re.finditer(rf"(?<=\s)([A-ZÇĞİÖŞÜ]\w*)\s+(?:{re.escape(capitalised(head))}|{re.escape(head)})",
                                 text))


def says_only_the_question(question: str, text: str) -> bool:
    """The sentence holds no figure and no name the question does not: it repeats what was asked of."""
    asked = set(tokens(question))
    names = re.findall(r"[A-ZÇĞİÖŞÜ][^\W\d_]+", text)
    return not has_number(text) and all(set(tokens(name)) <= asked for name in names)


def has_date(text: str) -> bool:
    return bool(_DATE.search(turkish_lower(text)))


def has_number(text: str) -> bool:
    lowered = turkish_lower(text)
    return bool(_NUMBER.search(lowered) or QUANTIFIER.search(lowered))


def _statement_rank(asked: Question, about: set[str], candidate: Candidate) -> tuple:
    """Naming the asked office first, then holding more of the question's words, then giving
    no more than one figure in the asked measure ("Bu yılki bütçe 240 milyar dinar …", not "…
    altyapıya 85 milyar dinar, temizlik hizmetlerine 33 milyar dinar …"), then the score; the
    words count only where the office is held ("Okulun eski müdürü …" holds "müdür", but not
    the office "şu anki müdürü" asks of)."""
    held = holds_office(asked, candidate.text)
    return (held, roots_held(candidate.text, about) if held else 0, figures_in_measure(asked, candidate.text) <= 1,
            candidate.score)


def _naming(names: Callable[[str], bool], close: list[Candidate], candidates: list[Candidate],
            passages: list[Document], snapshot: Snapshot,
            keep: Callable[[str], bool] = lambda text: True) -> list[Candidate]:
    """The nearly best sentences, or, when none of them names what is asked (the office, the
    doer, the kind of body), the sentences of the best one's article that do and that ``keep``
    allows (if any)."""
    if any(names(c.text) for c in close):
        return close
    article = snapshot.doc_of(passages[close[0].passage - 1].id or "")
    return [c for c in candidates if names(c.text) and keep(c.text)
            and snapshot.doc_of(passages[c.passage - 1].id or "") == article] or close


@dataclass
class Candidate:
    passage: int  # 1-based position in the passages list
    index: int  # sentence position in its document
    text: str
    score: float


@dataclass(frozen=True)
class Discussed:
    """What a follow-up points back at: the sentences the previous answer quoted, and the
    follow-up's own words. "peki hangi yılda?" after "Oksijen adını kim koydu?" asks the year of
    the naming the answer quoted ("… 1777'de … Lavoisier tarafından"), not another year of the
    article; "orayı kim aldı?" the one who took it in the quoted sentence."""

    quotes: tuple[str, ...]  # none where the follow-up asks of another period ("peki geçen yıl?")
    own: frozenset[str]  # the follow-up's word stems, the pointers ("orayı", "onun") left out

    def holds(self, asked: Question, text: str) -> bool:
        """The sentence holds what is asked and all the follow-up's own words: "ya arpada?"
        after "kaç ton buğday kaldırdı?" is answered where barley is said."""
        own = {word for word in self.own if not reports_saying(text, word)}  # ("kim açıkladı": "… belirtti")
        return fit(asked, text) > 0 and roots_held(text, own) == len(own)

    def answers(self, asked: Question, text: str) -> bool:
        """The sentence was quoted, and holds it all."""
        return any(text in quote for quote in self.quotes) and self.holds(asked, text)


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, store: ArchiveStore, max_chars: int = 300) -> None:
        self.store = store
        self.max_chars = max_chars

    def select(self, question: str, query_vector: np.ndarray, passages: list[Document],
               snapshot: Snapshot, discussed: Discussed | None = None) -> list[Candidate]:
        """The sentences that make the answer, in reading order: one for a factoid question
        (the sentence a follow-up points back at if it answers, else the first of the nearly
        best that holds what is asked and most of the question's own words beyond its names,
        or of any sentence read if none of those does), up to two otherwise; none when a
        measure is asked ("kaç ton") and no sentence gives one."""
        asked = Question.read(question)
        # "kaç ton", "yüzde kaç": only a figure in the asked measure answers; none read, no
        # answer (a duration only comes first: "1870'ten 1939'a kadar" says how long too)
        read = self._candidates(question, query_vector, passages[:PASSAGES_READ], snapshot)
        read = self._in_time(asked, read, passages)
        candidates = [c for c in read if states_measure(asked, c.text)]
        if not candidates and not requires_measure(asked):
            candidates = read
        if not candidates:
            return []
        candidates.sort(key=lambda c: -c.score)
        if discussed and asked.factoid:
            # (one saying who did the deed asked: not "… sergisi, 20 Kasım'da … açıldı" for "onu kim açtı?")
            # ("bunu kim söyledi?": the quoted sentence's speaker, said with any verb of saying)
            pointed = next((c for c in candidates if discussed.answers(asked, c.text)
                            and (asked.asked is not Asked.PERSON or says_deed(question, c.text)
                                 or reports_asked_words(question, c.text))), None)
            if pointed:
                return [pointed]
            if discussed.own:  # the sentences saying the follow-up's own words, if any does
                candidates = [c for c in candidates if discussed.holds(asked, c.text)] or candidates
        close = [c for c in candidates if c.score >= candidates[0].score - MARGIN]
        if not asked.factoid:  # an explanation, or a question whose answer has no one kind
            given = self._gives_what_is_asked(question, candidates)
            if given:
                return [given]
            if which_unsaid(question, close[0].text):  # "Kale Yolu hangi kanalda yayınlanacak": the
                # sentence saying it airs ("… Türkmeneli TV'de yayınlanması bekleniyor"), not the lead naming the show
                # (first one naming one of the asked kind: "Kerkük'ün en büyük semt pazarı olan Şorca pazarında" for
                # "hangi pazarından derlendi")
                answers = lambda text: names_which(question, text) or says_deed(question, text)  # noqa: E731
                close = (sorted(close, key=lambda c: (not names_which(question, c.text), not answers(c.text)))
                         if any(answers(c.text) for c in close)
                         else _naming(answers, close, candidates, passages, snapshot))
            chosen = [close[0]]
            for other in close[1:EXPLANATION_SENTENCES]:
                if len(close[0].text) + len(other.text) <= self.max_chars:
                    chosen.append(other)
            following = next((c for c in read if c.passage == close[0].passage and c.index == close[0].index + 1), None)
            if (len(chosen) == 1 and following and says_only_the_question(question, close[0].text)
                    and not says_only_the_question(question, following.text)
                    and len(close[0].text) + len(following.text) <= self.max_chars):
                # "Türkiye ne yardım gönderdi?": "Türkiye de sel bölgesine yardım gönderdi." says only what was asked
                # of; the sentence after it says what was sent ("Türk Kızılay'ın üç tırı …")
                chosen.append(following)
            if asks_name(question):  # "antrenörün adı ne": the sentence naming them, not the one beside it
                names = answer_giver(question)
                chosen = [c for c in chosen if names(c.text)] or chosen
            return sorted(chosen, key=lambda c: (c.passage, c.index))
        # Of the nearly best that hold the asked kind at all, the one that speaks of what is
        # asked about: an article's opening sentence names its subject and scores high, but
        # "başhekimi kim" is answered where "başhekim" is said. When none of the nearly best
        # does, the best of the sentences read that do and hold as many of the question's own
        # words ("ne kadar yatırım yaptı" → "Fabrikaya toplam 12 milyon dolarlık yatırım
        # yapıldı"; not another article's "fuar … açıldı" with its date for "okul ne zaman açıldı").
        # "başhekimi kim": where the best sentence's article says "başhekimliğine atanan Dr. …",
        # not its opening's officials who opened the clinic; "konserde kim şarkı söyledi":
        # "Gecenin yıldızı, … şarkıcı Songül Altunköprülü oldu", not the organiser's sentence
        # about the concert's takings that scores higher; "hangi üniversiteyle anlaşma yaptı": the
        # sentence naming "Bakü Devlet Üniversitesi", not a quote's "Kerkük ile Bakü …"
        has_kind = lambda text: fit(asked, text) > 0  # noqa: E731
        close = _naming(lambda text: holds_office(asked, text), close, candidates, passages, snapshot, has_kind)
        close = _naming(lambda text: names_doer(asked, text), close, candidates, passages, snapshot, has_kind)
        close = _naming(lambda text: names_asked_body(asked, text), close, candidates, passages, snapshot)
        about = predicate_roots(question, key_terms(question))
        complete = [c for c in candidates if self._states(asked, about, c) and roots_held(c.text, about) == len(about)]
        if len(about) > 1 and complete and not any(roots_held(c.text, about) == len(about) for c in close):
            # one that says all the question's words ("Tesis, saatte 1.200 metreküp su arıtma
            # kapasitesine sahip" for "tesisin kapasitesi ne kadar") over the nearly best that
            # say half ("… tesisin … 45 bin kişiye temiz içme suyu sağlayacağını")
            close = complete
        if asked.asked is Asked.NUMBER and asked.unit:  # "Koroda kaç çocuk var?": "42 çocuktan oluşan … Korosu", not
            # "… çocuklardan oluşan koro, … 16 eser seslendirdi", nearer in meaning but counting no child
            held = max(roots_held(c.text, about) for c in close)
            close = _naming(lambda text: fit(asked, text) == 2, close, candidates, passages, snapshot,
                            lambda text: roots_held(text, about) >= held)
        if not any(self._states(asked, about, c) for c in close):
            held = max(roots_held(c.text, about) for c in close)
            close = [c for c in candidates if self._states(asked, about, c) and roots_held(c.text, about) >= held] or close
        if asked.asked in (Asked.PLACE, Asked.DATE, Asked.PERSON):  # "nerede doğmuştu": not where he died
            deed = lambda text: says_deed(question, text)  # noqa: E731
            close = ([c for c in close if deed(c.text) and has_kind(c.text)]
                     or _naming(deed, close, candidates, passages, snapshot, has_kind))
        elif asked.asked is Asked.NUMBER and asked.goal:  # "hedefi kaç üniteydi": "… hedefi 400 üniteydi",
            # not the 356 units collected
            close = ([c for c in close if gives_goal(c.text) and has_kind(c.text)]
                     or _naming(gives_goal, close, candidates, passages, snapshot, has_kind))
        elif asked.asked is Asked.NUMBER and made_deed(question):
            # "kaç ton bal ihraç etti": the sentence saying "ihraç", not the harvest's "46 ton bal ürettiğini"
            close = _naming(lambda text: says_made_deed(question, text), close, candidates, passages,
                            snapshot, has_kind)
        # of two that say as much, the news over the background ("… 2013 yılında yaşanmış ve 2 kişi
        # hayatını kaybetmişti" under "selde 4 kişi hayatını kaybetti"), for a figure asked of no
        # year and not itself of a past before ("inşaatı ne zaman başlamıştı")
        counted_now = asks_the_news(question, asked)
        return [max(close, key=lambda c: (fit(asked, c.text) > 0, holds_office(asked, c.text),
                                          names_asked_body(asked, c.text), roots_held(c.text, about),
                                          not counted_now or not tells_background(c.text), fit(asked, c.text)))]

    @staticmethod
    def _gives_what_is_asked(question: str, candidates: list[Candidate]) -> Candidate | None:
        """For "neden" and "… adı ne": the best sentence read that gives a reason ("…
        çatlaklar nedeniyle alındı") or a name ("… antrenörü Rıdvan Koçoğlu") and speaks of
        what is asked, over an opening sentence that only names the subject."""
        gives = answer_giver(question)
        if gives is None:
            return None
        name = asks_name(question)
        # a name is given where its owner is spoken of ("Sporcunun antrenörü Rıdvan Koçoğlu"), not
        # in the goal scorers' sentence before it
        about = predicate_roots(name.whose, []) if name else predicate_roots(question, key_terms(question))
        if name and gives(candidates[0].text) and roots_held(candidates[0].text, about) == len(about):
            return None  # the best sentence names them: it answers as any other question
        return next((c for c in candidates if gives(c.text) and speaks_of(c.text, about)), None)

    @staticmethod
    def says_more(question: str, candidate: Candidate, than: Candidate) -> bool:
        """The candidate holds the asked office, names the asked doer or the asked kind of body
        where ``than`` does not, or more of the question's own words."""
        asked = Question.read(question)
        about = predicate_roots(question, key_terms(question))
        return ((holds_office(asked, candidate.text), names_doer(asked, candidate.text),
                 names_asked_body(asked, candidate.text), roots_held(candidate.text, about))
                > (holds_office(asked, than.text), names_doer(asked, than.text), names_asked_body(asked, than.text),
                   roots_held(than.text, about)))

    @staticmethod
    def _in_time(asked: Question, read: list[Candidate], passages: list[Document]) -> list[Candidate]:
        """The sentences the question's tense allows against their article's date ("bir sonraki
        maç ne zaman": not the match the article reports as played); "ne zaman oynandı" keeps an
        announced day when no sentence gives one before the article's."""
        placed = [c for c in read if not out_of_time(asked, c.text, ChunkMeta.of(passages[c.passage - 1]).date)]
        if asked.tense is not Tense.PAST or asked.asked is not Asked.DATE or any(fit(asked, c.text) for c in placed):
            return placed
        return read

    @staticmethod
    def _states(asked: Question, about: set[str], candidate: Candidate) -> bool:
        """The sentence speaks of what the question is about and holds the asked kind."""
        return speaks_of(candidate.text, about) and fit(asked, candidate.text) > 0

    def passage_scores(self, question: str, query_vector: np.ndarray, passages: list[Document],
                       snapshot: Snapshot) -> list[float]:
        """How well each passage's best sentence answers, ignoring retrieval rank (for
        choosing among passages that all answer, e.g. the newest one)."""
        best = [float("-inf")] * len(passages)
        for c in self._candidates(question, query_vector, passages, snapshot, rank_penalty=0.0):
            best[c.passage - 1] = max(best[c.passage - 1], c.score)
        return best

    def statements(self, question: str, query_vector: np.ndarray, passages: list[Document],
                   snapshot: Snapshot) -> tuple[list[Candidate], float]:
        """The sentences that hold what a factoid question asks for (every sentence
        otherwise), ignoring retrieval rank: how each article states the fact, however it is
        worded. Also the best score of any sentence, stating or not: what a statement must
        come close to."""
        asked = Question.read(question)
        read = self._in_time(asked, self.scored(question, query_vector, passages, snapshot), passages)
        top = max((c.score for c in read), default=float("-inf"))
        return [c for c in read if not asked.factoid or fit(asked, c.text)], top

    def scored(self, question: str, query_vector: np.ndarray, passages: list[Document],
               snapshot: Snapshot) -> list[Candidate]:
        """Every sentence of the passages, scored against the question whatever its rank."""
        return self._candidates(question, query_vector, passages, snapshot, rank_penalty=0.0)

    @staticmethod
    def end_of_timeline(asked: Question, stated: list[Candidate], about: set[str], newest: bool) -> Candidate:
        """An article's statement for "en son" / "ilk": of its nearly best, as for any answer,
        the one naming the asked office and most of the question's words ("yeni başkanı kim":
        "… yeni genel başkanlığına Dr. Sevim Ağalı seçildi", not the congress's opening
        sentence), unless another says as much for a later (earlier) year ("2024 yılı için ise
        … bütçesi 52 milyar dinara çıkarıldı" after "2023 yılı yatırım bütçesi 38 milyar dinar").
        For the newest, an article's background ("… 2022 yılındaki bütçesi 150 milyar dinar olarak
        açıklanmıştı") comes after its own news ("185 milyar dinarlık bütçe … geçti")."""
        top = max(c.score for c in stated)
        near = [c for c in stated if c.score >= top - MARGIN]
        # (of those, one holding the asked thing exactly: "Kooperatifin üye sayısı … 63'e yükseldi" for "şu an kaç
        # üyesi var?", not the lead's "… 14 kadının … kurduğu Yaşam Kadın Kooperatifi")
        if asked.asked is Asked.NUMBER:
            near = [c for c in near if fit(asked, c.text) == 2] or near
        if newest:  # (of the nearly best, one of its own time: "Bu sezon ligde 12 takım …", not "Geçen sezon ise
            # ligde yalnızca 8 takım yer almış …")
            near = ([c for c in near if not tells_background(c.text)]
                    or [c for c in stated if not tells_background(c.text)] or near)
        best = max(near, key=lambda c: _statement_rank(asked, about, c))
        if not years_named(best.text):
            return best
        held = roots_held(best.text, about)
        rivals = [c for c in stated if years_named(c.text) and roots_held(c.text, about) >= held]
        if newest:
            return max(rivals, key=lambda c: (max(years_named(c.text)), c.score))
        return max(rivals, key=lambda c: (-min(years_named(c.text)), c.score))

    def _candidates(self, question: str, query_vector: np.ndarray, passages: list[Document],
                    snapshot: Snapshot, rank_penalty: float = RANK_PENALTY) -> list[Candidate]:
        wanted: dict[str, tuple[int, int]] = {}
        titles: dict[int, str] = {}
        for n, doc in enumerate(passages, start=1):
            meta = ChunkMeta.of(doc)
            titles[n] = meta.title
            for index, sid in enumerate(meta.sentence_ids(), start=meta.sentence_start):
                wanted.setdefault(sid, (n, index))
        ids, texts, vectors = self.store.get_sentences(list(wanted))
        if len(ids) < len(wanted):  # every committed version has all its sentences: swept
            raise IndexMoved(f"{len(wanted) - len(ids)} sentences of the snapshot are gone")
        if not ids:
            return []
        dense = vectors @ query_vector
        question_tokens = set(tokens(question))
        weights = {t: snapshot.bm25.idf_of(t) for t in question_tokens}
        total = sum(weights.values()) or 1.0
        asks = turkish_lower(question)
        wants_number = bool(_ASKS_NUMBER.search(asks))
        wants_date = asks_for_date(question)
        out: list[Candidate] = []
        for sid, text, cosine in zip(ids, texts, dense):
            if _QUESTION_END.search(text):
                continue  # an interviewer's question answers nothing: "— Kaç kitap kaydettiniz?"
            n, index = wanted[sid]
            # (the text's first line is its title where the loader kept it there; a markdown article's title is
            # read apart, and its text opens on a subheading: "## Cihaz hizmete girdi")
            if _heading(text) and (index > 0 or text.strip() != titles[n].strip()):
                continue
            lowered = turkish_lower(text)
            overlap = sum(weights[t] for t in question_tokens & set(tokens(text))) / total
            bonus = 0.0
            if wants_date and _DATE.search(lowered):
                bonus += TYPE_BONUS
            elif wants_number and _NUMBER.search(lowered):
                bonus += TYPE_BONUS
            score = float(cosine) + LEXICAL_WEIGHT * overlap + bonus - rank_penalty * (n - 1)
            out.append(Candidate(n, index, text, score))
        return out

    def write(self, chosen: list[Candidate]) -> tuple[str, dict[int, str]]:
        """Answer text with [n] markers, and the quote of each cited passage."""
        parts: list[str] = []
        quotes: dict[int, list[str]] = {}
        for c in chosen:
            text = c.text.rstrip()
            if text.endswith(("..", "…")):  # an ellipsis is the sentence's own: "artacak... [1]"
                parts.append(f"{text} [{c.passage}]")
            elif text[-1] in ".!?":
                parts.append(f"{text[:-1].rstrip()} [{c.passage}]{text[-1]}")
            else:
                parts.append(f"{text} [{c.passage}]")
            quotes.setdefault(c.passage, []).append(c.text)
        return " ".join(parts), {n: " ".join(q) for n, q in quotes.items()}


def _heading(text: str) -> bool:
    """A subheading, not a sentence (an article's title, its first line, is kept)."""
    return (len(text.split()) <= HEADING_WORDS and not _ENDED.search(text) and not _DATELINE.search(text)
            and not any(c.isdigit() for c in text))  # ("Toplam bütçe 5 milyar dinar": a figure, kept)

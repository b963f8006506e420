"""The question-answering pipeline, as named steps:

check → condense → read time → retrieve → decide → answer → verify citations.

``ArchiveQA`` is what the CLI, the evaluation, the briefs and the app call. ``stream``
yields text as it is produced and finally the verified ``Answer``; ``ask`` returns just the
answer. Each question reads one index snapshot (``rag/index/snapshot.py``), taken once and
passed down to every step; an ingest that sweeps it mid-answer makes the answer read again.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

import numpy as np
from langchain_core.documents import Document

from rag.answer.citations import (
    PLANNED_LEAD, REFUSAL, UNDISCLOSED_LEAD, Answer, Source, quote_for, refusal, verify_citations,
)
from rag.answer.digest import DIGEST_CAP, DigestAsk, read_digest, write_digest
from rag.answer.extractive import (
    Candidate, Discussed, ExtractiveAnswerer, asks_for_date, has_date, has_number, names_which, which_unsaid,
)
from rag.answer.generative import GenerativeAnswerer
from rag.answer.llms import is_chat, load_llm
from rag.answer.span import (
    Asked, Question, Tense, aims_at_figure, announces_only, another_by_surname, another_doer, another_subject,
    partial_score,
    owner_named_in_part, holds_owner_name, language_unsaid, life_event_unsaid, another_edition, another_numbered,
    another_branch, another_ordinal, another_owner, another_person, another_place, another_rank, another_school,
    another_year,
    year_told_as_past, years_of, another_sum, named_in_passing, only_passed_through, place_in_total, place_left_in_rest,
    place_of_another, placed_by_title, names_place, names_no_purpose, ends_on_who,
    places_there, places_unasked, place_unsaid, sibling_named, surname_opening, holds_name, titled_of_place,
    anothers_figure, answer_giver, gives_reason, gives_date, reported_before, dates_to_the_year, of_a_similar_one,
    ones_own, names_a_body, figure_in_background, ordinal_asked, ordinal_to_come, origin_of, dates_again,
    dates_first_time, answers_exactly, asked_verb, says_asked_verb, says_made_deed, says_new_ones, asks_the_news,
    asks_name, asks_reason, reason_giver, told_why_after,
    asks_share, asks_who_someone_is, another_medal, asks_prize, asks_winner, asks_yes_no,
    category_named, won_in_category, breaks_down, edition_to_come, gives_part, lists_parts, prize_named,
    attribute_asked, attribute_narrowed, body_does, describes_named, titles_named, by_surname, holder_unnamed,
    numbers_asked, names_several, of_this_part, only_planned, told_at_place, this_part, office_unsaid, owner_noun,
    named_part_unsaid, paragraph_of_another_town, speaks_of_owner, content_held, cost_asked, counted_phrase_unsaid,
    counted_plainly, counts_a_thing, counts_another_first_period, counts_another_stage, counts_asked,
    counts_first_days, counts_no_whole, counts_others_only, part_as_said, gives_asked_figure, gives_name,
    gives_no_rate, gives_part_for_whole, gives_share, reports_plan, dates_anniversary, dates_asked_deed,
    until_unsaid, dates_end_only, dates_no_deed, dates_start_only, done_by_passive, placed_in_time, denies_deed,
    edition_asked, edition_in_force, edition_name, fare_of_group, names_in_asked_case,
    institution_of_another_place,
    extreme_asked,
    day_asked, figure_owner, for_whom_unsaid, figures_in_measure,
    first_holder_unsaid, first_time_asked, fit, gives_no_count,
    gives_no_duration, gives_only_total, full_name, gives_no_time, held_priced, holds_noun, holds_office, names_no_one,
    opens_on_subject, done_by, holds_kind,
    lead_names_another, out_of_time, speaks_of_coming, names_another_office, names_asked_body, names_later_time,
    stage_unsaid, tells_undisclosed, unit_of_another, names_counted, names_office_owner, names_only_runner_up,
    anothers_office, anothers_possession, anothers_thing, names_asked_owner, names_by_kind, object_held, asks_befallen,
    agent_named,
    of_body_named_before, owner_asked, names_a_figure, names_doer, names_no_body, names_nothing, names_ordinal,
    opens_pointing_back, says_it_lasted, doing_lasted, says_doing, quotes_as_title, names_told_elsewhere,
    named_only_after, in_remark, for_what_was_said, lists_several, speaker_office, placed_to_come,
    says_asked_stage,
    figure_only_planned,
    says_wider_scope, another_rate, periods_said, another_match, subject_only_planned,
    names_what_it_counts, editions_numbered, counts_editions, names_owner, names_person_kind, numbered_quality,
    is_office, last_years_only, measures_last_year_only, office_of_another, people_doing, only_requested,
    owner_named_by_kind, owner_unnamed, qualifies_count, rank_asked, reported_roots, reports, requires_measure,
    says_day, says_deed, says_edition, names_site,
    shares_figure, share_of_named, tells_another_fate, says_extreme, titled_namesake,
    says_only_opposite,
    says_own_deed, with_category_before, forecasts, next_sentence, previous_sentence,
    tells_last_year, priced_thing, purpose_asked, recalls_year, says_all_asked, says_whether, says_win,
    says_year, states_measure, sentences_of_quality, short_answer, short_answer_at_end, speaks_of_former,
    tells_background, unsaid_ordinal, unsaid_year_part, years_named, verb_stem, who_is_asked,
)
from rag.index.embeddings import Embedder, load_embedder
from rag.index.records import ChunkMeta
from rag.index.snapshot import Snapshot, Snapshots
from rag.index.store import ArchiveStore
from rag.language.dates import date_label, format_date, said_day, with_year, with_years_said, year_before_said
from rag.language.sentences import split_sentences
from rag.language.turkish import (
    APOSTROPHES, MEASURES, ORDINAL_WORDS, STOPWORDS, accusative, ascii_fold, genitive, participle, plural_genitive,
    possessive, root, stem, tokens, turkish_lower, without_genitive, without_suffix, words,
)
from rag.newstime import (
    NEWER_NEWS,
    NEWEST,
    OFF_TIMELINE,
    PERIOD_IN_SENTENCE,
    UNDATED_ONLY,
    UNDATED_WHEN,
    TimeFrame,
    counts_from_today,
    dated_text,
    filters_match_nothing,
    judge_period,
    mentions_period,
    of_another_month,
    names_period,
    other_periods,
    outside_filters,
    parse_timeframe,
    pick_by_date,
    refers_to_period,
    said_last_year,
    scoped_filters,
)
from rag.retrieval import Filters, HybridSearcher, SearchResult
from rag.settings import Settings
from rag.subject import (
    QUESTION_OPENERS, Term, covering, is_acronym, is_genitive, key_terms, kind_terms, missing_names, named_groups,
    names_on_another_topic, of_another_kind, named_compounds, naming_together,
    opening_derived_name, opening_noun, opening_term, opening_word, opens_on_kind, unheard_opening,
    name_unsaid, other_kinds, possessor_roots, predicate_roots, roots_held, sold_thing, compound_owner, said_in,
    says_kind, says_name,
    says_name_together, speaking_otherwise, speaks_of, spells_out,
    unheard_kinds,
    unnamed,
)

log = logging.getLogger(__name__)

EMPTY_INDEX = ("Arşiv dizini henüz boş: önce belge eklenmeli (bakımcı sekmesi ya da "
               "`python -m ingest`).")
LLM_UNREACHABLE = "Dil modeline ulaşılamadı; yanıt arşivdeki cümlelerden derlendi."
T = TypeVar("T")


class AskError(ValueError):
    """A question that cannot be asked; its message is Turkish and meant for the user."""


# {"role": "user" | "assistant", "content": str}; an assistant message may also carry
# "cited": the doc ids its answer cited, where a follow-up looks first, "quoted": the
# sentences it quoted, which a follow-up may point back at, "dated": their articles' dates, and
# "follows": the earlier question whose subject it was asked of (None: its own).
Message = dict[str, Any]


_TIME_WORDS = ("tarih", "zaman", "saat", "gün", "yıl", "ay")  # the asked kind of a date, said of any
_SHARED_PREFIX = 4  # letters a question's word and a sentence's word share to speak of one thing ("yeni", "yeniden")
MORE_WORDS_ELSEWHERE = 2  # a word more may be the other article's wording; two are another subject


def _best_elsewhere(wide: Found, focus: frozenset[str], snapshot: Snapshot) -> Document | None:
    """The archive's best passage, when it answers and is not of the articles discussed."""
    if not (wide.answerable and wide.result.documents):
        return None
    top = wide.result.documents[0]
    return None if snapshot.doc_of(top.id or "") in focus else top


def _says_more_elsewhere(question: str, inside: Found, top: Document) -> bool:
    """The other article's passage holds more of the question's own words than any passage of
    the articles discussed: "Telafer içme suyu projesinin ilk aşaması kaç dinara mal oldu?"
    after "Telafer kaymakamı kim?" is about the water project, not the new governor's article,
    which only shares the town."""
    roots, held_inside = _held_inside(question, inside)
    return roots_held(top.page_content, roots) >= held_inside + MORE_WORDS_ELSEWHERE


def _held_inside(question: str, inside: Found) -> tuple[set[str], int]:
    """The question's own words, and the most of them a passage of the articles discussed holds."""
    roots = predicate_roots(question, key_terms(question))
    return roots, max((roots_held(d.page_content, roots) for d in inside.result.documents), default=0)


def _says_as_much_inside(question: str, inside: Found, wide: Found, focus: frozenset[str], snapshot: Snapshot) -> bool:
    """The articles discussed speak of the question, and no passage elsewhere answers it or says
    more of it: "işi hangi şirket üstlendi?" after the bridge's repair cost is the
    repair's contractor, though too short for retrieval to be sure, not the bus company of
    another article that also names a "şirket"."""
    roots, held_inside = _held_inside(question, inside)
    if not roots or 2 * held_inside < len(roots) or _PROPER_NOUN.search(question):
        return False  # (a name of its own is a subject of its own: "Azerbaycan'a gönderilen helva …")
    top = _best_elsewhere(wide, focus, snapshot)
    return top is None or roots_held(top.page_content, roots) <= held_inside


def _of_the_period_elsewhere(frame: TimeFrame | None, inside: Found, top: Document) -> bool:
    """A follow-up asks a period no article discussed is of, and the other article is of that
    period: "ya 2019'da?" after the 2023 fair's visitors is the 2019 fair's article, not the
    2023 one "referring to" 2019."""
    return (frame is not None and frame.has_period and frame.holds(ChunkMeta.of(top).date)
            and not any(frame.holds(ChunkMeta.of(d).date) for d in inside.result.documents))


def _of_another_owner(question: str, sentence: str, titled_another: bool, article: str = "") -> bool:
    """The sentence gives the asked thing to another owner than the question's, or, naming
    none, under a title giving it to another (``titled_another``; a figure's: "Kerkük
    Belediyesinin 2024 Bütçesi"), or after the ``article`` named another ("Şirketin …" after
    "Altınköprü Çimento ise …")."""
    return anothers_possession(question, sentence) or of_body_named_before(question, sentence, article) or (
        titled_another and not names_asked_owner(question, sentence) and Question.read(question).asked is Asked.NUMBER)


def _with_year(question: str, frame: TimeFrame | None) -> str:
    """The question with its "geçen yıl" (or "bir önceki yıl") given the one year it reads ("festival
    geçen yıl kaç kişi gelmişti" → "festival geçen yıl (2022 yılında) kaç kişi gelmişti"); as it is
    otherwise."""
    if (frame is None or not frame.date_from or not frame.date_to or frame.date_from.year != frame.date_to.year
            or not (_LAST_YEAR_ASKED.match(frame.phrase) or _BEFORE_DISCUSSED.match(frame.phrase))):
        return question
    return question.replace(frame.phrase, f"{frame.phrase} ({frame.date_from.year} yılında)", 1)


def _reported_on_its_day(question: str, asked: Question, answer: Answer) -> bool:
    """"peki ne zaman?" after "selde kaç ev hasar gördü?": the quoted sentence says the deed
    without a date, and its article's date says when (not for what is still to come)."""
    return (asked.asked is Asked.DATE and asked.tense is not Tense.FUTURE and bool(answer.sources)
            and answer.sources[0].date is not None and (says_own_deed(question, answer.sources[0].quote)
                                                         or reports(question, answer.sources[0].quote)))


def reply_message(answer: Answer) -> Message:
    """An answer as the history keeps it (a refusal quoted nothing: its sources are only related);
    anything with an answer's ``text``, ``refused``, ``short`` and ``sources`` (``doc_id``,
    ``quote``) will do, as the app's kept answers."""
    return {"role": "assistant", "content": answer.text, "cited": [s.doc_id for s in answer.sources],
            "quoted": [] if answer.refused else [s.quote for s in answer.sources],
            "dated": [] if answer.refused else [s.date for s in answer.sources],
            "short": None if answer.refused else answer.short, "follows": getattr(answer, "follows", None)}


_NAMES_OWN_OBJECT = re.compile(rf"[A-ZÇĞİÖŞÜ]\w*[{APOSTROPHES}]n?[ıiuü]n\s+\w+[ıiuü]n[ıiuü](?!\w)")  # "Rıza'nın eşini"
_CLAUSE_OBJECT = re.compile(r"\w+(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü](?!\w)")  # "olduğunu", "yapacağını"
_OFFICE_NOUN = re.compile(r"\w+l[ıiuü][kğ][ıiuü]n[ıiuü](?!\w)")  # "müdürlüğünü", "danışmanlığını", "krallığını"
# "onun genel müdürü kim?": the possessive that points at what the latest answer named
_POSSESSIVE_POINTERS = frozenset({"onun", "bunun", "şunun"})
_OBJECT_POINTERS = frozenset({"onu", "bunu", "şunu"})


def named_in_answer(history: Sequence[Message]) -> str | None:
    """The name the latest answer gave as its short answer ("Nur Tekstil", "Dr. Sevim Ağalı");
    None for a figure, a date, a place ("onun hayatını anlatan film" after "nereye defnedildi?"
    is not the cemetery's) or no short answer."""
    last = next((m for m in reversed(history) if m.get("role") == "assistant"), None)
    asked = next((m.get("content") or "" for m in reversed(history) if m.get("role") == "user"), "")
    short = (last or {}).get("short") or ""
    named = short[:1].isupper() and not any(c.isdigit() for c in short)
    return short if named and Question.read(asked).asked is not Asked.PLACE else None


def _of_named(question: str, history: Sequence[Message]) -> str | None:
    """"onun genel müdürü kim?" after "en büyük anlaşmayı hangi firma imzaladı" (**Nur Tekstil**)
    → "Nur Tekstil'in genel müdürü kim?": the possessive is the named firm's, not the forum's;
    "o kim?" asks who the named one is."""
    name = named_in_answer(history)
    found = [w for w in _WORD.findall(question) if _bare(w) not in _JOINERS]
    asked = Question.read(question)  # ("Kaç öğrenci mezun oldu?" asks a count of its own)
    counts = asked.asked is Asked.NUMBER and asked.counted and not asked.counted.startswith("yaş")
    if (found and _PERSONAL_DEED.search(turkish_lower(question)) and not _PROPER_NOUN.search(question) and not counts
            and (person := _doer_named(history) or name or _person_of_talk(history))):
        # "ne zaman vefat etmiş?" after "kurucusu kim?": the founder died; "nereli?" after "kaç yaşında?" asked of
        # the winner: the winner's town
        return f"{person} {' '.join(w for w in found if not _points_back(_bare(w)))}"
    if not name or not found:
        return None
    rest = question[question.index(found[0]) + len(found[0]):].strip()
    if _bare(found[0]) in _POSSESSIVE_POINTERS:
        return f"{name}'{genitive(name)[len(name):]} {rest}"
    asked_before = next((m.get("content") or "" for m in reversed(history) if m.get("role") == "user"), "")
    if _bare(found[0]) in _OBJECT_POINTERS and rest and Question.read(asked_before).asked is Asked.NAME:
        # "onu kaç kişi izledi?" after **Gölge** (a thing asked by "hangisi"): "Gölge'yi …" ("bunu kim
        # açıkladı?" after a person named is the fact said, not the person)
        return f"{name}'{accusative(name)[len(name):]} {rest}"
    if _bare(found[0]) == "o" and len(found) > 1 and _question_word(_bare(found[1])):
        return f"{name} {rest}"  # "o kim?" after **Dr. Nermin Oğuz**: "Dr. Nermin Oğuz kim?"
    if asked.office and turkish_lower(_bare(found[0])).startswith(asked.office) and Question.read(asked_before).body:
        # "müdürü kim?" after "… projesini hangi kurum başlattı?" (**Türkmen Kültür ve Araştırma Merkezi**): its head
        return f"{name}'{genitive(name)[len(name):]} {question}"
    return None


def _person_of_talk(history: Sequence[Message]) -> str | None:
    """The person the talk's latest answer naming one gave ("Meryem Kazancı" before "19 yaşında"); none where the
    latest question asked for a person and its answer named no one ("ödülü kime verdi?": the talk moved on to
    someone unknown)."""
    asked = next((m.get("content") or "" for m in reversed(history) if m.get("role") == "user"), "")
    if Question.read(asked).asked is Asked.PERSON:
        return None
    for end in range(len(history), 0, -1):
        if history[end - 1].get("role") == "assistant" and (name := named_in_answer(history[:end])):
            return name
    return None


# "kimi", "kimden", "kiminle": a person asked as the one beaten or met, not the one the talk is about (one given
# something, "kime", is who it goes on about)
_PERSON_NOT_SUBJECT = re.compile(r"(?<!\w)kim(?:i|den|le|inle)(?!\w)", re.IGNORECASE)


def _doer_named(history: Sequence[Message]) -> str | None:
    """"kaç yaşında?" after "74 kiloda kim kazandı?" (**Yavuz Abbas**) then "finalde kimi yendi?" (**Mustafa
    Kasap**): the winner's age, the one the talk is about; the one beaten was named as the object. None where
    the latest question asked the person as its subject."""
    if not _PERSON_NOT_SUBJECT.search(next((m.get("content") or "" for m in reversed(history)
                                             if m.get("role") == "user"), "")):
        return None
    before = list(history)
    while before and before[-1].get("role") != "user":
        before.pop()
    return named_in_answer(before[:-1]) if before else None


# What only a person does: a follow-up asking it after an answer naming one asks it of them.
_PERSONAL_DEED = re.compile(r"(?<!\w)(?:vefat|öl(?:dü|müş|üm)|doğ(?:du|muş|um)|evlen|yaşında|emekli|mezun|nereli"
                            r"|(?:hayatını|yaşamını)\s+(?:kaybet|yitir))")


_QUESTION_WORDS = {tokens(w)[0] for w in "kim kimler ne neler nerede nereye nasıl neden niçin hangi kaç "
                   "zaman peki ya mı mi mu mü onu onun bunu bunun şunu orada".split() if tokens(w)}
_JOINERS = frozenset({"peki", "ya", "ayrıca"})  # join a question to the talk; the others point back
# Words a follow-up uses to point back at the subject, dropped once the subject is written out:
# the demonstratives with their plural and case endings ("onu", "onlara", "bunlardan") and the
# place words ("orayı", "oradaki", "burada"); not "oran" (a rate) nor "onur".
_POINTER = re.compile(r"peki|ya|acaba|ayrıca|o|bu|şu"
                      r"|(?:on|bun|şun)(?:u|a|un|da|dan|daki|lar(?:ı|a|ın|da|dan|daki)?)"
                      r"|(?:ora|bura|şura)(?:sı|yı|ya|da|dan|daki|dakiler)"
                      r"|(?:ora|bura)(?:si|yi)")  # typed without Turkish letters: "orasi nerede?"


_NOW = re.compile(r"an(?:a|da|ki)?|sıra(?:lar|da)")


def has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _opening(question: str) -> tuple[str, int]:
    """The question's first word, bare, and where it ends."""
    first = _WORD.match(question)
    return (_bare(first.group()).strip(","), first.end()) if first else ("", 0)


# A question this short says too little to be new ("skor neydi?"): it may lean on the talk
_SHORT_WORDS = 3


def _joined(question: str) -> bool:
    """The question opens with a word joining it to the talk ("peki", "ya")."""
    return _opening(question.strip())[0] in _JOINERS


def _points_back(bare: str) -> bool:
    return bool(_POINTER.fullmatch(bare))


NO_SUBJECT = ("Neyi sorduğunuzu anlayamadım: soru, öncesinde sorulmuş bir soruya bağlanıyor. Lütfen konuyu da "
              "yazın (ör. “Festival ne zaman yapıldı?”).")


def _asks_only(question: str) -> bool:
    """The question has only asking and pointing words ("peki ne zaman?", "ya orası?"): no subject
    of its own."""
    said = [w for w in words(question) if w]
    return bool(said) and all(w in _ASKING or w in _QUESTION_WORDS or _points_back(w) or _PARTICLE.fullmatch(w)
                              for w in said)


# Turkish capitalises names inside a sentence and marks a name's suffix with an apostrophe
# ("Mars'ta", "Bakü'deki"); acronyms ("NATO") are names anywhere.
_PROPER_NOUN = re.compile(r"[^\W\d_]['’]\w|\s[A-ZÇĞİÖŞÜ]|\b[A-ZÇĞİÖŞÜ]{2,}\b")
_WORD = re.compile(r"\S+")
# Words that only ask: the question words, and the second words of "ne zaman(a kadar)", "ne kadar".
_ASKING = QUESTION_OPENERS | {"zaman", "zamana", "zamandan", "kadar", "kadara", "kadarı", "kadarını", "kadarlık"}
# The question particle, with its endings ("mi", "midir", "miydi"); not "müziği"
_PARTICLE = re.compile(r"m[ıiuü](?:d[ıiuü]r|y?d[ıiuü]|y?m[ıiuü]ş|s[ıiuü]n(?:[ıiuü]z)?|y[ıiuü][mz])?")
# Question words after which the words up to the verb say how, not of what: "ne zaman yeniden açıldı"
_ADVERBIAL_ASKING = frozenset("zaman zamana zamandan nerede nereden nereye nasıl neden niçin niye kadara".split())
# A compound's head without a case ending ("ortaokulu"): of something, owning nothing yet; not one
# in the accusative ("tamamını"), nor a name's ("Kerkük Kültür Derneği başkanı" is the title's form).
_COMPOUND_HEAD = re.compile(r"^(?!\w*[aeıioöuü]n[ıiuü]$)[a-zçğıöşüâîû]+[^aeıioöuü\W]s?[ıiuü]$")
_BEFORE_HEAD = frozenset("yeni eski önceki şimdiki mevcut ilk son genel".split())  # "yeni başkanı"
# The words that ask: a follow-up without one ("peki en son?", "ya Erbil'de?") re-asks the earlier question.
_QUESTION_ONLY = frozenset("kim kimi kimin kime kimler ne neler neyi nerede nereye nereden neresi nasıl neden "
                           "niçin niye hangi hangisi kaç kaça kaçta kaçtan kaçar kaçıncı zaman kadar".split())
# "kaçı kazandı?": how many of them did, a question of its own; "bunlardan kaçı Türkmen?" says no
# deed and re-asks the earlier question of a part
_HOW_MANY_OF = frozenset("kaçı kaçını kaçının kaçına kaçında kaçından".split())


def no_noun(word: str) -> bool:
    """For callers without an archive to ask: a word ending like a possessive is one."""
    return False


def is_standalone(question: str, is_noun: Callable[[str], bool] = no_noun) -> bool:
    """A question that needs no history: a subject of its own (a proper noun, three or more
    content words, or, Turkish putting the subject before the question word, a word before it:
    "Konferans ne zaman yapıldı?", "Kerkük valisi kim?"; "kaç kişi katıldı?" has none), and
    no "o"/"bu"/"orada" pointing back. An opening "peki"/"ya" only joins it to the talk:
    "Peki konferans nerede düzenlendi?" asks of its own subject; "ya Erbil'de?" asks nothing,
    and "peki başkanı kimdi?" asks of the earlier subject ("başkanı": its head). ``is_noun``
    tells a noun ending like a possessive ("sergi") from one ("müdürü")."""
    stripped = _TIME_COUNTED.sub(" ", question).strip()  # ("geçen yıl ne kadardı?" names no thing)
    if _part_first(stripped) or not stripped.strip(" ?!.,;:"):  # ("Geçen yıl?": a time alone)
        return False
    opening, end = _opening(stripped)
    if _points_back(opening):
        rest = stripped[end:].strip(" ,")
        asks = any(_question_word(_bare(w)) for w in _WORD.findall(rest))
        return opening in _JOINERS and asks and _own_subject(rest, is_noun, after_joiner=True)
    return _own_subject(stripped, is_noun) and not _said_before(stripped)


def _asks_part(question: str) -> bool:
    """"… kaçı kadın?", "… kaçı yoğun bakım donanımlı?": a part of what is counted is asked, anywhere in the
    question (``_part_first``: before any whole is named)."""
    return any(_bare(w) in _HOW_MANY_OF for w in _WORD.findall(question))


def _of_another_phase(edition: tuple[int, str], article: str, sentence: str) -> bool:
    """The sentence speaks of another phase than the asked one: the one named last before it, or, before
    any is named, the current one where the article tells of the asked one only as to come ("… 18.500
    çocuğun aşılanmasının hedeflendiğini" above "Kampanyanın ikinci aşamasının ekim ayında … planlanıyor";
    a first phase is rarely the one to come: "Kampanyanın ilk aşaması bu hafta tamamlanacak")."""
    in_force = edition_in_force(edition, article, sentence)
    if in_force is not None:
        return in_force != edition[0]
    told = [text for text in split_sentences(article) if says_edition(edition, text)]
    # (a sentence naming the asked edition is of it: "bu yıl dördüncüsünü düzenleyeceği … 14-17 Kasım 2024")
    return (edition[0] > 1 and bool(told) and not says_edition(edition, sentence)
            and any(edition_to_come(edition, text) for text in told))


def _part_first(question: str) -> bool:
    """"kaçı Türkmenlere ait?", "peki yüzde kaçı kadın?": a part asked before any whole is
    named is a part of what the talk counted, whatever name the question holds."""
    words = [_bare(w) for w in _WORD.findall(question) if _bare(w) not in _JOINERS and _bare(w) != "yüzde"]
    return bool(words) and words[0] in _HOW_MANY_OF


def _said_before(question: str) -> bool:
    """"2023'te bu rakam kaça çıktı?": a thing named with "bu"/"şu"/"o" is one the talk named
    (not a time: "bu yıl", "o zaman"), unless the question has a name of its own."""
    return not _PROPER_NOUN.search(question) and any(
        _bare(thing) not in _RELATIVE_TIME and not _asks(_bare(thing))
        for thing in re.findall(r"(?<!\w)(?:[Bb]u|[Şş]u|[Oo])\s+(\w+)", question))


def _own_subject(question: str, is_noun: Callable[[str], bool], after_joiner: bool = False) -> bool:
    """A proper noun, three or more content words, or a word before the question word. After
    "peki"/"ya" the talk is expected to go on, so only a name or a word of its own before the
    question word counts ("peki kaç kişilik heyet katıldı?" goes on; "başkanı", "sayısı"
    belong to something said before)."""
    # (a question word with its copula asks: "geçen sezon kimdi?" has two words of its own)
    own = [t for word in _WORD.findall(question) if not _question_word(_bare(word))
           for t in tokens(word) if t not in _QUESTION_WORDS]
    if bool(own) and bool(_PROPER_NOUN.search(question)):
        return True
    if after_joiner:
        first = _WORD.findall(question)[:1]
        return _subject_first(question) and not _possessive_alone(_bare(first[0]), is_noun)
    before = [w for w in itertools.takewhile(lambda w: not _question_word(_bare(w)), _WORD.findall(question))
              if _bare(w) not in STOPWORDS and not _points_back(_bare(w))]
    if (len(own) < 3 and len(before) == 1 and _possessive_alone(_bare(before[0]), is_noun)
            and not _OBJECT_OF_KIM.fullmatch(turkish_lower(question))):
        return False  # "müdürü kim?", "teklifi ne kadardı?": a possessive alone is of something said before
    return len(own) >= 3 or _subject_first(question)


# "Festivali kim düzenledi?": the object of a deed, in the accusative (a possessive's is
# "müdürünü"), names a thing of its own; "başkanı kim oldu?" asks a possessive's holder.
_OBJECT_OF_KIM = re.compile(r"\W*\w+[^aeıioöuün\W][ıiuü]\s+kim(?:ler)?\s+(?!ol)\w+\W*")


def _possessive_alone(bare: str, is_noun: Callable[[str], bool]) -> bool:
    """"müdürü", "teklifi": the head of something said before; "sergi", "köprü" end alike
    but are things of their own."""
    return bool(re.search(r"[ıiuü]$", bare)) and not is_noun(bare)


def _subject_first(question: str) -> bool:
    """A content word comes before the first question word (a time said relative to the talk's
    is none: "peki bir önceki yıl neden az olmuş?" asks of the harvest just discussed)."""
    for word in _WORD.findall(question):
        bare = _bare(word)
        if bare in _QUESTION_ONLY or bare.startswith(("kim", "kaç", "nere")):
            return False
        if (not _points_back(bare) and bare not in _ASKING and bare not in STOPWORDS and not bare[:1].isdigit()
                and bare not in _RELATIVE_TIME):  # nor a year: "2023'te bu rakam kaça çıktı?"
            return True
    return False


_RELATIVE_TIME = frozenset("önceki sonraki geçen gelecek yıl yılı yılki yılda ay ayı ayda hafta haftası sezon "
                           "sezonu sezonda dönem dönemde".split())


def _bare(word: str) -> str:
    return turkish_lower(re.sub(r"[^\w'’]+$", "", word))


# A question word carrying the copula: "Konferansın adı neydi?", "Başkanı kimdir?" have no verb.
_ASKING_COPULA = re.compile(r"(?:ne|kim|nere\w*|hangi\w*|kaç\w*|kadar)(?:y?d[iıuü]r?|d[iıuü]r|t[iıuü]r?|y?m[iıuü]ş)")


def _asks(bare: str) -> bool:
    return bare in _ASKING or bare in _QUESTION_ONLY or bool(_ASKING_COPULA.fullmatch(bare))


def _question_word(bare: str) -> bool:
    """"kim", "ne", "kaç" … or one with the copula ("kimdi", "neydi"): what makes a question ask."""
    return bare in _QUESTION_ONLY or bool(_ASKING_COPULA.fullmatch(bare))


def _without_period(question: str, phrase: str) -> str:
    """The question with the period it names left out, and that phrase's ending ("Mayıs 2016'daki
    fırtına" leaves no "'daki", "Şubat 2017'de" no "'de")."""
    return re.sub(re.escape(phrase) + rf"(?:[{APOSTROPHES}]\w+)?", " ", question, flags=re.I)


def subject_of(question: str, period_phrase: str = "") -> tuple[list[str], str | None]:
    """A question's subject words and its predicate, Turkish being verb-final:
    "Bakü'deki konferansı kimler düzenledi?" → (["Bakü'deki", "konferansı"], "düzenledi").
    Question words, the unit a "kaç" counts ("kaç kişilik heyet": "kişilik") and the period
    the question named are left out; a question ending in "neydi"/"kimdir" has no verb."""
    text = question
    if period_phrase:
        text = _without_period(text, period_phrase)
    raw = [w.rstrip("?!.,;:") for w in _WORD.findall(text)]
    counted = {i + 1 for i, w in enumerate(raw) if _bare(w).startswith("kaç")}
    # after "ne zaman" / "nerede" / "nasıl" and a subject before it, the words up to the verb
    # tell how it was done ("ne zaman yeniden açıldı"), not of what
    adverbial = next((i for i, w in enumerate(raw) if _bare(w) in _ADVERBIAL_ASKING), None)
    if adverbial is not None and _subject_first(" ".join(raw[:adverbial])):
        counted |= set(range(adverbial + 1, len(raw) - 1))
    found = [w for i, w in enumerate(raw) if w and i not in counted and not _asks(_bare(w))
             and not _points_back(_bare(w)) and not _PARTICLE.fullmatch(_bare(w))]
    # (nor one ending on what "kaç" counts: "Yeni öğrenci yurdu kaç yataklı?" has no verb, "yurdu" is its subject)
    nominal = bool(raw) and (bool(_ASKING_COPULA.fullmatch(_bare(raw[-1]))) or len(raw) - 1 in counted)
    # "Birliğin yeni başkanı kim?": the head of an adjective is the subject, not a verb
    headed = len(found) > 1 and _bare(found[-2]) in _BEFORE_HEAD
    if (len(raw) > 2 and _asks(_bare(raw[-3])) and verb_stem(turkish_lower(raw[-1])) in _LIGHT_VERBS
            and found[-2:] == raw[-2:]):
        return found[:-2], " ".join(found[-2:])  # "… restorasyonunu kim finanse etti?": "finanse etti" is the verb
    if len(found) > 1 and not nominal and not headed and not _PROPER_NOUN.search(" " + found[-1]):
        return found[:-1], found[-1]
    return found, None


def subject_source(history: Sequence[Message], turns: int, period_of: Callable[[str], str] = lambda _: "",
                   is_noun: Callable[[str], bool] = no_noun,
                   named_topic: bool = False) -> tuple[str, list[str], str | None] | None:
    """The latest earlier question with a subject of its own, with that subject and its
    predicate: a follow-up's words ("peki ne zaman yapıldı?") are no subject ("yapıldı kaç
    sanatçı katıldı?", a stranger's find). ``named_topic``: the talk's named subject behind that one,
    when it was a common noun answered from the same articles ("restorasyon ne kadar sürdü?"
    after "Kerkük Ulu Camii ne zaman ibadete açıldı?": "imamı kim?" asks the mosque's imam);
    None when there is none."""
    earlier = _asked_and_cited(history)[-turns:] if turns else []
    # a question asked of an earlier one's subject has none of its own ("peki skor neydi?")
    followed = {message["content"] for message, reply in zip(history, history[1:])
                if message.get("role") == "user" and reply.get("follows")}
    shorts = {message["content"]: reply.get("short") for message, reply in zip(history, history[1:])
              if message.get("role") == "user"}
    for previous, cited in sorted(reversed(earlier), key=lambda asked: asked[0] in followed
                                  or not is_standalone(asked[0], is_noun)):
        subject, predicate = subject_of(previous, period_of(previous))
        if subject and not named_topic:
            return previous, _which_answered(previous, subject, shorts.get(previous)), predicate
        if subject:
            return None if _PROPER_NOUN.search(previous) else _named_behind(earlier, previous, cited, period_of)
    return None


def _which_answered(question: str, subject: list[str], short: str | None) -> list[str]:
    """A "hangi" question's subject with the kind it asked replaced by the one answered: "kaç burs veriyorlar?" after
    "Hangi Türk üniversitesi Erbil'de irtibat ofisi açtı?" (**Kızılırmak Üniversitesi**) asks of "Kızılırmak
    Üniversitesi Erbil'de irtibat ofisi", not of a "Türk üniversitesi" the article never names so."""
    body = Question.read(question).body
    if not (short and body and _bare(question.split()[0]) == "hangi"):
        return subject
    kind = next((i for i, word in enumerate(subject) if _bare(word).startswith(body[:4])), None)
    return subject if kind is None else [*short.split(), *subject[kind + 1:]]


def _of_another_one(question: str, asked: Question, sentence: str, article: str) -> bool:
    """What no sentence taking another's place may be: of a paragraph on another town ("Tuzhurmatu'da geçen yıl kaç
    kişi katılmıştı?" is not "Dakuk Belediye Başkanı …, geçen yıl bu sayının 900 olduğunu açıkladı"), of another
    numbered thing ("2023'te açılan 3 numaralı hat …" for the new line's), or of another first period ("ilk gün"
    for "ilk ayda")."""
    if asked.asked is Asked.NUMBER and (paragraph_of_another_town(question, sentence, article)
                                        or counts_another_first_period(question, sentence)):
        return True
    return asked.factoid and another_numbered(question, sentence, article) is not None


# a thing's price, or its pack's: "ekmeğin fiyatı", "narın kilosu", "samun poşeti"
_PRICED = ("fiyat", "kilo", "litre", "tane", "poşet", "paket", "şişe", "çuval", "kutu")


def _of_asked_change(asked: Question, sentence: str) -> bool:
    """A reason of the change a "neden" question asks ("neden arttı": "artışın nedeni"), where it asks of a change
    ("arttı", "azaldı"); any sentence otherwise."""
    change = verb_stem(asked.predicate or "")
    return not (change and change in _CHANGES) or roots_held(sentence, {change, *_CHANGES[change]}) > 0


# a change asked, and the words news tells it with ("azaldı": "düşüş")
_CHANGES = {"art": ("artış",), "azal": ("düş", "azalış"), "düş": ("azal",), "yüksel": ("art", "artış"),
            "gerile": ("düş", "azal"), "çık": ("art",)}


def _asked_and_cited(history: Sequence[Message]) -> list[tuple[str, frozenset[str]]]:
    """Each question asked, with the articles its answer cited (none for a refusal)."""
    asked = []
    for i, message in enumerate(history):
        if message.get("role") == "user":
            reply = history[i + 1] if i + 1 < len(history) else {}
            cited = frozenset(reply.get("cited") or ()) if reply.get("quoted") else frozenset()
            asked.append((message["content"], cited))
    return asked


def _named_behind(earlier: list[tuple[str, frozenset[str]]], latest: str, cited: frozenset[str],
                  period_of: Callable[[str], str]) -> tuple[str, list[str], str | None] | None:
    """The latest other question with a proper noun whose answer cited an article ``latest``'s did."""
    for previous, docs in reversed(earlier):
        if previous != latest and docs & cited and _PROPER_NOUN.search(previous):
            subject, predicate = subject_of(previous, period_of(previous))
            if subject:
                return previous, subject, predicate
    return None


# "ya geçen yıl?" after "Tuzhurmatu'nun 2024 bütçesi ne kadar?" asks of 2023, not of the year before today
_LAST_YEAR_ASKED = re.compile(r"(?<!\w)geçen\s+(?:yıl|sene)", re.IGNORECASE)


def condense_by_rule(question: str, history: Sequence[Message], turns: int,
                     period_of: Callable[[str], str] = lambda _: "", is_noun: Callable[[str], bool] = no_noun,
                     named_topic: bool = False, follows: bool = False) -> str:
    """Without a model: a follow-up takes the subject of the latest earlier question that
    has one, not that question's period ("peki ne zaman?" after "Bakü'deki konferansı kimler
    düzenledi?" → "Bakü'deki konferansı ne zaman düzenledi?"). A follow-up of bare question
    words keeps the earlier predicate; one with its own predicate keeps its own. ``named_topic``:
    of the talk's named subject behind a common noun's (``subject_source``); ``follows``: even a
    question that seems to have a subject of its own ("peki skor neydi?")."""
    if not follows and is_standalone(question, is_noun):
        return question
    if named := _of_named(question, history):
        return named
    found = subject_source(history, turns, period_of, is_noun, named_topic)
    if found is None:
        return question
    previous, subject, predicate = found
    said = _WORD.findall(question)
    # ("şu ana kadar", "şu anda": a time, not a pointer)
    own = [w for i, w in enumerate(said) if not _points_back(_bare(w))
           or _bare(w) == "şu" and i + 1 < len(said) and _NOW.fullmatch(_bare(said[i + 1]))]
    before_asking = list(itertools.takewhile(lambda w: not _asks(_bare(w)), own))  # the follow-up's subject
    first = next((w for w in before_asking if _bare(w) not in STOPWORDS), None)
    read = Question.read(question)
    counted = read.counted
    said_own = set().union(*(predicate_roots(w, []) for w in before_asking if _bare(w) not in STOPWORDS))
    if (first and any(roots_held(word, predicate_roots(first, [])) for word in subject[:-1])
            or counted and any(roots_held(word, {root(counted)}) for word in subject)
            or own and _ends_on_verb(question) and not _question_word(_bare(own[-1]))  # (its own verb, not "kimdi")
            and len(own) == len(said)  # (nor "o kamp": pointed back at)
            and any(_question_word(_bare(w)) for w in own) and any(roots_held(word, said_own) for word in subject)):
        # "peki köprü kaç metre?" after "Köprünün açılışını … mi yaptı?": it names the subject
        # itself, which the previous answer's articles are searched for first ("Kaç sözlük basıldı?" after
        # "Sözlükten kaç adet basıldı?" counts it; "peki ikinci aşama ne zaman bitecek?" after "ilk aşamada …")
        return question
    if len(subject) > 1 and roots_held(question, predicate_roots(subject[-1], [])):
        # "peki önceki başkan kimdi?" after "Birliğin yeni başkanı kim?": its own head replaces it
        subject = subject[:-2] if len(subject) > 2 and _bare(subject[-2]) in _BEFORE_HEAD else subject[:-1]
    asks_only = all(_bare(w) in _ASKING for w in own)
    if subject and not asks_only and (plain := _object_head(subject[-1])) and _takes_no_object(question, read):
        # "ne kadar sürdü?" after "… güneş paneli projesini kimler yürüttü?": the project lasted, "projesi"; "ya
        # sermayesi ne kadar?" after "… kooperatifini kim yönetiyor?": the cooperative's, "kooperatifinin"
        subject = [*subject[:-1], plain]
    if subject and own and _question_word(_bare(own[0])) and is_genitive(_bare(subject[-1])):
        # "kliniğin başhekimi kim?" then "peki ne zaman açılacak?": the clinic opens, not "kliniğin"
        # ("peki başhekimi kim?" keeps it: the head follows)
        subject = [*subject[:-1], without_genitive(subject[-1])]
    elif (subject and own and read.asked in (Asked.PERSON, Asked.NUMBER)
          and not _question_word(_bare(own[0]))
          and _possessive_alone(_bare(own[0]), is_noun) and _COMPOUND_HEAD.search(subject[-1])
          and not is_noun(_bare(subject[-1]))
          and not (len(subject) > 1 and is_genitive(_bare(subject[-2])))):  # ("santralinin kurulu": owned)
        # "müdürü kim?" after "Erbil'deki Türkmen ortaokulu ne zaman açıldı?": the school's head
        # ("ortaokulunun müdürü"), not a "Türkmen ortaokulu müdürü" nobody holds; "maliyeti ne kadar?"
        # after "… su deposu ne zaman hizmete girdi?": "su deposunun maliyeti"
        subject = [*subject[:-1], genitive(subject[-1])]
    if subject and own and _question_word(_bare(own[0])):
        own = [turkish_lower(own[0]), *own[1:]]  # ("Kaç" of the follow-up is no name mid-question)
    words = subject + own
    asks_own = any(_question_word(_bare(w)) for w in own) or (
        _ends_on_verb(question) and any(_bare(w) in _HOW_MANY_OF for w in own))
    if asks_own and (asking := _amount_of_period(question, own, previous, period_of)):
        # "Geçen yıl ne kadardı?" after "Burs programına kaç öğrenci seçildi?": the count, re-asked of that year
        own, asks_own = [w for w in own if w not in asking], False
    if not asks_own:  # "peki en son?": the earlier question, re-asked
        previous = _latest_written_out(history, turns, period_of, is_noun) or previous
        period = period_of(previous)
        asked = _without_period(previous, period) if period else previous
        if period_of(question):  # "ya 2024'te?" after "… 2023 bütçesi …": a year naming the thing goes too
            asked = _YEAR_WORD.sub(" ", asked)
        if any(_bare(w) in _HOW_MANY_OF for w in own) and (part := _part_of(asked, own)):
            return part
        earlier = [w for w in asked.split() if _PLACED.fullmatch(w.rstrip("?!.,"))]
        # ("ya Leylan'dakinde?": the one in Leylan, "Leylan'daki")
        places = [_THE_ONE_THERE.sub("ki", w.rstrip("?!.,")) for w in own if _PLACED.fullmatch(
            _THE_ONE_THERE.sub("ki", w.rstrip("?!.,")))]
        if len(earlier) == 1 and len(places) == 1:
            # "peki Tuzhurmatu'da?" after "Telafer'de su kesintisi oldu mu?": the new place in the old one's,
            # in its form ("ya Kerkük'te?" after "Erbil'deki hat kursundan …": "Kerkük'teki hat kursundan")
            place = places[0].removesuffix("ki") + ("ki" if earlier[0].rstrip("?!.,").endswith("ki") else "")
            return " ".join(place if w == earlier[0] else w for w in asked.rstrip(" ?").split()) + "?"
        if not earlier and len(places) == 1 and len(own) <= 2 and (moved := _office_moved(places[0], asked)):
            return moved  # "ya Telafer'de?" after "Tuzhurmatu kaymakamı kim?": "Telafer kaymakamı kim?"
        if not earlier and len(places) == 1 and len(own) <= 2:
            # "peki Telafer'de?" after "katılım ne kadardı?": the place goes first, as Turkish says it
            return f"{places[0]} {asked.rstrip(' ?')}?"
        if replaced := _edition_instead(own, asked) or _named_instead(own, asked) or _kind_instead(own, asked):
            return replaced
        if _LAST_YEAR_ASKED.search(question):  # "ya geçen yıl?": first, as Turkish says it ("… ne kadar geçen
            # yıl" reads as "how much passed")
            return " ".join([*(w.rstrip("?") for w in own), *asked.rstrip(" ?").split()]) + "?"
        words = asked.rstrip(" ?").split() + own
    elif asks_only and predicate:
        words = subject + [w.rstrip("?") for w in own] + [predicate + "?"]
    return " ".join(words)


def _amount_of_period(question: str, own: list[str], previous: str, period_of: Callable[[str], str]) -> list[str]:
    """A follow-up of a period and "ne kadar"/"kaç" alone, after a count or an amount asked, asks that figure of
    the period: its asking words; none otherwise."""
    period = set(_WORD.findall(period_of(question)))
    rest = [w for w in own if w not in period and w.rstrip("?") not in period]
    asks = (bool(period) and bool(rest) and all(_asks(_bare(w)) for w in rest)
            and Question.read(previous).asked is Asked.NUMBER and Question.read(question).asked is Asked.NUMBER)
    return rest if asks else []


def _part_of(asked: str, own: list[str]) -> str | None:
    """"kaçı kadın?" after "Kerkük'teki şampiyonaya kaç sporcu katıldı?": "Kerkük'teki şampiyonaya katılan
    sporcuların kaçı kadın?", the earlier count's thing, as its verb says, whose part is asked; None where the
    earlier question is not that plain ("kaç itfaiye aracı teslim edildi", "kaç kişi tedavi gördü"): the two read
    as one ("… kaç sporcu katıldı kaçı kadın?") count the part too."""
    said = asked.rstrip(" ?").split()
    at = next((i for i, word in enumerate(said) if turkish_lower(word) == "kaç"), None)
    counted = Question.read(asked).counted
    if at is None or not counted or at + 2 >= len(said) or turkish_lower(said[at + 1]) != counted:
        return None
    middle, verb = said[at + 2:-1], turkish_lower(said[-1])
    stem = verb_stem(verb)
    doing = "bulunan" if verb in ("var", "vardı") else participle(stem) if stem else None  # "kaç eser var"
    if doing is None or len(middle) > 1 or stem in _LIGHT_VERBS:
        return None
    if middle:  # "kaç çiftçiye tohum dağıtıldı": the dative goes ("tohum dağıtılan çiftçilerin")
        counted = _DATIVE_AFTER_VOWEL.sub("", counted)
    part = [turkish_lower(w) if _bare(w) in _HOW_MANY_OF else w  # ("Bunların kaçı", "Kaçı kadın?")
            for w in own if not _points_back(_bare(w)) and _bare(w) not in _JOINERS]
    rewritten = " ".join([*said[:at], *middle, doing, plural_genitive(counted), *part]).rstrip(" ?") + "?"
    return rewritten if Question.read(rewritten).whole == root(counted) else None


_DATIVE_AFTER_VOWEL = re.compile(r"(?<=\w\w\w[aeıioöuü])y[ae]$")
_LIGHT_VERBS = frozenset("ol et ed yap gör kıl".split())  # "başarılı oldu", "tedavi gördü": no plain deed


def _content_words(own: list[str]) -> list[str]:
    """A follow-up's own words less "peki", "ya" and stopwords, without end marks."""
    return [w.rstrip("?!.,") for w in own if _bare(w) not in STOPWORDS and _bare(w) not in _JOINERS]


def _kind_instead(own: list[str], asked: str) -> str | None:
    """"peki patates?" after "Kerkük'te un fiyatı ne kadar oldu?": a bare noun alone asks the
    earlier question of its kind, in the place of the compound's first noun ("patates fiyatı");
    None otherwise ("ya arpada?" names where, not a kind)."""
    said = _content_words(own)
    kinds = kind_terms(asked)
    if len(said) != 1 or not said[0].isalpha() or not said[0].islower() or _WHERE_ENDING.search(said[0]) \
            or len(kinds) != 1:
        return None
    modifier = re.escape(kinds[0][0].surface)
    return re.sub(rf"(?<!\w){modifier}(?!\w)", said[0], asked, count=1).rstrip(" ?") + "?"


_WHERE_ENDING = re.compile(r"[dt][ae](?:n|ki)?$")  # "arpada", "köyden": where, not what


def _object_head(word: str) -> str | None:
    """A compound's head in the accusative less its case ("projesini" → "projesi", "kitabını" → "kitabı"); None
    for any other word (a bare noun's "-ı" is a possessive as often: "hamamı")."""
    found = re.fullmatch(r"(\w{2,}?[^aeıioöuü\W]s?[ıiuü])n[ıiuü]", word)
    return found.group(1) if found else None


def _takes_no_object(question: str, asked: Question) -> bool:
    """A follow-up whose own predicate takes no object: a passive or a verb of going on ("kaç eve kuruldu?", "ne
    kadar sürdü?"), or a figure asked with no verb at all ("peki kaç sayfa?", "ya sermayesi ne kadar?")."""
    last = turkish_lower(question.split()[-1].strip("?!.,")) if question.split() else ""
    verb = verb_stem(last)
    if verb is None:  # ("başkanı kim?" after "… ligini kim düzenliyor?": whose head is the answer's, left as read)
        return asked.asked is Asked.NUMBER
    return bool(_NO_OBJECT_VERB.search(verb))


# a passive ("kuruldu", "açıldı", "yapıldı") or a verb of lasting, starting, ending, becoming (no object)
_NO_OBJECT_VERB = re.compile(r"(?:^(?=(?:[^aeıioöuü]*[aeıioöuü]){2})\w*[^aeıioöuü][ıiuü][ln]"
                             r"|^sür|^başla|^bit|^ol|^çık|^kal)$")
# (a passive of two syllables at least: "kurul", "açıl"; not "bul", "bil", "kazan")


def _ends_on_verb(question: str) -> bool:
    """"kaç takım katıldı?" says a deed, Turkish putting the verb last; "müdürü kim?" none."""
    said = question.split()
    return bool(said) and verb_stem(turkish_lower(said[-1].strip("?!.,"))) is not None


# An edition, in words or in figures, and the thing it numbers: "birinci etapta", "5. festivale"
_EDITION_SAID = re.compile(rf"(?<!\w)((?i:{'|'.join(ORDINAL_WORDS.values())})|\d+\.)\s+([^\W\d_]+)")


def _edition_instead(own: list[str], asked: str) -> str | None:
    """"ya birinci etapta?" after "Telafer'de ikinci etapta kaç ev teslim edildi?": the other
    edition of the same thing, in the earlier one's place; None where the earlier names none."""
    new = _EDITION_SAID.search(" ".join(own))
    if new is None:
        return None
    thing = stem(turkish_lower(new.group(2)))
    old = next((m for m in _EDITION_SAID.finditer(asked) if stem(turkish_lower(m.group(2))) == thing
                and turkish_lower(m.group(1)) != turkish_lower(new.group(1))), None)
    return f"{asked[:old.start()]}{new.group()}{asked[old.end():]}" if old else None


# What a thing's price is said per: "salatalığın kilosu", "simidin tanesi", "ekmeğin fiyatı"
_PRICED_PER = frozenset("kilo tane fiyat litre adet".split())


def _unit_price_unsaid(owned: tuple[str, str], sentence: str) -> bool:
    """"salatalığın kilosu kaç dinar": a sentence saying neither the thing nor its kilo ("işçilere
    günlük ortalama 20 bin dinar yevmiye") prices something else."""
    thing, per = owned
    return per in _PRICED_PER and not names_owner(thing, sentence) and not roots_held(sentence, {per})


def _named_instead(own: list[str], asked: str) -> str | None:
    """"peki Tuzhurmatu kaymakamı?" after "Kerkük valisi kim?": a named subject of its own, and
    no question word, asks the earlier question of it, in the earlier subject's place when that
    was a name too ("Tuzhurmatu kaymakamı kim?"), before its words otherwise ("peki Mavi Yol'un
    Kerkük-İstanbul otobüsü?" after "yolculuk kaç saat sürüyor"); None without such a subject."""
    named = _content_words(own)
    written = asked.rstrip(" ?").split()
    at = next((i for i, w in enumerate(written) if _question_word(_bare(w))), None)
    if len(named) < 2 or not named[0][:1].isupper() or not at or _bare(named[0]) in QUESTION_OPENERS:
        return None  # ("Geçen yıl?": a time, capitalised as the first word)
    return " ".join(named + written[at if written[0][:1].isupper() else 0:]) + "?"


def _office_moved(place: str, asked: str) -> str | None:
    """The earlier question of a place's office ("Tuzhurmatu kaymakamı kim?", "Kerkük belediye başkanı
    kim?") asked of the follow-up's place instead: the bare name before the office is that place's."""
    office = Question.read(asked).office
    written = asked.rstrip(" ?").split()
    at = next((i for i, w in enumerate(written) if office and turkish_lower(w).startswith(office)), None)
    if not at:
        return None
    named = at - 1  # the first word of the name the office is written after: "Kerkük İl Sağlık Müdürü"
    while named > 0 and written[named - 1][:1].isupper():
        named -= 1
    if (not written[named][:1].isupper() or not written[named].isalpha() or at - named > 3
            or is_genitive(turkish_lower(written[named]))):  # "Birliğin başkanı": no place's office
        return None
    return " ".join([*written[:named], without_suffix(place), *written[named + 1:]]) + "?"


_PLACED = re.compile(r"[A-ZÇĞİÖŞÜ]\w+['’][dt][ae](?:ki)?")  # "Telafer'de", "Kerkük'teki": a place named
_THE_ONE_THERE = re.compile(r"(?<=[dt][ae])ki(?:n[ıi]n|n[ae]|nd[ae]|n[ıi]|ler\w*)$")  # "Leylan'dakinde"
_YEAR_WORD = re.compile(r"(?<![\w.])(?:1[89]|20)\d\d(?:['’]\w+)?(?![\w.])")  # "2023", "2023'te"; not "2023.5"


def _latest_written_out(history: Sequence[Message], turns: int, period_of: Callable[[str], str],
                        is_noun: Callable[[str], bool]) -> str | None:
    """The latest question asked, written out with the talk before it: "peki 2023'te?" after
    "… Festivali'ni kim düzenledi?" and "kaç kişi katıldı?" re-asks how many came, not who
    organised it."""
    asked = [i for i, m in enumerate(history) if m.get("role") == "user"]
    if not asked:
        return None
    latest = history[asked[-1]]["content"]
    return condense_by_rule(latest, history[:asked[-1]], turns, period_of, is_noun)


# A cited sentence ends after its marker and end mark ("… üstlendi [1]. "); the whitespace
# after it stays with it, so the pieces join back into the text.
_SENTENCE_END = re.compile(r".+?(?:\[\d+(?:\s*[,;]\s*\d+)*\])+[.!?…]?(?:\s+|$)", re.DOTALL)


def sentence_pieces(text: str) -> list[str]:
    """An answer's text cut after each sentence, as it is streamed: ``"".join`` gives it back."""
    pieces, at = [], 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(match.group())
        at = match.end()
    if at < len(text):
        pieces.append(text[at:])
    return pieces


def _history_text(history: Sequence[Message], turns: int) -> str:
    recent = list(history)[-2 * turns:] if turns else []
    names = {"user": "Kullanıcı", "assistant": "Arşiv"}
    return "\n".join(f"{names.get(m.get('role', ''), 'Kullanıcı')}: {m.get('content', '')}" for m in recent)


def _usable(snapshot: Snapshot) -> Snapshot:
    if snapshot.empty:
        raise AskError(EMPTY_INDEX)
    return snapshot


@dataclass
class Found:
    """What retrieval found, once the question's time was taken into account."""

    result: SearchResult
    answerable: bool
    notice: str | None = None
    other_periods: SearchResult | None = None  # the topic outside the asked period
    missing: str | None = None  # what the question names that no retrieved article covers


@dataclass
class Timeline:
    """The articles that state a fact, the asked end of the timeline first: the passages
    read, and each article's stating sentence (its ``passage`` indexes ``passages``)."""

    passages: list[Document]
    statements: list[Candidate]

    def date(self, i: int) -> str | None:
        return ChunkMeta.of(self.passages[self.statements[i].passage - 1]).date


UNDISCLOSED_WORDS = 2  # the question's words a "… açıklanmadı" clause holds to speak of what was asked
RELATED_SHOWN = 2  # closest articles listed under a refusal that names what is missing
OPENING_LINES = 3  # an article's title, dateline and first paragraph: where news says what it is about
DIGEST_SEARCHED = 20  # articles searched for a digest's topic words
TIMELINE_ARTICLES = 12  # articles about a subject read for its newest (oldest) fact
HISTORY_SHOWN = 3  # earlier values listed under the newest fact


def discussed_before(question: str, history: Sequence[Message], other_period: bool,
                     is_noun: Callable[[str], bool] = no_noun) -> Discussed | None:
    """For a follow-up that points back ("peki hangi yılda?", "orayı kim aldı?"): the sentences
    the latest answer quoted (none if it asks of ``other_period``) and the follow-up's own
    words; None for a question of its own, or after a refusal."""
    latest = next((m for m in reversed(history) if m.get("role") == "assistant"), {})
    quotes = tuple(latest.get("quoted") or ())
    if not quotes or is_standalone(question, is_noun):
        return None
    if other_period:
        quotes = ()
    said = _WORD.findall(question)
    # the word after "hangi" is the kind of answer ("hangi yılda": "1777'de"), not a word said
    # and a word any figure says by being there ("orada oran kaç?": "yüzde 23,5")
    own = [w for i, w in enumerate(said) if not _points_back(_bare(w)) and not names_a_figure(w)
           and not (i and _bare(said[i - 1]) == "hangi")]
    return Discussed(quotes, frozenset(predicate_roots(" ".join(own), [])))


# "ya bir önceki yıl?" after an answer from a 2024 report asks of 2023, whatever year it is now
_BEFORE_DISCUSSED = re.compile(r"(?<!\w)(?:bir\s+)?önceki\s+(?:yıl|sene)", re.IGNORECASE)


def year_named_before(history: Sequence[Message], read_time: Callable[[str], TimeFrame | None]) -> date | None:
    """The end of the one year the latest question named as its period or its thing's ("… 2024
    bütçesi" → 31 December 2024)."""
    asked = next((m["content"] for m in reversed(history) if m.get("role") == "user"), "")
    frame = read_time(asked)
    if frame and counts_from_today(frame):  # "bu yıl" names no year of its own: the answer's article tells it
        return None
    if frame and frame.date_from and frame.date_to and frame.date_from.year == frame.date_to.year:
        return date(frame.date_to.year, 12, 31)
    named = set(years_named(asked))
    return date(named.pop(), 12, 31) if len(named) == 1 else None


def discussed_day(history: Sequence[Message], read_time: Callable[[str], TimeFrame | None]) -> date | None:
    """The day "bir önceki yıl" counts from: the end of the year the latest question named
    ("Arslan Çimento'nun 2019 yılı net kârı" → 2018, from its 2020 report), else the date of the
    article the latest answer came from."""
    if named := year_named_before(history, read_time):
        return named
    latest = next((m for m in reversed(history) if m.get("role") == "assistant"), {})
    dated = latest.get("dated") or ()
    return date.fromisoformat(dated[0]) if dated and dated[0] else None


# a notice of the period searched ("2023 yılına ait bir haber bulamadım; bu döneme değinen habere dayandım")
_PERIOD_NOTICE = re.compile(r"bulamadım|dayandım|haberlerde aradım")


def _newest_source_day(answer: Answer) -> date | None:
    """The newest date among the articles a refusal lists (those of other periods than the asked one)."""
    dated = [source.date for source in answer.sources if source.date]
    return date.fromisoformat(max(dated)[:10]) if dated else None


def _asks_same_deed(question: str, history: Sequence[Message]) -> bool:
    """The question ends on the verb the talk's latest question ended on ("kaç yıl boyunca derlemiş?" after "Kerkük
    hoyratlarını kim derledi?"): more of the same deed."""
    asked = next((m["content"] for m in reversed(history) if m.get("role") == "user"), "")
    stems = [verb_stem(found[-1]) if (found := words(turkish_lower(text))) else None for text in (question, asked)]
    return stems[0] is not None and len(stems[0]) > 2 and stems[0] == stems[1]


def continues_talk(question: str, history: Sequence[Message]) -> bool:
    """Every noun of the question's own, its time words left out, was in the talk's questions or the sentences
    its latest answer quoted: it asks of the same thing."""
    talk = " ".join(m["content"] for m in history if m.get("role") == "user")
    quoted = next((" ".join(m.get("quoted") or ()) for m in reversed(history) if m.get("role") == "assistant"), "")
    own = {stem(word) for word in words(turkish_lower(_TIME_COUNTED.sub(" ", question)))
           if len(word) > 3 and word not in STOPWORDS and not _question_word(word) and not verb_stem(word)}
    return bool(own) and roots_held(f"{talk} {quoted}", own) == len(own)


# "geçen yıl", "bu sezon", "bir önceki dönem": a time counted from some day, no thing of its own
_TIME_COUNTED = re.compile(r"(?<!\w)(?:geçen|bu|(?:bir\s+)?önceki|gelecek|önümüzdeki)\s+"
                           r"(?:yıl|sene|ay|hafta|sezon|dönem)\w*", re.IGNORECASE)


def cited_before(history: Sequence[Message]) -> frozenset[str] | None:
    """The articles the latest answer cited, where a follow-up looks first: those it took its
    short answer from, when it gave one ("en son gol kralı" cites this year's report and last
    year's for the history line, and "kaç gol attı?" asks of this year's scorer)."""
    for message in reversed(history):
        if message.get("role") == "assistant":
            cited, short = message.get("cited") or (), message.get("short")
            holding = [doc for doc, quote in zip(cited, message.get("quoted") or ()) if short and short in quote]
            return frozenset(holding or cited) or None
    return None


def _applied(frame: TimeFrame | None, found: Found, ordered: bool) -> dict | None:
    """The question's time as it was applied: a period answered from outside it (with a
    notice) or a timeline nothing dated was on is not claimed in the label."""
    return frame.to_dict(period=not found.notice, order=ordered) if frame else None


def _absent_text(absent: list[Term]) -> str:
    return f"Arşivde {missing_names(absent)} hakkında bir habere rastlamadım."


def _outside_text(absent: list[Term]) -> str:
    return f"Seçilen filtrelere uyan haberlerde {missing_names(absent)} geçmiyor; arşivin tamamında aramak için filtreleri kaldırın."


def _says_period(text: str, published: str | None, frame: TimeFrame, title: str = "") -> bool:
    """The text names the asked period, or calls it "geçen yıl" in an article of the year after."""
    return names_period(text, published, frame, title) or said_last_year(text, published, frame)


def _opening_and_answering(article: str, quotes: list[str]) -> str:
    """The article's opening paragraphs and those holding a quoted sentence: where it says what it speaks of."""
    paragraphs = [p for p in article.split("\n") if p.strip()]
    return "\n".join(paragraphs[:OPENING_LINES] + [p for p in paragraphs if any(quote[:40] in p for quote in quotes)])


def _of_period_text(absent: list[Term]) -> str:
    return f"Arşivde sorulan döneme ait, {missing_names(absent)} geçen bir habere rastlamadım."


def _apart_text(terms: list[Term]) -> str:
    if len(named_groups(terms)) == 1:  # "8." and the name it numbers: one name
        return _absent_text(terms)
    return f"Arşivde {missing_names(terms)} birlikte geçen bir habere rastlamadım."


def _passed_through_text(places: list[str]) -> str:
    names = " ve ".join(places)
    return f"Arşivdeki ilgili haberler {names} adını yalnızca geçerken anıyor; sorulan bilgiyi {names} için vermiyor."


def _unstated_text(asked: Question, filtered: bool) -> str:
    """The answer when the articles give no figure in the asked measure ("kaç ton")."""
    phrase = {"yüzde": "yüzde kaç", "yaş": "kaç yaşında", "para": "ne kadar"}.get(asked.measure, f"kaç {asked.measure}")
    return _not_said_text(f"{phrase} olduğunu", filtered)


def _no_holder_text(holder: Question, question: str, filtered: bool) -> str:
    """"Kerkük valisi kim?" where the articles name no governor: "Kerkük valisinin kim olduğunu"
    (a place's office named as asked), else "valinin"."""
    office = holder.office or holder.role or ""
    found = re.findall(rf"[\w{APOSTROPHES}]+", question)
    at = next((i for i, word in enumerate(found) if holder.office_place and word[:1].isupper()
               and turkish_lower(without_suffix(word)).startswith(holder.office_place)), None)
    if at is None or not office or holder.office_name:  # (not of a name of several words: "Ayna Sahnesi'nin")
        return _not_said_text(f"{genitive(office)} kim olduğunu", filtered)
    owner = found[at + 1:at + 2] if holder.office_of else []  # "Telafer belediye başkanının"
    if owner and not turkish_lower(owner[0]).startswith(holder.office_of or ""):
        return _not_said_text(f"{genitive(office)} kim olduğunu", filtered)
    start = at  # the whole name the place's word ends ("Yedi Kuyu oyununun", not "Kuyu oyununun")
    while start and found[start - 1][:1].isupper() and without_suffix(found[start - 1]) == found[start - 1]:
        start -= 1
    said = " ".join([*found[start:at], without_suffix(found[at]), *map(turkish_lower, owner),
                     genitive(possessive(office))])
    return _not_said_text(f"{said} kim olduğunu", filtered)


# "kaç kişi": people are counted by many nouns ("ziyaretçi", "katılımcı"), not by this word alone.
_PEOPLE_COUNTED = "kişi"


# A plain refusal under the reader's filters: the article may be outside them.
FILTERED_OUT = "Seçilen filtrelere uyan haberlerde bu konuda bilgi bulamadım; arşivin tamamında aramak için filtreleri kaldırın."


# A figure pointed back at: "bu sayı", "bu oran", "bu rakam" (the sentence before says of what)
_THIS_FIGURE = re.compile(r"(?<!\w)bu\s+(?:sayı|oran|rakam|miktar|tutar)", re.IGNORECASE)


def points_at(place: str, sentence: str, article: str) -> bool:
    """The sentence points back at a part ("75 kilometrelik bu yolda … 41 kişi öldü") the sentence before it names
    with the place ("En tehlikeli yol yine Kerkük-Tuzhurmatu karayolu oldu")."""
    return this_part(sentence) and roots_held(previous_sentence(article, sentence) or "", {turkish_lower(place)}) > 0


_ANOTHER_LIKE_IT = re.compile(r"(?<!\w)(?:benzer|başka\s+bir)(?!\w)")


def goes_on_there(question: str, place: str, sentence: str, article: str) -> bool:
    """The sentence goes on about the asked thing the sentence before it puts in the place: "Topluluğun ilk gösterisi
    … Bakü'deki … Sarayı'nda yapıldı. Yaklaşık 2 bin 100 seyircinin izlediği gösteride …" for "Bakü'deki gösteriyi
    kaç kişi izledi?" (both say "gösteri", the thing the question puts there). Not one naming the place in passing
    or in a list ("… Kifri, Erbil ve Tazehurmatu'dan gelen 260 izci"; "Kerkük, Tuzhurmatu ve Telafer'de"), nor one
    where it is only planned ("… Telafer'de de sahnelenmesi planlanıyor") or another like it ("Kifri'de yapılan benzer
    bir kampanyada …")."""
    before = previous_sentence(article, sentence) or ""
    thing = re.search(rf"(?<!\w){re.escape(place)}[{APOSTROPHES}]\w*\s+([^\W\d_]{{3,}})", question)
    there = re.search(rf"(?<!,\s)(?<!\sve\s)(?<!\w){re.escape(place)}[{APOSTROPHES}]n?[dt][ae](?:ki)?(?!\w)"
                      rf"(?!,|\s+ve\s)", before)
    head = {root(turkish_lower(thing.group(1)))} if thing else set()
    return (there is not None and bool(head) and roots_held(before, head) > 0 and roots_held(sentence, head) > 0
            and not speaks_of_coming(before) and not reports_plan(Question.read(question), before)
            and not _ANOTHER_LIKE_IT.search(turkish_lower(before)))


def _office_of_place(holder: Question, text: str) -> bool:
    """The post said with its place right before it: "Kerkük Valisi Necmettin Bağdatlı" (not "Ninova Valisi …,
    '… Erbil'e gitmek zorundaydı'" for Erbil's)."""
    office = (holder.office or "").split()[-1]
    return re.search(rf"(?<!\w){re.escape(holder.office_place or '')}\w*\s+(?:\w+\s+)?{re.escape(office)}",
                     turkish_lower(text)) is not None


def _figure_named(phrase: str) -> str:
    """A figure the question names a thing by, less the case the question gave it: "86 kiloda", "80 evin" are
    "86 kilo", "80 ev", "80 kişi" (not "3 gün", nor "40 tonun": "to" or "ton", a genitive after "n" is either)."""
    *before, noun = phrase.split()
    bare = re.sub(r"(?:n?[dt][ae]|y[ae]|(?<=\w\w[aeıioöuü])n[ıiuü]n|(?<![aeıioöuün])[ıiuü]n)$", "", noun)
    return " ".join([*before, bare if len(bare) >= 2 else noun])


def _not_said_text(what: str, filtered: bool) -> str:
    """"The articles do not say <what>"; under the reader's filters, those are what may
    leave the answering article out."""
    if filtered:
        return f"Seçilen filtrelere uyan haberler {what} söylemiyor; arşivin tamamında aramak için filtreleri kaldırın."
    return f"Arşivdeki ilgili haberler {what} söylemiyor."


def _said_of_another_text(asked: str, said: str) -> str:
    """Asked for 2024 (the first festival), the article gives 2023's (the third's)."""
    return f"Arşivdeki ilgili haberler bunu {asked} için söylemiyor; en yakın bilgi {said}."


def holds_asked_office(asked: Question, candidate: Candidate, passages: list[Document]) -> bool:
    """The sentence names the asked office of its asked owner ("meclis başkanı kim": not the
    election board's chairman of the same article)."""
    title = ChunkMeta.of(passages[candidate.passage - 1]).title
    return holds_office(asked, candidate.text) and not owner_unnamed(
        asked, candidate.text, title, passages[candidate.passage - 1].page_content)


def _holder_asked(asked: Question, question: str) -> Question:
    """A name asked of an owner's office asks its holder, as "kim" does: "Musul Belediye
    Başkanı'nın adı ne?" is not answered by Telafer's; an office written as a title, since
    "Tibet Budizmi'nde öğretmenin adı" asks what a teacher is called there."""
    holder = Question.read(who_is_asked(question))
    if asked.office is not None or holder.office is None or holder.office_place is None:
        return asked
    title = holder.office.split()[-1]
    written = any(word[:1].isupper() and turkish_lower(word).startswith(title) for word in question.split())
    # a post of a place is held by one person, however written: "Erbil valisinin adı ne?" (not a person's
    # deputy: "İbrahim Salman'ın yardımcısının adı ne?")
    place = next((word for word in question.split() if turkish_lower(word).startswith(holder.office_place)), "")
    whose = is_genitive(ascii_fold(re.sub(f"[{APOSTROPHES}]", "", _bare(place))))
    return holder if written or is_office(title) and not whose else asked


def _says_asked(question: str) -> Callable[[str], bool]:
    """What a sentence must say to answer in the question's stead: the win, for a winner ("…
    Türkmeneli Spor'u 3-0 mağlup etti" says no "kazan"), else the question's own words."""
    if asks_winner(question):
        return says_win
    about = predicate_roots(question, key_terms(question))
    verb = {asked_verb(question) or ""} & about

    def says(text: str) -> bool:
        # the asked verb said otherwise counts ("gezdi": "ziyaret etti", "Geçen yılki fuarda ziyaretçi sayısı")
        otherwise = verb if verb and not roots_held(text, verb) and says_deed(question, text) else set()
        return bool(about) and 2 * (roots_held(text, about - otherwise) + len(otherwise)) >= len(about)

    return says


def asks_about_now(question: str) -> bool:
    """A fact question that may have changed since its article: not an explanation ("neden",
    "nasıl"), not about a first time or a former state ("ilk", "eski", "önceki"), and not of a
    month or a year the question names ("Ekim ayında domatesin kilosu": a newer price is no
    newer answer)."""
    said = {_bare(w) for w in _WORD.findall(question)}
    timed = any(term.year or term.month for term in key_terms(question))
    return (Question.read(question).factoid and not timed
            and not said & {"ilk", "eski", "önceki", "önceden", "eskiden"})


class ArchiveQA:
    def __init__(self, settings: Settings, store: ArchiveStore | None = None,
                 embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = store or ArchiveStore(settings)
        self.embedder = embedder or load_embedder(settings)
        self.snapshots = Snapshots(self.store)
        self.searcher = HybridSearcher(settings, self.store, self.embedder)
        self.extractive = ExtractiveAnswerer(self.store, settings.answer_max_chars)
        self.generative: GenerativeAnswerer | None = None
        if settings.llm_backend not in ("auto", "extractive"):
            self.generative = GenerativeAnswerer(load_llm(settings), is_chat(settings), settings.llm_backend)

    @property
    def backend(self) -> str:
        return self.generative.name if self.generative else self.extractive.name

    @property
    def today(self) -> date:
        return self.settings.today or date.today()

    # --- the whole pipeline ---------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Message] = (), filters: Filters | None = None,
            mode: str = "hybrid") -> Answer:
        *_, final = self.stream(question, history, filters, mode)
        return final

    def stream(self, question: str, history: Sequence[Message] = (), filters: Filters | None = None,
               mode: str = "hybrid") -> Iterator[str | Answer]:
        """Text as it is produced, then the verified ``Answer``; ``AskError`` if the question
        cannot be asked. An unreachable LLM falls back to the extractive answer, with a notice."""
        started = time.perf_counter()
        question = self.check(question)
        # typed without Turkish letters or capitals: read as the archive writes ("Soruyu şöyle anladım")
        spellings = self.read(lambda snapshot: snapshot.spellings)
        restored = spellings.restore(question)
        talk = [{**m, "content": spellings.restore(m["content"])} if m.get("role") == "user" else m for m in history]
        standalone = self.condense(restored, talk)
        if standalone == restored and _asks_only(restored):
            # "peki ne zaman?" as the first message: a follow-up to nothing (the bundled article's
            # first sentence was given as the answer)
            raise AskError(NO_SUBJECT)

        def borrowed(named_topic: bool = False) -> tuple[str, list[str], str | None] | None:
            """The earlier question whose subject a follow-up takes."""
            return subject_source(history, self.settings.history_turns, is_noun=spellings.inflects_as_noun,
                                  named_topic=named_topic)

        # shown as the question it was read with: a rewrite borrowing its subject is seldom good Turkish
        source = borrowed() if standalone != restored else None
        # a follow-up's period is what its own words say, "bir önceki yıl" and a follow-up's "geçen
        # yıl" counted from the year the talk named, else from the answer's article ("ya geçen yıl
        # kaç kişi gelmişti?" after a 2023 festival's report asks 2022's); read as restored ("gecen
        # yil" typed on a phone is "geçen yıl")
        # (or one that reads alone but asks of the talk's thing: "geçen yıl kaç öğrenci burs almıştı?" after "Burs
        # programına kaç öğrenci seçildi?" asks the year before the article's, in its own words)
        counted_from = (discussed_day(history, self.read_time) if _BEFORE_DISCUSSED.search(restored)
                        or _LAST_YEAR_ASKED.search(restored) and (standalone != restored
                                                                 or continues_talk(restored, talk)) else None)
        frame = self.read_time(restored, counted_from)
        focus = cited_before(history)  # looked in first; left when they do not answer
        # "peki hangi yılda?": the quoted sentence, if it answers; "ya 2023'te?" asks another period
        discussed = discussed_before(restored, history, frame is not None or tells_background(restored),
                                     spellings.inflects_as_noun)  # ("geçen sezon kimdi?": not the quoted season)
        filters = filters or Filters()

        def respond(asked: str) -> Iterator[str | Answer]:
            return self.reading(lambda snapshot: self._respond(asked, frame, filters, mode, snapshot, focus, discussed))

        by_topic = source and not self.generative and not _PROPER_NOUN.search(restored)
        topic = borrowed(named_topic=True) if by_topic else None
        events = respond(standalone)
        same_deed = bool(history) and _asks_same_deed(restored, talk)
        if topic:
            # asked of the talk's named subject rather than the latest question's common one: at once
            # when it says a deed of its own after an attribute was asked ("kaç takım katıldı?" after
            # "finalde skor kaçtı?": the league's teams), or when, asked of the latest, it is refused
            # ("imamı kim?" after "restorasyon ne kadar sürdü?": the mosque's imam)
            at_once = source[2] is None and _ends_on_verb(restored)
            events = [] if at_once else list(events)
            if at_once or events[-1].refused:
                standalone, source = self.condense(restored, talk, named_topic=True), topic
                events = respond(standalone)
        elif (history and standalone == restored and not _PROPER_NOUN.search(restored)
              and (_joined(restored) or len(restored.split()) <= _SHORT_WORDS or same_deed)):
            # "peki skor neydi?", "skor neydi?" after "… kupasını kim kazandı?", read alone, finds nothing at all: asked
            # of the talk's subject, it is the final's score (not where it names its own: "peki
            # Azerbaycan tarafından kaç kişi katıldı?", nor where read alone it found related articles)
            events = list(events)
            # (or, asking more of the talk's own deed, where it found only related articles: "kaç yıl boyunca
            # derlemiş?" after "Kerkük hoyratlarını kim derledi?")
            if (events[-1].refused and (not events[-1].sources or same_deed) and not has_digit(restored)
                    and (joined := self.condense(restored, talk, follows=True)) != restored):
                standalone, source = joined, borrowed()
                events = respond(standalone)
        if frame and counted_from is None and counts_from_today(frame):
            # "Altunköprü kooperatifinin bu yılki halı hedefi ne?" asked in 2026 of an archive whose reports on it
            # end in March 2024: nothing of this year, so "bu yıl" is read as the newest report's year, and said so
            # (a follow-up's too, however its subject was borrowed)
            events = list(events)
            if events[-1].refused and (day := _newest_source_day(events[-1])):
                asked_frame, frame = frame, self.read_time(restored, day)
                relaid = list(respond(standalone))
                # (in a talk, only from the articles it was about: "şirketin geçen yılki cirosu" after a dairy's
                # questions is no other company's)
                if not relaid[-1].refused and (not focus or key_terms(restored) or opening_word(restored)
                                               or {s.doc_id for s in relaid[-1].sources} & focus):
                    notice = (f"Arşivde {asked_frame.period_text()} bir haber yok; «{asked_frame.phrase}», bu konudaki "
                              f"en yeni haberin ({date_label(day.isoformat())}) tarihine göre okundu.")
                    # (a notice of its own stays, but not one of the period it was re-read in: this one says that)
                    kept = relaid[-1].notice if not _PERIOD_NOTICE.search(relaid[-1].notice or "-") else None
                    events = [*relaid[:-1], replace(relaid[-1], notice=f"{notice} {kept}" if kept else notice)]
                else:
                    frame = asked_frame
        for event in events:
            if isinstance(event, Answer):
                event = replace(
                    event, question=question, backend=self.backend,
                    standalone_question=standalone if standalone != question else None,
                    follows=spellings.restore(source[0]) if source else None,  # as the archive spells it
                    # a refusal took no article as the newest or oldest, whatever was asked
                    timeframe=(event.timeframe if event.timeframe is not None or not frame
                               else frame.to_dict(order=not event.refused)),
                    timings_ms={**event.timings_ms, "total": (time.perf_counter() - started) * 1000})
            yield event

    def reading(self, produce: Callable[[Snapshot], Iterator[T]]) -> Iterator[T]:
        """``produce(snapshot)``'s items on the current snapshot (read again from a new one if
        an ingest sweeps it meanwhile); ``AskError`` when the archive is empty."""
        return self.snapshots.reading(lambda snapshot: produce(_usable(snapshot)))

    def read(self, produce: Callable[[Snapshot], T]) -> T:
        """``reading`` for one value (a brief, a retrieval)."""
        return self.snapshots.read(lambda snapshot: produce(_usable(snapshot)))

    def _respond(self, question: str, frame: TimeFrame | None, filters: Filters, mode: str,
                 snapshot: Snapshot, focus: frozenset[str] | None,
                 discussed: Discussed | None = None) -> Iterator[str | Answer]:
        outside = outside_filters(filters, frame) or filters_match_nothing(filters, snapshot)
        if outside:
            yield Answer(question=question, text=outside, refused=True)
            return
        terms = key_terms(question, frame.phrase if frame else "")
        digest = read_digest(question, frame, terms, dates_chosen=bool(filters.date_from or filters.date_to))
        if digest:
            answer = self.digest(question, digest, frame, filters, snapshot)
            yield from sentence_pieces(answer.text)
            yield answer
            return
        found = self.retrieve(question, frame, filters, mode, snapshot, focus)
        answer = yield from self._compose(question, frame, filters, found, snapshot, discussed)
        yield replace(answer, timings_ms=dict(found.result.timings_ms))

    def _compose(self, question: str, frame: TimeFrame | None, filters: Filters, found: Found,
                 snapshot: Snapshot, discussed: Discussed | None = None) -> Generator[str, None, Answer]:
        """decide → answer → verify: yields the text as it comes, returns the answer."""
        if not found.answerable:
            answer = self.decline(question, frame, found, snapshot, filtered=filters.chosen)
            yield from sentence_pieces(answer.text)
            return answer
        notice = found.notice
        if self.generative:
            passages, _ = self.order_by_time(question, frame, found.result, snapshot)
            try:
                written = yield from self.generate(question, passages)
            except Exception as exc:  # any transport or server error of any backend
                log.warning("LLM backend failed (%s: %s); answering extractively", type(exc).__name__, exc)
                written, notice = None, LLM_UNREACHABLE
            if written is not None:
                return replace(written, notice=notice, timeframe=_applied(frame, found, True))
        # No model, or a model that cited nothing: copy the evidence instead ("en son" and
        # "ilk" questions are answered from the newest or oldest article that states the fact).
        timeline = self.on_timeline(question, frame, filters, found.result, snapshot) if frame and frame.by_date else None
        result = found.result
        asked_as = question
        if refers_to_period(found.notice, frame):
            # asked of a period no article is dated in, from one that speaks of it: read with its year
            # ("geçen yıl kaç kişi gelmişti" as of 2022, in a 2023 report: "Geçen yılki … 11 bin"), the
            # an explanation (which no sentence's year is checked for) from the passages naming it only
            # ("… kârı 2019'da neden arttı": the 2020 report titled "Arslan Çimento 2019'da net kârını yüzde
            # 24 artırdı", not the 2023 one's reason for its fall)
            asked_as = _with_year(question, frame)
            if not Question.read(question).factoid:
                result = replace(result, documents=[d for d in result.documents if mentions_period(d, frame)]
                                 or result.documents)
        answer = timeline or replace(self.extract(asked_as, frame, result, result.documents, result.documents,
                                                  snapshot, filtered=filters.chosen, discussed=discussed),
                                     question=question)
        said_in_sentence = found.notice == PERIOD_IN_SENTENCE.format(period=frame.period_text()) if frame else False
        if (refers_to_period(found.notice, frame) and not answer.refused and (
                # (read in a later article's passage, the answering sentence itself must name it: "2023'te 74 kiloda
                # kim birinci oldu?" is not answered by the 2024 championship's "74 kiloda şampiyonluğu … kazandı")
                (not _says_period(answer.sources[0].quote, answer.sources[0].date, frame, answer.sources[0].title)
                 if said_in_sentence
                 else not names_period(self._period_text(answer, frame, snapshot), answer.sources[0].date, frame,
                                       answer.sources[0].title))
                # "Kasım 2024'te … kaçtı?": the January report naming November gives December's figure
                or of_another_month(answer.sources[0].quote, frame))):
            # "2024'teki fuarı kaç kişi ziyaret etti?": the 2023 article names 2024 (for the next fair),
            # but the answer came from the 2019 one, which never does: no article speaks of 2024's
            answer, notice = self.decline(question, frame, replace(found, other_periods=result), snapshot,
                                          filtered=filters.chosen), None
        asked = Question.read(question)
        if (discussed and not answer.refused and asked.asked in (Asked.NUMBER, Asked.DATE, Asked.PERSON)
                and not any(fit(asked, source.quote) for source in answer.sources)
                and not _reported_on_its_day(question, asked, answer) and not asks_who_someone_is(question)):
            # a follow-up is retrieved by the subject it inherits, so the article being discussed
            # scores high whatever it asks: "o ödülü ilk kim kazandı?" got the sentence announcing
            # the prize, which names no winner ("o kim?" of a name just given is answered by
            # what the archive says of them, no other name)
            answer = self.decline_subject(question, _not_said_text("bunu", filters.chosen), result.documents)
        answered = bool(answer.sources) and not answer.refused  # a refusal's sources are only related
        if frame and frame.by_date and timeline is None and answered:
            notice = notice or (OFF_TIMELINE if answer.sources[0].date else UNDATED_ONLY)
        if frame is None and answered and answer.sources[0].date and asks_about_now(question):
            notice = notice or self.newer_news(question, filters, result, answer.sources[0], snapshot)
        if (frame is None and answered and not answer.sources[0].date and asks_for_date(question)
                and not has_date(answer.text)):
            notice = notice or UNDATED_WHEN
        if not answer.refused:
            yield from sentence_pieces(answer.text)
        ordered = timeline is not None and not answer.refused
        if answer.refused:  # "… bu döneme değinen habere dayandım" beside "bunu 2024 yılı için söylemiyor"
            notice = None  # tells of an answer the refusal does not give
        return replace(answer, notice=notice, timeframe=_applied(frame, found, ordered=ordered))

    def _period_text(self, answer: Answer, frame: TimeFrame, snapshot: Snapshot) -> str:
        """Where an answer from an article of another date must name the asked period: the
        article, when it reports on the year before (a bank's 2023 results in February 2024);
        else its opening and the answering paragraphs (a 2023 column opening on "1997 yazındaki
        ilk yolculuğum" speaks of 1997 throughout; "2013'teki selde kaç ev yıkıldı?": the 2025
        flood's article names 2013 only in its last line, for an earlier flood)."""
        article = "\n".join(self.article_texts({answer.sources[0].doc_id}, snapshot))
        published = answer.sources[0].date
        if frame.date_to and published and int(published[:4]) - frame.date_to.year <= 1:
            return article
        return _opening_and_answering(article, [source.quote for source in answer.sources])

    # --- steps ------------------------------------------------------------------------------
    def check(self, question: str) -> str:
        """The question, stripped, or an ``AskError`` saying why it cannot be asked."""
        question = (question or "").strip()
        if not question:
            raise AskError("Lütfen bir soru yazın.")
        if not re.search(r"\w", question):
            raise AskError("Soruda harf ya da rakam yok; lütfen sorunuzu kelimelerle yazın.")
        if len(question) > self.settings.max_question_chars:
            raise AskError(f"Soru çok uzun ({len(question)} karakter); en fazla "
                           f"{self.settings.max_question_chars} karakterlik bir soru sorun.")
        return question

    def condense(self, question: str, history: Sequence[Message], named_topic: bool = False,
                 follows: bool = False) -> str:
        """A follow-up rewritten as a question that stands alone (by the chat model, if any;
        ``named_topic``: of the talk's named subject, by rule; ``follows``: a question joined to
        the talk that seemed to stand alone, by rule). A digest ("peki en son ne oldu?") stands
        alone: it lists, whatever was asked before."""
        if not history or read_digest(question, self.read_time(question), key_terms(question)):
            return question
        if self.generative and not named_topic and not follows:
            try:
                rewritten = self.generative.condense(question, _history_text(history, self.settings.history_turns))
            except Exception as exc:  # the answer step reports an unreachable model to the user
                log.warning("LLM condense failed (%s); rewriting by rule", type(exc).__name__)
                rewritten = None
            if rewritten:
                return rewritten
        return condense_by_rule(question, history, self.settings.history_turns,
                                lambda text: frame.phrase if (frame := self.read_time(text)) else "",
                                self.read(lambda snapshot: snapshot.spellings).inflects_as_noun, named_topic, follows)

    def restore(self, question: str) -> str:
        """The question with the Turkish letters and capitals the archive writes its words with
        (``rag/language/spelling.py``): "kerkukte kac kisi" → "Kerkük'te kaç kişi"."""
        return self.read(lambda snapshot: snapshot.spellings.restore(question))

    def read_time(self, question: str, today: date | None = None) -> TimeFrame | None:
        return parse_timeframe(question, today or self.today) if self.settings.time_aware else None

    def search(self, question: str, snapshot: Snapshot, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid", vector: np.ndarray | None = None) -> SearchResult:
        # "Kerkük valisinin adı ne?" is searched as "Kerkük valisi kim?": the passages say who, not "adı"
        return self.searcher.search(who_is_asked(question), snapshot, k or self.settings.top_k, filters, mode, vector)

    def retrieve(self, question: str, frame: TimeFrame | None, filters: Filters, mode: str,
                 snapshot: Snapshot, focus: frozenset[str] | None = None) -> Found:
        """What answers the question: first among the ``focus`` articles (those a follow-up's
        previous answer cited), when they answer it, unless it asks for the newest or oldest
        article; otherwise in the whole archive. Only
        articles that cover what the question names count (``about_subject``)."""
        vector = None
        noun = opening_noun(question)
        opening = opening_word(question) or (noun if noun and not _points_back(noun.surface) else None)
        if focus and opening and not covering([opening], snapshot)[opening] & focus:
            focus = None  # "Erbil pazarında …" after a question on Kerkük's market is a new question, as is
            # "tonqal kaç metre yüksekliğindeydi?" after the minaret's height
        if focus and not (frame and frame.by_date):  # "peki şimdi?" asks for other, newer articles
            found = self.retrieve_by_time(question, frame, replace(filters, doc_ids=focus), mode, snapshot)
            wide = None
            if not found.answerable and said_in(question, [d.page_content for d in found.result.documents]):
                # "Başhekim kim?" after three questions on a clinic: too short for retrieval to be
                # sure, but every word of it is in the passages of the article being discussed
                found = replace(found, answerable=True)
            elif not found.answerable:
                wide = self.retrieve_by_time(question, frame, filters, mode, snapshot, found.result.query_vector)
                found = replace(found, answerable=_says_as_much_inside(question, found, wide, focus, snapshot))
            inside = self.about_subject(question, frame, found, snapshot, filters)
            vector = inside.result.query_vector
            if inside.answerable:
                wide = wide or self.retrieve_by_time(question, frame, filters, mode, snapshot, vector)
                top = _best_elsewhere(wide, focus, snapshot)
                if top is None or not (_says_more_elsewhere(question, inside, top)
                                       or _of_the_period_elsewhere(frame, inside, top)):
                    return inside
                return self.about_subject(question, frame, wide, snapshot, filters)
        found = self.retrieve_by_time(question, frame, filters, mode, snapshot, vector)
        subject = self.about_subject(question, frame, found, snapshot, filters)
        retrieved = {snapshot.doc_of(d.id or "") for d in found.result.documents}
        if (not subject.answerable and found.answerable and not filters.chosen
                and (named := self.naming_all(question, frame, snapshot)) and not named & retrieved):
            # "Azadi Hastanesi'ne hangi cihaz geldi?": the passages found were of other articles, and "Arşivde Azadi
            # Hastanesi hakkında …" would be false of an archive whose "Azadi Eğitim Hastanesi" article names it; asked
            # again of the articles naming it all, which answer or refuse as any would
            found = self.retrieve_by_time(question, frame, replace(filters, doc_ids=frozenset(named)), mode, snapshot,
                                          found.result.query_vector)
            subject = self.about_subject(question, frame, found, snapshot, filters)
        return subject

    def naming_all(self, question: str, frame: TimeFrame | None, snapshot: Snapshot) -> set[str]:
        """The articles holding every name and number of the question (none where it has none)."""
        terms = key_terms(question, frame.phrase if frame else "")
        cover = covering(terms, snapshot) if terms else {}
        return set.intersection(*cover.values()) if cover and all(cover.values()) else set()

    def retrieve_by_time(self, question: str, frame: TimeFrame | None, filters: Filters, mode: str,
                         snapshot: Snapshot, vector: np.ndarray | None = None) -> Found:
        """Retrieval with the question's time read in: its period as a filter (unless the user
        chose dates), more candidates for "en son", and a check that the period really has
        articles about the question rather than merely the best of a few."""
        scoped = scoped_filters(filters, frame)
        k = self.settings.top_k * 2 if frame and frame.by_date else self.settings.top_k
        result = self.search(question, snapshot, k, scoped, mode, vector)
        if scoped == filters:
            return Found(result, self.is_answerable(result, mode))
        wider = self.search(question, snapshot, self.settings.top_k, filters, mode, result.query_vector)
        verdict = judge_period(frame, self.is_answerable(result, mode), result.confidence,
                               self.is_answerable(wider, mode), wider.confidence,
                               wider.documents[0] if wider.documents else None, self.settings.period_drift)
        if verdict.use_wider:
            return Found(wider, True, verdict.notice)
        if verdict.absent and self.article_names_period(wider.documents[0], frame, snapshot):
            # "2024'te kaç kızamık vakası görüldü?": the best article, of 2025, says "Geçen yıl ilçede 37
            # kızamık vakası görülmüştü" in a passage other than the one retrieved
            return Found(wider, True, PERIOD_IN_SENTENCE.format(period=frame.period_text()))
        return Found(result, verdict.answerable, other_periods=wider if verdict.absent else None)

    def article_names_period(self, passage: Document, frame: TimeFrame, snapshot: Snapshot) -> bool:
        """The passage's whole article names the asked period (read only where its best passage does not)."""
        meta, article = ChunkMeta.of(passage), self.article_text(passage, snapshot)
        return names_period(article, meta.date, frame, meta.title) or said_last_year(article, meta.date, frame)

    def about_subject(self, question: str, frame: TimeFrame | None, found: Found, snapshot: Snapshot,
                      filters: Filters) -> Found:
        """Only the passages whose article covers every name and number the question holds
        (``rag/subject.py``); none left means the archive lacks what was asked, and the
        refusal names what (a question retrieval is unsure of anyway keeps the plain refusal).
        Under the reader's filters, a name the archive has elsewhere is said to be outside them."""
        if not found.answerable:
            return found
        terms = key_terms(question, frame.phrase if frame else "")
        if derived := opening_derived_name(question, terms, snapshot):
            terms.insert(0, derived)
        cover = covering(terms, snapshot)
        documents = found.result.documents
        docs = [snapshot.doc_of(d.id or "") for d in documents]
        retrieved = set(docs)
        for term in [t for t in terms if not cover[t] & retrieved and is_acronym(t)]:
            # an acronym no retrieved article holds may be written out there ("BM": "Birleşmiş Milletler")
            cover[term] = cover[term] | {d for d in retrieved
                                         if spells_out(term, "\n".join(self.article_texts({d}, snapshot)))}
        absent = ([t for t in terms if not cover[t] & retrieved] + other_kinds(question, retrieved, snapshot)
                  + unheard_kinds(question, snapshot))
        absent = absent or unnamed(question, [d.page_content for d in documents],
                                   lambda: self.article_texts(retrieved, snapshot))
        if absent:
            # the archive has them, outside the scope (a compound's name no article says has no roots)
            elsewhere = all(t.roots for t in absent) and all(covering(absent, snapshot).values())
            if elsewhere and filters.chosen:
                missing = _outside_text(absent)
            elif elsewhere and scoped_filters(filters, frame) != filters:  # "2025 yılında fındık fiyatı"
                missing = _of_period_text(absent)
            else:
                missing = _absent_text(absent)
            return replace(found, answerable=False, missing=missing)
        opening = opening_term(question, terms, snapshot.spellings.names)
        # (a first word read as an opening term is another's capital, worded otherwise there, unless a place's or a
        # body's kind or a compound's head in a case follows it: "Derbendihan barajında", "Süleymaniye maratonunda")
        if (not opening or opens_on_kind(question)) and (unheard := unheard_opening(
                question, terms, lambda beginning: bool(snapshot.spellings.words_beginning(beginning)),
                snapshot.spellings.holds_bare)):
            return replace(found, answerable=False, missing=_absent_text([unheard]))
        held = covering([opening], snapshot, shorter=False)[opening] & retrieved if opening else set()
        if held and held != retrieved:
            # "Hoyrat ödülünü kazanan genç kıza …": a capitalised first word some retrieved
            # articles hold narrows the answer to them (the football final's prize money is no
            # poetry prize); one none holds is the sentence's capital, worded otherwise there
            terms, cover = [*terms, opening], {**cover, opening: held}
        otherwise, kinds = speaking_otherwise(question, retrieved, snapshot)
        kept = [d for d, doc in zip(documents, docs) if all(doc in cover[t] for t in terms) and doc not in otherwise]
        if not kept:
            return replace(found, answerable=False, missing=_apart_text(terms + kinds))
        kept_docs = {snapshot.doc_of(d.id or "") for d in kept}
        if len(kept_docs) > 1 and named_compounds(question):
            kept_docs = naming_together(question, self.articles_of(kept_docs, snapshot))
            kept = [d for d in kept if snapshot.doc_of(d.id or "") in kept_docs]
        if names_on_another_topic(question, terms, kept_docs, retrieved, snapshot, asked_verb(question),
                                  lambda docs: self.articles_of(docs, snapshot)) and not self.counts_asked_unit(
                                      question, kept_docs, snapshot):
            # "fırın kooperatifinin Dakuk şubesi ne zaman açılacak?": Dakuk's choir is no bakery; the
            # co-op's second branch opens in Altunköprü
            return replace(found, answerable=False,
                           missing=_not_said_text(f"{missing_names(terms)} için bunu", filters.chosen))
        return replace(found, result=replace(found.result, documents=kept))

    def named_elsewhere(self, name: Term, answering: Document, snapshot: Snapshot) -> bool:
        """Another article of the archive says the name of several words whole, the answering one never does."""
        own = snapshot.doc_of(answering.id or "")
        texts = self.articles_of(covering([name], snapshot)[name] | {own}, snapshot)
        return not says_name_together(name, texts.get(own, "")) and any(
            says_name_together(name, text) for doc, text in texts.items() if doc != own)

    def article_text(self, passage: Document, snapshot: Snapshot) -> str:
        """The title and whole text of the passage's article."""
        return "\n".join(self.article_texts({snapshot.doc_of(passage.id or "")}, snapshot))

    def counts_asked_unit(self, question: str, docs: set[str], snapshot: Snapshot) -> bool:
        """An article counts the thing asked in its own unit ("kaç yatak kapasitesine sahip": "250 yataklı
        … hastane"): it is on the question's topic, however it words the rest."""
        asked = Question.read(question)
        if asked.asked is not Asked.NUMBER or asked.unit in (None, "kişi"):
            return False
        return any(answers_exactly(asked, sentence) for text in self.articles_of(docs, snapshot).values()
                   for sentence in split_sentences(text))

    def articles_of(self, docs: set[str], snapshot: Snapshot) -> dict[str, str]:
        """Each article's title and whole text, read in one call."""
        rows = self.store.get_chunks([c for doc in docs for c in snapshot.chunk_ids_of(doc)])
        texts: dict[str, list[str]] = {}
        for _, text, raw in rows:
            meta = ChunkMeta.from_chroma(raw)
            texts.setdefault(meta.doc_id, [meta.title]).append(text)
        return {doc: "\n".join(parts) for doc, parts in texts.items()}

    def article_texts(self, docs: set[str], snapshot: Snapshot) -> list[str]:
        """The title and whole text of these articles, chunk by chunk (read by id: no metadata
        filter); a name may be said whole only in the title ("Işık Derneği Başkanı …" over a
        text naming "Işık Görme Engelliler Derneği")."""
        rows = self.store.get_chunks([c for doc in docs for c in snapshot.chunk_ids_of(doc)])
        titles = {meta.doc_id: meta.title for meta in (ChunkMeta.from_chroma(raw) for _, _, raw in rows)}
        return [*titles.values(), *(text for _, text, _ in rows)]

    def is_answerable(self, result: SearchResult, mode: str = "hybrid") -> bool:
        """The BM25 baseline has no dense score to calibrate, so it never refuses."""
        if mode == "bm25":
            return bool(result.documents)
        return bool(result.documents) and result.confidence >= self.settings.refusal_threshold

    def decline(self, question: str, frame: TimeFrame | None, found: Found, snapshot: Snapshot,
                filtered: bool = False) -> Answer:
        """The archive is silent, or has the topic but nothing from the asked period (then it
        says so, with the dates it has); under the reader's filters, the filters are named."""
        if found.missing:
            return self.decline_subject(question, found.missing, found.result.documents)
        wider = found.other_periods
        if wider is None or frame is None:
            return Answer(question=question, text=FILTERED_OUT, refused=True) if filtered else refusal(question)
        passages = wider.documents
        on_topic = self.answering(question, wider.query_vector, passages, self.settings.topic_margin, snapshot)
        text, cited = other_periods(frame, passages, on_topic)
        quotes = {i + 1: quote_for(passages[i].page_content, question) for i in cited}
        verified, sources = verify_citations(text, passages, quotes)
        return Answer(question=question, text=verified, sources=sources, refused=True)

    def decline_subject(self, question: str, missing: str, documents: list[Document]) -> Answer:
        """"Arşivde Einstein hakkında bir habere rastlamadım.", with the closest articles as
        "ilgili olabilir" (never presented as the answer)."""
        by_title: dict[str, Document] = {}  # one line per article, not per retrieved chunk
        for document in documents:
            by_title.setdefault(ChunkMeta.of(document).title, document)
        # the closest article, and after it those whose passage speaks of what was asked (a
        # stranger's school question listed the Azerbaijan article beside the school's)
        roots = predicate_roots(question, key_terms(question))
        related = [d for i, d in enumerate(by_title.values())
                   if i == 0 or speaks_of(f"{ChunkMeta.of(d).title}\n{d.page_content}", roots)][:RELATED_SHOWN]
        text = missing
        if related:
            listed = "; ".join(f"{ChunkMeta.of(d).title} [{i}]" for i, d in enumerate(related, start=1))
            text = f"{text} İlgili olabilir: {listed}."
        verified, sources = verify_citations(text, related)
        return Answer(question=question, text=verified, sources=sources, refused=True)

    def digest(self, question: str, ask: DigestAsk, frame: TimeFrame | None, filters: Filters,
               snapshot: Snapshot) -> Answer:
        """The dated articles a digest question asks for (``rag/answer/digest.py``): those of
        the period, holding the names it gives, about the topic words it gives."""
        scoped = scoped_filters(filters, frame)
        dated = snapshot.dated_docs(scoped.mask(snapshot))
        matching: set[str] | None = None
        if ask.terms:
            # "Kerkük'te en son ne oldu?": not the Erbil school named "Şehit Ahmet Kerküklü Ortaokulu"
            matching = set.intersection(*covering(ask.terms, snapshot, extended=False).values())
        if ask.topic:
            result = self.search(ask.topic, snapshot, DIGEST_SEARCHED, scoped)
            on_topic = set()
            if self.is_answerable(result):
                answering = self.answering(ask.topic, result.query_vector, result.documents,
                                           self.settings.topic_margin, snapshot)
                on_topic = {snapshot.doc_of(result.documents[i].id or "") for i in answering}
            matching = on_topic if matching is None else matching & on_topic
        undated = 0
        if matching is not None:
            dated = {doc: day for doc, day in dated.items() if doc in matching}
            undated = len(matching & snapshot.undated_docs)
        listed = sorted(dated, key=lambda doc: (dated[doc], doc), reverse=ask.newest_first)[:DIGEST_CAP]
        leads = self.searcher.documents([snapshot.chunk_ids_of(doc)[0] for doc in listed])
        answer = write_digest(question, ask, frame, dated, {ChunkMeta.of(d).doc_id: d for d in leads}, undated)
        return replace(answer, timeframe=frame.to_dict(order=False) if frame else None)

    def on_timeline(self, question: str, frame: TimeFrame, filters: Filters, result: SearchResult,
                    snapshot: Snapshot) -> Answer | None:
        """"En son" / "ilk" answered from the newest (oldest) article that states the fact
        (``timeline``), with the others' values and dates under it as the fact's history;
        None when no dated article states it."""
        line = self.timeline(question, frame, filters, result, snapshot)
        if line is None:
            return None
        chosen = line.statements[0]
        first = first_time_asked(question) if not frame.recency else None
        if first:  # (the oldest article's text is joined only for "ilk kez")
            source = line.passages[chosen.passage - 1]
            doc = ChunkMeta.of(source).doc_id
            article = "\n".join(p.page_content for p in line.passages if ChunkMeta.of(p).doc_id == doc)
            if said := another_edition(first, article):
                # "Ödül ilk kez verildiğinde kazanan kimdi?": the oldest article reports the second prize
                return self.decline_subject(question, _said_of_another_text(
                    edition_name(*first), f"{edition_name(said, first[1])} hakkında"), [source])
        asked = Question.read(question)
        text, quotes = self.extractive.write([chosen])
        text = dated_text(text, line.date(0))
        short = short_answer_at_end(asked, chosen.text, frame.recency)
        short = with_year(short, line.date(0)) if short else None
        if short:
            text = f"**{short}** — {text}"
        history = [(i, value) for i in range(1, len(line.statements))
                   if (value := short_answer_at_end(asked, line.statements[i].text, frame.recency))][:HISTORY_SHOWN]
        if history:
            label = "Önceki haberler" if frame.recency else "Sonraki haberler"
            listed = "; ".join(f"{date_label(line.date(i))}: {value} [{line.statements[i].passage}]"
                               for i, value in history)
            text += f"\n{label}: {listed}."
            quotes.update({line.statements[i].passage: line.statements[i].text for i, _ in history})
        verified, sources = verify_citations(text, line.passages, quotes)
        return Answer(question=question, text=verified, sources=sources, short=short)

    def timeline(self, question: str, frame: TimeFrame, filters: Filters, result: SearchResult,
                 snapshot: Snapshot) -> Timeline | None:
        """Every article about the subject, not only the best matches: those holding the
        question's names (or, without names, those whose passages answer within the topic
        margin), each read for the sentence that states the asked kind of fact. An article
        states it when that sentence speaks of the question's predicate ("şefliğini …
        üstlendi" for "şefi kim") or answers about as well as the best one does. None when
        no dated article states it, or only undated ones speak to it."""
        passages = list(result.documents)
        terms = key_terms(question, frame.phrase)
        if terms:
            subject = set.intersection(*covering(terms, snapshot).values())
        else:
            near = self.answering(question, result.query_vector, passages, self.settings.topic_margin, snapshot)
            subject = {snapshot.doc_of(passages[i].id or "") for i in near}
        dated = {doc: day for doc, day in snapshot.dated_docs(scoped_filters(filters, frame).mask(snapshot)).items()
                 if doc in subject}
        undated = sorted(subject & snapshot.undated_docs)[:TIMELINE_ARTICLES]
        # every chunk of the newest (oldest) articles: a retrieved chunk of one may not be the
        # one stating the fact ("Kongrede genel başkanlığa … Necat Ağalı seçildi" came before it)
        retrieved = {p.id for p in passages}
        ends = sorted(dated, key=dated.get, reverse=frame.recency)[:TIMELINE_ARTICLES]
        passages += self.searcher.documents([cid for doc in ends + undated for cid in snapshot.chunk_ids_of(doc)
                                             if cid not in retrieved])
        stated, top = self.extractive.statements(question, result.query_vector, passages, snapshot)
        asked = Question.read(question)
        # (of the asked place: "Mendeli'de bu sezon kaç ton hurma": not "Komşu Hanekin ilçesinde ise bu yıl 900 ton")
        stated = [c for c in stated if not another_place(question, c.text)] or stated
        # (nor another one's: "Kaptan Meryem Salihi bu sezon kaç gol attı?" is not "Dilan Nurettin 14 maçta 13 gol
        # attı"; with none left, the question is answered as any other, which says so)
        stated = [c for c in stated if not another_person(question, c.text) and not another_owner(question, c.text)]
        if asked.tense is Tense.PAST:  # (no figure aimed at: "Birlik, gelecek yıl … 500 ton hurma ihraç etmeyi
            # hedefliyor")
            stated = [c for c in stated if not reports_plan(asked, c.text) and not aims_at_figure(c.text)] or stated
        if requires_measure(asked):  # "bütçesi en son ne kadar": not "… bütçe sıkıntıları nedeniyle … durdu"
            stated = [c for c in stated if states_measure(asked, c.text)]
        # (a length of time asked: "artık günde kaç saat yayın yapacak", not the lead's new frequency "1 Mart
        # 2026'dan itibaren … FM 98.4")
        stated = [c for c in stated if not gives_no_duration(asked, c.text)]
        by_doc: dict[str, list[Candidate]] = {}
        for c in stated:
            by_doc.setdefault(ChunkMeta.of(passages[c.passage - 1]).doc_id, []).append(c)
        roots = predicate_roots(question, terms)
        best = {doc: self.extractive.end_of_timeline(asked, found, roots, frame.recency)
                for doc, found in by_doc.items() if doc in dated or doc in undated}
        if not best:
            return None
        stating = [d for d, c in best.items() if speaks_of(c.text, roots) or c.score >= top - self.settings.recency_margin]
        # An article that names the subject in passing ("Tuzhurmatu'nun bakır kapları" in a
        # festival report) states its own budget, not the club's: it must name the owner.
        owners = possessor_roots(question, terms)
        if owners:
            texts = {d: " ".join(p.page_content for p in passages if ChunkMeta.of(p).doc_id == d) for d in stating}
            stating = [d for d in stating if roots_held(texts[d], owners) == len(owners)]
        # "yeni belediye başkanı kim": a cooperative's president states no mayor's name, nor a
        # party's sports bureau head its "genel başkan", nor an engineer of another body the
        # municipality's ("yönetimini devraldı" may state it)
        titles = {ChunkMeta.of(p).doc_id: ChunkMeta.of(p).title for p in passages}
        stating = [d for d in stating if not names_another_office(asked, best[d].text)
                   and not owner_unnamed(asked, best[d].text, titles.get(d, ""))]
        # "Kerkük Belediyesi'nin bütçesi en son": not "festivalin bütçesinin bu yıl 450 milyon dinar"
        owned = figure_owner(question) if asked.asked is Asked.NUMBER else None
        if owned:
            stating = [d for d in stating if not anothers_figure(*owned, best[d].text)
                       or names_owner(owned[0], titles.get(d, ""))]
        speaking = [d for d in stating if speaks_of(best[d].text, roots)]
        if speaking and not any(d in dated for d in speaking):
            return None  # only undated articles speak to it: the caller says so
        order = sorted((d for d in stating if d in dated), key=dated.get, reverse=frame.recency)
        return Timeline(passages, [best[d] for d in order]) if order else None

    def newer_news(self, question: str, filters: Filters, result: SearchResult, source: Source,
                   snapshot: Snapshot) -> str | None:
        """A question without a time word was answered from a dated article: the notice that
        a newer article states the same kind of fact about the subject (the reader may be
        given an old figure as if it were current), or None."""
        line = self.timeline(question, NEWEST, filters, result, snapshot)
        if line is None or (line.date(0) or "") <= (source.date or ""):
            return None
        roots = predicate_roots(question, key_terms(question))
        if Question.read(question).unit == _PEOPLE_COUNTED:  # "31 bin ziyaretçiyle" counts people, no "kişi"
            roots -= predicate_roots(_PEOPLE_COUNTED, [])
        newer = self.article_text(line.passages[line.statements[0].passage - 1], snapshot)
        # the subject's words the answer says too tell what of, Turkish putting the subject before the
        # question word: "Kerkük'te un fiyatı" answered by "… un çuvalının fiyatı …" is not newer in a
        # concert's "Bilet fiyatı …", nor "kutlamayı kim düzenledi?" in a league "… tarafından düzenlenen"
        subject = itertools.takewhile(lambda w: not _question_word(_bare(w)), question.split())
        shared = set(tokens(" ".join(subject))) & set(tokens(source.quote))
        if (not speaks_of(line.statements[0].text, roots) or roots_held(newer, roots) < len(roots)
                or not shared <= set(tokens(line.statements[0].text))):
            # strangers' finds: the newer article's nearest sentence was of another subject ("gol
            # krallığını kim aldı" → a club election; "sel hangi gün oldu" → a festival), or its
            # article never speaks of the question's subject ("Festivali kaç kişi izledi?" → a
            # dance show "500 kişi izledi")
            return None
        return NEWER_NEWS.format(answered=format_date(source.date), newer=format_date(line.date(0)))

    def order_by_time(self, question: str, frame: TimeFrame | None, result: SearchResult,
                      snapshot: Snapshot) -> tuple[list[Document], bool]:
        """For "en son" / "ilk": among the passages that answer about as well as the best one,
        the newest (or oldest) first; True when time picked the first passage."""
        passages = result.documents
        if not (frame and frame.by_date):
            return passages, False
        answering = self.answering(question, result.query_vector, passages, self.settings.recency_margin, snapshot)
        return pick_by_date(passages, answering, newest=frame.recency)

    def answering(self, question: str, query_vector, passages: list[Document], margin: float,
                  snapshot: Snapshot) -> list[int]:
        """Positions of the passages whose best sentence answers within ``margin`` of the best
        passage's: the ones that are about the question, whatever their rank."""
        scores = self.extractive.passage_scores(question, query_vector, passages, snapshot)
        best = max(scores, default=float("-inf"))
        return [i for i, score in enumerate(scores) if score >= best - margin]

    def generate(self, question: str, passages: list[Document]) -> Generator[str, None, Answer | None]:
        """The model's answer as it streams, verified; None when it cites no passage."""
        pieces: list[str] = []
        for piece in self.generative.stream(question, passages, format_date(self.today.isoformat())):
            pieces.append(piece)
            yield piece
        text = "".join(pieces).strip()
        if REFUSAL.rstrip(".").lower() in text.lower():
            return refusal(question)
        verified, sources = verify_citations(text, passages) if text else ("", [])
        if not sources:
            log.info("model answer had no valid citation; using the extractive answer")
            return None
        return Answer(question=question, text=verified, sources=sources)

    def extract(self, question: str, frame: TimeFrame | None, result: SearchResult, read: list[Document],
                passages: list[Document], snapshot: Snapshot, filtered: bool = False,
                discussed: Discussed | None = None) -> Answer:
        """The best sentences of the ``read`` passages, cited, verified against ``passages``
        (``filtered``: the reader chose dates or a category, which a refusal then names;
        ``discussed``: what a follow-up points back at)."""
        texts: dict[str, str] = {}

        def article_of(passage: Document) -> str:
            """The passage's whole article, read from the store once per question (many checks read it)."""
            doc = snapshot.doc_of(passage.id or "")
            if doc not in texts:
                texts[doc] = self.article_text(passage, snapshot)
            return texts[doc]

        chosen = self.extractive.select(question, result.query_vector, read, snapshot, discussed)
        asked = Question.read(question)
        if chosen and asked.described:
            plain = counted_plainly(question, asked, article_of(read[chosen[0].passage - 1]))
            if plain != question:  # "kaç sesli kitap": the books are counted, in an article with no "N sesli"
                answer = self.extract(plain, frame, result, read, passages, snapshot, filtered, discussed)
                return replace(answer, question=question)
        if chosen and (said := part_as_said(question, asked, article_of(read[chosen[0].passage - 1]))) != question:
            # "oyuncuların kaçı kadın?": "Oyuncuların 18'i kızdı"
            return replace(self.extract(said, frame, result, read, passages, snapshot, filtered, discussed),
                           question=question)
        if chosen and frame and (period := self.said_of_period(question, frame, result.query_vector,
                                                               read[chosen[0].passage - 1], chosen[0], snapshot)):
            # "Altun Zurna 2022'de kaç konser vermişti?": the 2024 tour's article says it of 2022 in one sentence
            chosen, whole = period
            read = passages = whole
        predicate = {verb_stem(asked.predicate) or asked.predicate} if asked.predicate else set()
        if (chosen and asked.asked is Asked.NUMBER and predicate and read[chosen[0].passage - 1] is not read[0]
                and not roots_held(chosen[0].text, predicate)):
            # "Türkmen Sesi TV'de kaç kişi çalışıyor?": the best article's "Kanalın çalışan sayısı da 85'e
            # yükseldi", in a chunk below, not the festival's "60 kişilik … Korosu" it broadcasts
            found, whole = self.best_stated(question, result.query_vector, read[0], snapshot,
                                            lambda text: fit(asked, text) > 0 and roots_held(text, predicate) > 0)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and people_doing(asked, chosen[0].text) is False:
            # "Kardeşlik FM'de kaç kişi çalışıyor?": "radyoda 34 kişinin çalıştığını", not the 700 who came to its night
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: people_doing(asked, text) is True
                                            and not tells_background(text))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and not asks_share(question) and gives_part_for_whole(asked, chosen[0].text):
            # "Yeşil Vadi Parkı kaç metrekare?": "65.000 metrekarelik parkın …", not "Parkın 18.000 metrekaresi
            # çocuk oyun alanlarına ayrıldı" (a part, where the article gives the whole as well as it says the rest)
            about = predicate_roots(question, key_terms(question))
            whole_said, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                                 lambda text: fit(asked, text) == 2 and roots_held(text, about) > 0
                                                 and not gives_part_for_whole(asked, text)
                                                 and short_answer(asked, text) is not None)
            if whole_said:
                chosen, read, passages = whole_said, whole, whole
        if chosen and asks_share(question) and not gives_share(chosen[0].text):
            # "bunun ne kadarı BM'den geldi?": "Bu tutarın 300 bin doları …", not the plant's other figures
            terms = key_terms(question)
            share, whole = self.best_stated(
                question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                lambda text: gives_share(text) and (not terms or any(
                    roots_held(text, {root for forms in t.roots for root in forms}) or spells_out(t, text)
                    for t in terms)))
            if share:
                chosen, read, passages = share, whole, whole
        exact = bool(chosen) and answers_exactly(asked, chosen[0].text)
        attribute = attribute_asked(asked, question) or asked.material
        answering = read[chosen[0].passage - 1] if chosen else read[0] if read else None
        if answering and attribute and not any(holds_noun(article_of(answering), form)
                                               for form in attribute):
            # "köyün nüfusu kaç?": an article that never speaks of a population gives none (the
            # co-op's 73 founders were shown in bold), nor one whose retrieved passage gives no
            # figure ("festivalin bütçesi": its prize money further down); the best article, if it
            # says all the question does, may say it beyond the passages read ("arıtma tesisinin
            # maliyeti": "Projenin toplam maliyeti 11 milyon dolar" further down, not another
            # article's vaccine fee; not for an "atık su arıtma tesisi" its drinking water plant's)
            # (an article about the question's names: its title says them; not Dakuk's tomatoes for "Kerkük merkezde")
            named = {stem(_bare(word)) for word in question.split()
                     if word[:1].isupper() and _bare(word) not in QUESTION_OPENERS and _bare(word) not in STOPWORDS}
            rescued = (answering is not read[0] and says_all_asked(asked, article_of(read[0]))
                       and roots_held(ChunkMeta.of(read[0]).title, named) == len(named))
            found, whole = self.best_stated(
                question, result.query_vector, read[0], snapshot,
                lambda text: any(holds_noun(text, form) for form in attribute) and states_measure(asked, text)
            ) if rescued else ([], [])
            if not found and (untold := self.untold_in_read(
                    question, asked, lambda text: any(holds_noun(text, form) for form in attribute),
                    result.query_vector, read, snapshot)):
                return untold  # "ev başına ne kadar tazminat": "… tazminat ödeneceğinin ise henüz belli olmadığını"
            if not found:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            chosen, read, passages = found, whole, whole
            answering = read[chosen[0].passage - 1]
            exact = answers_exactly(asked, chosen[0].text)
        untold = chosen and self.said_untold(question, asked, attribute, result.query_vector, chosen[0], read,
                                             article_of(answering), snapshot)
        if untold:
            return untold
        untold_read = bool(chosen)
        if chosen and asked.whole and (tells_background(chosen[0].text) or not gives_part(
                asked, chosen[0].text, previous_sentence(article_of(answering), chosen[0].text))):
            # "sporcuların kaçı kadın?": "Bunlardan 42'si kadın güreşçiydi", right after the sentence counting
            # the 186 sportsmen (not last year's "yalnızca 19 kadın sporcunun" it recalls)
            article = article_of(answering)
            found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                            lambda text: gives_part(asked, text, previous_sentence(article, text))
                                            and not tells_background(text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
                answering = read[chosen[0].passage - 1]
                exact = answers_exactly(asked, chosen[0].text)
        if chosen and another_medal(asked, chosen[0].text):
            # "74 kiloda gümüş madalyayı kim aldı?": not "… 74 kiloda altın madalyayı Telaferli Yunus Bayraktar aldı"
            found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                            lambda text: not another_medal(asked, text)
                                            and (asked.medal or "") in turkish_lower(text)
                                            and fit(asked, text) > 0, stating=False)
            if not found:
                return self.decline_subject(question, _not_said_text(f"{asked.medal} madalyayı", filtered), read)
            chosen, read, passages = found, whole, whole
            answering = read[chosen[0].passage - 1]
        if chosen and lists_parts(asked, chosen[0].text):
            # "Dakuk'ta kaç hayvan aşılandı?": the whole ("bu sürede 15 bin 600 hayvan aşılandı"), not its parts
            # place by place ("Dakuk merkezde 6 bin 100, Yayçı nahiyesinde 5 bin 200, … 4 bin 300 hayvan")
            found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                            lambda text: answers_exactly(asked, text) and not lists_parts(asked, text)
                                            and not tells_background(text))
            if found:
                chosen, read, passages = found, whole, whole
                answering = read[chosen[0].passage - 1]
        parted = bool(chosen) and asked.whole is not None and gives_part(
            asked, chosen[0].text, previous_sentence(article_of(answering), chosen[0].text))
        if answering and asked.counted_kind and not holds_kind(asked, article_of(answering)):
            # "Gençlik Ligi'nde kaç penaltı golü atıldı?": the league's 402 goals are no penalties
            return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
        if chosen and attribute and not any(holds_noun(chosen[0].text, form) for form in attribute):
            # "trafo merkezinin kapasitesi ne kadar?": not the lead's "132 kilovoltluk elektrik trafo merkezi" but
            # "Merkezin kapasitesi 126 megavolt-amper", further down
            found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                            lambda text: any(holds_noun(text, form) for form in attribute)
                                            and has_number(text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
                answering = read[chosen[0].passage - 1]
        owner = attribute and owner_noun(question)
        if (answering and owner and not speaks_of_owner(article_of(answering), owner)
                and not (discussed is not None and chosen and discussed.answers(asked, chosen[0].text))):
            # "Kerkük belediyesinin 2026 bütçesi ne kadar?": a contest's article never speaking of a
            # municipality gives its prize budget ("Yarışmanın toplam ödül bütçesi 18 milyon dinar");
            # a follow-up's quoted sentence answers it as it is ("projenin bütçesi": "230.000$ bütçeyle")
            return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        extreme = extreme_asked(question)
        if answering and extreme and says_only_opposite(extreme, article_of(answering)):
            # "en düşük sıcaklık kaç derece": an article of the record high says no low
            return self.decline_subject(question, _not_said_text(f"en {extreme} olanı", filtered), read)
        if chosen and extreme and not says_extreme(extreme, chosen[0].text):
            # "en çok hangi mahallelerde arttı": "en yüksek artış … Rahimava ve Şorca" says it, not
            # the sentence beside it on two other quarters' smaller rise
            stated, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                             lambda text: says_extreme(extreme, text))
            if stated:
                chosen, read, passages = stated, whole, whole
        if chosen and (reported := self.reported_whole(question, asked, result.query_vector, read, chosen[0],
                                                       snapshot)):
            chosen, read = reported
            passages = read
        # the sentence a follow-up points back at answers it: "hangi yılda" need not say "yıl"
        pointed = bool(chosen) and discussed is not None and discussed.answers(asked, chosen[0].text)
        if read and asked.factoid and not pointed and not parted and not (
                exact and said_in(question, [chosen[0].text]) and holds_asked_office(asked, chosen[0], read)):
            # "kaç oy aldı", "kaç ton": the figure may be further down the answering article,
            # in a chunk retrieval did not bring; so may a sentence that says all of what is
            # asked ("ödülün 2011 yılından bu yana verildiğini" for "hangi yıldan beri veriliyor")
            whole = self.stating_chunks(asked, read[0], snapshot)
            if not whole and (counts_a_thing(asked) and not names_counted(asked, article_of(read[0]))
                              or (asked.unit == "kişi" or asked.described) and chosen and not fit(asked, chosen[0].text)
                              or counts_a_thing(asked) and chosen and not has_number(chosen[0].text)):
                # "kliniğin kaç ambulansı var": an article that never names an ambulance counts none;
                # "bankada kaç kişi çalışıyor": one with no count of people gives none, nor "90 yataklı
                # yeni blok" a bed count of its intensive care unit, nor "Öğrenciler … akın ediyordu"
                # one of students
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            further = self.extractive.select(question, result.query_vector, whole, snapshot, discussed) if whole else []
            if further and chosen and says_own_deed(question, chosen[0].text) and not says_own_deed(
                    question, further[0].text):
                further = []  # "selde hasar ne zaman gördü": not a dated sentence about another deed
            if (further and chosen and asked.asked in (Asked.PLACE, Asked.DATE) and tells_background(further[0].text)
                    and asked.tense is not Tense.PAST and fit(asked, chosen[0].text)):
                further = []  # "Festival nerede yapılıyor?": not "Festivalin ilk ikisi … Kerkük'teki … avlusunda
                # yapılmıştı", the earlier ones' place
            if (further and chosen and asked.asked is Asked.PLACE and (site := short_answer(asked, chosen[0].text))
                    and names_site(chosen[0].text, site) and says_deed(question, chosen[0].text)):
                further = []  # "Altunköprü'de oyun, … belediye parkında açık havada sahnelenecek": not the tour's
                # list of towns
            if further and answers_exactly(asked, further[0].text) and (
                    not chosen
                    # "ya arpada?": the barley sentence further down, not the wheat one the question re-asks
                    or (discussed is not None and discussed.holds(asked, further[0].text)
                        and not discussed.holds(asked, chosen[0].text))
                    # "kaç puanla?" after **Kerkük Gençlerbirliği**: the sentence it was quoted in
                    # ("… sezonu 58 puanla zirvede bitirerek …"), not last season's champion's points
                    or (discussed is not None and discussed.answers(asked, further[0].text)
                        and not discussed.answers(asked, chosen[0].text))
                    or (self.extractive.says_more(question, further[0], than=chosen[0])
                                   and (not exact or said_in(question, [further[0].text])
                                        or not holds_office(asked, chosen[0].text)
                                        or (not names_doer(asked, chosen[0].text)
                                            and names_doer(asked, further[0].text))
                                        or not names_asked_body(asked, chosen[0].text)))
                    # a sentence with nothing of the asked kind gives way to one saying all that is
                    # asked ("kaçıncı kez düzenlendi" → "altıncı kez düzenlenen …", not "düzenlenen
                    # bir kutlama"), or counting the asked thing and as much of the rest ("800 polisin")
                    or (not holds_asked_office(asked, chosen[0], read) and holds_asked_office(asked, further[0], whole))
                    # "dava ne zaman açıldı": "Dava, … 2019 yılında açılmıştı" further down, not the
                    # best read's "2014-2017 yılları arasında çatışmalardan … etkilenen köyde …"
                    or (asked.asked is Asked.DATE and asked.deed_said is not None
                        and says_own_deed(question, further[0].text)
                        and not any(w.startswith(asked.deed_said) for w in words(chosen[0].text)))
                    # "Diyaliz ünitesini kim açtı?": "Açılışı Kerkük Valisi … yaptı", not the chief
                    # physician's speech at the ceremony
                    # (one naming the asked office and as much of the question: not "Salihi yönetimi …
                    # teknik direktörlüğe … getirdi" for "başkanlığa kim getirildi?")
                    or (asked.asked is Asked.PERSON and says_own_deed(question, further[0].text)
                        and not says_own_deed(question, chosen[0].text)
                        and holds_asked_office(asked, further[0], whole)
                        and roots_held(further[0].text, set(asked.named)) >= roots_held(chosen[0].text,
                                                                                     set(asked.named)))
                    # "kaç ton bal ihraç etti": "toplam hasadın 8 tonu Türkiye'ye ihraç edildi", not the
                    # best read's "üyelerin bu yıl toplam 46 ton bal ürettiğini"
                    or (asked.asked is Asked.NUMBER and says_made_deed(question, further[0].text)
                        and not says_made_deed(question, chosen[0].text))
                    # "2025'te Telafer'de kaç okulda deprem tatbikatı yapıldı?": "… deprem tatbikatı, ilçedeki
                    # 42 okulda aynı anda gerçekleştirildi", not the best read's "Şimdiye kadar 11 okulun testi
                    # tamamlandı", which says neither the deed nor as much of the question
                    or (asked.asked is Asked.NUMBER and says_deed(question, further[0].text)
                        and not says_deed(question, chosen[0].text)
                        and self.extractive.says_more(question, further[0], than=chosen[0]))
                    # "Fuzuli ödül töreni nerede yapıldı?": "Ödüller … Kültür Merkezi'nde … törenle
                    # verildi" further down, not the best read's "… Kürkçü'nün ikinci Fuzuli ödülü",
                    # which names no place and no more of the question
                    # (a site the chosen sentence names in common words is a place: "… belediye parkında …")
                    or (not fit(asked, chosen[0].text) and not (asked.asked is Asked.PLACE
                                                                and short_answer(asked, chosen[0].text))
                        and (fit(asked, further[0].text) or asked.asked is not Asked.PLACE)
                        and (said_in(question, [further[0].text]) or (
                        asked.asked is Asked.PLACE  # (not a date: one dates another deed, as the exhibition's
                        # opening day for "Gence'ye taşınması ne zaman planlanıyor", while a sentence with none is
                        # dated by its article's day; nor a person: "kimle oynayacak" is no coach who resigned)
                        and not self.extractive.says_more(question, chosen[0], than=further[0])) or (
                        asked.asked is Asked.NUMBER and fit(asked, further[0].text) == 2
                        and (asked.score or not self.extractive.says_more(question, chosen[0], than=further[0])))))):
                chosen, read, passages = further, whole, whole
            elif not chosen and requires_measure(asked):  # the article speaks of it, but gives no figure in tons
                return self.decline_subject(question, _unstated_text(asked, filtered), read)
            if chosen and not untold_read and (untold := self.said_untold(
                    question, asked, attribute, result.query_vector, chosen[0], read,
                    article_of(read[chosen[0].passage - 1]), snapshot)):
                return untold  # "projenin bütçesi": none read, the ticket prices further down, "… bütçesi açıklanmadı"
        elif chosen and (gives := answer_giver(question)) and not any(
                gives(c.text) and _of_asked_change(asked, c.text) for c in chosen):
            # "neden yapıldı", "güreşçinin adı ne": the reason or the name may be further down
            # the answering article; a name it never gives is not answered with a sentence
            # that names no one ("finalde İranlı rakibini 6-4 yendi")
            # (a reason of the asked change first: "pamuk verimi neden arttı?" is not "… nedeniyle … gerilemişti")
            further, whole = self.giving(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                         lambda text: gives(text) and _of_asked_change(asked, text))
            if not further and not any(gives(c.text) for c in chosen):
                further, whole = self.giving(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             gives)
            if not further and asks_reason(question):  # (a reason said without its owner: "su kesintisinin nedeni
                # ne?" is "… pompanın arızalanması nedeniyle … suya erişmekte güçlük çekiyor")
                further, whole = self.giving(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             reason_giver(question, of_owner=False))
            if further:
                chosen, read, passages = further, whole, whole
            elif name := asks_name(question):
                return self.decline_subject(question, _not_said_text(name.said, filtered), read)
        elif chosen and not asked.factoid and which_unsaid(question, chosen[0].text) and not any(
                says_deed(question, c.text) for c in chosen):
            # "Kale Yolu hangi kanalda yayınlanacak?": "… Türkmeneli TV'de yayınlanması bekleniyor" further down the
            # article, not its lead on the filming
            further, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                              lambda text: names_which(question, text)
                                              or says_deed(question, text))
            if further:
                chosen, read, passages = further, whole, whole
        elif chosen and len(chosen) > 1 and asks_reason(question):
            # "domates verimi neden arttı?": the sentence giving the reason first, then the other; of reasons, one of
            # the asked change ("Verimdeki artışın en önemli nedeni …", not "… nedeniyle uzun süre gerilemişti")
            chosen = sorted(chosen, key=lambda c: (not gives_reason(c.text), not _of_asked_change(asked, c.text)))
        if chosen and asks_reason(question) and (reason := told_why_after(
                chosen[0].text, article_of(read[chosen[0].passage - 1]))):
            # "Taze'de yeni okula neden ihtiyaç var?": not "Kazancı, yeni okula neden ihtiyaç duyulduğunu da anlattı"
            # but the sentence after it, which tells it ("… 1978 yılında yapıldığını belirten Kazancı, … çatlaklar")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: text.strip() == reason.strip(), stating=False)
            if found:
                chosen, read, passages = found, whole, whole

        def in_measure(text: str) -> bool:
            """A figure in the asked measure, not a former one's unless asked ("Bir önceki seçimde
            katılım oranı yüzde 44'te kalmıştı" for "oranı neydi")."""
            return states_measure(asked, text) and (asked.former or not speaks_of_former(asked, text))

        if (chosen and requires_measure(asked) and read and chosen[0].passage > 1
                and snapshot.doc_of(read[chosen[0].passage - 1].id or "") != snapshot.doc_of(read[0].id or "")
                and not roots_held(chosen[0].text, predicate_roots(question, key_terms(question)))):
            # "Telafer selinde ne kadar yardım parası dağıtıldı?": the flood's article gives no sum;
            # "Devlet alım merkezleri buğdayın tonunu 650 bin Irak dinarından satın alıyor", the only
            # sum read, is of another article and says nothing the question asks of
            return self.decline_subject(question, _unstated_text(asked, filtered), read)
        if chosen and requires_measure(asked) and not states_measure(asked, chosen[0].text):
            # "sandığa gidenlerin oranı neydi": "İlçede 62 sandıkta oy kullanıldı" gives no rate;
            # "… seçmenin yüzde 58'i oy kullandı" further down the article does
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             in_measure)
            if not chosen and (untold := self.untold_in_read(
                    question, asked, lambda text: not attribute or any(holds_noun(text, form) for form in attribute),
                    result.query_vector, read, snapshot)):
                return untold  # "… dönüm başına ne kadar tazminat": "… tazminat miktarı henüz açıklanmadı"
            if not chosen:
                return self.decline_subject(question, _unstated_text(asked, filtered), read)
            read = passages = whole
        if (chosen and requires_measure(asked) and (unsaid_name := name_unsaid(question, chosen[0].text))
                and not says_name(unsaid_name, ChunkMeta.of(read[chosen[0].passage - 1]).title)):
            # "Müzik arşivi projesine TİKA kaç dolar verdi?": "Projenin toplam maliyeti 185 bin dolar" is
            # the whole; "Bu tutarın 120 bin doları … (TİKA) tarafından" is TİKA's share (a name the
            # article's title holds is what it is about: its sentences need not repeat it)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_name(unsaid_name, text) and in_measure(text))
            if found:
                chosen, read, passages = found, whole, whole
            elif len(unsaid_name.roots) > 1 and self.named_elsewhere(unsaid_name, read[chosen[0].passage - 1],
                                                                     snapshot):
                # "Yolda Hayat Var kampanyasının bütçesi": not a road's cost, in an article saying "yolu" and
                # "hayatını" but never the campaign's name, which another article says
                return self.decline_subject(question, _not_said_text(f"{unsaid_name.surface} için bunu", filtered),
                                            read)
        if chosen and announces_only(asked, chosen[0].text) and not (
                asked.asked is Asked.DATE and reports(question, ChunkMeta.of(read[chosen[0].passage - 1]).title)):
            # "Kitap fuarını kaç kişi ziyaret etti?": "Fuar her gün saat 10.00 ile 20.00 arasında
            # ziyarete açık olacak" announces the fair; a report of it may be further down, or nowhere
            # (not for "itirazın sonucu ne oldu?": any other sentence would do as well as none); a
            # title reporting the deed dates it by its day ("… yeni otobüs hattı açıldı")
            # (a date, only where the deed is said: "31 Mart yerel seçimlerinde" dates no crèche)
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: not announces_only(asked, text)
                                             and (not extreme or says_extreme(extreme, text))
                                             and (asked.asked is not Asked.DATE or says_deed(question, text)))
            if not (asked.factoid or extreme):  # (a reason only where one is given: "yangının ardından kapalı kaldığı")
                chosen = chosen if chosen and asks_reason(question) and gives_reason(chosen[0].text) else []
            if not chosen:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            read = passages = whole
        doer = asked.asked is Asked.PERSON or body_does(asked, question)
        if chosen and doer and not ends_on_who(question) and not object_held(question, chosen[0].text):  # (a deed's
            # object: "… lideri kimdi?" asks none)
            # "Telafer raporunu kim açıkladı?": "Raporun konut bölümünü hazırlayan … Selma Telaferli ise …
            # açıkladı" told something of the report; "Raporu kamuoyuna açıklayan merkezin müdürü …" told it
            # (a doer said with the deed holds it in any case: "TİKA tarafından karşılanan restorasyonun maliyeti")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: (object_held(question, text) or agent_named(asked, text)
                                                          and object_held(question, text, any_case=True))
                                            and says_deed(question, text) and fit(asked, text) > 0)
            if found:
                chosen, read, passages = found, whole, whole
            elif asked.body and not object_held(question, chosen[0].text, any_case=True) and not object_held(
                    question, ChunkMeta.of(read[chosen[0].passage - 1]).title, any_case=True) and not (
                    (doer := short_answer(asked, chosen[0].text)) and names_asked_body(asked, chosen[0].text)
                    and done_by(chosen[0].text, doer)):
                # (not where the title holds it: "… köprünün onarımı başladı" is what "çalışmaların" are; nor where
                # the sentence names one of the very kind asked as the doer: "Bu paranın tamamı Yesevi Kültür Vakfı
                # tarafından karşılanıyor" for "yazma projesini hangi vakıf finanse ediyor")
                # "Altunköprü bağlantı yolunu hangi firma yapacak?": the bids' "Çinli CRCC firması 389
                # milyon dolar … teklif sundu" names a firm, but of the motorway, not of the road asked
                # (a person stays: one is named for a deed too many ways, "canlandıran", "hazırladığı")
                return self.decline_subject(question, _not_said_text(f"{genitive(asked.body)} adını", filtered), read)
            elif _NAMES_OWN_OBJECT.search(question) and not object_held(
                    question, article_of(read[chosen[0].passage - 1]), any_case=True) and not (
                    _OFFICE_NOUN.search(turkish_lower(question)) or _CLAUSE_OBJECT.search(turkish_lower(question))):
                # (one's own, after a name: not a post's noun, "müdürlüğünü", said "müdürü"; nor a clause, "ikna
                # olduğunu kim açıkladı"; nor "mahallelerinin adlarını kimden öğrenmiş", worded otherwise)
                # "Hacı Rıza'nın eşini kim oynuyor?": an article that never speaks of his wife names no one who plays
                # her (not the play's composer)
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        if (chosen and asked.asked is Asked.DATE and done_by_passive(question)
                and not says_deed(question, chosen[0].text)):
            # "ödemeler ne zaman yapılacak?": not "… 15 Haziran'da … basın açıklaması yapacağını duyurdu", a statement
            # made that day, but the payments' own sentence ("… ödemelerinin teslimattan sonra 45 gün içinde …")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and gives_no_time(asked, chosen[0].text):
            # "ambulanslar ne zaman teslim edilecek": "ilçeye üç yeni ambulans verileceğini" says not when;
            # the article may further down ("parkın gelecek yıl yaz aylarında açılmasını hedeflediklerini"),
            # saying the deed of a thing the question names (not the next match, for the bus)
            named = predicate_roots(question, [])
            published = ChunkMeta.of(read[chosen[0].passage - 1]).date
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not gives_no_time(asked, text) and says_deed(question, text)
                                            and roots_held(text, named) > 0 and speaks_of_coming(text)
                                            and not out_of_time(asked, text, published),
                                            stating=False)  # (a season is no date span)
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman olacağını", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and not qualifies_count(question, chosen[0].text):
            # "kaç oy geçersiz sayıldı": "Bayraktar 8.412 oy aldı" counts other votes; "kaç kişi
            # öldü": "1.200 kişi tahliye edildi" others than "2 kişi hayatını kaybetti" further down
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: qualifies_count(question, text))
            if not chosen:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            read = passages = whole
        if (chosen and asked.asked is Asked.NUMBER and not _asks_part(question)
                and not says_new_ones(question, chosen[0].text)):
            # "kaç yeni ambulans geldi?": "24 yeni ambulansı hizmete aldı" below the fleet's "bu sayı
            # 55'e ulaştı"; an article that never says "yeni" keeps its best count
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_new_ones(question, text) and counts_asked(asked, text)
                                            and not reports_plan(asked, text))  # (not "… 10 yeni ambulans alınması")
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and another_rank(question, chosen[0].text):
            # "Gençler kategorisinde ikinci olan kim?": "birinciliği Zehra Ocakçı kazandı" is not it;
            # "ikinciliği … Ahmet Kerküklü aldı" further down the same article is
            for stating in (True, False)[:1 + (asked.asked in (Asked.PERSON, Asked.NAME))]:  # (one naming the place's
                # holder in no name: "birinciliği Basra'dan bir fen lisesinin takımı kazanırken")
                found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                                lambda text: not another_rank(question, text)
                                                and (stating or bool(rank_asked(text))), stating=stating)
                if found:
                    break
            chosen = found
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{rank_asked(question)} olanı", filtered), read)
            read = passages = whole
        if chosen and asked.rank and short_answer(asked, chosen[0].text) is None:
            # "satranç şampiyonasında ikinci kim oldu?": not the prizes' "… ikinciye 500.000 dinar …" but "… Sara
            # Kasapoğlu 6 puanla ikinci, …", naming the one so ranked
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: short_answer(asked, text) is not None and bool(re.search(
                                                rf"(?<!\w){asked.rank}(?:l[ıi][kğ]\w*|\s*[,;]|\s+(?:ol|sırada|geldi))",
                                                turkish_lower(text))),
                                            stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and (asked.factoid or asked.former is False) and speaks_of_former(asked, chosen[0].text):
            # "Kerkük'te kırılan sıcaklık rekoru kaç derece?": "Önceki rekor 50,6 dereceydi" is the old one;
            # "yeni kitabının adı": the sentence naming the new one, not the earlier books
            gives = answer_giver(question) or (lambda text: True)
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: not speaks_of_former(asked, text) and gives(text))
            if not chosen:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            read = passages = whole
        if chosen and asks_the_news(question, asked) and tells_background(chosen[0].text):
            # "Telafer selinde kaç kişi öldü?": "… son büyük sel 2013 yılında yaşanmış ve 2 kişi hayatını
            # kaybetmişti" is the background of the news ("selde 4 kişi hayatını kaybetti") told above it;
            # not for a year or an edition asked ("ikinci festivale": "… ikinci festivale 28 bin kişinin
            # katıldığını hatırlattı" is the one)
            says = _says_asked(question)
            for done in (lambda text: says_deed(question, text), lambda text: True):
                # one saying the deed first ("… böylece toplam 356 ünite kan toplandı", not the hospital's
                # "aylık kan ihtiyacının ortalama 220 ünite olduğunu" for "kaç ünite kan toplandı"), and of
                # those the one the title repeats (not the 21 units of one blood group, which score higher)
                # (the asked attribute said: not the lead's "132 kilovoltluk … trafo merkezi" for its "kapasitesi")
                found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                                lambda text: not tells_background(text) and says(text) and done(text)
                                                and not lists_parts(asked, text)  # (the whole, not its parts)
                                                # (a measure asked, one in it: the siege's "80 gün", not
                                                # the pupils' "altı karavandan" after it)
                                                and (not asked.measure or states_measure(asked, text))
                                                and (not attribute
                                                     or any(holds_noun(text, form) for form in attribute)),
                                                headline=True)
                if found:
                    chosen, read, passages = found, whole, whole
                    break
        if chosen and (counts_a_thing(asked) or asked.measure and names_later_time(chosen[0].text)) \
                and reports_plan(asked, chosen[0].text):
            # "Kerkük'te kaç hız kamerası kuruldu?": not "… 20 yeni hız kamerası daha kurulacağını açıkladı"
            # where the article reports them done ("… yeni kurulan 14 hız kamerasına …"), counted alike;
            # "Meclis kursa kaç dinar katkı yaptı?": not what it will give next year (a sum planned for no
            # later time is the answer: "… 3 milyon doları ise UNESCO'nun … fonundan karşılanacak")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not reports_plan(asked, text)
                                            and not announces_only(asked, text)
                                            and gives_asked_figure(asked, text)
                                            and not tells_background(text))  # (not last year's "7 oyunla")
            if found:
                chosen, read, passages = found, whole, whole
            elif only_planned(chosen[0].text):  # "Yetim çocuklara kaç kıyafet dağıtıldı?": "… 500 yetim çocuğa …
                # dağıtmayı planlıyor" (a programme's "bir hafta boyunca 11 oyun sahnelenecek" is its count)
                return self.quoting(question, PLANNED_LEAD, chosen, read)
        if chosen and asked.asked is Asked.PERSON and short_answer(asked, chosen[0].text) is None and not (
                says_own_deed(question, chosen[0].text) and names_several(asked, chosen[0].text)):
            # (not where it names several who did it: "Açılışı Kerkük Valisi … ile … Dr. Hani Musa el-Akabi
            # birlikte yaptı", not one of them in "Vali el-Cuburi açılışta yaptığı konuşmada")
            # "araştırmayı kim yönetti": the opening names the survey and no one; "Araştırmayı yöneten
            # Doç. Dr. Halil Tisinli" is further down the article
            # (one naming the question's own person, if the chosen one does: "Nazım Hayrullah katliamda kimleri
            # kaybetti?" is answered by "… Nazım Hayrullah, katliamda dedesini ve amcasını kaybettiğini …", not by a
            # speaker's "… en az 25 Türkmen'in hayatını kaybettiğini")
            # (by surname at least: "Filmde Sarıbaşlı'yı … Ferhat Kazancı canlandırıyor" names Kadir Sarıbaşlı)
            surnames = [Term(term.surface.split()[-1], term.roots[-1:], term.position) for term in key_terms(question)
                        if len(term.roots) > 1 and says_name(term, chosen[0].text)]
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_own_deed(question, text)
                                            and short_answer(asked, text) is not None
                                            and all(says_name(surname, text) for surname in surnames))
            if found:
                chosen, read, passages = found, whole, whole
            elif asked.office and holds_office(asked, chosen[0].text) and names_no_one(question, chosen[0].text):
                # "Kerkük valisi kim?": "Kerkük Valisi, ödül töreninde … açıkladı" names the office, no holder
                return self.decline_subject(question, _no_holder_text(asked, question, filtered), read)
        # (a light verb's question too, of a sentence saying its own words: "kaza tam olarak nerede oldu?" is "Kaza,
        # … Beşir kavşağı yakınlarında … yaşandı", not "… karayolunda 2024 yılında 143 kaza meydana gelmiş")
        own = predicate_roots(question, key_terms(question)) if asked.asked is Asked.PLACE else set()
        place_verb = asked_verb(question) if asked.asked is Asked.PLACE else None
        if (chosen and asked.asked is Asked.PLACE and (place_verb or own)
                and (short_answer(asked, chosen[0].text) is None
                     # (or of another deed: "Hoyrat Yolları albümü nerede kaydedildi?" is not the launch's hall,
                     # "… albümü … Kültür Merkezi'nde düzenlenen bir törenle … tanıttı", but "Albüm, … Bağdat'taki
                     # Nur Stüdyosu'nda kaydedildi")
                     or place_verb and not says_deed(question, chosen[0].text))):
            # "Ağaoğulları … Azerbaycan'da hangi şehirlerde konser verdi?": not the lead's "… turnesini tamamlayarak
            # … Kerkük'e döndü" but "Sekiz kişilik topluluk Bakü, Gence ve Şeki'de toplam altı konser verdi" below it
            # (and past a sentence saying the deed with no place but the asked town, to a site: "Oyun … Kerkük'te
            # perde açacak ve ardından Altunköprü, … sahnelenecek" for "Altunköprü'de oyun nerede sahnelenecek?" is
            # "… belediye parkında açık havada sahnelenecek")
            deed_said = says_deed(question, chosen[0].text)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text)
                                            and (place_verb or roots_held(text, own) > 0)
                                            and (place := short_answer(asked, text)) is not None
                                            and (not deed_said or names_site(text, place))
                                            and not in_remark(text, place)
                                            # (not what is to be done: "… Kerkük'teki özel bir hastanede …
                                            # yaptırılacak" for "Erbil'deki göz taraması nerede yapıldı?")
                                            and not (asked.tense is Tense.PAST and speaks_of_coming(text)),
                                            stating=False)  # (a site holds no name, as a statement would)
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.PLACE and asked.tense is Tense.PAST
                and placed_to_come(chosen[0].text, short_answer(asked, chosen[0].text) or "\0")):
            # "Erbil'deki göz taraması nerede yapıldı?": not where the surgeries are to be done ("… Kerkük'teki özel bir
            # hastanede … yaptırılacak") but "Taramalar, Erbil Kalesi'nin eteğinde … yapıldı", bold or not
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text) and not speaks_of_coming(text),
                                            stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.PLACE and asked.tense is Tense.FUTURE
                and not speaks_of_coming(chosen[0].text)):
            # "bir sonraki tarama nerede yapılacak?": not the villages of the one done ("… Beşir, Yayçı ve Bulava
            # köylerinde yapıldı") but where the next is to be, if said
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: speaks_of_coming(text) and says_deed(question, text),
                                            stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.PLACE and asked.plural and (place := short_answer(asked, chosen[0].text))
                and not lists_several(place)):
            # "hangi şehirlerde konser verdi?": not "… en kalabalık konseri … Ankara'da verildi" but "… Kerkük,
            # Erbil, Bağdat, Telafer ve Ankara'da toplam 6 konser verdi", where the article lists them
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text)
                                            and lists_several(short_answer(asked, text) or ""))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.PERSON and not names_person_kind(asked, chosen[0].text):
            # "yaşamını yitiren bekçi kimdi?": "Yangın, Kerkük'ün en eski çarşılarından birinde …" names
            # no watchman ("Kerkük" was shown); "çarşının bekçisi … Cemal Arslanoğlu" further down does
            # (none: the sentence chosen stays, a player may be named "forvet"; nor one saying less of
            # the question: "Bayatlı, 2019'da … maçta da takımının tek golünü atmıştı" is the scorer)
            # (as much of the rest of it: not "Birliğin başkanı …, '… Önümüzdeki yıl sporcu sayısını …'" for "en
            # dikkat çeken sporcu kimdi?" over "Şampiyonanın en dikkat çeken ismi, … Yusuf Bayraktar oldu")
            said = roots_held(chosen[0].text, set(asked.named))
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: names_person_kind(asked, text)
                                            and short_answer(asked, text) is not None
                                            and roots_held(text, set(asked.named) - {asked.person_kind}) >= said)
            if found:
                chosen, read, passages = found, whole, whole
        priced = priced_thing(question) if asked.asked is Asked.NUMBER else None
        if chosen and priced and not held_priced(article_of(read[chosen[0].passage - 1]), priced):
            # "Kerkük'te ekmek kaç dinar": "Giriş biletleri 5.000 dinardan satıldı" in a music night's
            # article prices no bread
            return self.decline_subject(question, _not_said_text(f"{without_genitive(priced)} için bunu", filtered),
                                        read)
        if chosen and (office := speaker_office(question)) and not roots_held(
                article_of(read[chosen[0].passage - 1]), {office}):
            # "Kerkük valisi Nevruz kutlamasında ne dedi?": the celebration's article names no governor; its council
            # member's words are not his
            return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        paid_for = purpose_asked(question, asked)
        purpose = predicate_roots(paid_for, []) if paid_for else None
        if chosen and purpose and not roots_held(chosen[0].text, purpose) and not (
                for_what_was_said(chosen[0].text) and roots_held(read[chosen[0].passage - 1].page_content, purpose)
        ) and not (names_no_purpose(chosen[0].text)  # ("Öğrenciler otobüs için ne kadar ödeyecek?": a bus line's)
                   and roots_held(ChunkMeta.of(read[chosen[0].passage - 1]).title, purpose)):
            # (not "Kazının masrafları … karşılandı. … Müdürlüğü bu sezon için 85 milyon Irak dinarı ayırdı")
            # "Su şebekesi için ne kadar para ayrıldı?": "… Ahmet Yesevi Parkı'nın yeniden düzenlenmesi için
            # de 600 milyon dinarlık ödenek ayrıldı" is the park's; the sentence naming the network, if any
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: roots_held(text, purpose) > 0 and states_measure(asked, text))
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{paid_for} için bunu", filtered), read)
            read = passages = whole
        owned = figure_owner(question) if asked.asked is Asked.NUMBER else None
        # (or a price of a thing the article never speaks of: "ekmeğin fiyatı" is not a film's "Bilet fiyatı 5.000
        # dinar")
        if (chosen and owned and (anothers_figure(*owned, chosen[0].text) or _unit_price_unsaid(owned, chosen[0].text)
                                  or owned[1].startswith(_PRICED) and not speaks_of_owner(
                                      article_of(read[chosen[0].passage - 1]), owned[0]))
                and not names_owner(owned[0], ChunkMeta.of(read[chosen[0].passage - 1]).title)):
            # "patatesin kilosu ne kadar": "domatesin kilosu … 2.000 dinara çıktı" is the tomato's; the
            # potato's may be further down ("patatesin kilosunun 1.000 dinar olduğunu"). Not where the
            # title names the owner: "Projenin maliyeti" in the dam's article is the dam's
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: not anothers_figure(*owned, text)
                                             and names_owner(owned[0], text) and states_measure(asked, text))
            titled = [p for p in read if names_owner(owned[0], ChunkMeta.of(p).title)]
            if not chosen and titled:  # (another article read, titled with the owner: "Altunköprü köprüsünün onarımı
                # kaça mal olacak?", the radio's cost read first; the bridge article's "Projenin toplam maliyeti …")
                chosen, whole = self.best_stated(question, result.query_vector, titled[0], snapshot,
                                                 lambda text: roots_held(text, {owned[1]}) > 0
                                                 and states_measure(asked, text))
            if not chosen and (untold := self.untold_in_read(question, asked, lambda text: names_owner(owned[0], text),
                                                             result.query_vector, read, snapshot)):
                return untold  # "kursun maliyeti ne kadar?": "Kültür Evi, kursun toplam maliyetini açıklamadı"
            if not chosen:
                # (the owner as the question writes it where its stem is cut short: "samun", not "sam")
                owner = owned[0] if len(owned[0]) > 3 else next(
                    (w for w in _WORD.findall(turkish_lower(question)) if w.startswith(owned[0])), owned[0])
                return self.decline_subject(question, _not_said_text(
                    f"{compound_owner(question, without_genitive(owner))} için bunu", filtered),
                    read)  # ("kursu için", not "kursunun için")
            read = passages = whole
        sold = sold_thing(question) if asked.asked is Asked.NUMBER else None
        if chosen and sold and not roots_held(chosen[0].text, {sold[0]}):
            # "Kooperatif nar ekşisini kaç dinara satıyor?": not "… turşunun … kavanozu ise 4 bin 500 dinara satılıyor";
            # the article names pomegranate syrup only as next year's plan
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: roots_held(text, {sold[0]}) > 0
                                             and states_measure(asked, text) and not only_planned(text))
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{sold[1]} için bunu", filtered), read)
            read = passages = whole
        if chosen and owned and another_sum(owned[1], chosen[0].text):
            # "atölyenin aylık kirası ne kadar?": "Makinelerin toplam değeri … 9 bin 500 dolar" is no rent; the
            # rent's sum may be further down the article
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: not another_sum(owned[1], text)
                                             and roots_held(text, {owned[1]}) > 0 and states_measure(asked, text))
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{genitive(owned[1])} ne kadar olduğunu",
                                                                     filtered), read)
            read = passages = whole
        quality = numbered_quality(question) if asked.factoid else None
        if chosen and quality:
            # "üç odalı dairenin kirası": "İki odalı dairelerde ortalama kira … 380 bin dinar" is
            # another flat's, as is a sentence after it; the three-room flat's may be further down
            chunks = self.article_chunks(read[chosen[0].passage - 1], snapshot)
            speaking = sentences_of_quality(quality, [sentence for chunk in chunks
                                                      for sentence in split_sentences(chunk.page_content)])
            if speaking is not None and chosen[0].text not in speaking:
                chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                                 lambda text: text in speaking and (
                                                     not requires_measure(asked) or states_measure(asked, text)))
                if not chosen:
                    return self.decline_subject(question, _not_said_text(f"{quality[2]} için bunu", filtered), read)
                read = passages = whole
        kind = (of_another_kind(question, chosen[0].text, snapshot.spellings.holds_bare)
                if chosen and asked.factoid else None)
        if kind:
            # "doktora programı kaç öğrenciyle açıldı": "yüksek lisans programında 46 öğrenci" is
            # another programme's; the asked one's may be further down the article
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: says_kind(text, kind))
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{kind.surface} için bunu", filtered), read)
            read = passages = whole
        if chosen and asked.factoid and denies_deed(question, chosen[0].text):
            # "hangi ülkeye ihracat yapıyor": "Türkiye'ye ise henüz ihracat yapmıyor" is where it does not
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: not denies_deed(question, text))
            if not chosen:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            read = passages = whole
        answering = read[chosen[0].passage - 1] if chosen else None
        if (answering and asked.asked in (Asked.PERSON, Asked.NUMBER, Asked.DATE) and _of_another_owner(
                question, chosen[0].text, anothers_possession(question, ChunkMeta.of(answering).title),
                # the whole article is read only for a sentence naming its body by kind
                article_of(answering) if names_by_kind(chosen[0].text) else "")):
            # "Telafer Sporu'nun golünü kim attı?": "Kerkük Gençlerbirliği'nin gollerini … attı" are the
            # other club's; "Telafer Sporu'nun tek golünü ise penaltıdan Ali Tahir kaydetti" is theirs.
            # "Kerkük Belediyesinin 2024 bütçesi": not "Tuzhurmatu Belediyesinin 2024 bütçesi 74 milyar
            # dinar" but the mayor's "bu yılın bütçesinin 412 milyar Irak dinarı olduğunu"
            says = _says_asked(question)  # the asked thing, not a project's cost or the sales for the profit
            found, whole = self.best_stated(
                question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                lambda text: asked.asked is Asked.PERSON or answers_exactly(asked, text) and says(text) and (
                    not attribute or any(holds_noun(text, form) for form in attribute)))
            if found:
                chosen, read, passages = found, whole, whole
            elif asked.asked is not Asked.PERSON:
                owner = owner_asked(question)
                return self.decline_subject(question, _not_said_text(f"{owner} için bunu" if owner else "bunu",
                                                                     filtered), read)
        title = ChunkMeta.of(read[chosen[0].passage - 1]).title if chosen else ""
        if chosen and asked.factoid and (branch := another_branch(question, chosen[0].text)):
            # "Kitapsaray'ın Erbil şubesi ne zaman açılacak?": not "… Telafer ve Tuzhurmatu'da birer şube açmayı
            # planladığını"
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not another_branch(question, text)
                                            and answers_exactly(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{without_genitive(branch)} için bunu",
                                                                     filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and (namesake := titled_namesake(question, chosen[0].text, title)):
            # "Kızlar Camii restorasyonunun maliyeti": "restorasyonun toplam maliyetinin 1,4 milyon dolar" under "…
            # Hacı Velican Camii yeniden ibadete açıldı" is that mosque's; a sentence naming the asked one may say it
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not titled_namesake(question, text, title)
                                            and answers_exactly(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{namesake} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and owner_named_in_part(question, chosen[0].text):
            # "Kerkük Türkmen Lisesi'nin başarı oranı": "Kerkük Eğitim Müdürlüğü verilerine göre il genelinde
            # … yüzde 71" is the province's; "Kerkük Türkmen Lisesi'nde … yüzde 94'ü başarılı oldu" the school's
            says = _says_asked(question)  # the asked thing: not the bank's profit for its branches
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: holds_owner_name(question, text) and in_measure(text)
                                            and answers_exactly(asked, text) and says(text))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked in (Asked.NUMBER, Asked.DATE) and (name := sibling_named(question, chosen[0].text)):
            # "Türkmeneli Radyosu ne zaman kuruldu?": "Kurumun kardeş kanalı Türkmeneli TV 2012'de kuruldu"
            # is the TV's; "… 2004'te yayına başlayan Türkmeneli Radyosu, 20. kuruluş yıl dönümünü …" the
            # radio's
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: holds_name(text, name) and answers_exactly(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{name} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        # (the whole article is read only for a sentence opening on a surname, to see whose it is)
        introduced = (article_of(read[chosen[0].passage - 1])
                      if chosen and surname_opening(chosen[0].text) else "")

        def anothers(text: str) -> str | None:
            return (another_person(question, text) or another_owner(question, text) or another_doer(question, text)
                    or another_by_surname(question, text, introduced))

        if chosen and asked.asked in (Asked.NUMBER, Asked.DATE, Asked.PLACE) and (person := anothers(chosen[0].text)):
            # "Kerem Avcı kaç oy aldı?": "En çok oyu … inşaat mühendisi Orhan Bayraktar aldı" is his;
            # "Ninova İnşaat kaç dinarlık teklif verdi?": "Dicle Temizlik'in … teklifi" is theirs. A
            # sentence further down naming the asked one may say it ("Kale Tepe kazısında": not
            # "Süleymaniye Eski Eserler Müdürlüğü'nün ayrı bir kazısında 40 sikke")
            says = _says_asked(question)
            # (a place or a body the article is titled by need not be named again: "Hasa Çayı üzerindeki yeni köprü"
            # is "köprü" down the article)
            titled = names_a_body(person) and holds_name(ChunkMeta.of(read[chosen[0].passage - 1]).title, person)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: (titled or holds_name(text, person)) and not anothers(text)
                                            and not another_place(question, text) and answers_exactly(asked, text)
                                            and (says(text) or titled and says_deed(question, text)))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{person} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and (passed := [place for place in places_there(question) if only_passed_through(
                place, article_of(read[chosen[0].passage - 1]))]):
            # "Erbil'deki kardiyoloji merkezinde kaç yatak var?": Kerkük's centre, whose article names
            # Erbil only as where patients were sent ("Erbil'e", "Erbil yolunda"), is not Erbil's
            return self.decline_subject(question, _passed_through_text(passed), read)
        title = ChunkMeta.of(read[chosen[0].passage - 1]).title if chosen else ""
        place = place_of_another(question, asked, chosen[0].text, title) if chosen else None
        if (chosen and not place and asked.asked is Asked.NUMBER and (unsaid := place_unsaid(question, chosen[0].text))
                and (named_in_passing(unsaid, chosen[0].text, article_of(read[chosen[0].passage - 1]))
                     or says_wider_scope(chosen[0].text) and not says_wider_scope(question))):
            place = unsaid  # "Amirli'de kaç oy aldı?": an article about Tuzhurmatu's election naming Amirli;
            # "Almanya'da kaç Türkmen işçi": not "yurt dışında çalışan Türkmen işçi sayısı on sekiz bin civarında"
        # "Dakuk'taki şenlikte kaç polis …": the 200 of a paragraph on Tuzhurmatu's, under a title naming both
        article = article_of(read[chosen[0].passage - 1]) if chosen else ""
        # (so is a date: "Kazaniye'de … tesisi ne zaman açıldı?" is not Mendeli's paragraph's "12 Ekim'de açılan tesis")
        paragraphed = (chosen and not place and asked.asked in (Asked.NUMBER, Asked.DATE)
                       and paragraph_of_another_town(question, chosen[0].text, article))
        place = place or paragraphed
        # ("Kale Kapısı'nda kaç oyuncu rol aldı?": a play's quoted name, no place)
        place = None if place and quotes_as_title(f"{title}\n{article}", place, question) else place
        if chosen and place and not (parted and roots_held(title, {turkish_lower(place)})) and (
                paragraphed or not titled_of_place(title, place, chosen[0].text)):
            # (a part pointed back at is of its whole's place: "Bunun 10'u
            # Türkiye'deki bir yardım kuruluşunun bağışı" in "Tuzhurmatu'da … diyaliz ünitesi …")
            # "TİKA Telafer'de kaç okulu onardı?": "… 15 okul, Kerkük'te düzenlenen törenle …" is Kerkük's;
            # the asked place's sentence further down may say it (not "… planlandığını açıkladı"); an
            # article whose title names the place is of it ("… Ankara sergisinde …": "Çankaya'daki …").
            # A sentence naming no place is of the place its title names: "Telafer'deki kadın
            # kooperatifinin başkanı kim?" is not "Kooperatif Başkanı Hatice Bayraktar" under
            # "Tuzhurmatu'daki Kadın Kooperatifi Türkiye'ye İhracata Başladı"
            # A sentence naming the place stays if it was the one chosen ("… yüzde 14,2 ile Dibis …"); one
            # taking its place says what is asked too, or gives the asked measure ("AFAD Amirli'ye ne kadar
            # yardım": not "Amirli'de 60 ev hasar gördü"), as does a sentence naming no place under a title
            # naming it.
            says, best = _says_asked(question), chosen[0].text

            def measured(text: str) -> bool:  # (a sum asked: not "… şenliğe 5.000 kişi katıldı")
                return not requires_measure(asked) or in_measure(text)

            dated_by_title = asked.asked is Asked.DATE and reports(question, title)  # its day is the deed's
            chosen, whole = self.best_stated(
                question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                lambda text: not another_place(question, text) and not announces_only(asked, text)
                and not reports_plan(asked, text)  # (a past asked: not "… Altunköprü'de de açılacağını, … kontenjanın
                # 300 öğrenciye çıkarılacağını söyledi")
                # (an office asked: one naming its holder, not "… Zummar ve Hasanköy'de de benzer kurslar açılacağını")
                and (not asked.office or holds_office(asked, text))
                and ((names_place(question, text, place) or points_at(place, text, article)
                      or goes_on_there(question, place, text, article)) and (
                    text == best or says(text) and measured(text) or requires_measure(asked) and in_measure(text)
                    or dated_by_title)  # ("Dakuk'a … ne zaman bağışlandı?": the lead, under "… Bağışlandı")
                     or placed_by_title(text, place, title) and says(text) and measured(text)),
                stating=not dated_by_title)
            if not chosen:
                return self.decline_subject(question, _not_said_text(f"{place} için bunu", filtered), read)
            read = passages = whole
        if (chosen and asked.asked is Asked.NUMBER and (language := language_unsaid(question, chosen[0].text))
                and language_unsaid(question, ChunkMeta.of(read[chosen[0].passage - 1]).title)):
            # "kütüphanede kaç Kürtçe kitap var?": "raflardaki kitap sayısı … 52 bine" counts every book (not in an
            # article titled "Türkmence ilkokul ders kitapları …": its books are those)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not language_unsaid(question, text) and fit(asked, text) > 0)
            if not found:
                return self.decline_subject(question, _not_said_text(f"{language.capitalize()} için bunu", filtered),
                                            read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and (place := place_unsaid(question, chosen[0].text)):
            # "Diyala'da … hanelerin oranı ne?": the survey's "yüzde 62" is all of it; the sentence
            # after it gives it place by place ("Bağdat'ta yüzde 41'de kalan oran, Diyala'da yüzde
            # 79'a çıkıyor"). Only then: a sentence of an article about one place need not name it.
            passage = read[chosen[0].passage - 1]
            following = next_sentence(article_of(passage), chosen[0].text)
            if following and breaks_down(asked, place, following, question):
                found, whole = self.best_stated(question, result.query_vector, passage, snapshot,
                                                lambda text: text == following)
            else:  # (or further down: "… ambulansların sekizinin Dakuk'a, altısının Taze'ye … gönderileceğini")
                found, whole = self.best_stated(question, result.query_vector, passage, snapshot,
                                                lambda text: told_at_place(asked, text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and of_this_part(question, chosen[0].text):
            # "Kerkük'te 2024'te kaç kişi öldü?": not "75 kilometrelik bu yolda … 41 kişi öldü", one road's, but the
            # province's "Kazalarda 187 kişi hayatını kaybetti", if the article gives it
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not of_this_part(question, text)
                                            and gives_asked_figure(asked, text) and says_deed(question, text),
                                            headline=True)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and asked.measure and (following := next_sentence(
                article_of(read[chosen[0].passage - 1]), chosen[0].text)) and share_of_named(
                asked, chosen[0].text, following):
            # "Vakıf projeye kaç dolar veriyor?": not the total's "1,2 milyon dolar" but "Bu tutarın 750 bin dolarını
            # vakıf, …" after it
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: text == following)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and (place := place_in_total(question, chosen[0].text)):
            # "Fuara Türkiye'den kaç firma katıldı?": "Irak, Türkiye ve Azerbaycan'dan toplam 212 firma"
            # counts all three; the sentence giving it place by place ("87'si Türkiye'den, …"), if any
            total = chosen[0].text
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: text != total and breaks_down(asked, place, text, question))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and (place := place_left_in_rest(question, chosen[0].text)):
            # "Diyala'dan kaç öğrenci burs kazandı?": "… kırk üçü Telafer'den, 71'i Kerkük'ten, geri kalanı ise
            # Tuzhurmatu, Erbil ve Diyala'dan" counts Diyala's with the rest
            return self.decline_subject(question, _not_said_text(f"{place} için bu sayıyı", filtered), read)
        if (chosen and asked.asked in (Asked.DATE, Asked.NUMBER, Asked.PLACE, Asked.NAME) and ordinal_asked(question)
                and not numbers_asked(question, chosen[0].text)  # (not a person: "ikinci lig" is a tier's name)
                and not another_ordinal(question, chosen[0].text)):  # (another stage's sentence: read below)
            # "İkinci doz aşıları ne zaman yapılacak?": "… ikinci doz aşıların mart ayının ilk haftasında …" further
            # down, not the best read's "… şubat ayında ikinci aşamada ele alınacağını"
            held = content_held(asked, chosen[0].text)  # (saying no less: not "ilk yarıda 61 milyar dinara çıktı"
            # of the energy bill for "2023'ün ilk yarısında ne kadar net kâr", beside the profit's sentence)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: numbers_asked(question, text) and answers_exactly(asked, text)
                                            and content_held(asked, text) >= held + (asked.asked is not Asked.NAME))
            # (a name asked is named where the numbered thing is: 'ilk filmi “Gölge”', not "… ilk gala oldu")
            if found:
                chosen, read, passages = found, whole, whole
            elif (untold := self.best_stated(
                    question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                    lambda text: numbers_asked(question, text) and tells_undisclosed(asked, text) >= UNDISCLOSED_WORDS,
                    stating=False))[0]:
                # "ikinci salımda saniyede kaç metreküp": not the first's 45 but "İkinci salımın miktarı henüz
                # belirlenmedi", quoted
                return self.quoting(question, UNDISCLOSED_LEAD, *untold)
            elif ordinal_to_come(asked, question, article_of(read[chosen[0].passage - 1])):
                # "Ekibin üçüncü aracı kaça alındı?": not the first's "65 bin dolar değerindeki … araç" of an article
                # hoping for a third
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        if (chosen and (asked.asked is Asked.NUMBER and asked.ordinal or asked.asked is Asked.PROFESSION)
                and not fit(asked, chosen[0].text)):
            # "Salihi seçme kampında kaçıncı oldu?": not "… seçme kampına katılma hakkı kazandığı", which gives no
            # place; "Gence'nin mesleği ne?": not his coach's words
            named = set(asked.names)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: roots_held(text, named) == len(named))
            if not found:
                unsaid = "mesleğini" if asked.asked is Asked.PROFESSION else "bunu"
                return self.decline_subject(question, _not_said_text(unsaid, filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and (ordinal := another_ordinal(question, chosen[0].text)):
            # "kitabın ikinci baskısı kaç adet basıldı?": "ilk baskıda 2 bin adet" is the first's; the
            # asked one's may be further down ("ilk aşamasında": "… yapılan ilk aşamada 40 kadına …")
            # (the sentence saying the asked verb first: "40 kadına … kredi verildiğini", not "ilk aşamada
            # kredi alan kadınların … üç kadının taksitlerini … ödeyemediğini")
            verb = {asked_verb(question) or ""} - {""}
            for says_verb in (True, False):
                found, whole = self.best_stated(
                    question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                    lambda text: numbers_asked(question, text) and answers_exactly(asked, text)
                    and (not says_verb or roots_held(text, verb) > 0))
                if found:
                    break
            if not found:
                return self.decline_subject(question, _said_of_another_text(ordinal[0], f"{ordinal[1]} hakkında"),
                                            read)
            chosen, read, passages = found, whole, whole
        article = (article_of(read[chosen[0].passage - 1])
                   if chosen and (asked.factoid or asks_name(question)) else "")
        if article and (ordinal := unsaid_ordinal(question, article)):
            # "Terzioğlu'nun kitabının ikinci baskısı ne zaman çıktı?": the article gives the book's year
            return self.decline_subject(question, _not_said_text(f"{ordinal} için bunu", filtered), read)
        if article and asked.factoid and (school := another_school(question, article)):
            # "Amirli'deki ortaokula kaç öğrenci kayıt yaptırdı?": the ilkokul's 480 are no ortaokul's
            return self.decline_subject(question, _not_said_text(f"{school} için bunu", filtered), read)
        if article and asked.factoid and (part := unsaid_year_part(question, article)):
            # "Arslan Çimento'nun 2019 ilk yarı net kârı": an annual report gives the year's
            return self.decline_subject(question, _not_said_text(f"{part} için bunu", filtered), read)
        if article and asked.factoid and (other := institution_of_another_place(question, article)):
            # "Kifri hastanesine MR cihazı ne zaman bağışlandı?": Tuz Hurmatu's hospital, which serves Kifri too
            return self.decline_subject(question, _not_said_text(f"{other} için bunu", filtered), read)
        if chosen and names_no_body(question, asked, chosen[0].text):
            # "su arıtma tesisini hangi firma inşa etti": "Ocakçı daha önce Musul'da özel bir inşaat
            # firmasında çalışıyordu" names no firm that built it; a sentence naming one with the deed may
            # ("… onarımını hangi kurum yürütüyor?": "Kerkük İl Bayındırlık Müdürlüğü'nün yürüttüğü çalışmaların …")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not names_no_body(question, asked, text)
                                            and asked_verb(question) is not None and says_deed(question, text)
                                            and short_answer(asked, text) is not None, stating=False)
            if not found:
                return self.decline_subject(question, _not_said_text(f"{genitive(asked.body)} adını", filtered),
                                            read)
            chosen, read, passages = found, whole, whole
        # ("Kupası" stems to "kupas"; "kupanın" holds "kupa")
        if chosen and asked.score and (roots_held(chosen[0].text, teams := {root(name) for name in asked.names})
                                       < len(teams) or partial_score(question, chosen[0].text)):
            # "… Musul maçını kaç kaç kazandı?": "… Erbil Zeravani'yi 3-1 mağlup etti" is another match's;
            # "finalin skoru": "Finalde ilk yarı 1-1 berabere tamamlandı" is the half-time score
            chosen, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                             lambda text: roots_held(text, teams) == len(teams)
                                             and not partial_score(question, text))
            if not chosen:
                return self.decline_subject(question, _not_said_text("bu maçın sonucunu", filtered), read)
            read = passages = whole
        category = category_named(question)  # ("Yarı maraton kategorisini": not the marathon's winner)
        names = prize_named(question) | category
        winner_asked = bool(chosen) and asked.asked in (Asked.PERSON, Asked.NAME) and asks_winner(question)
        no_winner = winner_asked and short_answer(asked, chosen[0].text) is None
        # "geçen sezon kimdi?": the past win the article recalls, not the news's
        earlier = winner_asked and not asked.years and tells_background(question)
        prize = asks_prize(question)  # "Öykü ödülünü kim kazandı": "… ödülü ise … aldı" says it
        # (a category the sentence points back to is said: "Bu kategoride … birinciliği Hande Salihi elde etti")
        told = with_category_before(chosen[0].text, article_of(read[chosen[0].passage - 1])) if names and chosen else ""
        if winner_asked and (
                not (won := says_win(chosen[0].text, prize)) or roots_held(told, names) < len(names)
                or not category and won_in_category(chosen[0].text)  # (the women's champion is not the tournament's)
                or names_only_runner_up(asked, chosen[0].text) or no_winner
                or earlier and not tells_background(chosen[0].text)):
            # "Nevruz'da düzenlenen at yarışını kim kazandı": "… Gençlik Birliği'nin düzenlediği
            # etkinliklere …" names who organised it; the winner may be further down, or nowhere.
            # The win of the prize named ("Hıdır Lütfi Şiir Ödülü … verildi") comes before another
            # prize's winner named alone ("jüri özel ödülü ise … Kösedağ'a verildi"); a sentence naming
            # no winner ("Kupayı şampiyon takıma Belediye Başkanı … verdi") gives way to one that does
            answering = read[chosen[0].passage - 1]
            # (a sentence naming no one winner gives way only to one naming as much of the question:
            # not "Broncos … Pittsburgh Steelers'ı … mağlup etti" for "Super Bowl XLIX'i kim kazanmıştır?")
            named = roots_held(chosen[0].text, set(asked.names)) if no_winner else 0
            published = ChunkMeta.of(answering).date or ""
            # the news, asked of no year or of the article's own ("2024-2025 sezonunun şampiyonu" in June 2025)
            news = asks_the_news(question, asked) or published[:4].isdigit() and int(published[:4]) in asked.years

            def won_now(text: str) -> bool:
                """A win said, and of the news unless a past one is asked ("Kerkük Gençlerbirliği … ikinci
                şampiyonluğunu kazandı", not the heading "Geçen sezonun şampiyonu Tuzhurmatu'ydu"), of the whole
                event where no category is asked."""
                return says_win(text, prize) and (tells_background(text) if earlier
                                                  else not (news and tells_background(text))) and (
                    bool(category) or not won_in_category(text))

            found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                            lambda text: won_now(text) and roots_held(text, names) == len(names)
                                            and short_answer(asked, text) is not None
                                            and roots_held(text, set(asked.names)) >= named)
            if not found and names and not no_winner:
                found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                                lambda text: won_now(text) and roots_held(text, names) == len(names))
            if not found and not won:
                found, whole = self.best_stated(question, result.query_vector, answering, snapshot,
                                                lambda text: won_now(text) and short_answer(asked, text) is not None)
            if not found and not category and won_in_category(chosen[0].text):
                # "Bisiklet yarışını kim kazandı?": the race's "en hızlı tamamlayan isim, … Mustafa Demirci oldu", not
                # "Kadınlar kategorisinde birinciliği … Zeynep Ayvaz kazandı", whatever the bold may show
                found, whole = self.best_stated(question, result.query_vector, answering, snapshot, won_now)
            if not found and (not won or names and not roots_held(told, names) or earlier
                              or roots_held(told, category) < len(category)):
                # (a win of another prize: "hoyrat yarışmasını … kazandı" for "Erbil Gençlik kupası finalini")
                return self.decline_subject(question, _not_said_text("kimin kazandığını", filtered), read)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asks_yes_no(question) and not says_whether(
                question, article_of(read[chosen[0].passage - 1])):
            # "Mavi Yol Turizm'in otobüslerinde tuvalet var mı?": "her otobüste iki şoför …" is no answer
            return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        if chosen and requires_measure(asked) and not states_measure(asked, chosen[0].text):
            # a check above moved to a sentence naming the asked place or owner ("Dakuk'ta ise 540 bin
            # dinar" for "Dakuk'ta işsizlik oranı kaç"): one naming as much and giving the rate
            # (none: the sentence the checks chose stays, "üç odalı … kirası yüzde 22 arttı" the
            # three-room flats' own, with their rent in the sentence after it)
            names = set(asked.names)
            held = roots_held(chosen[0].text, names)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: in_measure(text) and roots_held(text, names) >= held)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and dates_anniversary(question, asked, chosen[0].text):
            # "Birlik Sesi ne zaman kuruldu?": not "… kuruluşunun ellinci yılını dün akşam … kutladı" but "Gazete,
            # 10 Kasım 1975'te … yayın hayatına başladı" further down
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not dates_anniversary(question, asked, text)
                                            and dates_asked_deed(question, asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman kurulduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if (chosen and asks_the_news(question, asked) and (figure := short_answer(asked, chosen[0].text))
                and (figure_in_background(chosen[0].text, figure.split()[0])
                     or asked.tense is not Tense.PAST and tells_background(chosen[0].text)
                     and not reported_before(chosen[0].text))):  # ("… 850 bin dinardan alacağını duyurmuştu": now's)
            # "Beşir'deki boru hattından kaç varil petrol sızdı?": not the muhtar's "… 2023'te de sızıntı olmuştu. O
            # zaman 60 varil petrol akmıştı" but this leak's "… yaklaşık 180 varil ham petrol sızdı", if said; "…
            # yenilenmesi ne kadara mal olacak?": not "Stat en son 2011 yılında yenilenmişti; … 3 milyon dolara mal
            # olmuştu"; nor, where the article says the asked figure is not known yet, any other ("Spor salonunun
            # maliyeti henüz hesaplanmadı", not the tribune's "2,8 milyon doları")
            if untold := self.said_untold(question, asked, attribute, result.query_vector, chosen[0], read,
                                          article_of(read[chosen[0].passage - 1]), snapshot, chosen_answers=False):
                return untold
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: answers_exactly(asked, text) and not tells_background(text)
                                            and says_deed(question, text)  # (not "60 kişilik … Korosu" for "izledi")
                                            # (nor, for "kapasitesi ne kadar?", "… günde 6 bin ton … teslim alıyor")
                                            and (not attribute or any(holds_noun(text, form) for form in attribute))
                                            and not figure_in_background(text, (short_answer(asked, text) or "")
                                                                         .split(" ")[0]))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and ones_own(
                question, chosen[0].text, (short_answer(asked, chosen[0].text) or "").split(" ")[0]):
            # "Beşir'deki hurma hasadında ne kadar hurma toplandı?": not "Bayram, kendi bahçesindeki 300 ağaçtan …
            # 18 ton hurma topladığını" but the village's "… bu yıl toplam 4.200 ton hurma toplandı", if said
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: answers_exactly(asked, text)
                                            and (figure := short_answer(asked, text)) is not None
                                            and not ones_own(question, text, figure.split(" ")[0]))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and of_a_similar_one(question, chosen[0].text):
            # "Kalp cerrahisi ünitesi ne zaman açılacak?": "… benzer bir servisin 2025 yılında Sincar'da da açılmasının
            # planlandığını" dates another ward; a sentence of the asked one may be further down
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not of_a_similar_one(question, text)
                                            and answers_exactly(asked, text) and not announces_only(asked, text)
                                            and (asked.tense is not Tense.FUTURE or speaks_of_coming(text)))
            if not found:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.origin and origin_of(asked, chosen[0].text) is None:
            # "Meryem Kazancı nereli?": "Birinciliği Telaferli 19 yaşındaki Meryem Kazancı kazandı", not the towns
            # the festival's artists came from
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: origin_of(asked, text) is not None, stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and (numbered := another_numbered(question, chosen[0].text,
                                                                      article_of(read[chosen[0].passage - 1]))):
            # "3 numaralı hatta bilet ücreti ne kadar?": not the "7 numaralı" line's "Bilet fiyatı 500 dinar" (nor
            # another numbered one's sentence: ``best_stated`` never takes one)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: answers_exactly(asked, text)
                                            and (not requires_measure(asked) or states_measure(asked, text)))
            if not found:
                return self.decline_subject(question, _not_said_text(
                    "bunu" if numbered == "bu" else f"{numbered} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and dates_first_time(question, asked, chosen[0].text):
            # "Kütüphane ne zaman yeniden açıldı?": not "… ilk olarak 1972 yılında … kurulmuştu" but the sentence
            # telling it done again ("… dün düzenlenen törenle yeniden okurlarına kavuştu")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: dates_again(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman olduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and (dates_no_deed(question, asked, chosen[0].text, ChunkMeta.of(read[chosen[0].passage - 1]).title)
                       or asked.asked is Asked.DATE and asked.tense is not Tense.FUTURE
                       and self.tells_another_thing(question, chosen[0].text)):
            # "Leyla Beyatlı hangi yıl seçildi?": "… Başkanı Leyla Beyatlı, festivalin bütçesinin …"; a
            # sentence of the article dating the deed may be further down
            # (of the asked place where another's was met: "Kazaniye'de … tesisi ne zaman açıldı?" is not Mendeli's
            # "12 Ekim'de açılan tesis")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: dates_asked_deed(question, asked, text)
                                            and not (place and place_unsaid(question, text)))
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman olduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.DATE and asked.tense is not Tense.FUTURE and asked.deed_said
                and not placed_in_time(asked, chosen[0].text)):
            # "Nevruz kutlaması ne zaman yapıldı?": "Kutlamalar sabah saat 10.00'da … başladı" dates no day; the
            # article's sentence dating the deed ("… 21 Mart 2026 Cumartesi günü … kutladı") comes before its own day
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: dates_asked_deed(question, asked, text)
                                            and not (place and place_unsaid(question, text)))
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.PLACE and self.tells_another_thing(question, chosen[0].text, True):
            # "Ambulans teslim töreni nerede yapıldı?": not the cemetery's "Erbil Kalesi'nin eteklerindeki …", saying
            # none of its words; the first read article's sentence that does, if any
            found, whole = [], []
            for passage in {snapshot.doc_of(p.id or ""): p for p in read}.values():
                found, whole = self.best_stated(question, result.query_vector, passage, snapshot,
                                                lambda text: fit(asked, text) > 0
                                                and not self.tells_another_thing(question, text, True))
                if found:
                    break
            if not found:
                return self.decline_subject(question, _not_said_text("nerede olduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.DATE and until_unsaid(question, chosen[0].text):
            # "Hat sergisi ne zamana kadar açık?": "Sergi 20 Mayıs'a kadar … ziyaret edilebilecek", not the move's month
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not until_unsaid(question, text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and dates_end_only(question, asked, chosen[0].text):
            # "turne ne zaman başlıyor?": not "Turne, 2 Nisan'da … sona erecek", its end
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text) and not dates_end_only(
                                                question, asked, text), stating=False)
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman başladığını", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and dates_start_only(question, asked, chosen[0].text):
            # "Ağsu Kanalı ne zaman açıldı?": "… Ağsu Kanalı'nın temeli dün … atıldı" dates its start
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: dates_asked_deed(question, asked, text)
                                            and not announces_only(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("ne zaman olduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        categories = (article_of(read[chosen[0].passage - 1])  # the article, for its figures' words
                      if chosen and asked.asked in (Asked.PERSON, Asked.NAME, Asked.PLACE, Asked.DATE, Asked.NUMBER)
                      else None)
        ages_only = asked.asked is Asked.NUMBER
        # (a category a sentence points back to is said: "18 yaş altı gençler için ayrı bir kategori de açıldı. Bu
        # kategoride … birinciliği … Yusuf Amirli kazandı")
        if categories is not None and (phrase := counted_phrase_unsaid(
                question, with_category_before(chosen[0].text, categories), categories, ages_only)):
            # "kızlar 12 yaş altı kategorisinde kim birinci oldu?": not "Kızlar 16 yaş altı kategorisinde
            # ise … Zeynep Hüseyin birinci oldu" (a figure naming the thing is part of its name)
            # (the win said, for a winner: not "… 18 yaş altı ve açık kategori olmak üzere üç kategoride,
            # İsviçre sistemiyle …")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not counted_phrase_unsaid(
                                                question, with_category_before(text, categories), categories,
                                                ages_only)
                                            and (not winner_asked or says_win(text, prize)))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{_figure_named(phrase)} için bunu", filtered),
                                            read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked in (Asked.DATE, Asked.NUMBER) and (office := office_unsaid(question, chosen[0].text)):
            # "Kerkük valisi hangi yıl göreve başladı?": not "… restorasyon projesi, 3 Şubat 2026'da … başladı",
            # in an article never naming a governor (one that does may date his deed in another sentence)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not office_unsaid(question, text)
                                            and answers_exactly(asked, text))
            if found:
                chosen, read, passages = found, whole, whole
            elif (office_unsaid(question, answering_article := article_of(read[chosen[0].passage - 1]))
                  or holder_unnamed(question, chosen[0].text, answering_article)):
                return self.decline_subject(question, _not_said_text(f"{office} için bunu", filtered), read)
        if chosen and asked.asked is Asked.NUMBER and anothers_thing(
                question, chosen[0].text, article_of(read[chosen[0].passage - 1])):
            # "okuma yazma kursunun toplam maliyeti": not "salonun toplam maliyetinin 4,2 milyar dinar" in an article
            # never naming a course
            return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        if chosen and not names_in_asked_case(asked, chosen[0].text):
            # "Finalde Ahmet Salihi kimi yendi?": "… Burhan Kasaboğlu'nu 14 dakika süren mücadelenin ardından yendi",
            # naming the one beaten as the question asks, over "Finalde yenilen Burhan Kasaboğlu … ödül aldı"
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: names_in_asked_case(asked, text) and says_deed(question, text))
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.NUMBER and (fare := fare_of_group(question))
                and not roots_held(chosen[0].text, {fare})):
            # "öğrenci bileti ne kadar?": not "Hatta tam bilet 2.000 Irak dinarı …" but "Öğrenciler, … 1.000 dinar
            # ödeyecek" after it
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: roots_held(text, {fare}) > 0)
            if not found:
                return self.decline_subject(question, _not_said_text(f"{fare} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.measure and (whom := for_whom_unsaid(question, chosen[0].text)):
            # "çocuklar için bilet ne kadar?": "Bilet fiyatı yetişkinler için 5 bin dinar, öğrenciler için 2 bin 500"
            return self.decline_subject(question, _not_said_text(f"{whom} bunu", filtered), read)
        if chosen and asked.factoid and (part := named_part_unsaid(question, chosen[0].text)):
            # "Kadınlar kategorisini kim kazandı?": not the seniors' winner; "Kooperatifin atölyesi
            # nerede?": not where a second shop is planned
            # (or "Bu kategoride … birinci oldu" after "Kadınlar kategorisinde 18 sporcu yarıştı")
            article = article_of(read[chosen[0].passage - 1])
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: (not named_part_unsaid(question, text)
                                                          or points_at(root(part.split()[0]), text, article))
                                            and answers_exactly(asked, text) and not another_rank(question, text)
                                            and (not winner_asked or says_win(text, prize)))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{part} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and (owner := unit_of_another(question, chosen[0].text)):
            # "Kifri huzurevi kaç yataklı?": not "60 yataklı Kerkük Huzurevi'nde …" but "Huzurevinin 40 yatak
            # kapasitesi bulunuyor", the article's own
            # (one naming the asked place, unless the title does: not the radio's "tek bir vericiyle yayına başlayan"
            # of 1994 for its "Telafer vericisi", which is only planned)
            title = ChunkMeta.of(read[chosen[0].passage - 1]).title
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not unit_of_another(question, text)
                                            and answers_exactly(asked, text) and not announces_only(asked, text)
                                            and (roots_held(f"{title} {text}", {turkish_lower(owner)}) > 0
                                                 or points_at(owner, text, article_of(read[chosen[0].passage - 1]))))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{owner} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.PLACE and life_event_unsaid(question, chosen[0].text):
            # "Nurettin Kazancı nereye gömüldü?": not "… 1941 yılında Tuzhurmatu'da doğdu" but "…
            # Musalla Mezarlığı'nda toprağa verildi", further down the same article
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text))
            if not found:
                return self.decline_subject(question, _not_said_text("nerede olduğunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.clock and not fit(asked, chosen[0].text):
            # "2023'te Nevruz ateşi saat kaçta yakıldı?": "… Nevruz ateşi yakıldı" gives no time of day
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: fit(asked, text) > 0 and says_deed(question, text))
            if not found:  # (not "Kutlamalar akşam saat 18.00'de sona erdi": when it ended)
                return self.decline_subject(question, _not_said_text("saatini", filtered), read)
            chosen, read, passages = found, whole, whole
        if (chosen and asked.last_year and asked.asked is Asked.NUMBER and not tells_last_year(chosen[0].text)
                and has_digit(chosen[0].text)):
            # "Bir önceki şiir festivaline kaç şair katılmıştı?": not this year's "… 74 şair katıldı" but "Geçen yılki
            # festivalde katılımcı sayısı 52 olmuştu" further down (kept where no sentence says last year's)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: tells_last_year(text) and short_answer(asked, text),
                                            stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and measures_last_year_only(asked, chosen[0].text):
            # "2025 bütçesi ne kadar?": not "Bu bütçe, geçen yılın 1,6 trilyon dinarlık bütçesinden …" but "Toplam 1,9
            # trilyon Irak dinarı olan bütçe …" (kept where no sentence gives this year's)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not measures_last_year_only(asked, text)
                                            and states_measure(asked, text) and fit(asked, text) > 0
                                            # (and the asked attribute, if the chosen one says it: "145 metre
                                            # uzunluğundaki köprünün … geçen kış yaşanan sel", not "2 kilometre
                                            # güneyindeki" for "uzunluğu kaç metre?")
                                            and (not any(holds_noun(chosen[0].text, form) for form in attribute)
                                                 or any(holds_noun(text, form) for form in attribute))
                                            # (not "Yollar için 310 milyar dinar, eğitim için …": no one figure)
                                            and short_answer(asked, text) is not None)
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and last_years_only(question, asked, chosen[0].text):
            # "Erbil'deki festivali sonunda kaç kişi izledi?": not last year's 4 bin beside this year's 7 bin expected
            # ("bu yıl kaç kontenjan var?": this year's is the title's figure, "… bu yıl 250 kontenjan", or one of the
            # asked unit; not "Yüksek lisans için 30, doktora için 35 yaş sınırı")
            title = ChunkMeta.of(read[chosen[0].passage - 1]).title
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not last_years_only(question, asked, text)
                                            and not tells_background(text) and says_deed(question, text)
                                            and (not asked.this_period or fit(asked, text) == 2
                                                 or shares_figure(text, title)), stating=not asked.this_period)
            if not found:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and only_requested(question, asked, chosen[0].text):
            # "Meclis kooperatife ne kadar destek verdi?": "… 20 milyon dinarlık bir sermaye gerekiyor ve
            # kooperatif bunun için Meclis'ten destek istedi" tells what was asked for; one further down may give it
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not only_requested(question, asked, text)
                                            and says_deed(question, text))
            if not found:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and counts_first_days(question, asked, chosen[0].text):
            # "sergiyi toplam kaç kişi ziyaret etti?": "ilk iki gününde 1.150 kişi" counts the first days only; a
            # total further down, if the article gives one done (not "toplam 6.000 ziyaretçiye ulaşmayı bekliyor")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not counts_first_days(question, asked, text)
                                            and gives_asked_figure(asked, text) and not reports_plan(asked, text)
                                            and (not asked_verb(question) or says_asked_verb(question, text)))
            if not found:
                return self.decline_subject(question, _not_said_text("toplam sayıyı", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NUMBER and counts_another_first_period(question, chosen[0].text):
            # "Hat ilk ayda kaç yolcu taşıdı?": not "… ilk gün 1.100 yolcu taşıdı"
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: gives_asked_figure(asked, text) and says_deed(question, text))
            if not found:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and gives_only_total(question, asked, chosen[0].text):
            # "her oyuncuya kaç dinar": "oyunculara toplam 90 milyon dinar" is all of them together
            return self.decline_subject(question, _not_said_text("her birine düşen miktarı", filtered), read)
        if chosen and gives_no_duration(asked, chosen[0].text):
            # "Konferans kaç gün sürdü?": "Yedi ay önce … düzenlenen … konferans" dates it, says not how long; its
            # article may further down ("günde kaç saat yayın yapacak": "… günlük yayın süresini 16 saatten 20
            # saate çıkarıyor" below the lead's new frequency)
            # (one saying something of what is asked: not "… iki haftalık bir … kursu" for a protocol's length)
            about = {word for word in predicate_roots(question, key_terms(question))
                     if not (asked.unit or "\0").startswith(word)}  # (the asked unit names no subject: "kaç gün")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not gives_no_duration(asked, text)
                                            and short_answer(asked, text) is not None
                                            # (or one naming nothing that says its subject took so long: "Çalışmalar
                                            # 20 Mart'ta başladı ve 10 haftada tamamlandı")
                                            and (roots_held(text, about) > 0
                                                 or names_nothing(text) and says_it_lasted(text)
                                                 # (or the asked deed said otherwise: "kaç ayda bitecek": "…
                                                 # çalışmaların 7 ayda tamamlanması planlanıyor")
                                                 or asked_verb(question) is not None and says_deed(question, text)))
            if not found:
                return self.decline_subject(question, _not_said_text("ne kadar sürdüğünü", filtered), read)
            chosen, read, passages = found, whole, whole
        if (chosen and (doing := doing_lasted(question))
                and not says_doing(chosen[0].text, doing)):
            # "yazması ne kadar sürdü?": "… oyunu yazmanın iki yılını aldığını …", not "provaların beş ay sürdüğünü"
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_doing(text, doing)
                                            and short_answer(asked, text) is not None)
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and not parted and gives_no_count(asked, chosen[0].text)
                and not (asked.last_year and tells_last_year(chosen[0].text))):  # ("… katılımcı sayısı 52 olmuştu")
            # "kaç haneyle görüşüldü": "görüşülen hanelerin yüzde 62'sinde" counts none, "4.800 hanede"
            # further down does; "ziyarette kaç protokol imzalandı": "… protokoller imzalandı" says
            # they were, not how many, nor "23 milyon dolarlık sipariş ve ön anlaşma" how many agreements
            # (not last year's: "Geçen yıl 200 kişilik kontenjan için …" for "bu yıl kaç kontenjan var?")
            names = set(asked.names)
            held = roots_held(chosen[0].text, names)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: (counts_asked(asked, text)
                                                          or fit(asked, text) > 0 and names_counted(asked, text))
                                            and not (asked.this_period and last_years_only(question, asked, text))
                                            and (roots_held(text, names) >= held
                                                 or names_nothing(text, told=chosen[0].text)))
            if not found:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            chosen, read, passages = found, whole, whole
        if (chosen and not parted and counts_a_thing(asked) and fit(asked, chosen[0].text) < 2
                and not short_answer(asked, chosen[0].text) and counts_others_only(asked, chosen[0].text)):
            # "ikinci döneminde kaç kadın var?": "… 1.240 kişi başvurdu; … 300 genç programa kabul edildi" counts
            # people but no women; "Kabul edilenlerin 112'si kadın." right after it does (kept where none does)
            held = roots_held(chosen[0].text, set(asked.names))  # (not "Fuara 14 ülkeden 348 firma katıldı" for
            # "Azerbaycan'dan kaç firma", after "Azerbaycan'dan gelen firma sayısı … 20'den 41'e çıkarak")
            # (or one opening on the question's own subject, named by its kind: "Kooperatifin üye sayısı iki yılda
            # 63'e yükseldi" for "Tuzhurmatu'daki kadın kooperatifinin kaç üyesi var?")
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: short_answer(asked, text) and (
                                                names_what_it_counts(asked, text)
                                                and roots_held(text, set(asked.names)) >= held
                                                or fit(asked, text) == 2 and opens_on_subject(question, text)))
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and asked.asked is Asked.NUMBER and asked.tense is Tense.PAST and asked.reached
                and forecasts(chosen[0].text)):
            # "sıcaklık kaç dereceye çıktı?": not the forecast's "… 48 ile 51 derece arasında seyredeceğini tahmin
            # ediyor" but "… sıcaklığının gölgede 51 dereceye ulaştığı …" (a rise decided, "… 750 dinara
            # çıkarılacak", is no forecast)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not speaks_of_coming(text) and short_answer(asked, text))
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and counts_a_thing(asked) and not parted and not category_named(question)
                and won_in_category(chosen[0].text)):
            # "Bisiklet yarışına kaç sporcu katıldı?": not "Kadınlar kategorisinde ise 12 sporcu yarıştı", one
            # category's, but the race's "Yarışa … 85 bisikletçi katıldı" (kept where no other says the deed)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not won_in_category(text) and says_deed(question, text)
                                            and has_number(text), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
        if (chosen and (asked.asked is Asked.PERSON or counts_a_thing(asked)) and not parted and asked_verb(question)
                and not says_deed(question, chosen[0].text)):
            # "Tarım Bakanlığı kooperatife kaç tekne bağışladı?": not "Kooperatifin elinde bugün 30 tekne bulunuyor"
            # but "Bunlardan on ikisi, … Bakanlığı'nın … yaptığı bağışla filoya katıldı" after it; "Hakem kursunun
            # masraflarını kim karşıladı?": "… masrafının tamamını … Spor Kulübü üstlendi" (kept where none is)
            # (one holding every name the chosen sentence holds, and more of them where that one gives a figure:
            # not "… taksilerde … 9 bin dinara çıktı" for "Erbil'de benzinin litresi kaç dinara çıktı?" after "…
            # 1.050 dinara yükseldi", nor "Fuara 14 ülkeden 348 firma katıldı" for "Azerbaycan'dan kaç firma")
            held = {name for name in asked.names if roots_held(chosen[0].text, {name})}
            more = len(held) + (1 if short_answer(asked, chosen[0].text) else 0)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: says_deed(question, text) and short_answer(asked, text)
                                            and not places_unasked(asked, text)  # ("Kerkük Huzurevi'nde" for Kifri's)
                                            # (nor another category's: "Kız takımları finalinde …" for "erkeklerde")
                                            and not named_part_unsaid(question, text)
                                            and (roots_held(text, held) == len(held)
                                                 and roots_held(text, set(asked.names)) >= more
                                                 # (or a share of what the sentence before named: "Bunun 40 bin
                                                 # dolarını … Vakfı, 25 bin dolarını ise üniversite karşılıyor")
                                                 or opens_pointing_back(text)), stating=False)
            if found:
                chosen, read, passages = found, whole, whole
            elif asks_befallen(asked) and not any(
                    says_deed(question, text) for text in split_sentences(article_of(read[chosen[0].passage - 1]))):
                # "yangında kaç itfaiyeci yaralandı?": the fire's article says no one was hurt, only how many fought it
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
        if chosen and asked.factoid and (stage := another_match(question, chosen[0].text)):
            # "Kadın voleybol liginin final maçını hangi takım kazandı?": not the opening match's winner; the final's
            # sentence, if it tells one
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not another_match(question, text) and stage in text.lower()
                                            and answers_exactly(asked, text) and says_deed(question, text))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{stage} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.asked is Asked.NAME and (doer := another_subject(question, chosen[0].text)):
            # "Yarı finalde Zagros Spor hangi takımı yendi?": "Kerkük Türkmen Gençlik yarı finalde Erbil Harir
            # takımını … mağlup etmişti" is the other team's semi-final; one naming the asked team, if any
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not another_subject(question, text)
                                            and not another_match(question, text)
                                            and answers_exactly(asked, text) and says_deed(question, text))
            if not found:
                return self.decline_subject(question, _not_said_text(f"{doer} için bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and (planned := subject_only_planned(
                question, asked, chosen[0].text, article_of(read[chosen[0].passage - 1]))):
            # "Tuzhurmatu'daki hatıra müzesi ne zaman açıldı?": not the monument's day; "… bir hatıra müzesi
            # yapılması planlanıyor", quoted
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: roots_held(text, planned) == len(planned)
                                            and only_planned(text),
                                            stating=False)
            if found:
                return self.quoting(question, PLANNED_LEAD, found, whole)
        if chosen and asked.counted_kind and not holds_kind(asked, chosen[0].text):
            # "Parka kaç zeytin fidanı dikildi?": not all "3.200 fidan" but "Dikilen fidanların 1.100'ü zeytin, …"
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: holds_kind(asked, short_answer(asked, text) or ""),
                                            stating=False)  # (the kind is the figure's: not "göz doktoru sayısı 2")
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and asked.factoid and another_rate(question, chosen[0].text):
            # "aylık burs ne kadar?": not "Derneğin yıllık burs bütçesi 4,3 milyon lira" but "… ayda 3 bin lira burs
            # veriyor", a sentence of its article giving it per the asked period
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not another_rate(question, text)
                                            and answers_exactly(asked, text) and bool(periods_said(text)))
            if not found:  # ("günlük kapasitesi": "Saatte 2 bin metreküp" is no day's)
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        told_in = read[chosen[0].passage - 1] if chosen else None
        if told_in and asked.factoid and (elsewhere := names_told_elsewhere(
                self.names_given(question, asked, snapshot), chosen[0].text, ChunkMeta.of(told_in).title,
                article_of(told_in))):
            # "Gölge'yi kaç kişi izledi?": not the gala's "… 200 kişi filmi … izledi" but "… ilk filmi “Gölge” toplam
            # 12 bin kişi tarafından izlenmişti", the article's sentence naming it
            found, whole = self.best_stated(question, result.query_vector, told_in, snapshot,
                                            lambda text: roots_held(text, elsewhere) == len(elsewhere)
                                            and answers_exactly(asked, text))
            if found:
                chosen, read, passages = found, whole, whole
        if told_in and asked.asked in (Asked.NUMBER, Asked.DATE) and (later := named_only_after(
                question, self.names_given(question, asked, snapshot), chosen[0].text, ChunkMeta.of(told_in).title,
                article_of(told_in))):
            # "Altunköprü Kervansarayı'nın restorasyonu kaça mal olacak?": not the bath's "Projenin toplam maliyeti
            # 410 bin ABD doları oldu", said before the article's last paragraph names the caravanserai
            found, whole = self.best_stated(question, result.query_vector, told_in, snapshot,
                                            lambda text: roots_held(text, later) == len(later)
                                            and answers_exactly(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("bunu", filtered), read)
            chosen, read, passages = found, whole, whole
        if told_in and asked.asked is Asked.NUMBER and (planned_figure := figure_only_planned(
                question, chosen[0].text, article_of(told_in))):
            # "gelecek yıl panel kurulacak 80 evin maliyeti": the 80 houses are only a plan, the cost the done 60's
            return self.decline_subject(question, _not_said_text(f"{_figure_named(planned_figure)} için bunu",
                                                                 filtered), read)
        if (chosen and asked.asked is Asked.NUMBER and asked.unit == "kişi" and asked_verb(question)
                and not says_deed(question, chosen[0].text) and not says_asked_stage(asked, chosen[0].text)
                and not counts_another_stage(asked, chosen[0].text)):  # (that one the stages' rule below reads)
            # "Kemal Bayatlı'nın Kerkük'teki konserini kaç kişi izledi?": not the funeral's "Namaza yaklaşık 3 bin kişi
            # katıldı", another deed of another thing; the sentence saying both, if any (where the thing is held,
            # one saying the deed: "kazıda kaç kişi çalıştı?" is "… toplam 23 kişi görev aldı", not "… 6 işçinin
            # ekibe yardım ettiğini")
            held = object_held(question, chosen[0].text)
            # (as many of the question's names as the chosen sentence, unless the title holds them: not "410 bin
            # kişiyle İran …" for "Azerbaycan'dan kaç kişi geldi?"; "Yarışa 86 sporcu katıldı" in the race's article)
            names = set(asked.names)
            named = roots_held(chosen[0].text, names) - roots_held(ChunkMeta.of(read[chosen[0].passage - 1]).title,
                                                                   names)
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: fit(asked, text) > 0 and says_deed(question, text)
                                            and (held or object_held(question, text))
                                            and roots_held(text, names) >= named
                                            and not (held and tells_background(text)))  # (not last year's)
            if found:
                chosen, read, passages = found, whole, whole
            elif not held:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
        if chosen and asked.asked is Asked.NUMBER and asked.unit == "kişi" and not fit(asked, chosen[0].text):
            # "Bayatlı'nın Kerkük'teki konserini kaç kişi izledi?": "Kemal Bayatlı, 78 yaşında hayatını
            # kaybetti" counts no one; a sentence of the article counting people who did it, if any
            deed = {asked.deed} if asked.deed else set()
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: fit(asked, text) > 0 and roots_held(text, deed) == len(deed)
                                            and has_digit(text))  # not "hasadı bu yıl yüz güldürdü"
            if not found:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            chosen, read, passages = found, whole, whole
        if chosen and counts_another_stage(asked, chosen[0].text):
            # "Erbil'deki kursa kaç kişi kaydoldu?": not "… Erbil'de açtığı benzer kursta … 150 kişi sertifika
            # aldı"; a sentence naming as much of the question counting those who enrolled, if any
            held = roots_held(chosen[0].text, set(asked.names))
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not counts_another_stage(asked, text)
                                            and gives_asked_figure(asked, text)
                                            and roots_held(text, set(asked.names)) >= held
                                            and not reports_plan(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
            chosen, read, passages = found, whole, whole
        elif chosen and stage_unsaid(asked, chosen[0].text):
            # "Dakuk'ta kaç aile hak sahibi olarak kabul edildi?": not "o selde 240 aile etkilenmişti" but "…
            # komisyonun bunlardan 870'ini hak sahibi olarak kabul ettiğini", further down
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: not stage_unsaid(asked, text)
                                            and not counts_another_stage(asked, text)
                                            and gives_asked_figure(asked, text)
                                            and not reports_plan(asked, text))  # ("… ikinci dönemi başlatmayı
            # planlıyor" for "ikinci döneminden kaç kişi mezun oldu?")
            if found:
                chosen, read, passages = found, whole, whole
        if chosen and gives_no_rate(asked, chosen[0].text):
            # "Kampanyada günde kaç hayvan aşılandı?": not "toplam 1.550 hayvan aşılandı" but "ekiplerin günde
            # ortalama 110 hayvan aşıladığını"; none, where the article gives the whole only
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: gives_asked_figure(asked, text)
                                            and not gives_no_rate(asked, text))
            if not found:
                return self.decline_subject(question, _not_said_text("bu oranı", filtered), read)
            chosen, read, passages = found, whole, whole
        cost = cost_asked(question)
        if chosen and counts_no_whole(asked, chosen[0].text, cost):
            # "Kampanyada kaç çocuk aşılandı?": "günde ortalama 520 çocuğun" is a day's; the lead's "9 bin
            # 200 çocuk aşılandı" is the whole
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: gives_asked_figure(asked, text) and states_measure(asked, text)
                                            and not counts_no_whole(asked, text, cost)
                                            and not another_place(question, text)
                                            and not (owned and anothers_figure(*owned, text)))  # (no "Kıyafetlerin
            # toplam maliyeti" for a water tank's)
            if found:
                chosen, read, passages = found, whole, whole
            elif cost:  # a sum paid once, and only sums paid by the year ("koroya yıllık 12 milyon dinar destek")
                return self.decline_subject(question, _not_said_text("bu sayıyı", filtered), read)
        edition = edition_asked(question) if chosen else None
        if (edition and (editions_numbered(edition, chosen[0].text) - {edition[0]}
                         or counts_editions(edition, chosen[0].text)
                         or _of_another_phase(edition, article_of(read[chosen[0].passage - 1]), chosen[0].text))
                and not names_ordinal(edition, chosen[0].text)):
            # "ikinci etapta kaç ev teslim edildi?": not "iki etapta toplam 696 ev …", of them all, but "ikinci
            # etapta … 386 evin sahiplerine teslim edilebildiğini"; none, where the article gives the first two
            # phases' figures and their total only (a sentence naming no phase, in an article on the third
            # festival, is of it); "ilk döneminde kaç kadın vardı?": not "Kabul edilenlerin 112'si kadın.",
            # said after "bu dönem" in an article on the second term
            article = article_of(read[chosen[0].passage - 1])
            found, whole = self.best_stated(question, result.query_vector, read[chosen[0].passage - 1], snapshot,
                                            lambda text: (says_edition(edition, text)
                                                          or edition_in_force(edition, article, text) == edition[0])
                                            and not counts_editions(edition, text)  # (not "iki etapta toplam 696")
                                            and gives_asked_figure(asked, text)
                                            # (a sum asked: not "İkinci aşamada kapasiteyi 50 megavata çıkarmayı")
                                            and (not requires_measure(asked) or states_measure(asked, text))
                                            and (not winner_asked or says_win(text, prize))
                                            # (not "… 500 evi kapsayacağını", unless the asked one is still to
                                            # come: "ikinci doz aşıların mart ayının ilk haftasında yapılmasının …")
                                            and (not reports_plan(asked, text) or asked.tense is not Tense.PAST
                                                 and edition_to_come(edition, text)))  # (not "… 60 kursiyerle
            # ikinci dönemi başlatmayı planlıyor" for "ikinci döneminden kaç kişi mezun oldu?")
            if not found:
                return self.decline_subject(question, _not_said_text(f"{edition_name(*edition)} için bunu", filtered),
                                            read)
            chosen, read, passages = found, whole, whole
        if not chosen:
            return refusal(question)
        if (reports_plan(asked, chosen[0].text) and only_planned(chosen[0].text) and not only_planned(question)
                and short_answer(asked, chosen[0].text)):  # (its figure the answer; a plan asked is answered by one)
            # what a check above moved to, a plan for a past asked ("… 60 kursiyerle ikinci dönemi başlatmayı
            # planlıyor" for "ikinci döneminden kaç kişi mezun oldu?"): quoted as a plan, no figure in bold
            return self.quoting(question, PLANNED_LEAD, chosen, read)
        source = passages[chosen[0].passage - 1]
        published = ChunkMeta.of(source).date
        years = another_year(question, chosen[0].text, published, ChunkMeta.of(source).title) if asked.factoid else None
        if not years and asked.factoid and years_named(question):
            years = year_told_as_past(question, asked, chosen[0].text, article_of(source), published)
        if years:
            # asked for 2019's profit, the best sentence gives 2018's: the sentence of the same
            # article that gives 2019's ("Şirketin geçen yılki … net kârı" in February 2020), if any,
            # else of another article read whose title names the year ("Yıldız Gıda'nın 2021 yılı net
            # kârı": "… Yıldız Gıda 2021'i rekor satışla kapattı", not "Yıldızlar Gıda 2023'te … net kâr")
            others = [p for p in read if snapshot.doc_of(p.id or "") != snapshot.doc_of(source.id or "")
                      and years[0] in ChunkMeta.of(p).title]  # another article titled with the asked year
            for passage in [source, *{snapshot.doc_of(p.id or ""): p for p in others}.values()]:
                found, whole = self.stated_of_year(question, asked, years[0], passage, result.query_vector, snapshot,
                                                   article_of(passage))
                if found:
                    chosen, read, passages = found, whole, whole
                    break
            else:  # asked for 2024's profit, the article gives 2023's: not the answer
                span, of = ("dönemi", "dönemine") if "-" in years[0] else ("yılı", "yılına")  # a season, a term
                return self.decline_subject(
                    question, _said_of_another_text(f"{years[0]} {span}", f"{years[1]} {of} ait"), [source])
            source = passages[chosen[0].passage - 1]
        if asked.factoid and asked.asked is not Asked.DATE and (day := day_asked(question)) and years_of(
                chosen[0].text) and not says_day(chosen[0].text, day):
            # "22 Şubat'taki kazada kaç kişi öldü?": not "… 2025 yılında … bu kazalarda 58 kişi öldü", a year's; the
            # sentence after the one naming the day ("22 Şubat'ta … kaza … Kazada altı kişi hayatını kaybetti")
            article, says = article_of(source), _says_asked(question)
            found, whole = self.best_stated(question, result.query_vector, source, snapshot, lambda text: says(
                text) and (says_day(text, day) or not years_of(text) and says_day(previous_sentence(article, text)
                                                                                  or "", day)))
            if found:
                chosen, read, passages = found, whole, whole
                source = passages[chosen[0].passage - 1]
        edition = edition_asked(question)
        # (an article numbering the asked edition only as one to come gives its title's edition's facts: "dördüncü şiir
        # gecesinin … Telafer'de yapılması için görüşmelerin sürdüğünü" under "… üçüncü Türkmen Şiir Gecesi'ne …")
        said = (another_edition(edition, article_of(source)) or (
            another_edition(edition, ChunkMeta.of(source).title) if not says_edition(edition, chosen[0].text) and (
                coming := [edition_to_come(edition, text) for text in split_sentences(article_of(source))
                           if says_edition(edition, text)]) and all(coming)
            else None)) if edition else None
        if not said and (first := first_time_asked(question)):
            # "Fuar ilk kez ne zaman düzenlendi?": "5. Kerkük Kitap Fuarı … açtı" dates the fifth
            edition, said = first, another_edition(first, chosen[0].text)
        if edition and said:  # "Birinci festivale kaç kişi katıldı?", the article reports the third festival
            return self.decline_subject(question, _said_of_another_text(
                edition_name(*edition), f"{edition_name(said, edition[1])} hakkında"), [source])
        holder = _holder_asked(asked, question)
        title = ChunkMeta.of(source).title
        office_text = chosen[0].text
        anothers = not holds_office(holder, office_text)
        if not anothers and (owner_unnamed(holder, office_text, title)
                             or holder.office_name and not names_office_owner(holder, office_text)
                             or holder.office_place and not roots_held(office_text, {holder.office_place})):
            article = article_of(source)  # the whole article is read only when needed
            anothers = (owner_unnamed(holder, office_text, title) and owner_unnamed(holder, office_text, title, article)
                        or lead_names_another(holder, office_text, article)
                        or office_of_another(holder, office_text, article))
        another_post = names_another_office(holder, office_text)
        if anothers and (holder is not asked or not holder.office_name):
            # "Kerkük belediye başkanının adı ne?": the mayor's name further down, not the governor's; "peki
            # Dakuk'ta?" after two mayors: the follow-up's sentence is the ambulances', the mayor's is on page 2
            # (not for a named owner's post, which a bare "Teknik direktör …" of another club's article would seem
            # to hold; where the sentence names the post of another, a former holder or a deputy, in other articles
            # only: "Kerkük Valisi adına Vali Yardımcısı …" in the poetry night's, the governor in the silo's)
            # (its owner said where the question names one: not "İlçe seçim kurulu başkanı Hüda Ahmed" for the mayor;
            # in the answering article first, then in the other retrieved ones: "Kerkük valisi kim?" is named in the
            # silo's article, the poetry night's ranking first)
            first = snapshot.doc_of(source.id or "")
            others = {snapshot.doc_of(doc.id or ""): doc for doc in read}
            # (a former holder asked where the sentence names the new one, or the other way round, is in its article)
            for where in [*([] if another_post and holder is asked and holder.former is None else [source]),
                          *(doc for key, doc in others.items() if key != first)]:
                article, title, elsewhere = article_of(where), ChunkMeta.of(where).title, where is not source
                # (in another article, the sentence itself names the post's place and owner: not "Ninova Valisi
                # Necmettin Tayyar" for "Erbil valisinin adı ne?")
                found, whole = self.best_stated(
                    who_is_asked(question), result.query_vector, where, snapshot,
                    lambda text: holds_office(holder, text) and gives_name(holder, text, True)
                    and not office_of_another(holder, text, article) and not owner_unnamed(holder, text, title, article)
                    and (not holder.office_of or roots_held(text, {holder.office_of}) > 0)
                    and not (elsewhere and (holder.office_place and not _office_of_place(holder, text)
                                            or holder.office_name and not names_office_owner(holder, text)
                                            or roots_held(text, set(holder.names)) < len(holder.names))),
                    stating=False)
                if found:
                    chosen, read, passages, anothers = found, whole, whole, False
                    source = passages[chosen[0].passage - 1]
                    break
        elif anothers:
            # a named owner's post, in the answering article only, where its title or the sentence names the owner:
            # "Türkmen Sesi TV genel müdürü kim": "Kanalın Genel Müdürü Sinan Çayırlı" under "Türkmen Sesi TV yeni
            # stüdyosunda yayına başladı"
            article, name = article_of(source), set(holder.office_name)
            found, whole = self.best_stated(
                who_is_asked(question), result.query_vector, source, snapshot,
                lambda text: holds_office(holder, text) and gives_name(holder, text, True)
                and not office_of_another(holder, text, article) and not anothers_office(holder, text)
                and (owner_named_by_kind(holder, text, article)  # ("Okul müdürü" of the school the lead names)
                     or not owner_unnamed(holder, text, title, article)
                     and roots_held(f"{title} {text}", name) == len(name))
                and not lead_names_another(holder, text, article)
                and says_deed(question, text),  # ("kim seçildi": not the outgoing chairman "… yürüten Erşat Kayacı")
                stating=False)
            if found:
                chosen, read, passages, anothers = found, whole, whole, False
                source = passages[chosen[0].passage - 1]
        if anothers:
            # "Kerkük valisi kim?": a singer is no governor, nor another club's coach Diyala's
            return self.decline_subject(question, _no_holder_text(holder, question, filtered), read)
        if (chosen and edition and asked.asked is Asked.PERSON and not says_edition(edition, chosen[0].text)
                and _of_another_phase(edition, article_of(source), chosen[0].text)):
            # "ikinci aşamanın proje müdürü kim?": "Proje Müdürü … Ferhat Ercil" in the first phase's paragraph
            return self.decline_subject(question, _not_said_text(f"{edition_name(*edition)} için bunu", filtered),
                                        read)
        if chosen and first_holder_unsaid(question, holder, chosen[0].text):
            # "Yeni Kerkük Gazetesi'nin ilk genel yayın yönetmeni kimdi?": today's, named at the anniversary, is not
            return self.decline_subject(question, _not_said_text(f"ilk {holder.office} için bunu", filtered), read)
        if holder is not asked and len(chosen) > 1:  # the post's holder is one person: one sentence names them
            chosen = next(([c] for c in chosen if holds_office(holder, c.text) and gives_name(holder, c.text, True)),
                          chosen)
        if asks_who_someone_is(question) and len(chosen) == 1 and not titles_named(question, chosen[0].text) and (
                described := self.described(question, result.query_vector, source, chosen[0], snapshot)):
            chosen, passages = described
            source = passages[chosen[0].passage - 1]
        text, quotes = self.extractive.write(chosen)
        # A time question, or "ne zaman?" answered by a sentence without a date (or only a date
        # since when: "2019'dan bu yana gelen en kalabalık heyet"): the article's date is the
        # answer's time, so it is named.
        if frame or (asks_for_date(question) and not any(
                has_date(c.text) and (asked.asked is not Asked.DATE or fit(asked, c.text)
                                      and dates_to_the_year(asked, c.text)) for c in chosen)):
            text = dated_text(text, ChunkMeta.of(source).date)
        # "Dr. Nermin Oğuz kim?" asks what she is: no other name is its short answer
        # (a name asked of a post is its holder: "Kerkük valisinin adı ne?" → **Mahir Ubeydi**)
        # a year asked reads the years counted from the article's date ("2024'te kaç vaka": "geçen yıl … 340 ishal
        # vakası kayda geçti; bu yılın ilk beş ayında ise … 95" in an article of 2025)
        said = with_years_said(chosen[0].text, ChunkMeta.of(source).date) if asked.years else chosen[0].text
        short = short_answer(holder, said) if len(chosen) == 1 and not asks_who_someone_is(question) else None
        short = with_year(short, ChunkMeta.of(source).date) if short else None  # "16 Kasım" → "16 Kasım 2023"
        if not short and len(chosen) == 1 and asked.asked is Asked.DATE and not gives_date(asked, chosen[0].text):
            # "dün akşam yapıldı" in an article of 14 March: **13 Mart 2025**
            day = said_day(chosen[0].text, ChunkMeta.of(source).date)
            short = format_date(day.isoformat()) if day else None
        if short and by_surname(asked, short):
            short = full_name(short, article_of(source))
        published = ChunkMeta.of(source).date
        if short and published and short == format_date(published):
            text = text.removeprefix(dated_text("", published))  # (the day once: not "**20 Eylül 2026** — 20 Eylül
            # 2026 tarihli habere göre: …")
        if short:
            text = f"**{short}** — {text}"
        verified, sources = verify_citations(text, passages, quotes)
        return Answer(question=question, text=verified, sources=sources, short=short)

    def reported_whole(self, question: str, asked: Question, query_vector, read: list[Document], chosen: Candidate,
                       snapshot: Snapshot) -> tuple[list[Candidate], list[Document]] | None:
        """"Erbil'deki Türkmen ortaokulu ne zaman açıldı?": the best article says "… Ortaokulu,
        yeni eğitim yılında kapılarını açtı" in a chunk retrieval did not bring, and another
        article's "2025 yılında açtığı meslek kursu" has a date but not the school. A past deed
        its dated article reports whole happened by the article's day: that sentence, with its
        article's chunks; None when the chosen sentence says it all, or is the article's own and
        gives a date of the deed ("Hikâye 1931'de …" in a 2018 profile of the shop; not "köprünün
        1890'lı yıllarda yapıldığını" for "ne zaman restore edildi", nor a sentence naming none
        of what is asked: "Nakip, Mart 2024'te … seçilmişti" for "Festivali ne zaman yapıldı")."""
        if (asked.asked is not Asked.DATE or asked.tense is not Tense.PAST or not ChunkMeta.of(read[0]).date
                or (said_in(question, [chosen.text]) and says_deed(question, chosen.text))):
            return None
        if (fit(asked, chosen.text) and says_deed(question, chosen.text) and roots_held(
                chosen.text, reported_roots(question)) and snapshot.doc_of(read[chosen.passage - 1].id or "")
                == snapshot.doc_of(read[0].id or "")):
            return None
        whole = self.article_chunks(read[0], snapshot)
        scored = self.extractive.scored(question, query_vector, whole, snapshot)
        further = max((c for c in scored if reports(question, c.text)), key=lambda c: c.score, default=None)
        if further is None or any(c.index == further.index - 1 and fit(asked, c.text) for c in scored):
            return None  # a story the sentence before dates ("Hikâye 1931'de … başlıyor. … dükkânını açtı")
        return [further], whole

    def described(self, question: str, query_vector, passage: Document, chosen: Candidate,
                  snapshot: Snapshot) -> tuple[list[Candidate], list[Document]] | None:
        """"Dr. Nermin Oğuz kim?": the chosen sentence ("… Telafer Kaymakamlığına Dr. Nermin Oğuz'u
        atadı") and the article's best one describing her, in reading order, with the article's
        chunks; None where no other does."""
        whole = self.article_chunks(passage, snapshot)
        stated = self.extractive.scored(question, query_vector, whole, snapshot)
        same = next((c for c in stated if c.text == chosen.text), None)
        other = max((c for c in stated if c.text != chosen.text and describes_named(question, c.text)),
                    key=lambda c: (describes_named(question, c.text), c.score), default=None)
        if same is None or other is None:
            return None
        return sorted([same, other], key=lambda c: (c.passage, c.index)), whole

    def stated_of_year(self, question: str, asked: Question, year: str, passage: Document, query_vector,
                       snapshot: Snapshot, article: str) -> tuple[list[Candidate], list[Document]]:
        """The best sentence of the passage's article stating what is asked for ``year`` (a season's or a
        report's title names its sentences' year: "Kabul edilen bütçe toplam 18,6 milyar …" under
        "Tuzhurmatu Belediyesi 2024 bütçesini kabul etti"), and the article's chunks; none when it has none."""
        says, meta = _says_asked(question), ChunkMeta.of(passage)
        heading, published = meta.title, meta.date
        about = predicate_roots(question, key_terms(question))
        recalled = recalls_year(split_sentences(article), year)
        season = "-" in year  # a season's title names its sentences' ("… 2021-2022 sezonu tamamlandı")

        def of_year(text: str, title: str = "") -> bool:
            return text in recalled or (not another_year(question, text, published, heading) and (says_year(
                text, year, published, asks_winner(question), heading if season else title)
                or str(year_before_said(text, heading, published)) == year))

        def said(text: str) -> bool:  # ("Aynı araştırmada 2019 yılı için bu sayı 240 bin olarak ölçülmüştü": the
            # sentence before says which number)
            return says(text) or bool(_THIS_FIGURE.search(text) and says(f"{previous_sentence(article, text)} {text}"))

        # (no other fate: "Bir önceki yıl … 101 kişi ölmüştü" gives no injured for "kaç kişi yaralandı"; the
        # whole before a part: "bal üretimi bu yıl 38 tona geriledi", not "… balın yaklaşık 15 tonunu … gönderdi")
        for whole_only in (True, False):
            found, whole = self.best_stated(question, query_vector, passage, snapshot,
                                            lambda text: said(text) and not tells_another_fate(question, text)
                                            and of_year(text) and not another_place(question, text)  # (not
                                            # "2023 yılında Ninova genelinde 3.200 hayvan" for Telafer's 2023)
                                            and not (whole_only and gives_part_for_whole(asked, text)))
            if found:
                break
        if not found and says(heading):
            found, whole = self.best_stated(question, query_vector, passage, snapshot,
                                            lambda text: roots_held(text, about) > 0 and (
                                                figures_in_measure(asked, text) > 0 or fit(asked, text) == 2)
                                            and not tells_another_fate(question, text) and of_year(text, heading))
        return found, whole

    def said_untold(self, question: str, asked: Question, attribute: tuple[str, ...], query_vector,
                    chosen: Candidate, read: list[Document], article: str, snapshot: Snapshot,
                    chosen_answers: bool = True) -> Answer | None:
        """The article's own word that the asked thing was not told, quoted as a refusal ("Hat kursu
        malzemelerinin toplam değeri ne kadar?": "Kültür Evi, malzemelerin toplam değerini açıklamadı",
        not the course's monthly fee; "… iş insanları kimler?": "… iş insanlarının isimleri ise
        açıklanmadı", not **Türkmenlerden**); none where the chosen sentence gives the asked attribute
        as narrowly as asked ("arıtma tesisinin maliyeti": "Projenin toplam maliyeti 11 milyon dolar",
        beside "Tesisin yıllık işletme maliyeti ise açıklanmadı"; not ``chosen_answers``: the chosen one is known
        not to answer, whatever it holds)."""
        if not asked.factoid or chosen_answers and answers_exactly(asked, chosen.text) and any(
                holds_noun(chosen.text, form) for form in attribute) and (
                roots_held(chosen.text, narrowed := attribute_narrowed(question, attribute)) == len(narrowed)):
            return None
        told = self.told_untold(question, asked, attribute, query_vector, chosen, read, article, snapshot)
        if not told or anothers_thing(question, told[0][0].text):
            return None  # (not another's: "Şişeleme ünitesinin maliyeti henüz açıklanmadı" for "tesisin maliyeti")
        return self.quoting(question, UNDISCLOSED_LEAD, *told)

    def untold_in_read(self, question: str, asked: Question, about: Callable[[str], bool], query_vector,
                       read: list[Document], snapshot: Snapshot) -> Answer | None:
        """The sentence of a read article saying the asked figure was not told, of what ``about`` allows, quoted
        as a refusal ("Türkmen alfabesi kursunun toplam maliyeti": "Kültür Evi, kursun toplam maliyetini
        açıklamadı", not the minaret's "projenin toplam maliyeti … açıklandı" read first)."""
        for passage in {ChunkMeta.of(p).doc_id: p for p in read}.values():
            # (the untold clause says the asked thing, the sentence as much of the question as one would: "…
            # çiftçilere tazminat ödenmesi bekleniyor, ancak tazminat miktarı henüz açıklanmadı")
            found, whole = self.best_stated(question, query_vector, passage, snapshot,
                                            lambda text: tells_undisclosed(asked, text) > 0 and about(text)
                                            and content_held(asked, text) >= UNDISCLOSED_WORDS, stating=False)
            if found:
                return self.quoting(question, UNDISCLOSED_LEAD, found, whole)
        return None

    def quoting(self, question: str, lead: str, found: list[Candidate], whole: list[Document]) -> Answer:
        """A refusal quoting the article's own sentence after its ``lead``: the source is cited, not related."""
        text, quotes = self.extractive.write(found)
        verified, sources = verify_citations(f"{lead} {text}", whole, quotes)
        return Answer(question=question, text=verified, sources=sources, refused=True)

    def told_untold(self, question: str, asked: Question, attribute: tuple[str, ...], query_vector,
                    chosen: Candidate, read: list[Document], article: str,
                    snapshot: Snapshot) -> tuple[list[Candidate], list[Document]] | None:
        """The article's sentence saying the asked thing was not told, where one holds at least two of the
        question's words and more than the chosen sentence does; the chosen one itself where it says so and
        gives nothing of the asked kind ("… desteğin miktarı açıklanmadı", not "… reddettiği 270 başvurunun
        hangi gerekçelerle reddedildiği açıklanmadı" for "kaç başvuru reddedildi?")."""
        if tells_undisclosed(asked, chosen.text) >= UNDISCLOSED_WORDS:
            return None if answers_exactly(asked, chosen.text) else ([chosen], read)
        if not tells_undisclosed(asked, article):
            return None
        # more than it, and two at least; the question's names count for neither ("Kifrili" in "başhekimi Dr.
        # Fuat Kifrili …" is no more about a donor than "Bağışçının adı … açıklanmadı")
        # (the asked attribute it says and the chosen one lacks is as much: "… alım için ayrılan toplam bütçeyi
        # açıklamadı", not the ton's price, for "… alımı için toplam ne kadar bütçe ayırdı?")
        held = max(content_held(asked, chosen.text, names=False), UNDISCLOSED_WORDS - 1)
        lacking = bool(attribute) and not any(holds_noun(chosen.text, form) for form in attribute)
        found, whole = self.best_stated(question, query_vector, read[chosen.passage - 1], snapshot,
                                        lambda text: tells_undisclosed(asked, text) > held or (
                                            lacking and tells_undisclosed(asked, text) >= UNDISCLOSED_WORDS
                                            and any(holds_noun(text, form) for form in attribute)
                                            # (not another rank's: "ikinci ve dördüncü olanlara verilen ödül
                                            # miktarlarını açıklamadı" beside the winners' "5'er bin dolar")
                                            and not another_rank(question, text)), stating=False)
        return (found, whole) if found else None

    @staticmethod
    def tells_another_thing(question: str, sentence: str, single_names: bool = False) -> bool:
        """The sentence says neither the question's deed nor any of its own words, nor every name it
        holds: its date or place is another thing's ("Amirli, 2014 yazında … IŞİD kuşatması altında kalmış" for
        "Amirli'deki spor salonunun inşaatı ne zaman tamamlandı?"; not "… Kitap Fuarı, 9 Mayıs'ta sona
        erdi" for "İkinci Kerkük Kitap Fuarı hangi gün kapandı?"). A place is another's only where the
        sentence names none of the question's names either (``single_names``: "Güney'deki ilk Norman …")."""
        terms = key_terms(question)
        about = predicate_roots(question, terms)
        # a measure's name is said by its unit ("rekor sıcaklık": "51,2 derece"); a name of several words, whole
        units = {unit for name, said in MEASURES.items() if any(stem(name).startswith(r) for r in about)
                 for unit in said.split()}
        named = [term for term in terms if term.year is None and (single_names or len(term.roots) > 1)]
        # (a word of the question's own begun there: "yeni okul ne zaman açıldı": "… yeni binada derse başladı")
        said = {word[:_SHARED_PREFIX] for word in words(turkish_lower(sentence))}
        own = {word[:_SHARED_PREFIX] for word in re.findall(r"(?<![\w'’])[a-zçğıöşü]{4,}", question)[:-1]  # (its verb)
               if word not in STOPWORDS and not _question_word(word) and not word.startswith(_TIME_WORDS)}
        return bool(about) and not roots_held(sentence, about) and not says_asked_verb(question, sentence) and not (
            own & said) and not (
            units & set(words(turkish_lower(sentence)))) and not (  # ("… süren fuarı": the fair's head word)
            named and (any if single_names else all)(roots_held(sentence, set(term.roots[-1])) for term in named))

    def said_of_period(self, question: str, frame: TimeFrame, query_vector, passage: Document, chosen: Candidate,
                       snapshot: Snapshot) -> tuple[list[Candidate], list[Document]] | None:
        """In an article dated well outside the asked period (more than the year after it, which
        reports on it throughout), the best sentence naming the period, where the chosen one does
        not: the rest of the article speaks of its own time."""
        published = ChunkMeta.of(passage).date
        if not (frame.date_from and frame.date_to and published) or (
                frame.date_from.isoformat() <= published <= f"{frame.date_to.year + 1}-12-31"):
            return None
        if _says_period(chosen.text, published, frame) or _says_period(
                _opening_and_answering(self.article_text(passage, snapshot), [chosen.text]), published, frame):
            return None  # (a column opening on "1997 yazındaki ilk yolculuğum" speaks of 1997 throughout)
        asked = Question.read(question)
        found, whole = self.best_stated(question, query_vector, passage, snapshot,
                                        lambda text: _says_period(text, published, frame) and fit(asked, text) > 0)
        return (found, whole) if found else None

    def best_stated(self, question: str, query_vector, passage: Document, snapshot: Snapshot,
                    keep: Callable[[str], bool], headline: bool = False,
                    stating: bool = True) -> tuple[list[Candidate], list[Document]]:
        """The best sentence of the passage's whole article stating what is asked among those
        ``keep`` allows, read however far below the best sentence it ranks (none when none is
        allowed), and the article's chunks it is numbered in. Never one giving the asked thing
        to another owner ("Tuzhurmatu Belediyesinin 2024 bütçesi" for "Kerkük Belediyesinin").
        ``headline``: of those giving the asked unit, the one whose answer the title repeats first.
        Not ``stating``: any sentence ``keep`` allows, whether it holds a span of the asked kind or not."""
        whole = self.article_chunks(passage, snapshot)
        stated = (self.extractive.statements(question, query_vector, whole, snapshot)[0] if stating
                  else self.extractive.scored(question, query_vector, whole, snapshot))
        # the title and the article are the same for every sentence: read once
        titled_another = anothers_possession(question, ChunkMeta.of(passage).title)
        article = "\n".join(chunk.page_content for chunk in whole)
        asked, title = Question.read(question), ChunkMeta.of(passage).title
        kept = [c for c in stated if keep(c.text) and not _of_another_owner(question, c.text, titled_another, article)
                and not _of_another_one(question, asked, c.text, article)]

        def titled(text: str) -> bool:
            return (headline and bool(asked.unit) and fit(asked, text) == 2
                    and shares_figure(short_answer(asked, text) or "", title))

        return ([max(kept, key=lambda c: (titled(c.text), c.score))] if kept else []), whole

    def giving(self, question: str, query_vector, passage: Document, snapshot: Snapshot,
               gives: Callable[[str], bool]) -> tuple[list[Candidate], list[Document]]:
        """The sentence of the passage's article that gives the asked reason or name: for a
        reason, the best of those that give one ("artışı bol yağışa bağladı" ranks below the
        harvest's figures); for a name, the best sentence, if it gives one (a name further down
        is another's)."""
        if asks_reason(question):
            return self.best_stated(question, query_vector, passage, snapshot, gives)
        whole = self.article_chunks(passage, snapshot)
        further = self.extractive.select(question, query_vector, whole, snapshot)
        return (further if further and gives(further[0].text) else []), whole

    @staticmethod
    def names_given(question: str, asked: Question, snapshot: Snapshot) -> set[str]:
        """The names the question gives, as roots, its capitalised first word too where the archive writes it as
        a name before a head ("Gölge filmini"), and a word typed in lower case the archive writes as a name
        ("orkestranın avrupa turnesi")."""
        opening = opening_term(question, key_terms(question), snapshot.spellings.names)
        typed_plain = {root(word) for word in re.findall(r"[^\W\d_]+", question) if word.islower() and len(word) > 3
                       and word not in STOPWORDS and snapshot.spellings.always_named(word)}
        return {*asked.names, *typed_plain, *([root(turkish_lower(opening.surface))] if opening else [])}

    def stating_chunks(self, asked: Question, passage: Document, snapshot: Snapshot) -> list[Document]:
        """The chunks of the passage's article that hold what the question asks for."""
        return [chunk for chunk in self.article_chunks(passage, snapshot) if answers_exactly(asked, chunk.page_content)]

    def article_chunks(self, passage: Document, snapshot: Snapshot) -> list[Document]:
        """Every chunk of the passage's article, in reading order."""
        return self.searcher.documents(snapshot.chunk_ids_of(snapshot.doc_of(passage.id or "")))

    def best_sentence(self, question: str, query_vector, passage: Document, snapshot: Snapshot) -> str | None:
        """The passage's sentence that best answers ``question`` (None: it has none)."""
        chosen = self.extractive.select(question, query_vector, [passage], snapshot)
        return chosen[0].text if chosen else None

    def key_fact(self, topic: str, passage: Document) -> str | None:
        """A chat model's one-sentence key fact of the article (unchecked; None without a chat
        model or when it fails: the caller keeps the article's own sentence)."""
        if self.generative is None:
            return None
        try:
            return self.generative.key_fact(topic, passage)
        except Exception as exc:  # an unreachable model must not cost the brief
            log.warning("LLM brief line failed (%s); using the extractive sentence", type(exc).__name__)
            return None

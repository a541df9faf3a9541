"""Narrative summaries: paragraphs of reports, several speakers a paragraph.

A municipal 会議概要 / 会議要旨 / 会議録（要点） written as prose tells, sentence after
sentence, who said what::

    　矢吹委員から、…べきではないかとの意見があった。これに対して事務局から、…と回答があった。
    　また、同委員から、…との質問があり、事務局から、…との回答があった。
    　続いて、事務局から配布資料の確認があった。

A paragraph is read sentence by sentence, and a sentence whose two reports are joined by
〜があり、 (〜がなされ、 …) with a new speaker named after the joint is read as two clauses. A
clause **reports** when it names its speaker — with から/より before a speech act, or as its
subject (…は、 …が) — and ends in the narrator's voice: the past (…があった, …された, …と述べた,
…説明を受けた; polite too, …がありました, as summaries written in です・ます調 say it), a noun of
speaking (…旨説明。), or 〜とのこと. A paragraph under a speaker's header is that speaker's
speech and is not read so: a verbatim turn that mentions a member (「先ほど山田委員から御指摘が
ありました」) stays its speaker's.

What a report carries:

- **words**: the speaker's words quoted before the noun or verb of speaking (…との意見, …と回答,
  …旨の発言, …ことが報告された, …点を指摘する発言): an opinion or a procedural point as
  ``kind`` reads the words;
- **act**: an act named without words (配布資料の確認があった, …について説明があった, 閉会を
  宣言した): the record says what was done, not what was said, as an announcement names its
  topic without asserting it (``kind``): a procedural point;
- **intro**: 「委員から次のような意見があった。」, 「…以下の説明があった。」: the sentence
  introduces what follows; no point, the speaker holds the floor for the lines below.

A report of words has the words as its point's text, whole (``framed_words``: from past the
speaker to the frame the clause ends in, 「…との意見があった。」), and the clause as written
(「矢吹委員から、…との意見があった。」) as its narration, as a narrated act has (``acted.py``);
a report of an act keeps the clause as written. Its kind is read from the words.
"""
from __future__ import annotations

import re
import re._parser as sre_parse  # the regex parser, to know how wide a pattern's match can be
from collections.abc import Callable, Iterator
from typing import TypeVar
from dataclasses import dataclass

from ..model import Kind, Line, Speaker
from ..text import NAME_CHARS
from .kind import decide, literal_led

__all__ = ["Told", "read", "agent_label", "lead_number", "joined", "lines_of", "kind_of", "clauses", "carries",
           "framed_words", "unnamed_reports", "listed", "list_cuts", "reported_again", "again_whose", "answers",
           "carries_plain", "NOTE_END",
           "several"]

#: nouns of speaking a report names (…との意見, …旨の発言, …の確認があった): the one home of the
#: vocabulary of reports (``acted.py`` reads the records written in である style with it)
SPEECH_WORDS = ("意見", "指摘", "発言", "質問", "要望", "提案", "コメント", "提言", "回答", "説明", "報告", "指示",
                "要請", "依頼", "懸念", "主張", "見解", "感想", "補足", "答弁", "問題提起", "申し出", "声", "紹介", "確認",
                "質疑", "要求", "助言", "連絡", "案内", "挨拶", "あいさつ", "宣言", "宣告", "表明", "言及", "講評",
                "総括", "所感", "発表", "講演", "お願い", "お礼", "謝辞", "答え", "問い", "指名", "進行", "提示", "発議")
SPEECH_NOUN = rf"(?:御|ご|再)?(?:{'|'.join(SPEECH_WORDS)})"
#: nouns of the acts that run a meeting, as a record names them (開会を宣言, 署名委員を指名, 原案の
#: とおり可決): what they report is the act, never words of the actor's (a procedural point)
MEETING_WORDS = ("開会", "閉会", "散会", "休憩", "再開", "開議", "延会", "指名", "採決", "可決", "否決", "承認",
                 "了承", "決定", "同意", "選出", "選任", "互選", "付議", "上程", "朗読", "配布", "配付", "議決",
                 "宣言", "宣告", "採択", "決議", "許可", "進行", "挨拶", "あいさつ")
#: verbs of those acts in the plain form or its past (開会を宣する, 採決に諮る, 閉会を告げる)
MEETING_VERBS = ("宣する", "宣す", "宣した", "諮る", "諮った", "閉じる", "閉じた", "開く", "開いた", "告げる", "告げた")
#: verbs of speaking a record in である style ends on, plain or past, besides the nouns with
#: their light verb (…と述べる, …を質した, …かと尋ねた, …と問うた; the past of the others is
#: the summaries' ``_SAID_VERB``)
SPEECH_VERBS = ("述べる", "求める", "答える", "質す", "質した", "尋ねる", "尋ねた", "問う", "問うた")
#: a note's ending in place of the narrator's past (…との意見有り。 …との質問あり。 …旨の回答有。)
NOTE_END = r"(?:が|も)?(?:有り|有|あり)"
# the narrator's past, plain or polite (summaries are written in either): …があった,
# …がありました, …がなされた, …された, …が求められた, (…を)行った, (…を)受けた
_PAST = (r"(?:(?:が|も)(?:あった|ありました|出た|出ました)"
         r"|(?:が|も)?(?:なされ|出され|示され|寄せられ|述べられ|され|行われ|求められ)(?:た|ました)"
         r"|を(?:行っ|求め|し|受け|聴取し|聞い|聴い)た|を(?:行い|求め|し|受け|聴取し|聞き|聴き)ました"
         r"|し(?:た|ました)|であった|でした|がある|があります"
         rf"|{NOTE_END}(?=[。．]?$))")
# the words quoted before the noun of speaking, anywhere in the clause (その後に事務局に説明が求められた…)
_WORDS = re.compile(
    rf"(?:との|という|といった|旨[のを]?|とする|と|ことが|ことを|よう(?:な|との|[^、。]{{0,12}}?に)?"
    rf"|(?<=[^、，])(?:か|かどうか)(?:について|を)?)(?={SPEECH_NOUN})"
    r"|(?<!関)(?<!対)(?:する|した|している)(?=(?:御|ご)?(?:意見|指摘|発言|質問|要望|提案|提言|懸念|主張))")
# verbs of speaking in the narrator's past (…と述べた, …旨を説明した, …と答えた)
SAID_STEM = (r"(?:述べ|指摘し|発言し|主張し|説明し|質問し|回答し|答え|求め|要望し|提案し|強調し|報告し|紹介し|表明し|"
              r"言及し|付言し|訴え|話し|宣言し|宣告し|確認し|助言し|依頼し|要請し|指示し|挨拶し|あいさつし|質し|尋ね|呼びかけ|呼び掛け)")
#: …旨が述べられた, …と述べられ、: the words reported in the passive, with no noun of speaking
_SAID_PASSIVE = r"が?述べられ"
_SAID_VERB = rf"(?:{SAID_STEM}|{_SAID_PASSIVE})(?:た|ました)"
# a clause in the narrator's voice that ends in a speech act: the noun and the plain past,
# the noun alone (…旨説明。), a verb of speaking in the past (…と述べた), or …とのこと
_ACT_END = re.compile(
    rf"{SPEECH_NOUN}(?:等|など)?(?:{_PAST}|(?:が|も)(?:あり|なされ|出され|示され|寄せられ)[、，])?[。．]?$"
    rf"|{_SAID_VERB}[。．]?$|(?:とのこと|との由)(?:であった|だった|である|だ|です|でした)?[。．]?$")
# the words-marker before a verb of speaking (…と述べた, …旨を説明した)
_SAID = re.compile(rf"(?:と|旨を?|ことを|よう(?:[^、。]{{0,12}}?に)?)(?={_SAID_VERB})|(?:と|旨)(?={_SAID_PASSIVE}[、，])"
                   r"|とのこと|との由")
#: the frame a report of words ends in, right after the words: the words-marker (との, という, 旨,
#: と after a predicate, a question's か, a request's よう), then the noun of speaking and the
#: narrator's past or a joint (…との意見があった。 …と説明があった。 …かについて質問があり、), the
#: noun alone (…旨説明。), or a verb of speaking in the past (…と述べた。 …よう事務局に求めた。);
#: or とのこと — anchored at the clause's end, so a marker inside the words (…という声もあるが、
#: …との意見があった) is the words'
_FRAME = re.compile(
    r"(?:との|という|といった|旨(?:の|を)?|とする|(?<=[\u3041-\u3096」』])と|ことが|ことを"
    r"|よう(?:な|との|[^、。]{0,12}?に)?|(?<=[^、，])(?:か|かどうか)(?:について|を)?)"
    rf"(?:{SPEECH_NOUN}(?:等|など)?(?:{_PAST}|(?:が|も)(?:あり|なされ|出され|示され|寄せられ|求められ"
    r"|あった(?:のに対し(?:て)?|ところ|一方(?:で)?|ものの|ほか|が))[、，]|や[、，]?|[、，])?"
    rf"|{_SAID_VERB}|{_SAID_PASSIVE}[、，])[。．]?$"
    r"|(?:とのこと|との由)(?:であった|だった|である|だ|です|でした)?[。．]?$")
#: the sentence introduces what follows (次のような意見, 以下の説明, 以下の趣旨の発言): no point of its own
_INTRO = re.compile(rf"(?:以下|次|下記|左記)の(?:ような|よう|とおり|通り)?(?:趣旨の)?(?:主な)?{SPEECH_NOUN}")
# two reports joined in one sentence: 〜の質問があり、事務局から…
# (…との質問があり、 …するよう求められ、 …と述べ、 …の説明を行い、 …説明を行った後、 …との質問があったのに対し、 then the next
# report or the narrator's 了承された)
_JOINT = re.compile(rf"(?:{SPEECH_NOUN}(?:等|など)?(?:が|も)(?:あり|なされ|出され|示され|寄せられ|求められ)"
                    rf"|{SPEECH_NOUN}(?:等|など)?(?:を(?:行い|し)|(?:を行っ|があっ)た(?:後|あと))"
                    rf"|{SPEECH_NOUN}(?:等|など)?(?:が|も)あった(?:のに対し(?:て)?|ところ)"
                    rf"|(?<=[^、，。]{{2}})(?:から|より)(?:あり|出され|示され|寄せられ|なされ)"
                    rf"|求められ|(?<=[とを旨]){SAID_STEM}|(?<=[と旨]){_SAID_PASSIVE})[、，]")
#: an act of speaking or of presenting ended by a clause of time or of sequence (…が示された後、 …を報告した後、
#: …説明があった後、 …説明を受けた後、 …あいさつの後、; …が示され、続いて …あいさつ、これに対し): a clause of its speaker's, when a
#: new speaker acts in a clause of their own after it (``clauses``: set off by a comma, or reporting an act)
_PRESENTED = r"(?:示され|出され|なされ|行われ|述べられ|提示され|報告され|説明され|紹介され|配布され|配付され)"
_TIME_JOINT = re.compile(
    rf"(?:{_PRESENTED}|{SAID_STEM}|(?:{SPEECH_NOUN})(?:等|など)?(?:(?:が|も)?(?:あっ|行われ|なされ)|を(?:受け|聴取し|聞い|聴い)))"
    r"た(?:後|あと)[、，]"
    rf"|(?:{SPEECH_NOUN})(?:等|など)?の(?:後|あと)[、，]"
    rf"|(?:(?:{SPEECH_NOUN})(?:等|など)?|{_PRESENTED}|{SAID_STEM})[、，]"
    r"(?=(?:続いて|次いで|引き続き|これに対し(?:て)?|その後)[、，]?|$)")  # (or the clause ``clauses`` cut there)
#: an act of speaking or of running the meeting named by its noun and a light verb, or by a verb of
#: running it, in the form that goes on to another clause (…に基づき説明し、 …説明を受け、 議長が議案を
#: 上程し、 …採決に諮り、): a clause of its subject's, when a new speaker's act follows it (``clauses``)
LIGHT_GOES_ON = r"(?:し|を(?:行い|し|受け|述べ|求め))"
ACT_GOES_ON = (rf"(?:{SPEECH_NOUN}|(?:{'|'.join(MEETING_WORDS)}))(?:等|など)?{LIGHT_GOES_ON}"
               r"|(?:宣し|諮り|告げ|開き|閉じ)")
_ACT_JOINT = re.compile(rf"(?:{ACT_GOES_ON})[、，]")
_SENTENCE_STOP = frozenset("。！？!?")
#: the act made right after its speaker's name when the act was named before it (…旨の説明が事務局から|あった。
#: …との意見も委員より|出された。)
MADE_AFTER_AGENT = r"(?:も)?[、，]?(?:あっ|あり|出され|示され|述べられ|寄せられ|なされ)"
#: the narrator's past right after a speaker named after the words (…との意見が山田委員から
#: あった, …と同委員より述べられた, …との質問が委員からあり、): the act was named before the name
_AFTER_AGENT = re.compile(r"(?:も)?[、，]?(?:あった|ありました|出され(?:た|ました)|示され(?:た|ました)"
                          r"|述べられ(?:た|ました)|寄せられ(?:た|ました)|なされ(?:た|ました)"
                          r"|(?:あり|出され|示され|述べられ|寄せられ|なされ)[、，])[。．]?$")
#: the words quoted before a speaker named after them: …との意見が|…と|…旨が, then the name and
#: から/より ending the text searched (the last such marker is the words' end)
_WORDS_AHEAD = re.compile(rf"(?:との|という|といった|旨の?|(?<=[\u3041-\u3096」』])と)(?:(?:{SPEECH_NOUN})(?:等|など)?(?:が|は|も)[、，]?)?"
                          r"(?=[^、，。「」『』\s\u3000]{1,24}(?:から|より)(?:は|も)?[、，,\s\u3000]?$)")


@dataclass
class Told:
    """One report of a paragraph, being read: where it stands in the joined text, who spoke,
    what it carries (``words`` or ``act``), the words, and the sentences that went on it."""

    start: int
    end: int
    speaker: Speaker
    how: str
    words: str
    more: str = ""
    at: int = 0  # where the speaker's name and its particle end, from the clause's start
    #: where the report ends, from the clause's start, when the clause goes on in the narrator's
    #: voice (…との発言があり、 before 閉会した。: ``report_body``); 0 when the report is the clause
    upto: int = 0

    def reported(self, text: str) -> str:
        """The report as written: its clause, without the narrator's words after it."""
        return text[self.start:self.start + self.upto] if self.upto else text[self.start:self.end - len(self.more)]

    def judged(self, text: str) -> tuple[Kind, str]:
        """Its kind: the report's (``kind_of``), unless a sentence that went on it says more."""
        judged = kind_of(self.reported(text), self.how, self.words)
        if self.more and judged[0] == "procedural":
            more = decide(self.more)
            if more[0] == "opinion":
                return more
        return judged


def read(text: str, agent: Agent, narrated: Callable[[str], bool],
         named: Callable[[Speaker], None]) -> tuple[list[Told], Speaker | None]:
    """The reports of a paragraph, and the speaker a last sentence introduces (委員から次のような
    意見があった。) if any. A sentence naming nobody goes on the report before it, unless it is
    the narrator's own (``narrated``: …が承認された); ``named`` hears each speaker named."""
    found: list[Told] = []
    floor: Speaker | None = None
    for a, b in clauses(text, agent):
        clause = text[a:b]
        who = agent(clause)
        how, words = carries(clause, who[1]) if who else (None, "")
        if who is not None and how == "intro":
            floor = who[0]
        elif who is not None and how is not None:
            named(who[0])
            body = report_body(clause, who[1]) or ""
            upto = len(body) if len(body) < len(clause.rstrip()) else 0
            found.extend(listed(text, a, b, Told(a, b, who[0], how, words, at=who[1], upto=upto)))
            floor = None
        elif found and reported_again(clause):
            who_again = again_whose([(text[t.start:t.end], t) for t in found], clause)
            found.extend(listed(text, a, b, Told(a, b, who_again.speaker, "words", carries(clause, 0)[1])))
        elif found and (carries(clause, 0)[0] or not narrated(clause.strip())):
            found[-1].end = b  # the same speaker goes on (また、…との意見もあった。)
            found[-1].more += clause
    return found, floor


#: a report of words listed before another in one sentence (…との意見や、…との意見があった。 …との
#: 要望、…との要望があった。: after 、 only when another report of words follows it)
_LISTED = re.compile(rf"(?:との|という|といった|旨の)(?:{SPEECH_NOUN})(?:等|など)?(?:や[、，]?|、)")


def list_cuts(text: str, a: int, b: int) -> list[int]:
    """Where the reports of words listed in ``text[a:b]`` end before the next (past …との意見や、).

    >>> t = "委員から、Ａとすべきとの意見や、Ｂとしてほしいとの要望、Ｃを急ぐべきとの要望があった。"
    >>> [t[:k] for k in list_cuts(t, 5, len(t))]
    ['委員から、Ａとすべきとの意見や、', '委員から、Ａとすべきとの意見や、Ｂとしてほしいとの要望、']
    >>> list_cuts("Ａとの意見、これを受けて事務局が検討した。", 0, 21)
    []
    """
    return [m.end() for m in _LISTED.finditer(text, a, b)
            if "や" in m.group()[-2:] or framed_words(text[m.end():b], 0)]


def reported_again(clause: str) -> bool:
    """The clause reports words naming no one, once (また、…との意見もあった。 …との要望も出された。):
    after a report, the same speaker's words again — not two reports joined (…について質問があり、
    …との回答があった。: whose, the sentence does not say) nor the narrator's (原案のとおり了承された。).

    >>> reported_again("また、財源の確保も必要との意見もあった。"), reported_again("質問があり、検討中との回答があった。")
    (True, False)
    >>> reported_again("原案のとおり了承された。"), reported_again("特に、駅前の整備が重要である。")
    (False, False)
    >>> reported_again("会員山岡誠（東地区）から、「会費の見直しは考えているのか」との質問があった。")
    False

    It says so: it opens with a connective (また、 さらに、) or reports the words as more of the
    same (…との意見も…); a framed sentence with neither goes on the report before, as it did
    (…高めたいとの説明があった。 under a report whose asker the record does not name the parse's way).

    >>> reported_again("財源の確保が必要との意見があった。"), reported_again("財源の確保が必要との意見も出された。")
    (False, True)
    """
    return (bool(framed_words(clause, 0)) and carries(clause, 0)[0] == "words" and _JOINT.search(clause) is None
            and _SOURCE_FIRST.match(clause) is None
            and (_CONNECTIVE.match(clause) is not None or _ALSO_SAID.search(clause) is not None))


#: words reported as more of the same (…との意見もあった。 …との要望も出された。)
_ALSO_SAID = re.compile(rf"{SPEECH_NOUN}(?:等|など)?も(?:あった|ありました|出され|示され|寄せられ|なされ|述べられ|{NOTE_END})")


#: a clause that opens naming its source — a name or a title, a qualifier in brackets allowed
#: (会員山岡誠（東地区）から、「…」との質問があった。), then から/より — names someone: no report again
_SOURCE_FIRST = re.compile(r"(?:(?:続いて|次に|また|さらに|最後に)[、，]?)?"
                           rf"[{NAME_CHARS}・]{{2,20}}"
                           r"(?:[（(][^（）()、。]{1,16}[）)])?(?:から|より)(?:は|も)?[、，「]")


#: nouns of a report that answer or explain (…との回答, …旨の説明): not a view from the floor
_ANSWER_WORDS = ("回答", "答弁", "答え", "説明", "報告", "補足")

T = TypeVar("T")


def answers(clause: str) -> bool:
    """The report's frame names an answer or an explanation (…との回答があった。).

    >>> answers("事務局から、対応するとの回答があった。"), answers("委員から、増やすべきとの意見があった。")
    (True, False)
    """
    m = _FRAME.search(clause.rstrip())
    return m is not None and any(w in m.group() for w in _ANSWER_WORDS)


def again_whose(before: list[tuple[str, T]], clause: str) -> T:
    """Whose words a clause naming no one reports again (``reported_again``), of the reports
    ``before`` it (each its clause and what stands for it): the last one's — but a view
    (また、…との意見もあった。) after a question and its answer is the asker's side, the last report
    that is no answer (総代から、…との要望があり、専務理事から、…との回答があった。 / また、…との意見
    もあった。: the 総代's).

    >>> again_whose([("委員から、…との質問があり、", "委員"), ("事務局から、…との回答があった。", "事務局")],
    ...             "また、…すべきとの意見もあった。")
    '委員'
    """
    if not answers(clause):
        for text, who in reversed(before):
            if not answers(text):
                return who
    return before[-1][1]


def listed(text: str, a: int, b: int, told: Told) -> list[Told]:
    """A report of words (``told``, the clause ``text[a:b]``) as the reports it lists, one a
    point, each of its speaker (…すべきとの意見や、…してほしいとの意見があった。 → two); itself
    when it lists none.

    >>> t = "委員から、空き教室を活用すべきとの意見や、安全を確保してほしいとの意見があった。"
    >>> sp = Speaker("委員", "", "委員", "member")
    >>> [(t[r.start:r.end], r.words, r.at) for r in listed(t, 0, len(t), Told(0, len(t), sp, "words", "", at=5))]
    [('委員から、空き教室を活用すべきとの意見や、', '空き教室を活用すべき', 5), ('安全を確保してほしいとの意見があった。', '安全を確保してほしい', 0)]
    """
    if told.how != "words":
        return [told]
    cuts = list_cuts(text, a + told.at, b)
    if not cuts:
        return [told]
    found = []
    for k, (s, e) in enumerate(zip([a, *cuts], [*cuts, b])):
        at = told.at if k == 0 else 0
        how, words = carries(text[s:e], at)  # (…との意見や、 ends in no act: its words framed)
        upto = told.upto - (s - a) if told.upto and e == b else 0  # the narrator's words after the last
        found.append(Told(s, e, told.speaker, how or "words", words if how else framed_words(text[s:e], at), at=at,
                          upto=upto))
    return found


# the characters before から/より, a space inside a name allowed (矢吹 委員, 矢吹　太郎 委員)
_NAME_RUN = re.compile(r"(?:[^\s\u3000、。,，「」『』]{1,12}[\s\u3000]{1,2}){0,2}[^\s\u3000、。,，「」『』]{1,40}$")
# a numbering before the label: （１）, 1., 1), ⑴, ①, or digits alone (1 事務局, and 1会長: ① as NFKC
# leaves it) — digits are a label's own only with their counter (３番, 12番議員, 1号委員)
_LEAD_NUMBER = re.compile(r"^(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[．.)）]"
                          r"|[0-9０-９]{1,2}(?![0-9０-９番号名人件回期区班組条項款目年月日時分次位等])"
                          r"|[\u2460-\u2473\u2474-\u2487])")
_SPACE = re.compile(r"[\s\u3000]+")
_KANA = re.compile(r"[\u3041-\u309f]+")
_PARTICLE_END = frozenset("たてしのにとはがもでや")
_WORD_KANA = frozenset(("ども", "どもの"))  # 子ども政策課, 子どもの権利委員: the kana of a word, no particle
#: the words before an anonymous speaker that say which of them (ある委員, 複数の理事): no part of the label
DETERMINER = (r"(?:ある|一人の|１人の|1人の|二人の|複数の|何人かの|多くの|大方の|大多数の|全ての|すべての|他の|ほかの|別の|数名の"
              r"|多数の|一部の|各)")
#: a connective that opens a clause before its subject or its words (また、委員は、…; 続いて、事務局が、…)
CONNECTIVE = r"(?:また|さらに|これに対し(?:て)?|一方|このほか|他方|続いて|次に|最後に|その後|これを受けて)"
_DETERMINER = re.compile(rf"^{DETERMINER}")
#: who attends for a body, unnamed, as summaries name the government's or another body's people
#: (財務省の出席者から、以下の趣旨の発言があった。 — the Bank of Japan's 議事要旨; 中小企業庁の担当者):
#: its の is no particle ending a clause (``agent_label``), the body is read by ``parser.body_speaker``
BODY_ATTENDEE = re.compile(r"の?(?P<who>出席者|担当者|代表者|説明者)$")


def lead_number(text: str) -> int:
    """Where the words begin past the numbering a report's line opens with (``_LEAD_NUMBER``:
    （１）, 1., ①, or digits alone before the label, 1 事務局 and 1会長 — ① as NFKC leaves it), the
    spaces after it too; 0 when there is none.

    >>> [lead_number(t) for t in ("1会長から", "2 原副会長より", "①事務局", "12番委員から", "2024年度")]
    [1, 2, 1, 0, 0]
    """
    m = _LEAD_NUMBER.match(text)
    return 0 if m is None else len(text) - len(text[m.end():].lstrip())


def agent_label(before: str) -> str:
    """The label a report's speaker is named by, from the text before から/より: the run of
    characters up to it, cut after the last kana that follows a kanji (これに対して事務局 →
    事務局, 出席した県環境政策課 → 県環境政策課; a name that starts in kana stays: さくら市商工会),
    without a numbering or a determiner before it (（１）事務局, 複数の委員, ある委員).

    >>> [agent_label(t) for t in ("これに対して事務局", "また、同委員", "オブザーバーとして出席した県環境政策課",
    ...                           "さくら市商工会", "ある委員", "（２）事務局")]
    ['事務局', '同委員', '県環境政策課', 'さくら市商工会', '委員', '事務局']
    >>> agent_label("これに対し子ども政策課長"), agent_label("事務局（子ども政策課長）"), agent_label("矢吹 委員")
    ('子ども政策課長', '事務局（子ども政策課長）', '矢吹委員')
    >>> agent_label("事務局 "), agent_label("議事（２）について、村田座長\u3000")
    ('事務局', '村田座長')
    >>> agent_label("オブザーバーとして出席したあおい交通協会"), agent_label("また、中小企業庁の担当者")
    ('あおい交通協会', '中小企業庁の担当者')
    >>> [agent_label(t) for t in ("1会長", "2 大野委員", "３）事務局", "12番議員", "1号委員", "３番（田中）")]
    ['会長', '大野委員', '事務局', '12番議員', '1号委員', '３番（田中）']
    """
    m = _NAME_RUN.search(before.rstrip(" \u3000"))  # (事務局 より、: a space before the particle)
    if m is None:
        return ""
    run = _LEAD_NUMBER.sub("", _SPACE.sub("", m.group()))
    attending = BODY_ATTENDEE.search(run)
    tail = attending.group() if attending is not None and attending.start() > 0 else ""
    run = run[:len(run) - len(tail)]
    cut = 0
    for k in _KANA.finditer(run):
        if k.start() > 0 and k.end() < len(run) and k.group() not in _WORD_KANA:
            # after the particle or verb ending the run holds last (出席したあおい交通 → あおい交通)
            ends = [j for j in range(k.start(), k.end()) if run[j] in _PARTICLE_END]
            cut = ends[-1] + 1 if ends else k.end()
    return (_DETERMINER.sub("", run[cut:]) or run[cut:]) + tail


#: after a sentence's stop, the frame that reports the words before it (…急ぐべきである。特に…多い。
#: との意見があった。, …。旨の発言があった。): the words go on to it, no sentence ends there
WORDS_GO_ON = re.compile(r"[\s\u3000]*(?:との|という|といった|旨[のをがと]|と(?:述べ|発言|指摘|説明|回答|答え|質問|要望|提案"
                         r"|意見|報告|主張|強調))")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The sentences of a paragraph (。！？ end one outside 「」), as spans.

    >>> t = "委員から、「まず。次に」との意見があった。事務局から回答があった。"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['委員から、「まず。次に」との意見があった。', '事務局から回答があった。']
    >>> t = "理事より，１．５倍とする案が示された．監事より指摘があった．"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['理事より，１．５倍とする案が示された．', '監事より指摘があった．']

    The words reported may hold sentences of their own, unquoted, before the frame that reports
    them (``WORDS_GO_ON``): one sentence to the frame's end.

    >>> t = "委員から、更新を急ぐべきである。特に遊具が古い。との意見があった。事務局から回答があった。"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['委員から、更新を急ぐべきである。特に遊具が古い。との意見があった。', '事務局から回答があった。']
    """
    depth, start = 0, 0
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        elif (ch in _SENTENCE_STOP or ch == "．" and i and not text[i - 1].isdigit()) and depth == 0:
            # ．as academic societies end a sentence (…報告された．), not in a number (１．５倍, １．報告)
            spans.append((start, i + 1))
            start = i + 1
    if text[start:].strip():
        spans.append((start, len(text)))
    yield from framed_spans(text, spans) if "。と" in text or "。旨" in text or "。 と" in text else spans


def framed_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences of ``text``) with the words a frame reports after their last stop
    joined to it: a sentence opened by the frame (``WORDS_GO_ON``: ``との意見があった。``) goes on the
    sentences before it back to the one that names the speaker (から/より, は、) — at most
    ``_WORDS_SENTENCES`` back, else back to a sentence in the narrator's past (…た。), exclusive.

    >>> t = "事務局から説明があった。委員から、Ａである。Ｂも多い。との意見があった。"
    >>> [t[a:b] for a, b in framed_spans(t, [(0, 12), (12, 22), (22, 27), (27, 36)])]
    ['事務局から説明があった。', '委員から、Ａである。Ｂも多い。との意見があった。']
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if not out or WORDS_GO_ON.match(text, a) is None:
            out.append((a, b))
            continue
        back = len(out) - 1
        for k in range(len(out) - 1, max(-1, len(out) - 1 - _WORDS_SENTENCES), -1):
            if _WORDS_OPENER.search(text[out[k][0]:out[k][1]][:40]):
                back = k
                break
        else:
            for k in range(len(out) - 1, max(-1, len(out) - 1 - _WORDS_SENTENCES), -1):
                if text[out[k][0]:out[k][1]].rstrip().endswith("た。"):
                    break
                back = k
        out[back:] = [(out[back][0], b)]
    return out


#: how many sentences of words a frame may report after their last stop
_WORDS_SENTENCES = 4
#: a sentence that names who the words are from (委員から、 事務局より 会長は、)
_WORDS_OPENER = re.compile(r"(?:から|より)(?!の)[はも]?[、，,\s\u3000]|(?:から|より)(?=[^、。]{0,3}$)|^[^、。]{1,20}[はが][、，]")


Agent = Callable[[str], "tuple[Speaker, int] | None"]  # a clause's speaker and where its name ends


def clauses(text: str, agent: Agent) -> Iterator[tuple[int, int]]:
    """The sentences, each cut after 〜があり、 where a new speaker is named after the joint
    (「…との質問があり、事務局から…との回答があった。」: two reports)."""
    for start, end in sentence_spans(text):
        at = start
        for m in sorted((*_JOINT.finditer(text, start, end), *_ACT_JOINT.finditer(text, start, end),
                         *_TIME_JOINT.finditer(text, start, end)), key=lambda m: m.start()):
            if m.start() < at:
                continue
            who = agent(rest := text[m.end():end])
            if who is not None and (m.re is _JOINT or _acts_anew(rest, who[1])):
                yield at, m.end()
                at = m.end()
        yield at, end


def _acts_anew(rest: str, agent_end: int) -> bool:
    """After an act that goes on (…に基づき説明し、), the speaker named next acts in a clause of
    their own: set off by a comma (…説明し、委員から、…との意見があった), or reporting an act
    with no words (…説明し、委員から質問がなされた) — not a name inside words reported across the
    joint (委員から、住民に説明し、住民から意見を聞くべきとの意見があった)."""
    return rest[agent_end - 1:agent_end] in ("、", "，") or carries(rest, agent_end)[0] == "act"


def several(first: str, lines: list[Line]) -> bool:
    """A paragraph may hold more than one report: a sentence ends before its last line's end,
    or a joint 〜があり、 (〜があったのに対し、 〜があったところ、) stands in it (the cheap test before reading it clause by clause)."""
    text = "".join([first, *(l.text for l in lines[1:])]).rstrip()
    return ("。" in text[:-1] or "あり、" in text or "あり，" in text or "あったのに対し" in text or "あったところ" in text
            or _TIME_JOINT.search(text) is not None)


def carries(clause: str, agent_end: int) -> tuple[str | None, str]:
    """What a clause whose speaker's name ends at ``agent_end`` carries, and the words.

    >>> carries("委員から、計画を見直すべきとの意見があった。", 4)
    ('words', '計画を見直すべき')
    >>> carries("副会長から、補助の対象に含まれるのかについて確認があった。", 5)
    ('words', '補助の対象に含まれるの')
    >>> carries("事務局から配布資料の確認があった。", 5), carries("委員から次のような意見があった。", 4)
    (('act', ''), ('intro', ''))
    >>> carries("事務局から、資料を配布する。", 5), carries("委員から、駅前の整備を急ぐべきとの意見がありました。", 4)
    ((None, ''), ('words', '駅前の整備を急ぐべき'))
    >>> carries("座長から、論点を整理するよう事務局に求めた。", 4), carries("事務局から資料１の説明を行い、了承された。", 5)
    (('words', '論点を整理する'), ('act', ''))
    """
    body = report_body(clause, agent_end)
    if body is None:
        return None, ""
    rest = body[agent_end:]
    if _INTRO.search(rest):
        return "intro", ""
    m = _WORDS.search(rest) or _SAID.search(rest)
    if m is not None:
        return "words", rest[:m.start()].lstrip("、，, \u3000")
    ahead = words_ahead(body[:agent_end])
    if ahead:
        return "words", ahead
    return "act", ""


#: what a clause holds wherever its speaker's name ends, when ``report_body`` finds a report in
#: it: a speech act or the narrator's past at its end (``_ACT_END``, ``_AFTER_AGENT``: searched from
#: where their widest match can start) or a joint anywhere (``_JOINT``, ``_ACT_JOINT`` written literal-led: ``kind.literal_led``) — the cheap
#: test before the agent is looked for (``may_report``); compiled on first use
_may_report_forms: tuple[re.Pattern[str], re.Pattern[str]] | None = None
#: the widest match of ``_ACT_END`` and ``_AFTER_AGENT`` (no look behind in either)
_END_WIDTH = max(sre_parse.parse(rx.pattern).getwidth()[1] for rx in (_ACT_END, _AFTER_AGENT))


def may_report(clause: str) -> bool:
    """False when ``report_body(clause, e)`` is None for every ``e`` (so ``carries`` reads
    nothing, wherever the agent's name ends): the gate before ``agent_of``'s search (~40 µs on a
    line of speech that holds から/より). tests/test_throughput_fast_paths.py holds it to
    ``report_body``.

    >>> may_report("委員から、計画を見直すべきとの意見があった。"), may_report("地域経済の面から重要。")
    (True, False)
    >>> may_report("事務局から資料に沿って説明し、了承された。"), may_report("との意見が山田委員からあった")
    (True, True)
    """
    global _may_report_forms
    if _may_report_forms is None:
        _may_report_forms = (re.compile(f"{_ACT_END.pattern}|{_AFTER_AGENT.pattern}"),
                             re.compile(literal_led(f"{_JOINT.pattern}|{_ACT_JOINT.pattern}|{_TIME_JOINT.pattern}")))
    ends, joints = _may_report_forms
    body = clause.rstrip()
    return ends.search(body, len(body) - _END_WIDTH) is not None or joints.search(body) is not None


def report_body(clause: str, agent_end: int) -> str | None:
    """The part of a clause that is its report: the clause when it ends in a speech act, else up to
    the last joint that ends one (…との発言があり、 …資料に沿って説明し、: what follows, 閉会した。
    了承された。, is the narrator's); None when it reports nothing.

    >>> report_body("監事から、透明性を高めてほしいとの発言があり、閉会した。", 5)
    '監事から、透明性を高めてほしいとの発言があり、'
    >>> report_body("事務局から資料に沿って説明し、了承された。", 5), report_body("事務局から資料を配った。", 5)
    ('事務局から資料に沿って説明し、', None)
    """
    body = clause.rstrip()
    if _ACT_END.search(body) or agent_end and _AFTER_AGENT.match(body, agent_end):
        return body
    # …するよう指示があり、了承された: the report, then the narrator
    ends = [m.end() for rx in (_ACT_JOINT, _TIME_JOINT) for m in rx.finditer(body, agent_end)]
    ends += [m.end() for m in _JOINT.finditer(body)]
    return body[:max(ends)] if ends else None


def framed_words(clause: str, agent_end: int) -> str:
    """The words a report quotes whole, from past its speaker (``agent_end``: where the name
    and its particle end; 0 when it names none) to the frame it ends in (``_FRAME``: …との意見が
    あった。, …と説明があった。, …と述べた。); empty when it ends in no such frame (an act
    without words, the words before the speaker's name).

    >>> framed_words("委員から、利用者という声もあるが、対象を広げるべきとの意見があった。", 5)
    '利用者という声もあるが、対象を広げるべき'
    >>> framed_words("これに対し、事務局から、年度内に示すと説明があった。", 12), framed_words("事務局から資料の説明があった。", 5)
    ('年度内に示す', '')
    >>> framed_words("・対象を広げるべきとの指摘がなされた。", 0), framed_words("委員から、足りるかについて質問があり、", 5)
    ('対象を広げるべき', '足りる')
    >>> framed_words("委員から、支援はどうなっているのかとの質問があったのに対し、", 5)
    '支援はどうなっているのか'
    >>> framed_words("また、財源の確保も必要との意見もあった。", 0)
    '財源の確保も必要'

    """
    body = clause.rstrip()
    m = _FRAME.search(body, agent_end)
    if m is None:
        return ""
    if not agent_end and (lead := _CONNECTIVE.match(body)) is not None:
        agent_end = lead.end()  # また、…との意見もあった。: the connective no part of the words
    words = body[agent_end:m.start()].strip("、，, \u3000・")
    return words if len(words) >= 2 else ""


#: a report of words ending inside a sentence, the next one after it naming no one (…との意見が
#: あった一方、…との意見もあった。 …との指摘があり、…): where a bullet of a group's views holds two
_INNER_REPORT = re.compile(
    rf"(?:との|という|といった|旨の?)(?:{SPEECH_NOUN})(?:等|など)?(?:が|も)"
    r"(?:あった|あり|ある|出され|出た|示され|なされ|寄せられ)(?:一方(?:で)?|が|ものの|ほか)?[、，]")


def unnamed_reports(text: str) -> list[str]:
    """The reports of words a sentence naming no one holds, each as written (a group's bullet:
    ・…べきとの意見があった一方、…すべきとの意見もあった。 → two); the text alone when it holds one.

    >>> unnamed_reports("規制を強めるべきとの意見があった一方、負担に配慮すべきとの意見もあった。")
    ['規制を強めるべきとの意見があった一方、', '負担に配慮すべきとの意見もあった。']
    >>> unnamed_reports("財源の確保が必要との指摘があった。")
    ['財源の確保が必要との指摘があった。']
    """
    cuts = [m.end() for m in _INNER_REPORT.finditer(text) if m.end() < len(text.rstrip())]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]


def words_ahead(before: str) -> str:
    """The words a report quotes before its speaker's name (…との意見が山田委員から, …ないかと
    同委員より): the text from the clause's start (a connective aside) to the last words-marker
    that only a name stands after (a bare と after a predicate's kana: …ないかと; 山田委員と事務局
    から names two people); empty when there is none.

    >>> words_ahead("駅前の整備を急ぐべきとの意見が山田委員から"), words_ahead("これに対し、AとBは別とする旨が事務局から")
    ('駅前の整備を急ぐべき', 'AとBは別とする')
    >>> words_ahead("事務局から"), words_ahead("山田委員と事務局から")
    ('', '')
    """
    last = None
    for last in _WORDS_AHEAD.finditer(before):
        pass
    if last is None:
        return ""
    words = _CONNECTIVE.sub("", before[:last.start()]).lstrip("、，, \u3000")
    return words if len(words) >= 4 else ""


#: a connective that opens a clause, no part of the words after it
_CONNECTIVE = re.compile(rf"^[\s\u3000]*{CONNECTIVE}[、，]")


# the light verb a record in である style puts after the noun of an act (説明する, 質問した,
# 意見を述べた, 答弁を行った, …との意見である)
_LIGHT = r"(?:する|した|を行う|を行った|を述べる|を述べた|を求める|を求めた|である|であった)?"
#: a clause of a record in である style that ends in an act: the noun of speaking or of running
#: the meeting alone or with its light verb (…と質問。 資料に基づき説明。 原案のとおり可決。 意見を
#: 述べた。), a verb of running it (開会を宣する。), or a verb of speaking in the past (…と強調した。)
PLAIN_ACT_END = re.compile(
    rf"(?:(?P<noun>{SPEECH_NOUN}|(?:{'|'.join(MEETING_WORDS)}))(?:等|など)?{_LIGHT}"
    rf"|(?P<verb>{'|'.join(MEETING_VERBS)})|{'|'.join(SPEECH_VERBS)}|{_SAID_VERB})[。．]?$")
# what marks the words just before the act (…と質問, …との意見を述べた, …旨を答弁, …ことを報告,
# …はないか質問, …するよう要望)
_WORDS_BEFORE = re.compile(r"(?:(?:との|という|といった|と|旨を?|旨の|ことを|(?<=[^、，\s])か(?:どうか)?(?:について|を)?"
                           r"|よう(?:に)?)[、，]?"
                           # …と祝辞を(述べた), …との決意を, …旨の所信を: the words, then what the act names them
                           r"|(?:との|(?<=[\u3041-\u3096」』])と|旨の)[\u4e00-\u9fff]{1,4}を)$")
#: the greeting an act of running the meeting may be (開会のあいさつ): words said before it are the speaker's
GREETINGS = ("挨拶", "あいさつ")


def carries_plain(clause: str, agent_end: int) -> tuple[str | None, str, str]:
    """What a clause of a record in である style carries, its actor's name ending at
    ``agent_end`` (``acted.py``): ``act`` for an act that runs the meeting or one named
    without words, ``words`` with the words reported before a speech act, ``intro`` for one
    that introduces what follows; and the act as written (None when the clause ends in no act).

    >>> carries_plain("菅野委員が、補助を増やすべきではないかと質問。", 5)
    ('words', '補助を増やすべきではないか', '質問')
    >>> carries_plain("学務課長が資料に基づき説明。", 5), carries_plain("教育長、開会を宣する。", 4)
    (('act', '', '説明'), ('act', '', '宣する'))
    >>> carries_plain("会長が採決に諮り、全員異議なく原案のとおり可決。", 3)
    ('act', '', '可決')
    >>> carries_plain("局長は、着工前に確認する旨を答弁。", 3), carries_plain("委員は、慎重に審議すべきとの意見を述べた。", 3)
    (('words', '着工前に確認する', '答弁'), ('words', '慎重に審議すべき', '意見を述べた'))
    >>> carries_plain("委員が資料を読んだ。", 3)
    (None, '', '')
    """
    body = clause.rstrip()
    m = PLAIN_ACT_END.search(body, max(agent_end, len(body) - 24))
    if m is None:
        return None, "", ""
    act = m.group().rstrip("。．")
    noun = m["noun"] or ""
    rest = body[agent_end:m.start()]
    w = _WORDS_BEFORE.search(rest)
    if (m["verb"] or noun.lstrip("御ご再") in MEETING_WORDS) and not (
            w is not None and (w.group()[0] == "旨" or noun.lstrip("御ご") in GREETINGS)):
        return "act", "", act  # (an act of running the meeting whose words a 旨 clause gives — …成立している旨を宣した
        # — or a greeting's before と — …全力を挙げたいとあいさつした — reports what was said)
    if _INTRO.search(body, agent_end):
        return "intro", "", act
    words = rest[:w.start()].strip("、，, \u3000") if w is not None else ""
    return ("words", words, act) if words else ("act", "", act)


def kind_of(sentence: str, how: str, words: str,
            formula: Callable[[str], bool] | None = None) -> tuple[Kind, str]:
    """The kind of a reported point: procedural when the sentence as written or the words
    perform an act of running the meeting (``kind.decide``, which reads the plain style of the
    words as the polite form the speaker said them in: …に移る → …に移ります), or when it names
    an act without words; otherwise an opinion, the evidence the words'."""
    if how != "words" or not words:
        return "procedural", "reported act"
    whole = decide(sentence, formula)
    if whole[0] == "procedural":
        return "procedural", f"reported: {whole[1]}"
    said = decide(words.rstrip("。．") + "。", formula)
    return said[0], f"reported: {said[1]}"


def joined(first: str, lines: list[Line]) -> tuple[str, list[int]]:
    """The paragraph's text joined as ``parser.join_lines`` joins it, and where each of its
    lines starts in it (a blank line starts where the next one does)."""
    parts: list[str] = []
    starts: list[int] = []
    n, last = 0, ""
    for t in [first, *(l.text for l in lines)]:
        t = t.strip().strip("\u3000")
        if t and last and last.isascii() and last.isalnum() and t[0].isascii() and t[0].isalnum():
            parts.append(" ")
            n += 1
        starts.append(n)
        if t:
            parts.append(t)
            n += len(t)
            last = t[-1]
    return "".join(parts), starts


def lines_of(starts: list[int], total: int, a: int, b: int) -> tuple[int, int]:
    """The first and last of a paragraph's lines that hold text of the span [a, b)."""
    ends = [*starts[1:], total]
    held = [k for k, (s, e) in enumerate(zip(starts, ends)) if s < e and s < b and e > a]
    return held[0], held[-1]

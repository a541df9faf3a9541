"""A published interview or dialogue (教育長インタビュー, 対談, 鼎談, 広報誌の座談会), as a .txt, a
.docx or a PDF's text gives it: the questions marked, the answers often not labelled at all,
the one who answers named only in the title or the front matter:

    教育長に聞く　佐伯 修 教育長                 ← the title: who answers (a person, a title)
    （聞き手：広報編集部 木下）                   ← who asks (the front matter)
    ――本日はありがとうございます。…            ← a question (――, ──, —— or －－ before it)
    　四月に教育長を拝命しました。…             ← the answer: no label, up to the next question
    【プロフィール】 / さえき・おさむ …          ← the profile (プロフィール, 略歴, 経歴): front matter

or with labels on both sides: ``聞き手：…`` / ``佐伯：…``, ``Ｑ　…`` / ``Ａ　…``, ``問　…`` /
``答　…``, ``【問】…`` / ``【答】…``, and a 対談's surnames (``木下：…`` / ``佐伯：…`` / ``南：…``)
with its moderator (司会).

Each question's line and each answer's first line becomes a turn's line (cue ``interview``: the
label — the mark as written, ``聞き手`` for a dash, ``回答`` for an answer with none —, U+3000,
the speech on the line); the lines below go on the turn as they stand (the answer's paragraphs
its points, across blank lines and page breaks); a profile's lines are cued ``profile`` (front
matter wherever they stand). Who each label is (``Cast``) is read from the lines above the first
turn with the role table, by the parser (``table_steps.interview_step``): the asker is the one
the front matter names after 聞き手 (else ``聞き手``, role other), the moderator the one named
after 司会 (role chair), an answer with no name of its own the person the title names (``佐伯 修
教育長``: name and title, the role the title's), else the title alone (``市長インタビュー``), else
``回答者`` (no one named: ``review`` says so), never a guess; a surname label the person of the
front matter whose name begins with it.

The form is decided from the file, never from one line: two dash questions or more with
unlabelled text after them, or two labelled questions or more answered by labelled answers —
the marks Ｑ/Ａ, 問/答 and a dialogue's surnames only where the title or the front matter says
it is an interview (インタビュー, に聞く, 対談, 鼎談, 座談会, 聞き手). A press conference's record
(記者会見) and a text with speakers' headers of its own (○…) are left as read.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..i18n import N_
from ..model import Line, Role, SourceText, Speaker, SpeakerReading
from ..text import PLACE_ENDS, UNIT_ENDS, is_page_number, page_foot

if TYPE_CHECKING:
    from ..minutes.parsed import Para

_SP = "[ \u3000\t]"
#: a question after a dash: ――本日は…, ── 本日は…, —— …, －－…, ―本日は…
_DASH = re.compile(rf"^{_SP}*(?:[―─—━]{{1,3}}|[－\-]{{2,3}}|ー{{2,3}}){_SP}*(?P<said>[^―─—━－\-ー\s\u3000].*)$")
#: the words that ask: a mark of the question, the asker's word
_ASKS = frozenset(("Ｑ", "Q", "問", "問い", "質問", "聞き手", "インタビュアー", "聞き手・構成", "編集部"))
#: the words of who runs a dialogue (role chair)
_MODERATES = frozenset(("司会", "進行", "コーディネーター", "ファシリテーター"))
#: the marks of the answer (no one named by them)
_ANSWERS = frozenset(("Ａ", "A", "答", "答え", "回答"))
#: a labelled line: 【問】…, （答）…, Ｑ　…, Ｑ．…, Ａ１：…, 聞き手：…, 佐伯：…, 司会　… (the word then a space)
_LABELLED = re.compile(
    rf"^{_SP}*(?:[【［\[（(〔＜<]{_SP}*(?P<bracketed>[^】］\]）)〕＞>\s\u3000]{{1,8}}){_SP}*[】］\]）)〕＞>]{_SP}*[:：]?"
    rf"|(?P<mark>[ＱＡQA問答])[0-9０-９]{{0,2}}(?:{_SP}*[.．:：]|{_SP}+)"
    rf"|(?P<word>聞き手|インタビュアー|司会|進行|コーディネーター|ファシリテーター|問い|答え)"
    rf"(?P<wname>{_SP}*[（(][^）)]{{1,16}}[）)])?(?:{_SP}*[:：]|{_SP}+)"
    rf"|(?P<name>[^\s\u3000:：。、，,「」『』（）()【】0-9０-９]{{1,6}}){_SP}*[:：])"
    rf"{_SP}*(?P<said>\S.*)$")
#: what says the text is an interview or a dialogue (the title or the front matter)
_INTERVIEW = re.compile(r"インタビュー|に聞く|にきく|に訊く|に聞きました|に聞いた|が語る|対談|鼎談|座談会|聞き手|インタビュアー")
#: a press conference's record: another reader's (``minutes.press``)
_PRESS = re.compile(r"記者会見|会見録|会見要旨")
#: a speaker's header the parser reads itself (○佐伯教育長　…): no interview's
_HEADER = re.compile(rf"^{_SP}*[○〇◯◎]\S", re.M)
#: the first characters of a dash question
_DASH_FIRST = frozenset("―─—━－-ー")
#: a line opened by dashes (the gate: a dash interview has two at least)
_DASH_START = re.compile(rf"^{_SP}*(?:[―─—━]|[－\-]{{2}}|ーー)", re.M)
#: how far into the text its title and front matter stand (the head's words are looked for there)
_HEAD_CHARS = 600
#: the heading of the profile: プロフィール, 【略歴】, ■経歴, 〈プロフィール〉
_PROFILE = re.compile(rf"^{_SP}*[【［\[（(〈＜<■□◆◇●]?{_SP}*(?:プロフィール|略歴|経歴|profile|Profile|PROFILE)"
                      rf"(?:{_SP}*[】］\]）)〉＞>]{_SP}*[:：]?|{_SP}*[:：]|(?={_SP})|$){_SP}*(?P<rest>.*)$")
#: a profile with no heading, opened by the name written as names are and its reading in brackets
#: (杉浦　誠二（すぎうら・せいじ）　みずなみ市出身。…), or by the name, a space and where the person was
#: born (西田 美和　さくらだ市生まれ。…)
_PROFILE_NAME = re.compile(
    rf"^{_SP}*(?:(?P<name>[一-龥々〆ヶ]{{1,4}}{_SP}?[一-龥々〆ヶぁ-んァ-ヴ]{{1,4}}){_SP}*[（(][ぁ-んァ-ヴー]+[・{_SP[1:-1]}][ぁ-んァ-ヴー]+[）)]"
    rf"|(?P<spaced>[一-龥々〆ヶ]{{1,4}}{_SP}[一-龥々〆ヶぁ-んァ-ヴ]{{1,4}}){_SP}+(?=[^。]{{0,20}}(?:出身|生まれ)))(?P<rest>.*)$")
#: a photo's caption (写真：…と話す杉浦教育長, （写真）…, 写真右＝…, ▲…): the page's, never an answer
_CAPTION = re.compile(rf"^{_SP}*(?:[（(［\[【〔〈＜]{_SP}*写真[^）)］\]】〕〉＞]{{0,6}}[）)］\]】〕〉＞]"
                      rf"|写真[左右上下中央・0-9０-９]*{_SP}*[:：＝=]|[▲△↑]{_SP}*\S)")
#: a credit under the article: 聞き手・構成：広報係　上野, 取材・文＝…, （文・写真　広報係）
_CREDIT_WORDS = re.compile(rf"^{_SP}*[（(]?{_SP}*(?:聞き手|インタビュアー|構成|取材|文|写真|撮影|編集|まとめ)"
                           rf"(?:[・／/](?:聞き手|構成|取材|文|写真|撮影|編集|まとめ))*{_SP}*[:：＝=]")
#: a 小見出し between the turns: a heading mark, a few words and no sentence's end (■　就任の思い)
_HEADING = re.compile(rf"^{_SP}*[■□◆◇●○◎▼▽★☆◼︎]{_SP}*[^。、]{{1,30}}$")
#: a sentence's end: a question's last line
_END = frozenset("。？?！!」』）)")
#: the front matter's keys whose words name no speaker (日時：…, 場所：…)
_FRONT_KEY = re.compile(r"(?:日時|日付|場所|会場|出席者?|欠席者?|発行|編集|構成|撮影|文|写真|取材|掲載|期日|開催日?|テーマ|題|件名|備考|注)")
_LEAST = 2
#: speech holds kana (a front matter's 聞き手：広報編集部 木下 holds none)
_KANA = re.compile(r"[ぁ-んァ-ヴ]")

#: the evidence of the form's reading (``assembler review`` shows it with its lines)
_READ = N_("an interview or a dialogue: each question (――, 聞き手, Ｑ, 問) is the asker's turn, the text up to the "
           "next question the answer's — the person the title or the front matter names, else 回答者; a profile "
           "(プロフィール, 略歴) is front matter")


def read_interview(src: SourceText) -> SourceText | None:
    """The lines of an interview, cued for the parser (see the module); None when the text is
    no interview (read as it was)."""
    texts = [line.text for line in src.lines]
    joined = "\n".join(texts)
    # the cheap gate every text goes through: two lines opened by dashes, or words that say interview
    if len(_DASH_START.findall(joined)) < _LEAST and "聞き手" not in joined and "インタビュアー" not in joined \
            and _INTERVIEW.search(joined, 0, _HEAD_CHARS) is None:
        return None
    if _PRESS.search(joined, 0, _HEAD_CHARS) or _HEADER.search(joined):
        return None
    turns = _dash_turns(texts) or _labelled_turns(texts) or _sentence_turns(texts, joined)
    if turns is None:
        return None
    first = min(turns)
    profile = _profile(texts, turns) | _credit_line(texts, max(turns)) | _credit_block(texts, max(turns)) \
        | _captions(texts, first, turns)
    feet = _page_feet(texts, first)
    headings = _headings(texts, first, turns)
    out: list[Line] = []
    for i, line in enumerate(src.lines):
        if i < first and line.text.strip() and i not in profile:
            out.append(replace(line, cue="above"))  # the title and the front matter: no one's turn
        elif i in feet:
            out.append(replace(line, cue="page"))  # a page's foot and the next page's head: the turn goes on
        elif i in turns:
            label, said = turns[i]
            out.append(Line(f"{label}\u3000{said}".rstrip("\u3000"), line.number, line.page, "interview"))
        elif i in profile:
            out.append(replace(line, cue="profile"))
        elif i in headings:
            out.append(replace(line, cue="note"))  # a 小見出し (■ 就任の思い): the article's, no one's words
        else:
            out.append(line)
    reading = SpeakerReading(src.lines[first].number, src.lines[-1].number, len(turns), False, _READ)
    return replace(src, lines=tuple(out), readings=src.readings + (reading,))


def _furniture(texts: list[str]) -> set[int]:
    """The lines pdftotext leaves between pages: a page number, a running head (a line written
    the same three times or more, or the first line written again)."""
    counts = Counter(t.strip() for t in texts if t.strip())
    top = next((t.strip() for t in texts if t.strip()), "")
    return {i for i, t in enumerate(texts) if (s := t.strip()) and (
        is_page_number(s) or "\f" in t or counts[s] >= 3 and len(s) <= 40 or s == top and i > 0 and counts[s] >= 2)}


def _page_feet(texts: list[str], first: int) -> set[int]:
    """Below the first turn, the page's foot with its number (広報みずほ　２０２６年９月号　－３－, as
    pypdf gives it: no form feed, no blank line) and the next page's head that repeats its words
    right under it: furniture inside a turn."""
    feet: set[int] = set()
    for i in range(first + 1, len(texts)):
        words = page_foot(texts[i])  # a page's foot: words, then the page's number (text: its one home)
        if words is None:
            continue
        feet.add(i)
        head = words.strip(" \u3000\t")
        feet.update(j for j in (i + 1, i + 2) if j < len(texts) and texts[j].strip(" \u3000\t") == head)
    return feet


def _dash_turns(texts: list[str]) -> dict[int, tuple[str, str]] | None:
    """Dash questions with unlabelled answers: each question's first line (``聞き手``) and the
    first line of the text after it (``回答``), or None when there are fewer than two."""
    asked = [i for i, t in enumerate(texts) if t.lstrip(" \u3000\t")[:1] in _DASH_FIRST
             and _question(t)]
    if len(asked) < _LEAST:
        return None
    skip = _furniture(texts)
    turns: dict[int, tuple[str, str]] = {}
    for i in asked:
        m = _DASH.match(texts[i])
        assert m is not None
        turns[i] = ("聞き手", m["said"].strip(" \u3000\t"))
    answered = 0
    for i in asked:
        j = _question_end(texts, i, skip) + 1
        while j < len(texts) and (not texts[j].strip() or j in skip):
            j += 1
        if j < len(texts) and j not in turns and _PROFILE.match(texts[j]) is None \
                and _PROFILE_NAME.match(texts[j]) is None:  # 片岡　優子（かたおか・ゆうこ）… after the thanks: no answer
            turns[j] = ("回答", texts[j].strip(" \u3000\t"))
            answered += 1
    if answered < _LEAST:
        return None
    _surnamed(turns)
    return turns


#: a question's last words: it asks (…ですか。, …でしょうか, …教えてください。, …とは？, メッセージをお願いします。);
#: an invitation (…ませんか。) asks no one
_ASK_END = re.compile(r"(?:(?<!ませ)(?:ですか|ますか|でしょうか|のか|んか)|教えてください|聞かせてください|お聞かせください"
                      r"|(?:メッセージ|一言|ひとこと)を?お願いします|[はとがを][？?]|(?<!ませ)ん?か[？?])[。]?$")
#: how far from the text's end a credit stands (（聞き手・文　広報係）): it says interview as a head does
_TAIL_CHARS = 200
#: a question is one sentence or two (就任から三か月がたちました。いまのお気持ちは。) of a few words
_ASK_CHARS = 80


def _sentence_turns(texts: list[str], joined: str) -> dict[int, tuple[str, str]] | None:
    """Questions set in bold with no mark, the bold lost (pdftotext, pypdf, a PDF read directly,
    a .docx's or a .txt's plain text): a paragraph alone that asks (_ASK_END) between answers, each
    question's first line (``聞き手``) and the first line of the paragraph after it (``回答``) — only
    where the head (or a credit under the article, 聞き手・文) says it is an interview, with two questions
    or more each answered by sentences, no label or bullet on
    either side."""
    if _INTERVIEW.search(joined, 0, _HEAD_CHARS) is None and "聞き手" not in joined[-_TAIL_CHARS:]:
        return None  # neither the head nor the credit under the article says interview
    skip = _furniture(texts)
    paras = _paragraphs(texts, skip)
    asked = [k for k, (i, j) in enumerate(paras) if k > 0 and _asks(texts, i, j)]
    turns: dict[int, tuple[str, str]] = {}
    for k in asked:
        if k + 1 >= len(paras) or k + 1 in asked or not _answers(texts, *paras[k + 1]):
            return None  # a question with no answer under it (a label stacked there): no interview of this form
        (i, _j), (a, _b) = paras[k], paras[k + 1]
        turns[i] = ("聞き手", texts[i].strip(" \u3000\t"))
        turns[a] = ("回答", texts[a].strip(" \u3000\t"))
    return turns if len(asked) >= _LEAST else None


def _paragraphs(texts: list[str], skip: set[int]) -> list[tuple[int, int]]:
    """The paragraphs as (first line, last line): a paragraph ends at a sentence's end at its line's
    end, a blank line or the page's furniture; one opens at a full-width indent too."""
    out: list[tuple[int, int]] = []
    start = None
    width = max((len(t.strip()) for t in texts), default=0)
    for i, t in enumerate(texts):
        if not t.strip() or i in skip:
            if start is not None:
                out.append((start, i - 1))
            start = None
            continue
        if start is not None and t.startswith("\u3000"):
            out.append((start, i - 1))
            start = None
        if start is None:
            start = i
        if t.rstrip()[-1:] in _END or len(t.strip()) < width * 0.6:
            out.append((start, i))  # a sentence's end, or a line short of the page's width (a heading's)
            start = None
    if start is not None:
        out.append((start, len(texts) - 1))
    return out


def _asks(texts: list[str], i: int, j: int) -> bool:
    """The paragraph of lines i to j is a question: no indent, a few words that ask, no label."""
    words = "".join(t.strip(" \u3000\t") for t in texts[i:j + 1])
    return (not texts[i].startswith("\u3000") and len(words) <= _ASK_CHARS and words.count("。") <= 2
            and words[0] not in _NOT_ASKED and _ASK_END.search(words) is not None and _LABELLED.match(texts[i]) is None)


def _answers(texts: list[str], i: int, j: int) -> bool:
    """The paragraph of lines i to j answers: sentences (a label stacked alone, 事務局, is none), no label."""
    return (j > i or texts[j].rstrip()[-1:] in _END) and _LABELLED.match(texts[i]) is None \
        and texts[i].strip(" \u3000\t")[:1] not in _NOT_ASKED


#: a line a bullet, a mark or an arrow opens: a meeting's notes (・調査の対象は何人ですか。 / →三百人), no interview's
_NOT_ASKED = frozenset("・･-‐－*＊●○◯◎■□◆◇→⇒※")


def _surnamed(turns: dict[int, tuple[str, str]]) -> None:
    """Answers that open with who answers, a surname and a space (松井　将来の…), as a magazine
    sets the name in bold before the answer: the surname is the answer's label, when one opens
    two answers or more."""
    opened = {i: m for i, (label, said) in turns.items() if label == "回答" and (m := _SURNAME_FIRST.match(said))}
    counts = Counter(m["who"] for m in opened.values())
    for i, m in opened.items():
        if counts[m["who"]] >= _LEAST:
            turns[i] = (m["who"], m["said"])


#: a surname and a space before an answer (松井　将来の…)
_SURNAME_FIRST = re.compile(rf"^(?P<who>[一-龥々]{{1,4}}){_SP}+(?P<said>\S.*)$")
#: words a dash closes (―北村委員―, ―　佐々木委員　―　民生委員の…, －資料１に基づき説明－): a label or a direction
_CLOSED = re.compile(r"^[^。、？?]{1,24}?[ \u3000]*[―─—━－\-]+(?:[ \u3000]|$)")


def _question(text: str) -> bool:
    """A dash line asks: it holds kana and no dash closes its first words (―北村委員―,
    ―　佐々木委員　―　…, －資料１に基づき説明－ are a label and a direction between dashes)."""
    m = _DASH.match(text)
    return m is not None and _CLOSED.match(m["said"]) is None and _KANA.search(text) is not None


def _question_end(texts: list[str], i: int, skip: set[int]) -> int:
    """The last line of the question opened at line ``i``: its wrapped lines go on up to a
    sentence's end or a blank line."""
    j = i
    while j + 1 < len(texts) and texts[j + 1].strip() and j + 1 not in skip \
            and texts[j].rstrip()[-1:] not in _END and not _DASH.match(texts[j + 1]):
        j += 1
    return j


def _label(m: re.Match[str]) -> str:
    """The label as written, its spaces out: 【問】 問, Ｑ１． Ｑ, 聞き手（広報委員 吉岡）： 聞き手（広報委員吉岡）."""
    if m["word"] and m["wname"]:  # the name in the brackets keeps its spaces (広報委員 吉岡: the body, the name)
        return m["word"] + re.sub(rf"{_SP}+", " ", m["wname"].strip(" \u3000\t"))
    label = m["bracketed"] or m["mark"] or m["word"] or m["name"] or ""
    return label.replace(" ", "").replace("\u3000", "")


def _side(label: str) -> str:
    """``ask``, ``moderate``, ``answer`` (a mark), or ``name`` (a label that names someone)."""
    label = _bracketed(label)[0]  # 聞き手（吉岡）
    if label in _ASKS:
        return "ask"
    if label in _MODERATES:
        return "moderate"
    if label in _ANSWERS:
        return "answer"
    return "name"


def _labelled_turns(texts: list[str]) -> dict[int, tuple[str, str]] | None:
    """Labelled questions and answers (聞き手：…, Ｑ/Ａ, 【問】/【答】, a dialogue's surnames),
    or None: two questions or more and two answers or more, the marks Ｑ/Ａ, 問/答 and surnames
    only where the head says it is an interview; a surname only when it labels two lines or
    more or the head lists it (a front matter's key, 日時：, is none)."""
    found = _labels(texts)
    if not found:
        return None
    sides = {i: _side(label) for i, (label, _said) in found.items()}
    names = Counter(label for i, (label, _said) in found.items() if sides[i] == "name")
    above = "\n".join(texts[:min(found)])
    names.update({label: _LEAST for label in names if label in above})  # a name the head lists (出席者　南 里美)
    turns = {i: found[i] for i, s in sides.items() if s != "name" or names[found[i][0]] >= _LEAST}
    if not turns or not _enough(texts, turns, sides):
        return None
    return turns


def _labels(texts: list[str]) -> dict[int, tuple[str, str]]:
    """Every line a label opens with speech after it (kana: a front matter's 聞き手：広報課 堀内 has
    none): the label and the speech."""
    found: dict[int, tuple[str, str]] = {}
    for i, t in enumerate(texts):
        m = _LABELLED.match(t)
        if m is not None and _KANA.search(m["said"]) and not _FRONT_KEY.fullmatch(label := _label(m)):
            found[i] = (label, m["said"].strip(" \u3000\t"))
    return found


def _enough(texts: list[str], turns: dict[int, tuple[str, str]], sides: dict[int, str]) -> bool:
    """The labelled turns make an interview: where the head says so, two questions and two
    answers or two people by their names; else only 聞き手's questions tell one."""
    asks = sum(1 for i in turns if sides[i] in ("ask", "moderate"))
    answers = len(turns) - asks
    if _INTERVIEW.search("\n".join(texts[:min(turns)])) is not None:
        people = {label for i, (label, _said) in turns.items() if sides[i] == "name"}
        return asks >= _LEAST and answers >= _LEAST or len(people) >= 2
    # (a moderator's turns are no interviewer's: a workshop's 司会：… between officials' answers and
    # ――休憩―― lines is a meeting's record)
    asked = [i for i in turns if sides[i] == "ask"]
    return (len(asked) >= _LEAST and answers >= _LEAST
            and all(turns[i][0] in ("聞き手", "インタビュアー") for i in asked))


def _profile(texts: list[str], turns: dict[int, tuple[str, str]]) -> set[int]:
    """The profile's lines: its heading (プロフィール, 略歴: alone, or its text after a colon or a
    space) and the lines below it up to a blank line after its text, a turn, a page's furniture
    or the end."""
    lines: set[int] = set()
    skip = _furniture(texts)
    for i, t in enumerate(texts):
        m = _PROFILE.match(t) or _PROFILE_NAME.match(t)
        if m is None or i in turns:
            continue
        lines.add(i)
        j, text_seen = i + 1, bool(m["rest"].strip())
        while j < len(texts) and j not in turns and j not in skip and not (text_seen and not texts[j].strip()):
            lines.add(j)
            text_seen = text_seen or bool(texts[j].strip())
            j += 1
    return lines


# the cast: who each label is -----------------------------------------------------------------

#: who the head names: 聞き手：広報編集部 木下, （司会：木下）, ゲスト　佐伯 修さん
_NAMED = re.compile(rf"(?P<word>聞き手(?:・構成|・文|・まとめ)?|インタビュアー|司会|進行|コーディネーター|ファシリテーター|ゲスト|話し手|語り手|回答者)"
                    rf"{_SP}*[:：・]?{_SP}*(?P<who>[^（）()【】\[\]「」、，,。:：\n]+)")
#: a space inside words (a name written as names are: 佐伯 修)
_SPACED = re.compile(_SP)
#: where a head's line parts its people: wide spaces, quotes, slashes, commas and × outside brackets
#: (佐野 健（ＵＩターン者、農業）is one)
_SEGMENT = re.compile(r"\u3000+|[ \t]{2,}|[「」『』／/×✕＆&]|[、，](?![^（(]*[）)])")
#: a credit in brackets on the last line (（市長　水野 大輔）, （聞き手・文　広報課）): the head's words
_CREDIT = re.compile(rf"^{_SP}*[（(][^（）()]{{2,30}}[）)]{_SP}*$")
#: an honorific after a name: 佐伯 修さん, 佐伯修氏
_HONORIFIC = re.compile(r"(?:さん|氏|様|先生|君)$")
#: what a title's segment says around who: 教育長に聞く, 市長インタビュー, …と語る
_AROUND = re.compile(r"(?:に聞く|にきく|に訊く|に聞きました|に聞いた|が語る|インタビュー|との対談|対談|鼎談|座談会)")
#: a person's name: two to seven characters, no office's end
_PERSON = re.compile(r"^[一-龥々〆ヶ][一-龥々〆ヶぁ-んァ-ヴー・]{1,6}$")
#: words quoted in a title (「まちの未来」): the topic, no one
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”")
#: the last character of a place's, an office's or an institution's name (みなみ野市, 広報編集部, 小学校,
#: 保育園, 農業委員会, 公民館, 病院): no person's name ends so (text's homes, and the institutions beside them)
_NO_NAME_END = frozenset(PLACE_ENDS + UNIT_ENDS + "校園会館院")
#: a family or a given name written apart (野中, 美穂, さくら): one to four characters, no office's end
#: nor a member's (広報委員): the ends ``_NO_NAME_END`` knows, not a second list of them
_GIVEN = re.compile(rf"^[一-龥々〆ヶぁ-んァ-ヴー]{{1,4}}$(?<![{''.join(sorted(_NO_NAME_END))}員])")
#: an age in brackets after a name (桑原 勝さん（６８）): no title
_AGE = re.compile(r"^[0-9０-９]{1,3}(?:歳|才)?$")
#: a place's or a body's end (みなみ野市教育長, 農業委員会会長, みどり小学校長: the title's, no one's name)
_BODY_END = _NO_NAME_END | frozenset("学")
#: a mark or a bracketed word before a title: 【特集】, ＜シリーズ＞, ■
_HEAD_MARK = re.compile(rf"^(?:[【［\[〈＜<《〔][^】］\]〉＞>》〕]{{1,12}}[】］\]〉＞>》〕]|[■□◆◇●★☆▼▽]){_SP}*")


@dataclass(frozen=True)
class Cast:
    """Who the labels of an interview are: the asker, the moderator, the one who answers, the
    people of a dialogue by their names (all as read from the head), and the evidence."""

    asker: Speaker
    moderator: Speaker
    answerer: Speaker
    people: tuple[Speaker, ...]
    why: str

    def speaker(self, label: str) -> Speaker | str:
        """The speaker of a turn's label (see the module); the words to read as any label's (the
        role table's) when the label names no one of the cast (長谷川市長 with no list above)."""
        word, named = _bracketed(label)
        named = named.split(" ")[-1]  # 広報委員 吉岡: 吉岡
        side = _side(word)
        if side == "ask":
            return replace(self.asker, label=label, name=named, title="聞き手") if named else self.asker
        if side == "moderate":
            return replace(self.moderator, label=label, name=named, title="司会") if named else self.moderator
        if side == "answer":
            return self.answerer
        bare = _HONORIFIC.sub("", label)  # 北条さん: 北条
        return self.person(bare, label) or bare

    def person(self, bare: str, label: str) -> Speaker | None:
        """The one of the cast a label names: whose name begins with it (佐伯: 佐伯修), or with its
        longest beginning (野口選手: 野口拓海; 長谷川市長: 長谷川) when one person's alone does."""
        cast = [sp for sp in (self.moderator, self.asker, *self.people, self.answerer) if sp.name]
        for sp in cast:
            if sp.name.startswith(bare):
                return replace(sp, label=label)
        for k in range(len(bare) - 1, 1, -1):
            found = {sp.name: sp for sp in cast if sp.name.startswith(bare[:k])}
            if len(found) == 1:
                return replace(next(iter(found.values())), label=label)
        return None

    def evidence(self, paras: list[Para]) -> None:
        """The evidence on each point of the one who answers (no name on its lines): the cast's."""
        for p in paras:
            if p.kind == "point" and p.speaker == self.answerer and not p.why:
                p.why = self.why


def _credit_line(texts: list[str], last_turn: int) -> set[int]:
    """The last line, below the last turn, when it is a credit in brackets (（市長　水野 大輔）): front
    matter, as a profile is."""
    last = max((i for i, t in enumerate(texts) if t.strip()), default=-1)
    return {last} if last > last_turn and _CREDIT.match(texts[last]) else set()


def _credit_block(texts: list[str], last_turn: int) -> set[int]:
    """Below the last turn, a credit (聞き手・構成：広報係　上野, 取材・文＝…) and the lines after it
    that hold no sentence (上野, where pdftotext parted the credit at its wide space): front matter."""
    skip = _furniture(texts)
    for i in range(last_turn + 1, len(texts)):
        if _CREDIT_WORDS.match(texts[i]) and "。" not in texts[i]:
            return {i} | {j for j in range(i + 1, len(texts)) if texts[j].strip() and not _KANA.search(texts[j])
                          and "。" not in texts[j] and len(texts[j].strip()) <= 12 and j not in skip}
    return set()


def _captions(texts: list[str], first: int, turns: dict[int, tuple[str, str]]) -> set[int]:
    """A photo's caption (写真：…と話す杉浦教育長) below the first turn, on its line: front matter,
    as a profile is (no answer's words; its words may name who answers)."""
    return {i for i in range(first + 1, len(texts)) if i not in turns and _CAPTION.match(texts[i])
            and len(texts[i].strip()) <= 60}


def _headings(texts: list[str], first: int, turns: dict[int, tuple[str, str]]) -> set[int]:
    """The 小見出し below the first turn right above a question (■　不登校の子どもへの支援): the
    article's, no one's words (a bullet inside an answer, ● 一つ目は…, stays the answer's)."""
    out: set[int] = set()
    for i in range(first + 1, len(texts)):
        if i in turns or not _HEADING.match(texts[i]):
            continue
        j = next((k for k in range(i + 1, len(texts)) if texts[k].strip()), len(texts))
        if j in turns and turns[j][0] in ("聞き手", *_ASKS):
            out.add(i)
    return out


def _credits_joined(head: list[str]) -> list[str]:
    """A credit's line and the name pdftotext put on the next (聞き手・構成：広報係 / 上野) as one line."""
    out: list[str] = []
    for text in head:
        if out and _CREDIT_WORDS.match(out[-1]) and _PERSON.match(text.strip(" \u3000\t")) and not _KANA.search(text):
            out[-1] = out[-1] + "\u3000" + text.strip(" \u3000\t")
        else:
            out.append(text)
    return out


def credits(texts: list[str]) -> list[str]:
    """The last line's credit in brackets (（市長　水野 大輔）) without them, or nothing: read with the head."""
    last = next((t for t in reversed(texts) if t.strip()), "")
    return [last.strip(" \u3000\t")[1:-1]] if _CREDIT.match(last) else []


def cast(head: list[str], split: Callable[[str], Speaker | None]) -> Cast:
    """The cast of an interview from the lines above its first turn, the profile and the last
    line's credit (``head``) and the role table's ``split``."""
    named = _named_apart(head, split, _title_only(head, split))  # who the lead, a headless profile, a caption name
    head = _credits_joined(head)
    asker, moderator, guest, people, weak = _head_people(head, split)
    # two people or more written as names are, none named 話し手 or ゲスト: the answers' one is not told
    many = guest is None and len({p.name for p in people}) >= _LEAST
    people = [p for k, p in enumerate(people + weak) if p.name not in {q.name for q in (people + weak)[:k]}]
    alone = _title_only(head, split)
    answerer = alone if many else _answerer(guest, people, alone)
    agreed = _agreed(named, alone, split)
    if agreed is not None and (answerer is None or not answerer.name):
        # 教育長に聞く over the lead's 杉浦誠二教育長, the profile's 杉浦　誠二, the caption's 杉浦教育長: one person
        people.append(agreed)
        return Cast(asker, moderator, agreed, tuple(people),
                    "who answers, named in " + ", ".join(sorted({w for w, _ in named})) + f": {agreed.label}")
    if answerer is None:
        return Cast(asker, moderator, Speaker("回答者", "", "回答者", "other"), tuple(people),
                    "no one who answers is named in the title or the front matter: 回答者")
    return Cast(asker, moderator, answerer, tuple(people), f"who answers, from the title: {answerer.label}")


def _head_people(head: list[str], split: Callable[[str], Speaker | None]) \
        -> tuple[Speaker, Speaker, Speaker | None, list[Speaker], list[Speaker]]:
    """The asker, the moderator, the guest (話し手, ゲスト, 回答者) and the people the head's lines name:
    those written as names are, and those read from one word (佐伯修教育長)."""
    asker = Speaker("聞き手", "", "聞き手", "other")
    moderator = Speaker("司会", "", "司会", "chair")
    people: list[Speaker] = []
    weak: list[Speaker] = []  # read from one word (佐伯修教育長): after those written as names are
    guest: Speaker | None = None
    asked = _asked_lines(head)
    for k, text in enumerate(head):
        if _PROFILE_NAME.match(text) or _CAPTION.match(text):
            continue  # read by _named_apart (the reading in brackets is no title)
        rest = _NAMED.sub("\u3000", text)  # the people a line names besides the asker and the moderator
        for m in _NAMED.finditer(text):
            word, who = m["word"], m["who"].strip(" \u3000\t")
            person = _person(who, split)
            if word.startswith("聞き手") or word == "インタビュアー":
                asker = _as(person, who, "聞き手", "other")
            elif word in _MODERATES:
                moderator = _as(person, who, "司会", "chair")
            elif guest is None:
                guest = person
        if k not in asked:  # the lead that says who was asked is _named_apart's (…院長、大塚 正樹さんに)
            strong, loose = _people(rest, split)
            people.extend(strong)
            weak.extend(loose)
    return asker, moderator, guest, people, weak


def _asked_lines(head: list[str]) -> set[int]:
    """The lines of the head's sentences that say who was asked, a sentence wrapped over lines as
    pdftotext breaks it (…就任した片岡　優子教育長に、… / について、…話を聞きました。): all its lines,
    not only the one that holds the verb.

    >>> sorted(_asked_lines(["新教育長に聞く", "令和７年６月に就任した片岡　優子教育長に、学校の働き方改革", "や学校再編について、広報委員が話を聞きました。", "■就任から半年"]))
    [1, 2]
    """
    out: set[int] = set()
    run: list[int] = []
    full = max((len(t.strip(" \u3000\t")) for t in head), default=0)
    for k, text in enumerate(head):
        words = text.strip(" \u3000\t")
        if not words:
            continue
        run.append(k)
        # a sentence ends at 。, and a line well short of the widest wraps nothing (a title, a heading)
        if "。" in words or _ASKED.search(words) or len(words) < 0.8 * full:
            if _ASKED.search("".join(head[i].strip(" \u3000\t") for i in run)):
                out.update(run)
            run = []
    return out


#: a sentence that says who was asked (…に、…について聞いた。, …さんに話を伺いました。)
_ASKED = re.compile(r"(?:聞いた|聞きました|伺った|伺いました|うかがった|うかがいました|尋ねた|尋ねました|インタビューした|話を聞く)")
#: a name or a name and a title before に, が, と, は or the end (窓口担当の… is the post of whom it names): 杉浦誠二教育長に, 西田美和さんに, …話す杉浦教育長
_RUN = re.compile(r"(?P<run>[一-龥々〆ヶ]{2,12}(?:[ぁ-ゖ]{1,4}(?=さん))?)(?P<hon>さん|氏)?(?=[にがとは、。（(]|$)")


def _named_apart(head: list[str], split: Callable[[str], Speaker | None],
                 alone: Speaker | None) -> list[tuple[str, Speaker]]:
    """The people named apart from the title's segments, each with where: the lead sentence that
    says who was asked (``lead``), a profile opened by the name and its reading (``profile``), a
    photo's caption (``caption``)."""
    out: list[tuple[str, Speaker]] = []
    # the lines joined as pdftotext broke a sentence (…について聞い / た。), each line's words apart
    asked = _asked_lines(head)
    joined = "\n".join(_unspaced(t) for k, t in enumerate(head)
                       if k in asked and not _PROFILE_NAME.match(t) and not _CAPTION.match(t))
    for sentence in re.split(r"(?<=。)", joined):
        if (m := _ASKED.search(sentence.replace("\n", ""))) is not None:
            cut = [k for k, c in enumerate(sentence) if c != "\n"][m.start()]
            out.extend(("lead", p) for p in _runs(sentence[:cut], split, alone))
    for text in head:
        if (m := _PROFILE_NAME.match(text)) is not None:
            name = re.sub(_SP, "", m["name"] or m["spaced"])
            if _PERSON.match(name) and name[-1] not in _NO_NAME_END and split(name) is None:
                out.append(("profile", Speaker(name, name, "", "other")))
        elif _CAPTION.match(text):
            out.extend(("caption", p) for p in _runs(_unspaced(text), split, alone))
    return out


def _unspaced(text: str) -> str:
    """The words with the spaces inside a name out (岡田 亮さん: 岡田亮さん)."""
    return re.sub(rf"(?<=[一-龥々〆ヶ]){_SP}+(?=[一-龥々〆ヶ])", "", text.strip(" \u3000\t"))


def _runs(text: str, split: Callable[[str], Speaker | None], alone: Speaker | None) -> list[Speaker]:
    """The people in running words: a name and a title of the role table in one word (杉浦誠二教育長,
    杉浦教育長) or the end of the title the head names (大西署長 under インタビュー　消防署長), or a name
    with an honorific (西田美和さん, 森田かおりさん); a body or a title alone is no one."""
    out: list[Speaker] = []
    for m in _RUN.finditer(text):
        run = m["run"]
        sp = split(run)
        tail = next((k for k in range(2, min(len(run) - 1, 4) + 1) if alone is not None
                     and len(run) - k >= 2 and alone.title.endswith(run[k:])), None)
        if sp is not None and sp.name and sp.title:
            name, title, role = sp.name, sp.title, sp.role
        elif tail is not None and alone is not None:
            name, title, role = run[:tail], alone.title, alone.role  # 大西署長: 大西, 消防署長
        elif m["hon"] and sp is None:
            name, (title, role) = run, _post_before(text[:m.start()], split)  # 保健師の森田かおりさん
        else:
            continue
        if _PERSON.match(name) and name[-1] not in _BODY_END and "立" not in name and len(name) <= 6:
            out.append(Speaker(name + title, name, title, role))
    return out


#: the post a lead sets right before the name (保健師の森田かおりさん, 市立病院の院長、大塚 正樹さん)
_POST_BEFORE = re.compile(r"(?P<post>[一-龥々ァ-ヴー]{2,8})[の、，]$")
#: the last character of a word that names a person by what they do (保健師, 作家, 小児科医, 店主)
_PERSON_NOUN_END = frozenset("師士医員長家者手官主")


def _post_before(text: str, split: Callable[[str], Speaker | None]) -> tuple[str, Role]:
    """The post a lead names right before a person (…の or …、 then the name): a title of the role
    table (院長, 窓口担当: its role) or a word that names a person by what they do (保健師: other); else none."""
    m = _POST_BEFORE.search(text)
    if m is None:
        return "", "other"
    post = m["post"]
    sp = split(post)
    if sp is not None and sp.title:
        return post, sp.role
    return (post, "other") if post[-1] in _PERSON_NOUN_END else ("", "other")


def _agreed(named: list[tuple[str, Speaker]], alone: Speaker | None,
            split: Callable[[str], Speaker | None]) -> Speaker | None:
    """The one person the lead, the profile and the caption name (the shorter names the beginning
    of the longer: 杉浦, 杉浦誠二), with the title the title's words name (教育長に聞く) or theirs;
    None when none is named or two different people are (a 対談's, or no one's to tell)."""
    people = [p for _, p in named]
    if alone is not None and not _one(people):
        people = _of_post(people, alone.title)
    if not people or not _one(people):
        return None  # no one named, or two people (a 対談's, or no one's to tell)
    longest = max(people, key=lambda p: len(p.name))
    titles = [p for p in people if p.title]
    if alone is not None and any(not _same_title(p.title, alone.title) for p in titles):
        return None  # 教育長に聞く over one person named 校長: no one to tell
    title = alone.title if alone is not None else titles[0].title if titles else ""
    return Speaker(longest.name + title, longest.name, title, _post_role(longest.name, title, titles, split))


def _of_post(people: list[Speaker], post: str) -> list[Speaker]:
    """Of two people named, the one of the title's post and the names with no title that are theirs
    (教育長に聞く over the lead's 杉本教育長 and the caption's 川口校長: 杉本教育長)."""
    posted = [p for p in people if p.title and _same_title(p.title, post)]
    return [p for p in people if p in posted or not p.title and _one([p, *posted])]


def _post_role(name: str, title: str, titles: list[Speaker], split: Callable[[str], Speaker | None]) -> Role:
    """The role of who answers: the role table's for the name and the title (杉浦誠二教育長), else the
    one the lead or the caption read, else the title's, else other."""
    own = split(name + title) if title else None
    if own is not None and own.title:
        return own.role
    if titles:
        return titles[0].role
    return (split(title) or Speaker(title, "", title, "other")).role if title else "other"


def _one(people: list[Speaker]) -> bool:
    """The names are one person's: each the beginning of the longest (杉浦, 杉浦誠二)."""
    longest = max((p.name for p in people), key=len, default="")
    return all(longest.startswith(p.name) for p in people)


def _same_title(a: str, b: str) -> bool:
    """Two titles of one post: the same, or one the other's end (署長, 消防署長)."""
    return a.endswith(b) or b.endswith(a)


def _answerer(guest: Speaker | None, people: list[Speaker], alone: Speaker | None) -> Speaker | None:
    """Who answers: the one 話し手 or ゲスト names, else the first person the head names with a
    title, else the title the head names alone (議長に聞く) — with the person it names beside it
    (教育長に聞く　宮坂 冬美さん) —, else the first person named, else None."""
    titled = [p for p in people if p.title]
    if alone is not None and people and not titled:
        # 教育長に聞く　宮坂 冬美さん: the person the title names, with the title it names
        titled = [Speaker(people[0].name + alone.title, people[0].name, alone.title, alone.role)]
    answerer = guest or (titled[0] if titled else None) or alone or (people[0] if people else None)
    return answerer


def _as(person: Speaker | None, who: str, word: str, role: Role) -> Speaker:
    """The asker or the moderator the head names: the name after its body or role (広報課 堀内,
    市民記者　大塚: the last of the words, written as a name), else the person, else the words (編集部)."""
    pieces = [p for p in re.split(rf"{_SP}+", who.strip(" \u3000\t")) if p]
    if len(pieces) >= 3 and all(_GIVEN.match(p) for p in pieces[-2:]) and len(pieces[-3]) >= 3:
        # 広報委員　野中　美穂: a full name written as names are after the body, not its given name alone
        return Speaker(pieces[-2] + pieces[-1], pieces[-2] + pieces[-1], word, role)
    if len(pieces) >= 2 and _PERSON.match(pieces[-1]) and pieces[-1][-1] not in _NO_NAME_END:
        return Speaker(pieces[-1], pieces[-1], word, role)
    if person is not None:
        return Speaker(person.name, person.name, word, role)
    compact = who.replace(" ", "").replace("\u3000", "")
    return Speaker(compact or word, "", word, role)  # 聞き手：編集部: no person named


def _person(who: str, split: Callable[[str], Speaker | None], bare: bool = True) -> Speaker | None:
    """A person in words (佐伯 修 教育長, 佐伯修（教育長）, みなみ野市教育長 佐伯 修さん, 広報編集部 木下):
    the name and the title, or None when no name is there. ``bare``: a name alone will do (after
    聞き手：); else a name with no title is one only when written as names are (佐伯 修, 佐伯修さん)
    — a title's words (広報みどり) are no one."""
    who, aff = _bracketed(who.strip(" \u3000\t"))
    pieces = [p for p in re.split(rf"{_SP}+", who) if p]
    if not pieces:
        return None
    marked = len(pieces) >= 2 or _HONORIFIC.search(pieces[-1]) is not None
    pieces[-1] = _HONORIFIC.sub("", pieces[-1])
    name, title = _name_and_title(pieces, aff, split)
    if not _PERSON.match(name) or name[-1] in _NO_NAME_END or "の" in name or split(name) is not None:
        return None
    if not (bare or title or marked):
        return None
    role = (split(title) or Speaker(title, "", title, "other")).role if title else "other"
    return Speaker(name + title if title and not aff else f"{name}（{title}）" if title else name, name, title, role)


def _bracketed(who: str) -> tuple[str, str]:
    """The words and what the brackets at their end hold (佐伯 修（教育長）: 佐伯 修, 教育長)."""
    if who.endswith(("）", ")")) and ("（" in who or "(" in who):
        cut = max(who.rfind("（"), who.rfind("("))
        inside = who[cut + 1:-1].strip(" \u3000\t")
        return who[:cut].strip(" \u3000\t"), "" if _AGE.match(inside) else inside
    return who, ""


def _name_and_title(pieces: list[str], title: str, split: Callable[[str], Speaker | None]) -> tuple[str, str]:
    """The name and the title of words parted by spaces (``title``: the one in brackets, if any):
    a title after the name (佐伯 修 教育長), titles and bodies before it (みなみ野市教育長 佐伯 修,
    消防本部　消防長　岩田 俊介: the last title), a name and a title in one word (佐伯修教育長)."""
    if len(pieces) >= 2 and (sp := split(pieces[-1])) is not None and not sp.name:
        title, pieces = pieces[-1], pieces[:-1]  # 佐伯 修 教育長
    lead = ""  # the last title before the name
    while len(pieces) >= 2:
        if _title(pieces[0], split) is not None or (sp := split(pieces[0])) is not None and sp.title:
            lead, pieces = pieces[0], pieces[1:]  # みなみ野市教育長 佐伯 修, あさひ町長 桐生 正樹: as written
        elif len(pieces[0]) >= 3 and pieces[0][-1] in _NO_NAME_END:
            pieces = pieces[1:]  # 広報編集部 木下, 消防本部 消防長 岩田 俊介: the body aside (中村 徹 is a name)
        else:
            break
    title = title or lead
    name = "".join(pieces)
    if len(pieces) == 1 and not title and (sp := split(name)) is not None and sp.name and sp.title:
        return sp.name, sp.title  # 佐伯修教育長
    return name, title


def _people(text: str, split: Callable[[str], Speaker | None]) -> tuple[list[Speaker], list[Speaker]]:
    """The people a line of the head names: the title's segments (教育長に聞く　佐伯 修 教育長; a
    title alone then a name, ひかり町　町長　長尾 和彦, is that person with that title), an attendee
    list's entries (出席者　佐伯 修（教育長）　南 里美（市立図書館長））, two people of a 対談 (上田 真理子（…）×中村 徹（市長）).
    Those written as names are (佐伯 修, …さん, a title in brackets), then those read from one word
    (佐伯修教育長 — 新任校長 reads so too: the last resort)."""
    out: list[Speaker] = []
    weak: list[Speaker] = []
    body = re.sub(r"^[^:：　]{0,6}(?:出席者|参加者|出演|登場|話し手|ゲスト)[:：]?", "", _QUOTED.sub("\u3000", text).strip(" \u3000\t"))
    pending = None  # a title alone just before
    for seg in _SEGMENT.split(body):
        seg = _HEAD_MARK.sub("", _AROUND.sub("", seg).strip(" \u3000\t:："))
        seg = _PARTICLE.sub("", seg)  # a lead's 小池 市長と, 青木 透さんに: the person before the particle
        if not seg:
            continue
        p = _person(seg, split, bare=False)
        if p is None and (m := _OF.match(seg)) is not None and (q := _person(m["who"], split, bare=False)) is not None \
                and not q.title:
            p = Speaker(f"{q.name}（{m['post']}）", q.name, m["post"], "other")  # 作家の青木 透さん: 青木透, 作家
        if p is None:
            pending = _title(seg, split)
            continue
        if not p.title and pending is not None:
            p = Speaker(p.name + pending.title, p.name, pending.title, pending.role)
        (out if _SPACED.search(seg) or _HONORIFIC.search(seg) or seg.endswith(("）", ")")) else weak).append(p)
        pending = None
    return out, weak


#: a particle after a person in a lead's words (小池 市長と、…, 青木 透さんに、…)
_PARTICLE = re.compile(r"(?<=[一-龥々ぁ-んァ-ヴ）)])(?:と|に|が|は|から)$")
#: what a person is, then の, then the person written as names are (作家の青木 透さん)
_OF = re.compile(rf"^(?P<post>[一-龥々ァ-ヴー]{{2,8}})の(?P<who>[一-龥々〆ヶ]{{1,4}}{_SP}[一-龥々〆ヶぁ-んァ-ヴ]{{1,4}}(?:さん|氏)?)$")


def _title(words: str, split: Callable[[str], Speaker | None]) -> Speaker | None:
    """A title alone (町長, 企画政策課長; a place or a body before it kept: みなみ野市教育長,
    農業委員会会長, みどり小学校長), or None."""
    sp = split(words)
    if sp is None:
        # a head's title the role table lacks (消防長, 館長代理): role other
        return Speaker(words, "", words, "other") if len(words) >= 3 and words[-1] == "長" else None
    if not sp.title or sp.name and sp.name[-1] not in _BODY_END:
        return None
    return Speaker(words, "", words, sp.role)


def _title_only(head: list[str], split: Callable[[str], Speaker | None]) -> Speaker | None:
    """The title the head names as who answers (市長インタビュー, 【特集】こども家庭センター長インタビュー,
    教育長に聞く): the title alone, as written."""
    for text in head:
        m = _AROUND.search(text)
        if m is None:
            continue
        if not _HEAD_MARK.sub("", text[:m.start()].strip(" \u3000\t")):
            # インタビュー　消防署長: the title alone after the word
            after = text[m.end():].strip(" \u3000\t:：")
            if after and (sp := _title(after, split)) is not None:
                return sp
            continue
        before = _HEAD_MARK.sub("", re.split(rf"{_SP}+|[:：]", text[:m.start()].strip(" \u3000\t"))[-1])
        if before and (sp := _title(before, split)) is not None:
            return sp
    return None

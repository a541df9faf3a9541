"""Opinions published without names, under a heading that says whose they are.

Many 議事概要 print the members' views as bullets with no speaker, grouped under a heading
or a sentence that names the group they come from::

    ３．議事概要
    事務局から資料１について説明を行い、その後、意見交換を行った。委員からの主な意見は以下のとおり。
    【インフラの維持管理について】
    ・点検結果の公表は、住民の理解を得るうえで欠かせない。

The group is named by a heading (a line of its own, bare or after a mark, a number or in
brackets: ``委員からの主な意見``, ``【構成員の意見】``, ``（２）出席者からの主な意見``,
``主な意見（委員）``, ``事務局からの回答``) or by the sentence that ends a paragraph
(``…。委員からの主な意見は以下のとおり。``). A heading that says views follow but not
whose (``主な意見``, ``意見交換の概要``, ``主な質疑``, ``（２）意見交換``) gives them to the meeting's
attendees as a group (``出席者``, as members: in a council the views come from its members;
a label inside — ``（事務局）``, ``事務局から、…との回答があった。`` — names the exceptions); one
that names both sides (``質疑応答``, ``質疑応答の概要``: questions and their answers) names no
one group, and its bullets are left to the labels inside them. The bullets below are the group's: an
*anonymous* speaker — the group's word as the minutes write it for label and title, no
name, the role of its title — with the heading as evidence (``speaker_why``). A label
whose name part is a person's (``飯島委員からの主な意見``) names that person instead.

When the attendee list holds one kind of person apart from the officials (every one a 委員 —
委員長, 副委員長 and 東委員, or the people listed under 委員： — and the secretariat), the group a
heading that names none stands for is that kind (``委員``, role member) rather than ``出席者``
(``attendees_kind``).

Under the group, headings of topics (``【財源について】``, ``（１）…について``, ``①…``) keep
the group; a heading of a section that holds no opinions (今後の予定, 配布資料, 閉会 …),
a speaker's header, another group heading or the end of the record ends it.
"""
from __future__ import annotations

import re

from collections import Counter

from ..model import AttendeeGroup, Speaker
from .forms import SPACE_RUN
from .roles import RoleTable

__all__ = ["ATTENDEES", "both_sides", "statement", "group_heading", "group_sentence", "closes_group", "topic_heading",
           "group_speaker", "attendees_kind"]

#: nouns of what a group said
_NOUN = (r"(?:御|ご)?(?:意見|発言|質問|コメント|指摘|質疑|要望|回答|説明)"
         r"(?:[・及びや](?:御|ご)?(?:意見|質問|要望|提案|回答|コメント))?(?:等|など)?")
_ABOUT = r"(?:の概要|の要旨|概要|要旨|の内容|内容)?"
_MAIN = r"(?:主な|おもな|主たる)?"
#: the group's word: a short run without spaces, punctuation or brackets
_WHO = r"(?P<who>[^\s\u3000、。，,「」『』（）()【】〔〕＜＞<>［］\[\]・]{1,16}?)"
_HEADINGS = tuple(re.compile(p) for p in (
    rf"^{_WHO}(?:から|より)の?{_MAIN}{_NOUN}{_ABOUT}$",        # 委員からの主な意見
    rf"^{_WHO}の{_MAIN}{_NOUN}{_ABOUT}$",                     # 構成員の意見
    rf"^{_MAIN}{_NOUN}{_ABOUT}[（(]{_WHO}[）)]$",              # 主な意見（委員）
    rf"^(?:主な|おもな)(?P<who>){_NOUN}{_ABOUT}$",              # 主な意見: the attendees'
    rf"^{_MAIN}(?P<who>)(?:意見交換|意見の交換|質疑|討議){_ABOUT}$",  # 意見交換の概要: the attendees'
    # 各グループの熟議内容, グループ討議の概要: a school council's groups, the attendees'
    rf"^{_MAIN}(?P<who>)(?:各?グループ(?:ごと|別)?の?)?(?:熟議|グループ討議|グループワーク){_ABOUT}$",
))
#: …委員からの主な意見は以下のとおり。 / 各委員の主な意見は次のとおりである。 at the end of a paragraph
_SENTENCE = re.compile(
    rf"(?:^|[。．、，])[\s\u3000]*(?:{_WHO}(?:から|より)?の{_MAIN}|(?:主な|おもな))"
    rf"{_NOUN}{_ABOUT}(?:は|として)[、，]?"
    r"(?:以下|次|下記)の?(?:とおり|通り)(?:である|です|であった|でした)?[。．]?$")
#: …。質疑の概要は次のとおり。 / 意見交換の主な内容は以下のとおり。: the exchange names no group (the attendees')
_EXCHANGE_SENTENCE = re.compile(
    rf"(?:^|[。．、，])[\s\u3000]*{_MAIN}(?:意見交換|意見の交換|質疑|討議)の?{_MAIN}{_ABOUT}(?:は|として)[、，]?"
    r"(?:以下|次|下記)の?(?:とおり|通り)(?:である|です|であった|でした)?[。．]?$")
#: what stands before a heading's words: a mark, a number, brackets
_LEAD = re.compile(r"^(?:[■□◆◇●○〇◯▼▽▲△★☆◎※・]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|"
                   r"[0-9０-９]{1,2}[．.、)）]?|[\u2460-\u2473\u2474-\u2487]|[ア-ン][．.、)）]|[一二三四五六七八九十]{1,2}[．.、])"
                   r"[\s\u3000]*")
_BRACKETS = {"【": "】", "〔": "〕", "＜": "＞", "<": ">", "［": "］", "[": "]", "（": "）", "(": ")", "《": "》",
             "〈": "〉"}
_SPACES = SPACE_RUN
#: a determiner before the group's word: 各委員, 複数の委員, 出席した委員
_DETERMINER = re.compile(r"^(?:各|複数の|一部の|多くの|出席した|参加した)(?=.)")
#: words of a group that the role table does not hold (出席者からの主な意見): attendees speak
#: as members in the minutes of a council
_PEOPLE = frozenset(("出席者", "参加者"))
#: the group of a heading that names none (主な意見は以下のとおり。): the meeting's attendees
ATTENDEES = _ATTENDEES = "出席者"
#: the name part of a label that is no person's name but qualifies the group (懇談会構成員,
#: 市民委員, 公募委員, 学識経験者委員)
_QUALIFIER = re.compile(r"^(?:.*(?:会|部|局|省|庁|団体|機関|組織|側)|各|全|出席|参加|市民|町民|村民|区民|県民|都民|"
                        r"公募|外部|専門|臨時|学識|学識経験者|有識者|一般|地元|地域|関係|事業者|住民|女性|若手|他の|その他)$")
#: sections that hold no opinions: they end the group
_NOT_OPINIONS = re.compile(r"今後|予定|スケジュール|日程|次回|配布資料|配付資料|資料一覧|閉会|開会|挨拶|あいさつ|"
                           r"連絡事項|事務連絡|出席者|議事次第|結果|決定事項|以上")
#: a topic's heading under the group: …について, …に関して, …関係, …等
_TOPIC_END = re.compile(r"(?:について|に関して|に関する(?:こと|事項|意見)|関係|関連|等|全般|その他)$")


def _bare(text: str) -> str:
    """A heading's words: without its mark or number, its brackets, spaces, a colon after."""
    t = _SPACES.sub("", text)
    t = _LEAD.sub("", t, count=1)
    if len(t) >= 2 and _BRACKETS.get(t[0]) == t[-1]:
        t = t[1:-1]
    return t.rstrip("：:")


def group_speaker(who: str, roles: RoleTable, chair: bool = False) -> Speaker | None:
    """The speaker a group's word names: anonymous (no name) when the word is a title many
    hold (委員, 構成員, 出席者 …, a qualifier before it: 懇談会構成員, 各委員), a named
    speaker when the word names a person (飯島委員), None when it names nobody. A chair's
    title names nobody's group unless ``chair`` (a legend of marks: ◎は会長).

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> [group_speaker(w, r) for w in ("委員", "各委員", "懇談会構成員")]  # doctest: +NORMALIZE_WHITESPACE
    [Speaker(label='委員', name='', title='委員', role='member'),
     Speaker(label='委員', name='', title='委員', role='member'),
     Speaker(label='懇談会構成員', name='', title='構成員', role='member')]
    >>> group_speaker("飯島委員", r).name, group_speaker("本日", r), group_speaker("出席者", r).role
    ('飯島', None, 'member')
    """
    if not who:
        return Speaker(_ATTENDEES, "", _ATTENDEES, "member")  # 主な意見は以下のとおり: no group named
    who = _DETERMINER.sub("", who).rstrip("等")
    if not who:
        return None
    if who in _PEOPLE:
        return Speaker(who, "", who, "member")
    sp = roles.split(who)
    if sp is None or not sp.title or sp.role == "chair" and not chair:
        return None
    if not sp.name:
        return Speaker(who, "", sp.title, sp.role)
    if _QUALIFIER.match(sp.name):
        return Speaker(who, "", sp.title, sp.role)
    return sp  # 飯島委員からの主な意見: one person's


def group_heading(text: str, roles: RoleTable) -> Speaker | None:
    """The speaker of a heading that names a group whose opinions follow (a line of its own:
    ``委員からの主な意見``, ``【構成員の意見】``, ``（２）出席者からの主な意見``, ``主な意見（委員）``,
    ``委員からの主な意見は以下のとおり。``), or None.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> [getattr(group_heading(t, r), "label", None) for t in ("【委員からの主な意見】", "（２）構成員の意見",
    ...     "主な意見（委員）", "■事務局からの回答", "委員からの主な意見は以下のとおり。", "本日の主な意見",
    ...     "【インフラの維持管理について】", "委員からの意見を踏まえ修正する。")]
    ['委員', '構成員', '委員', '事務局', '委員', None, None, None]
    """
    if len(text) > 60:
        return None
    if "とおり" in text or "通り" in text:
        # the sentence alone on its line; after another (…説明があった。主な意見は…) the
        # paragraph is read first and the sentence at its end hands the floor (``group_sentence``)
        return group_sentence(text, roles) if "。" not in text.rstrip("。．") else None
    bare = _bare(text)
    for n, rx in enumerate(_HEADINGS):
        m = rx.match(bare)
        if m:
            sp = group_speaker(m["who"], roles)
            # 質疑（久保田委員）: the act, then the person — a speaker's header, no group
            return None if sp is None or n == 2 and sp.name else sp
    return None


#: a heading of questions and their answers (質疑応答の概要, 【質問と回答】, 質疑・応答): both sides
_BOTH_SIDES = re.compile(rf"^{_MAIN}(?:質疑応答|質疑・応答|質疑及び応答|質問と回答|質問及び回答|質問・回答|Ｑ＆Ａ|Q&A){_ABOUT}$")


def both_sides(text: str) -> bool:
    """A heading of questions and their answers: it names no one group (the members ask, the
    secretariat answers), so the bullets below are left to the labels inside them.

    >>> [both_sides(t) for t in ("質疑応答の概要", "【質疑応答】", "（２）質問と回答", "主な意見", "質疑応答を行った。")]
    [True, True, True, False, False]
    """
    return len(text) <= 30 and _BOTH_SIDES.match(_bare(text)) is not None


#: a heading of an official's statement: 冒頭発言, 知事発表, 大臣からの報告, 発表事項, 市長の発言
_STATEMENT = re.compile(r"^(?P<who>[^\s\u3000、。，,「」（）()【】]{0,12}?)(?:(?:から|より)の?|の)?(?:冒頭)?"
                        r"(?:発表|報告|発言|挨拶|あいさつ)(?:事項|内容|要旨|概要)?$")


def statement(text: str) -> str | None:
    """The speaker's word a heading of a statement names (``知事発表`` → 知事, ``大臣からの報告``
    → 大臣), ``""`` when it names none (冒頭発言, 発表事項), None for any other line.

    >>> [statement(t) for t in ("１　知事発表", "【冒頭発言】", "大臣からの報告", "発表事項", "質疑応答", "意見交換")]
    ['知事', '', '大臣', '', None, None]
    """
    if len(text) > 24:
        return None
    m = _STATEMENT.match(_bare(text))
    return m["who"] if m else None


def group_sentence(text: str, roles: RoleTable) -> Speaker | None:
    """The speaker of the sentence that ends ``text`` when it introduces a group's opinions
    (…。委員からの主な意見は以下のとおり。), or None.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> group_sentence("事務局から説明があった。その後、意見交換を行った。委員からの主な意見は以下のとおり。", r).label
    '委員'
    >>> group_sentence("主な意見は以下のとおり。", r).label, group_sentence("日程は以下のとおり。", r)
    ('出席者', None)
    >>> group_sentence("課から報告があった。質疑の概要は次のとおり。", r).label, group_sentence("回答は次のとおり。", r)
    ('出席者', None)
    """
    bare = _SPACES.sub("", text)
    m = _SENTENCE.search(bare)
    if m is None:
        return group_speaker("", roles) if _EXCHANGE_SENTENCE.search(bare) else None
    return group_speaker(m["who"] or "", roles)


def closes_group(text: str) -> bool:
    """A heading of a section that holds no opinions (今後の予定, 配布資料, 閉会): the group ends.

    >>> [closes_group(t) for t in ("４．今後の予定", "【配布資料】", "【財源について】", "（１）その他")]
    [True, True, False, False]
    """
    return bool(_NOT_OPINIONS.search(_bare(text)))


def topic_heading(text: str, marked: bool) -> bool:
    """A heading of a topic under a group: after a mark, a number or in brackets, short and
    no sentence (【財源について】, （１）インフラの維持管理について, ①人材); unmarked, it must
    say what it is about (財源について).

    >>> [topic_heading(t, m) for t, m in (("【財源について】", True), ("①人材の確保", True),
    ...     ("財源について", False), ("財源が足りない。", True), ("人材の確保", False))]
    [True, True, True, False, False]
    """
    if len(text) > 40 or text[-1] in "。．":
        return False
    bare = _bare(text)
    if not bare or "。" in bare:
        return False
    return marked or bool(_TOPIC_END.search(bare))


#: the groups of an attendee list that are officials, who explain and answer, or the public
#: gallery: not the kind of person whose views a heading of opinions names
_OFFICIALS = frozenset(("説明員", "説明者", "随行者", "随行", "事務方", "傍聴者", "傍聴人", "傍聴"))


def attendees_kind(attendees: tuple[AttendeeGroup, ...], roles: RoleTable) -> Speaker | None:
    """The one kind of person the attendee list holds apart from the officials (the
    secretariat, the government, 説明員): the title most of them hold, when every other one's
    title holds it too (委員長, 副委員長 and 委員长代理 are 委員) or chairs them (座長, 部会長 and
    their deputies are no kind of their own: ``_chairs``) — an anonymous speaker of that
    title, as a heading that names no group gives the floor to. A person's title is their
    own (東委員) or their group's (委員：北村太郎、…). None when the list is empty, names
    someone with no title under a label of the whole list (出席者：北村太郎), or mixes kinds
    (委員 and オブザーバー, 委員 and 専門委員).

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> attendees_kind((AttendeeGroup("委員", ("北村委員長", "南副委員長", "東委員", "西 和子")),
    ...                 AttendeeGroup("事務局", ("都市計画課長",))), r)
    Speaker(label='委員', name='', title='委員', role='member')
    >>> [attendees_kind(g, r) for g in ((AttendeeGroup("出席者", ("北村太郎",)),), (AttendeeGroup("委員", ("東委員",)),
    ...     AttendeeGroup("オブザーバー", ("県交通政策課",))), ())]
    [None, None, None]
    >>> attendees_kind((AttendeeGroup("構成員", ("青柳座長", "伊吹構成員", "岡部構成員")),), r)  # its chair
    Speaker(label='構成員', name='', title='構成員', role='member')
    """
    titles = _attendee_titles(attendees, roles)
    if not titles:
        return None
    # the chair and its deputy (座長, 部会長, 座長代理, 副会長) chair the kind, none of their own
    kinds = [t for t in titles if not _chairs(t, roles)] or list(titles)
    kind = max(kinds, key=lambda t: (titles[t], -len(t)))
    if any(kind not in t for t in kinds):
        return None
    sp = roles.split(kind)
    return Speaker(kind, "", kind, "member") if sp is not None and sp.role == "member" and not sp.name else None


def _chairs(title: str, roles: RoleTable) -> bool:
    """The title is a chair's or its deputy's (座長, 分科会長, 座長代理, 副部会長): in a list of
    構成員 or 委員 it chairs them and is no kind of person of its own.

    >>> from assembler.minutes.roles import load_roles
    >>> r = load_roles()
    >>> [_chairs(t, r) for t in ("座長", "座長代理", "副部会長", "委員長代理", "構成員", "オブザーバー")]
    [True, True, True, True, False, False]
    """
    for t in (title, title.removesuffix("代理").removeprefix("副")):
        sp = roles.split(t) if t else None
        if sp is not None and sp.role == "chair":
            return True
    return False


def _attendee_titles(attendees: tuple[AttendeeGroup, ...], roles: RoleTable) -> Counter[str] | None:
    """How many attendees hold each title (their own, or their group's), the officials and the
    gallery aside; None when one of them has no title or is neither a member nor a chair."""
    titles: Counter[str] = Counter()
    for group in attendees:
        label = roles.split(group.group)
        if label is not None and label.role in ("secretariat", "government") or group.group in _OFFICIALS or (
                label is None and not group.names):
            continue  # officials, the gallery, a label that names no kind and no one (欠席者：なし)
        own = (label.title, label.role) if label is not None and label.title else ("", "")
        for name in group.names or ("",):
            sp = roles.split(name) if name else None
            title, role = (sp.title, sp.role) if sp is not None and sp.title else own
            if not title or role not in ("member", "chair"):
                return None
            titles[title] += 1
    return titles

"""Page furniture and the end of the record: running heads and page numbers, a web page's navigation,
the trailer after the turns, signatures and the bodies that sign.

Moved from ``parser.py`` (where ``LineParser`` reads the lines).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..model import Line, Role, Speaker
from ..text import DASHES, PAGE_NUMBER_FORM, PLACE_ENDS, UNIT_ENDS, is_page_number
from .front import is_date_line
from . import prose
from .roles import RoleTable
from .view import FileView
from .forms import HEADER_OPENERS, LINE_PAGE
from . import forms as _forms
from .paragraphs import ends_sentence

# bound here, not imported by name: a method called on an imported name is no method call
# to CPython 3.11's compiler (LOAD_ATTR then CALL, a bound method made each time)
_BODY_NAME = _forms.BODY_NAME
_END_MARK = _forms.END_MARK
_PERSON = _forms.PERSON
_SIGN_SENTENCE = _forms.SIGN_SENTENCE
_SPACES = _forms.SPACE_RUN
_SURNAME_START = _forms.SURNAME_START


#: a line that is a page number, in a file's text joined (``_after_page_numbers``)
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t\u3000\f]*(?:" + PAGE_NUMBER_FORM + r")[ \t\u3000]*(?=\n)")
#: what the first line of its match ends in, stripped: a dash or ー, a digit, or (the number broken
#: over lines by the spaces inside it: －\n３\n－, p.\n3, ３\n/ ４, Page\n3 of\n9, （\n3\n）) p, P,
#: a full stop, a slash, Page's e, of's f, a bracket
_PAGE_NUMBER_ENDS = DASHES + "ー0123456789０１２３４５６７８９pP.．/／ef（(）)"
_SIGN_LABEL = re.compile(r"署名(?:委員|議員|人|者)")
_SIGNER_TITLE = (r"^[^。、，,：:「」（）()]{0,24}?(?:議長|委員長|会長|座長|部会長|分科会長|委員|議員|署名者"
                 r"|取締役|監査役|社長|理事長|理事|監事|評議員)")
_SIGNER = re.compile(_SIGNER_TITLE + r"[\u3400-\u9fff々〆ヶ]{2,8}[印㊞]?$")
#: the signer's name with kana in it (大賀 りつ子, 大　賀　り　つ　子): written apart from the title and
#: spaced between surname and given name, or character by character — as no speech is
_KANA_NAME = re.compile(r"[\s\u3000](?:[\u3400-\u9fff々〆ヶ]{1,4}[\s\u3000]+[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー]{1,4}"
                        r"|(?:[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー][\s\u3000]+){2,6}[\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー])[印㊞]?$")
_SIGNER_KANA = re.compile(_SIGNER_TITLE + r"[\u3400-\u9fff々〆ヶ][\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30faー]{1,7}[印㊞]?$")
#: who kept the record, at its end (記録者　議会事務局　新庄　なつみ, 会議録作成者：…, 作成：福祉課　氏名　確認：氏名):
#: the closing block's,
#: as a signer is — no turn of the last speaker (fates17)
_RECORDER = re.compile(r"^(?:記[\s\u3000]*録[\s\u3000]*者|(?:会議録|記録)?作成者?)(?:[\s\u3000]*[：:]|[\s\u3000]+)[^。]{2,40}$")
#: the heading of a signature block alone on its line (記名押印, 署名, 署名欄)
_SIGN_HEADING = re.compile(r"^[（(【〔]?[\s\u3000]*(?:記[\s\u3000]*名[\s\u3000]*押[\s\u3000]*印|署[\s\u3000]*名(?:[\s\u3000]*押[\s\u3000]*印|欄)?)"
                           r"[\s\u3000]*[）)】〕]?$")
_CONTACT = re.compile(r"問い?合わ?せ|お問合せ|〒\s*[0-9０-９]|(?:TEL|ＴＥＬ|Tel|電話|FAX|ＦＡＸ|内線)"
                      r"\s*[:：（(]?\s*[0-9０-９]|E-?mail|メール\s*[:：]|ホームページ|URL|https?://")
#: the office named in a footer in brackets after the last turn (（事務局：市民部保険年金課　国保係）,
#: （担当：みなと市環境課）): a field's word and a colon, then a unit of an office — no post of a person
#: (（事務局：佐藤課長） is a label naming its speaker after the point, trailing.py); its close may be lost;
#: the unit's end ``text.UNIT_ENDS``
_OFFICE_FOOTER = re.compile(r"^[（(【〔＜〈［](?:事務局|担当(?:課|部署|係)?|所管(?:課)?|作成|連絡先|記録|事務担当)[\s\u3000]*[：:]"
                            rf"[^：:。]*?(?:[{UNIT_ENDS}]|センター|事務局)(?![長補主員次参理監])[^。]*[）)】〕＞〉］]?$")
_SESSION_NOTE = re.compile(r"[（(]?第[0-9０-９一二三四五六七八九十]+回[）)]?")


def is_signature(text: str) -> bool:
    """A line of the signature block that closes a record (no one's speech).

    >>> [is_signature(t) for t in ["委員長　岸　本　孝　之", "会議録署名委員　山田太郎",
    ...     "上記のとおり相違ないことを証するため、ここに署名する。", "委員長　それでは始めます。"]]
    [True, True, True, False]
    >>> [is_signature(t) for t in ["議　員　　大　賀　り　つ　子", "委員　大賀 りつ子", "記名押印", "委員長　次に進みます"]]
    [True, True, True, False]
    >>> is_signature("記録者　議会事務局　新庄　なつみ"), is_signature("記録者が確認した内容です。")
    (True, False)
    >>> is_signature("作成：福祉課　平田（６月２日）　確認：森"), is_signature("作成者　総務課"), is_signature("作成した資料です。")
    (True, True, False)
    """
    if len(text) > 80:
        return False
    if _RECORDER.match(text):
        return True  # 記録者　議会事務局　新庄　なつみ: who kept the record
    if _SIGN_SENTENCE.search(text) or _SIGN_LABEL.search(text) or len(text) <= 12 and _SIGN_HEADING.match(text):
        return True
    if not _SPACES.search(text):
        return False
    bare = _SPACES.sub("", text)
    return bool(_SIGNER.match(bare)) or _KANA_NAME.search(text) is not None and bool(_SIGNER_KANA.match(bare))


#: A body that speaks as one at a hearing (【みずなみ市】, 【株式会社ひばり交通】, 【鉄道局】,
#: 【全国中学校体育団体連絡会（村木常務理事）】): an organisation's name by its ending or its
#: legal form. A ministry, agency or bureau of the state speaks as the government; a local
#: body, a company, an association or any other organisation is a guest (``other``).
_CORP = (r"(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人"
         r"|独立行政法人|国立研究開発法人|学校法人|社会福祉法人|医療法人|[（(]株[）)])")
#: the body a signature block names above its signers (株式会社ひかり物流　取締役会, 社会福祉法人
#: さくら会): its legal form or its board
_BODY_IN_SIGNATURE = re.compile(rf"{_CORP}|取締役会|理事会|評議員会")
#: a local government as a guest body (みなと市, あおば県; ``text.PLACE_ENDS``): 区 left out, on purpose — it ends a
#: district (北地区); 都 and 道 too — 東京都 and 北海道 are named, the ends end other words (首都, 水道)
_GUEST_PLACE_ENDS = "".join(c for c in PLACE_ENDS if c not in "区都道")
#: a local government before its office (みなと市福祉部, 港区役所区民課): 道 left out, on purpose (水道課, 県道整備課)
_PLACE_OF_OFFICE = "".join(c for c in PLACE_ENDS if c != "道")
_GUEST_BODY = re.compile(
    rf"^{_CORP}.|(?:{_CORP}|会社|協会|連合会|連絡会|協議会|会議所|商工会|医師会|薬剤師会|組合|機構|公社|財団"
    r"|法人|学会|大学|研究所|センター|病院|銀行|事業団|振興会|連盟|団体|工業会|研究会"
    # a company by its trade, as a regulator's hearing names the applicant (○みなと電力（大川部長）)
    r"|電力|ガス|鉄道|電鉄|航空|重工業?|製作所|建設|工業|産業|商事|製薬|証券|生命|ホールディングス|原燃"
    # a local office and a community's body at a council of the bodies of an area (市消防本部, 北保健所,
    # 港湾事務所, 連合町内会, 漁協)
    r"|消防本部|消防署|警察署|保健所|保健センター|事務所|支部|町内会|自治会|婦人会|子ども会|老人クラブ|漁協|農協|生協|社協)$"
    # a local government, or a unit of its office (``text.UNIT_ENDS``: みなと市福祉部, あおば県庁危機管理室)
    rf"|^.{{2,10}}[{_GUEST_PLACE_ENDS}]$|^(?:東京都|北海道)$|^.{{2,10}}[{_PLACE_OF_OFFICE}](?:役所|役場|庁)?.{{0,10}}"
    rf"[{UNIT_ENDS}]$")
_STATE_BODY = re.compile(r"^(?:内閣府|内閣官房)|^.{1,12}(?:省|庁)(?:.{1,12}(?:局|部))?$|^.{1,10}局$")
_NOT_BODY = ("資料", "参考", "議題", "議事", "概要", "意見", "質疑", "別紙", "目次", "報告", "結果", "説明",
             "まとめ", "論点", "その他", "事務局")


def body_speaker(label: str, roles: RoleTable) -> Speaker | None:
    """A bracketed label naming a body, not a person, with its role (see ``_GUEST_BODY``);
    the person who speaks for it may follow in brackets. None for any other label.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("みずなみ市", "鉄道局",
    ...     "株式会社ひばり交通", "全国中学校体育団体連絡会（村木常務理事）"))]
    [('みずなみ市', '', 'other'), ('鉄道局', '', 'government'), ('株式会社ひばり交通', '', 'other'), ('村木', '常務理事', 'other')]
    >>> body_speaker("参考資料", t), body_speaker("事務局（佐藤企画官）", t)
    (None, None)
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("みなと電力（大川副本部長）", "北浜鉄道"))]
    [('大川', '副本部長', 'other'), ('北浜鉄道', '', 'other')]
    >>> [(s.name, s.title, s.role) for s in (body_speaker(x, t) for x in ("財務省の出席者", "みどり市の担当者", "内閣府"))]
    [('財務省', '出席者', 'government'), ('みどり市', '担当者', 'other'), ('内閣府', '', 'government')]
    >>> body_speaker("委員の出席者", t), body_speaker("出席者", t)
    (None, None)
    """
    org, _, person = label.partition("（") if "（" in label else label.partition("(")
    person = person.rstrip("）)")
    attending = prose.BODY_ATTENDEE.search(org) if not person else None
    if attending is not None:  # 財務省の出席者: who attends for the body, unnamed
        org = org[:attending.start()]
    if not _BODY_NAME.match(org) or any(w in org for w in _NOT_BODY) or roles.split(org) is not None:
        return None
    if _GUEST_BODY.search(org) and not org.startswith(("内閣府", "内閣官房")):
        role: Role = "other"
    elif _STATE_BODY.search(org):
        role = "government"
    else:
        return None
    if not person:
        return Speaker(label, org, attending["who"] if attending is not None else "", role)
    sp = roles.split(person) or roles.guess(person)
    if sp is None or not 0 < len(sp.name) <= 8:
        return None
    return Speaker(label, sp.name, sp.title, sp.role if role == "government" else role)


#: a name in katakana, its parts apart by ・ (ヴァン・デル・ベルク): longer than a surname in kanji
_FOREIGN_NAME = re.compile(r"^[\u30a1-\u30faー]+(?:・[\u30a1-\u30faー]+)+$")


def person_for_body(label: str, roles: RoleTable) -> Speaker | None:
    """A person named by name alone, then the body they speak for in brackets: ``石井（青葉市）：``,
    ``長尾（ひばり交通株式会社）：``, ``山本（国土交通省）：`` — as the summaries of 懇談会 and
    hearings of outside parties label them. The role is the body's (``body_speaker``: a
    ministry's people answer for the government, a local body's or a company's are ``other``);
    a title before the brackets (会長（三上康之）, 事務局（県交通政策課）) is another form.

    >>> from assembler.minutes.roles import load_roles
    >>> t = load_roles()
    >>> [(s.name, s.title, s.role) for s in (person_for_body(x, t) for x in ("石井（青葉市）",
    ...     "長尾（ひばり交通株式会社）", "山本（国土交通省）", "ヴァン・デル・ベルク（株式会社ほたる）"))]
    [('石井', '', 'other'), ('長尾', '', 'other'), ('山本', '', 'government'), ('ヴァン・デル・ベルク', '', 'other')]
    >>> person_for_body("会長（三上康之）", t), person_for_body("議事（１）", t), person_for_body("石井（欠席）", t)
    (None, None, None)
    """
    person, _, org = label.partition("（") if "（" in label else label.partition("(")
    org = org[:-1] if org[-1:] in "）)" else ""
    if (not org or not _PERSON.match(person) or not _SURNAME_START.match(person)
            or len(person) > 8 and not _FOREIGN_NAME.match(person) or roles.split(person) is not None):
        return None
    body = body_speaker(org, roles)
    if body is None or body.title:
        return None
    return Speaker(label, person, "", body.role)
_KANA_OR_STOP = re.compile(r"[\u3041-\u3096。．！？]")


def sign_tail(above: str, text: str) -> bool:
    """The line ends the signature's sentence that the line above began, broken at the page's
    width (pdftotext: 「…議長及び出席した監事は、次に記名押印す」 / 「る。」).

    >>> sign_tail("上記の議決を明確にするため、議長及び出席した監事は、次に記名押印す", "る。")
    True
    >>> sign_tail("上記の議決を明確にするため、議長は次に記名押印する。", "以上"), sign_tail("議長が諮り、全員", "賛成で可決した。")
    (False, False)
    """
    return (len(text) <= 20 and ends_sentence(text) and bool(above) and not ends_sentence(above)
            and _SIGN_SENTENCE.search(above + text) is not None)


def signatures(lines: tuple[Line, ...], numbers: frozenset[int] = frozenset()) -> int:
    """Where the signature block at the end of a record starts (len(lines) when there is
    none): the last lines, blank lines, page numbers (``numbers``: FileView.page_numbers), dates
    and end marks aside, that are lines of a signature (``is_signature``)."""
    start = n = len(lines)
    head = -1  # the line that begins a signature's sentence the next line ends
    for i in range(n - 1, max(n - 40, -1), -1):
        t = lines[i].text.strip()
        if not t or i in numbers or len(t) <= 12 and _END_MARK.match(t):
            continue
        if i != head and i > 0 and sign_tail(lines[i - 1].text.strip(), t):
            start, head = i, i - 1  # (before is_signature: 「…監事は」 / 「次に記名押印する。」 is one too)
        elif i == head or is_signature(t):
            start = i
        elif not (is_date_line(t) or len(t) <= 24 and not _KANA_OR_STOP.search(t)
                  or len(t) <= 16 and _KANA_NAME.search("\u3000" + t) is not None  # 大賀 りつ子 under 委員
                  or len(t) <= 40 and "。" not in t and _BODY_IN_SIGNATURE.search(t)):
            break  # a date, a short line of no sentence (建設常任委員会), the body (株式会社ひかり物流　取締役会)
    return start


def trailer(lines: tuple[Line, ...], numbers: frozenset[int] = frozenset()) -> int:
    """Where the footer after the last turn starts (len(lines) when there is none; ``numbers``:
    the page numbers, FileView.page_numbers).

    The footer is the last block of at most eight short lines, none ending a sentence
    (。, or 。」 closing a turn quoted whole),
    one of which is a contact (問い合わせ先, 〒, 電話): the ministry's address.
    """
    n = len(lines)
    i = n
    seen = 0
    contact = False
    start = n
    while i > 0 and seen < 8:
        t = lines[i - 1].text.strip().strip("\u3000")
        i -= 1
        if not t:
            continue
        copyright_line = _COPYRIGHT.match(t) is not None
        if not copyright_line and (ends_sentence(t) or len(t) > 60):
            break  # a sentence (…ます。, …ます。」 closing a quoted turn) is no footer
        seen += 1
        contact = contact or copyright_line or bool(_CONTACT.search(t))
        start = i
    if not contact and start < n:
        # the block is one bracket naming the office that keeps the record (（事務局：市民部…係）,
        # its close on the block's last line): back matter, no speaker's label
        block = "".join(lines[k].text.strip() for k in range(start, n) if k not in numbers)
        contact = _OFFICE_FOOTER.match(block) is not None
    return start if contact else n


#: a web site's copyright line at the foot of a saved page (Copyright © …, ©2024 …, (C) …)
_COPYRIGHT = re.compile(r"(?:Copyright|COPYRIGHT|©|\([Cc]\)|（[CcＣｃ]）)")
_DIGITS = re.compile(r"[0-9０-９]+")
#: a line that names the record or its session: its title (…委員会記録（第５号）, 第３回…会議 議事録)
_RECORD_TITLE = re.compile(r"記録|議事録|会議録|議事要旨|議事概要|要点筆記|(?:定例|臨時)会|第[0-9０-９一二三四五六七八九十]+(?:回|号)")


#: a link back to the page's top (このページの先頭へ, ページの先頭へ戻る, ▲ページトップへ, ページの上に戻る):
#: the one form of it, a saved page's navigation at its edges (``_WEB_NAVIGATION``) and between its
#: sections wherever it stands in a file its first lines show to be a saved page (``web_navigation``)
_PAGE_TOP_FORM = r"[▲△↑]?(?:(?:この)?ページの(?:先頭|トップ|上)|ページトップ|ページ先頭)(?:へ|に)(?:戻る)?"
_PAGE_TOP = re.compile(_PAGE_TOP_FORM)

# What a web page wraps around the record when its text is saved (a 会議録検索 site): the
# site's name, a breadcrumb (トップ ＞ 委員会 ＞ …), links to skip or jump (本文へ移動,
# ページの先頭へ戻る, 次の発言へ) with their numbered page links (1|2|3), and those links alone.
_WEB_NAVIGATION = re.compile(
    r"[^。、]{0,40}(?:会議録|議事録)?(?:検索|閲覧)(?:システム|サービス)"
    r"|(?:[^。＞>»›]{1,30}[＞>»›]\s*){2,}[^。＞>»›]{1,40}"
    r"|(?:本文へ(?:移動|スキップ|ジャンプ)?|メニューへ(?:移動)?|" + _PAGE_TOP_FORM + "|"
    r"メインコンテンツへ(?:移動|スキップ)?|ナビゲーションを(?:スキップ|飛ばす)|"
    r"印刷用(?:ページ|画面)(?:を表示(?:する)?)?|(?:最終)?更新日[:：]?\s*[^。]{0,24}|ページ(?:ID|番号)[:：]?\s*[0-9０-９A-Za-z]+(?:(?:最終)?更新日[:：]?\s*[^。]{0,24})?|(?:前|次)の(?:ページ|発言)へ(?:戻る|進む)?|検索結果(?:一覧)?へ(?:戻る)?|"
    r"文字サイズ[^。]{0,40}"
    # a page's marks for screen readers and its menus (ここからサイトの主なメニューです, 本文ここから,
    # サイトメニューここまで, このページの先頭です, メニュー)
    r"|ここ(?:から|まで)[^。、]{0,16}?です|(?:サイトメニュー|メニュー|本文|フッター|ヘッダー)ここ(?:から|まで)"
    r"|このページの(?:先頭|本文)(?:です|へ移動)|メニュー|サイトマップ|サイト内検索(?:検索)?)"
    r"(?:\s*[:：]?\s*[0-9０-９]+(?:\s*[|｜]\s*[0-9０-９]+)*)?"
    r"|[0-9０-９]+(?:\s*[|｜]\s*[0-9０-９]+)+")


_NAVIGATION_CHARS = frozenset("検閲＞>»›|｜へ字更印Dナこメペ")  # 字: 文字サイズ 標準 拡大; 更新日, 印刷用, ページID; ここから…; ペ: ページの上に戻る


#: where a saved page's footer begins under the record: the note on the reader a PDF needs (PDF形式の
#: ファイルをご覧いただく場合には…, Adobe Acrobat Reader), the page's contact (このページに関するお問い合わせ),
#: the page's survey (このページの内容は分かりやすかったですか, より良いウェブサイトにするために)
_WEB_FOOTER = re.compile(r"PDF(?:形式の)?ファイルを(?:ご覧|閲覧)|Adobe|Acrobat\s*Reader|このページ(?:に関する|についての)お問い?合わ?せ"
                         r"|このページ(?:の内容|の情報)?は(?:分かりやすかった|わかりやすかった|役に立ちました|見つけやすかった)"
                         r"|より良い(?:ウェブ|ホームページ|Web)|ホームページをより良く")
#: the longest line of a saved page's footer (a turn of the record is longer; 開庁時間：… is not)
_FOOTER_LINE = 100


def web_navigation(lines: tuple[Line, ...], edge: int = 20) -> frozenset[int]:
    """Positions of lines that are a web page's navigation, not the record (furniture):
    looked for among the first and the last ``edge`` lines, where a page wraps its text. When the
    first lines show the file is a saved page, the links back to the page's top between its
    sections wherever they stand (``_PAGE_TOP``) and the page's footer under the record — from
    the first line of the last 80 that begins one (``_WEB_FOOTER``: the PDF reader's note, the
    page's contact, its survey) to the end, none longer than a footer's line — are furniture too.

    >>> from assembler.model import Line
    >>> texts = ["本文へスキップ", "", "現在位置：ホーム ＞ 審議会 ＞ 会議録", "", "会長：開会します。", "",
    ...          "このページの先頭へ", "", "委員：賛成です。", "", "このページの先頭へ", "",
    ...          "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。", "",
    ...          "このページに関するお問い合わせ", "電話：000-000-0000"]
    >>> sorted(web_navigation(tuple(Line(t, n) for n, t in enumerate(texts, 1))))
    [0, 2, 6, 10, 12, 13, 14, 15]
    """
    n = len(lines)
    ends = range(n) if n <= 2 * edge else (*range(edge), *range(n - edge, n))
    found = {i for i in ends
             if len(stripped := lines[i].text.strip()) <= 80 and _NAVIGATION_CHARS.intersection(stripped)
             and _WEB_NAVIGATION.fullmatch(_SPACES.sub("", stripped))}
    if not any(i < edge for i in found):
        return frozenset(found)  # no saved page by its first lines: its navigation at the edges only
    found.update(i for i, line in enumerate(lines)
                 if len(t := line.text.strip()) <= 16 and _PAGE_TOP.fullmatch(_SPACES.sub("", t)))
    tail = [line.text.strip() for line in lines[max(n - 80, 0):]]
    start = next((k for k, t in enumerate(tail) if _WEB_FOOTER.search(t)), None)
    if start is not None and all(len(t) <= _FOOTER_LINE for t in tail[start:]):
        found.update(range(n - len(tail) + start, n))
    return frozenset(found)


def running_heads(lines: tuple[Line, ...], view: FileView | None = None) -> frozenset[int]:
    """Positions of running heads and feet (``view``: the parser's prepared view of the
    lines, made here when not given).

    With page breaks (pdftotext's form feeds), a head is the first line of a page (a foot
    the last, page numbers aside) that comes back on two pages or more (its digits aside:
    「議事録 ３頁」), or whose words are the document's title (its first lines, spaces
    aside). Without them (pypdf joins pages with a line break), a head is the document's
    first line again just after a page number.
    """
    view = view or FileView(lines)
    stripped = view.stripped
    if _one_page(lines):
        # (the lines are not sorted by page: the first three lines with text are the top)
        top = list(itertools.islice((i for i, t in enumerate(stripped) if t), 3))
        return _title_again(lines, top, view) if top else frozenset()
    pages: dict[object, list[int]] = {}
    for i, line in enumerate(lines):
        if stripped[i]:
            pages.setdefault(line.page, []).append(i)
    if not pages:
        return frozenset()
    top = next(iter(pages.values()))[:3]
    if len(pages) < 2:
        return _title_again(lines, top, view)
    return _page_edges(lines, stripped, view.page_numbers, pages, top)


def _page_edges(lines: tuple[Line, ...], stripped: list[str], numbers: frozenset[int],
                pages: dict[object, list[int]], top: list[int]) -> frozenset[int]:
    """``running_heads`` of a file of several pages (``pages``: the lines with text, by page; ``numbers``:
    the page numbers):
    a page's first or last line that comes back on two pages or more, or that repeats the
    title (the ``top`` lines)."""
    title = _SESSION_NOTE.sub("", "".join(_SPACES.sub("", lines[i].text) for i in top))
    edges: dict[str, list[int]] = {}
    found: set[int] = set()
    for idx in list(pages.values())[1:]:
        body = [i for i in idx if i not in numbers]
        if not body:
            continue
        for i in {body[0], body[-1]}:
            compact = _SPACES.sub("", lines[i].text)
            edges.setdefault(_DIGITS.sub("#", compact), []).append(i)
            bare = _SESSION_NOTE.sub("", compact)  # 水辺空間活用検討会（第２回） under 第２回 水辺…
            if i == body[0] and len(bare) >= 4 and bare in title and not ends_sentence(compact):
                found.add(i)
    found |= _repeated(edges, len(pages))
    found |= _head_blocks(lines, numbers, pages, top, found)
    if _head_over_title(lines, top, found):
        found.add(top[0])
    return frozenset(found)


#: how many lines a page's running head may take (第２１８回国会 / 環境委員会議録第６号 / 令和８年５月１３日)
_HEAD_LINES = 4


def _head_blocks(lines: tuple[Line, ...], numbers: frozenset[int], pages: dict[object, list[int]],
                 top: list[int], found: set[int]) -> set[int]:
    """A running head of several lines atop a page, blank lines between them (pdftotext of a
    国会-style 会議録: ``第２１８回国会`` / ``環境委員会議録第６号`` / ``令和８年５月１３日``): from a page's
    first line down, each line short and no sentence nor speaker's mark that comes back at the same
    place atop another page (its digits aside), or is a piece of the record's title (``top``: its
    first lines, spaces aside, four characters or more), or — below such a line — a date alone.
    The block ends at the first line that is none of these; a page's first line must be one."""
    title = "".join(_SPACES.sub("", lines[i].text) for i in top)
    blocks = []
    places: dict[tuple[int, str], int] = {}
    for idx in list(pages.values())[1:]:
        block = [i for i in idx if i not in numbers][:_HEAD_LINES]
        blocks.append(block)
        for at, i in enumerate(block):
            place = (at, _DIGITS.sub("#", _SPACES.sub("", lines[i].text)))
            places[place] = places.get(place, 0) + 1
    heads: set[int] = set()
    for block in blocks:
        for at, i in enumerate(block):
            compact = _SPACES.sub("", lines[i].text)
            if len(compact) > 40 or ends_sentence(compact) or compact[0] in HEADER_OPENERS:
                break
            if not (i in found or places[(at, _DIGITS.sub("#", compact))] >= 2
                    or len(compact) >= 4 and compact in title or at > 0 and is_date_line(compact)):
                break
            heads.add(i)
    return heads | _first_page_block(lines, next(iter(pages.values())), places)


def _first_page_block(lines: tuple[Line, ...], first: list[int], places: dict[tuple[int, str], int]) -> set[int]:
    """The head of several lines atop page 1 too: its first lines the same, place by place, as
    atop the other pages (digits aside), and the record's title right below them (a line naming
    the record or its session: ``第２１８回国会　衆議院``) — else those lines are the title itself."""
    block: list[int] = []
    for at, i in enumerate(first[:_HEAD_LINES]):
        if not places.get((at, _DIGITS.sub("#", _SPACES.sub("", lines[i].text)))):
            break
        block.append(i)
    if len(block) < 2 or len(first) <= len(block):
        return set()
    below = _SPACES.sub("", lines[first[len(block)]].text)
    return set(block) if _RECORD_TITLE.search(below) is not None and not ends_sentence(below) else set()


def _head_over_title(lines: tuple[Line, ...], top: list[int], heads: set[int]) -> bool:
    """The first page's first line is its running head too when it comes back atop the other
    pages (a head found there, its digits aside) and the record's own title stands below it (a
    line naming the record or its session and a body: 健康福祉委員会記録（第５号） under the head あさぎ
    市議会　健康福祉委員会記録; not 議事録 alone under 第２回 地域脱炭素推進検討会, the title's second
    line): pdftotext prints the page's head first, and read as the title it made the council's
    name あさぎ市議会健康福祉委員会健康福祉委員会."""
    if len(top) < 2 or not heads:
        return False
    first = _DIGITS.sub("#", _SPACES.sub("", lines[top[0]].text))
    second = _SPACES.sub("", lines[top[1]].text)
    return (_RECORD_TITLE.search(second) is not None and len(_RECORD_TITLE.sub("", second)) >= 4
            and not ends_sentence(second) and any(_DIGITS.sub("#", _SPACES.sub("", lines[i].text)) == first for i in heads))


def _one_page(lines: tuple[Line, ...]) -> bool:
    """Every line is of one page (a text file's are of none), or there are none."""
    pages = list(map(LINE_PAGE, lines))
    return not pages or pages.count(pages[0]) == len(pages)


def _repeated(edges: dict[str, list[int]], n_pages: int) -> set[int]:
    """The page edges that come back on two pages or more and are no sentence; a speaker's
    header atop two pages is no running head (it must come back on most pages)."""
    found: set[int] = set()
    for key, where in edges.items():
        if len(where) >= 2 and len(key) <= 60 and not ends_sentence(key) and (
                key[0] not in HEADER_OPENERS or len(where) >= max(3, 0.6 * n_pages)):
            found.update(where)
    return found


def _title_again(lines: tuple[Line, ...], top: list[int], view: FileView) -> frozenset[int]:
    """Running heads of a text without page breaks (pypdf joins pages with a line break): the
    line just after a page number (blank lines between aside) that is the document's first line
    again or part of its title (its first lines, spaces aside: 「第４回 …検討会 議事録」 heads its
    pages 「第４回…検討会」), never a sentence. (A line merely coming back after page numbers is
    not enough here, as it is on paged text: with no page to say where the top is, a speaker's
    name alone at the top of two pages would be one.) ``view``: the lines' view."""
    first = _SPACES.sub("", lines[top[0]].text)
    title = _SESSION_NOTE.sub("", "".join(_SPACES.sub("", lines[i].text) for i in top))
    found: set[int] = set()
    for i in _after_page_numbers(lines, top[-1] + 1, view):
        compact = _SPACES.sub("", lines[i].text)
        if len(compact) >= 4 and not ends_sentence(compact) and (
                compact == first or _SESSION_NOTE.sub("", compact) in title):
            found.add(i)
    found |= _below_heads(lines, found, "".join(_SPACES.sub("", lines[i].text) for i in top))
    if found and len(top) > 1 and _first_is_head(lines, top, first):
        found.add(top[0])
    return frozenset(found)


def _below_heads(lines: tuple[Line, ...], heads: set[int], title: str) -> set[int]:
    """The lines of a head of several lines under each head found after a page number (pypdf:
    ``第２１８回国会`` / ``環境委員会議録第６号`` / ``令和８年５月１３日``): short lines of no sentence nor
    speaker's mark, each the same at its place under another head (digits aside), or a piece of the
    title (``title``: its first lines, spaces aside; four characters or more), or a date alone."""
    blocks: list[list[tuple[int, str]]] = []
    for h in sorted(heads):
        block: list[tuple[int, str]] = []
        for j in range(h + 1, min(h + 1 + 2 * _HEAD_LINES, len(lines))):
            compact = _SPACES.sub("", lines[j].text)
            if compact and len(block) < _HEAD_LINES - 1:
                block.append((j, compact))
        blocks.append(block)
    places: dict[tuple[int, str], int] = {}
    for block in blocks:
        for at, (_j, compact) in enumerate(block):
            place = (at, _DIGITS.sub("#", compact))
            places[place] = places.get(place, 0) + 1
    found: set[int] = set()
    for block in blocks:
        for at, (j, compact) in enumerate(block):
            if len(compact) > 40 or ends_sentence(compact) or compact[0] in HEADER_OPENERS or not (
                    places[(at, _DIGITS.sub("#", compact))] >= 2 or len(compact) >= 4 and compact in title
                    or is_date_line(compact)):
                break
            found.add(j)
    return found


def _first_is_head(lines: tuple[Line, ...], top: list[int], first: str) -> bool:
    """The first line, coming back after the page numbers, is the first page's running head
    too when the title stands again below it (pypdf gives a page's header first: 「…記者会見録
    令和７年１０月８日」 over the title 「…記者会見録」, or the title itself as the head over the
    title: the same line twice): the line below is a part of it or the whole of it, or a line
    naming the record or its session (``_RECORD_TITLE``)."""
    second = _SPACES.sub("", lines[top[1]].text)
    if ends_sentence(second):
        return False
    # or the record's own title below it, as on paged text (_head_over_title): 令和８年３月みなみ町議会定例会
    # under the head みなみ町議会　令和８年３月定例会
    return (4 <= len(second) <= len(first) and second in first
            or _RECORD_TITLE.search(second) is not None and len(_RECORD_TITLE.sub("", second)) >= 4)


def _after_page_numbers(lines: tuple[Line, ...], start: int, view: FileView) -> Iterator[int]:
    """The first line with text after each page number from ``start`` on (``view``: the lines'
    view). A page number's match starts on a line whose stripped text ends in what such a line
    ends in (``_PAGE_NUMBER_ENDS``), found by one search of the lines' last characters
    (``FileView.ending``: most files have few): only at those is the pattern tried, where its
    search of the file's text joined tried it after every line break. The same matches, in the
    same order (one that runs over the lines below, a number spaced over them, hides their own)."""
    texts = view.texts
    text = "\n" + view.joined + "\n"  # (a line is a newline and its text)
    n = len(lines)
    at = pos = end = 0  # line ``at``'s line break stands at ``pos`` of ``text``; the last match ended at ``end``
    for i in view.ending(_PAGE_NUMBER_ENDS):
        pos += sum(map(len, texts[at:i])) + i - at
        at = i
        m = _PAGE_NUMBER_LINE.match(text, pos) if pos >= end else None
        if m is None:
            continue
        end = m.end()
        if i < start or not is_page_number(m[0].strip()):
            continue
        j = i + 1
        while j < n and not lines[j].text.strip():
            j += 1
        if j < n and not is_page_number(lines[j].text.strip()):
            yield j

"""Third-person records with several speakers in one sentence or paragraph (acted.py).

The 理事会 and 評議員会 of a 財団, 社団 or 社会福祉法人, many 協議会 and some committees keep their
minutes in the third person with no label at all: who spoke is the subject of a sentence and
what they said a reported clause or a 「quote」. One sentence often holds several speakers:

    中川理事から、「…てはどうか。」との提案があり、議長は、…としたいと述べた。
    藤田理事から…について質問があり、村井事務局長から、…旨の回答があった。
    議長は、本議案について賛否を諮ったところ、全員異議なくこれを承認した。

Each subject that opens a reported clause (``Xから、`` ``Xより、`` ``Xは、`` ``Xが「…」`` with a
speech act) starts its own turn, also after ``…があり、`` / ``…と述べ、`` / ``…が出され、`` inside
the sentence, and after ``Xからの…質問に対し、``; the point's text is what X said (the quote
without its brackets, or the reported clause: the act words ``との提案があり``, ``旨の回答があった``
are the narration, not the point). A subject with no speech act (``議長は、…を諮ったところ、…承認
した``, ``議長がこれを議場に諮ったところ、…承認された``) is a procedural turn of the chair.
Anonymous subjects (``理事から``, ``ある理事より``, ``出席者から``) are speakers by role; ``同理事``
is the last 理事 named. Not a new turn: a name inside the words (``…中川理事の提案のとおり…``), the
subject of a subordinate clause that reports no speech (``事務局が作成した日程表について``, ``小松
評議員が議長に選出され、``), a topic (``…について、``).

Fixtures (fictional bodies, names and sentences), each with its expected parse — rows:
(speaker label, role, start of the text, first line, last line, kind) — and the fate of every
line (f front, a agenda, n narrative, p point, s stage, F furniture, b blank, u unread):

- ``board-acted-speakers-pdftotext.txt``: a 公益財団法人's 理事会 typed in Word, printed to PDF by
  LibreOffice and read by pdftotext (``tests/tools/make_board_acted_pdftotext.py``): lines
  broken at the page's width, indents lost, a page number and a form feed inside a sentence of
  two speakers, 第１号議案 headings, the signature's sentence broken over two lines.
- ``welfare-acted-speakers-cp932.txt``: a 社会福祉法人's 評議員会 saved from Word as text (CP932,
  CRLF, a paragraph a line, U+3000 indents), ``以上`` after the last item and the 議事録署名人 block.
"""
from __future__ import annotations

import pytest

from assembler import minutes
from assembler.ingest.text import split_lines
from conftest import FIXTURES
from test_forms2 import _fates
from test_forms_prose import kind_params

MINUTES = FIXTURES / "minutes"

# kind.py reads an answer about arranging a schedule (…順に日程を調整する) as the meeting's own
# business; the turn is right (its speaker, its words)
_SCHEDULE = ("opinion", "kind.py: …日程を調整する read as running the meeting")

EXPECTED = {
    "board-acted-speakers-pdftotext.txt": [
        ("村井事務局長", "secretariat", "理事の現在数７名のうち６名が出席しており、定款第", 13, 15, "procedural"),
        ("大森理事長", "member", "定款第３２条の規定により大森理事長が議長となり、", 15, 16, "procedural"),
        ("桜井常務理事", "member", "資料１に基づき、令和８年度は子ども向けの鑑賞事業", 18, 20, "opinion"),
        # a quote's words without its brackets; the chair's words after …との提案があり、
        ("中川理事", "member", "出前公演の後に、子どもたちが楽器に触れる時間を設けてはどうか。", 21, 22, "opinion"),
        ("議長", "chair", "事務局で実施方法を検討の上、次回の理事会に報告させることとしたい", 22, 23, "opinion"),
        ("藤田理事", "member", "藤田理事から公演を行う学校の選び方について質問があり、", 24, 24, "procedural"),
        ("村井事務局長", "secretariat", "教育委員会を通じて全ての学校に希望を聞き、希望の", 24, 26, _SCHEDULE),
        # 同理事: the 理事 named last; 中川理事 inside the words is no turn
        ("藤田理事", "member", "先ほどの中川理事の提案のとおり体験の時間を設ける", 26, 28, "opinion"),
        ("桜井常務理事", "member", "運搬と保険の費用は補正で対応できるよう積算し直す", 28, 29, "opinion"),
        # ある理事: a 理事 by role; 事務局が作成した日程表について is a topic, no turn
        ("理事", "member", "事務局が作成した日程表について、夏休み前の６月と７月に公演が集中している", 30, 31, "opinion"),
        ("村井事務局長", "secretariat", "学校行事の少ない時期に希望が集まったためであるが", 31, 33, "opinion"),
        # …と述べ、三好理事は、…と述べた: two turns
        ("今井理事", "member", "公演の様子を財団のホームページで紹介すれば寄付を募る際の材料にもなる", 33, 34, "opinion"),
        ("三好理事", "member", "紹介する際には子どもの顔が写らないよう配慮すべきである", 34, 35, "opinion"),
        ("議長", "chair", "議長は、本議案について賛否を諮ったところ、全員異", 36, 37, "procedural"),
        ("西山総務課長", "secretariat", "議長の指名により、西山総務課長から、資料２に基づ", 39, 40, "procedural"),
        ("岡本監事", "member", "岡本監事から、基本財産の運用益が前年度より減って", 41, 42, "procedural"),
        ("西山総務課長", "secretariat", "満期を迎えた債券を利率の低い債券に買い替えたことによるものである", 42, 43, "opinion"),
        # …との確認があり、大森理事長が「…」と答えた: the answer's quote opens right after が
        ("北野監事", "member", "運用の方針は理事会で定めた規程に沿っているのか。", 43, 44, "opinion"),
        ("大森理事長", "member", "規程の範囲内で運用しており、半年ごとに理事会へ報告する。", 44, 45, "opinion"),
        # across the page number and the form feed: …ではないかと / -1- / の意見が出され、議長は、…
        ("理事", "member", "会館の修繕に充てる特定資産の積立てを増やすべきではないか", 46, 50, "opinion"),
        ("議長", "chair", "議長は、修繕の計画を次年度中にまとめるよう事務局", 50, 51, "procedural"),
        # a subject with no speech act: the chair's procedure (…承認された, the passive)
        ("議長", "chair", "議長がこれを議場に諮ったところ、全員賛成で原案の", 52, 52, "procedural"),
        # two officers reporting together: the last one named (as board-corporation-pdftotext.txt)
        ("桜井常務理事", "member", "大森理事長及び桜井常務理事から、資料３に基づき、", 54, 55, "procedural"),
        ("議長", "chair", "以上をもって本日の議事を全て終了したので、議長は", 56, 57, "procedural"),
    ],
    "welfare-acted-speakers-cp932.txt": [
        ("石川事務局長", "secretariat", "評議員の現在数９名のうち８名が出席しており、定款", 15, 15, "procedural"),
        # 小松評議員が議長に選出され、: a passive's subject, acted on; the act is the chair's
        ("議長", "chair", "続いて、評議員の互選により小松評議員が議長に選出", 15, 15, "procedural"),
        ("平野業務執行理事", "member", "議長の求めに応じて、平野業務執行理事が資料１に基", 18, 18, "procedural"),
        # …と指摘し、その理由を尋ねた: one turn, the words pointed out
        ("水野評議員", "member", "短期入所の稼働率が前年度より下がっている", 19, 19, "opinion"),
        # …ためであると答え、…と述べた: the same speaker's two reports
        ("原施設長", "secretariat", "夏に職員の欠員が続き受入れを制限したためである", 19, 19, "opinion"),
        ("原施設長", "secretariat", "秋以降は元の水準に戻っている", 19, 19, "opinion"),
        ("寺田評議員", "member", "地域の子ども食堂への食材の提供は今年度も続けるのか。", 20, 20, "opinion"),
        ("青木理事長", "member", "続ける予定であり、提供する施設を増やしたい。", 20, 20, "opinion"),
        ("寺田評議員", "member", "ボランティアの受入れについても再開してほしい", 20, 20, "opinion"),
        # 職員の処遇改善について、: a topic before the speaker
        ("菊池評議員", "member", "処遇改善加算を確実に職員の給与に反映すべきである", 21, 21, "opinion"),
        ("平野業務執行理事", "member", "本年４月の給与改定で全額を反映した", 21, 21, "opinion"),
        # 長尾評議員からの「…」との質問に対して、原施設長から、…
        ("長尾評議員", "member", "夜勤の体制は何人か。", 22, 22, "opinion"),
        ("原施設長", "secretariat", "各フロア２名の計６名である", 22, 22, "opinion"),
        ("議長", "chair", "議長は、本議案について議場に諮ったところ、出席評", 23, 23, "procedural"),
        ("石川事務局長", "secretariat", "石川事務局長から、資料２に基づき計算書類等の概要", 26, 26, "procedural"),
        ("坂本監事", "member", "監査の結果、計算書類等は法人の財産及び損益の状況", 26, 26, "opinion"),
        ("評議員", "member", "評議員から、人件費の比率が上がっている点について", 27, 27, "procedural"),
        ("石川事務局長", "secretariat", "処遇改善による給与の引上げが主な理由である", 27, 27, "opinion"),
        ("上原評議員", "member", "人件費の増加は必要な投資であり、利用者の満足度の", 27, 27, "opinion"),
        ("議長", "chair", "ただいまの上原評議員の意見のとおり、理事会において今後の収支の見通しを示すよう", 27, 27,
         "opinion"),
        ("議長", "chair", "議長がこれを議場に諮ったところ、全員異議なく原案", 28, 28, "procedural"),
        ("議長", "chair", "理事の辞任に伴い後任の理事１名を選任する必要がある", 31, 31, "opinion"),
        ("青木理事長", "member", "青木理事長から、候補者の経歴について説明があった", 31, 31, "procedural"),
        # …との意見が出され、これを受けて、青木理事長は、…と答えた
        ("評議員", "member", "地域の医療機関との連携を深めるため医療の知識を持", 32, 32, "opinion"),
        ("青木理事長", "member", "候補者は看護師として２０年の経験を有している", 32, 32, "opinion"),
        ("議長", "chair", "議長が本議案を議場に諮ったところ、全員賛成で原案", 33, 33, "procedural"),
        # …終了した旨を述べ、…閉会を宣した: what the chair said, then the act that closes the meeting
        ("議長", "chair", "以上をもって全ての議案の審議を終了した", 35, 35, "procedural"),
        ("議長", "chair", "午後３時１０分に閉会を宣した。", 35, 35, "procedural"),
    ],
}

LINE_FATES = {
    # 第１号議案 … headings agenda; -1- and the form feed furniture inside a point's sentence; the
    # signature's sentence broken over two lines, the date, the body and the signers furniture
    "board-acted-speakers-pdftotext.txt": "ffffffffffffppppappppppppppppppppppppappppppppbFbpppappppFFFFFFFbFbb",
    # 以上 after the last item, the signature's sentence and the 議事録署名人 lines: furniture
    "welfare-acted-speakers-cp932.txt": "fbffffffffffbfpbappppppbapppbapppbpbFbFbFFFF",
}


def check_turns(name: str, rows: list[tuple]) -> None:
    """The record's turns are ``rows``: speaker label, role, lines, the text by its start."""
    parsed = minutes.parse_file(MINUTES / name)
    got = [(p.speaker.label, p.speaker.role, p.source.line_start, p.source.line_end) for p in parsed.points]
    assert got == [(e[0], e[1], e[3], e[4]) for e in rows]
    for p, e in zip(parsed.points, rows):
        assert p.text.startswith(e[2]), (p.text, e[2])


def check_fates(name: str, fates: str) -> None:
    """Every line of the record ends in the place ``fates`` gives it, none unread."""
    parsed = minutes.parse_file(MINUTES / name)
    assert (_fates(parsed), parsed.unread) == (fates, ())


def check_kind(name: str, k: int, label: str, kind: str) -> None:
    point = minutes.parse_file(MINUTES / name).points[k]
    assert (point.speaker.label, point.kind) == (label, kind), point.kind_why


def check_narration(name: str) -> None:
    """What X said is the point; the sentence as written (X, the act words) is its narration."""
    for p in minutes.parse_file(MINUTES / name).points:
        if p.narration:
            assert p.text in p.narration.replace("「", "").replace("」", ""), p
            assert not any(w in p.text for w in ("との提案", "との意見", "旨の回答", "との質問", "と述べ", "と答え",
                                                 "との要望", "旨を述べ")), p


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_speaker_of_a_sentence_is_a_turn_of_their_own(name: str) -> None:
    check_turns(name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_of_a_third_person_record_ends_in_one_place(name: str) -> None:
    check_fates(name, LINE_FATES[name])


@pytest.mark.parametrize(("name", "k", "label", "kind"), kind_params(EXPECTED))
def test_the_kind_of_a_turn_is_read_from_its_words(name: str, k: int, label: str, kind: str) -> None:
    check_kind(name, k, label, kind)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_act_words_are_the_narration_not_the_point(name: str) -> None:
    check_narration(name)


def _turns(text: str) -> list[tuple[str, str]]:
    src = split_lines(text, "x.txt", encoding="utf-8")
    return [(p.speaker.label, p.text) for p in minutes.parse_source(src).points]


_HEAD = "一般社団法人みずほ地域振興会　理事会議事録\n\n１　日時　令和７年５月９日\n\n２　議事の経過\n"
_OPEN = "　議長は、開会を宣した。\n"
_CLOSE = "　議長は、本議案について議場に諮ったところ、全員異議なくこれを承認した。\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a joint …があり、 then a subject set off by a comma
    ("　森理事から、「会費を見直してはどうか。」との提案があり、議長は、次回までに案を示したいと述べた。",
     [("森理事", "会費を見直してはどうか。"), ("議長", "次回までに案を示したい")]),
    # …と述べ、 then another subject
    ("　森理事は、参加者が減っていると述べ、高田理事は、広報を強めるべきだと述べた。",
     [("森理事", "参加者が減っている"), ("高田理事", "広報を強めるべきだ")]),
    # the answer's quote right after its subject with が
    ("　森理事から「会場は確保できたか。」との質問があり、会長が「既に予約した。」と答えた。",
     [("森理事", "会場は確保できたか。"), ("会長", "既に予約した。")]),
    # これに対し with no comma before the next speaker
    ("　森理事より「期限はいつか。」との質問があり、これに対し議長より「来月末である。」との発言があった。",
     [("森理事", "期限はいつか。"), ("議長", "来月末である。")]),
    # the asker named as what the answer answers
    ("　森理事からの会費の使途についての質問に対し、事務局長から、半分を研修に充てる旨の回答があった。",
     [("森理事", "森理事からの会費の使途についての質問に対し、"), ("事務局長", "半分を研修に充てる")]),
    # …が出され、 then the next speaker with から…も, an anonymous one by role
    ("　出席者から、会報を電子化すべきとの意見が出され、高田理事からも同様の意見があった。",
     [("出席者", "会報を電子化すべき"), ("高田理事", "高田理事からも同様の意見があった。")]),
    # written after the fixtures, from the records checked apart from them (an NPO's 総会, a
    # 土地改良区's 総代会, a 財団's 理事会): …が出されたが、 then the chair's procedure
    ("　ある会員から、会報を増やしてほしいとの要望が出されたが、議長は、採決に入り、賛成多数で可決された。",
     [("会員", "会報を増やしてほしい"), ("議長", "議長は、採決に入り、")]),
    # the part before the name (司会の…, 事務局長の荒木: the title is the surname's), さらに with no comma
    ("　司会の小西事務局長が開会を告げ、事務局長の荒木が資料を説明した。さらに同事務局長から、補足の説明があった。",
     [("小西事務局長", "司会の小西事務局長が開会を告げ、"), ("荒木事務局長", "事務局長の荒木が資料を説明した。"),
      ("荒木事務局長", "さらに同事務局長から、補足の説明があった。")]),
    # an apposition before the name; から with the verb of speaking (…と回答した); …も
    ("　議長は、選任について説明し、選考委員長である三浦理事から、岡田会員を推す旨の報告がなされた。",
     [("議長", "議長は、選任について説明し、"), ("三浦理事", "岡田会員を推す")]),
    ("　森理事から、保険は誰が負担するのかとの質問があり、事務局長から、財団が負担すると回答した。",
     [("森理事", "保険は誰が負担するのか"), ("事務局長", "財団が負担する")]),
    ("　森理事は、期間を短めにすべきではないかと述べ、小田監事も同様の意見を述べた。",
     [("森理事", "期間を短めにすべきではないか"), ("小田監事", "小田監事も同様の意見を述べた。")]),
    # from a マンション管理組合's 総会 checked after those: where the speaker lives before the title
    # (３０５号室の組合員から), the part before an honoured name (理事の中村氏: 中村理事)
    ("　３０５号室の組合員から、費用が多すぎるのではないかとの質問があり、理事の中村氏は、撤去を委託したためであると答えた。",
     [("組合員", "費用が多すぎるのではないか"), ("中村理事", "撤去を委託したためである")]),
    # from a 社会福祉協議会's 理事会 checked last (Word → LibreOffice → pdftotext): 続けて with no comma
    ("　森理事から、理由について質問があり、事務局長から、募金が減ったためである旨の答弁があった。"
     "続けて同理事は、キャッシュレスを取り入れるべきではないかと述べ、議長は、検討したいと答えた。",
     [("森理事", "森理事から、理由について質問があり、"), ("事務局長", "募金が減ったためである"),
      ("森理事", "キャッシュレスを取り入れるべきではないか"), ("議長", "検討したい")]),
], ids=["atte-ha", "to-nobe", "ga-quote", "korenitaishi", "kara-no", "dasare-kara-mo", "dasareta-ga", "part-no",
        "de-aru", "kara-to-kaito", "mo", "room-no", "tsuzukete"])


def test_several_speakers_in_one_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = _turns(_HEAD + _OPEN + sentence + "\n" + _CLOSE)
    assert got[0][0] == "議長" and got[-1][0] == "議長"
    assert [(who, text[:len(t)]) for (who, text), (_w, t) in zip(got[1:-1], expected)] == expected
    assert len(got) == len(expected) + 2


def test_a_paragraph_of_reports_may_end_with_the_clerks_sentence() -> None:
    """…ことを報告した。規約第４４条の規定により原田理事長が議長となった。: the report is a turn, the
    sentence after it (no act of speaking or of running the meeting) the record's narrative."""
    text = (_HEAD + _OPEN + "　司会により、原田理事長が開会を宣し、本総会が成立していることを報告した。"
            "規約第４４条の規定により原田理事長が議長となった。\n" + _CLOSE)
    assert [who for who, _t in _turns(text)] == ["議長", "原田理事長", "議長"]

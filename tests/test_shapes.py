"""Every text fixture read the same in every shape real files arrive in (benchmarks/shapes.py).

The same record saved from Word, in Shift_JIS, with CRLF, through pdftotext (lines broken at
a page's width, blank lines inside paragraphs, page numbers, running heads), with 〇 for ○,
half-width digits, spaces at line ends: each point keeps its speaker and its words. A shape that
loses a point of a fixture fails here, naming the fixture, the shape and the point; the points
known to be lost are listed with the reason, and a known loss that no longer happens fails
too (take it off the list).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.shapes import SHAPES, fixtures, lost_in

ROOT = Path(__file__).resolve().parent.parent

_CLOCK_COLUMN_IN_WORD = ("pdftotext -layout of a borderless table with a clock column first, pasted into Word a line a paragraph: the "
         "clock column is taken off only in text (minutes.leadcolumn, beside the margin in _from_the_edge), so the "
         "row of the first clock and a label wrapped in its cell are read as the Word paragraphs stand")
_NUMBERED_RUNS = ("plain pdftotext of a numbered table No. | 発言者 | 発言内容 (pdftables19, ingest.numbercells) with every blank "
                  "line taken out and bare page numbers among the rows' numbers: the runs of lines that tell a cell's post "
                  "and name from a stray piece are gone and the numbers no longer run 1 to N — nothing is paired, the "
                  "table's lines unread (never guessed); a real pypdf text of the PDF is another order, read by qatext")
_TOSHOKAN = ("昨年度の貸出しの冊数の推", "貸出しは前年度より三パー", "電子書籍の貸出しの利用者", "登録者は千二百人を超え、", "学校の図書室との連携をさ",
             "来年度から小学校への配本", "開館の時間を夜八時まで延", "利用の状況を調べ、来年度")
_ANSWER_FLOWS = "plain pdftotext of a table of answers 氏名 | 主な意見 | 事務局の回答 (pdftables20, ingest.answercells)"
#: (fixture, shape) -> the first words of the points that shape loses, and why.
KNOWN: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("cells-in-order-pdftotext.txt", "pypdf"): (
        ("総務部総務課案件審査申出",),
        "a borderless table given row by row (the lead, session 20) with every blank line taken out: the front "
        "table's cells, given apart, run on as the 出席委員 list — the point no one said (the front table's 事務局 "
        "row read as a turn) is gone; the list ends at the 次第's １ / 開会 (one entry, agenda20) and the "
        "事務局's opening turn below is read"),
    ("cells-in-order-apart-pdftotext-cp932.txt", "pypdf"): (
        ("総務課議題開発許可処分に",),
        "with every blank line taken out the front table's 事務局 row is the 出席委員 list's: the point no one said "
        "(that row read as a turn) is gone, every turn kept"),
    ("city-kotsu-numbered-pages-pdftotext.txt", "pypdf"): (
        ("ただいまから令和8年度第", "本日の資料は、次第、資料", "それでは、議事の一、路線", "資料一をご覧ください。市", "北部の循環の系統を切り替", "通学の時間帯は、予約がな", "分かりました。",
         "デマンド交通の実証運行の", "資料二をご覧ください。実", "運転手の確保が全国で課題", "当社でも運転手は不足して", "ほかに御意見はございませ", "異議なしと認め、原案のと",
         "次回の会議は、十一月の中", "次回は、高校生の通学の実", "承知いたしました。教育委", "以上で本日の会議を閉会い"),
        _NUMBERED_RUNS),
    ("city-toshikei-numbered-table-pdftotext.txt", "pypdf"): (
        ("ただいまから令和8年度第", "本日御審議いただく案件は", "それでは、第1号議案につ", "第1号議案について御説明", "買取りの申出があったとき", "周辺に既に公園があり、新", "分かりました。",
         "追加する二地区は、面積の", "いずれも三百平方メートル", "ほかに御質問はございませ", "異議なしと認め、第1号議", "第2号議案について御説明", "高さの基準を定めると、既",
         "既にある建物は、建て替え", "建て替えの際の負担が増え", "駅の周辺の地権者の方には", "本日の御意見を踏まえて、"),
        _NUMBERED_RUNS),
    ("town-kankyo-numbered-apart-pdftotext.txt", "pypdf"): (
        ("定刻になりましたので、た", "資料の一をご覧ください。", "生ごみの堆肥化の機械を、", "購入の費用の半分を補助す", "了解しました。", "集積所の当番の負担が大き", "戸別に収集する制度の対象",
         "ほかにございませんか。そ", "全員賛成で、計画の案は了"),
        _NUMBERED_RUNS),
    ("village-kyoiku-numbered-portrait-pdftotext.txt", "pypdf"): (
        ("第一回の総合教育会議を始", "大綱は令和九年度からの五", "ふるさとの学習は、地域の", "謝礼は、来年度の予算で一", "承知しました。", "続いて、部活動の地域への", "休日の部活動を、令和九年",
         "指導を受ける子どもの保護", "会費は月に千円程度を考え", "本日の協議を踏まえ、素案"),
        _NUMBERED_RUNS),
    ("town-suido-numbered-apart-pdftotext.txt", "pypdf"): (
        ("答申の案について御説明い", "二回に分けた場合、最初の"),
        (
        "plain pdftotext of a numbered table with its blank lines taken out and bare page numbers among the rows' "
        "numbers: the numbers no longer run 1 to N, so ingest.apartcells reads it by its bracketed names, and a "
        "post of two lines over a surname (上下水道部 / 業務課長 / 能登) is no cell of its (業務課長能登)")),
    ("city-toshokan-answers-even-pdftotext.txt", "pypdf"): (_TOSHOKAN, _ANSWER_FLOWS + " with every blank line taken out: "
        "the blocks that tell each column is one flow are gone (the cells, remarks and answers one run) — nothing is "
        "paired, the table's lines unread (never guessed); a real pypdf text of the PDF is another order, read by qatext"),
    ("city-toshokan-answers-even-pdftotext.txt", "word"): (_TOSHOKAN, _ANSWER_FLOWS + " pasted into Word a line a "
        "paragraph: the reader takes plain text only (a Word file's own table is read by its cells), so the columns "
        "read as they stand — nothing is paired"),
    ("city-toshokan-answers-even-pdftotext.txt", "word-indents"): (_TOSHOKAN, _ANSWER_FLOWS + " pasted into Word a line "
        "a paragraph: as the word shape"),
    ("summary-note-endings-pdftotext.txt", "pypdf"): (
        ("事務局より資料1に基づき", "児童館の開館時間を夕方6"),
        "no blank line under 「３　出席者　委員８名、事務局３名」: the agenda's heading, the introducer and the "
        "first report's wrapped first line (no 。 on it) go on the attendee list — the same with …があった。 "
        "endings, not the notes' endings (有り) this fixture is for"),
    ("board-society-fullstops.txt", "nfkc"): (
        ("前回議事録はメールによる", "6月末の正会員数は2,8", "学生会員の退会が多い理由", "次回までに退会届の記載理",
         "一般講演の申込が310件", "川端理事より,オンライン", "西田副会長より,資料4に", "若手研究者の旅費補助は削",
         "積立金の取崩しは理事会の"),
        "NFKC writes ．as an ASCII full stop: the reports' ends (…旨報告された.) are read only as 。 and ．, so "
        "no sentence reports and the file's officers name no one"),
    ("board-society-fullstops-check.txt", "nfkc"): (
        ("11月末の会員数が3,1", "秋季学術集会の収支は約8", "黒字分を若手の参加費補助", "吉田副会長より,資料2に",
         "学生会員の会費は据え置く", "宮下監事より,改定の効果"),
        "NFKC writes ．as an ASCII full stop: the reports' ends (…旨報告された.) are read only as 。 and ．"),
    ("board-society-fullstops.txt", "paged-foot"): (
        ("川端理事より,オンライン",),
        "a page break between a report and the narrator's sentence that went on it (…との提案があった．審議の結果，…): "
        "apart, the report is its words (オンライン参加の…どうか, the same speaker), with it the two sentences as "
        "written — the point is kept, only its first words differ"),
    ("council-web-dash-notes-bracket-bullets.txt", "paged"): (
        ("今年度の応募は5件で、昨", "子育て支援と防災の分野か"),
        "a page break (page number, form feed, running head) between the note framed by dashes that "
        "introduces the secretariat's bullets (-資料2に基づき、事務局から報告-) and the bullets: they lose its speaker"),
    ("summary-headed-reports-word.txt", "nfkc"): (
        ("ベンチと屋根を設けてほし", "時刻表の文字が小さく読み"),
        "NFKC makes ① a 1: 「1病院前の停留所」 is no numbered heading (a digit glued to its words), so it "
        "opens the report below it, read from 停留所中島委員"),
    ("transport-clock-column-layout.txt", "word"): (
        ("ただいまから令和7年度第", "運転士の確保が年々難しく"),
        _CLOCK_COLUMN_IN_WORD),
    ("welfare-clock-column-layout.txt", "word"): (
        ("アンケートの対象に、ひと", "民生委員が訪問するときに"),
        _CLOCK_COLUMN_IN_WORD),
    ("transport-clock-column-layout.txt", "word-indents"): (
        ("ただいまから令和7年度第", "運転士の確保が年々難しく"),
        _CLOCK_COLUMN_IN_WORD),
    ("welfare-clock-column-layout.txt", "word-indents"): (
        ("アンケートの対象に、ひと", "民生委員が訪問するときに"),
        _CLOCK_COLUMN_IN_WORD),
    ("board-quoted-labels-pdftotext.txt", "pypdf"): (
        ("ただいまから、令和7年度", "議案第5号について御説明"),
        "no blank line under the attendee list's wrapped line (学校教育課長　南田浩): a title alone on its line "
        "(教育長, 学校教育課長) above 「…」 goes on the front matter with its speech, as a label alone under an "
        "unfinished front item does — where the front matter ends, not the quotes this fixture is for"),
    ("stacked-shinmon-pdftotext.txt", "pypdf"): (
        ("証人は宣誓書を読み上げて", "良心に従って真実を述べる", "査定の基準は、団体交渉の"),
        "no blank line between the labels pdftotext stacked and their speeches: no stack is read (a blank line "
        "is what tells the column of labels from the speeches, stacked_steps.stacked_region); read as before "
        "stacked16, the labels glued to the turn above"),
    ("national-kotsu-stacked-pdftotext.txt", "pypdf"): (
        ("それでは、定刻となりまし", "ありがとうございます。そ", "資料1を御覧ください。乗", "ありがとうございます。実",
         "承知しました。私からは一", "承知しました。次回までに", "運転手の確保について、事", "ほかに御意見がなければ、"),
        "no blank line between the labels pdftotext stacked and their speeches (pdforder20): no stack is read, as "
        "stacked-shinmon-pdftotext's; every turn of the record is in the stack, so the file has no speaker"),
    ("national-kasen-stacked-apart-pdftotext.txt", "pypdf"): (
        ("おはようございます。時間", "資料の確認をいたします。", "では、議事に入ります。資", "資料2の3ページを御覧く",
         "ありがとうございます。除", "御指摘の点は、次回お示し", "本日はここまでといたしま"),
        "no blank line between the labels pdftotext stacked and their speeches: as national-kotsu-stacked-pdftotext's"),
    ("stacked-koujutsu-apart.txt", "pypdf"): (
        ("最初に、公述人の村井さん", "駅前の道路を広げる案には", "私は、並木を残す案を支持", "補足ですが、並木は地域の"),
        "no blank line between the labels pdftotext stacked and their speeches: no stack is read, as "
        "stacked-shinmon-pdftotext's"),
    ("council-minus-dashes-web.txt", "pypdf"): (
        ("家庭ごみの量は、前年度よ", "資源物の回収量は横ばいで"),
        "no blank line under the attendee list (出席委員：…): the note framed by dashes that introduces the "
        "secretariat's bullets and the bullets go on the list as its lines — the same with － for −: where the "
        "front matter ends, not the minus sign this fixture is for"),
    ("bodies-flood-person-labels.txt", "pypdf"): (
        ("事務局から出水期の体制に",),
        "no blank line under the attendee list (事務局：きた町防災課): the section's heading 議事概要 and the "
        "narrator's 事務局から…説明があった。 go on the list as its lines — where the front matter ends with no "
        "blank line (as for the three entries above), not the bodies' labels this fixture is for; a heading "
        "alone (議事概要, 議事要旨) ending the front matter was tried and changed the parse of ten other files at least "
        "(the seeds among them), so it waits for a reading of the front matter's end"),
    ("fates17-attendees-pypdf.txt", "ascii-spaces"): (
        ("来年度から調査地点を三か",),
        "the running head in pypdf's flow after the page's number, its 　 written as two ASCII spaces "
        "(令和７年度第２回みなと県河川環境審議会  議事録), is not taken for the head: it and the next turn "
        "(河川課長：来年度から…) go on the point above — the same on main before fates17; the head's reading, "
        "not the front matter this fixture is for"),
}


@pytest.fixture(scope="module")
def originals() -> dict[Path, tuple[str, list[tuple[str, str]]]]:
    return fixtures(ROOT)


def test_the_fixtures_are_there(originals) -> None:
    assert len(originals) >= 90 and sum(len(p) for _, p in originals.values()) >= 1000


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_point_keeps_its_speaker_in_every_shape(shape, originals, tmp_path) -> None:
    lost_here: dict[str, list[str]] = {}
    for path, (text, before) in originals.items():
        lost = lost_in(SHAPES[shape], path, text, before, tmp_path)
        if lost is None:
            continue  # no real file has this text in that shape
        words = [w[:12] for _, w in lost]
        if sorted(words) != sorted(KNOWN.get((path.name, shape), ((), ""))[0]):
            lost_here[path.name] = words
    assert lost_here == {}, f"shape {shape}: points lost (or a known loss gone: update KNOWN)"


def test_the_shapes_change_the_text() -> None:
    """Each shape does what it says on a paragraph longer than a page's width (no shape that
    leaves every fixture as it was passes for robustness)."""
    text = "○飯島委員：第１回の" + "あ" * 60 + "。\n" + "\u3000続き。\n" * 80
    for name, shape in SHAPES.items():
        dressed = shape(text)
        assert dressed is not None and (dressed[0] != text.encode("utf-8") or dressed[1] != ".txt"), name

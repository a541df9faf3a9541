"""The chair's and the clerk's acts in the plain style of 要点記録 (だ/である, terse), vote
results, the item put on the agenda, and what stays an opinion (``kind.act``, ``kind.decide``).
Sentences written for these tests (fictional), not taken from the kind corpus."""
from __future__ import annotations

import pytest

from assembler.minutes.kind import _polite, act, decide


@pytest.mark.parametrize("plain, polite", [
    ("質疑はないか。", "質疑はありませんか。"),
    ("異議ないか。", "異議ありませんか。"),
    ("意見はあるか。", "意見はありますか。"),
    ("討論に入る。", "討論に入ります。"),
    ("答弁を求める。", "答弁を求めます。"),
    ("継続審査とすることに決定した。", "継続審査とすることに決定しました。"),
    ("再開する。", "再開します。"),
    ("説明させる。", "説明させます。"),
    ("調査を行う。", "調査を行います。"),
    ("審査を終える。", "審査を終えます。"),
    ("進めている。", "進めています。"),
    # not plain, or a statement the acts must not read as a polite act
    ("開会いたします。", "開会いたします。"),
    ("開会いたしました。", "開会いたしました。"),
    ("見直すべきではないか。", "見直すべきではないか。"),
    ("遅れるおそれがある。", "遅れるおそれがある。"),
    ("よろしいでしょうか。", "よろしいでしょうか。"),
])
def test_the_plain_predicate_read_as_the_polite_one(plain, polite):
    assert _polite(plain) == polite


@pytest.mark.parametrize("sentence", [
    "これより本日の委員会を開く。",
    "ただいまの報告に対し、質問はないか。",
    "ほかに発言はないか。",
    "なければ、次の議題に移る。",
    "まず、陳情第１２号を議題とする。",
    "執行部に説明を求める。",
    "住宅課長に答弁させる。",
    "石原委員の発言を許す。",
    "本件は継続審査とすることとしたいが、異議ないか。",
    "異議なしと認め、そのように決定した。",
    "委員会の視察先は、委員長に一任願いたい。",
    "以上で本日の審査を終える。",
    "暫時休憩する。",
    "次に、報告事項の聴取に入る。",
    "審査の順序は、お手元の次第のとおりとする。",
    "賛成の委員の起立を求める。",
    "起立全員である。",
    "賛成多数。",
    "可否同数であります。",
    "挙手により採決いたします。",
    "反対の方の挙手を求めます。",
    "原案のとおり決定してよいか。",
    "答弁は以上である。",
    "教育委員会から報告がある。",
    "ほかになければ、次に進む。",
    "全員賛成であります。",
    "陳情第３号は、継続審査としたい。",
    "所管事項について、執行部から報告を受けた。",
])
def test_the_chairs_acts_in_the_plain_style_and_votes_are_procedural(sentence):
    assert act(sentence) is not None, sentence


@pytest.mark.parametrize("sentence", [
    "地元の合意が得られないまま工事を進めるおそれがある。",
    "料金の改定は、利用者への影響を見極めてから判断すべきではないか。",
    "橋の点検は５年ごとに行う。",  # the department's work, not the sitting's business
    "説明会は来月に開催する。",  # an event promised, not this meeting
    "地域の住民の意見を伺う。",
    "補助の対象に若い世代を加えることに賛成である。",
    "反対の意見が多い。",
    "この指標でよいか疑問が残る。",
    "住民から苦情がある。",
])
def test_plain_statements_stay_substantive(sentence):
    assert act(sentence) is None, sentence


def test_the_item_put_on_the_agenda_is_named_not_asserted():
    # 求める and 必要 inside the item's title are no view of the chair's
    assert decide("次に、陳情第８号　公園の遊具の更新を求める陳情を議題といたします。")[0] == "procedural"
    assert decide("議案第５号　防災無線の更新が必要な地区の整備計画についてを議題とする。")[0] == "procedural"
    # what is said after the item is read: a view there is an opinion
    assert decide("この陳情は議題とすべきだと考える。")[0] == "opinion"


def test_a_vote_and_its_result_are_procedural_and_the_chairs_own_view_is_an_opinion():
    assert decide("挙手多数であります。よって、議案第３号は原案のとおり可決すべきものと決定いたしました。") == (
        "procedural", "vote + confirmation")
    assert decide("起立総員。よって、本件は採択すべきものと決した。")[0] == "procedural"
    assert decide("私からも一点申し上げる。除雪の委託先が年々減っており、県の支援を強めるべきだ。")[0] == "opinion"
    assert decide("それでは、議案第４号について御説明いたします。本案は、市営住宅の家賃の減免の対象を、"
                  "ひとり親の世帯にも広げるものでございます。")[0] == "opinion"
    assert decide("議案第４号について御説明申し上げます。内容は、お手元の資料の３ページのとおりでございます。")[0] == (
        "procedural")

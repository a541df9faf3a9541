"""A numbered speaker | speech table whose speaker cell holds a post as long as a unit's name and
its title (都市整備部公園緑地課長, ９ to 12 characters), in pypdf's text.

tables17 read such tables where the post's line was eight characters at most; a post longer than
a wrapped label's piece was no cell, and the row went on as the previous speaker's words (a
kept-back 景観審議会 record, set 23a: 9 of 22 turns given to the speaker above). The record
below is written for this test, in pypdf's shape (no blank lines, a page's number between rows).
"""
from __future__ import annotations

import pytest

from assembler import minutes

_RECORD = """\
みずさわ市緑化推進審議会
令和８年度第１回みずさわ市緑化推進審議会　会議録
開催日時　令和８年７月９日（木）午後２時
開催場所　市役所４階　第２会議室
No. 発言者 発言内容
1 会長
榊原　直樹
定刻となりましたので、ただいまから審議会を開会いたしま
す。早速ですが、議題について事務局から説明をお願いしま
す。
2 都市整備部公園緑地課長
宇佐美　和彦
資料１をご覧ください。市内の街路樹のうち、植栽から四十
年を超えるものが全体の三割を占めております。計画的な更
新の方針を定めたいと考えております。
3 委員
篠田　恵
更新の際に、樹種を見直す考えはありますか。
- 1 -
4 都市整備部公園緑地課長
宇佐美　和彦
落葉の少ない樹種や、根が歩道を持ち上げにくい樹種への転
換を検討しております。
5 公園緑地課維持管理係長
間宮　聡
補足いたします。転換の候補となる樹種の一覧は、次回の審
議会でお示しいたします。
6 会長
榊原　直樹
ほかにございませんか。それでは、本日の審議を終了いたし
ます。
"""


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_a_long_post_in_a_numbered_tables_speaker_cell_opens_its_row(tmp_path, encoding):
    path = tmp_path / "record.txt"
    path.write_bytes(_RECORD.encode(encoding))
    parsed = minutes.parse_file(path)
    got = [(p.speaker.name, p.text[:6]) for p in parsed.points]
    assert got == [
        ("榊原", "定刻となりま"), ("宇佐美", "資料１をご覧"), ("篠田", "更新の際に、"),
        ("宇佐美", "落葉の少ない"), ("間宮", "補足いたしま"), ("榊原", "ほかにござい")]

"""A label whose brackets hold a body and a person apart by a space, in pdftotext -layout's text.

`-layout` prints a U+3000 as one ASCII space: `事務局（商工振興課 宮原） 皆様、…`. Where the front
matter's lines stand indented (the attendee rows under ■出席者), the parser reads a label column at
the edge, and its reading of a cell wrapped by the extractor (`５番（山田` / `太郎）`) cut the label at
the space: speaker 事務局 with `宮原）` left at the start of the words (10 of 17 turns of a kept-back
商工会議所 部会 record, set 27e). A bracket the words after the space close at once is one label
on its line. The record below is written for this test, in -layout's shape (UTF-16 with CRLF).
"""
from __future__ import annotations

from assembler import minutes

_RECORD = """\
                                 ひばり商工会議所   商業部会


                      ひばり商工会議所
         商業部会       令和８年度第１回部会       議事録


■日   時   令和８年６月４日（木）     午後２時～午後３時３０分

■場   所   ひばり商工会館   ２階会議室

■出席者     部会員１８名

         来賓：ひばり市商工観光課長     大槻 真一

         事務局：商工振興課 宮原 聡、経営相談係 土井 麻衣

■議   題

 １．部会長あいさつ


事務局（商工振興課 宮原） 皆様、定刻となりましたので、ただいまから商業部会を始めさせて
いただきます。はじめに部会長からごあいさつをお願いいたします。

部会長（桐山） 部会長の桐山でございます。本日はよろしくお願いします。

会員（かもめ書店 岸） かもめ書店の岸です。駅前の空き店舗について伺います。

事務局（経営相談係 土井） 空き店舗の活用については、補助制度を設けております。
"""


def test_a_space_inside_the_labels_brackets_is_no_cell_wrapped_by_the_extractor(tmp_path):
    path = tmp_path / "record.txt"
    path.write_bytes(b"\xff\xfe" + _RECORD.replace("\n", "\r\n").encode("utf-16-le"))
    parsed = minutes.parse_file(path)
    got = [(p.speaker.name, p.text[:6]) for p in parsed.points]
    assert got == [("宮原", "皆様、定刻と"), ("桐山", "部会長の桐山"), ("岸", "かもめ書店の"), ("土井", "空き店舗の活")]

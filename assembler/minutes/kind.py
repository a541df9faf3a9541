"""The kind of a point: procedural (it only runs the meeting) or opinion, with the evidence.

A remark is split into sentences and each sentence is read by its *speech act*, which in
Japanese stands at the end of the sentence (the predicate): 「…を開催いたします」 opens,
「…委員、お願いいたします」 hands over the floor, 「…でございます」 after a name introduces
oneself, 「聞こえておりますでしょうか」 checks the connection. A sentence whose predicate
performs one of these acts — and which says nothing of substance on the way (no べき, 必要,
重要, 課題, 懸念, ではないか, no figures) — is procedural; any other sentence is
substantive. A remark is procedural when none of its sentences is substantive: a member
who greets and then gives a view has given an opinion.

The acts, each a family of predicates rather than a list of phrasings:

============  =========================================================================
greeting      よろしくお願いします, おはようございます, お世話になっております
introduction  a name or affiliation then でございます / と申します / です
connection    聞こえていますか, 音声・画面・マイク・カメラ・接続 …
opening       開会・開催・開始・再開します, 始めます, 定刻になりました
closing       閉会・終了・散会します, 終わります, これで…とします
floor         (name / 御発言 / 御説明 …) お願いします, どうぞ, 〜から御説明いただきます,
              説明を求めます, 〜の順でお願いします (in parts, each gated by its own words)
agenda        議事・議題・次第・日程第… に入ります / に移ります / とします / です / がございます
business      the sitting's business: 審査・調査を行います, 質疑を終結します, 採決いたします,
              委員長の職務を行います, 御意見として承ります
schedule      次回・日程・予定・時間・休憩 … (連絡・案内・調整) します, お一人３分以内で, 次回までにお示しします
attendance    御出席・御欠席・代理出席・途中退席 …, the meeting constituted (会議は成立しております)
materials     資料・お手元・タブレット・画面・ページ … 御覧ください, 配付しております
thanks        ありがとうございます, 感謝申し上げます, お礼申し上げます
farewell      退任, 本日をもって, お世話になりました
vote          挙手全員であります, 起立多数, 可否同数, 賛成の方の挙手を求めます, 挙手により採決します
confirmation  よろしいでしょうか, 異議なし, 了承, そのようにいたします, 決定しました, 御一任願いたい
announcement  …について御説明・御報告・申し上げます, ３点申し上げたい
nomination    a name and title alone (「柴田副委員長。」), or with the point put to them
              (「事務局、この点はいかがですか。」)
procedure     a question about this meeting's procedure (「報告事項という扱いでしょうか」)
query         asking the secretariat or the chair before it (「事務局に確認させてください」)
stage         a stage direction left in a turn (〔委員長退席、副委員長着席〕), timestamp: 午前１０時休憩
reply         はい, 承知しました, 以上です
apology       申し訳ございません, 失礼します
record        議事録・議事要旨・公開・傍聴・プレス …
============  =========================================================================

The acts are written in the polite style; a sentence in the plain style of 要点記録 (開会する,
質疑はないか, 採決に入る, 決定した) that no act reads is read again with its predicate in the
polite form (``_polite``). The item put on the agenda (「…を求める請願を議題といたします」) is
named, not asserted: its words of substance do not count.
"""
from __future__ import annotations

import re

import re._constants as sre_constants  # the parser's opcodes (to write a pattern reversed)
import re._parser as sre_parse  # the regex parser, to know how wide a pattern's match can be
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from ..model import Kind
from ..text import SPACE_CHARS, Trie, word_trie

# Polite and plain endings of a verb of doing (開催いたします, 開催する, 開催させていただきます,
# 開催したいと思います, 開催いたしました).
_DO = (r"(?:いた|致|さ|し)?(?:します|しました|する|した|させていただきます|させていただきたいと(?:思|存じ)います"
       r"|させて(?:いただ|頂)きたい|したいと(?:思|存じ)います|したい|(?:と|に)なります|となりました)")
_POLITE_END = r"(?:ます|ました|る|た|たい|ございます|です|でした)"
_WISH = r"(?:いただ|頂)?き?たい(?:と(?:思|存じ|考え)(?:います|ております|る))?"

# The titles a chair names the next speaker by.
_ADDRESSED = ("委員|副委員長|委員長|議員|座長|会長|部会長|君|さん|参考人|構成員|部長|課長|局長|市長|知事|町長|村長|区長"
              "|審議官|参事官|室長|企画官|大臣|理事者|事務局")
# Each act: a name and the predicates (anchored at the sentence end) that perform it.
_NAME = r"[\u3400-\u9fff\u30a0-\u30ffー々A-Za-zＡ-Ｚａ-ｚ・\s\u3000]"
#: a name called on by the chair, kana inside an office's words (子ども・若者支援課長, 障がい福祉課長,
#: ごみ減量推進課長): up to three kana before a kanji or katakana, the last no particle (それは課長,
#: 次は課長 name no one)
_KANA_IN_NAME = "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in "はがをにでとへ")
_CALLED = rf"(?:{_NAME}|[\u3041-\u3096]{{0,2}}[{_KANA_IN_NAME}][\u3400-\u9fff\u30a0-\u30ffー々・])"
ACTS: tuple[tuple[str, str], ...] = (
    ("greeting", r"(?:よろしく|宜しく)(?:お願い|御願い)(?:いた|致)?(?:します|申し上げます|したい)"
                 r"|(?:おはよう|こんにちは|こんばんは|お疲れ様|お疲れさま)[^。]{0,6}"
                 r"|お世話になって(?:おり|い)ます|(?:はじめまして|初めまして)|ようこそ[^。]{0,10}"),
    ("introduction", rf"^(?:[^。、はがをにで]{{0,30}}の)?{_NAME}{{1,16}}(?:でございます|と申します)"
                     rf"|^{_NAME}{{1,12}}(?:委員|座長|会長|部会長|事務局|課長|室長|参事官|審議官)です"
                     r"|^[^。、はがをにで]{0,30}の[\u3400-\u9fff\u30a0-\u30ffー々]{1,6}です"
                     r"|^[\u3400-\u9fff]{1,4}です"),
    ("materials", r"(?:資料|お手元|手元|タブレット|画面|スライド|ページ|頁|配付|配布|投影|机上)[^。]{0,40}"
                  r"(?:御覧|ご覧|お配り|配付し|配布し|投影|共有し|共有させ|用意し|お示し|お開き|表示|お申し出|記載し|"
                  r"掲載し|入って(?:おり|い)|"
                  r"確認(?:ください|いただ|をお願い))[^。]{0,20}|(?:記載|掲載)の(?:とおり|通り)(?:です|でございます|となって(?:おり|い)ます)?"
                  # as the papers set it out: 「…はお手元の日程案のとおりといたします」
                  r"|(?:お手元|手元|配付|配布|資料|一覧|日程案|次第|順序表|別紙|別表)[^。]{0,20}(?:の)?(?:とおり|通り)"
                  r"(?:と(?:いた|致)?します|とします|です|であります|である|でございます|となって(?:おり|い)ます)"
                  r"|(?:不足|落丁|不備|乱丁)[^。]{0,30}(?:お申し出|お知らせ|御連絡|ご連絡)[^。]{0,20}"),
    ("connection", r"(?:聞こえ|聴こえ|見え|映っ|映り|つなが|繋が|届い)[^。]{0,14}(?:か|でしょうか)"
                   r"|(?:聞こえ|聴こえ|見え|映っ|つなが|繋が)(?:て(?:おり|い)ます|ます)"
                   r"|(?:音声|映像|画面|マイク|ミュート|接続|回線|カメラ|ハウリング|通信状況|電波|ビデオ)[^。]{0,24}"
                   r"(?:か|でしょうか|ください|お願い(?:いた)?します|解除[^。]{0,8})"),
    ("opening", r"(?:開会|開催|開始|再開|開議|開き)" + _DO + r"|開き(?:ます|たいと(?:思|存じ)います)|始め(?:させていただき|たいと(?:思|存じ)い|)ます"
                r"|始めたい|定刻(?:に|と)?なりました[^。]{0,20}|(?:開会|開催)(?:に当たり|に先立ち)[^。]{0,30}"
                r"|(?:開催|実施|開会)(?:です|でございます|となります|となっております|して(?:おり|い)ます)"),
    ("closing", r"(?:閉会|終了|散会|閉議|お開き)" + _DO + r"|(?:終わり|終え|閉じ|締めくくり)"
                r"(?:ます|ました|たい(?:と(?:思|存じ)います)?|させていただきます)"
                r"|(?:これ|ここ)(?:で|まで)[^。]{0,24}(?:と|に)(?:いた|致)?します"
                r"|(?:議事|議題|本日|会議|審議)[^。]{0,12}以上(?:です|となります|でございます|とします|といたします)"
                # a turn's business over: 「説明は以上です」「答弁は以上である」
                # (説明は以上です/となります is a summaries' formula, and keeps that evidence)
                r"|(?:説明|報告|答弁|質問|質疑|発言)(?:は|が)?以上(?:である|であります|でございます)"
                r"|(?:報告|答弁|質問|質疑|発言)(?:は|が)?以上(?:です|となります)"),
    # the floor, in parts (each tried only when its words are there, over its own width)
    ("floor", r"(?:(?:委員|座長|会長|部会長|先生|さん|様|君|氏|事務局|皆様|皆さん|官|長|者|構成員|議員|省|庁)"
              r"(?:から|より|の方から|の方に|に)?|(?:御|ご)?(?:発言|説明|報告|紹介|挨拶|あいさつ|意見|質問|"
              r"コメント|回答|発表|補足|議論|審議|確認|協力|質疑|手|挙手|プレゼンテーション)(?:を|の方を|は)?|^)"
              r"[、，]?(?:よろしく)?(?:お願い(?:いた|致)?します|お願いできますか|お願いしたいと(?:思|存じ)います"
              r"|お願いいたしたいと(?:思|存じ)います|どうぞ|いただきます|頂きます|いただけますか|いただけますでしょうか|願います"
              r"|挙げてください|お願いいたしたく存じます)"),
    ("floor/from", r"(?:から|より)[^。]{0,30}(?:説明|報告|紹介|挨拶|あいさつ|発言|発表|回答|連絡(?:事項)?|事務連絡)(?:を)?"
                   r"(?:いただ|頂|させ|し|願い|お願い)[^。]{0,12}(?:ます|たい)"
                   # calling on by a causative: 「議事課長に説明させます」
                   r"|(?:から|より|に)[^。]{0,30}(?:説明|報告|答弁|回答|発言)(?:を)?させ(?:ます|たいと(?:思|存じ)います)"
                   # someone's report announced: 「執行部から報告があります」
                   r"|(?:から|より)[^。]{0,30}(?:説明|報告|発言|発表|回答|連絡(?:事項)?|事務連絡)が(?:あります|ございます|ある)"),
    ("floor/any", r"(?:御|ご)?(?:発言|意見|質問|質疑|討論)(?:等)?(?:は|が)?(?:ございます|あります|ありません|ございません)"
                  r"(?:か|でしょうか)"
                  r"|(?:何か|なにか)[^。]{0,10}(?:ございますか|ありますか|ございませんか|ありませんか|でしょうか)"
                  # whether anyone has one: 「質問のある方はいらっしゃいますか」「御意見のおありの方はおられませんか」
                  r"|(?:御|ご)?(?:発言|意見|質問|質疑)(?:等)?(?:の|が)(?:ある|おありの|あります)(?:方|かた)(?:は|が)?"
                  r"[、，]?(?:いらっしゃいますか|いらっしゃいませんか|おられますか|おられませんか|ございますか|ございませんか"
                  r"|おりますか|おりませんか|いませんか|いますか)"),
    ("floor/who", r"^(?:いかが|どなたか|ほかに|他に|ほか)[^。]{0,16}(?:か|でしょうか)"
                  rf"|^{_NAME}{{1,16}}[、，]?\s*(?:どうぞ|お願い(?:いた)?します|いかがですか|いかがでしょうか|どうですか)"),
    ("floor/hand", r"(?:進行|司会|マイク)(?:を|は)[^。]{0,16}(?:お返し|お渡し|お願い)[^。]{0,8}"),
    ("floor/views", r"(?:御|ご)?(?:意見|考え|発言|質問|感想)(?:等)?を(?:伺い|お伺い|頂戴し|いただき|頂き|賜り|お聞きし|お聞かせ)"
                    r"[^。]{0,16}"),
    ("floor/if", r"(?:御|ご)?(?:質問|質疑|意見|発言|コメント)[^。]{0,10}(?:ございましたら|ありましたら|あれば|がある方は)"
                 r"[^。]{0,12}(?:お願い(?:いた)?します|どうぞ|お知らせください|お願いできますか)"
                 r"|(?:(?:御|ご)?(?:質問|質疑|意見|発言)[^。]{0,12}(?:方|かた)|挙手|手を挙げ|ボタン|チャット|合図)[^。]{0,24}"
                 r"(?:ください|願います|お願い(?:いた)?します|どうぞ)"),
    ("floor/ask", r"(?:説明|報告|答弁|意見|発言|見解|挙手|起立)を求め(?:ます|たいと(?:思|存じ)います)"
                  r"|(?:発言|質疑|質問|答弁|討論)を許(?:します|可します)"
                  r"|(?:順|順番|順序)(?:で|に)[^。]{0,6}(?:お願い(?:いた)?します|どうぞ|(?:御|ご)発言ください)"),
    # an assembly's chair gives the floor by naming whom, nothing else: 町長、永井 敏君。
    # ５番、杉浦真一君。 総務課長、片岡 誠君。 (a title or a seat, then the person with 君)
    ("floor/call", r"^(?:[0-9０-９]{1,3}番|[\u3400-\u9fff\u30a0-\u30ffー々]{1,16})?[、，]?[\s\u3000]*"
                   r"[\u3400-\u9fff\u30a0-\u30ffー々][\u3400-\u9fff\u30a0-\u30ffー々\u3041-\u3096\s\u3000]{0,9}君"),
    ("agenda", r"(?:議事|議題|次第|議案|案件|日程第|テーマ|本題|次の(?:議題|議事|テーマ|案件))[^。]{0,60}"
               r"(?:に入(?:ります|りたいと(?:思|存じ)います|らせていただきます)|に移(?:ります|りたいと(?:思|存じ)います"
               r"|らせていただきます)|と(?:いた|致)?します|とさせていただきます|でございます|です|ございます|あります"
               r"|を?進め(?:ます|てまいります|させていただきます|たいと(?:思|存じ)います))"
               r"|(?:に|へ)(?:移|入)(?:ります|りたいと(?:思|存じ)います|らせていただきます|りましょう|ってまいります)"
               r"|(?:次|先)(?:の(?:議題|議事|案件|項目))?に進み(?:ます|たいと(?:思|存じ)います)"),
    # the business of the sitting: 調査を行います, 質疑を終結します, 採決いたします, 委員長の職務を行います
    ("business", r"(?:審査|調査|質疑|討論|採決|審議|協議|表決|説明|報告|意見交換|質問)(?:等)?(?:を|に)"
                 r"(?:行います|行いたいと(?:思|存じ)います|入ります|入りたいと(?:思|存じ)います|終結(?:いた)?します"
                 r"|終わります|終えます|終了(?:いた)?します|移ります)|(?:採決|表決)(?:いた)?します"
                 r"|(?:委員長|議長|座長|会長|部会長|分科会長|主査)の職務を(?:行い|務め|代行し)(?:ます|させていただきます)"
                 r"|進行(?:役)?を?(?:務め|担当|いたし|し)(?:ます|させていただきます|たいと(?:思|存じ)います)"
                 r"|進行(?:いた|致)?します|(?:報告|説明)を(?:受け|聴取し)(?:ます|ました|たいと(?:思|存じ)います)"
                 # an item's disposition put by the chair: 「本件は継続審査といたしたいと思います」
                 r"|(?:継続審査|継続調査|継続審議)(?:と|に)(?:いた|致)?し(?:ます|たい(?:と(?:思|存じ)います)?)"
                 # a view received, not answered: 「御意見として承ります」「御要望はお預かりします」
                 r"|(?:意見|要望|提案|質問)(?:等)?(?:として|は|を|につきましては)?[、，]?(?:承り|お預かり(?:いた|致)?し)"
                 r"(?:ます|ました|ておきます)"),
    ("schedule", r"(?:次回|次の会議|次回会合|日程|開催日|終了時刻|予定の時刻|予定時刻|予定の時間|時間の都合|時間の関係"
                 r"|時間も|時間が|休憩|会期)[^。]{0,40}(?:連絡|案内|調整|お知らせ|相談|お諮り|予定して|なりました|"
                 r"参りました|まいりました|来ました|過ぎ|押し|迫|限られ|決まり)[^。]{0,20}"
                 r"|休憩(?:を)?(?:いた|致)?(?:します|とします|といたします|に入ります|させていただきます)"
                 # the sitting's days: 「審査は本日１日とする案であります」「会期は…までの３日間とします」
                 r"|(?:審査|審議|会期|日程|調査)(?:は|を)[^。]{0,24}(?:本日|明日|[0-9０-９一二三四五六七八九十]+日間?)"
                 r"(?:と|に)(?:いた|致)?(?:します|なります)(?:案|予定)?(?:です|であります|でございます)?"
                 r"|(?:審査|審議|会期|日程|調査)(?:は|を)[^。]{0,24}(?:本日|明日|[0-9０-９一二三四五六七八九十]+日間?)"
                 r"(?:と|に)(?:する|なる)(?:案|予定)(?:です|であります|である|でございます)"
                 r"|次回(?:の[^、。]{0,12})?(?:まで|に|で)[^。]{0,24}(?:お示し|御報告|ご報告|提示|お諮り|御説明|ご説明)"
                 r"(?:を)?(?:いた|致|さ|し)?(?:します|させていただきます|したいと(?:思|存じ)います)"
                 r"|(?:[0-9０-９一二三四五六七八九十]+分(?:程度|以内|ほど|くらい|ぐらい|まで)|手短|簡潔|時間の(?:関係|都合))"
                 r"(?:に|で)?[^。]{0,30}(?:お願い(?:いた)?します|ください|願います|お願いできれば(?:幸いです|と(?:思|存じ)います)"
                 r"|いただければ(?:幸いです|と(?:思|存じ)います))"
                 r"|(?:追って|改めて|後日|別途|本日中に|会議(?:の)?(?:後|終了後)|終了後)[^。]{0,20}(?:御|ご)?"
                 r"(?:連絡|案内|お知らせ|送付|掲載|公開|公表|お送り)(?:を)?(?:いた|致|さ|し)?"
                 r"(?:します|させていただきます|いたします|申し上げます)"),
    ("attendance", r"(?:御|ご)(?:出席|欠席|参加|退席|退室|中座|出席者)[^。]{0,24}"
                   r"|(?:出席|欠席|退席|退室|中座|遅参|途中参加|オンライン参加|代理出席)(?:され|いただ|とな|にな|の予定|"
                   r"との連絡|とのこと|して(?:おり|い)|されて)[^。]{0,20}|(?:定足数|過半数)[^。]{0,20}"
                   # the count of those present: ただいまの出席委員は６名であります, 出席者は１２名です
                   r"|出席(?:委員|議員|者|構成員)(?:数)?(?:は|が)[^。]{0,12}(?:名|人)[^。]{0,16}"
                   r"|(?:お越し|お見え|御臨席|ご臨席)(?:を)?(?:いただ|頂)(?:いて|き)(?:おり)?ます"
                   r"|(?:欠席|遅参|遅刻|早退|中座|退席)の(?:届出|届け|連絡|申し出|申出)[^。]{0,30}"
                   # the quorum's outcome: the meeting is constituted (本日の会議は成立しております)
                   r"|(?:会議|会合|委員会|審議会|協議会|懇談会|検討会|部会|分科会|本会|会)(?:は|が|も)?[、，]?"
                   r"(?:有効に|適法に|適正に)?成立(?:して(?:おり|い)ます|(?:いた|致)?しました|(?:いた|致)?します"
                   r"|(?:いた|致)して(?:おり)?ます|となります|となって(?:おり|い)ます|でございます|であります|です)"),
    ("next steps", r"(?:御?意見|ご意見|御?議論|ご議論)[^。]{0,30}(?:整理|取りまとめ|とりまとめ|まとめ|反映)[^。]{0,30}"
                   r"(?:ください|お願い(?:いた)?します|いたします|します|させていただきます|てまいります)"
                   r"|(?:御?意見|ご意見|御?議論|ご議論|御?指摘|ご指摘|御?提案|ご提案|これら|それら|本日の[^。]{0,10})[^。]{0,20}(?:踏まえ|受け)[^。]{0,40}"
                   r"(?:修正|整理|検討|反映|取りまとめ|とりまとめ|まとめ)[^。]{0,12}(?:ください|お願い(?:いた)?します|"
                   r"いたします|します|したい|させていただきます|てまいります|いただきます"
                   r"|いただきたい(?:と(?:思|存じ)います)?)"),
    ("thanks", r"(?:ありがとう|有難う)[^。]{0,10}|感謝(?:いた|致)?し(?:ます|ております)|感謝申し上げ[^。]{0,6}"
               r"|(?:お|御)礼(?:を)?申し上げ[^。]{0,6}|お疲れ(?:様|さま)で(?:す|した|ございました)"
               # the chair's thanks for the day's work: 御苦労さまでした, ご苦労様でございました
               r"|(?:御|ご)苦労(?:様|さま)(?:で(?:す|した|ございました))?"),
    ("farewell", r"(?:退任|離任|任期|最後の(?:出席|会議|会合|参加|委員会)|本日をもって|本日をもちまして|今回(?:を|で)"
                 r"(?:もって|最後|限り)|異動)[^。]{0,40}|お世話になりました|御?世話になりました"),
    # a vote put or its result: 挙手全員であります, 起立多数, 可否同数, 賛成の方の挙手を求めます
    ("vote", r"(?:(?:挙手|起立|賛成|反対|賛成者|反対者|起立者|挙手者)(?:の方|者)?(?:全員|総員|多数|少数|同数|なし|ゼロ)"
             r"|全員(?:賛成|反対))"
             r"(?:と認め(?:ます|る)|で(?:あります|ある|ございます|す)|です)?"
             r"|(?:可否|賛否)同数(?:で(?:あります|ある|ございます|す)|です)?"
             r"|(?:挙手|起立|御起立|ご起立|投票|記名投票|無記名投票)(?:により|によって|で|をもって)?(?:採決|表決)"
             r"(?:いた|致)?(?:します|する|いたしたいと(?:思|存じ)います)"
             r"|(?:挙手|起立|御起立|ご起立)(?:を)?(?:願います|願う|お願い(?:いた)?します|ください|求めます|を求めます)"),
    ("confirmation", r"よろしい(?:でしょうか|ですか|ございますか)|(?:して|で|と)(?:よい|よろしい)か|(?:御|ご)?異議(?:は)?(?:ございません|ありません|なし)"
                     r"[^。]{0,20}|(?:了承|承認|決定|確認|決)(?:いた|致|さ|し)?(?:します|しました|されました|とします"
                     r"|とさせていただきます|いただけますか|いただきました)|(?:その|この)(?:ように|とおり)[^。]{0,20}"
                     r"|(?:と|で)認め(?:ます|る)[^。]{0,20}|(?:お)?諮り(?:いた|致)?(?:します|ます|したいと(?:思|存じ)います)"
                     # the chair entrusted with a text or a date: 「委員長に御一任願いたいと思います」
                     r"|(?:御|ご)?一任(?:を)?(?:願い|お願いし|いただき)(?:ます|たい(?:と(?:思|存じ)います)?)"
                     r"|決し(?:ました|ます)"
                     r"|(?:御|ご)?確認(?:ください|をお願い(?:いた)?します|いただけますでしょうか|いただきたい(?:と(?:思|存じ)います)?"
                     r"|(?:いた|致)?したいと(?:思|存じ)います)"),
    ("announcement", r"(?:について|につきまして|に関して|に関しまして|から|を|点|件|こと|として|沿って|沿いまして"
                     r"|基づき|基づいて)[、，]?[^。]{0,20}"
                     r"(?:御|ご)?(?:説明|報告|紹介|回答|補足|お答え|発表|お話し|申し上げ|述べ|お示し|コメント)"
                     r"(?:を)?(?:いた|致|さ|し)?(?:します|させていただきます|させていただきたいと(?:思|存じ)います"
                     r"|したいと(?:思|存じ)います|申し上げます|ます|たい|る|いたしたいと(?:思|存じ)います)"
                     r"|(?:申し上げ|述べ|お話し|お話しし)(?:ます|たい|させていただきます)"),
    # naming the next speaker, alone or with the point put to them: 「柴田副委員長。」「事務局、この点はいかがですか。」
    # (an assembly's chair calls a member by seat and name: 「２２番笹倉千晶議員。」「次に、３番 川原 誠議員。」)
    ("nomination", rf"^(?:(?:次に|続いて|続きまして|引き続き|最後に)[、，]\s*)?(?:[0-9０-９]{{1,3}}番[\s\u3000]*)?"
                   rf"{_CALLED}{{1,16}}(?:{_ADDRESSED})"
                   rf"|^{_CALLED}{{1,16}}[、，]\s*(?:(?:この|その|今の|ただいまの)(?:点|件|御質問|ご質問|御指摘|ご指摘|御意見|ご意見)"
                   r"(?:は|について(?:は)?)?[、，]?\s*)(?:いかがですか|いかがでしょうか|どうですか|お願い(?:いた)?します)"
                   rf"|^{_CALLED}{{1,16}}(?:{_ADDRESSED})[、，][^。]{{0,20}}(?:手が挙が|挙手|お待たせ|続けて|引き続き|最後に|次に)"
                   r"[^。]{0,12}お願い(?:いた)?します"
                   rf"|^{_CALLED}{{1,16}}[、，]\s*(?:今の|この|その|ただいまの)(?:点|件|御意見|ご意見|御要望|ご要望|御質問|ご質問)"
                   r"[^。]{0,20}(?:伝え|お伝え|回答|確認|調整|整理)[^。]{0,8}(?:ください|願います|お願い(?:いた)?します)"
                   rf"|^{_CALLED}{{1,16}}(?:{_ADDRESSED})[、，]\s*(?:手を挙げ|挙手|お手)[^。]{{0,16}}(?:か|でしょうか)"),
    # asking the secretariat or the chair before a question of procedure: 「事務局に確認させてください」
    ("query", r"^(?:事務局|座長|会長|部会長|委員長|議長)(?:に|へ|の方に)[^。]{0,6}(?:確認|質問|お伺い|伺い|お尋ね)(?:を)?"
              r"(?:させてください|させていただきます|させていただきたい(?:と(?:思|存じ)います)?|したい(?:と(?:思|存じ)います)?"
              r"|します|いたします)"),
    # a stage direction left inside a turn: 〔委員長退席、副委員長着席〕, （「異議なし」と呼ぶ者あり）
    ("stage", r"^[〔［\[（(][^〔〕［］\[\]（）()]{1,40}[〕］\]）)]"),
    # the record's time of a break or an opening, left inside a turn (午前１０時４２分休憩)
    ("timestamp", r"^(?:(?:午前|午後)?[0-9０-９一二三四五六七八九十]+時(?:[0-9０-９一二三四五六七八九十]+分)?[\s\u3000]*"
                  r"(?:休憩|再開|開会|閉会|散会|開議|延会)[\s\u3000]*)+"),
    # a question about the meeting's own procedure: 「報告事項という扱いでしょうか」
    ("procedure", r"(?:扱い|報告事項|審議事項|決定事項|議決事項|諮問事項|協議事項|進め方|手続き?)[^。]{0,40}"
                  r"(?:か|でしょうか|ですか)"),
    ("reply", r"^(?:はい|ええ|承知(?:いた|致)?しました|わかりました|分かりました|了解(?:いた|致)?しました|結構です|"
              r"そうです|ございません|ありません|特にございません|特にありません|大丈夫です|以上(?:です|でございます|となります)?|"
              r"お答え(?:いた)?します|失礼(?:いた|致)?しました)"),
    ("apology", r"(?:申し訳|すみません|恐縮|失礼)[^。]{0,20}"),
    ("record", r"(?:議事録|議事要旨|議事概要|会議録)[^。]{0,40}(?:公開|公表|確認|作成|署名|送付|掲載)[^。]{0,16}"
               r"|資料[^。]{0,40}(?:公開|公表|掲載)[^。]{0,16}|(?:公表|公開|掲載)(?:の)?予定(?:です|でございます|となっております)"
               r"|(?:傍聴|プレス|報道|カメラ撮り|カメラ)[^。]{0,30}(?:入室|退室|退出|ここまで|終了|お願い|ください)[^。]{0,16}"
               r"|(?:公開|非公開)(?:と|で)(?:いた|致)?(?:します|なります)"),
)
# Opening and closing take the meeting as their object: 「本日の会議を開催します」 opens,
# 「次期カードの検討を開始します」 reports a decision.
_MEETING = re.compile(r"会議|会合|委員会|部会|分科会|懇談会|審議会|検討会|研究会|協議会|本日|第[0-9０-９一二三四五六七八九十]+回"
                      r"|意見交換|質疑|討議|審議|議論"
                      r"|ただいま|只今|ただ今|これより|これから|議事|セッション|ヒアリング|休憩|定刻|会を")
_MEETING_ACTS = ("opening", "closing")
# What marks the meeting itself as the object of opening or closing: now, today, this session,
# or the council's next meeting.
_NOW = re.compile(r"ただいま|ただ今|只今|これより|これから|本日|定刻|今回の|第[0-9０-９一二三四五六七八九十]+回"
                  r"|休憩前|次回|次の会議")
# An event or work that is not this meeting, named as what opens (its topic or object): an
# official promising work (「説明会は、平日夜にも開催いたします」「新たな制度を４月から開始します」).
_OTHER_EVENT = re.compile(
    r"(?:説明会|意見交換会|研修会|講演会|報告会|発表会|見学会|相談会|大会|シンポジウム|フォーラム|ワークショップ"
    r"|教室|講座|イベント|事業|制度|工事|運用|供用|運行|募集|受付|調査|試行|実証|パブリックコメント|キャンペーン"
    r"|サービス|取組|取り組み|路線網?|計画|見直し|検討)(?:[をはがも]|について|につきまして)")
_OPENS = re.compile(r"開催|開会|再開|開始|始め|閉会|終了")
# A time to come before the predicate: 来年度から, ４月から, 秋頃に, 今後, 順次.
_FUTURE = re.compile(r"来年|来月|来週|来春|今年度中|年度内|年内|今後|将来|順次|[0-9０-９一二三四五六七八九十]+月(?:から|に|中|頃|以降)"
                     r"|[春夏秋冬]頃|[春夏秋冬]から|[春夏秋冬]に")
# Views of people outside the meeting (住民・保護者・事業者 …): to hear them is work promised,
# not the floor given to the members.
_OUTSIDE_VIEWS = re.compile(
    r"(?:住民|市民|町民|村民|区民|県民|府民|都民|道民|国民|保護者|地域|地元|関係者|関係団体|団体|事業者|利用者"
    r"|児童|生徒|学校|現場|農家|生産者|消費者|当事者|患者|若者|子ども|子供)"
    r"(?:の|から|の皆様(?:の|から)|の皆さん(?:の|から)|の方々(?:の|から)|の方(?:の|から))?[^。、]{0,8}(?:御|ご)?"
    r"(?:意見|声|要望|考え|ニーズ)")
# A time after this meeting: what will be shown then is a commitment, not this turn's act.
_LATER = re.compile(r"次回|来年|来月|今年度|年度内|年内|今後|後日|までに|中に|将来|秋|春|夏|冬")

# What makes a sentence substantive even when its predicate is procedural: a judgement,
# a need, a problem, a proposal (also put as a question of what could be done: …と接続でき
# ないか, as ではないか puts a view), a reasoned view, a figure.
_SUBSTANCE_WORDS = (
    r"べき|必要|重要|大切|不可欠|欠かせ|課題|問題|懸念|危惧|心配|期待(?:し|され|する|が)|望まし|求め|"
    r"ではないか|でないか|のではない|できないか|できないでしょうか|できませんか|賛成|反対|同感|同意|賛同|異論|提案|指摘|検討すべき|してほしい|していただきたい|ほしい|"
    r"(?<!たい)と(?:思|考え)(?:う|る|います|ます|ており|ている)|べきだ|不足|遅れ(?:てい|が)|"
    r"必ず|確実に|徹底|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:％|%|億|万|兆|割|倍)"
)
# Stock phrases of running a meeting that hold a word of substance: 「不足がございましたら」
# (papers missing), 「必要に応じて」.
_STOCK_WORDS = (r"不足(?:等)?(?:が|の)?(?:ございましたら|ありましたら|あれば)|必要に応じて"
                r"|(?:可決|否決|採択|承認|認定|同意)すべき|(?:説明|報告|答弁|意見|発言|見解|挙手|起立)を求め"
                r"|(?:賛成|反対)(?:の|する)?(?:方|者|委員|議員|諸君)"  # a vote put, not a view
                r"|(?:賛成|反対)(?:者)?(?:全員|総員|多数|少数|同数)|(?:可否|賛否)同数|全員(?:賛成|反対)"  # its result
                r"|(?:御|ご)(?:指摘|提案)")  # another's remark referred to (御指摘を踏まえ), not a point made
_QUOTE = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”")
_QUOTED = re.compile(r"[「『“]")


def _quoted(s: str) -> bool:
    """``_QUOTED.search(s)``: a quotation mark opens in the sentence (three scans in C: a
    regex search costs ~2.5k instructions, found or not)."""
    return "「" in s or "『" in s or "“" in s
# Words that open a sentence without adding to it (fillers, connectives, address).
_OPENER_WORDS = ("はい", "ええ", "えー", "えっと", "ええと", "あの", "あのー", "それでは", "それじゃあ", "では", "じゃあ",
                 "続きまして", "続いて", "次に", "まず", "最後に", "改めまして", "改めて", "さて", "なお", "また", "引き続き",
                 "ただいま", "只今", "本日は", "本日も", "皆様", "皆さん", "どうも", "誠に", "本当に")
_OPENER = re.compile(r"^(?:(?:" + "|".join(_OPENER_WORDS) + r")[、，\s\u3000]*)+")
# The characters those words start with: a sentence starting otherwise has no opener (``re``
# would try each word at its start to find none).
_OPENER_FIRST = frozenset(w[0] for w in _OPENER_WORDS)
_TOPIC = re.compile(r"について|につきまして|に関して|に関しまして|に関する")
# The item put on the agenda is named, not asserted: 「…の整備を求める請願を議題といたします」.
_ITEM_NAMED = re.compile(r"(?:を|は)(?:一括して|一括|まとめて|併せて|あわせて)?(?=議題)")
# A sentence: up to and with its closing mark, or the rest of the text (the empty match at the
# end is no sentence); one greedy pass, without the backtracking of an alternation.
_SENTENCE = re.compile(r"[^。？?！!]*[。？?！!]?")
# A sentence this long (without quotes) carries content whatever its predicate, unless a
# listed announcement frame says otherwise.
_LONG = 90


def _at_end(rx: str) -> str:
    """An act's predicate as it ends a sentence (the particles and closing marks after it)."""
    return rf"(?:{rx})[、，\s\u3000]*(?:ね|よ|ので|けれども|が)?[。？?！!]?$"


class _ActShape(NamedTuple):
    """What the parse of an act's regex tells, read from one parse of it (``sre_parse``) at
    import: the regexes themselves are compiled on their first use (``_forward``,
    ``_reversed``) — a file tries few of the 33 acts (the seed 14 of their reverses and none
    of them forwards), and compiling them all was most of this module's import time."""

    name: str
    pattern: str  # the regex, anchored at the sentence's end
    width: int  # the most characters a match can span, capped at 160
    anchored: bool  # anchored at the sentence's start too (^ opens it)
    starts: frozenset[str] | None  # the characters it must start with (``start_chars``), where few
    parsed: Any  # the parsed regex (re._parser has no types), written reversed on first need


def _act_shape(name: str, rx: str) -> _ActShape:
    pattern = _at_end(rx)
    parsed = sre_parse.parse(pattern)
    anchored = pattern.startswith("(?:^")
    return _ActShape(name, pattern, min(160, parsed.getwidth()[1]), anchored,
                     _parsed_start_chars(parsed) if anchored else None, parsed)


@lru_cache(maxsize=None)
def _forward(key: str) -> re.Pattern[str]:
    """An act's regex, compiled on its first use (once a process)."""
    return re.compile(_BY_KEY[key].pattern)


@lru_cache(maxsize=None)
def _reversed(key: str) -> re.Pattern[str]:
    """An act's reversed regex (``reverse_pattern``), written and compiled on its first use
    (once a process)."""
    return re.compile(_pattern_text(_BY_KEY[key].parsed, backwards=True))


# Every act is anchored at the sentence's end, so it is tried as its reverse at the start of
# the reversed sentence: one match that fails at the first characters that differ, instead of
# a search that tries every position. The reverse of a pattern accepts exactly the reversed
# strings (no backreferences or lookarounds are used; tests/test_verbatim_kinds.py checks it).
def reverse_pattern(pattern: str) -> str:
    """A regex that matches the reverse of what ``pattern`` matches (``^`` and ``$`` swapped).

    >>> reverse_pattern("(?:開会|閉会)(?:いた)?します$")
    '\\\\Aすまし(?:たい){0,1}(?:会開|会閉)'
    """
    return _pattern_text(sre_parse.parse(pattern), backwards=True)


def literal_led(pattern: str) -> str:
    """The same regex (the same matches, found in the same order) written so that each of its
    alternatives starts with a character: a group or a class at an alternative's start is
    spread into alternatives of their own (``(?:御|ご)指摘`` → ``御指摘|ご指摘``, ``[0-9]+`` →
    ``0[0-9]*|1[0-9]*…``, ``(?:等)?あ`` → ``等あ|あ``) and a look behind moves past the
    character after it (``(?<!たい)と`` → ``と(?<!たいと)``). Python's ``re`` then skips, in one
    table look-up, the positions where no alternative can start; otherwise it tries the whole
    alternation at every position of the text (5 µs on a sentence of 40 characters against
    1 µs for kind's words of substance).

    >>> literal_led("(?:御|ご)(?:指摘|提案)|(?<!たい)と思う|[0-2]番|(?:等)?あ")
    '御(?:指摘|提案)|ご(?:指摘|提案)|と(?<!たいと)思う|0番|1番|2番|等あ|あ'
    """
    return "|".join(_pattern_text(alt) for top in _alternatives(list(sre_parse.parse(pattern)))
                    for alt in _led(top))


def _alternatives(items: list[Any]) -> list[list[Any]]:
    """The alternatives of a parsed pattern (itself when it has no alternation at its top)."""
    if len(items) == 1 and items[0][0] is sre_constants.BRANCH:
        return [list(b) for b in items[0][1][1]]
    return [items]


# the most characters of a class written out as alternatives of their own
_FEW = 24


def _led(items: list[Any]) -> list[list[Any]]:
    """One alternative (parsed) as alternatives that each start with a character, in the order
    ``re`` would try them."""
    c = sre_constants
    if not items:
        raise ValueError("an empty alternative matches everywhere")
    (op, av), rest = items[0], items[1:]
    if op is c.LITERAL:
        return [items]
    if op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return [led for alt in _alternatives(list(av[3])) for led in _led(alt + rest)]
    if op is c.BRANCH:
        return [led for branch in av[1] for led in _led(list(branch) + rest)]
    return _led_first(op, av, rest)


def _led_first(op: Any, av: Any, rest: list[Any]) -> list[list[Any]]:
    """``_led`` of an alternative that starts with a class, a repeat or a look-behind."""
    c = sre_constants
    if op is c.IN and (chars := _few_chars(av)) is not None:
        return [[(c.LITERAL, ord(ch))] + rest for ch in chars]  # one of them matches a character
    if op is c.MAX_REPEAT:  # greedy: once more first, then no more
        low, high, sub = av
        more = [] if high == 1 else [(c.MAX_REPEAT, (max(low - 1, 0), high if high is c.MAXREPEAT else high - 1, sub))]
        once = _led(list(sub) + more + rest)
        return once if low else once + _led(rest)
    if op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1 and rest:  # the character after it joins it
        return [[alt[0], (op, (-1, list(av[1]) + [alt[0]]))] + alt[1:] for alt in _led(rest)]
    raise ValueError(f"cannot start with a character: {op}")


def _few_chars(items: Any) -> list[str] | None:
    """The characters of a class of a few characters and ranges (None: a negated class, a
    category such as \\s, or more than _FEW)."""
    chars: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars.append(chr(av))
        elif op is sre_constants.RANGE and av[1] - av[0] < _FEW:
            chars.extend(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars if len(chars) <= _FEW else None


def start_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match can start with, for a pattern anchored at the start of the text
    (``^`` opens every alternative) whose alternatives start with a few characters; None
    otherwise (an alternative not anchored, a negated or wide class, a match that may be empty).

    >>> sorted(start_chars("^(?:はい|ええ|以上(?:です)?)[、]*$")), start_chars("^.{1,3}です"), start_chars("はい")
    (['え', 'は', '以'], None, None)
    """
    return _parsed_start_chars(sre_parse.parse(pattern))


def _parsed_start_chars(parsed: Any) -> frozenset[str] | None:
    """``start_chars`` of a parsed pattern."""
    try:
        return frozenset(_starts(list(parsed), anchored=False))
    except ValueError:
        return None


def _starts(items: list[Any], anchored: bool) -> set[str]:
    """``start_chars`` of a parsed pattern (ValueError where it has no answer)."""
    c = sre_constants
    if not items:
        raise ValueError("a match may be empty")
    (op, av), rest = items[0], items[1:]
    if op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return _starts(rest, True)
    if not anchored:
        raise ValueError("not anchored at the start")
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN and (chars := _few_chars(av)) is not None:
        return set(chars)
    if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
        return set().union(*(_starts(alt + rest, anchored) for alt in _alternatives(list(av[3]))))
    if op is c.BRANCH:
        return set().union(*(_starts(list(branch) + rest, anchored) for branch in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        return _starts(list(sub) + rest, anchored) | (set() if low else _starts(rest, anchored))
    raise ValueError(f"cannot tell how {op} starts")


def _pattern_text(items: Any, backwards: bool = False) -> str:  # a parsed pattern (re._parser has no types)
    """A parsed pattern written again as a regex, or its reverse (``backwards``)."""
    return "".join(_item_text(op, av, backwards) for op, av in (reversed(list(items)) if backwards else items))


_CATEGORY = {sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_DIGIT: r"\d",
             sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_SPACE: r"\S",
             sre_constants.CATEGORY_NOT_DIGIT: r"\D", sre_constants.CATEGORY_NOT_WORD: r"\W"}
_ANCHOR = {sre_constants.AT_BEGINNING: r"\Z", sre_constants.AT_BEGINNING_STRING: r"\Z",
           sre_constants.AT_END: r"\A", sre_constants.AT_END_STRING: r"\A"}
_FORWARD_ANCHOR = {sre_constants.AT_BEGINNING: "^", sre_constants.AT_BEGINNING_STRING: r"\A",
                   sre_constants.AT_END: "$", sre_constants.AT_END_STRING: r"\Z"}
_LOOK = {(sre_constants.ASSERT, 1): "(?=", (sre_constants.ASSERT_NOT, 1): "(?!",
         (sre_constants.ASSERT, -1): "(?<=", (sre_constants.ASSERT_NOT, -1): "(?<!"}


def _item_text(op: Any, av: Any, backwards: bool) -> str:
    c = sre_constants
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.NOT_LITERAL:
        return "[^" + _in_class(chr(av)) + "]"
    if op is c.IN:
        return _char_set(av)
    if op is c.BRANCH:
        return "(?:" + "|".join(_pattern_text(b, backwards) for b in av[1]) + ")"
    if op is c.SUBPATTERN and (backwards or av[0] is None):  # a group is written as (?:…)
        return "(?:" + _pattern_text(av[3], backwards) + ")"
    if op is c.MAX_REPEAT:
        low, high, sub = av
        return "(?:" + _pattern_text(sub, backwards) + "){%d,%s}" % (low, "" if high is c.MAXREPEAT else high)
    if op is c.AT:
        return (_ANCHOR if backwards else _FORWARD_ANCHOR)[av]
    if op in _LOOK_OPS and not backwards:
        return _LOOK[op, av[0]] + _pattern_text(av[1]) + ")"
    raise ValueError(f"cannot write {op} {'reversed' if backwards else 'again'}")  # teach it here


_LOOK_OPS = (sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def _char_set(items: Any) -> str:
    parts, negate = [], ""
    for op, av in items:
        if op is sre_constants.NEGATE:
            negate = "^"
        elif op is sre_constants.LITERAL:
            parts.append(_in_class(chr(av)))
        elif op is sre_constants.RANGE:
            parts.append(_in_class(chr(av[0])) + "-" + _in_class(chr(av[1])))
        else:
            parts.append(_CATEGORY[av])
    return "[" + negate + "".join(parts) + "]"


def _in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


# What a sentence of an act is searched for (kind._verdict): written literal-led.
_SUBSTANCE = re.compile(literal_led(_SUBSTANCE_WORDS))
_STOCK = re.compile(literal_led(_STOCK_WORDS))
# Either of the two: a sentence with neither is known to say nothing of substance in one scan.
_STOCK_OR_SUBSTANCE = re.compile(literal_led(f"{_STOCK_WORDS}|{_SUBSTANCE_WORDS}"))
# The acts, parsed once at import (see _ActShape); by their names
_ACT_SHAPES = tuple(_act_shape(name, rx) for name, rx in ACTS)
_BY_KEY = {shape.name: shape for shape in _ACT_SHAPES}
_WIDEST = max(shape.width for shape in _ACT_SHAPES)

# The words without which an act's predicate cannot match: a sentence is tried only against
# the acts whose words it holds (one scan instead of a search per act). An act with no words
# here (reply, anchored at the start) is always tried.
_KEYWORDS: dict[str, str] = {
    "greeting": "よろしく|宜しく|おはよう|こんにちは|こんばんは|お疲れ|お世話|はじめまして|初めまして|ようこそ",
    # お手元 too: the scan takes the longest word at a place, and お手 (nomination) would hide 手元
    "materials": "資料|お手元|手元|タブレット|画面|スライド|ページ|頁|配付|配布|投影|机上|記載|掲載|不足|落丁|不備|乱丁|一覧|日程案"
                 "|次第|順序表|別紙|別表",
    "connection": "聞こえ|聴こえ|見え|映っ|映り|つなが|繋が|届い|音声|映像|画面|マイク|ミュート|接続|回線|カメラ|"
                  "ハウリング|通信状況|電波|ビデオ",
    "opening": "開会|開催|開始|再開|開議|開き|始め|定刻|実施",
    "closing": "閉会|終了|散会|閉議|お開き|終わり|終え|閉じ|締めくくり|これ|ここ|以上",
    "floor": "お願い|どうぞ|いただ|頂|願い|挙げ",
    "floor/from": "説明|報告|紹介|挨拶|あいさつ|発言|発表|回答|連絡|答弁",
    "floor/any": "ございます|あります|ありません|ございません|何か|なにか|いらっしゃ|おられ|おりま|いませ",
    "floor/hand": "進行|司会|マイク",
    "floor/views": "伺い|頂戴|いただき|頂き|賜り|お聞",
    "floor/if": "ございましたら|ありましたら|あれば|がある方|ください|願います|お願い|どうぞ",
    "floor/ask": "求め|順|許",
    "floor/call": "君",
    "agenda": "議事|議題|次第|議案|案件|日程第|テーマ|本題|次の|移|入|進み",
    "business": "審査|調査|質疑|討論|採決|審議|協議|表決|説明|報告|意見交換|質問|職務|進行|承り|お預かり|終え|継続",
    # acts anchored at the start are gated too, by the words they cannot match without
    "introduction": "ございます|申します|です",
    "floor/who": "いかが|どなたか|ほか|他に|どうぞ|お願い|どうですか",
    "nomination": _ADDRESSED + "|この|その|今の|ただいまの|手を挙げ|挙手|お手",
    "stage": "〔|［|[|（|(",
    "timestamp": "休憩|再開|開会|閉会|散会|開議|延会",
    "query": "確認|質問|伺い|尋ね",
    "procedure": "扱い|報告事項|審議事項|決定事項|議決事項|諮問事項|協議事項|進め方|手続",
    "schedule": "次回|次の会議|日程|開催日|終了時刻|予定|時間|時刻|休憩|会期|追って|改めて|後日|別途|本日中|終了後|"
                "会議後|会議の後|分程度|分以内|分ほど|分くらい|分ぐらい|分まで|手短|簡潔|審査|審議|調査",
    "attendance": "出席|欠席|参加|退席|退室|中座|遅参|遅刻|早退|定足数|過半数|お越し|お見え|臨席|成立",
    "next steps": "踏まえ|受け|整理|まとめ|反映",
    "thanks": "ありがとう|有難う|感謝|礼|お疲れ|苦労",
    "farewell": "退任|離任|任期|最後の|本日をもって|本日をもちまして|今回|異動|世話",
    "confirmation": "よろしい|よい|異議|了承|承認|決定|確認|決|ように|とおり|認め|諮り|一任",
    "vote": "挙手|起立|賛成|反対|同数|採決|表決",
    "announcement": "説明|報告|紹介|回答|補足|お答え|発表|お話し|申し上げ|述べ|お示し|コメント",
    "apology": "申し訳|すみません|恐縮|失礼",
    "record": "議事録|議事要旨|議事概要|会議録|傍聴|プレス|報道|カメラ|公開|公表|資料",
}
_ANNOUNCING = re.compile(_KEYWORDS["announcement"])
_ALWAYS = frozenset(shape.name for shape in _ACT_SHAPES if shape.anchored and shape.name not in _KEYWORDS)
# The characters an act anchored at the sentence's start can start with (reply: はい, 承知…,
# 以上…), where they are few: a sentence starting otherwise is not tried against it. Reply has
# no words of its own to wait for (it is tried on every sentence): 486 against 503 M
# instructions for kind on the bench's remarks.
_STARTS = {shape.name: shape.starts for shape in _ACT_SHAPES}


def _keyword_index() -> tuple[WordScan, dict[str, frozenset[str]]]:
    acts_of: dict[str, set[str]] = {}
    for name, words in _KEYWORDS.items():
        for w in words.split("|"):
            acts_of.setdefault(w, set()).add(name)
    found_words = sorted(acts_of, key=len, reverse=True)
    # a word found stands for every word inside it (開催日: schedule and opening); a word
    # that straddles the end of one found is not seen (the scan does not overlap)
    index = {w: frozenset(a for k in found_words if k in w for a in acts_of[k]) for w in found_words}
    return WordScan(found_words), index


_Trie = Trie


def trie_regex(words: list[str]) -> str:
    """One regex for a list of words with their common beginnings shared: Python's ``re``
    tries the branches of an alternation one by one, a trie one character at a time. At a
    position the longest word wins, as in an alternation of the words longest first.

    >>> trie_regex(["開会", "開催", "開催日", "次回"])
    '(?:開(?:催(?:日)?|会)|次回)'
    """
    return _trie_branches(word_trie(words))


class WordScan:
    """The words of a list that a text holds, found as ``trie_regex`` finds them: from the
    left, at each place the longest word that starts there, none overlapping the one found
    before (a word that straddles the end of one found is not seen). An Aho-Corasick
    automaton (ahocorasick_rs, leftmost-longest) reads the text once, without trying the
    words at each position as ``re`` does: 3.8 against 22 ms for the keywords of the seed's
    100 copies (tests/test_parse_fast_paths.py compares it with ``trie_regex`` on texts of
    overlapping words).

    >>> WordScan(["開会", "開催日", "開催", "次回", "君", "ここ"]).words("次回の開催日に開会。ここここ君")
    ['次回', '開催日', '開会', 'ここ', 'ここ', '君']
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = AhoCorasick(sorted(set(words)), matchkind=MatchKind.LeftmostLongest,
                                      store_patterns=True, implementation=Implementation.DFA)

    def words(self, text: str) -> list[str]:
        """The words found in the text, in order."""
        return self._automaton.find_matches_as_strings(text)


def _children(node: _Trie) -> list[tuple[str, _Trie]]:
    """A trie node's characters and their subtries, the deepest first."""
    return sorted(((c, sub) for c, sub in node.items() if c), key=lambda cs: -_trie_depth(cs[1]))


def _trie_alternatives(node: _Trie) -> list[str]:
    return [re.escape(ch) + _trie_branches(sub) for ch, sub in _children(node)]


def _trie_branches(node: _Trie) -> str:
    branches = _trie_alternatives(node)
    if not branches:
        return ""
    if "" in node:  # a word ends here: what follows is optional (tried first: greedy)
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _trie_depth(node: _Trie) -> int:
    return 1 + max((_trie_depth(sub) for c, sub in node.items() if c), default=0)


_KEYWORD_SCAN, _ACTS_OF = _keyword_index()


def _possible(bare: str) -> frozenset[str]:
    """The acts whose words the sentence holds (and the anchored ones)."""
    return _acts_of_words(frozenset(_KEYWORD_SCAN.words(bare)))


@lru_cache(maxsize=4096)
def _acts_of_words(words: frozenset[str]) -> frozenset[str]:
    found = set(_ALWAYS)
    for w in words:
        found |= _ACTS_OF[w]
    return frozenset(found)


@lru_cache(maxsize=1024)
def _candidates(possible: frozenset[str]) -> tuple[
        tuple[str, str, bool, re.Pattern[str], frozenset[str] | None], ...]:
    """The acts to try, in their order (a sentence holds one of few sets of act words), each
    by the name it is reported under (floor/any is a part of floor), with its key (for its
    regex, ``_forward``: seldom needed), its reverse and the characters it must start with
    (``_STARTS``)."""
    return tuple((shape.name.partition("/")[0], shape.name, shape.anchored, _reversed(shape.name),
                  _STARTS[shape.name]) for shape in _ACT_SHAPES if shape.name in possible)


def sentences(text: str) -> list[str]:
    """The sentences of a remark (。？！ end one).

    >>> sentences("ありがとうございます。清水委員、お願いします。")
    ['ありがとうございます。', '清水委員、お願いします。']
    """
    return list(_iter_sentences(text))


def _iter_sentences(text: str) -> Iterator[str]:
    """The sentences (``_SENTENCE``'s matches stripped, the empty ones left out); a text whose
    sentences all end in 。 (most of them) is cut by ``str.split``, a scan in C for one
    character, where the regex tests a class of five at every character."""
    if "？" in text or "?" in text or "！" in text or "!" in text:
        for m in _SENTENCE.finditer(text):
            s = m.group().strip()
            if s:
                yield s
        return
    parts = text.split("。")
    last = parts.pop().strip()
    for part in parts:
        yield (part + "。").strip()  # never empty: it holds its 。
    if last:
        yield last


def act(sentence: str) -> str | None:
    """The procedural act a sentence performs, or None when it is substantive.

    >>> act("髙橋でございます。"), act("聞こえておりますでしょうか。"), act("清水委員、お願いいたします。")
    ('introduction', 'connection', 'floor')
    >>> act("地方の路線バスは減便が続いており、財源の確保が必要です。") is None
    True
    """
    s = sentence.strip()
    opener = _OPENER.match(s) if s[:1] in _OPENER_FIRST else None
    if opener:
        s = s[opener.end():]
    if not s.strip("。？?！! \u3000"):
        return "reply" if sentence.strip() else None
    bare = _QUOTE.sub("「」", s) if _quoted(s) else s
    if len(bare) > _LONG and not _ANNOUNCING.search(bare):
        return None  # a long sentence is an act only as an announcement (see _verdict)
    opened = opener.group() if opener else ""
    found = _match(bare, opened)
    if found is not None:
        return found[0]
    polite = _polite(bare)  # the plain style (開会する, 質疑はないか) read as the polite one
    if polite is not bare:
        found = _match(polite, opened)
        if found is not None:
            return found[0]
    return None


def performs(sentence: str, names: frozenset[str]) -> bool:
    """``act(sentence) in names``, the cheap test first: when none of those acts' predicates
    ends the sentence (as it is, or in the polite form), no other act is read.

    >>> performs("ありがとうございます。", frozenset({"thanks"})), performs("財源が課題です。", frozenset({"thanks"}))
    (True, False)
    """
    s = sentence.strip()
    opener = _OPENER.match(s) if s[:1] in _OPENER_FIRST else None
    if opener:
        s = s[opener.end():]
    if s.strip("。？?！! \u3000"):
        bare = _QUOTE.sub("「」", s) if _quoted(s) else s
        if not _may_end(bare, names):
            polite = _polite(bare)
            if polite is bare or not _may_end(polite, names):
                return False
    return act(sentence) in names


def _may_end(bare: str, names: frozenset[str]) -> bool:
    """One of the acts reported under those names has its predicate at the sentence's end
    (the test ``_match`` makes, without the words' gate)."""
    n = len(bare)
    if n > _WIDEST:
        return any(not anchored and rx.search(bare, n - _WIDEST) for rx, anchored, _rev in _acts_named(names))
    backwards = bare[::-1]
    return any(reversed_rx.match(backwards) for _rx, _anchored, reversed_rx in _acts_named(names))


@lru_cache(maxsize=16)
def _acts_named(names: frozenset[str]) -> tuple[tuple[re.Pattern[str], bool, re.Pattern[str]], ...]:
    return tuple((_forward(shape.name), shape.anchored, _reversed(shape.name)) for shape in _ACT_SHAPES
                 if shape.name.partition("/")[0] in names)


def _match(bare: str, opened: str) -> tuple[str | None] | None:
    """(the act, or None when its sentence has substance) for the first act whose predicate
    ends the sentence; None when no act's does."""
    n = len(bare)
    backwards = bare[::-1]
    first = bare[:1]
    for name, key, anchored, reversed_rx, starts in _candidates(_possible(bare)):
        if starts is not None and first not in starts:
            continue  # anchored at the start, and none of its predicates starts so
        if n > _WIDEST:  # a match is looked for in the last _WIDEST characters only
            if anchored or _forward(key).search(bare, n - _WIDEST) is None:
                continue
        elif reversed_rx.match(backwards) is None:
            continue
        if name in _MEETING_ACTS or name == "procedure":
            m = _forward(key).search(bare)  # where the predicate starts: its object stands before it
            if m is not None and _other_object(name, bare, m.start(), opened):
                continue
        elif name == "floor" and _OUTSIDE_VIEWS.search(bare):
            continue  # 「住民の皆様の御意見を伺います」: work promised, not the floor given
        return (_verdict(name, bare),)
    return None


# The plain style's predicate (だ/である records: 開会する, 質疑に入る, 挙手を求める, 決定した,
# 異議ないか) and the polite one it stands for (開会します, 質疑に入ります, 挙手を求めます,
# 決定しました, 異議ありませんか): a verb's dictionary form takes ます (a godan verb's last
# kana moves to the i-row: 行う → 行います, 諮る → 諮ります; an ichidan verb, e- or i-row kana
# before る, drops it: 求める → 求めます), する and a past in した/れた/えた take ました, and
# a question of whether there is any (ないか, あるか) is asked as ありませんか, ありますか.
# 「ではないか」 (a view put as a question) stays as it is, and so does ある (である, おそれがある:
# a statement, whose polite あります the acts read only after the words of an act).
_PLAIN_END = re.compile(
    r"(?:(?P<q>(?:(?<![でのん])[はが]|(?<![でのんはが]))な[いき]か|あるか)|(?P<suru>する)"
    r"|(?P<past>(?<!ま)した|[れえけげせぜてねべへめきぎじちびみり]た)"
    r"|(?P<ichidan>(?<!ま)いる|[きぎしじちにひびみりえけげせぜてでねべへめれ]る)"
    r"|(?P<godan>(?<=[\u3400-\u9fffあいかがさざただなはばぱまやらわ])う|(?<![まで])す|[くぐつぬぶむ]"
    r"|(?<=[\u3400-\u9fffいうかがくぐさざすただつなぬはばぱぶまむやらるわおこごそぞとどのほぼぽもよろ])る))"
    r"(?=[、，\s\u3000]*(?:ね|よ|ので|けれども|が)?[。？?！!]?$)")
_GODAN_I = str.maketrans("うくぐすつぬぶむる", "いきぎしちにびみり")
# The most characters a plain predicate spans (はないか), and the particles that may follow it
# (_PLAIN_END's look-ahead): a match ends where the sentence's closing words start.
_PLAIN_WIDTH: int = sre_parse.parse(_PLAIN_END.pattern).getwidth()[1]
_PARTICLES = ("ね", "よ", "ので", "けれども", "が")
# The last character before the closing marks that a plain predicate (or the particle after it)
# can end in: a sentence ending otherwise (ます, です, ません, ください, 名詞) is not searched.
_PLAIN_LAST = frozenset("かるたうすくぐつぬぶむねよでもが")
_CLOSING = frozenset("。？?！!、，")
# the same and every character str.isspace() takes (U+3000 too): what a sentence may end with
# after its predicate, taken off by one rstrip
_CLOSING_OR_SPACE = "。？?！!、，" + SPACE_CHARS


def _polite(bare: str) -> str:
    """The sentence with its plain predicate in the polite form (``bare`` itself when its
    predicate is not plain).

    >>> _polite("質疑はないか。"), _polite("調査に入る。"), _polite("挙手を求める。"), _polite("決定した。")
    ('質疑はありませんか。', '調査に入ります。', '挙手を求めます。', '決定しました。')
    >>> _polite("開会いたします。") == "開会いたします。", _polite("ではないか。")
    (True, 'ではないか。')
    """
    i = len(bare.rstrip(_CLOSING_OR_SPACE))
    last = bare[i - 1:i]
    if last not in _PLAIN_LAST or last == "す" and bare[i - 2:i - 1] in ("ま", "で"):
        return bare  # a polite or a nominal ending: no plain predicate (a quick test before the search)
    m = _PLAIN_END.search(bare, max(0, len(bare) - 16, _closing_words(bare, i) - _PLAIN_WIDTH))  # at the end
    if m is None:
        return bare
    end, form = m.group(), m.lastgroup
    if form == "q":
        polite = ("ありませんか" if "な" in end else "ありますか")
        polite = end[0] + polite if end[0] in "はが" else polite
    elif form == "suru":
        polite = "します"
    elif form == "past":
        polite = end[:-1] + "ました"
    elif form == "ichidan":  # 求める, 終える, 閉じる, している
        polite = end[0] + "ます"
    else:
        polite = end.translate(_GODAN_I) + "ます"
    return bare[:m.start()] + polite + bare[m.end():]


def _closing_words(bare: str, i: int) -> int:
    """Where the words that may close a sentence after its predicate start at the earliest
    (spaces and 、，, a particle, a closing mark: _PLAIN_END's look-ahead); ``i``: the end
    without the closing marks and spaces. A plain predicate is looked for only just before.

    >>> _closing_words("開会するので、", 6)  # 開会する|ので、
    4
    """
    end = next((i - len(p) for p in _PARTICLES if bare.endswith(p, 0, i)), i)
    while end and (bare[end - 1] in "、，" or bare[end - 1].isspace()):
        end -= 1
    return end


def _other_object(name: str, bare: str, start: int, opened: str = "") -> bool:
    """The act's predicate is there but its object is not this meeting (``opened``: the
    words that opened the sentence, taken off ``bare``: ただいまから …)."""
    if name in _MEETING_ACTS:
        before = bare[:start]
        if _NOW.search(opened) or _NOW.search(before):
            return False  # 「ただいまから…を開催します」, 「次回は…開催します」: this council's
        if _OTHER_EVENT.search(before) or _FUTURE.search(before):
            return True  # 「説明会は…開催いたします」「新たな制度は４月から開始します」: work promised
        if before.rstrip("、，").endswith("を") and not _MEETING.search(bare):
            return True  # 「次期カードの検討を開始します」 opens no meeting: its object is another
    # 「手続の簡素化はどうお考えでしょうか」 asks about a policy, not this meeting
    return name == "procedure" and not _MEETING.search(bare)


def promises_work(sentence: str) -> bool:
    """The sentence promises work outside this meeting (opens an event or a measure named or
    at a time to come, hears the views of people outside it), so a formula of running the
    meeting (「…開催いたします」) does not make it procedural.

    >>> promises_work("説明会は、休日にも開催いたします。"), promises_work("ただいまから会議を開催いたします。")
    (True, False)
    """
    if _OUTSIDE_VIEWS.search(sentence):
        return True
    return bool(_OPENS.search(sentence) and not _NOW.search(sentence)
                and (_OTHER_EVENT.search(sentence) or _FUTURE.search(sentence)))


def _verdict(name: str, bare: str) -> str | None:
    """The act, unless the sentence says something of substance on the way."""
    said = bare
    if name == "announcement":
        # the topic of an announcement (「…について御説明します」) is named, not asserted
        said = _TOPIC.split(bare)[-1]
        if _LATER.search(said):
            return None  # 「来年度に再編案をお示しします」 promises work: no announcement
    elif name == "agenda":
        said = _ITEM_NAMED.split(bare)[-1]
        if len(bare) > _LONG:
            return None
    elif len(bare) > _LONG:
        return None
    if _STOCK_OR_SUBSTANCE.search(said) is None:
        return name  # neither: nothing taken off, nothing of substance (one scan instead of two)
    if _SUBSTANCE.search(_STOCK.sub("", said)):
        return None
    return name


def inner_speech(text: str) -> str:
    """The speech inside the quotation marks a record wraps a turn in (教育委員会のテキスト版:
    ``○山田教育長　「ただいまから…。」``): an opening 「 at the start that the text does not
    close, and a closing 」 at the end that it does not open, are taken off; quotes inside
    the speech stay. The kind reads this, paragraph by paragraph; the point's text loses the
    pair only where it wraps its turn's whole speech (``quoted.unwrapped``).

    >>> inner_speech("「ただいまから開会いたします。」"), inner_speech("「議案第１号について、")
    ('ただいまから開会いたします。', '議案第１号について、')
    >>> inner_speech("以上です。」"), inner_speech("「はい」と答えた。")
    ('以上です。', '「はい」と答えた。')
    """
    if not text or (text[0] != "「" and text[-1] != "」"):
        return text
    opens: list[int] = []
    first_closes_at = -1  # where the 「 at the start is closed (-1: never)
    last_unopened = False  # the 」 at the end closes nothing the text opened
    for i, ch in enumerate(text):
        if ch == "「":
            opens.append(i)
        elif ch == "」":
            if not opens:
                last_unopened = i == len(text) - 1
                continue
            if opens.pop() == 0:
                first_closes_at = i
    start = 1 if text[0] == "「" and first_closes_at in (-1, len(text) - 1) else 0
    end = len(text) - 1 if last_unopened or start and first_closes_at == len(text) - 1 else len(text)
    return text[start:end].strip() if (start, end) != (0, len(text)) else text


def decide(text: str, formula: Callable[[str], bool] | None = None) -> tuple[Kind, str]:
    """('procedural' or 'opinion', the evidence): each sentence's act, or the first
    substantive sentence.

    ``formula`` (a sentence → bool) names sentences that are procedural by a fixed formula
    (the summaries' 「３点申し上げる」).

    >>> decide("ありがとうございました。清水委員、お願いいたします。")
    ('procedural', 'thanks + floor')
    >>> decide("髙橋でございます。本日もよろしくお願いします。路線バスの財源が課題です。")
    ('opinion', 'introduction + greeting + substantive: 路線バスの財源が課題です。')
    """
    acts: list[str] = []
    if text[:1] == "「" or text[-1:] == "」":
        text = inner_speech(text)
    for s in _iter_sentences(text):  # lazily: an opinion is known at its first substantive sentence
        a = act(s)
        if a is None and formula is not None and len(s) <= _LONG and formula(
                s.rstrip("。？?！!")) and not promises_work(s):
            a = "formula"
        if a is None:
            cut = s if len(s) <= 30 else s[:29] + "…"
            acts.append(f"substantive: {cut}")
            return "opinion", " + ".join(acts)
        acts.append(a)
    if not acts:
        return "opinion", "no sentence"
    return "procedural", " + ".join(acts)

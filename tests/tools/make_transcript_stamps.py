"""Build tests/fixtures/minutes/transcript-stamps.docx (fictional content): a council's 会議録 made
from the recording of an online meeting and typed in Word, each turn opened by the recording's
clock and the speaker (10:02 交通政策課長, [10:15] 佐藤委員：…), the speech in the paragraphs below,
empty paragraphs between. Usage: python tests/tools/make_transcript_stamps.py OUT.docx"""
import sys
from docx import Document
doc = Document()
P = doc.add_paragraph
P("第３回あおば市地域公共交通会議　会議録（オンライン開催）")
P("")
P("日時：令和６年１１月５日（火）１０：００～１１：３０")
P("場所：オンライン（Ｗｅｂ会議システム）")
P("")
P("10:00 事務局")
P("定刻となりましたので、ただいまから第３回あおば市地域公共交通会議を開会いたします。")
P("10:01 山田会長")
P("それでは議事に入ります。事務局から資料の説明をお願いします。")
P("")
P("10:02 交通政策課長")
P("資料１に基づき、コミュニティバスの利用状況を説明いたします。昨年度の利用者は前年度より１割増えました。")
P("特に朝の通勤時間帯の利用が伸びております。")
P("")
P("[10:15] 佐藤委員：利用が増えたのは良いことだが、朝の便が混雑して乗れない人がいると聞いている。増便を検討してほしい。")
P("10:18 交通政策課長")
P("朝の便については、車両を大きくすることも含めて検討いたします。")
P("10:20 鈴木委員")
P("停留所に屋根がない所が多いので、高齢者のために整備を進めてほしい。")
P("11:28 山田会長")
P("本日の議事は以上です。ありがとうございました。")
doc.save(sys.argv[1])

"""Build tests/fixtures/minutes/summary-legend-marks.docx (fictional content): a town 運営協議会's
会議要旨 typed in Word, whose points carry no names: a legend in the first paragraphs says which
mark stands for the members and which for the town's answers. Usage:
python tests/tools/make_legend_marks.py OUT.docx"""
import sys
from docx import Document
doc = Document()
P = doc.add_paragraph
P("令和６年度　第２回みなと町放課後児童クラブ運営協議会　会議要旨")
P("※　◇は委員からの意見・質問、◆は町からの回答を示す。")
P("")
P("１　日　時　令和６年７月１０日（水）午後２時～午後３時３０分")
P("２　場　所　みなと町役場　第３会議室")
P("３　出席者　委員８名、事務局（こども未来課）")
P("４　議　事")
P("（１）放課後児童クラブの利用状況について")
P("事務局より資料１に基づき説明。")
P("◇　放課後児童クラブの待機児童の見込みを示してほしい。")
P("◆　来年度は２か所増設し、待機児童は解消できる見込みである。")
P("◇（副会長）　学校との連携の仕組みを検討してほしい。")
P("◆（子育て支援課長）　教育委員会と協議の場を設ける予定である。")
P("　なお、空き教室の活用も併せて検討する。")
P("◇　支援員の確保が難しいと聞くが、処遇改善の予定はあるか。")
P("◆　国の補助を活用し、来年度から賃金を引き上げる。")
P("（２）その他")
P("◇　次回は新しい施設の見学を行いたい。")
P("◆　日程を調整の上、連絡する。")
P("５　閉　会")
doc.save(sys.argv[1])

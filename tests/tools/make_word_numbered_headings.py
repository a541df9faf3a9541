"""Build ``fates-word-numbered-headings.docx`` (fates16): a 地区まちづくり協議会's 会議録 whose
agenda headings are Word's own list numbering (``w:numPr``: １　報告事項 / (1) …について), not
typed — a multilevel list whose levels a list style holds (``w:numStyleLink``), as Word saves its
numbered-heading lists — between label　speech turns. Every name and sentence is fictional
(written for this project).

    python tests/tools/make_word_numbered_headings.py tests/fixtures/minutes
"""
import sys
from pathlib import Path
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

d = Document()
numbering = d.part.numbering_part.element
# a list whose levels a list style holds (Word's multilevel lists since 2013: the paragraphs' num
# refers to an abstractNum that only links to the style; the style's num to the one with the levels)
abstract = parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
    '<w:multiLevelType w:val="multilevel"/><w:styleLink w:val="GijiList"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%1　"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '</w:abstractNum>')
link = parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="GijiList"/></w:abstractNum>')
first_num = numbering.find(qn("w:num"))
first_num.addprevious(abstract)
first_num.addprevious(link)
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
styles = d.styles.element
styles.append(parse_xml(
    f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="GijiList"><w:name w:val="議事リスト"/>'
    '<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'))


def para(text, level=None):
    p = d.add_paragraph(text)
    if level is not None:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


para("令和８年度第１回ふじみ野台地区まちづくり協議会　会議録")
para("日時　令和８年５月２２日（金）午後７時から午後８時３０分まで")
para("場所　ふじみ野台コミュニティセンター　集会室")
para("出席者　委員１１名、事務局３名")
para("会長あいさつ", 0)
para("会長　皆さん、こんばんは。お忙しいところお集まりいただきありがとうございます。")
para("報告事項", 0)
para("令和７年度事業報告について", 1)
para("事務局　資料１により、昨年度の防犯パトロールと花壇づくりの実績を報告します。")
para("宮脇委員　防犯パトロールの参加者が固定化しているので、若い世代に声をかけてはどうか。")
para("事務局　中学校を通じて呼びかけてまいります。")
para("協議事項", 0)
para("令和８年度事業計画（案）について", 1)
para("事務局　資料２のとおり、新たに防災マップの作成を計画しています。")
para("千葉委員　防災マップには、避難に時間がかかる方の住まいも分かるようにしてほしい。")
para("事務局　個人情報の扱いに留意しながら検討します。")
para("地区運動会の開催について", 1)
para("会長　今年も１０月に開催したいと考えています。御意見はありますか。")
para("宮脇委員　熱中症対策として、午前中で終わる日程にしてはどうか。")
para("会長　その方向で調整します。")
para("その他", 0)
para("事務局　次回は８月下旬に開催します。")
d.save(Path(sys.argv[1]) / "fates-word-numbered-headings.docx")

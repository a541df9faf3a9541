"""Write the records of session 17's labels17 (fictional bodies, names and sentences): each a Word-like
page made with LibreOffice (HTML -> PDF, ``soffice --headless``), kept as the PDF (read by the
project's own PDF reader) or read back with ``pdftotext -layout`` and saved as UTF-16, as such
records arrive. Run from the repository: ``python tests/tools/make_labels17.py`` (needs soffice and
pdftotext; the files it writes are the fixtures, committed).

The records named ``*-apart`` were written after the rules, with other bodies, names, devices and
words, to check the rules on text they were not written from.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


def para(text: str) -> str:
    return f"<p>{text}</p>"


# items 2 and 3: a 商店街 懇談会's labels with a body and a person in brackets, a wide space between
# them and after the label (事務局（中小企業相談所　村井）　…), and a title, a qualifier, then the name
# (委員（学内）岩舘：…)
KONDANKAI = [
    para("令和６年度　第２回　いろは商店街振興懇談会　議事録"),
    para("日時　令和６年９月１２日（木）１８時３０分～２０時００分"),
    para("場所　いろは商工会館　２階会議室"),
    para("会長（いろは商店会　北村）　ただいまから懇談会を開催します。本日は会員の皆様から御意見を伺います。"),
    para("事務局（中小企業相談所　村井）　資料１について説明いたします。空き店舗は昨年度から３件増えて１２件となりました。"),
    para("会員（いろは旅館　井川）　宿泊のお客様が商店街を歩く機会が少ないと感じております。夜に開いている店が少ないのが原因ではないでしょうか。"),
    para("事務局（中小企業相談所　村井）　ありがとうございます。回遊の仕掛けを検討いたします。"),
    para("会員（さくら薬局　原田）　駐車場の案内が分かりにくいという声を聞きます。"),
    para("委員（学内）岩舘：学生の目線から申し上げると、夜の営業時間が短いと思います。"),
    para("事務局（中小企業相談所　村井）　営業時間の延長は、各店の御負担もありますので、試行から始めたいと考えております。"),
    para("会長（いろは商店会　北村）　以上で懇談会を終了します。"),
]

# written apart after the rules: a 自治会's 役員会, other bodies and names, the qualifier 公募
YAKUINKAI = [
    para("みなと台自治会　令和７年度　第１回役員会　記録"),
    para("日時　令和７年５月１８日（日）１０時～１１時３０分"),
    para("会場　みなと台集会所"),
    para("会長（みなと台自治会　小野寺）　おはようございます。本日は防災訓練の進め方について御意見を伺います。"),
    para("事務局（みなと台地区まちづくりセンター　相沢）　お手元の案について御説明します。訓練は１０月の第２日曜日を予定しております。"),
    para("委員（公募）細川：高齢の方が多い班では、集合場所までの移動に時間がかかります。"),
    para("班長（東町三丁目　石動）　避難の呼びかけを班ごとに分担してはどうでしょうか。"),
    para("事務局（みなと台地区まちづくりセンター　相沢）　班ごとの分担表を次回までにお示しします。"),
    para("委員（学識）桑折：要配慮者の名簿の扱いは、個人情報に注意が必要です。"),
    para("会長（みなと台自治会　小野寺）　それでは、本日の役員会を終わります。"),
]

# item 1: a Web meeting's transcript, the speakers as the app shows them (display name, a colon):
# a full name spaced, a body joined by an underscore, a device with the person in brackets, Latin
# letters, beside the parser's own 土屋（機構）; the opening turns before the first such label
ONLINE = [
    para("第３回　地域連携推進会議（オンライン開催）　議事録"),
    para("日時：令和６年１０月３日（木）１４時００分～１５時３０分"),
    para("開催方法：Web会議システムによるオンライン開催"),
    para("宮坂 恵（北辰大学）：皆様、聞こえておりますでしょうか。北辰大学の宮坂です。"),
    para("鶴田 健：はい、聞こえております。"),
    para("土屋（機構）：それでは定刻となりましたので、第３回の会議を始めます。本日は皆様オンラインでの御参加です。最初に資料１について宮坂先生から御説明をお願いします。"),
    para("宮坂 恵（北辰大学）：資料１について説明いたします。地域の企業との共同研究は昨年度より二割増えました。特に食品分野の伸びが大きくなっております。"),
    para("鶴田 健：質問ですが、共同研究の相手先は県内の企業が中心でしょうか。"),
    para("宮坂 恵（北辰大学）：はい、県内が七割を占めております。"),
    para("事務局_総務課 松永：事務局から補足いたします。県外企業との連携は来年度の重点に位置付けております。"),
    para("iPad（杉浦）：杉浦です。音声が途切れておりましたら申し訳ありません。人材の交流についても数値を出していただきたいと思います。"),
    para("事務局_総務課 松永：人材交流の実績は次回お示しします。"),
    para("Yuko Hatano（オブザーバー）：オブザーバーの波多野です。海外の大学との連携も視野に入れるべきだと考えます。"),
    para("土屋（機構）：ありがとうございました。以上で本日の会議を終了します。"),
]

# written apart after the rule: a prefecture's online 審議会 部会, other names, bodies and devices
# (iPhone), a family name in capitals first (MURAKAMI Aya), a given name in katakana
ONLINE_APART = [
    para("みなみ県　環境審議会　第２回温暖化対策部会（Web会議）　会議録"),
    para("日時：令和７年２月１４日（金）１０時～１１時４０分"),
    para("山際 直子（南都大学）：音声は届いていますでしょうか。画面の共有を始めます。"),
    para("北条（県立大学）：届いております。それでは部会を開会します。事務局から資料の説明をお願いします。"),
    para("事務局_環境政策課 高津：資料２により、県内の排出量の推移を御説明いたします。２０１３年度比で１８％の削減となりました。"),
    para("小田切 エミ：運輸部門の削減が遅れている理由を教えてください。"),
    para("事務局_環境政策課 高津：自家用車の保有台数が増えていることが主な要因と考えております。"),
    para("iPhone（野々宮）：移動中のため音声のみで失礼します。公共交通の利用促進と合わせて議論すべきだと思います。"),
    para("MURAKAMI Aya（オブザーバー）：国の補助制度も活用できるのではないでしょうか。"),
    para("山際 直子（南都大学）：家庭部門については、断熱改修の支援を広げることが効果的だと考えます。"),
    para("北条（県立大学）：本日の御意見は事務局で整理してください。以上で閉会します。"),
]

# item 5: a Word record whose label is a bold run and the colon a plain run of its own, then the
# speech (python-docx, run with the project's venv: the .docx is the fixture)
RUNS = [("令和６年度　第２回　大学運営会議　議事要旨", None), ("日時：令和６年７月１０日（水）１５時～１６時", None),
        ("学長", ("：", "それでは第２回の会議を始めます。")),
        ("理事", ("：", "資料１について説明いたします。入学者は前年より５％増えました。")),
        ("学長", ("：", "ありがとうございました。御意見をお願いします。")),
        ("副学長", ("：", "留学生の受入れ体制を強化すべきだと考えます。")),
        ("学長", ("：", "以上で終わります。"))]
# written apart after the rule: a 社会福祉法人's 理事会, a half-width colon and spaces in the plain run
RUNS_APART = [("社会福祉法人あさひ会　令和７年度第１回理事会　議事録", None), ("日時：令和７年６月５日（木）１４時", None),
              ("理事長", (" : ", "定刻となりましたので、理事会を開会します。")),
              ("高木理事", ("： ", "施設の建替えの時期について伺います。")),
              ("事務局長", ("：", "令和９年度の着工を予定しております。")),
              ("高木理事", (" :", "資金計画も併せて示していただきたいと思います。")),
              ("理事長", ("：", "以上で閉会します。"))]


def word_runs(rows: list[tuple[str, tuple[str, str] | None]], out: Path) -> None:
    """A .docx whose labels are bold runs, the colon and the speech plain runs after them."""
    import docx  # python-docx, in the project's venv

    d = docx.Document()
    for label, rest in rows:
        p = d.add_paragraph()
        p.add_run(label).bold = rest is not None
        for text in rest or ():
            p.add_run(text)
    d.save(str(out))


#: name -> (body, how it is kept: "layout-utf16" pdftotext -layout saved as UTF-16, "pdf" the PDF itself)
RECORDS = {
    "online-display-names.pdf": (ONLINE, "pdf"),
    "online-display-names-apart.pdf": (ONLINE_APART, "pdf"),
    "kondankai-bracket-space-layout-utf16.txt": (KONDANKAI, "layout-utf16"),
    "yakuinkai-bracket-space-apart.txt": (YAKUINKAI, "layout-utf16"),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, rows in (("word-colon-run.docx", RUNS), ("word-colon-run-apart.docx", RUNS_APART)):
        if not only or name in only:
            word_runs(rows, OUT / name)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (body, how) in RECORDS.items():
            if only and name not in only:
                continue
            html = Path(tmp) / (Path(name).stem + ".html")
            html.write_text('<html><head><meta charset="utf-8"></head><body>' + "".join(body) + "</body></html>",
                            encoding="utf-8")
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(html)],
                           check=True, capture_output=True)
            pdf = html.with_suffix(".pdf")
            if how == "pdf":
                shutil.copy(pdf, OUT / name)
                continue
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
            (OUT / name).write_bytes(text.decode("utf-8").encode("utf-16"))


if __name__ == "__main__":
    main()

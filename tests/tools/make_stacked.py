"""Write the records of session 16's stacked16 (fictional bodies, names and sentences): each a Word-like
page made with LibreOffice (HTML -> PDF, ``soffice --headless``) and read back with plain pdftotext
(default order), as such records arrive. Run from the repository: ``python tests/tools/make_stacked.py``
(needs soffice and pdftotext; the .txt it writes are the fixtures, committed).

Two shapes of pdftotext's default order:
- a speaker | speech table whose label column is set smaller than its speech column: pdftotext gives
  the labels stacked, then a blank line, then the speeches (one a line, or one wrapped over two);
- a label in a narrow cell above its speech: pdftotext breaks the label inside its bracket
  (``◎来賓あいさつ（南部市長`` / ``大森）``).

``stacked-shinmon-pdftotext`` and ``stacked-shikiten-pdftotext`` were written before the rules; the two
``*-apart`` records after them, with other bodies, names, words and layouts, to check the rules on text
they were not written from.
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


def para(text: str) -> str:
    return f"<p>{text}</p>"


def stacked(rows: list[tuple[str, str]]) -> str:
    """A speaker | speech table, the label column in a smaller type than the speech's."""
    labels = "".join(f'<p style="margin:0">{label}</p>' for label, _ in rows)
    speech = "".join(f"<p>{words}</p>" for _, words in rows)
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>'
            f'<td width="30%" valign="top" style="font-size:9pt">{labels}</td>'
            f'<td valign="top" style="font-size:12pt"><div style="margin-top:14pt">{speech}</div></td></tr></table>')


def narrow(label: str, width: int) -> str:
    """A label alone in a cell narrower than itself: the line breaks inside it."""
    return (f'<table border="0" cellpadding="0" cellspacing="0" width="{width}%"><tr><td>'
            f'<p style="margin:0">{label}</p></td></tr></table>')


SHINMON = [
    para("令和８年（不）第７号　しらさぎ製菓不当労働行為救済申立事件"),
    para("第３回審問調書"),
    para("日時　令和８年１０月７日（水）午後２時"),
    para("場所　県労働委員会　審問室"),
    para("○審査委員長（有馬）　ただいまから第３回審問を開きます。本日は申立人側の証人を尋問します。"),
    stacked([("審査委員長（有馬）", "証人は宣誓書を読み上げてください。"),
             ("証人", "良心に従って真実を述べることを誓います。"),
             ("申立人代理人（葛城）", "では主尋問を始めます。証人は組合の役員ですか。")]),
    para("○証人　はい。本年４月から副委員長を務めています。"),
    narrow("○申立人代理人（葛城）", 22),
    para("会社は賞与の査定基準を組合に示しましたか。"),
    para("○証人　いいえ、一度も示されていません。"),
    stacked([("被申立人代理人（真島）", "異議があります。"),
             ("証人", "査定の基準は、団体交渉の場で三回求めましたが、会社側は人事の秘密であると述べて、"
                      "最後まで示しませんでした。"),
             ("被申立人代理人（真島）", "質問を変えます。")]),
    para("○審査委員長（有馬）　以上で本日の審問を終わります。"),
]

SHIKITEN = [
    para("第１０回みさき港まつり　開会式記録"),
    para("日時　令和８年７月２０日（月）午前９時３０分"),
    para("場所　みさき港　特設ステージ"),
    para("◎開会あいさつ（実行委員長　田村）　皆さん、おはようございます。ただいまから第１０回みさき港まつりを開会します。"),
    narrow("◎来賓あいさつ（南部市長大森）", 28),
    para("本日は天候にも恵まれ、多くの皆様をお迎えできましたことを、心からお喜び申し上げます。"),
    narrow("◎来賓祝辞（みさき町議会議長小池）", 30),
    para("第１０回の節目を迎えられましたことに、議会を代表してお祝いを申し上げます。"),
    para("○司会　ありがとうございました。続きまして、テープカットを行います。"),
    para("（テープカット）"),
    para("○司会　以上をもちまして開会式を終了いたします。"),
]

# written apart, after the rules: a 公聴会 (座長, 公述人), four labels stacked then four speeches, a stack
# whose last label has no speech (three labels, two speeches), a label broken inside its bracket
KOUJUTSU = [
    para("はやせ市都市計画公聴会　会議録"),
    para("開催日　令和８年１１月１２日（木）午後６時３０分"),
    para("会場　はやせ市民会館　第２集会室"),
    para("○座長（石田）　定刻になりましたので、ただいまから公聴会を開催いたします。"),
    stacked([("座長（石田）", "最初に、公述人の村井さんからお願いします。"),
             ("公述人（村井）", "駅前の道路を広げる案には賛成です。"),
             ("公述人（片岡）", "私は、並木を残す案を支持します。"),
             ("座長（石田）", "ほかに御意見のある方はいらっしゃいますか。")]),
    narrow("○公述人（片岡）", 12),
    para("補足ですが、並木は地域の記憶でもあります。"),
    stacked([("公述人（村井）", "費用の比較を示してください。"),
             ("座長（石田）", "事務局から後日お答えします。"),
             ("公述人（片岡）", "")]),
    para("○座長（石田）　以上で公聴会を終了いたします。"),
]

# written apart, after the rules: a 表彰式 with the act before the person (marks ◎ and ●), the act's
# person broken at the narrow cell, two labels stacked then two speeches
HYOUSHOU = [
    para("令和８年度あおば区環境美化活動表彰式　記録"),
    para("日時　令和８年１２月２日（水）午後２時"),
    para("●開式のことば（副実行委員長　北川）　ただいまから表彰式を始めます。"),
    narrow("◎祝辞（あおば区議会議員林田）", 24),
    para("受賞された皆様、誠におめでとうございます。"),
    narrow("◎謝辞（受賞者代表　松岡）", 20),
    para("このような賞をいただき、会員一同大変光栄に思っております。"),
    stacked([("司会", "続きまして、記念撮影を行います。"),
             ("区長", "皆様の活動に改めて感謝申し上げます。")]),
    para("●閉式のことば（副実行委員長　北川）　以上で表彰式を終わります。"),
]

RECORDS = {
    "stacked-shinmon-pdftotext.txt": SHINMON,
    "stacked-shikiten-pdftotext.txt": SHIKITEN,
    "stacked-koujutsu-apart.txt": KOUJUTSU,
    "stacked-hyoushou-apart.txt": HYOUSHOU,
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, body in RECORDS.items():
            html = Path(tmp) / (Path(name).stem + ".html")
            html.write_text('<html><head><meta charset="utf-8"></head><body><p>&nbsp;</p>' + "".join(body) + "</body></html>",
                            encoding="utf-8")
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(html)],
                           check=True, capture_output=True)
            subprocess.run(["pdftotext", str(html.with_suffix(".pdf")), str(OUT / name)], check=True)


if __name__ == "__main__":
    main()

"""Properties of the parser on generated input (hypothesis).

1. On any text it either parses or raises the project's own error, never another exception,
   and every input line ends in exactly one place (front, agenda, narrative, point, stage,
   furniture, blank, unread); the counts add up to the number of lines.
2. On generated minutes (random speakers, header and bullet styles, wrapped bullets, page
   numbers, blank lines and stage directions as noise) every bullet is in the output
   exactly once, with its speaker.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from assembler import minutes
from assembler.errors import AssemblerError
from assembler.ingest.text import split_lines
from assembler.model import DISPOSITIONS

SETTINGS = settings(max_examples=200, deadline=None)

# Pieces that reach every branch of the line classifier.
PIECES = ["（飯島委員）", "【小林委員】", "飯島委員：", "〇河野大臣：", "○東会長　", "○ 事務局から、",
          "より、", "との意見があった。", "以下の発言があった。", "・", "●", "\uf09e", "－", "１．",
          "（１）", "⑴", "①", "１．開会", "日時；令和２年５月１２日", "１ 開催日時", "出席者：",
          "委員：", "（敬称略・50音順）", "【代理出席】", "（拍手）", "- 3 -", "3/6", "議事録",
          "第２回", "　", " ", "\n", "\n\n", "\f", "\x00", "\x1b", "DX", "人材育成", "。", "、",
          "（", "）", "：", "事務局", "座長", "○東岡計画官", "議長（川端宏明君）", "から、", "説明があった。",
          "午前１１時５６分閉会", "以上", "〒100-8914", "\t\uf09e\u3000", "（５）が、", "令和６年１月２９日",
          # issue 10's later forms: broken headers, offices, back matter, an assembly's record
          "○(", "増井座長) ", "【吉川", "委員】", "＜国土交通省水管理・国土保全局（仁科", "計画課長）＞",
          "【参考】", "（別紙）", "【委員からの主な意見】", "◎出席委員（６名）", "委員長　青木健一君",
          "午前10時00分 開 議", "○青木　健一委員長　", "〔拍手〕", "２．報告書の構成について、"]


def _line_parser(src):
    from assembler.minutes.front import FrontLabels
    from assembler.minutes.parser import LineParser
    from assembler.minutes.patterns import FRONT_LABELS

    return LineParser(src, minutes.load_roles(), minutes.load_patterns(None),
                      FrontLabels.build(FRONT_LABELS))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60))
# found by hypothesis (session 20): a line's first piece recorded unread, then the whole line given to the label
# after it (trailing) — recorded unread while its fate was point
@example(pieces=["（飯島委員）", "（飯島委員）", "【小林委員】", "との意見があった。", "（飯島委員）", "【小林委員】", "（飯島委員）"])
def test_every_line_ends_in_exactly_one_place(pieces):
    src = split_lines("".join(pieces), "gen.txt", encoding="utf-8")
    out = _line_parser(src).run()
    assert len(out.fate) == len(src.lines)
    assert set(out.fate) <= set(DISPOSITIONS)
    unread = [line.number for fate, line in zip(out.fate, src.lines) if fate == "unread"]
    assert [u.line for u in out.unread] == unread  # each unread line recorded once, with why
    assert all(u.why for u in out.unread)
    try:
        parsed = minutes.parse_source(src)
    except AssemblerError:
        return
    counts = parsed.line_counts()
    assert sum(counts.values()) == len(src.lines) == len(parsed.lines)
    assert counts["unread"] == len(parsed.unread)
    data = minutes.to_dict((parsed,))
    assert sum(v for k, v in data["lines"][0].items() if k in DISPOSITIONS) == data["lines"][0]["total"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60))
@example(["○(", "\u3000", "）"])  # an empty label in brackets: an IndexError in roles.guess once
def test_any_text_parses_or_raises_our_error(pieces):
    src = split_lines("".join(pieces), "gen.txt", encoding="utf-8")
    try:
        parsed = minutes.parse_source(src)
    except AssemblerError:
        return
    for p in parsed.points:
        assert p.text and p.text == p.text.strip()
        assert not any(ord(ch) < 32 for ch in p.text)
        assert 1 <= p.source.line_start <= p.source.line_end <= len(src.lines)


SPEAKERS = ["飯島委員", "小林委員", "高橋座長", "河野大臣", "事務局", "東会長"]
HEADERS = ["（{}）", "【{}】", "{}：", "〇{}：", "{}"]
BULLETS = ["・", "●", "\uf09e", "－", "○"]
# No digits, brackets, colons, Latin letters or title kanji (人 ends 参考人, so it is left
# out), no ん (a piece ending in さん, アあさん alone on its line, is a person named with a
# courtesy, as 林さん is): a wrapped piece of a bullet can then never look like a header, a
# page number, an agenda item or a stage direction.
WORDS = st.text(alphabet="あいうえおかきくけこさしすせそたちつてとなにぬねのまみむめもやゆよ"
                         "らりるれろわをアイウエオカキクケコサシスセソ材育成地方支援強化ＤＸ",
                min_size=1, max_size=30)
NOISE = ["", "- 7 -", "１２", "（拍手）", "（「異議なし」と声あり）"]


@st.composite
def generated_minutes(draw):
    lines = ["テスト懇談会（第９回）", "議事要旨", "日時；令和２年５月１２日（火）", "", "１．開会"]
    bullets: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 5))):
        speaker = draw(st.sampled_from(SPEAKERS))
        lines.append(draw(st.sampled_from(HEADERS)).format(speaker))
        for _ in range(draw(st.integers(1, 4))):
            text = draw(WORDS) + "。"
            bullets.append((speaker, text))
            cuts = sorted(set(draw(st.lists(st.integers(1, len(text) - 1), max_size=2))))
            parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
            lines.append(draw(st.sampled_from(BULLETS)) + parts[0])
            for part in parts[1:]:
                if draw(st.booleans()):
                    lines.append("- 7 -")  # a page number inside a wrapped bullet
                lines.append(part)
            noise = draw(st.sampled_from(NOISE))
            if noise:
                lines.append(noise)
    return "\n".join(lines) + "\n", bullets


@SETTINGS
@given(generated_minutes())
def test_every_bullet_is_in_the_output_exactly_once(case):
    text, bullets = case
    parsed = minutes.parse_source(split_lines(text, "gen.txt", encoding="utf-8"))
    got = [(p.speaker.label, p.text) for p in parsed.points]
    assert sorted(got) == sorted(bullets)
    assert got == bullets  # and in order

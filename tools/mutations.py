"""Do the tests bite? Break the code on purpose, one decision at a time, and see a test fail.

``make mutate`` (or ``.venv/bin/python tools/mutations.py``) copies the files git tracks into a
temporary folder, then for each row of ``BREAKS`` replaces one exact piece of text in one file
of the copy (refused when that text is not found exactly once, so the table cannot rot
silently), runs the tests the row names with the project's Python and ``PYTHONPATH`` pointing
at the copy, and puts the file back. A row whose tests still pass is SURVIVED: a decision a
user would feel that no test holds. Exit status: 0 every break caught, 1 some survived, 2 the
table or the copy is wrong (a text not found once, a named test that does not exist, the
tests failing before any break, the package not imported from the copy).

Each break is a decision a user would feel, chosen by hand (``why``), not a random operator
swap: mutmut does those (see README, Tests). The tests run with ``-x -q -p no:cacheprovider``
and, unless a row says ``slow``, ``-m "not slow"``; the whole table takes a few CPU-minutes.

    tools/mutations.py                 every break
    tools/mutations.py --list          the table (id, file, why, tests)
    tools/mutations.py dedup-threshold limits-lines-off-by-one   some breaks, by id
    tools/mutations.py --keep          leave the copy (its path is printed) to look at a break
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Break:
    """One deliberate break: in ``file`` the text ``old`` (found exactly once) becomes ``new``;
    ``why`` is what a user would feel; ``tests`` the pytest arguments (files or node ids)
    whose tests should fail; ``slow``: those tests are marked slow (run them anyway)."""

    id: str
    file: str
    old: str
    new: str
    why: str
    tests: tuple[str, ...]
    slow: bool = False


#: kind.py from the floor's words to floor/who's request (the span kind-floor-onegai breaks)
_FLOOR_SPAN = 'r"[、，]?(?:よろしく)?(?:お願い(?:いた|致)?します|お願いできますか|お願いしたいと(?:思|存じ)います"\n              r"|お願いいたしたいと(?:思|存じ)います|どうぞ|いただきます|頂きます|いただけますか|いただけますでしょうか|願います"\n              r"|挙げてください|お願いいたしたく存じます)"),\n    ("floor/from", r"(?:から|より)[^。]{0,30}(?:説明|報告|紹介|挨拶|あいさつ|発言|発表|回答|連絡(?:事項)?|事務連絡)(?:を)?"\n                   r"(?:いただ|頂|させ|し|願い|お願い)[^。]{0,12}(?:ます|たい)"\n                   # calling on by a causative: 「議事課長に説明させます」\n                   r"|(?:から|より|に)[^。]{0,30}(?:説明|報告|答弁|回答|発言)(?:を)?させ(?:ます|たいと(?:思|存じ)います)"\n                   # someone\'s report announced: 「執行部から報告があります」\n                   r"|(?:から|より)[^。]{0,30}(?:説明|報告|発言|発表|回答|連絡(?:事項)?|事務連絡)が(?:あります|ございます|ある)"),\n    ("floor/any", r"(?:御|ご)?(?:発言|意見|質問|質疑|討論)(?:等)?(?:は|が)?(?:ございます|あります|ありません|ございません)"\n                  r"(?:か|でしょうか)"\n                  r"|(?:何か|なにか)[^。]{0,10}(?:ございますか|ありますか|ございませんか|ありませんか|でしょうか)"\n                  # whether anyone has one: 「質問のある方はいらっしゃいますか」「御意見のおありの方はおられませんか」\n                  r"|(?:御|ご)?(?:発言|意見|質問|質疑)(?:等)?(?:の|が)(?:ある|おありの|あります)(?:方|かた)(?:は|が)?"\n                  r"[、，]?(?:いらっしゃいますか|いらっしゃいませんか|おられますか|おられませんか|ございますか|ございませんか"\n                  r"|おりますか|おりませんか|いませんか|いますか)"),\n    ("floor/who", r"^(?:いかが|どなたか|ほかに|他に|ほか)[^。]{0,16}(?:か|でしょうか)"\n                  rf"|^{_NAME}{{1,16}}[、，]?\\s*(?:どうぞ|お願い(?:いた)?します|'


B = Break
BREAKS: tuple[Break, ...] = (
    # --- homes18: page numbers have one home (text.PAGE_NUMBER) -----------------------------------
    B("homes18-page-number-bracket-stop", "assembler/text.py",
      'rf"|[（(]\\s*{_PAGE_DIGITS}\\s*[）)]|{_PAGE_DIGITS}\\s*[．.])"', 'rf")"',
      "a page's number in brackets or before a full stop alone between pages ((3), ４．) is read as the agenda, "
      "or in pypdf's text as a point with the running head below it: the speaker above is cited for both",
      ("tests/test_forms_homes18.py",)),
    B("homes18-page-number-page-of", "assembler/text.py",
      "(?:[pP](?:age)?[.．]?", "(?:[pP][.．]?",
      "Page 2 of 5 between pages is glued into the words of the turn it breaks",
      ("tests/test_forms_homes18.py",)),
    # --- summary19: who said each opinion in a 議事要旨 -------------------------------------------------
    B("summary19-kind-mark-label", "assembler/minutes/header_steps.py",
      "        return self.kind_marked(text, found)\n", "        return found\n",
      "「（問）北川委員　研究費の配分方針について…」, 「（答）理事　…」, 「問１　小林委員：…」: the question and the answer "
      "are spoken by 問 and 答, the member's and the official's labels left at the head of their words",
      ("tests/test_forms_summary19.py",)),
    B("summary19-arrow-turn", "assembler/minutes/header_steps.py",
      "        if text[0] in ARROWS and (body := text[1:].lstrip(_ARROW_GAP)):",
      "        if False and (body := text[1:].lstrip(_ARROW_GAP)):",
      "「・委員Ａ：…」 / 「　→ 事務局：来年度から…」: the secretariat's answer is glued to the member above (or spoken "
      "by a speaker named ⇒事務局)",
      ("tests/test_forms_summary19.py",)),
    B("summary19-arrow-in-bracket", "assembler/minutes/header_steps.py",
      "    return raw.lstrip(_ARROW_GAP) if raw[:1] in ARROWS else raw", "    return raw",
      "「（→事務局）空き家バンクの…」: the answer is spoken by a speaker named →事務局, not the secretariat",
      ("tests/test_forms_summary19.py",)),
    B("summary19-numbered-opinion", "assembler/minutes/trailing.py",
      "    _numbered_opinions(lines, view.stripped, view.page_numbers, by_line, whole, at, covered, firsts)\n", "",
      "「①　駐輪場の不足が深刻であり、…。」 / 「・特に駅の北側が…。」 / 「※　…。（東山委員）」: the numbered opinion and "
      "its first sub-points go to the heading's group (委員) or are unread; only the last sub-point is 東山委員's",
      ("tests/test_forms_summary19.py",)),
    B("summary19-numbered-heading-topic", "assembler/minutes/trailing.py",
      "    return (TOPIC.search(text) is None and 0 < len(went_on) <= 3", "    return (0 < len(went_on) <= 3",
      "「（１）計画の改定について」 / 「事務局から、…説明があっ」 / 「た。」 above labelled bullets: the heading is read as "
      "a numbered opinion of the label below",
      ("tests/test_forms_summary19.py",)),
    B("summary19-numbered-heading-narrator", "assembler/minutes/trailing.py",
      "            and _NARRATION.search(went_on[0]) is None)", "            and True)",
      "「（１）…の再編について」 / 「事務局から、資料に基づき説明があっ」 / 「た。」 above labelled bullets: the heading and "
      "the narrator's sentence are read as a numbered opinion of the label below",
      ("tests/test_forms_summary19.py",)),
    B("summary19-group-colon-post", "assembler/minutes/trailing.py",
      "    if sp is None and (post := _GROUP_COLON_POST.match(name)) is not None:",
      "    if sp is None and (post := None) is not None:",
      "「…予定。（事務局：」 / 「道路課）」: no label — the secretariat's answer goes to the heading's group with the "
      "bracket in its words",
      ("tests/test_forms_summary19.py",)),
    B("summary19-section-word-above-head", "assembler/minutes/header_steps.py",
      "        return t[0] in _HEADED_START and self.heading_form(t, j, chained=True) or section_word(t)",
      "        return t[0] in _HEADED_START and self.heading_form(t, j, chained=True)",
      "「２　関係団体ヒアリング」 / 「ヒアリング」 above 「＜全国観光協議会（栗栖事務局長）＞」: both glued to the words of "
      "the turn above",
      ("tests/test_forms_summary19.py",)),
    B("summary19-hearing-section-word", "assembler/minutes/closing_steps.py",
      '    r"|(?:関係(?:者|団体))?(?:ヒアリング|意見聴取)"\n', "",
      "「意見聴取」, 「ヒアリング」 alone between a turn and the bodies' heads: glued to the turn above or unread",
      ("tests/test_forms_summary19.py",)),
    # --- homes19: page numbers told by their place (minutes.pagenumbers, FileView.page_numbers) ------
    B("homes19-list-number-by-form", "assembler/text.py",
      '_PAGE_SURE = re.compile(rf"{_PAGE_DASH}|[/／pP]|of")', '_PAGE_SURE = re.compile(r"")',
      "a list's number alone on its line ((１), 3．) is a page number wherever it stands: an agenda whose numbers "
      "pdftotext put on lines of their own loses them to the furniture",
      ("tests/test_forms_homes19.py",)),
    B("homes19-page-edge", "assembler/minutes/pagenumbers.py",
      "            found.add(i)  # a page's first or last line", "            pass",
      "a page's number in a list's form ((１), 2．, 3) at a page's foot above a form feed is read as the agenda "
      "or glued to the turn it breaks",
      ("tests/test_forms_homes19.py",)),
    B("homes19-above-running-head", "assembler/minutes/pagenumbers.py",
      "elif below > top[-1] and _head(", "elif False and _head(",
      "in pypdf's text (no form feed) a page's number (3), ４． above the running head is read as a point",
      ("tests/test_forms_homes19.py", "tests/test_forms_homes18.py")),
    B("homes19-counted-pages", "assembler/minutes/pagenumbers.py",
      "        if len(run) >= 3:", "        if len(run) >= 99:",
      "in pypdf's text with no running head the pages' bare numbers (1, 2, 3 at a page's interval) are glued "
      "into the turns they break",
      ("tests/test_forms_homes19.py",)),
    B("homes19-no-series", "assembler/minutes/pagenumbers.py",
      "        if value > 1 and value - 1 not in values:", "        if False:",
      "in pypdf's text a page's bare number inside a page that no list's series leads to (3 between the attendees "
      "and a stacked label, no 2 above) is read as front matter",
      ("tests/test_forms_homes19.py", "tests/test_forms9.py")),
    B("homes19-agenda-item-below", "assembler/minutes/front_steps.py",
      "        self.item_below(i, stripped)\n", "",
      "an agenda's item under its number alone on its line ((３) / その他) is the record's narrative, not the agenda",
      ("tests/test_forms_homes19.py",)),
    B("homes19-page-top-at-edges", "assembler/minutes/furniture.py",
      'r"|(?:本文へ(?:移動|スキップ|ジャンプ)?|メニューへ(?:移動)?|" + _PAGE_TOP_FORM + "|"',
      'r"|(?:本文へ(?:移動|スキップ|ジャンプ)?|メニューへ(?:移動)?|"',
      "a saved page's link back to its top at the file's edge (▲ページの上に戻る) is read as the agenda",
      ("tests/test_forms_homes19.py",)),
    # --- ingest --------------------------------------------------------------------------------
    B("ingest-utf8-bom-kept", "assembler/ingest/text.py",
      '_BOMS = ((codecs.BOM_UTF8, "utf-8-sig")', '_BOMS = ((codecs.BOM_UTF8, "utf-8")',
      "a UTF-8 file saved by Notepad (with a BOM) starts its first line with U+FEFF",
      ("tests/test_ingest.py",)),
    B("ingest-shift-jis-not-cp932", "assembler/ingest/text.py",
      'if best.encoding == "shift_jis":', 'if best.encoding == "cp932_never":',
      "～ － ① ㈱ of a Windows (CP932) file are read wrongly or refused",
      ("tests/test_ingest.py",)),
    B("ingest-form-feed-page", "assembler/ingest/text.py",
      "        page += lead\n", "",
      "a line after pdftotext's page break is put on the previous page (source.page wrong)",
      ("tests/test_ingest.py", "tests/test_styles.py")),
    B("docx-table-cell-order", "assembler/ingest/docx.py",
      'self.cell(cell, c, at, head, answers.get(c))', 'self.cell(cell, len(row) - 1 - c, at, head, answers.get(c))',
      "a speaker | remark table in a .docx reads the remark before its speaker: it goes to the previous one",
      ("tests/test_ingest_docx.py",)),
    # --- parse ---------------------------------------------------------------------------------
    B("front-era-reiwa", "assembler/minutes/front.py",
      '_ERA_BASE = {"令和": 2018,', '_ERA_BASE = {"令和": 2019,',
      "every 令和 date of the cover and the meeting list is a year late",
      ("tests/test_minutes.py", "tests/test_styles.py")),
    B("front-date-other-year", "assembler/minutes/front.py",
      'rf"(?P<era>令和|平成|昭和)\\s*(?P<y>[元{_KN}]+)\\s*年{_OTHER_YEAR}', 'rf"(?P<era>令和|平成|昭和)\\s*(?P<y>[元{_KN}]+)\\s*年',
      "a record dated 令和８年（２０２６年）１１月２０日 has no date: the draft cites its meeting undated",
      ("tests/test_front_dates.py",)),
    B("front-title-said-once", "assembler/minutes/front.py",
      'parts = _said_once("".join(self.title_parts))', 'parts = "".join(self.title_parts)',
      "a record with a cover page names its council twice over (…小委員会…小委員会) in the draft's meeting list",
      ("tests/test_front_title.py",)),
    B("front-title-whole-at-date", "assembler/minutes/front.py",
      "if n >= self.n_title or self.block or self.titled():", "if n >= self.n_title or self.block:",
      "the agenda's head, its date and its room run on into the council's name in the draft's meeting list",
      ("tests/test_front_title.py",)),
    B("front-date-again-with-time", "assembler/minutes/front.py",
      "if parse_time(was) is not None or parse_time(text) is None or parse_date(was) != parse_date(text):",
      "if True:",
      "a record dated on its cover and again to the minute above the agenda has no time",
      ("tests/test_front_title.py",)),
    B("interview-lead-wrapped", "assembler/ingest/interview.py",
      "        if k not in asked:  # the lead", "        if _ASKED.search(text) is None:  # the lead",
      "an interview's lead wrapped by pdftotext names the interviewee by the given name and post (真理子校長)",
      ("tests/test_interview_wrapped_lead.py",)),
    B("interview-profile-after-thanks", "assembler/ingest/interview.py",
      "and _PROFILE_NAME.match(texts[j]) is None:  # 片岡", "and True:  # 片岡",
      "the interviewee's profile after the last thanks is cited as an answer in the draft",
      ("tests/test_interview_wrapped_lead.py",)),
    B("interview-credit-full-name", "assembler/ingest/interview.py",
      "if len(pieces) >= 3 and all(_GIVEN.match(p) for p in pieces[-2:]) and len(pieces[-3]) >= 3:", "if False:",
      "the interviewer credited as 広報委員　村瀬　孝之 is cited by the given name alone (孝之)",
      ("tests/test_interview_wrapped_lead.py",)),
    B("headed-stage-event-not-timed", "assembler/minutes/headed.py",
      "return len(words) >= 2 and STAGE_WORD.fullmatch(words) is None", "return len(words) >= 2",
      "休憩（10:30） under the chair's opening ends the turn: 再開は午前10時45分とします。 is lost to it",
      ("tests/test_forms_layouts.py",)),
    B("headed-place-particle-no-name", "assembler/minutes/headed.py",
      "not word.endswith(_NOT_NAME_END + _PARTICLE_END)", "not word.endswith(_NOT_NAME_END)",
      "２．会長挨拶　　会場にて makes a speaker 会場にて of the greeting below it",
      ("tests/test_forms_surveylocal.py",)),
    B("column-label-bracket-closes-soon", "assembler/minutes/paragraphs.py",
      ' and not _CLOSES_SOON.match(m[2]):', ':',
      "事務局（商工振興課 宮原） in -layout's text is cited as 事務局 with 宮原） left in the words",
      ("tests/test_layout_bracket_space.py",)),
    B("qatext-post-piece-long", "assembler/ingest/qatext.py",
      "_POST_PIECE = 12", "_POST_PIECE = 8",
      "a numbered table's row under 都市整備部公園緑地課長 goes on as the speaker above's words",
      ("tests/test_numbered_table_long_post.py",)),
    B("display-colon-lines-both-colons", "assembler/minutes/names.py",
      '_COLON = re.compile(r"[：:]")', '_COLON = re.compile(r"[：]")',
      "a Web meeting's display names with a half-width colon (Yuko Hatano: …) are not read",
      ("tests/test_display_colon_lines.py",)),
    B("introducer-kara-no", "assembler/minutes/report_steps.py",
      "_FROM = re.compile(r\"(?:から|より)(?!の)", "_FROM = re.compile(r\"(?:から|より)",
      "「構成員からの意見を受け、…」 hands the bullets below to the wrong speaker",
      ("tests/test_minutes.py", "tests/test_styles.py")),
    B("introducer-reported-point", "assembler/minutes/report_steps.py",
      "found = (sp, bool(REPORTED_END.search(said) or _SAID_REPORT.search(said)))", "found = (sp, False)",
      "「○飯島委員より、…との意見があった。」 is lost as narrative instead of being the point",
      ("tests/test_minutes.py", "tests/test_styles.py")),
    B("header-colon-shape", "assembler/minutes/header_steps.py",
      'if (text[0] in _HEADER_START or "：" in head or ":" in head',
      'if (text[0] in _HEADER_START or ":" in head',
      "「飯島委員：…」 with a long remark is not read as a speaker header",
      ("tests/test_styles.py", "tests/test_minutes.py")),
    B("header-name-length", "assembler/minutes/header_steps.py",
      "return 0 < len(name) <= 8 and (not any", "return 0 < len(name) <= 3 and (not any",
      "a colon header with a four-character name is no longer a speaker",
      ("tests/test_styles.py", "tests/test_minutes.py", "tests/test_verbatim_kinds.py")),
    # both places that read 「…、お願いします」 as the floor (the floor's own words, and a name
    # then the request: floor/who), as one break: either alone still holds the decision
    B("kind-floor-onegai", "assembler/minutes/kind.py",
      _FLOOR_SPAN, _FLOOR_SPAN.replace("(?:よろしく)?(?:お願い(?:いた|致)?します|", "(?:よろしく)?(?:", 1)
      .replace("(?:どうぞ|お願い(?:いた)?します|", "(?:どうぞ|", 1),
      "「…委員、お願いいたします。」 (the chair handing over the floor) becomes an opinion in the draft",
      ("tests/test_verbatim_kinds.py", "tests/test_minutes.py")),
    B("unread-counted-as-narrative", "assembler/minutes/parser.py",
      'self.set_fate(i, "unread")', 'self.set_fate(i, "narrative")',
      "unread lines are counted as narrative: the line accounting hides them",
      ("tests/test_minutes.py", "tests/test_styles.py", "tests/test_verbatim_kinds.py")),
    # --- the readers of sessions 12-14 (bite15): field blocks, transcripts, Q&A tables, records
    # narrated in the third person, quoted turns, a head over the title, legends of kanji
    # abbreviations, the days of a session, the chair's call above a label ------------------------
    B("fields-least-blocks", "assembler/ingest/fields.py",
      "_LEAST_BLOCKS = 2", "_LEAST_BLOCKS = 1",
      "a 会議録 with one 発言者：… line and a 発言内容：… under it is read as a database export: "
      "its ○ turns and its front matter are read as blocks",
      ("tests/test_forms_bite15.py", "tests/test_forms_fields.py")),
    B("fields-office-in-label", "assembler/ingest/fields.py",
      'return speaker_label(name[1].value if name else "", title[1].value if title else "")',
      'return speaker_label(name[1].value if name else "", "")',
      "an export's 役職：委員長 under 発言者：浅野　浩一 is dropped: 浅野浩一 speaks as nobody's chair, "
      "of role other",
      ("tests/test_forms_fields.py",)),
    B("fields-new-meeting", "assembler/ingest/fields.py",
      "                self.starts.append(last_start)\n", "",
      "an export of two sessions (開催日 changes between the blocks) is one meeting: the second day's "
      "turns are filed under the first day's date",
      ("tests/test_forms_fields.py",)),
    B("fields-unnamed-after-turn", "assembler/ingest/fields.py",
      "                if block.row is None and spoken:\n", "                if False:\n",
      "a block with a speech and no speaker's field, after a turn, is read as that speaker's words",
      ("tests/test_forms_bite15.py", "tests/test_forms_fields.py")),
    B("transcript-same-speaker-one-turn", "assembler/ingest/transcript.py",
      "            if who is not None and who != current:\n", "            if who is not None:\n",
      "every caption cue of one speaker in a row opens a turn of its own: one remark cut into many points",
      ("tests/test_forms_transcript.py",)),
    B("transcript-affiliation", "assembler/ingest/transcript.py",
      'return f"{name}（{affiliation}）" if affiliation else name', "return name",
      "山田 太郎 (座長) in a Teams transcript loses the bracket after the name: the chair is of role other",
      ("tests/test_forms_transcript.py",)),
    B("transcript-not-a-name", "assembler/ingest/transcript.py",
      "return bool(who) and _NOT_NAME.search(who) is None and", "return bool(who) and",
      "an ordinary 会議録 with a timetable (10:00 開会, 10:05 議事, 11:30 閉会) is read as a recording's "
      "transcript with speakers 開会 and 議事",
      ("tests/test_forms_bite15.py", "tests/test_forms_transcript.py")),
    B("transcript-sound-stage", "assembler/ingest/transcript.py",
      "            if said and _SOUND.match(said):\n", "            if False:\n",
      "a caption's [拍手] or （笑） is taken as a speaker's words (or a speaker named 拍手)",
      ("tests/test_forms_transcript.py",)),
    B("qatext-label-after-ended", "assembler/ingest/qatext.py",
      "label = _label(first, self.asks) if self.ended and rest.strip() else None",
      "label = _label(first, self.asks) if rest.strip() else None",
      "a cell's line of words wrapped so it begins with a title (課長 の説明では…) opens a new turn: "
      "the rest of the answer goes to someone else",
      ("tests/test_forms_bite15.py", "tests/test_forms_qa_table.py")),
    B("qatext-wrapped-label", "assembler/ingest/qatext.py",
      "            wrapped = self.wrapped(k, text)\n", "            wrapped = k\n",
      "an answerer's label wrapped in its narrow column (まちづく / り課長) is lost: the answer goes to the "
      "member who asked",
      ("tests/test_forms_qa_table.py",)),
    B("qatext-heading-again", "assembler/ingest/qatext.py",
      "        if _heading(text) == self.asks:\n            return self.page_break(k)\n",
      "        if False:\n            return self.page_break(k)\n",
      "the table's heading row printed again atop page 2 (質疑者 質疑の要旨 答弁者 答弁の要旨) is read "
      "into the answer going on",
      ("tests/test_forms_qa_table.py",)),
    B("qatext-merged-answerer-cell", "assembler/ingest/qatext.py",
      "        elif self.last != (c, True) and at in self.said:\n", "        elif False:\n",
      "in a table laid out in columns, an answer whose answerer cell is merged with the row above has "
      "no speaker line: it goes to the member who asked",
      ("tests/test_forms_bite15.py", "tests/test_forms_qa_table.py")),
    B("acted-subordinate-subject", "assembler/minutes/acted.py",
      'if m.group()[-1] in "、，" or not _subordinate(sentence, m.end()):', "if True:",
      "「教育長が提出した議案について、菅野委員が質問。」 is given to the 教育長, the subject of the "
      "clause before",
      ("tests/test_forms_acted.py",)),
    B("acted-reported-words", "assembler/minutes/acted.py",
      '    said = reported(clause, end, words) if how == "words" else ""\n', '    said = ""\n',
      "the draft shows 「菅野委員が、…と質問。」 as the clerk wrote it, not the member's words",
      ("tests/test_forms_acted.py",)),
    B("acted-at-least", "assembler/minutes/acted.py",
      "_AT_LEAST = 2  # reports", "_AT_LEAST = 1  # reports",
      "one line in the third person (学務課長が資料に基づき説明。) in a verbatim 会議録 turns the record's "
      "reading into a narrated one",
      ("tests/test_forms_acted.py",)),
    B("acted-act-procedural", "assembler/minutes/acted.py",
      '        judged = ("procedural", f"{kind}: reported act {act}" if kind else "reported act")\n',
      '        judged = ("opinion", f"{kind}: reported act {act}" if kind else "reported act")\n',
      "「三輪教育長、開会を宣する。」 and 「原案のとおり可決。」 are opinions in the draft",
      ("tests/test_forms_acted.py",)),
    B("prose-joint-two-reports", "assembler/minutes/prose.py",
      "            if who is not None and (m.re is _JOINT or _acts_anew(rest, who[1])):\n                yield at, m.end()\n",
      "            if False:\n                yield at, m.end()\n",
      "「委員から…との質問があり、事務局から…との回答があった。」 is one report: the secretariat's "
      "answer goes to the member",
      ("tests/test_forms_prose.py",)),
    B("prose-intro-floor", "assembler/minutes/prose.py",
      "            floor = who[0]\n        elif", "            floor = None\n        elif",
      "the bullets under 「委員から次のような意見があった。」 lose their speaker",
      ("tests/test_forms_prose.py",)),
    B("prose-goes-on", "assembler/minutes/prose.py",
      "            found[-1].end = b  # the same speaker goes on (また、…との意見もあった。)\n"
      "            found[-1].more += clause\n",
      "            pass\n",
      "「また、…との意見もあった。」 after a member's report is no longer that member's",
      ("tests/test_forms_prose.py",)),
    B("quoted-narration-tail", "assembler/minutes/quoted.py",
      "tail.strip(), True) if _TAIL.match(tail) else None", "tail.strip(), True)",
      "a quotation with words after its 」 (議長「賛成多数」と宣告した。) is read as a turn, the words after it lost",
      ("tests/test_forms_bite15.py", "tests/test_forms_quoted.py")),
    B("quoted-nested-brackets", "assembler/minutes/quoted.py",
      '        if c == "「":\n            depth += 1\n', '        if c == "「":\n            pass\n',
      "a speech that quotes a name in 「」 (「駅前の「ふれあい通り」が…」) is cut at the inner 」",
      ("tests/test_forms_quoted.py",)),
    B("quoted-unclosed-ends-at-label", "assembler/minutes/quoted.py",
      "    cut = next((n for n in range(1, len(speech)) if ends(speech[n])), len(speech))\n",
      "    cut = len(speech)\n",
      "a speech whose 」 is missing runs on over the next heading or ○ label: their lines are its words",
      ("tests/test_forms_bite15.py", "tests/test_forms_quoted.py")),
    B("quoted-enough", "assembler/minutes/quoted.py",
      "_ENOUGH = 2", "_ENOUGH = 1",
      "one label before 「…」 (a title 「…」 in the front matter) makes the file one of quoted turns",
      ("tests/test_forms_bite15.py", "tests/test_forms_quoted.py")),
    B("head-over-title-off", "assembler/minutes/furniture.py",
      "    if _head_over_title(lines, top, found):\n", "    if False:\n",
      "pdftotext's running head atop page 1 runs into the title: the council is "
      "あさぎ市議会健康福祉委員会健康福祉委員会",
      ("tests/test_forms_labels14.py", "tests/test_forms_fields.py")),
    B("head-over-title-body", "assembler/minutes/furniture.py",
      'return (_RECORD_TITLE.search(second) is not None and len(_RECORD_TITLE.sub("", second)) >= 4',
      'return (_RECORD_TITLE.search(second) is not None and len(_RECORD_TITLE.sub("", second)) >= 0',
      "the title's first line (第２回 地域脱炭素推進検討会) over 議事録 alone is taken for a page head: "
      "the council's name is lost",
      ("tests/test_forms_labels14.py", "tests/test_forms_fields.py")),
    B("head-over-title-comes-back", "assembler/minutes/furniture.py",
      "            and not ends_sentence(second) and any(", "            and not ends_sentence(second) and bool(heads) or any(",
      "page 1's first line is dropped as a running head though no other page is headed by it",
      ("tests/test_forms_labels14.py", "tests/test_forms_fields.py")),
    B("legend-bare-mark-apart", "assembler/minutes/legend.py",
      'return first if rest and rest in " \\u3000：:" and not', "return first if rest and not",
      "under 「委＝委員」, a line of speech that opens with 委員会の… is a new turn of the members",
      ("tests/test_forms_fixes6.py", "tests/test_forms_fixes7.py")),
    B("held-other-day", "assembler/project.py",
      "    return None if other is None or _day_of(meeting, other, read) else other\n",
      "    return other\n",
      "the second day of a session (第３回, the next date) is refused as already in the project",
      ("tests/test_forms_labels14.py", "tests/test_project.py")),
    B("held-same-day", "assembler/project.py",
      "    return bool(there.date) and there.date != meeting.date\n", "    return bool(there.date)\n",
      "the same day's minutes added twice are both kept: the draft cites the meeting twice",
      ("tests/test_forms_labels14.py", "tests/test_project.py")),
    B("held-day-key", "assembler/project.py",
      "    if day in held:\n        return held[day]\n", "",
      "a session's second day added again once both days are in: kept twice instead of refused",
      ("tests/test_forms_bite15.py", "tests/test_forms_labels14.py", "tests/test_project.py")),
    B("calls-on-read-as-speech", "assembler/minutes/header_steps.py",
      "        if self.calls_on(i, first, found):\n", "        if False:\n",
      "the chair's call 「子育て支援課長」 on the line above 「○子育て支援課長」 is read as a label: "
      "three labels in a row, and the answer below goes to the chair",
      ("tests/test_forms_labels14.py", "tests/test_forms6.py")),
    B("calls-between-chair", "assembler/minutes/header_steps.py",
      "            return True  # the chair's label, then nothing but whom it calls on\n",
      "            return False  # the chair's label, then nothing but whom it calls on\n",
      "under the chair's label alone, 「北沢委員」 (whom the chair calls on) is read as the next speaker's label",
      ("tests/test_forms_labels14.py", "tests/test_forms6.py")),
    B("calls-between-marks", "assembler/minutes/header_steps.py",
      "        if above[:1] in MARKS and below.strip()[:1] == above[:1]:\n            return True\n", "",
      "between two ○ labels, a label with no ○ (the call) is read as a speaker of its own",
      ("tests/test_forms_bite15.py", "tests/test_forms_labels14.py", "tests/test_forms6.py")),
    B("calls-between-indent", "assembler/minutes/header_steps.py",
      "        return width > indent_width(lines[i - 1].text) and width > indent_width(below)\n",
      "        return False\n",
      "in pdftotext -layout text, the call indented as the speech is read as a speaker's label",
      ("tests/test_forms_bite15.py", "tests/test_forms_labels14.py", "tests/test_forms6.py")),
    B("labels16-post-in-spaced-label", "assembler/minutes/shapes.py",
      "(?:{_POST})?){SPACE_CLASS}+(?P<text>", "){SPACE_CLASS}+(?P<text>",
      "a panel's label with a space inside its brackets (長尾（NPO法人 みどり） はい、…) is cut at the space: "
      "the panelist's turns go to the speaker above",
      ("tests/test_forms_labels16.py",)),
    B("labels16-hai-opens-speech", "assembler/minutes/shapes.py",
      "(?:{_forms.SPEECH_OPENER}|[^", "(?:[^",
      "a turn whose speech opens with はい、 or では、 after its label and a space (書記長　はい、…) goes to the "
      "speaker above",
      ("tests/test_forms_labels16.py", "tests/test_forms_acted.py")),
    B("labels16-heading-glued-before-label", "assembler/minutes/joined.py",
      "[(m.end(), True) for m in _HEADED.finditer(text)] if holds(", "[] if holds(",
      "■パネルディスカッション　司会（森下）：それでは… (a heading glued before a label) is one line of the "
      "speaker above: the chair's turn is lost",
      ("tests/test_forms_labels16.py",)),
    B("labels16-heading-glued-whole-line", "assembler/minutes/joined.py",
      "(not headed or _COLON_LABEL.match(texts[k], col) is not None) and ", "",
      "◆北浦雅人 委員　　説明の…, ◇まちづくりセンター　吉田所長　… (a name or an office spaced from the rest of "
      "the label after a mark) are cut as a heading: the member's turn goes to 委員, nameless",
      ("tests/test_forms_labels16.py", "tests/test_forms_wordbreak.py")),
    B("labels16-heading-above-label", "assembler/minutes/stacked_steps.py",
      "        if (nxt[0] in HEADER_OPENERS or stripped[0] in HEADING_MARKS and stripped[1:].strip()\n",
      "        if (nxt[0] in HEADER_OPENERS or False and stripped[1:].strip()\n",
      "a ■ heading alone above a label (■パネルディスカッション / コーディネーター（川辺） それでは…) is joined to "
      "it as one broken label: the speaker is パネルディスカッションコーディネーター",
      ("tests/test_forms_labels16.py",)),
    B("labels16-surname-before-post", "assembler/minutes/roles.py",
      "        if outer is None and not sp.name and _surname_before(out):\n",
      "        if False:\n",
      "戸田（ひなげし市建築住宅課長） 市の…: the panelist's surname is lost (the speaker a post, no name)",
      ("tests/test_forms_labels16.py",)),
    B("labels16-audience-titles", "assembler/data/roles.yaml",
      "  会場: member\n  フロア: member\n", "",
      "会場Ａ：…, フロア１：… (the audience named by where they sit) are no labels: their questions go to the "
      "speaker above",
      ("tests/test_forms_labels16.py",)),
    B("labels16-coordinator-chair", "assembler/data/roles.yaml",
      "  コーディネーター: chair\n", "",
      "a panel's coordinator, who presides over it, is read as the secretariat or other",
      ("tests/test_forms_labels16.py",)),
    B("labels16-panel-recurring", "assembler/minutes/header_steps.py",
      "        return person_for_body(label, self.roles) or self.panel_person(label)\n",
      "        return person_for_body(label, self.roles)\n",
      "a panel's labels whose brackets hold what no table knows (森下（空き家相談員） 相談員の…, 古川（高校生）) are "
      "no labels: the coordinator's turn swallows the panelists'",
      ("tests/test_forms_labels16.py",)),
    B("labels16-panel-needs-recurrence", "assembler/minutes/header_steps.py",
      "len(found) >= _PANEL_LINES and len(people) >= _PANEL_PEOPLE", "found",
      "one line of a council's record that opens with a name and a bracket (山田（晴） 補足ですが…) is read as a "
      "speaker of its own",
      ("tests/test_forms_labels16.py",)),
    B("labels16-act-then-person", "assembler/minutes/roles.py",
      "        return (self._acted_by(out, inner) or self._honoured_inside(",
      "        return (self._honoured_inside(",
      "補足（北川議員） above its speech is no label (the words go to the report above), and 報告（…）, "
      "質疑（久保田委員）, 意見（久保田委員） make a speaker of each act: one member cited as several",
      ("tests/test_forms_labels16.py", "tests/test_forms8.py")),
    B("labels16-qa-act-person-label", "assembler/minutes/header_steps.py",
      "            if sp.name and not self.press:\n", "            if False:\n",
      "質問（住民Ａ）, 回答（岡野議員） keep the act in the speaker's label: 岡野議員's report and answer are two speakers",
      ("tests/test_forms_labels16.py",)),
    B("labels16-dash-stage-line", "assembler/minutes/stacked_steps.py",
      " or stripped[0] in DASHES and self.framed_stage_step(i, line, stripped)\n", "\n",
      "――グループワーク――, ―休憩― (stage lines framed by dashes) are read as the words of the speaker above",
      ("tests/test_forms_labels16.py",)),
    B("labels16-dash-stage-doubled", "assembler/minutes/closing_steps.py",
      "len(m[\"open\"]) >= 2 and len(m[\"close\"]) >= 2", "False",
      "――グループワーク―― (doubled dashes, no stage word) is read as the words of the speaker above",
      ("tests/test_forms_labels16.py",)),
    B("labels16-unit-then-person", "assembler/minutes/header_steps.py",
      "        person = title_then_name(m[\"inner\"], self.roles.split) or self.unit_person(m[\"inner\"])\n",
      "        person = title_then_name(m[\"inner\"], self.roles.split)\n",
      "市（都市計画課 野口課長）：, 県（河川課　佐藤主幹） name no person: the official's turns are cited by a post "
      "(都市計画課野口課長), no name",
      ("tests/test_forms_labels16.py",)),
    B("labels16-moderator-no-interviewer", "assembler/ingest/interview.py",
      "    return (len(asked) >= _LEAST and answers >= _LEAST\n", "    return (asks >= _LEAST and answers >= _LEAST\n",
      "a workshop's record (司会：… between officials' answers, ――休憩―― lines) is read as an interview: every "
      "official nameless, role other, 司会 the chair",
      ("tests/test_forms_labels16.py",)),
    B("fields-closing-count", "assembler/ingest/fields.py",
      "        if _CLOSING.match(t):\n            self.closing.add(i)\n",
      "        if _CLOSING.match(t):\n            pass\n",
      "the export's closing count (以上　16件) is read as the last speaker's words",
      ("tests/test_forms_fields.py",)),
    B("fields-several-on-a-line", "assembler/ingest/fields.py",
      "        if len(known) == len(parts) and len({p.kind for p in known}) == len(known):\n",
      "        if False:\n",
      "［3］　発言者：浅野　浩一　役職：委員長　発言内容：… (a block's fields on one line) is read as one "
      "field: the speaker's name runs on into the speech",
      ("tests/test_forms_fields.py",)),
    B("transcript-colon-names-repeat", "assembler/ingest/transcript.py",
      "        if len(said) >= _LEAST_TURNS and len(set(names)) < len(names):\n",
      "        if len(said) >= _LEAST_TURNS:\n",
      "名前: … lines between clocks are speakers though nobody speaks twice (a list of items with colons)",
      ("tests/test_forms_bite15.py", "tests/test_forms_transcript.py")),
    B("transcript-named-above", "assembler/ingest/transcript.py",
      "return named if 2 * len(named) > len(longer) and len(set(names)) < len(names) else {}",
      "return named",
      "in captions, a cue's short first line (はい、) is taken for the speaker's name above its speech",
      ("tests/test_forms_bite15.py", "tests/test_forms_transcript.py")),
    B("transcript-cue-id", "assembler/ingest/transcript.py",
      "        if i > 0 and _CUE_ID.match(texts[i - 1]) and i - 1 not in self.fate:\n",
      "        if False:\n",
      "an .srt's cue numbers (1, 2, 3 …) are read as the words of the turn above",
      ("tests/test_forms_transcript.py",)),
    B("qatext-name-broken-at-space", "assembler/ingest/qatext.py",
      'return ("\\u3000" if names_alone("".join(pieces)) else "").join(pieces)',
      'return "".join(pieces)',
      "a full name wrapped in the asker's column (松下 / 由紀) is one word: the member is 松下由紀委員, "
      "not 松下委員 of the other records",
      ("tests/test_forms_qa_table.py",)),
    # --- tables16: a speaker's cell of the post over the name ------------------------------------
    B("tables16-cell-post-over-name", "assembler/ingest/qatext.py",
      "    if post_over_name(texts) and not WHOLE_BRACKET.match(texts[-1].strip()):\n",
      "    if False:\n",
      "a 分科会's speaker cell 委員 / 大槻 is read as one word 委員大槻: the member is nobody (role other), "
      "not 大槻委員",
      ("tests/test_forms_tables16.py",)),
    B("tables16-titled-full-name", "assembler/minutes/table_steps.py",
      "title_then_name(stripped, split) or title_then_full_name(stripped, split)",
      "title_then_name(stripped, split)",
      "a cell 建設課長 / 森田　和夫 gives the turn to 建設課長 with no name, and 森田　和夫 is read as the first "
      "words of the speech",
      ("tests/test_forms_tables16.py",)),
    B("tables16-subject-lead", "assembler/ingest/qatext.py",
      '"lead" if n in subject else None)', "None)",
      "the 事項 cell of a 3-column table (議案第１号 / 令和８年度…予算) is no agenda: read as the front matter, "
      "and the 分科会's subjects are lost from the draft",
      ("tests/test_forms_tables16.py",)),
    B("tables16-layout-name-under-post", "assembler/ingest/qatext.py",
      "        if post_over_name([post, piece]) or _unclosed(post)", "        if _unclosed(post)",
      "in -layout text, the name under the post beside words of the next sentence (委員 …幾つあるのか。 / 大槻 "
      "あわせて…) opens a row of its own: a turn of 大槻, the post's turn nobody's",
      ("tests/test_forms_tables16.py",)),
    B("tables16-name-broken-by-page", "assembler/ingest/qatext.py",
      "            return k + 1 if self.name_goes_on(self.lines[k]) else None", "            return None",
      "in pypdf's text a speaker's cell broken by the page (委員 浄化センターの… / page 2 / 大槻 か。) is the "
      "post alone: the member is nobody",
      ("tests/test_forms_tables16.py",)),
    B("tables16-table-over-at-margin", "assembler/ingest/qatext.py",
      "        return not self.speaker_at or not text[:1].isspace() and not self.lines[k - 1].text.strip() and (",
      "        return not self.speaker_at or False and (",
      "以上 under a 3-column table (-layout) is read as a subject of the 分科会, the agenda's last item",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-never-guessed", "assembler/ingest/apartcells.py",
      "        return len(pieces) % 2 == 0 and len(rows) == len(self.cells) and not any(",
      "        return bool(rows) or not any(",
      "in plain pdftotext's text of a table whose cells came apart from their rows, a cell lost (代理人) "
      "shifts every speaker by one: the words are given to the wrong people instead of reported unread",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-row-ends-short", "assembler/ingest/apartcells.py",
      "    return apart or len(text) < width - 1", "    return apart",
      "two rows' words pdftotext gave in one block (…書面は出しておりません。 / 分かりました。) are one row: the "
      "counts no longer agree and the whole table is unread",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-stray-piece", "assembler/ingest/apartcells.py",
      "    return [row for n, row in enumerate(rows) if n == len(rows) - 1 or not _stray(lines, row[-1], rows[n + 1][0])]",
      "    return rows",
      "a piece of the front matter pdftotext put among the cells (…の開催を求める請願) is read as the "
      "chair's first words",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-unread", "assembler/minutes/table_steps.py",
      '            self.unread(i, line, N_("a table\'s line read apart from its row: whose it is cannot be told"))',
      '            self.set_fate(i, "furniture")',
      "a line whose place in the table cannot be told (第１会議室, 閉会）) vanishes as furniture instead of "
      "being reported unread",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-glued-post", "assembler/ingest/apartcells.py",
      "    if not glued:\n        return pieces\n", "    if True:\n        return pieces\n",
      "in pypdf's text of a borderless table the last row's post on the line of its words (会長 それでは、…) "
      "is lost: the cells no longer pair and the whole record is refused",
      ("tests/test_forms_tables16.py",)),
    B("tables16-apart-post-over-name", "assembler/ingest/apartcells.py",
      "             and post_over_name([texts[p - 1].partition(\" \")[0], texts[p]])]",
      "             ]",
      "a 議事要旨 whose speakers stand as （飯島委員） alone on their lines is taken for a table's cells apart "
      "from their rows: the record is refused",
      ("tests/test_forms_tables16.py",)),
    B("tables16-layout-alone-no-row", "assembler/ingest/qatext.py",
      "        if not beside:\n            return False\n", "",
      "in -layout text of a borderless table a cell's second line alone under the words (（高田主査）, 代理人) "
      "opens a turn of its own: the post's turn has no name, the next words go to the wrong cell",
      ("tests/test_forms_tables16.py",)),
    B("tables16-layout-label-rows", "assembler/ingest/qatext.py",
      "        return _label_rows(src, lines)\n", "        return None\n",
      "in -layout text of a borderless table with no heading row the post is the speaker and its name "
      "(（石黒）, 代理人) a speaker of its own or lost",
      ("tests/test_forms_tables16.py",)),
    # --- tables17: a numbered speaker | speech table (No. | 発言者 | 発言内容) -----------------------
    B("tables17-number-head", "assembler/ingest/qatext.py",
      "    if len(words) == 3 and (TOPIC_HEAD.search(words[0]) or number_head(words[0])):",
      "    if len(words) == 3 and TOPIC_HEAD.search(words[0]):",
      "a numbered table No. | 発言者 | 発言内容 is no table: in pypdf's text the rows' cells are read as speech "
      "(1 会長 / 柏木　俊介 the words), in -layout's the file is refused (no speaker found)",
      ("tests/test_forms_tables17.py",)),
    B("tables17-row-number-off", "assembler/ingest/qatext.py",
      "        if self.numbered and (number := _ROW_NUMBER.match(text)) is not None and self.row_opens(k, text[number.end():]):",
      "        if False:",
      "in pypdf's text of a numbered table the row's number stays on the post's line (7 会長): the cell is "
      "no speaker's and the rows' turns are lost or glued to the words above",
      ("tests/test_forms_tables17.py",)),
    B("tables17-number-opens-unended", "assembler/ingest/qatext.py",
      "            self.ended = True  # the row above is done, whether its words ended a sentence or not\n", "",
      "in pypdf's text of a numbered table a row under words that end no sentence (…見つかりませんでした) "
      "is read as those words going on: the member's turn given to the official above",
      ("tests/test_forms_tables17.py",)),
    B("tables17-short-remark", "assembler/ingest/qatext.py",
      '            numbered and said.endswith(_ENDS) or said.endswith("。")):', "            False):",
      "in pypdf's text of a numbered table a one-line remark (分かりました。) is no row: the member's turn "
      "and name go into the words above",
      ("tests/test_forms_tables17.py",)),
    B("tables17-layout-number-opens", "assembler/ingest/qatext.py",
      "        if (0 in pieces) if self.numbered else 1 in pieces and self.opens(pieces[1], 2 in pieces):",
      "        if 1 in pieces and self.opens(pieces[1], 2 in pieces):",
      "in -layout text of a numbered table a row under words that end no sentence (…なかったのでしょうか) "
      "opens no row: its post and name (公園緑地課計 / 画係長 / 三枝 弘樹) go to the turn above",
      ("tests/test_forms_tables17.py",)),
    B("tables17-number-furniture", "assembler/ingest/qatext.py",
      '"field" if self.numbered else "lead") for t, line in row.get(0, [])', '"lead") for t, line in row.get(0, [])',
      "in -layout text of a numbered table each row's number is read as an agenda item",
      ("tests/test_forms_tables17.py",)),
    B("tables17-title-ends-shi", "assembler/ingest/qatext.py",
      "担当|主事|師|士|君|氏|代表)$", "担当|君|氏|代表)$",
      "a post ending 技師, 保健師, 主事 over a name is no speaker's cell: 廃棄物対策係主 / 任技師 / 五十嵐　拓也 "
      "read as the words of the turn above and a speaker 任技師",
      ("tests/test_forms_tables17.py",)),
    B("tables17-given-name-kana", "assembler/minutes/title_first.py",
      "        if k and _GIVEN_KANA.match(word):", "        if False:",
      "a post over a full name whose given name is in hiragana (環境衛生課長 / 吉良　まどか) is no person: the "
      "speaker 環境衛生課長吉良まどか, role other",
      ("tests/test_forms_tables17.py",)),
    # --- pdftables18: speaker | speech tables read from the .pdf itself (pdfminer's geometry) -----------------
    B("pdftables18-lead-edges", "assembler/ingest/pdf.py",
      '    lead = tuple(_common_edge([c[j][0] for c in whole], x, float("-inf")) for j, x in enumerate(table.lead))',
      "    lead = table.lead",
      "a numbered table's No. centred over its column: the rows' numbers stand at no column's edge, every row "
      "(1 | 会長 | …) is no table's and the name under the post is read as a speaker of its own",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-number-field", "assembler/ingest/pdf.py",
      '"field" if number else "lead"))', '"lead"))',
      "the .pdf's numbered table: each row's number (1, 2, …) read as an agenda item",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-ruled-row", "assembler/ingest/pdf.py",
      "            return broken or not row.ruled[0]", "            pass",
      "a ruled table's cell of the post over the name beside words starting a new sentence (議長 / 久保寺　啓 | "
      "今日は…) splits: the name a speaker of its own",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-page-broken", "assembler/ingest/pdf.py",
      "                and cell.beside and (cell.open or len(cells) == 1))", "                and False)",
      "a row broken by the page (委員 / page 2 / 大槻): the post the speaker, the name and the rest of the words "
      "a turn of their own",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-lead-goes-on", "assembler/ingest/pdf.py",
      "        while cells and any(abs(cells[0][0] - x) <= 3 for x in self.table.lead if x != self.table.numbers):",
      "        while False:",
      "the 事項 cell's wrapped lines (令和８年度かえ / で市一般会計予…) land among the row's words as agenda lines: "
      "the turn is cut and its words lose their speaker",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-section-row", "assembler/ingest/pdf.py",
      "    if abs(cell[0] - table.left) <= 3 and SECTION_TITLE.match(text):", "    if False:",
      "a borderless table's section row in brackets (【申立ての内容の聴取】) is read as a label: front matter in "
      "the middle of the proceedings, not the agenda",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-cell-closed", "assembler/ingest/pdf.py",
      '            self.cell.closed = lines[self.cell.at].text.endswith(("）", ")"))', "            pass",
      "a borderless table's section row under a cell ending in a bracketed name (委員長 / （野沢） / 【申立ての内容の"
      "聴取】) is joined to the cell: a speaker no one is",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-near-row", "assembler/ingest/pdf.py",
      "        if near and (len(cells) == 1 or cell.open and abs(cells[1][0] - self.table.column) <= 3):",
      "        if False:",
      "a borderless cell's second line a paragraph below its first (審査請求人 / 代理人) opens a turn of its own",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-topic-head", "assembler/ingest/heads.py",
      "    return word in LEAD_HEADS or bool(TOPIC_HEAD.search(word))", "    return word in LEAD_HEADS",
      "a 3-column table headed 審査事項 | 発言者 | 発言の要旨 is no table in the .pdf: its rows read from the layout "
      "alone, the subject's cell glued to the post",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-cell-label", "assembler/ingest/pdf.py",
      "    if broken and post_over_name(list(texts)):",
      "    if False:",
      "a cell's post broken mid-word over lines above the name (公園緑地課計 / 画係長 / 三枝　弘樹) is kept apart by "
      "spaces: the speaker 画係長三枝弘樹, role other",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-speaker-cue", "assembler/ingest/pdf.py",
      '            lines[cell.at] = Line(_cell_text(old.text, cell.texts), old.number, old.page, "speaker")',
      "            lines[cell.at] = Line(_cell_text(old.text, cell.texts), old.number, old.page, old.cue)",
      "a borderless table found from the layout: a cell of two lines that names no one the parser knows "
      "(審査請求人代理人, 請願者　代表) is no speaker, its words the turn above's",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-by-edges", "assembler/ingest/pdf.py",
      "        cells = _by_edges(row, self.table) if self.table.lead else row.cells or [(row.x0, row.text)]",
      "        cells = row.cells or [(row.x0, row.text)]",
      "a numbered table whose number pdfminer joined to the post (１０　議長): the row is no table's, its cell "
      "glued to the row above's",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-many-lines", "assembler/ingest/pdf.py",
      "        most = 6 if self.table.ruled else 3", "        most = 3",
      "a ruled cell of four lines (教育委員会 / 事務局 / 学校教育係長 / 江口): the name lost from the speaker",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-section-over-cell", "assembler/ingest/apartcells.py",
      "    return any(SECTION_TITLE.match(t) for t in texts) and (", "    return False and (",
      "plain pdftotext's block of a numbered section's title glued to a cell's lines ((１)開会 / 会長 / （久我）) is "
      "a subject's cell: the cells lost, the turns' words unread or given to the wrong cell",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-section-not-subject", "assembler/ingest/apartcells.py",
      "and not is_page_number(text)) or SECTION_TITLE.match(text):", "and not is_page_number(text)):",
      "a numbered section's title (2. 説明) is read as a subject's number: the cell's lines under it (市 / （都市計画課 "
      "/ 長）) a subject's cell, the counts differ",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-sections-agenda", "assembler/ingest/apartcells.py",
      "            _sections_over_cells(lines)) | {", "            set()) | {",
      "a numbered section's title among the cells' lines ((２)計画の説明) is unread, not the agenda",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-field-no-trailing-label", "assembler/minutes/trailing.py",
      '        if _BRACKET_END.search(texts[i]) is None or lines[i].cue == "field":',
      "        if _BRACKET_END.search(texts[i]) is None:",
      "a table's cell the reader took apart (市 / （都市計画課 / 長）) is read as a label closing the words above it: a "
      "turn of 都市計画課長 saying 市",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-title-ends-daihyo", "assembler/ingest/qatext.py",
      "担当|主事|師|士|君|氏|代表)$", "担当|主事|師|士|君|氏)$",
      "a speaker's cell of one line ending 代表 (傍聴人代表) is no cell: the counts differ and the table is unread",
      ("tests/test_forms_pdftables18.py",)),
    B("pdftables18-pdf-numbered-section", "assembler/ingest/pdf.py",
      ' or piece in ("〃", "同") or SECTION_TITLE.match(piece):', ' or piece in ("〃", "同"):',
      "in the .pdf a numbered section's row (3. 閉会) under a cell is joined to the cell: a speaker no one is",
      ("tests/test_forms_pdftables18.py",)),
    # --- tables17: a borderless table's cells of one line or two, section rows across it --------------
    B("tables17-apart-by-shape", "assembler/ingest/apartcells.py",
      "        if not paired and (shaped := self.by_shape(pieces, heads)) is not None:", "        if False:",
      "plain pdftotext's or pypdf's text of a borderless table whose cells are of one line or two (審査請求人 "
      "alone beside 会長 / （石黒）) with section rows across it: the file refused, no speaker found",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-one-line-cell", "assembler/ingest/apartcells.py",
      '(named or CELL_LABEL_END.search(text.partition(" ")[0]))', "named",
      "a speaker's cell of one line (審査請求人, 申立人) among cells of two is no cell: the counts differ and "
      "the whole table is unread",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-section-rows", "assembler/ingest/apartcells.py",
      "        kept = [row for row in rows if not _section_row(lines, row)]", "        kept = rows",
      "a section's title across the table (実施機関からの説明) is read as a row's words: the counts differ and "
      "the whole table is unread",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-titled", "assembler/ingest/apartcells.py",
      "                _titled(lines, rows[-1][-1], width, sections) or _titled(lines, k, width, sections)):",
      "                False):",
      "a section's title across the table goes into the row of words next to it: the counts differ and the "
      "table is unread",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-titled-over-cell", "assembler/ingest/apartcells.py",
      "(k + 1 in taken or not below)", "(not below)",
      "a section's title right above the next cell with no blank line (【申立ての内容の聴取】 / 申立人) is read "
      "as the first words of that row: the 申立人's words lost from the turns",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-counts-agree", "assembler/ingest/apartcells.py",
      "        if len(kept) != len(cells) or not kept:", "        if not kept:",
      "cells and words whose counts differ are paired all the same: a row's words given to another's cell",
      ("tests/test_forms_tables17.py",)),
    B("tables17-apart-section-agenda", "assembler/ingest/apartcells.py",
      '            return "lead"  # a section\'s row across the table', '            return "apart"  # a section\'s row across the table',
      "a section's title across the table (【事業者からの説明】) is reported unread instead of the agenda",
      ("tests/test_forms_tables17.py",)),
    B("tables17-party-disclosure-agency", "assembler/data/roles.yaml",
      "  実施機関: other\n", "",
      "the agency whose disclosure decision is reviewed (実施機関（都市計画課長）) is read as a person named "
      "実施機関 of the council's executive",
      ("tests/test_forms_tables17.py",)),
    # --- tables17: the post over the full name in a 3-column table, lines after the table ---------------
    B("tables17-surname-ends-as-office", "assembler/minutes/title_first.py",
      "(given or not word.endswith(_OFFICE_END))", "(not word.endswith(_OFFICE_END))",
      "a post over a full name whose surname ends as an office does (福祉総務課長 / 長谷部　修一) is no person: "
      "the speaker 福祉総務課長長谷部修一, role other",
      ("tests/test_forms_tables17.py",)),
    B("tables17-wrapped-post-no-subject", "assembler/ingest/qatext.py",
      "        return [], pieces  # no subject's cell", "        pass  # no subject's cell",
      "in pypdf's text of a 3-column table the first line of a post wrapped over the name (地域福祉推進 / 室長 / "
      "篠崎　美穂) is read as a subject's cell: the speaker 篠崎室長, the agenda 地域福祉推進",
      ("tests/test_forms_tables17.py",)),
    B("tables17-results-after-table", "assembler/ingest/qatext.py",
      "            out[k] = Line(out[k].text, out[k].number, out[k].page, \"lead\")", "            pass",
      "審査結果：議案第３号　原案のとおり可決すべきもの after the table is read as the last speaker's words",
      ("tests/test_forms_tables17.py",)),
    B("shapes16-layout-margin", "assembler/ingest/qatext.py",
      "    lines = list(without_margin(tuple(lines)))\n", "",
      "pdftotext -layout of a PDF set in from the paper's edge (every line some spaces in): the 3-column "
      "table 事項 | 発言者 | 発言内容 and the borderless one (会長 / （石黒）) are not read — every point lost",
      ("tests/test_shapes16.py",)),
    B("shapes16-apart-half-width-close", "assembler/ingest/apartcells.py",
      '    elif _opened(text) == _closed(text) or _OPEN.match(text):', '    elif text.count("（") == text.count("）") or _OPEN.match(text):',
      "NFKC's text of a table whose cells came apart from their rows: the clock's end 閉会) is taken for a "
      "cell, the cells no longer pair and every point of the record is lost",
      ("tests/test_shapes16.py",)),
    B("shapes16-apart-half-width-clock", "assembler/ingest/apartcells.py",
      '        len(text) > 8 and not text.startswith(("（", "(")) or "。" in text)',
      '        len(text) > 8 and not text.startswith("（") or "。" in text)',
      "NFKC's text of a borderless table: (午後3時10分 閉会) is taken for a row's words, the rows outnumber "
      "the cells and every point of the record is lost",
      ("tests/test_shapes16.py",)),
    B("shapes16-apart-marked-label-not-glued", "assembler/ingest/apartcells.py",
      "○〇◯◎●◆◇■□▲△☆★][^", "][^",
      "NFKC's text of ●-marked minutes (●事務局 お手元の…, an ASCII space after the label) is taken for a "
      "table's cells apart from their rows: the turns after the first are unread",
      ("tests/test_shapes16.py",)),
    B("shapes16-cell-over-page-break", "assembler/ingest/qatext.py",
      "        if not piece and pieces and _page_break(lines, pieces[-1] + 1, aside):",
      "        if False:",
      "pypdf's text of a speaker | speech table with a page break (1/9 between blank lines) inside a "
      "speaker's cell (事務局（介護保 / the page / 険課長補佐）): the row's words go to the speaker above",
      ("tests/test_shapes16.py",)),
    B("shapes16-apart-numbered-cell", "assembler/ingest/apartcells.py",
      "    return out | _numbered_cells(lines)\n", "    return out\n",
      "plain pdftotext's blocks of a 3-column table with no blank line between them: a subject's lines "
      "(で市下水道事業 / 会計予算) are taken for a cell, the cells shift and every point is lost",
      ("tests/test_shapes16.py",)),
    B("shapes16-list-broken-at-width", "assembler/minutes/trailing.py",
      "                item for t in _list_lines(self.stripped[:i])", "                item for t in self.stripped[:i]",
      "an attendee list of bodies broken at the page's width (…、ひが / し消防団第３分団、): the body a bullet's "
      "end names is no longer known, and the section's bullets each go to the body of the next",
      ("tests/test_shapes16.py",)),
    B("shapes16-label-alone-past-page", "assembler/minutes/header_steps.py",
      "        nxt = self.text_below(self.at)  # past a page break too", "        nxt = self.next_text(self.at)  # past a page break too",
      "a label with brackets alone at a page's foot (司会（三浦議員） / 1/9 / the speech atop the next page) "
      "is read as words of the turn above: its speech goes to the speaker before",
      ("tests/test_shapes16.py",)),
    B("tables16-cell-second-line-no-name", "assembler/minutes/table_steps.py",
      '            if found is not None and found[2] is not None and "\\u3000" in stripped:',
      "            if False:",
      "a cell 請願者 / 代表 gives the turn to 請願者 and reads 代表 as the first word of the speech",
      ("tests/test_forms_tables16.py",)),
    B("acted-refers-back", "assembler/minutes/acted.py",
      'refers[0] if refers is not None else ""))', '""))',
      "「同委員から…との意見があった。」 is no longer the member named just before: an anonymous 委員's",
      ("tests/test_forms_bite15.py", "tests/test_forms_acted.py")),
    B("acted-how-phrase", "assembler/minutes/acted.py",
      "    how = _HOW.match(sentence, at)\n", "    how = None\n",
      "「これを受けて、委員長の指示により事務局長が説明。」 names no actor: the 事務局長's report is lost "
      "as narrative",
      ("tests/test_forms_acted.py",)),
    B("prose-after-agent", "assembler/minutes/prose.py",
      "    if _ACT_END.search(body) or agent_end and _AFTER_AGENT.match(body, agent_end):",
      "    if _ACT_END.search(body):",
      "「…との意見が山田委員からあった。」 (the speaker named after the words) is no report: the opinion is lost",
      ("tests/test_forms_bite15.py", "tests/test_forms_prose.py")),
    B("prose-narrator-own", "assembler/minutes/prose.py",
      "        elif found and (carries(clause, 0)[0] or not narrated(clause.strip())):\n",
      "        elif found:\n",
      "the narrator's 「原案のとおり承認された。」 after a member's report goes onto that member's opinion",
      ("tests/test_forms_bite15.py", "tests/test_forms_prose.py")),
    B("legend-person-no-group", "assembler/minutes/legend.py",
      "    if sp is None or sp.name:\n        return None", "    if sp is None:\n        return None",
      "an attendee line 「◎北川委員長、○南副委員長」 is believed as a legend: every ○ turn becomes 南副委員長's",
      ("tests/test_forms_legend.py", "tests/test_forms_fixes6.py", "tests/test_forms_fixes7.py")),
    B("calls-on-same-label", "assembler/minutes/header_steps.py",
      "        return _SPACES.sub(\"\", named.label) == _SPACES.sub(\"\", sp.label) or self.call_between_labels(i, below)\n",
      "        return self.call_between_labels(i, below)\n",
      "the chair's call 「○北沢委員長」 / 「子育て支援課長」 / 「○子育て支援課長」 in the middle of the chair's "
      "turn is a label: the chair's turn ends, an empty one opens",
      ("tests/test_forms_labels14.py", "tests/test_forms6.py")),
    # --- narrated16: the act named without 旨/との, the chair a record elects ----------------------
    B("prose-act-joint", "assembler/minutes/prose.py",
      '_ACT_JOINT = re.compile(rf"(?:{ACT_GOES_ON})[、，]")', '_ACT_JOINT = re.compile(r"(?!)")',
      "「事務局が資料２に基づき説明し、委員から質問がなされた。」 in a summary is one turn, the 委員's: the "
      "secretariat's explanation is lost",
      ("tests/test_forms_narrated16.py",)),
    B("prose-narrator-tail", "assembler/minutes/prose.py",
      "upto = len(body) if len(body) < len(clause.rstrip()) else 0", "upto = 0",
      "「監事から、…してほしいとの発言があり、閉会した。」: the point is the whole sentence, not the words, "
      "and 閉会 may make the member's request procedural",
      ("tests/test_forms_narrated16.py",)),
    B("acted-from-any-form", "assembler/minutes/acted.py",
      "if not wider or _SAID_END.search(sentence, end) is None and _subject_after(sentence, end, resolve):",
      "if not wider or _SAID_END.search(sentence, end) is None:",
      "「会長より挨拶。」「刑事部長より、…について報告。」 in a record that narrates who acted are narrative: "
      "the turn is lost",
      ("tests/test_forms_narrated16.py",)),
    B("acted-reread-unnamed", "assembler/minutes/acted.py",
      "if (not a.reports or _wider(lines, a.idx[0], a.idx[-1])) and (",
      "if (a.reports and _wider(lines, a.idx[0], a.idx[-1])) and (",
      "「司会の事務局長が開会を宣言した。」 is the clerk's narrative: the opening is nobody's",
      ("tests/test_forms_narrated16.py",)),
    B("acted-act-joint-in-words", "assembler/minutes/acted.py",
      "not _set_off(rest, then) or on.re is _GOES_ON and not _acts_anew(rest, then, resolve)):",
      "not _set_off(rest, then)):",
      "「委員から、住民に説明し、住民から意見を聞くべきとの意見があった。」 is two turns: 住民 speaks in the "
      "member's words",
      ("tests/test_forms_narrated16.py",)),
    B("prose-subject-part", "assembler/minutes/report_steps.py",
      'r"(?P<part>[\\u3400-\\u9fff\\u30a1-\\u30faー々]{1,8}の)?"', 'r"(?P<part>(?!))?"',
      "a 議事要旨 whose only report is 「司会の事務局長が開会を宣言した。」 is refused: no speaker found",
      ("tests/test_forms_narrated16.py",)),
    B("roles-elected-chair", "assembler/minutes/roles.py",
      "        if held and not sp.name:\n", "        if False:\n",
      "after 「互選により石原理事を議長に選出した。」 the 議長's turns name nobody: who chaired is lost",
      ("tests/test_forms_narrated16.py",)),
    B("roles-elected-title-word", "assembler/minutes/roles.py",
      '_ELECTED_TITLES = r"(?<![\\u3400-\\u9fff])(?P<title>', '_ELECTED_TITLES = r"(?P<title>',
      "「会長に田村委員、副会長に山口委員を選出した。」: the 会長's turns are named 山口 (会長 read inside 副会長)",
      ("tests/test_forms_narrated16.py",)),
    B("section-heading-acted", "assembler/minutes/closing_steps.py",
      "        if self.acted and self.turn_follows(i):\n", "        if False:\n",
      "【報告事項】 and 【主な意見】 over a narrated record's reports are back matter (front), not headings",
      ("tests/test_forms_narrated16.py",)),
    # --- narrated18: who did the act a narrated sentence names ----------------------------------------
    B("narrated18-greeting-words", "assembler/minutes/prose.py",
      'w is not None and (w.group()[0] == "旨" or noun.lstrip("御ご") in GREETINGS)):',
      'w is not None and False):',
      "「代表理事組合長の川村は、…全力を挙げたいとあいさつした。」, 「議長（川村組合長）は、…成立している旨を"
      "宣した。」: the point is the sentence, procedural — what was said is lost",
      ("tests/test_forms_narrated18.py",)),
    B("narrated18-held-act", "assembler/minutes/acted.py",
      "    if read is None and wider and (held := _held_act(sentence, who)) is not None:",
      "    if False:",
      "「議長は、…選び方を諮ったところ、…一任することとなり、組合長は…を推薦した。」 is narrative: the chair's "
      "act is nobody's",
      ("tests/test_forms_narrated18.py",)),
    B("narrated18-circle-speech-nouns", "assembler/minutes/report_steps.py",
      '|(?<=[\\u3041-\\u3096」』])と){prose.SPEECH_NOUN}"',
      '|(?<=[\\u3041-\\u3096」』])と){_forms.SPEECH_NOUN}"',
      "「○冒頭、木村幹事長から、…旨の挨拶があった。」 (…旨の連絡, …旨の総括) is narrative: the chair's words "
      "are nobody's",
      ("tests/test_forms_narrated18.py",)),
    B("narrated18-circle-connective", "assembler/minutes/report_steps.py",
      "if (lead := _LEAD_CONNECTIVE.match(label)) is not None and lead.end() < len(label):",
      "if (lead := None) is not None:",
      "「○最後に木村幹事長から、…との発言があった。」 is a speaker named 最後に木村幹事長",
      ("tests/test_forms_narrated18.py",)),
    B("narrated18-inside-turn", "assembler/minutes/report_steps.py",
      "        held = self.header_speaker\n        if held is None or self.speaker is not held",
      "        held = self.header_speaker\n        if True or held is None or self.speaker is not held",
      "under （事務局）, 「・商工会から、…との要望があった。」 is the 商工会's point and 「・前回会議で委員から、…」 "
      "the member's: the secretariat's report is cited to a body no one heard",
      ("tests/test_forms_narrated18.py",)),
    # --- narrated19: narrated sentences of summary minutes and 会議録 ----------------------------------
    B("narrated19-words-of-several-sentences", "assembler/minutes/prose.py",
      "        if not out or WORDS_GO_ON.match(text, a) is None:",
      "        if True:",
      "「○北川委員長から、遊具の更新は急ぐべきである。特に…多い。との意見があった。」 is the 事務局's point (the "
      "speaker named before), 「…。旨の発言があった。」 narrative: the member's words are lost",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-circle-head", "assembler/minutes/closing_steps.py",
      "        if self.circle_head(i, stripped):  # (under",
      "        if False:  # (under",
      "「○議事」 / 「事務局（生涯学習課）より、…を説明。」 is one ○ sentence: the secretariat's act is dropped, "
      "「○会長あいさつ」 / 「山本会長から、…」 a speaker named 会長あいさつ山本会長",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-closing-passive-said", "assembler/minutes/prose.py",
      'rf"|求められ|(?<=[とを旨]){SAID_STEM}|(?<=[と旨]){_SAID_PASSIVE})[、，]")',
      'rf"|求められ|(?<=[とを旨]){SAID_STEM})[、，]")',
      "「会長から、本日の意見を踏まえ…整理したい旨が述べられ、閉会となった。」 is narrative: the chair's closing "
      "words are nobody's",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-result-inside-turn", "assembler/minutes/closing_steps.py",
      "        if not _RESULT_LINE.match(stripped) or not _POLITE_END.search(",
      "        if True or not _POLITE_END.search(",
      "「議案第４２号は原案のとおり可決された。」 under the chair's polite turn is the chair's speech: a result "
      "no one said cited to the chair",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-item-part-heading", "assembler/minutes/forms.py",
      '|{_PART}(?=[\\s\\u3000：:]))', '|(?!))',
      "「【非公開】議案第４３号　…」 and 「第２部　部会報告及び意見交換」 under the chair's turn are the chair's speech",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-closing-said", "assembler/minutes/front_steps.py",
      "self.turn_below(i) or self.closing_said(sentence):",
      "self.turn_below(i):",
      "「会長から、…答申案をまとめる旨が述べられ、閉会した。」 after the chair's labelled turn is the closing "
      "block, narrative: the chair's last words are nobody's",
      ("tests/test_forms_narrated19.py",)),
    B("narrated19-result-vote-named", "assembler/minutes/forms.py",
      'r"|(?:採決|審議|挙手採決|起立採決)の結果[、，]|(?=全員|賛成多数|異議なく|挙手全員|起立全員|起立多数))[^。「」]{0,40}?"',
      'r")[^。「」]{0,40}?"',
      "「採決の結果、全員賛成で原案のとおり可決された。」 under the chair's polite turn is the chair's speech",
      ("tests/test_forms_narrated19.py",)),
    # --- lines that are no speech read as speech (fates16) ----------------------------------------
    # --- front matter shaped like labels read as speech (fates17; replaces fates16-attendee-names-alone,
    # whose branch of header_step front_entry_step now holds) ------------------------------------------
    B("fates17-field-label-never-speaks", "assembler/minutes/front_steps.py",
      "field = field_label(label, self.labels)", "field = None",
      "a Word table's front matter 「１日時 | 令和７年１２月２日…」 is a turn of 「１日時」: the draft cites the "
      "date as a speaker's opinion, and the meeting has no date",
      ("tests/test_forms_fates17.py",)),
    B("fates17-entry-before-turns", "assembler/minutes/front_steps.py",
      "elif not ((self.entry_below(i) or self.last_entry(i, label)) if rest is None\n"
      "                      else listing(rest) or self.names_alone(rest) or self.entry_broken(i, rest)) or (",
      "elif True or (",
      "「教育長 | 平井　克己」, 「財政課長　柴田 光」 before anyone spoke are turns: the draft cites a name as "
      "the 教育長's opinion",
      ("tests/test_forms_fates17.py", "tests/test_forms_fates16.py")),
    B("fates17-entry-sentence-goes-on", "assembler/minutes/front_steps.py",
      "rest is not None and _HIRAGANA_START.match(below := self.text_below(i)) and not listing(rest + below)):",
      "False):",
      "a chair's first words broken at the page's width before any kana (「議長（山田太郎君）　令和７年第４回みなと町"
      "議会定例会本会議」 / 「を開会します。」) are read as an attendee entry: the opening turn is lost",
      ("tests/test_forms_fates17.py",)),
    B("fates17-closing-entries", "assembler/minutes/front_steps.py",
      "if rest is None or not listing(rest) or self.speech_after(i):", "if True:",
      "the attendees listed after the last turn (「委員長：水野　大輔」, 「委員：岡本　由美、川口　翔太」) are "
      "points of 委員長 and 委員",
      ("tests/test_forms_fates17.py",)),
    B("fates17-entry-below-speech-after", "assembler/minutes/front_steps.py",
      "        return (lines[below[1]].cue in (\"speaker\", \"label\", \"head\") or self.listed_title(after) or listing(after)\n",
      "        return True or (lines[below[1]].cue in (\"speaker\", \"label\", \"head\") or self.listed_title(after) or listing(after)\n",
      "「○教育政策係長 / 大園健朗君 / それでは…開会します。」: the first turn is lost to the front matter "
      "(its label read as an attendee with the name below it)",
      ("tests/test_forms_fates17.py",)),
    B("fates17-entry-kana-is-speech", "assembler/minutes/front.py",
      "    return all(not _KANA.search(w) or k > 0 and len(w) <= 5 and not _KANA.search(words[k - 1])\n",
      "    return True or all(not _KANA.search(w) or k > 0 and len(w) <= 5 and not _KANA.search(words[k - 1])\n",
      "a short first turn with no full stop (「議長：開会します」) is read as an attendee entry: the chair's "
      "words lost to the front matter",
      ("tests/test_forms_fates17.py",)),
    B("fates17-guests-may-speak", "assembler/minutes/front.py",
      'if found is None or found[1] in ("会場", "参加者"):', "if found is None:",
      "a town meeting's floor (「会場：駐車場を増やしてほしい。」) or a workshop's participants speak under a "
      "label the front matter also uses: their questions are lost to the front matter",
      ("tests/test_forms_fates17.py",)),
    B("fates17-recorder-closing", "assembler/minutes/furniture.py",
      "    if _RECORDER.match(text):\n        return True", "    if False:\n        return True",
      "the recorder's line at the end (「記録者　議会事務局　新庄　なつみ」) is a point of 「記録者議会事務局」 "
      "or glued to the chair's last words",
      ("tests/test_forms_fates17.py",)),
    # --- front matter read as speech in the shapes Word and PDF give it (fates18) ----------------------
    B("fates18-entry-body-kana", "assembler/minutes/front.py",
      'piece = _KANA_BODY.sub(_kanji_of, piece)', 'piece = piece',
      "an attendee whose body is named in kana (「株式会社ひまわり総研　岸 早苗 主任研究員」, 「（説明者）株式会社データ"
      "みらい研究所…」) is a turn: the draft cites a body's name as the speech of 説明者 or of the member above",
      ("tests/test_forms_fates18.py",)),
    B("fates18-entry-others", "assembler/minutes/front.py",
      'piece = _ENTRY_MORE.sub("", piece)', "piece = piece",
      "a list that ends ほか (「事務局：笠井事務局長、宮内参事官ほか」, 「こども未来部長、子育て支援課長ほか２名」) is a "
      "turn of 事務局 whose words are posts",
      ("tests/test_forms_fates18.py",)),
    B("fates18-entry-name-with-note", "assembler/minutes/front.py",
      "and len(bare) == len(text) and not", "and not",
      "a PDF's member line with no space in the name (「宮坂昇（みなと情報大学教授）【座長】」) is a point of 座長: "
      "the draft cites a member's name as the chair's words",
      ("tests/test_forms_fates18.py",)),
    B("fates18-entry-honorific", "assembler/minutes/front.py",
      'bare[-1] not in "氏様" and ', "",
      "「ヒアリング対象者：丸山氏」 is read as an act of four kanji, no entry: a turn of ヒアリング対象者",
      ("tests/test_forms_fates18.py",)),
    B("fates18-trailing-entry-no-point", "assembler/minutes/trailing.py",
      "(listing(bare, people=True) or headed_listing", "(False or headed_listing",
      "a member line 「宮坂 昇（みなと情報大学 教授）【座長】」 is read as a point with its speaker after it: a point of "
      "座長 whose words are a member's name, and the list under it unread",
      ("tests/test_forms_fates18.py",)),
    B("fates18-entry-below-list-head", "assembler/minutes/front_steps.py",
      "or _LIST_HEAD.match(after) is not None", "or False",
      "the last member above the next list's head (「桑原徹（…課長）」 / 「日比野彩（…）」 / 「オブザーバー：」) is a "
      "speaker's label: the next members and the list head a turn",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-field", "assembler/minutes/front_steps.py",
      'field = None if "。" in stripped else self.labels.field(stripped)', "field = None",
      "「出席：委員６名（うちウェブ会議３名）、説明者２名」 after the last turn is glued to the chair's last point",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-narrated", "assembler/minutes/front_steps.py",
      "if _CLOSE_NARRATED.search(sentence) is None or self.turn_below(i) or self.closing_said(sentence):", "if True:",
      "「会長が閉会を宣し、午後３時に散会した。」 after the last turn is the chair's point: the draft cites the "
      "record's narration as the chair's words",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-hint-window", "assembler/minutes/front_steps.py",
      "_CLOSING_HINT.search(stripped, 0, 32)", "_CLOSING_HINT.search(stripped, 0, 16)",
      "「以上をもって、午後４時１０分に閉会した。」 after the last turn (the act past the line's first 16 characters) "
      "is glued to the chair's last point",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-act-then-end", "assembler/minutes/front_steps.py",
      '\n                             r"|(?:閉会|散会|閉議|延会)を宣(?:言|告)?し(?:て)?[、，]?[^。「」]*た。$")', ")",
      "「委員長が閉会を宣言し、会議を終了した。」 after the last turn is glued to the chair's last point",
      ("tests/test_forms_fates18.py",)),
    B("fates18-summary-field", "assembler/minutes/front_steps.py",
      "if f is None and not self.seen_speaker and _SUMMARY_FIELD.match(stripped):", "if False:",
      "the record's summary as a field before the turns (「概　要：事務局から資料に基づき説明を行った後、…」) is a "
      "point of 「概要：事務局」: the draft cites the record's summary as the secretariat's words",
      ("tests/test_forms_fates18.py",)),
    B("fates18-entry-broken-in-a-name", "assembler/minutes/front_steps.py",
      "and not listing(rest + below)):", "):",
      "a member list broken at the page's width inside a kana given name (「構成員：…、上田 ま」 / 「ゆみ（…）」) "
      "is a turn of 構成員 whose words are the members",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-turn-below", "assembler/minutes/front_steps.py",
      "if _CLOSE_NARRATED.search(sentence) is None or self.turn_below(i) or self.closing_said(sentence):",
      "if _CLOSE_NARRATED.search(sentence) is None or self.closing_said(sentence):",
      "a narrated close with a turn still below it ends the turns: the turn below is lost",
      ("tests/test_forms_fates18.py",)),
    B("fates18-closing-under-label-only", "assembler/minutes/front_steps.py",
      "if self.speaker is None or self.speaker is not self.header_speaker:", "if False:",
      "in a record that narrates each act (「会長が閉会を宣言した。」), the last act is lost from the chair's points",
      ("tests/test_forms_fates18.py", "tests/test_forms_prose.py")),
    B("fates18-closing-sentence-goes-on", "assembler/minutes/front_steps.py",
      'if cur is not None and cur.kind == "point" and not ends_sentence(self.tail()):', "if False:",
      "the chair's sentence broken at the page's width (「以上をもって本日の会議を」 / 「閉会した。」) loses its end "
      "to narrative",
      ("tests/test_forms_fates18.py",)),
    B("fates16-front-sitting-label", "assembler/minutes/front.py",
      'if not m and (cut := text.find("に職務のため")) > 0 or not m and (cut := text.find("に説明のため")) > 0:',
      'if False:',
      "「１．本会議に職務のため出席した者の職氏名」 is the agenda: the list below it is lost from the attendees "
      "and its line read as a turn",
      ("tests/test_forms_fates16.py",)),
    B("fates16-signer-kana-name", "assembler/minutes/furniture.py",
      "return bool(_SIGNER.match(bare)) or _KANA_NAME.search(text) is not None and bool(_SIGNER_KANA.match(bare))",
      "return bool(_SIGNER.match(bare))",
      "a signer whose name has kana (「委　員　大賀 りつ子」) ends the signature block: the lines below it "
      "are the chair's point or narrative",
      ("tests/test_forms_fates16.py",)),
    B("fates16-sign-heading", "assembler/minutes/furniture.py",
      " or len(text) <= 12 and _SIGN_HEADING.match(text):", ":",
      "「記名押印」 alone above the signers is the chair's last point in the draft",
      ("tests/test_forms_fates16.py",)),
    B("fates16-signer-name-line", "assembler/minutes/furniture.py",
      '                  or len(t) <= 16 and _KANA_NAME.search("\\u3000" + t) is not None  # 大賀 りつ子 under 委員\n', "",
      "a signer's name with kana on the line under the title (委員長 / 三 輪　ひ と み) ends the block: "
      "the names are the chair's point 三輪ひとみ委員堀江まゆみ",
      ("tests/test_forms_fates16.py",)),
    B("fates16-docx-style-link", "assembler/ingest/docx.py",
      "if aid in linked and not abstract.get(aid)", "if False and aid in linked",
      "a Word list whose levels a list style holds reads as bullets (・報告事項): the agenda's headings are "
      "the last speaker's points and the chair's greeting front matter",
      ("tests/test_forms_fates16.py",)),
    B("fates16-list-heading", "assembler/minutes/table_steps.py",
      "return bool(rest) and (self.list_turn(i, line, rest) or self.list_heading_step(i, line, rest))",
      "return bool(rest) and self.list_turn(i, line, rest)",
      "a heading Word numbered after a turn (１．認知症サポーター養成の進め方について) is the last speaker's point",
      ("tests/test_forms_fates16.py",)),
    B("fates16-heading-not-label-half", "assembler/minutes/stacked_steps.py",
      "return bool(body) and (_HEADING_OF.search(body) is not None or _SUMMARY_OF",
      "return bool(body) and (False or _SUMMARY_OF",
      "■会議の要旨 above 保険年金課長：… is read as one label: the draft cites 会議の要旨保険年金課長",
      ("tests/test_forms_fates16.py",)),
    B("fates16-heading-ends-attendees", "assembler/minutes/parser.py",
      "                              or RECORD_HEADING.search(SPACE_RUN.sub(\"\", stripped[at:]))):",
      "                              or False):",
      "■会議の要旨 under 出席者：委員９名、事務局４名 is read into the attendees (事務局４名■会議の要旨)",
      ("tests/test_forms_fates16.py",)),
    B("fates16-office-footer", "assembler/minutes/furniture.py",
      "contact = _OFFICE_FOOTER.match(block) is not None", "contact = False",
      "the footer （事務局：健康福祉部保険年金課　国保運営係） is a label: every 事務局 turn is cited as "
      "事務局：健康福祉部保険年金課国保運営係",
      ("tests/test_forms_fates16.py",)),
    B("fates16-adjourned-end", "assembler/minutes/closing_steps.py",
      "            return self.adjourned_step(i, line, stripped)\n", "            return False\n",
      "「散　会」 or 「閉会」 alone after the last turn (above the signature) is the chair's last point in the draft",
      ("tests/test_forms_fates16.py",)),
    B("fates16-greeting-heading", "assembler/minutes/closing_steps.py",
      '|(?:開会|閉会)の?(?:挨拶|あいさつ)"', '"',
      "the heading 「閉会のあいさつ」 between two turns is glued to the member's point above it",
      ("tests/test_forms_fates16.py",)),
    B("fates16-label-unclosed-bracket", "assembler/minutes/header_steps.py",
      "            if label[0] in OPEN and CLOSE[OPEN.index(label[0])] not in label:\n                continue",
      "            if False:\n                continue",
      "a footer whose bracket does not close on its line (（事務局：…係 / 担当 吉岡）) is read as the label "
      "（事務局, and every 事務局 turn cited so",
      ("tests/test_forms_fates16.py",)),
    # --- classify ------------------------------------------------------------------------------
    B("classify-exclusion-filter", "assembler/classify.py",
      "placed = {p.point: p for p in overrides.placements}",
      "placed = {p.point: p for p in overrides.placements if not p.excluded}",
      "a point the secretariat excluded in overrides.yaml is back in the draft",
      ("tests/test_classify.py", "tests/test_draft.py")),
    B("classify-manual-placement", "assembler/classify.py",
      "a = Assignment(point=a.point, section=p.section, sections=(p.section,) + rest,",
      "a = Assignment(point=a.point, section=a.section, sections=(p.section,) + rest,",
      "a point the secretariat placed by hand stays in the chapter the words chose",
      ("tests/test_classify.py", "tests/test_project.py")),
    B("classify-catch-all", "assembler/classify.py",
      "nesting, outline.catch_all.id,", "nesting, outline.sections[0].id,",
      "points with no evidence land in the first chapter instead of その他",
      ("tests/test_classify.py",)),
    B("classify-min-score", "assembler/classify.py",
      "min_score: float = 2.5", "min_score: float = 0.5",
      "one weak word is enough to place a point: fewer go to the catch-all and review",
      ("tests/test_classify.py",)),
    # --- dedup ---------------------------------------------------------------------------------
    B("dedup-threshold", "assembler/dedup.py",
      "DEFAULT_THRESHOLD = 80.0", "DEFAULT_THRESHOLD = 70.0",
      "same-topic but different opinions are merged into one entry by default",
      ("tests/test_dedup.py", "tests/test_review.py")),
    B("dedup-chaining-guard", "assembler/dedup.py",
      "FLAG_MARGIN = 15.0", "FLAG_MARGIN = 45.0",
      "a chain A~B~C with A and C unrelated is no longer flagged for review",
      ("tests/test_dedup.py", "tests/test_review.py")),
    B("dedup-never-merge", "assembler/dedup.py",
      "        if blocker is not None:\n", "        if blocker is not None and not blocker[2]:\n",
      "never_merge pairs in overrides.yaml are merged anyway",
      ("tests/test_dedup.py",)),
    B("dedup-stance-guard", "assembler/dedup.py",
      "opposed = _opposed_edges(points, nodes, edges) if stances else {}", "opposed = {}",
      "two members' opposite views in nearly the same words become one entry citing both",
      ("tests/test_stance.py",)),
    B("stance-fixed-endings", "assembler/stance.py",
      "        if category == \"fixed\":\n            break\n",
      "        if category == \"fixed\":\n            turned = not turned\n            break\n",
      "「…は欠かせない」 and 「…は必要である」 are kept apart as opposite views",
      ("tests/test_stance.py",)),
    B("stance-lined-up-clauses", "assembler/stance.py",
      "max(r[j] for r in ratio) > row[j] or ", "",
      "a repeat of one clause of a point is kept apart from it for another clause's negation",
      ("tests/test_stance.py",)),
    B("dedup-representative", "assembler/dedup.py",
      "        rep = members[0]\n", "        rep = members[-1]\n",
      "a merged entry shows the latest meeting's wording, and its group id changes at every meeting",
      ("tests/test_dedup.py", "tests/test_draft.py")),
    # --- draft ---------------------------------------------------------------------------------
    B("draft-excluded-representative", "assembler/draft.py",
      "    if rep not in members:\n        rep = members[0]\n", "",
      "an excluded (or procedural) representative's wording stands for its group in the body",
      ("tests/test_draft.py", "tests/test_project.py")),
    B("draft-placement-evidence", "assembler/draft.py",
      "matched = sorted((m for m in a.matched if m.section == a.section),",
      "matched = sorted((m for m in a.matched),",
      "the appendix names words of other chapters as why a point was placed",
      ("tests/test_draft.py", "tests/test_classify.py")),
    B("draft-citation-label-order", "assembler/draft.py",
      "return tuple(CitationPart(speaker=speaker, meetings=tuple(by_label),",
      "return tuple(CitationPart(speaker=speaker, meetings=tuple(sorted(by_label)),",
      "a citation lists the meetings in text order: 〔第１０回・第９回〕",
      ("tests/test_draft.py", "tests/test_render.py")),
    B("draft-citation-meeting-label", "assembler/draft.py",
      "        label = labels[p.meeting]\n", "        label = p.meeting\n",
      "a citation says 〔m02〕 instead of 〔第２回〕",
      ("tests/test_draft.py", "tests/test_build.py")),
    B("citation-label-separator", "templates/citation.j2",
      '{% set label = ("" if loop.first else "・")', '{% set label = ("" if loop.first else "、")',
      "a speaker's meetings are joined by 、 and read as other speakers: 〔第２回、第３回〕",
      ("tests/test_render.py", "tests/test_draft.py")),
    B("draft-new-entry", "assembler/draft.py",
      "new=rep.id in new_points and all(p.id in new_points for p in members),",
      "new=rep.id in new_points,",
      "an entry restating an earlier point is shown as wholly new (tracked) after a new meeting",
      ("tests/test_draft.py", "tests/test_render.py", "tests/test_project.py")),
    # --- render --------------------------------------------------------------------------------
    B("render-ins-marks", "assembler/render/ooxml.py",
      '            elif state == "ins" and self.revision:\n',
      '            elif state == "ins" and not self.revision:\n',
      "new points and citations of a rebuild are not tracked insertions (Word's 次へ finds nothing)",
      ("tests/test_render.py", "tests/test_project.py")),
    B("render-new-block-ins", "assembler/render/document.py",
      'state = "ins" if (new or b.new) else None', 'state = "ins" if new else None',
      "a wholly new entry's text is not marked as inserted, only its citation",
      ("tests/test_render.py", "tests/test_project.py")),
    B("widths-fit-cap", "assembler/render/widths.py",
      "FIT_CAP = 14.0", "FIT_CAP = 4.0",
      "ids, speakers and file names in the appendix are squeezed and break inside",
      ("tests/test_render.py",)),
    B("widths-cell-margin", "assembler/render/widths.py",
      "* em + pad for f in fitted]", "* em for f in fitted]",
      "fitted appendix columns forget the cells' margins: ids and names wrap onto a second line",
      ("tests/test_render.py", "tests/test_render_look.py::test_appendix_ids_names_and_file_names_are_never_broken"),
      slow=True),
    B("widths-fit-share", "assembler/render/widths.py",
      "FIT_SHARE = 0.6", "FIT_SHARE = 0.97",
      "long names, ids and file names together leave the text column a sliver of the page "
      "(real content is just below the share: the unit test of column_widths holds it)",
      ("tests/test_render.py",)),
    B("widths-shared-weights", "assembler/render/widths.py",
      "weights = sum(s for s, n in zip(shares, need) if n is None)",
      "weights = sum(s for s, n in zip(shares, need) if n is not None)",
      "the shared columns are sized by the fitted columns' shares: the 項目 column goes negative",
      ("tests/test_render.py",)),
    B("columns-text-share", "assembler/render/columns.py",
      'Column("text", "text", 0.42,', 'Column("text", "text", 0.12,',
      "the appendix's text column, what the table is read for, shrinks to a few characters a line",
      ("tests/test_render.py",)),
    B("widths-keep-previous", "assembler/render/document.py",
      "return tuple(None if f is None else max(f, fit_width(r[i] for r in rows))",
      "return tuple(None if f is None else f",
      "Reject All after a rebuild no longer gives back the previous appendix layout",
      ("tests/test_render.py", "tests/test_render_changes.py")),
    B("trace-speaker-column", "assembler/render/columns.py",
      'Column("speaker", "speaker", 0.07, lambda r: r.point.speaker.label, fit=True)',
      'Column("speaker", "speaker", 0.07, lambda r: r.point.speaker.name, fit=True)',
      "the appendix, CSV and XLSX drop the speaker's title (飯島委員 → 飯島)",
      ("tests/test_render.py", "tests/test_build.py")),
    B("trace-line-end", "assembler/render/columns.py",
      'Column("line_end", None, 0, lambda r: r.point.source.line_end, nested=True)',
      'Column("line_end", None, 0, lambda r: r.point.source.line_start, nested=True)',
      "the CSV and XLSX say a bullet ends on its first line: the trace to the minutes is wrong",
      ("tests/test_render.py", "tests/test_build.py")),
    # --- project, carry, transaction -----------------------------------------------------------
    B("carry-delete-group", "assembler/carry.py",
      "date=date) for pid in before.points]", "date=date) for pid in before.points[:1]]",
      "deleting a merged entry in Word excludes only its first point: the others come back",
      ("tests/test_project.py",)),
    B("carry-move", "assembler/carry.py",
      "        elif section != before.section:\n", "        elif False:\n",
      "a paragraph moved to another chapter in Word goes back at the next build",
      ("tests/test_project.py", "tests/test_cli.py")),
    B("carry-whitespace-reword", "assembler/carry.py",
      "def _same(a: str, b: str) -> bool:\n    return _key(a) == _key(b)",
      "def _same(a: str, b: str) -> bool:\n    return a == b",
      "a paragraph Word only re-spaced is recorded as the secretariat's rewording",
      ("tests/test_project.py", "tests/test_render_comments.py")),
    B("identity-build-stamp", "assembler/docx/identity.py",
      "return {PROJECT: identity.project, BUILD: identity.build}",
      "return {PROJECT: identity.project, BUILD: identity.project}",
      "an edited draft is read against the wrong build's manifest (or refused)",
      ("tests/test_project.py",)),
    B("transaction-no-backup", "assembler/transaction.py",
      '                _backup(target, self.dir / "old" / target.name)\n', "",
      "a failed build loses the previous draft instead of putting it back",
      ("tests/test_transaction.py",)),
    B("transaction-no-rollback", "assembler/transaction.py",
      "        if backup.exists():\n            os.replace(backup, target)\n",
      "        if backup.exists():\n            pass\n",
      "a build that fails half-way leaves some outputs new and some old",
      ("tests/test_transaction.py",)),
    B("transaction-no-fsync", "assembler/transaction.py",
      "        f.flush()\n        os.fsync(f.fileno())\n", "        f.flush()\n",
      "a power cut after a build can leave an empty draft.docx: new files are not flushed to disk",
      ("tests/test_transaction.py",)),
    B("transaction-shared-lock", "assembler/transaction.py",
      "fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)", "fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)",
      "two commands on one project at once are both let in",
      ("tests/test_transaction.py",)),
    # --- bodies named apart from their bullets (grouped16) ---------------------------------------
    B("bodies-trailing-label", "assembler/minutes/trailing.py",
      "        return body_speaker(name, roles)  # （北部医師会）: a body's point",
      "        return None  # （北部医師会）: a body's point",
      "・…前提である。（みなみ郡医師会）: the point stays the group's, the bracket left in its text",
      ("tests/test_forms_bodies.py",)),
    B("bodies-local-office-endings", "assembler/minutes/furniture.py",
      'r"|消防本部|消防署|警察署|保健所|', 'r"|消防本部|消防署|警察署|',
      "（西部保健所） names no one: the health centre's point goes to the group, the bracket left in its text",
      ("tests/test_forms_bodies.py",)),
    B("bodies-attendee-list-of-bodies", "assembler/minutes/group_steps.py",
      "                                       or body_speaker(t, self.roles) is not None for t in items)",
      "                                       for t in items)",
      "構成員：みなみ郡医師会、… is read as the 構成員's speech, not the attendee list: no body is a member",
      ("tests/test_forms_bodies.py",)),
    B("bodies-attendee-one-body", "assembler/minutes/group_steps.py",
      "            return self.body_or_office(items[0])", "            return False",
      "オブザーバー：みなと海上保安部 and 事務局：市港湾振興課 become points of the オブザーバー and the 事務局",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-member", "assembler/minutes/roles.py",
      "        points = _listed_bodies(points, attendees, table)", "        points = list(points)",
      "a body the attendee list names among the 構成員 is cited as a guest (other), not a member",
      ("tests/test_forms_bodies.py",)),
    B("bodies-heading-over-heads", "assembler/minutes/closing_steps.py",
      "        if self.heads_below(i, line, stripped):\n            return True\n", "",
      "【質疑】 above the bodies' heads is back matter (front), not the agenda's heading",
      ("tests/test_forms_bodies.py", "tests/test_forms_survey.py")),
    B("bodies-exchange-sentence", "assembler/minutes/groups.py",
      'return group_speaker("", roles) if _EXCHANGE_SENTENCE.search(bare) else None', "return None",
      "…。質疑の概要は次のとおり。: the ○ below with no body named goes to the office that reported above",
      ("tests/test_forms_bodies.py",)),
    B("bodies-narrated-explanation", "assembler/minutes/trailing.py",
      'r"|(?:説明|報告|紹介)(?:を行っ|し|が行われ|がなされ)た)[。．]?$")', 'r")[。．]?$")',
      "事務局から…説明した。 counts as a point above the heads: each head is read after its bullets, one off",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-name", "assembler/minutes/trailing.py",
      'return Speaker(name, name, "", "other") if name in self.names else None', "return None",
      "＜ＪＡみなみ＞, （あおば公共職業安定所）: a body only the attendee list names heads nothing, names nothing",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-head", "assembler/minutes/header_steps.py",
      "if trail is not None and label in trail.listed else None", "if False else None",
      "＜ＪＡみなみ＞ and its bullets are back matter though the trailing reader knows the body",
      ("tests/test_forms_bodies.py",)),
    B("bodies-bracket-pair", "assembler/minutes/trailing.py",
      "pairs.issuperset(map(_pair, group))", "bool(inline)",
      "（）after the points makes 【】 heads in another section read after their bullets: each one off",
      ("tests/test_forms_bodies.py",)),
    B("bodies-number-space-heading", "assembler/minutes/trailing.py",
      " or _NUMBER_SPACE.match(text) is not None", "",
      "２　意見交換 divides no section: its heads are read after the bullets above them",
      ("tests/test_forms_bodies.py",)),
    B("bodies-member-bodies-label", "assembler/minutes/patterns.py",
      '"構成団体", "構成機関", "参加団体", "参加機関",', "",
      "構成団体：… is no attendee list: its bodies are guests",
      ("tests/test_forms_bodies.py",)),
    B("bodies-double-angle-labels", "assembler/minutes/trailing.py",
      '_CLOSERS = "）)】］]＞〕〉>》"', '_CLOSERS = "）)】］]＞〕〉>"',
      "《さくら介護サービス》 (named by the list only) heads nothing: it and its bullet become back matter",
      ("tests/test_forms_bodies.py",)),
    B("bodies-no-person-before-a-title", "assembler/minutes/trailing.py",
      "len(named[0][0].name) >= 5", "len(named[0][0].name) >= 99",
      "（あおば地区保護司会） is read as あおば地区保護 the 司会: the body's point goes to the secretariat",
      ("tests/test_forms_bodies.py",)),
    B("bodies-members-spaced-label", "assembler/minutes/front.py",
      "|随行者?|構成員|構成団体|構成機関)", "|随行者?)",
      "構成員 みどり市医師会、… (a space, no colon) is read as one attendee 構成員 みどり市医師会: its bodies are guests",
      ("tests/test_forms_bodies.py",)),
    B("bodies-body-then-person", "assembler/minutes/trailing.py",
      "    person = _body_person(body, roles)\n", "    person = None\n",
      "（西部看護協会 会長） is read as the 会長 of the meeting (chair), （…・川口） names no one",
      ("tests/test_forms_bodies.py",)),
    B("bodies-person-member-title", "assembler/minutes/trailing.py",
      '"member" if sp.role == "member" else org.role', "org.role",
      "（西部医師会　山田委員）: a 委員 who came for a body is cited as a guest (other), not a member",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-with-person", "assembler/minutes/roles.py",
      '    return org if bracket and sp.label.endswith("）") else ""', '    return ""',
      "（西部看護協会 会長）: the body the list names among the 構成員 is a guest when its 会長 speaks for it",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-then-person", "assembler/minutes/trailing.py",
      "    elif named is None and (body := _body_person(inner, roles, listed, i)) is not None:",
      "    elif False:",
      "【きた川土地改良区／理事長】 (a body only the list names, then its post) names no one: the point is the group's",
      ("tests/test_forms_bodies.py",)),
    B("bodies-listed-person-no-title", "assembler/minutes/trailing.py",
      'org = listed.speaker(m["org"], i) if roles.split(m["org"]) is None else None',
      'org = listed.speaker(m["org"], i)',
      "（松浦委員 入室）: a member the list names, then a stage word, is read as a label naming 松浦委員（入室）",
      ("tests/test_forms_bodies.py",)),
    B("bodies-series-head", "assembler/minutes/trailing.py",
      "    return _series(found, missed, stripped) if missed else found", "    return found",
      "＜ＪＡみどり＞ among heads of bodies (no list, no ending names it) is back matter with its bullet",
      ("tests/test_forms_bodies.py",)),
    B("bodies-series-not-a-topic", "assembler/minutes/trailing.py",
      " or TOPIC.search(inner) or _SERIES_NOT.search(inner)", "",
      "＜財源について＞, ＜全体を通して＞ among the bodies' heads become bodies that said the bullets below",
      ("tests/test_forms_bodies.py",)),
    B("bodies-series-kanji-topic", "assembler/minutes/trailing.py",
      "and (named[a.label[0]] >= 2 or not _KANJI_ONLY.match(a.label[1:-1]))", "",
      "【下水道】 below 【さくら県】 (one body's head in those brackets) becomes a body that said the bullet below",
      ("tests/test_forms3.py",)),
    # --- limits, messages, report --------------------------------------------------------------
    B("limits-lines-off-by-one", "assembler/limits.py",
      "    lim = getattr(current(), name)\n    if count > lim:",
      "    lim = getattr(current(), name)\n    if count >= lim:",
      "a file of exactly the allowed number of lines (or elements) is refused",
      ("tests/test_inputs.py",)),
    B("limits-file-size-off-by-one", "assembler/limits.py",
      "if st.st_size > current().bytes(limit):", "if st.st_size >= current().bytes(limit):",
      "a file of exactly the allowed size is refused",
      ("tests/test_inputs.py",)),
    B("limits-files-off-by-one", "assembler/limits.py",
      "if len(files) > lim.files:", "if len(files) >= lim.files:",
      "a run of exactly the allowed number of files is refused",
      ("tests/test_inputs.py",)),
    B("limits-points-off-by-one", "assembler/limits.py",
      "    lim = current().points\n    if count > lim:", "    lim = current().points\n    if count >= lim:",
      "a build of exactly the allowed number of points is refused",
      ("tests/test_inputs.py",)),
    B("i18n-catalog-lookup", "assembler/i18n.py",
      "localedir=str(LOCALEDIR), languages=[lang]", "localedir=str(LOCALEDIR.parent), languages=[lang]",
      "the Japanese catalog is not found: every message silently falls back to English",
      ("tests/test_i18n.py", "tests/test_cli.py")),
    B("i18n-default-japanese", "assembler/i18n.py",
      '            return code\n    return "ja"', '            return code\n    return "en"',
      "with no locale set (the secretariat's PC) messages come in English",
      ("tests/test_i18n.py", "tests/test_cli.py")),
    B("report-merged-count", "assembler/report.py",
      "merged = sum(len(g.points) - 1 for g in a.groups if len(g.points) > 1)",
      "merged = sum(1 for g in a.groups if len(g.points) > 1)",
      "build's summary says how many groups were merged, not how many points were merged away",
      ("tests/test_cli.py", "tests/test_build.py")),
    B("report-placed-count", "assembler/report.py",
      "placed = sum(1 for x in a.assignments if x.section)",
      "placed = sum(1 for x in a.assignments)",
      "classify's summary counts procedural points as placed",
      ("tests/test_cli.py", "tests/test_classify.py")),
    # --- interviews (interview16): ingest/interview.py ---------------------------------------------
    B("interview-dash-question", "assembler/ingest/interview.py",
      "             and _question(t)]", "             and False]",
      "a 広報誌's 教育長インタビュー with ―― questions and unlabelled answers is refused: no speaker found",
      ("tests/test_forms_interview.py",)),
    B("interview-dash-closed-label", "assembler/ingest/interview.py",
      'return m is not None and _CLOSED.match(m["said"]) is None and _KANA.search(text) is not None',
      'return m is not None and _KANA.search(text) is not None',
      "a 議事録 whose labels are framed by dashes (―北村委員―, ―　佐々木委員　―　…) is read as an interview: "
      "the members' words go to 聞き手 and 回答者",
      ("tests/test_forms_interview.py",)),
    B("interview-question-wrapped", "assembler/ingest/interview.py",
      "    while j + 1 < len(texts) and texts[j + 1].strip() and j + 1 not in skip \\\n",
      "    while False and j + 1 < len(texts) and texts[j + 1].strip() and j + 1 not in skip \\\n",
      "a question wrapped over two lines by pdftotext loses its second line to the answer, which opens mid-sentence",
      ("tests/test_forms_interview.py",)),
    B("interview-answer-after-furniture", "assembler/ingest/interview.py",
      "        while j < len(texts) and (not texts[j].strip() or j in skip):\n",
      "        while j < len(texts) and not texts[j].strip():\n",
      "a page break between a question and its answer makes the page number or the running head the answer's "
      "first line",
      ("tests/test_forms_interview.py",)),
    B("interview-answer-from-title", "assembler/ingest/interview.py",
      "    answerer = guest or (titled[0] if titled else None) or alone or (people[0] if people else None)",
      "    answerer = None  # noqa",
      "the person the title names (教育長に聞く　宮坂 冬美 教育長) is not the one who answers: every answer is 回答者's",
      ("tests/test_forms_interview.py",)),
    B("interview-unnamed-answerer", "assembler/ingest/interview.py",
      'Speaker("回答者", "", "回答者", "other"), tuple(people)', 'Speaker("回答者", "回答者", "", "other"), tuple(people)',
      "with no one named, 回答者 is taken for a person's name: review no longer says no name is in the minutes",
      ("tests/test_forms_interview.py",)),
    B("interview-bare-name-no-person", "assembler/ingest/interview.py",
      "        p = _person(seg, split, bare=False)\n", "        p = _person(seg, split)\n",
      "the magazine's name above the title (広報みどり) is taken for the person who answers, not the title's 議長",
      ("tests/test_forms_interview.py",)),
    B("interview-title-before-name", "assembler/ingest/interview.py",
      "        if not p.title and pending is not None:\n", "        if False:\n",
      "ひかり町　町長　長尾 和彦: the title before the name is lost, the mayor answers with no title, role other",
      ("tests/test_forms_interview.py",)),
    B("interview-surname-listed-once", "assembler/ingest/interview.py",
      "    names.update({label: _LEAST for label in names if label in above})",
      "    names.update({})",
      "a 鼎談's guest who speaks once (小西：…) is no turn: their words go on the guest above",
      ("tests/test_forms_interview.py",)),
    B("interview-moderator-chair", "assembler/ingest/interview.py",
      'moderator = _as(person, who, "司会", "chair")', 'moderator = _as(person, who, "司会", "secretariat")',
      "a dialogue's moderator (司会　企画課 村岡) is the secretariat, not the one who runs it",
      ("tests/test_forms_interview.py",)),
    B("interview-profile-front", "assembler/ingest/interview.py",
      "        elif i in profile:\n", "        elif False:\n",
      "the profile under the last answer (【プロフィール】 みやさか・ふゆみ …) is read as the interviewee's words",
      ("tests/test_forms_interview.py",)),
    B("interview-page-foot", "assembler/ingest/interview.py",
      "        elif i in feet:\n", "        elif False:\n",
      "pypdf's page foot and the next page's head (広報みずほ　２０２６年９月号　－３－) land inside the answer's text",
      ("tests/test_forms_interview.py",)),
    B("interview-age-no-title", "assembler/ingest/interview.py",
      '"" if _AGE.match(inside) else inside', "inside",
      "桑原 勝さん（６８）: the age in brackets is the title, the 農業委員会会長 before the name is lost",
      ("tests/test_forms_interview.py",)),
    B("interview-one-word-last", "assembler/ingest/interview.py",
      "        (out if _SPACED.search(seg) or _HONORIFIC.search(seg) or seg.endswith((\"）\", \")\")) else weak).append(p)",
      "        out.append(p)",
      "新任校長インタビュー: 新任 is taken for the person who answers, not the 石井 直子 named under it",
      ("tests/test_forms_interview.py",)),
    B("interview-head-title-unknown", "assembler/ingest/interview.py",
      'return Speaker(words, "", words, "other") if len(words) >= 3 and words[-1] == "長" else None',
      "return None",
      "消防本部　消防長　岩田 俊介: a head's title the role table lacks is read into the name (消防長岩田俊介)",
      ("tests/test_forms_interview.py",)),
    B("interview-surname-no-body", "assembler/ingest/interview.py",
      "        elif len(pieces[0]) >= 3 and pieces[0][-1] in _OFFICE_END:", "        elif pieces[0][-1] in _OFFICE_END:",
      "中村 徹（市長）: the surname ending in 村 is taken for a body and dropped — the mayor of a 対談 is no one",
      ("tests/test_forms_interview.py",)),
    B("interview-head-no-turn", "assembler/ingest/interview.py",
      "        if i < first and line.text.strip() and i not in profile:\n", "        if False:\n",
      "副市長　松井 恵 under the title is read as a header: the person's name becomes a point of theirs",
      ("tests/test_forms_interview.py",)),
    B("interview-dash-surname-label", "assembler/ingest/interview.py",
      '        if counts[m["who"]] >= _LEAST:\n', "        if False:\n",
      "松井　将来の… after a ーー question: the surname set before each answer stays in the answer's text",
      ("tests/test_forms_interview.py",)),
    B("interview-label-longest-beginning", "assembler/ingest/interview.py",
      "            if len(found) == 1:\n", "            if False:\n",
      "野口選手： in a 対談 whose list names 野口 拓海（プロサッカー選手）: no one of the list, the player of role "
      "other with no name",
      ("tests/test_forms_interview.py",)),
    B("interview-asker-named-in-label", "assembler/ingest/interview.py",
      '            return replace(self.asker, label=label, name=named, title="聞き手") if named else self.asker',
      "            return self.asker",
      "聞き手（広報委員 吉岡）：: the name in the asker's label is lost",
      ("tests/test_forms_interview.py",)),
    B("interview-said-heard", "assembler/ingest/interview.py",
      '"インタビュー|に聞く|にきく|に訊く|に聞きました|に聞いた|が語る|対談', '"インタビュー|に聞く|にきく|に訊く|対談',
      "まちの先輩に聞きました is no interview's title: its labels are read as a meeting's, the asker's lines glued on",
      ("tests/test_forms_interview.py",)),
    B("interview-ask-words", "assembler/ingest/interview.py",
      '"Ｑ", "Q", "問", "問い", "質問"', '"Ｑ", "Q", "問", "質問"',
      "問い：/答え：: 問い is read as a person's name, the interview as a meeting's",
      ("tests/test_forms_interview.py",)),
    B("interview-comma-in-brackets", "assembler/ingest/interview.py",
      "|[、，](?![^（(]*[）)])", "|[、，]",
      "佐野 健（ＵＩターン者、農業）: the comma inside the brackets parts the guest from the name, 佐野 is no one",
      ("tests/test_forms_interview.py",)),
    B("interview-asker-last-word", "assembler/ingest/interview.py",
      "    if len(pieces) >= 2 and _PERSON.match(pieces[-1]) and pieces[-1][-1] not in _OFFICE_END:\n",
      "    if False:\n",
      "聞き手：市民記者　大塚: the asker's name is 市民記者大塚",
      ("tests/test_forms_interview.py",)),
    B("interview-credit-last-line", "assembler/ingest/interview.py",
      "    return [last.strip(\" \\u3000\\t\")[1:-1]] if _CREDIT.match(last) else []",
      "    return []",
      "（市長　水野 大輔） under the last answer does not name the mayor: the answers are 市長's with no name",
      ("tests/test_forms_interview.py",)),
    B("interview-marks-need-a-head", "assembler/ingest/interview.py",
      '            and all(turns[i][0] in ("聞き手", "インタビュアー") for i in asked))',
      "            )",
      "a council's 議事要旨 with Ｑ/Ａ under 【質疑応答】 is read as an interview: the members' questions go to 聞き手",
      ("tests/test_forms_interview.py",)),
    # --- who answers in an interview (interview17): ingest/interview.py ---------------------------
    B("interview17-lead-asked", "assembler/ingest/interview.py",
      '        if (m := _ASKED.search(sentence.replace("\\n", ""))) is not None:\n', "        if False:\n",
      "the lead that says who was asked (この春就任した杉本教育長に話を伺った。) names no one: with a 校長 in the caption "
      "the answers are 教育長's with no name",
      ("tests/test_forms_interview17.py",)),
    B("interview17-profile-headless", "assembler/ingest/interview.py",
      "        m = _PROFILE.match(t) or _PROFILE_NAME.match(t)\n", "        m = _PROFILE.match(t)\n",
      "the profile with no heading under the last answer (杉浦　誠二（すぎうら・せいじ）　みずなみ市出身。…) is read as the "
      "interviewee's words",
      ("tests/test_forms_interview17.py",)),
    B("interview17-caption-front", "assembler/ingest/interview.py",
      "        | _captions(texts, first, turns)\n", "\n",
      "a photo's caption between answers (▲赤ちゃんの体重を量る森田さん, （写真）…と話す小林市長) is read as the answer's words",
      ("tests/test_forms_interview17.py",)),
    B("interview17-credit-block", "assembler/ingest/interview.py",
      " | _credit_block(texts, max(turns)) \\\n", " \\\n",
      "the credit under the article (聞き手・構成：広報係　上野, 取材・文＝広報係) is read as the interviewee's last words",
      ("tests/test_forms_interview17.py",)),
    B("interview17-heading-note", "assembler/ingest/interview.py",
      "        elif i in headings:\n", "        elif False:\n",
      "a 小見出し between the turns (■　不登校の子どもへの支援) is read as the interviewee's words",
      ("tests/test_forms_interview17.py",)),
    B("interview17-credit-joined", "assembler/ingest/interview.py",
      "    head = _credits_joined(head)\n", "\n",
      "pdftotext parted the credit at its wide space (聞き手・構成：広報係 / 上野): the asker is 広報係, not 上野",
      ("tests/test_forms_interview17.py",)),
    B("interview17-post-picks", "assembler/ingest/interview.py",
      "    if alone is not None and not _one(people):\n", "    if False:\n",
      "教育長に聞く with the lead's 杉本教育長 and the caption's 川口校長: the answers are 教育長's with no name, not 杉本's",
      ("tests/test_forms_interview17.py",)),
    B("interview17-two-people", "assembler/ingest/interview.py",
      "    if not people or not _one(people):\n", "    if not people:\n",
      "the lead's 岡田 亮さん and the caption's 村上 千尋さん: one of the two is taken for who answers, a guess",
      ("tests/test_forms_interview17.py",)),
    B("interview17-title-after-word", "assembler/ingest/interview.py",
      '            after = text[m.end():].strip(" \\u3000\\t:：")\n', '            after = ""\n',
      "インタビュー　消防署長: the post after the word is lost, the chief answers with no title",
      ("tests/test_forms_interview17.py",)),
    B("interview17-run-post-tail", "assembler/ingest/interview.py",
      "        tail = next((k for k in range(2, min(len(run) - 1, 4) + 1) if alone is not None\n",
      "        tail = None and next((k for k in range(2, min(len(run) - 1, 4) + 1) if alone is not None\n",
      "the caption's 石原署長 under インタビュー　消防署長 names no one: the answers are 消防署長's with no name",
      ("tests/test_forms_interview17.py",)),
    B("interview17-kana-given-name", "assembler/ingest/interview.py",
      '(?P<run>[一-龥々〆ヶ]{2,12}(?:[ぁ-ゖ]{1,4}(?=さん))?)', '(?P<run>[一-龥々〆ヶ]{2,12})',
      "the lead's 内田さやかさん (a given name in kana) names no one: the answers are 回答者's",
      ("tests/test_forms_interview17.py",)),
    B("interview17-unspaced-lead", "assembler/ingest/interview.py",
      '    return re.sub(rf"(?<=[一-龥々〆ヶ]){_SP}+(?=[一-龥々〆ヶ])", "", text.strip(" \\u3000\\t"))',
      '    return text.strip(" \\u3000\\t")',
      "the lead's 岡田 亮さん (written with a space) names no one: the caption's 村上 千尋さん is taken for who answers",
      ("tests/test_forms_interview17.py",)),
    B("interview17-lead-particle", "assembler/ingest/interview.py",
      "        seg = _PARTICLE.sub(\"\", seg)  # a lead's", "        seg = seg  # a lead's",
      "a 対談's lead 小池 市長と、…: the mayor is read as 小池市長と with no title, role other",
      ("tests/test_forms_interview17.py",)),
    B("interview17-post-of-name", "assembler/ingest/interview.py",
      "        if p is None and (m := _OF.match(seg)) is not None", "        if False and (m := _OF.match(seg)) is not None",
      "a 対談's lead 作家の青木 透さん: the guest is 青木 with no name or post",
      ("tests/test_forms_interview17.py",)),
    B("interview17-sentence-questions", "assembler/ingest/interview.py",
      "_labelled_turns(texts) or _sentence_turns(texts, joined)", "_labelled_turns(texts)",
      "インタビュー　西田 美和 さん whose questions were set in bold with no dash: the bold lost, the file is read as a "
      "front matter and a librarian's title, its answers front",
      ("tests/test_forms_interview17.py",)),
    B("interview17-invitation-asks-no-one", "assembler/ingest/interview.py",
      '_ASK_END = re.compile(r"(?:(?<!ませ)(?:ですか', '_ASK_END = re.compile(r"(?:(?:ですか',
      "an answer that ends by inviting (皆さんもぜひ使ってみませんか。) is read as a question: the page is refused",
      ("tests/test_forms_interview17.py",)),
    B("interview17-short-line-ends-paragraph", "assembler/ingest/interview.py",
      "        if t.rstrip()[-1:] in _END or len(t.strip()) < width * 0.6:\n",
      "        if t.rstrip()[-1:] in _END:\n",
      "pypdf's page with no blank lines: the first question is joined to the title's lines above it and lost with "
      "its answer to the front matter",
      ("tests/test_forms_interview17.py",)),
    B("interview17-answer-in-sentences", "assembler/ingest/interview.py",
      "k + 1 in asked or not _answers(texts, *paras[k + 1]):", "k + 1 in asked:",
      "a 座談会 whose labels pdftotext stacked above the speech (司会 / 山本) is read as 聞き手 and 回答者, the labels "
      "taken for answers",
      ("tests/test_forms_interview17.py",)),
    B("interview17-bullet-asks-no-one", "assembler/ingest/interview.py",
      "and words[0] not in _NOT_ASKED and _ASK_END", "and _ASK_END",
      "a council's notes under 市民インタビュー調査 (・調査の対象は何人ですか。 / （事務局）三百人です。) are read as an "
      "interview: the members' questions go to 聞き手",
      ("tests/test_forms_interview17.py",)),
    B("interview17-credit-says-interview", "assembler/ingest/interview.py",
      '    if _INTERVIEW.search(joined, 0, _HEAD_CHARS) is None and "聞き手" not in joined[-_TAIL_CHARS:]:',
      '    if _INTERVIEW.search(joined, 0, _HEAD_CHARS) is None:',
      "シリーズ「私の仕事」 with （聞き手・文　広報係） under the article: the page is refused, no speaker found",
      ("tests/test_forms_interview17.py",)),
    B("interview17-head-no-trailing-label", "assembler/minutes/parser.py",
      'elif i in self.trail_lines and line.cue not in ("above", "summary") and self.trail_step(',
      'elif i in self.trail_lines and line.cue != "summary" and self.trail_step(',
      "インタビュー　西田 美和 さん（市立図書館長） above the first question is read as a point of 市立図書館長 (named "
      "after it), the title a speech",
      ("tests/test_forms_interview17.py",)),
    B("interview17-lead-not-segments", "assembler/ingest/interview.py",
      "        if k not in asked:  # the lead", "        if True:  # the lead",
      "the lead 今回は、市立病院の院長、大塚 正樹さんに話を聞いた。 is read by the title's segments: the answers go to a "
      "person 市立 titled 病院の院長",
      ("tests/test_forms_interview17.py",)),
    B("interview17-many-listed-no-guess", "assembler/ingest/interview.py",
      "    answerer = alone if many else _answerer(guest, people, alone)",
      "    answerer = _answerer(guest, people, alone)",
      "a 座談会 listing three with unlabelled answers: every answer goes to the first listed (鈴木 花子), a guess",
      ("tests/test_forms_interview17.py",)),
    B("interview17-post-before-name", "assembler/ingest/interview.py",
      "            name, (title, role) = run, _post_before(text[:m.start()], split)",
      '            name, (title, role) = run, ("", "other")',
      "the lead's 市立病院の院長、大塚 正樹さん: the head of the hospital answers with no title, role other",
      ("tests/test_forms_interview17.py",)),
    B("interview17-post-person-noun", "assembler/ingest/interview.py",
      '    return (post, "other") if post[-1] in _PERSON_NOUN_END else ("", "other")',
      '    return (post, "other")',
      "the lead's 地元の田村 茂さん: the place 地元 is taken for his title",
      ("tests/test_forms_interview17.py",)),
    # --- hearings (hearings16) ---------------------------------------------------------------
    B("hearing-act-opens-back", "assembler/minutes/closing_steps.py",
      '        if stripped[0] in "（(" and _acted(inner):\n', "        if False:\n",
      "（証人宣誓） between turns opens back matter: the witness's oath and the chair's next words vanish, none unread",
      ("tests/test_forms_hearings.py",)),
    B("hearing-agency-government", "assembler/data/roles.yaml",
      "  処分庁: other\n", "  処分庁: government\n",
      "the agency whose decision is reviewed (処分庁（介護保険課長）) is cited as the council's executive, not a party",
      ("tests/test_forms_hearings.py",)),
    B("hearing-hai-no-opener", "assembler/minutes/forms.py",
      'SPEECH_OPENER = (r"(?:(?:はい|いいえ|では|でも)', 'SPEECH_OPENER = (r"(?:(?:はいはいはい)',
      "the witness's はい。 and counsel's では主尋問を… after the label go to the turn above, the label in its text",
      ("tests/test_forms_hearings.py",)),
    B("hearing-applicant-letter", "assembler/data/roles.yaml",
      "  申請団体: other\n", "",
      "●申請団体Ａ　… is no speaker: every applicant's presentation is the chair's words",
      ("tests/test_forms_hearings.py",)),
    B("hearing-agent-party-noun", "assembler/minutes/roles.py",
      "elif title in _AGENT_TITLES and name:", "elif False:",
      "処分者代理人 is read as a person named 処分者 who is a 代理人",
      ("tests/test_forms_hearings.py",)),
    B("stacked16-counts-agree", "assembler/minutes/stacked_steps.py",
      "        if not speech or ends_sentence(view[speech[-1]]) == tail:\n            return None\n",
      "        if not speech:\n            break\n",
      "three labels stacked over four lines (a speech wrapped) are paired in order anyway: the third label "
      "speaks the second speech's end, the fourth line goes to it too — words put in the wrong party's mouth, "
      "nothing unread",
      ("tests/test_forms_stacked16.py",)),
    B("stacked16-blank-below-labels", "assembler/minutes/stacked_steps.py",
      "            if after >= end or after == k or view[after - 1]:\n",
      "            if after >= end:\n",
      "○教育政策係長 / 大園健朗君 / それでは… (a title above the name, no blank line) is taken for a stack: "
      "the record's first turns reported unread",
      ("tests/test_forms_stacked16.py",)),
    B("pdforder20-wrapped-speech-joined", "assembler/minutes/stacked_steps.py",
      "            if ends_sentence(view[speech[-1]]) != tail:\n                break\n",
      "            break\n",
      "a stacked label's speech wrapped over two lines (…開会いたしま / す。) is cut at each line: the stack's counts "
      "differ and a record's every turn is unread",
      ("tests/test_forms_pdforder20.py",)),
    B("pdforder20-broken-stacked-label", "assembler/minutes/stacked_steps.py",
      "            if k + 1 < end and view[k + 1] and _broken_label(text, view[k + 1]) and (",
      "            if False and (",
      "a label broken over two lines in the stack (司会（事務局 / 宮下室長）) is read as a label 司会（事務局 and a line "
      "that ends the stack: the turns below go to the wrong speakers or unread",
      ("tests/test_forms_pdforder20.py",)),
    B("pdforder20-tail-among-labels", "assembler/minutes/stacked_steps.py",
      "            elif run and run[-1].tail is None and _wrapped_tail(text):\n",
      "            elif False:\n",
      "a speech's wrapped tail pdftotext set among the labels (小川構成員 / ります。 / 谷口構成員) ends the stack: "
      "ります。 a point no one said, the turns below unread or another's",
      ("tests/test_forms_pdforder20.py",)),
    B("pdforder20-between-stack-and-speeches", "assembler/minutes/stacked_steps.py",
      "    return (text[0] in OPEN and text[-1] in CLOSE and len(text) <= _TAIL_MAX\n",
      "    return False and (text[0] in OPEN and text[-1] in CLOSE and len(text) <= _TAIL_MAX\n",
      "the record's （以上） and the title's 議事録 pdftotext set under the stacked labels stop the stack: every turn "
      "of the page is read as the last label's, or none",
      ("tests/test_forms_pdforder20.py",)),
    B("pdforder20-roster-before-first-speaker", "assembler/minutes/stacked_steps.py",
      "        if not self.seen_speaker and not (speeches and all(_HIRAGANA.search(view[k]) for k in speeches)):\n",
      "        if False:\n",
      "a front matter's roster of names one a line (北川座長 / 南委員 / 東山委員) before the first turn is taken for a "
      "stack of labels: the record's turns unread, the file refused",
      ("tests/test_forms_fronts19.py",)),
    B("stacked16-ceremony-act", "assembler/minutes/header_steps.py",
      "        acted = self.roles.ceremony_speaker(raw or label)\n",
      "        acted = None\n",
      "◎開会あいさつ（実行委員長　田村） makes a person named 開会あいさつ: the opening address is cited as an act, "
      "not as 田村's",
      ("tests/test_forms_stacked16.py",)),
    B("stacked16-broken-inside-bracket", "assembler/minutes/header_steps.py",
      "        return bool(found and found[2] is None and unclosed(found[1].label) and self.broken_header_step(i, stripped))\n",
      "        return False\n",
      "◎来賓あいさつ（南部市長 / 大森） speaks as 来賓あいさつ（南部市長, the mayor's name 大森） the first words of "
      "the speech",
      ("tests/test_forms_stacked16.py",)),
    B("stacked16-post-then-person", "assembler/minutes/roles.py",
      'getattr(self.split(inner[:p]), "title", "")', "False",
      "南部市長大森, みさき町議会議長小池 (a label joined over pdftotext's break) name no person: the guest's address "
      "goes to no one by name",
      ("tests/test_forms_stacked16.py",)),
    B("stacked16-guest-other", "assembler/minutes/roles.py",
      '        if sp is not None and m["act"].startswith("来賓"):\n', "        if False:\n",
      "◎来賓祝辞（みさき町議会議長小池）: the guest, the town council's chair, is read as the ceremony's chair",
      ("tests/test_forms_stacked16.py",)),
    B("labels17-ocr-zero-wide-space", "assembler/minutes/ocr.py",
      'rf"(?P<words>{_K}(?:(?:\\u3000| {{1,3}})?{_K}){{0,14}})', 'rf"(?P<words>{_K}(?:[ ]?{_K}){{0,14}})',
      "0仁科　委員　… (an OCR's 0 for ○ before a name and a title apart by a wide space) is no label: the member's "
      "turn goes on the chair's above it",
      ("tests/test_forms_labels17.py",)),
    # heads17: headings that name an act and who does it, over a talk with no label (headed.py)
    B("heads17-act-heading", "assembler/minutes/header_steps.py",
      "        return (i in self.act_heads and self.act_heading_step(i, line, stripped)\n",
      "        return (False\n",
      "■開会あいさつ　市民協働課長　浜野 above the talk: the speaker is 開会あいさつ市民協働課長, or the talk is "
      "front matter or the speaker's above — the draft cites an act, or the wrong person",
      ("tests/test_forms_heads17.py",)),
    B("heads17-talk-below", "assembler/minutes/header_steps.py",
      "        if not self.talk_below(heading.end) or heading.end > i and self.speaks_below(heading.end):\n",
      "        if not True or heading.end > i and self.speaks_below(heading.end):\n",
      "a 次第's list (１．開会あいさつ　市民協働課長　浜野 / ２．報告　…) opens turns with no talk: the agenda is lost "
      "and the label below is taken for a heading's talk",
      ("tests/test_forms_heads17.py",)),
    B("heads17-defer-to-label", "assembler/minutes/header_steps.py",
      "        if found is not None and found[2] is None and (heading.act not in found[1].label or stripped[-1] in \"）)\"):\n",
      "        if False:\n",
      "２．会長あいさつ　　山田会長, 開会あいさつ（実行委員長　田村）: labels read before now read as a heading's "
      "person — the speaker's label a user knew changes under them",
      ("tests/test_forms_heads17.py", "tests/test_forms_stacked16.py", "tests/test_forms_labels16.py",
       "tests/test_forms2.py", "tests/test_forms8.py")),
    B("heads17-section-ends-talk", "assembler/minutes/header_steps.py",
      "        self.act_talk = None\n        return self.agenda_heading(i, line)\n",
      "        self.act_talk = None\n        return False\n",
      "■意見交換 under a talk is the talk's last point, and the labels after it the speaker's words above",
      ("tests/test_forms_heads17.py",)),
    B("heads17-timed-heading", "assembler/minutes/header_steps.py",
      "        timed = headed.timed(stripped)\n", "        timed = False\n",
      "グループワーク（約40分）, パネル討論（14:10～） after a labelled turn are that speaker's words",
      ("tests/test_forms_heads17.py",)),
    B("heads17-label-clock", "assembler/minutes/header_steps.py",
      "        if found is not None and not (timed and not clocked):\n",
      "        if found is not None and not timed:\n",
      "大河内教育長（10:02） alone above the speech is taken for a section's heading: the turn is nobody's",
      ("tests/test_forms_heads17.py",)),
    B("heads17-body-post-other", "assembler/minutes/headed.py",
      "    return sp.role if sp is not None and sp.title == post and not sp.name and not body else \"other\"\n",
      "    return sp.role if sp is not None and sp.title == post and not sp.name else \"other\"\n",
      "駅前通り商店会　会長　矢吹: a shopkeepers' association's head is cited as the meeting's chair",
      ("tests/test_forms_heads17.py",)),
    B("heads17-broken-heading", "assembler/minutes/headed.py",
      "            found[i] = Heading(m[\"act\"], sp, j)\n", "            pass\n",
      "●講評 / 子育て支援アドバイザー 今泉 (pdftotext broke the heading): the adviser's 講評 goes to the group's "
      "speaker above",
      ("tests/test_forms_heads17.py",)),
    B("heads17-who-no-mark", "assembler/minutes/headed.py",
      "    if not who or _WHEN.search(f\"（{who}）\") or _NOT_WHO.search(who) is not None:\n",
      "    if not who or _WHEN.search(f\"（{who}）\"):\n",
      "２．会長あいさつ / ○大森会長: the label below is read as who gives the greeting, labelled ○大森会長, role other",
      ("tests/test_forms_heads17.py",)),
    B("heads17-turn-mark", "assembler/minutes/headed.py",
      "_LEAD = (r\"(?:[■□◆◇●◎◉▼▽▲△★☆○◯〇]|", "_LEAD = (r\"(?:[■□◆◇●◎◉▼▽▲△★☆]|",
      "○報告　山田委員 above the speech makes a member named 報告山田: the report is cited as no one's known",
      ("tests/test_forms_heads17.py",)),
    B("heads17-name-and-title", "assembler/minutes/headed.py",
      "        if titled is not None and titled.name and titled.title:\n",
      "        if False:\n",
      "○報告　山田委員: the member is read as a post 山田委員 with no name, the member's turns not theirs",
      ("tests/test_forms_heads17.py",)),
    B("heads17-group-act", "assembler/minutes/roles.py",
      "                title = _group_acting(out) or out  # Ａグループ発表（小松さん）: the act is no part of the title\n",
      "                title = out\n",
      "Ａグループ発表（小松さん）: 小松's title is Ａグループ発表 — the draft cites the act as her post",
      ("tests/test_forms_heads17.py",)),
    B("heads17-untitled-talk", "assembler/minutes/headed.py",
      "    while rest and TOPIC.search(rest[0]) is not None:\n", "    while False:\n",
      "■事例発表２　高齢者の見守りについて　民生委員　杉本: the talk's title is read as the body 杉本 speaks for",
      ("tests/test_forms_heads17.py",)),
    B("heads17-wide-gap", "assembler/minutes/headed.py",
      "    who = _GAP.split(who.strip(\" \\u3000\"))[-1]", "    who = who.strip(\" \\u3000\")",
      "◆報告（１）　デマンド交通の実証結果　　企画課　主査　今井: the talk's title is read as a body, the label holds it",
      ("tests/test_forms_heads17.py",)),
    B("heads17-katakana-name", "assembler/minutes/headed.py",
      " or _KATAKANA_NAME.match(word) is not None)\n", ")\n",
      "講師：東山大学　教授　ジョンソン　ケイト　様: a person named in katakana is no one — the keynote goes to the "
      "speaker above or to no one",
      ("tests/test_forms_heads17.py",)),
    B("heads17-unit-staff", "assembler/minutes/headed.py",
      "    if body and body[-1].endswith(UNIT_HEAD):", "    if False:",
      "企画課　主査　今井: the town's own official is cited as an outsider (role other)",
      ("tests/test_forms_heads17.py",)),
    B("heads17-field-below", "assembler/minutes/header_steps.py",
      "        return found is not None and not (found[2] and \"。\" not in found[2]\n",
      "        return found is not None and not (False\n",
      "第１部　基調講演「…」 / 講師：東山大学　教授　ジョンソン　ケイト　様: the keynote is 講師's, the person's name its "
      "first words",
      ("tests/test_forms_heads17.py",)),
    B("heads17-two-leads", "assembler/minutes/headed.py",
      "(?:{_LEAD}{_SPACE}*){{1,2}}(?P<open>", "(?:{_LEAD}{_SPACE}*){{1}}(?P<open>",
      "■第１部　講演「…」 / 講演者：…: the lecture is the front matter's, no one's",
      ("tests/test_forms_heads17.py",)),
    B("heads17-programme-panel", "assembler/minutes/header_steps.py",
      "            enough = len(found) >= _PANEL_LINES and len(people) >= _PANEL_PEOPLE or self._panel_acts and (\n",
      "            enough = len(found) >= _PANEL_LINES and len(people) >= _PANEL_PEOPLE or False and (\n",
      "under ■意見交換 of a forum, 白石（高校生）　… is no label: the student's view is cited as the speaker's above",
      ("tests/test_forms_heads17.py",)),
    B("labels17-body-then-person", "assembler/minutes/header_steps.py",
      "            sp = self.post_then_person(m[0][m.start(\"title\"):m.end(\"close\")]) or sp\n", "",
      "事務局（中小企業相談所　村井）　… speaks as 中小企業相談所村井 (the body and the person one name), 事務局（課長　鈴木） "
      "as 課長鈴木: the person is not found in the draft's speakers",
      ("tests/test_forms_labels17.py",)),
    B("labels17-body-not-given-name", "assembler/minutes/title_first.py",
      "    return None if len(body) <= 3 and _KANJI.fullmatch(body) and surname(body, split, given) else name\n",
      "    return name\n",
      "委員（須藤　光男）　… (a full name spaced) speaks as 光男, the given name, the surname taken for a body",
      ("tests/test_forms_labels17.py",)),
    B("labels17-name-after-bracket", "assembler/minutes/header_steps.py",
      "        if (named := self.name_after_bracket(m, label)) is not None:\n            return named\n", "",
      "委員（学内）岩舘：… speaks as 学内 (the qualifier taken for the name), 岩舘： the first words of the point",
      ("tests/test_forms_labels17.py",)),
    B("labels17-display-names-read", "assembler/minutes/parser.py",
      "            or names.display(src.lines, roles, view)", "",
      "a Web meeting's transcript (鶴田健：…, 事務局_総務課 松永：…, Yuko Hatano（オブザーバー）：…): those turns glue onto the "
      "speaker above, ten turns one point",
      ("tests/test_forms_labels17.py",)),
    B("labels17-display-family-name", "assembler/minutes/names.py",
      '    family: str = m["full"] if m["gap"] else _family(whole, text)\n', '    family = whole\n',
      "宮坂恵（北辰大学）：… (a PDF's reader lost the space of 宮坂 恵) speaks as 宮坂恵: not the 宮坂 of the other records",
      ("tests/test_forms_labels17.py",)),
    B("labels17-display-device", "assembler/minutes/names.py",
      '            return Speaker(inner, inner, "", "other")  # iPad（杉浦）: the person at the device\n',
      '            return None\n',
      "iPad（杉浦）：… speaks as iPad (a title) or not at all: the person at the device is lost",
      ("tests/test_forms_labels17.py",)),
    B("labels17-display-title-name", "assembler/minutes/names.py",
      "    if any(not _nameable(whole[:k], roles) or not _nameable(whole[k:], roles) for k in range(2, len(whole) - 1)):\n",
      "    if False:\n",
      "委員長　藤森：… in a record with a Web meeting's names speaks as 委員長藤森 named 委員長, role other: the chair lost",
      ("tests/test_forms_labels17.py",)),
    B("labels17-surname-role-bracket", "assembler/minutes/names.py",
      "    at.update(unlisted)  # 塩谷（調査補助者・弁護士）： among listed people's names alone\n", "",
      "塩谷（調査補助者・弁護士）：… in a record of names alone (中西：…) is no label: the investigator's report goes to "
      "the chair",
      ("tests/test_forms_labels17.py",)),
    B("labels17-docx-colon-run", "assembler/ingest/docx.py",
      "    return first[:colon.end()] if colon is not None and first[colon.end():].strip() else label\n",
      "    return label\n",
      "学長 in bold, ： in a plain run, then the speech (Word): every point's text opens with a stray ：",
      ("tests/test_forms_labels17.py",)),
    # the lead, session 18: kept-back records' misses mended as concepts
    B("lead18-ocr-lone-zero-files-form", "assembler/minutes/ocr.py",
      "    return sum(1 for t in texts if form.match(t)) >= _LEAST\n", "    return False\n",
      "0矢吹　委員　… (one OCR 0 for ○ in a scanned record whose other labels read ○浜田　委員　…) is no label: "
      "the member's turn goes on the official's above it",
      ("tests/test_forms_lead18.py",)),
    B("lead18-transcript-fullwidth-clock-label", "assembler/ingest/transcript.py",
      'rf"^{_SP}*(?:{_CLOCK}{_SP}+|[\\[(（［]{_CLOCK}[\\])）］]{_SP}*){_WHO}',
      'rf"^{_SP}*(?:{_CLOCK}{_SP}+|[\\[(（]{_CLOCK}[\\])）]{_SP}+){_WHO}',
      "［00:01:30］まちづくり課長：… (a recognizer's transcript edited by hand) is no speaker's line: every turn after "
      "the first unmarked label is glued onto that speaker",
      ("tests/test_forms_lead18.py",)),
    B("lead18-transcript-clock-before-words", "assembler/ingest/transcript.py",
      "            elif (m := _CLOCK_LEAD.match(line.text)) is not None and line.text[m.end():].strip():\n",
      "            elif False:\n",
      "［00:02:15］あのー、… (a turn going on after its clock) keeps the clock inside the point's words",
      ("tests/test_forms_lead18.py",)),
    B("lead18-recorder-made-checked", "assembler/minutes/furniture.py",
      "記[\\s\\u3000]*録[\\s\\u3000]*者|(?:会議録|記録)?作成者?)", "記[\\s\\u3000]*録[\\s\\u3000]*者|(?:会議録|記録)作成者)",
      "作成：まちづくり課　岸　確認：寺田 (who made and checked the record) is the chair's last words",
      ("tests/test_forms_lead18.py",)),
    B("lead18-web-page-top-links", "assembler/minutes/furniture.py",
      "                 if len(t := line.text.strip()) <= 16 and _PAGE_TOP.fullmatch(_SPACES.sub(\"\", t)))\n",
      "                 if False)\n",
      "このページの先頭へ between a saved page's sections is the speaker's last words",
      ("tests/test_forms_lead18.py",)),
    B("lead18-web-page-footer", "assembler/minutes/furniture.py",
      "    if start is not None and all(len(t) <= _FOOTER_LINE for t in tail[start:]):\n",
      "    if False:\n",
      "a saved page's footer (the PDF reader's note, the page's contact, its survey) is the last speaker's words",
      ("tests/test_forms_lead18.py",)),
    B("lead18-pdf-two-columns", "assembler/ingest/pdf.py",
      "        found = _in_columns(found, page.width)\n", "        pass\n",
      "a PDF whose proceedings run in two columns: the two columns' lines on one baseline are joined, "
      "every turn a mix of both",
      ("tests/test_forms_lead18.py",)),
    B("lead18-pdf-columns-not-a-table", "assembler/ingest/pdf.py",
      "    if statistics.median(_right_edge(r) - r.x0 for r in left) < 0.7 * (gutter - margin):\n",
      "    if False:\n",
      "a borderless speaker | speech table (会長 | …) read as two columns of text: every label parted from its words",
      ("tests/test_forms_doubts4.py", "tests/test_forms_gaps.py")),
    # --- front-matter lists in the shapes Word files give them (fronts19) ------------------------------
    B("fronts19-trailing-headed-entry", "assembler/minutes/trailing.py",
      " or headed_listing(bare, people=True)\n", "\n",
      "構成員：北川　健（みなと大学大学院教授）【座長】 (a list's head and its first entry on one line, the seat after "
      "it) is a point of 座長: the record read as naming speakers after their points, the lists below turns",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-glyph-entry", "assembler/minutes/front_steps.py",
      "    return text[m.end():] if m is not None else text\n", "    return text\n",
      "事務局: / \\uf0b7 都市交通課長　村田　一郎 (a Word list's item in its PDF) is a turn of 事務局 whose words are a "
      "post and a name",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-listed-below-head", "assembler/minutes/parser.py",
      "            elif not self.seen_speaker and self.listed_below_head(i, stripped[at:]):\n",
      "            elif False:\n",
      "構成員: / ・北川　健（…） (a Word list's items under a head) is an item of the agenda, no entry of the front",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-last-entry", "assembler/minutes/front_steps.py",
      "(self.entry_below(i) or self.last_entry(i, label))", "self.entry_below(i)",
      "the list's last member named alone (東山委員, 高野委員 under 欠席) right above the first turn is a label",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-named-member-listed", "assembler/minutes/front.py",
      " and not _NAMED_MEMBER.match(bare):", ":",
      "【Web】　上野委員 (a list's head and one member named by surname and seat) is no entry: the member above it "
      "says it",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-last-entry-next-head", "assembler/minutes/front_steps.py",
      "            return self.entry_below(below)  # the next list's head alone",
      "            return False  # the next list's head alone",
      "上野委員 over 事務局 (the next list's head alone, its entries under it) is a turn whose words are the list below",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-entry-broken-in-bracket", "assembler/minutes/front_steps.py",
      " or self.entry_broken(i, rest)) or (", ") or (",
      "委員：谷口 誠（…）、浜辺 由紀（ひまわりツーリズムネ / ットワーク 理事）… (a list broken at the width inside a "
      "bracket) is a turn of 委員 whose words are the list",
      ("tests/test_forms_fronts19.py",)),
    B("fronts19-trailing-continued-list", "assembler/minutes/trailing.py",
      "                                         or continued_listing(bare))))", "                                         )))",
      "ークみなと 代表）、…、西野 まどか（民 / 生委員） (the line going on a broken list, a post in brackets after it) is "
      "a point of 民生委員 whose words are the list",
      ("tests/test_forms_fronts19.py",)),
    B("lead18-entry-no-sentence-glue", "assembler/minutes/front.py",
      "    if _SENTENCE_GLUE.search(bare):\n", "    if False:\n",
      "◯議長（…君）　ただいまから…組合議会定例 (a 議会's first turn broken at the width on a body's word) is "
      "an entry of the attendance lists: the chair's opening lost",
      ("tests/test_forms_lead18.py",)),
    B("lead18-wrapped-item-heading", "assembler/minutes/closing_steps.py",
      '                or stripped[0] in _ITEM_START and "。" not in stripped and self.wrapped_item_step(i, line, stripped))',
      "                or False)",
      "日程第２　議案第７号　…図書館条 / 例施行規則の一部改正について (an item's heading broken at the column's width) "
      "is the speaker's words above it",
      ("tests/test_forms_lead18.py",)),
    # the lead, session 19: turns numbered as a list's items (header_steps.listed_turn)
    B("lead19-numbered-turn-header", "assembler/minutes/header_steps.py",
      "        if text[0] in NUMBER_START and (listed := self.listed_turn(text)) is not None:\n",
      "        if False:\n",
      "１．事務局（企画課）：資料１に基づき… (Word's numbered list before each label) is no turn: the speech goes on "
      "the speaker above, or the record is refused (no speaker)",
      ("tests/test_forms_lead19.py",)),
    B("lead19-numbered-turn-no-agenda", "assembler/minutes/front_steps.py",
      "        if self.listed_turn(stripped) is not None:\n            return False  #",
      "        if False:\n            return False  #",
      "１．会長：ただいまから… before the first speaker is an item of the agenda: the chair's opening is lost",
      ("tests/test_forms_lead19.py",)),
    B("lead19-numbered-turn-needs-speech", "assembler/minutes/header_steps.py",
      '        if colon < 1 or "。" not in body[colon:] and len(body) - colon < 20:\n',
      '        if colon < 1:\n',
      "５．座長：西村委員 (numbered front matter: who chairs) is a turn of 座長",
      ("tests/test_forms_lead19.py",)),
    B("lead19-table-section-row", "assembler/ingest/docx.py",
      '    if any(len(r.findall(_W + "tc")) != width and not _section_row(r, width) for r in rows):\n',
      '    if any(len(r.findall(_W + "tc")) != width for r in rows):\n',
      "a speaker table with a row merged across it (２　議事（１）…について) is no speaker table: times, 事業者 and the "
      "heading row read one a line, each remark the speaker's above",
      ("tests/test_forms_lead19.py",)),
    B("lead19-cell-body-person-gap", "assembler/ingest/docx.py",
      '        two = len(words) == 2 and min(len(w) for w in words) >= 2\n',
      '        two = False\n',
      "事業者 / （北陵風力開発　坂口） in a speaker cell names 北陵風力開発坂口, not 坂口",
      ("tests/test_forms_lead19.py",)),
    B("lead19-circle-head-not-a-label", "assembler/minutes/closing_steps.py",
      "        if self.header(stripped) is not None:\n            return False  # ○委員長（北野）",
      "        if False:\n            return False  # ○委員長（北野）",
      "○委員長（北野） alone above 事務局から、…説明をお願いします。 is a ○ heading over a report: the chair's speech unread",
      ("tests/test_forms_lead19.py",)),
    # wrappers18: a producer's layer around every line taken off (ingest/wrapped.py)
    B("wrappers18-margin-numbers", "assembler/ingest/wrapped.py",
      "    if _numbered_start(lines):\n", "    if False:\n",
      "a 速記録 with a column of line numbers: every wrapped line's number stays in the point "
      "(…つい11  てご報告), the first turn is read into the record's name",
      ("tests/test_forms_wrappers18.py",)),
    # --- local assemblies' records (assembly18): seat labels --------------------------------------------
    B("assembly18-seat-surname-bracketed", "assembler/minutes/roles.py",
      '        if sp.role == "member" and (seated := _SEAT_PERSON.fullmatch(label[: len(label) - len(sp.title)])):\n',
      '        if False:\n',
      "３番（小室）委員 … (a seat, the surname, 委員) names nobody: its speech glues onto the turn above (議長（会長）)",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-seat-surname-split", "assembler/minutes/roles.py",
      '                if name[-1:] in ")）" and (seated := _SEAT_PERSON.fullmatch(name)) is not None and role == "member":\n',
      '                if False:\n',
      "a seat label split by the role table alone (RoleTable.split of ３番（小室）委員) names the member ３番（小室）, not 小室",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-seat-label-glued", "assembler/minutes/header_steps.py",
      "        return (self.title_person(text) or self.seat_person(text) or self.item_then_presenter(text)\n",
      "        return (self.title_person(text) or self.item_then_presenter(text)\n",
      "３番（小室）委員３番小室です。 (a LibreOffice PDF: the label fills its tab stop) and ７番（桑田）委員長期の… go to the "
      "speaker above",
      ("tests/test_forms_assembly18.py",)),
    B("wrappers18-mail-quote", "assembler/ingest/wrapped.py",
      "        found = mail_quote(lines)\n", "        pass\n",
      "an e-mail forwarding the minutes quoted with > : the whole mail one front matter and one point "
      "(＞○堀委員), or refused",
      ("tests/test_forms_wrappers18.py",)),
    B("wrappers18-mail-comment-note", "assembler/ingest/wrapped.py",
      'cue = "field" if k < first or k > last else "note"', 'cue = "field" if k < first or k > last else None',
      "【佐藤】ここは「検討する」では？ (the forwarder's comment left unquoted inside the quote) is read as "
      "the speaker's words",
      ("tests/test_forms_wrappers18.py",)),
    B("wrappers18-mail-quoted-header", "assembler/ingest/wrapped.py",
      "                if head and _MAIL_HEAD.match(t):\n", "                if False:\n",
      "a forward's From:/Sent:/Subject: quoted at the quote's top are read as the record's front matter "
      "(Subject: 議事録 its name)",
      ("tests/test_forms_wrappers18.py",)),
    # --- local assemblies' records (assembly18): cells split one piece a line (splitcells.py) ------------
    B("assembly18-split-labels-joined", "assembler/minutes/splitcells.py",
      "    _labels(texts, out, cells)\n", "",
      "○議長（今泉 / 茂樹君） (default pdftotext parts a label at its name's U+3000): the turns go to whoever comes "
      "next (聡君 of the roll, 書記)",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-split-roll-joined", "assembler/minutes/splitcells.py",
      "    _rolls(texts, roles, out, cells)\n", "",
      "出席議員 / １番 / 早瀬 / 聡君 one piece a line: 聡君 and 書記 take the floor before the first label",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-closing-piece-known-name", "assembler/minutes/splitcells.py",
      '    named = [o for o, m in open_ if given in known.get(m["surname"], ())]\n', "    named = []\n",
      "議会運営委員長（織田 / ○議長（今泉 / 茂樹君）: 茂樹君） closes 織田's label (the roll's 今泉 茂樹 not used)",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-closing-pieces-one-way", "assembler/minutes/splitcells.py",
      "    if len(fits) != 1:\n        return False\n", "    return False\n",
      "seven labels in a row, 誠君） twice and ゆかり君）: nothing tells them apart, the 広域連合議会's turns unread",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-blocks-as-many-as-labels", "assembler/minutes/splitcells.py",
      '    if len(blocks) != len(opens) or any(m["rest"] for _o, m in opens):\n', "    if False:\n",
      "two labels in a row and three blocks of speech: the speech is guessed (cited to the wrong speaker), not unread",
      ("tests/test_forms_assembly18.py",)),
    B("assembly18-roll-needs-seats-or-kun", "assembler/minutes/splitcells.py",
      ' and kinds & {"seat", "kun", "item"}:\n', ":\n",
      "出席委員 / 山田 / 佐藤 / 鈴木 (a member list one name a line, no seat, no 君) joined into one entry 山田　佐藤　鈴木",
      ("tests/test_forms_assembly18.py",)),
    B("wrappers18-markdown", "assembler/ingest/wrapped.py",
      "        found = markdown(lines)\n", "        pass\n",
      "a Markdown note (**事務局**：…, - **杉浦委員**: …, # heads): one point ## TODO- [ ] … under 事務局, or refused",
      ("tests/test_forms_wrappers18.py",)),
    B("wrappers18-markdown-label-bullet", "assembler/ingest/wrapped.py",
      '            t = rest if rest.startswith(("**", "__")) else m.group(1) + "・" + rest\n',
      '            t = m.group(1) + "・" + rest\n',
      "- **杉浦委員長**: … (a bullet before a bold label) is a bullet of the turn above, not the member's turn",
      ("tests/test_forms_wrappers18.py",)),
    B("wrappers18-markdown-tasks", "assembler/ingest/wrapped.py",
      't, cue = m.group(1) + "・" + t[m.end():], "summary"', 't, cue = m.group(1) + "・" + t[m.end():], None',
      "- [ ] 電子書籍の利用統計を次回提示（事務局） (a note's task list) is read as the chair's and the "
      "secretariat's words",
      ("tests/test_forms_wrappers18.py",)),
    B("wrappers18-task-no-trailing-label", "assembler/minutes/parser.py",
      'line.cue not in ("above", "summary") and self.trail_step', 'line.cue != "above" and self.trail_step',
      "・…を次回提示（事務局） (a task: who is to do it) is read as the secretariat's point, a label after it",
      ("tests/test_forms_wrappers18.py",)),
    # --- a 議会's agenda and rolls before the first turn (agenda19) -------------------------------------
    B("agenda19-question-kind-no-label", "assembler/minutes/roles.py",
      '    return label.endswith("質問") and _QUESTION_KIND.fullmatch(label) is not None\n', "    return False\n",
      "日程第１ / 一般質問 (an agenda's item, one piece a line) is a label, name 一般 and title 質問: the agenda "
      "and the rolls under it its turn",
      ("tests/test_forms_agenda19.py",)),
    B("agenda19-roll-blanks-kept", "assembler/minutes/splitcells.py",
      "    _front_blanks(texts, cells)\n", "    None\n",
      "the blank lines between a roll's cells (default pdftotext) end its list: 修 君, 建設課長, 書記 take the "
      "floor over the pieces below, the chair's first label alone under 事務局長 is read as its words",
      ("tests/test_forms_agenda19.py",)),
    B("agenda19-roll-entries-apart", "assembler/minutes/splitcells.py",
      '    if any("。" in texts[k] or _ENTRIES_APART.search(texts[k]) for k in region):\n',
      '    if any("。" in texts[k] for k in region):\n',
      "a -layout record of entries apart on a line loses its blank lines and with them the reader of its two "
      "text columns: their lines run into each other",
      ("tests/test_forms_agenda19.py",)),
    B("agenda19-spaced-heading", "assembler/minutes/splitcells.py",
      '    compact = _GAPS.sub("", text)\n', "    compact = text\n",
      "議 事 日 程（第２号）, 出 席 議 員（２名） (headings spaced out) head no roll: 修君 after a blank is a label",
      ("tests/test_forms_agenda19.py",)),
    B("pdftables19-counts-agree", "assembler/ingest/numbercells.py",
      "        self.paired = bool(self.rows) and len(self.rows) + len(self.directions) == len(numbers) == len(self.cells) + len(\n            self.directions)",
      "        self.paired = bool(self.rows)",
      "plain pdftotext's numbered table paired when its cells do not come to its rows: one cell missing shifts every "
      "speaker after it by a row (whose words are whose guessed)",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-same-run", "assembler/ingest/numbercells.py",
      "    return all(texts[j] for j in range(above + 1, k))", "    return True",
      "a post at a run's end takes the next piece wherever it stands (会長 / … / 会議録, a front piece): the 会長's "
      "turn labelled with the front matter's word, the stray name read as the cell's",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-held-name", "assembler/ingest/numbercells.py",
      "        return self.named(cells, strays), strays", "        return cells, strays",
      "a post alone at a page's foot (会長) is not given the one name its other cells hold (大須賀 稔 atop the next "
      "page): the turn 会長 with no name, the name unread",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-loose-width", "assembler/ingest/numbercells.py",
      "        if len(rows) + len(directions) != rows_wanted:", "        if False:",
      "a row ending one character short of the column (それでは、…お願いします。) is never its end: two rows' words "
      "one, the counts differ and a 17-turn table is unread",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-direction", "assembler/ingest/numbercells.py",
      "                directions.append(k)  # under words that ended a sentence, whatever their line's length\n"
      "                ended = True\n                continue",
      "                pass",
      "a stage direction between rows (（異議なし）: the row with no speaker's cell) read as a row's words: the rows "
      "and the cells no longer agree",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-wrapped-post", "assembler/ingest/numbercells.py",
      "_NAME_LONGEST = 4", "_NAME_LONGEST = 8",
      "a post wrapped in its cell (公園緑地課計 / 画係長) read as a name with no post: the cell cut in two",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-no-row-opens", "assembler/ingest/numbercells.py",
      "                continue  # a piece no row opens with (閉会）: a closing time split in two)", "                pass",
      "a piece no row opens with (閉会）, the closing time's second half) read as a row of words: the counts differ",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-gate", "assembler/ingest/numbercells.py",
      "    return not NUMBER_HEADS.isdisjoint(map(str.strip, map(attrgetter(\"text\"), lines)))", "    return False",
      "plain pdftotext's numbered table not read: its cells a list of names, its words nobody's (0 of 17 turns)",
      ("tests/test_forms_pdftables19.py",)),
    # roles19: a label's name and title told by what the words are (roles.py, roles.yaml)
    B("roles19-office-words-run-on", "assembler/data/roles.yaml",
      "  - 水環境\n", "",
      "事務局（水環境課長）: name 水, title 環境課長 (the unit's words cut by the ministry's prefix 環境)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-office-before-prefix", "assembler/minutes/roles.py",
      "                if whole is not None:\n", "                if False:\n",
      "水環境課長: the prefix 環境 cut first, name 水 (the office's words read after the prefixes)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-two-character-surname", "assembler/minutes/roles.py",
      "    if start in (1, 3) and _KANJI.match(stem[:start])", "    if False and _KANJI.match(stem[:start])",
      "清水環境課長: name 清, title 水環境課長 (where the words of offices overlap, a surname of one character)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-unit-words-no-name", "assembler/minutes/roles.py",
      '            name, title = "", label  # 消防|団長', '            pass  # 消防|団長',
      "消防団長, 地域交通対策監 (an unknown title after a unit's words): name 消防, 地域交通",
      ("tests/test_forms_roles19.py",)),
    B("roles19-group-voice", "assembler/minutes/roles.py",
      "        if voice is not None and len(label) > len(voice):\n",
      "        if False:\n",
      "地権者代表, 利用者代表: name 地権, 利用 and title 者代表 (the label cut at three characters)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-party-noun", "assembler/minutes/roles.py",
      "        if name[-1:] in _PARTY_END or self.office_word.match(name) is not None:\n",
      "        if False:\n",
      "地権者代表, 処分者代理人: the group or the party spoken for read as a surname (地権者, 処分者)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-party-title", "assembler/minutes/roles.py",
      "        held = self._split(name)\n        if held is not None:\n",
      "        held = self._split(name)\n        if False:\n",
      "田中監事代表: name 田中監事, title 代表 (a title of the table before the voice read as the surname's)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-voice-no-surname", "assembler/minutes/title_first.py",
      "            and word not in GROUP_VOICES and not proceedings(word))",
      "            and not proceedings(word))",
      "請願者 / 代表 in a table's speaker cell: name 代表, title 請願者 (label 代表請願者)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-shusa-listed-staff", "assembler/minutes/roles.py",
      '        officials.update((label, ("secretariat", why)) for label, why in graded_staff(points, attendees).items())\n',
      "        pass\n",
      "○主査 listed under 事務局 (同課　主査　大川) checks the papers and reports: read as the 部会's chair",
      ("tests/test_forms_roles19.py",)),
    B("roles19-shusa-members-list", "assembler/minutes/roles.py",
      "        if staff and not member:\n", "        if staff:\n",
      "委員：林主査 and 事務局：…主査　堤: the working group's presiding 主査 read as the secretariat's",
      ("tests/test_forms_roles19.py",)),
    B("roles19-shusa-label-evidence", "assembler/minutes/roles.py",
      "        if not staff and not member:\n            staff = next(", "        if False:\n            staff = next(",
      "○主査 beside 事務局（主査） with no list: read as the chair",
      ("tests/test_forms_roles19.py",)),
    B("roles19-markdown-bold-label", "assembler/ingest/wrapped.py",
      '                cue = "mdlabel"  # __3班長__', '                pass  # __3班長__',
      "__3班長__：… in a Markdown note: no label (a number first), the words go on the turn above",
      ("tests/test_forms_roles19.py", "tests/test_forms_wrappers18.py")),
    B("roles19-markdown-label-after-turns", "assembler/minutes/table_steps.py",
      "        if not self.seen_speaker:\n            return False\n        label, colon, rest = stripped.partition",
      "        label, colon, rest = stripped.partition",
      "- __会場__: 集会所 (a field of a note's front) read as a speaker 会場 (an audience's title) before the turns",
      ("tests/test_forms_wrappers18.py", "tests/test_forms_roles19.py")),
    B("roles19-folder-markdown-note", "assembler/ingest/__init__.py",
      "    return labelled_note(text)\n", "    return False\n",
      "a folder of minutes given to parse/build: its Markdown notes (.md) skipped, named as not read",
      ("tests/test_forms_roles19.py",)),
    B("roles19-folder-readme", "assembler/ingest/__init__.py",
      "    return labelled_note(text)\n", "    return True\n",
      "a folder's README.md read as minutes (refused: no speaker, the folder's parse fails)",
      ("tests/test_forms_roles19.py",)),
    B("roles19-voice-after-a-title", "assembler/minutes/roles.py",
      "        if label.endswith(GROUP_VOICES) and self._voice_of_title(label):", "        if False:",
      "傍聴人代表 (who speaks for those a title names, the title's word 傍聴 no name's): no speaker, its words the turn above's",
      ("tests/test_forms_roles19.py",)),
    B("roles19-grade-held-by-one", "assembler/minutes/roles.py",
      '    return title.endswith("長") or "代理" in title or title in GRADE_TITLES', '    return title.endswith("長") or "代理" in title',
      "○主査 under 事務局：…同課　主査　大川 (the only 主査 listed): unnamed, cited as 主査",
      ("tests/test_forms_roles19.py",)),
    B("roles19-nature-office-words", "assembler/data/roles.yaml",
      "  - 森林\n", "",
      "森林保全課長, 森林整備課長: name 森林, title 保全課長 (a word of offices read as a surname)",
      ("tests/test_forms_roles19.py", "tests/test_forms_lead19.py")),
    B("roles20-unit-in-brackets", "assembler/minutes/roles.py",
      "        if unit_word(inner) and not _office(out):", "        if False:",
      "事務局（企画課）, 説明員（林業振興センター）: the unit read as the speaker's name (name 企画課), no post",
      ("tests/test_forms_roles20.py",)),
    B("roles20-spaced-full-name", "assembler/minutes/title_first.py",
      "    given = len(body) <= 2\n", "    given = False\n",
      "会長（乙部　和彦）, 委員（磯部 亮子）: the surname ending in 部 read as a body, the given name the person (name 和彦)",
      ("tests/test_forms_roles20.py",)),
    B("roles20-front-row-above-heading", "assembler/minutes/front_steps.py",
      'lines[below[1]].cue in ("speaker", "label", "head")', 'lines[below[1]].cue in ("speaker", "label")',
      "a front table's last row 事務局 | 企画課長　水野、企画課主査　北村 above the speaker table: a turn of 企画課長 no one "
      "said, no attendee group 事務局",
      ("tests/test_forms_roles20.py",)),
    B("roles20-roll-splits-glued", "assembler/minutes/posts.py",
      "            if post in pieces and _names_person(name, pieces, post, table):", "            if False:",
      "森下水道課長 under the roll's 森　一郎（下水道課長）, 藤森林政課長 under 林政課長　藤森　健: split by the vocabulary of "
      "offices (森下 | 水道課長, 藤 | 森林政課長), not where the record splits them",
      ("tests/test_forms_roles20.py",)),
    B("roles20-post-alone-splits", "assembler/minutes/posts.py",
      "        if (post in alone and len(post) > len(sp.title)", "        if (False and post in alone",
      "石田園整備課長 with 田園整備課長 alone in the roll: 石田園 | 整備課長, the record's post ignored",
      ("tests/test_forms_roles20.py",)),
    B("roles20-one-post-one-holder", "assembler/minutes/posts.py",
      "                and table.split(post) is not None and not held.get(post, set()) - {name}):",
      "                and table.split(post) is not None):",
      "清水環境課長 beside 北村水環境課長 and 水環境課長 listed alone: a second 水環境課長 (清 | 水環境課長)",
      ("tests/test_forms_roles20.py",)),
    B("roles20-roll-names-bracket", "assembler/minutes/posts.py",
      "    for pieces in members:\n", "    for pieces in ():\n",
      "委員（長谷部　修一） with the member 長谷部　修一 listed: name 修一, the surname read as a unit",
      ("tests/test_forms_roles20.py",)),
    B("roles20-group-word-alone", "assembler/minutes/front.py",
      'r"(?:[\\s\\u3000]+(?P<value>\\S.*))?$")', 'r"[\\s\\u3000]+(?P<value>\\S.*)$")',
      "事務局 alone on its line in the attendee list glued to the name above (滝本委員事務局), its people in the "
      "group above",
      ("tests/test_forms_roles20.py", "tests/test_forms_lead19.py")),
    B("agenda19-word-agenda-table", "assembler/ingest/docx.py",
      "    if not labels or _agenda_items(labels):\n", "    if not labels:\n",
      "第１ | 会議録署名議員の指名, 日程第１ | 議席の指定 (a 議会's 議事日程 as a Word table) is a speaker table: "
      "第１, 日程第４ … take the floor over the agenda and the rolls",
      ("tests/test_forms_agenda19.py",)),
    B("pdftables19-answered-heading", "assembler/ingest/qatext.py",
      "        return _answered(text) if any(w in text for w in _ANSWER_WORDS) else None", "        return None",
      "a heading row 発言者 | 発言要旨 | 事務局の回答・対応 in pypdf's or -layout's text is no table: pypdf's refused (no "
      "speaker), -layout's answers read as the members' words",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-answer-turn", "assembler/ingest/qatext.py",
      "                self.answer(c, cell)  # 事務局の回答・対応: the turn of the one the heading names\n                continue",
      "                pass",
      "in -layout's text the answer column's cells are furniture: the secretariat's answers lost",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-name-under-post", "assembler/ingest/qatext.py",
      "            return True  # a speaker's cell's name under its post (委員 / （小松 亜紀）, 委員 / 真壁 智美)",
      "            pass",
      "in -layout's text the name under the post (（小松 亜紀）) opens a row of its own: the post the speaker, the "
      "name another beside the remark's second line",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-one-way", "assembler/ingest/qatext.py",
      "        if len(inside) + len(short) == 1:", "        if len(inside) + len(short) >= 1:",
      "in pypdf's text a row whose words part in two ways is parted at the first: the remark cut short, the rest "
      "given to the secretariat (a guess)",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-no-answer", "assembler/ingest/qatext.py",
      "                if answer in NO_ANSWER:", "                if False:",
      "in pypdf's text ― (no answer) is read as the secretariat's turn",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-bracket-wrapped", "assembler/ingest/qatext.py",
      '                    "".join(texts[n] for n in pieces[1:])):', "                    texts[j]):",
      "in pypdf's text a bracketed name wrapped in a narrow cell (座長 / （香川　隆 / 之）) is no cell: the rows "
      "never open, the record refused",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-bracket-under-post", "assembler/ingest/qatext.py",
      "_OPEN_CELL.match(piece) and CELL_LABEL_END.search(cell))):", "False)):",
      "in -layout's text a bracket opening under the post beside no words (委員 / （相馬 文 / 子）) ends the table: "
      "the turns after it read as they stand, the name glued to the words",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-item-head", "assembler/ingest/heads.py",
      'TOPIC_HEAD = re.compile(r"(?:事項|項目|件名|題目|表題|案件)$")', 'TOPIC_HEAD = re.compile(r"(?:事項|項目|件名|題目|表題)$")',
      "a landscape table 案件 | 発言者 | 発言内容 in pypdf's and -layout's text is no 3-column table: the items' cells and "
      "the posts read as speakers, every turn wrong",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables19-closing-over", "assembler/ingest/qatext.py",
      "            len(_PIECE_RUN.findall(text)) == 1 or bool(WHOLE_BRACKET.match(text.strip())))  # （午前１０時４０分   閉会）",
      "            len(_PIECE_RUN.findall(text)) == 1)",
      "-layout's closing time after a 3-column table, its words spread apart (（午前１０時４０分   閉会）), read into the "
      "table: 閉会） the last speaker's first word",
      ("tests/test_forms_pdftables19.py",)),
    B("pdftables20-pdf-answered-heading", "assembler/ingest/pdf.py",
      "        asks = answered_columns(words)\n", "        asks = None\n",
      "a .pdf's table 発言者 | 発言要旨 | 事務局の回答・対応 is no table: each row's cells read as one line, the member's "
      "remark and the secretariat's answer one turn of nobody's",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pdf-post-over-name", "assembler/ingest/pdf.py",
      '                lines.append(Line(cell_label(texts), len(lines) + 1, page, "speaker"))',
      '                lines.append(Line("".join(texts), len(lines) + 1, page, "speaker"))',
      "a .pdf's speaker cell 委員 / 真壁　智美 read as one word 委員真壁　智美: no member, no surname",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pdf-number-field", "assembler/ingest/pdf.py",
      "            if k in table.numbers:\n", "            if False:\n",
      "a .pdf's No. column in a table of answers read as words: each row's number glued to the answer above (…利用しました。4)",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pdf-row-over-page", "assembler/ingest/pdf.py",
      "(self.table.answerers or self.table.names) and row is not self.end:",
      "self.table.answerers and row is not self.end:",
      "a .pdf's row of a table of answers broken by the page: its first part given at the page's foot, the heading "
      "repeated and the rest (宮路　光太郎 / でお示し…) read as turns of their own",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pypdf-cell-goes-on", "assembler/ingest/qatext.py",
      "        return self.cell_goes_on(k)\n",
      "        return None\n",
      "pypdf's row broken by the page after its words (建設課 町道と…。 / page 2 / 課長補佐 / 沖田): the post alone a "
      "turn of 建設課, the cell's rest atop the next page the next row's words",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pypdf-short-remark", "assembler/ingest/qatext.py",
      '            numbered and said.endswith(_ENDS) or said.endswith("。")):  # 了解しました。: a short remark',
      "            numbered and said.endswith(_ENDS)):",
      "pypdf's cell over a remark of one short sentence (委員 / （丹羽　健吾） / 了解しました。) is no cell: the member's "
      "words go on the turn above, his name a stage direction",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pypdf-row-number", "assembler/ingest/qatext.py",
      "            if min(self.asks.names) > 0 and (number := _ROW_NUMBER.match(texts[k])) is not None:",
      "            if False and (number := _ROW_NUMBER.match(texts[k])) is not None:",
      "pypdf's No. | 発言者 | 発言要旨 | 事務局の考え方: the row's number before the post (1 会長) makes the cell no cell — "
      "every row unread, the record refused",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pypdf-glued-row", "assembler/ingest/qatext.py",
      "            if cell is None and (after := self.glued(texts, k)) is not None:",
      "            if False:",
      "pypdf's row broken by the page, its first line's cells on one baseline (8 会長 本日の…委員会 承知いたしました。 / "
      "page 2 / 宮路　光太郎 でお示し…): the chair's last remark and the answer unread",
      ("tests/test_forms_pdftables20.py",)),
    B("pdftables20-pypdf-glued-row-end", "assembler/ingest/qatext.py",
      " and (self.cell(texts, j) or self.broken(texts, j)):", " and self.cell(texts, j):",
      "pypdf's row above a row broken by the page runs on into it: both rows' words part in no one way, both unread",
      ("tests/test_forms_pdftables20.py",)),
)

# --- running ----------------------------------------------------------------------------------

#: Points an editable install's import hook at the copy, in every child Python: the hook maps
#: the subpackages assembler.templates and assembler.outlines (the checkout's templates/ and
#: sections/) to the checkout the venv was installed from, which would test the templates
#: there instead of the copy's. That checkout is the one the hook maps ``assembler`` to — not
#: always this one: run from a git worktree with the main checkout's venv, it is the main one.
_SITECUSTOMIZE = """\
import os, sys
for finder in sys.meta_path:
    module = sys.modules.get(getattr(finder, "__module__", ""))
    mapping = getattr(module, "MAPPING", None)
    if isinstance(mapping, dict) and "assembler" in mapping:
        root = os.path.dirname(mapping["assembler"].rstrip(os.sep)) or {root!r}
        for table in (mapping, getattr(module, "NAMESPACES", {{}})):
            for key, value in table.items():
                table[key] = ([v.replace(root, {copy!r}, 1) for v in value]
                              if isinstance(value, list) else value.replace(root, {copy!r}, 1))
"""
_PROBE = ("import assembler, assembler.resources as r; from importlib.resources import files; "
          "print(assembler.__file__); print(r.packaged('templates')); print(r.packaged('outlines')); "
          "print(files('assembler.templates'))")


def python() -> str:
    """The project's venv Python (this one when there is no .venv)."""
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True)
    return [f for f in out.stdout.decode("utf-8").split("\0") if f]


def make_copy(where: Path) -> Path:
    """The tracked files as they are on disk (uncommitted changes included) under ``where``."""
    copy = where / "repo"
    for name in tracked_files():
        src = ROOT / name
        if not src.exists():
            continue  # deleted in the working tree
        dst = copy / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst, follow_symlinks=False)
    site = where / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        _SITECUSTOMIZE.format(root=str(ROOT), copy=str(copy)), encoding="utf-8")
    return copy


def environment(copy: Path, site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = os.pathsep.join([str(copy), str(site)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def check_imports(copy: Path, env: dict[str, str]) -> list[str]:
    """Problems with where the package and its data are imported from (none: all from the copy)."""
    out = subprocess.run([python(), "-c", _PROBE], cwd=copy, env=env, capture_output=True, text=True)
    if out.returncode:
        return [f"cannot import assembler from the copy: {out.stderr.strip()}"]
    return [f"{line} is not in the copy {copy}" for line in out.stdout.split()
            if not Path(line).resolve().is_relative_to(copy.resolve())]


def check_table(breaks: tuple[Break, ...], root: Path) -> list[str]:
    """Rows whose text is not found exactly once (the code moved on: mend the row)."""
    problems = []
    ids = [b.id for b in breaks]
    problems += [f"{i}: the id is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for b in breaks:
        path = root / b.file
        if not path.exists():
            problems.append(f"{b.id}: no file {b.file}")
            continue
        n = path.read_text(encoding="utf-8").count(b.old)
        if n != 1:
            problems.append(f"{b.id}: the text to break is found {n} times in {b.file}, not once")
        if b.old == b.new:
            problems.append(f"{b.id}: the new text is the old one")
    return problems


@dataclass
class Result:
    id: str
    outcome: str  # caught | SURVIVED | error
    detail: str
    cpu: float


_FIRST_FAILURE = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.M)


def run_tests(tests: tuple[str, ...], *, slow: bool, copy: Path, env: dict[str, str],
              timeout: float) -> tuple[int | None, str]:
    """pytest's exit status (None: timed out) and its output."""
    args = [python(), "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-rfE",
            "--no-header", "-W", "ignore::pytest.PytestUnknownMarkWarning"]
    if not slow:
        args += ["-m", "not slow"]
    try:
        out = subprocess.run(args + list(tests), cwd=copy, env=env, capture_output=True, text=True,
                             timeout=timeout)
    except subprocess.TimeoutExpired as e:
        text = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return None, text
    return out.returncode, out.stdout + out.stderr


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def try_break(b: Break, copy: Path, env: dict[str, str], timeout: float) -> Result:
    path = copy / b.file
    original = path.read_text(encoding="utf-8")
    if original.count(b.old) != 1:
        return Result(b.id, "error", "the text to break is not found exactly once in the copy", 0.0)
    start = children_cpu()
    path.write_text(original.replace(b.old, b.new, 1), encoding="utf-8")
    try:
        code, output = run_tests(b.tests, slow=b.slow, copy=copy, env=env, timeout=timeout)
    finally:
        path.write_text(original, encoding="utf-8")
    cpu = children_cpu() - start
    if code is None:
        return Result(b.id, "caught", f"timed out after {timeout:g} s", cpu)
    if code == 0:
        return Result(b.id, "SURVIVED", "", cpu)
    if code == 1:
        m = _FIRST_FAILURE.search(output)
        return Result(b.id, "caught", m.group(1) if m else "a test failed", cpu)
    if code == 2:  # interrupted: a collection error (the break does not even import)
        m = _FIRST_FAILURE.search(output)
        return Result(b.id, "caught", f"collection error {m.group(1) if m else ''}".strip(), cpu)
    tail = output.strip().splitlines()[-1:] or [""]
    return Result(b.id, "error", f"pytest exit {code}: {tail[0]}", cpu)


def baseline(breaks: tuple[Break, ...], copy: Path, env: dict[str, str], timeout: float) -> str | None:
    """Run every named test once without a break: they must pass (else a failure is no catch)."""
    for slow in (False, True):
        tests = tuple(dict.fromkeys(t for b in breaks if b.slow == slow for t in b.tests))
        if not tests:
            continue
        code, output = run_tests(tests, slow=slow, copy=copy, env=env, timeout=timeout * 4)
        if code != 0:
            m = _FIRST_FAILURE.search(output)
            return (f"the named tests do not pass without a break (pytest exit {code}; "
                    f"{m.group(1) if m else output.strip().splitlines()[-1:]})")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="run only these breaks")
    parser.add_argument("--list", action="store_true", help="print the table and stop")
    parser.add_argument("--keep", action="store_true", help="keep the copy")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run without a break")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per break (default 600)")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    args = parser.parse_args(argv)

    known = {b.id for b in BREAKS}
    unknown = [i for i in args.ids if i not in known]
    if unknown:
        print(f"no break {', '.join(unknown)}; see --list", file=sys.stderr)
        return 2
    breaks = tuple(b for b in BREAKS if not args.ids or b.id in args.ids)
    if args.list:
        for b in breaks:
            print(f"{b.id:32} {b.file}\n    {b.why}\n    tests: {' '.join(b.tests)}"
                  + ("  (slow)" if b.slow else ""))
        print(f"{len(breaks)} breaks")
        return 0
    problems = check_table(breaks, ROOT)
    if problems:
        print("the table does not fit the code:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="mutations-"))
    try:
        copy = make_copy(tmp)
        env = environment(copy, tmp / "site")
        wrong = check_imports(copy, env)
        if wrong:
            print("the tests would not run on the copy:\n  " + "\n  ".join(wrong), file=sys.stderr)
            return 2
        print(f"{len(breaks)} breaks on a copy in {copy}")
        if not args.no_baseline:
            start = children_cpu()
            failed = baseline(breaks, copy, env, args.timeout)
            if failed:
                print(failed, file=sys.stderr)
                return 2
            print(f"baseline: the named tests pass without a break ({children_cpu() - start:.0f} CPU-s)")
        results = []
        began = time.monotonic()
        for b in breaks:
            r = try_break(b, copy, env, args.timeout)
            results.append(r)
            print(f"{r.outcome:8} {b.id:32} {r.cpu:5.1f} CPU-s  {r.detail}", flush=True)
        survived = [r for r in results if r.outcome == "SURVIVED"]
        errors = [r for r in results if r.outcome == "error"]
        total = sum(r.cpu for r in results)
        print(f"\n{len(results) - len(survived) - len(errors)}/{len(results)} caught, "
              f"{len(survived)} survived, {len(errors)} errors; {total:.0f} CPU-s, "
              f"{time.monotonic() - began:.0f} s wall")
        for r in survived:
            b = next(x for x in BREAKS if x.id == r.id)
            print(f"  SURVIVED {b.id} ({b.file}): {b.why}")
        if args.json:
            args.json.write_text(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1),
                                 encoding="utf-8")
        return 2 if errors else (1 if survived else 0)
    finally:
        if args.keep:
            print(f"copy kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

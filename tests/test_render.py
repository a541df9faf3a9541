"""Render stage: Draft -> .docx (reopened and checked) and the trace exports."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.errors import ConfigError, InputError, RenderError
from assembler.model import (AttendeeGroup, Chapter, CitationPart, Draft, Entry, Meeting, Point,
                             Section, SourceSpan, Speaker, TraceRow)
from assembler.render import check_docx_safe, dump_docx, render_docx, write_trace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOLDEN = Path(__file__).parent / "golden" / "render_sample.txt"
AUTHOR, REVISED = "事務局", "2020-06-01"

MEETINGS = (
    Meeting("m02", "インフラ海外展開懇談会", 2, "2020-05-12", "16:00–17:00", "オンライン",
            (AttendeeGroup("構成員", ("飯島", "小林")),), "minutes/第2回.txt"),
    Meeting("m03", "インフラ海外展開懇談会", 3, "2020-06-01", None, None, (), "minutes/第3回.pdf",
            kind="議事録"),
)
SPEAKERS = {"飯島": Speaker("飯島委員", "飯島", "委員", "member"),
            "小林": Speaker("小林委員", "小林", "委員", "member"),
            "座長": Speaker("座長", "", "座長", "chair")}
# (point id, meeting, speaker, text, line_start, line_end, section id, placement, group)
POINTS = (
    ("m02_aaaaa1", "m02", "飯島", "デジタル技術を活用した案件形成を加速すべき。", 12, 13, "s1", "自動: DX(3.0)", "g1"),
    ("m03_aaaaa2", "m03", "飯島", "デジタル技術による案件形成の加速が重要。", 40, 41, "s1", "自動: DX(2.0)", "g1"),
    ("m03_bbbbb1", "m03", "小林", "案件形成にデジタル技術を使うべき。", 52, 52, "s1", "自動: DX(2.0)", "g1"),
    ("m02_ccccc1", "m02", "小林", "人材育成の仕組みを官民で整えることが必要。", 20, 22, "s2a", "手動", "g2"),
    ("m03_ddddd1", "m03", "飯島", "質の高いインフラの理念を相手国と共有すべき。", 60, 61, "s2b", "自動: 質の高い(1.5)", "g3"),
    ("m02_eeeee1", "m02", "座長", "本日の議事は以上。", 30, 30, None, "手続的発言", "g4"),
)
SECTIONS = {
    "s1": Section("s1", "デジタル技術の活用", 1, intro="デジタル技術の活用について、次の意見があった。"),
    "s2": Section("s2", "人材と理念", 2),
    "s2a": Section("s2a", "人材の育成", 1, parent="s2"),
    "s2b": Section("s2b", "質の高いインフラ", 2, parent="s2"),
    "s3": Section("s3", "その他", 3, catch_all=True),
}


def sample_draft(revision_date: str | None = REVISED) -> Draft:
    """Three chapters (one empty, one with two subsections), a merged entry citing three
    points, a new entry, a new citation part and meeting, a PDF source with a page."""
    meetings = {m.id: m for m in MEETINGS}
    rows = []
    for pid, mid, spk, text, a, b, sec, placement, group in POINTS:
        page = 3 if mid == "m03" else None
        point = Point(pid, mid, SPEAKERS[spk], "procedural" if spk == "座長" else "opinion", text,
                      SourceSpan(meetings[mid].source, a, b, page))
        rows.append(TraceRow(point, meetings[mid], sec, SECTIONS[sec].title if sec else "",
                             placement, group, pid in ("m02_aaaaa1", "m02_ccccc1", "m03_ddddd1")))
    merged = Entry("m02_aaaaa1", POINTS[0][3], ("m02_aaaaa1", "m03_aaaaa2", "m03_bbbbb1"),
                   (CitationPart("飯島委員", ("第２回", "第３回"), new_meetings=("第３回",)),
                    CitationPart("小林委員", ("第３回",), new_meetings=("第３回",))), "g1",
                   after=("（事務局注）関連施策は別紙参照。",))
    people = Entry("m02_ccccc1", POINTS[3][3], ("m02_ccccc1",),
                   (CitationPart("小林委員", ("第２回",)),), "g2")
    quality = Entry("m03_ddddd1", POINTS[4][3], ("m03_ddddd1",),
                    (CitationPart("飯島委員", ("第３回",), new_meetings=("第３回",)),), "g3", new=True)
    chapters = (
        Chapter(SECTIONS["s1"], SECTIONS["s1"].intro, (merged,)),
        Chapter(SECTIONS["s2"], None, (), (Chapter(SECTIONS["s2a"], None, (people,)),
                                           Chapter(SECTIONS["s2b"], None, (quality,)))),
        Chapter(SECTIONS["s3"], None, ()),
    )
    return Draft("「インフラ海外展開に関する新戦略」骨子（事務局たたき台）", "2020-06-01", AUTHOR,
                 MEETINGS, chapters, tuple(rows),
                 changes=("第３回の意見を反映した。", "「質の高いインフラ」の項を追加した。"),
                 revision_date=revision_date)

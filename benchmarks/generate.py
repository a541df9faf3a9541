"""Make multi-meeting minutes from the real seed, with the truth of which points repeat.

Two modes, both deterministic for a given ``seed``:

- ``generate(out_dir, meetings=3, seed=0)`` writes the minutes of sessions 3, 4, … in the
  seed's own format (title with 第n回, 日時；令和…, attendee block, ``（飯島委員）`` headers,
  bullets starting with U+F09E, lines wrapped at 40 characters and double-spaced), so they
  parse with ``assembler.minutes``. In them members repeat earlier points with realistic
  edits (``EDITS``) next to genuinely different points on the same topics: sentences of
  two different bullets stitched together, or one sentence with its key nouns swapped.
  ``truth.json`` (and the returned ``Truth``) says which generated bullet repeats which
  seed bullet; a bullet is named by (file, speaker label, index among that speaker's
  points in that file) and carries its text.
- ``generate_points(n, seed=0)`` returns ``n`` synthetic opinion points for the scale
  benchmark: unique texts recombined from the seed's words, about 15% of them planted
  re-wordings of another point (``planted`` holds those pairs).

    python benchmarks/generate.py OUT_DIR [--meetings 3] [--seed 0]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from assembler import minutes
from assembler.model import Point, SourceSpan, Speaker

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "minutes" / "infra-council-02.txt"
BULLET = "\uf09e"
WIDTH = 40
# A new point may reuse a sentence of an earlier bullet only if it is this small a part of it.
MINOR = 0.45

# --- edits a member makes when repeating a point -----------------------------------------

_ENDINGS = [("必要である", "必要"), ("重要である", "重要"), ("していただきたい", "することが求められる"),
            ("をお願いしたい", "が求められる"), ("が期待される", "を期待したい"),
            ("と考える", "と考えられる"), ("ことが必要", "べき"), ("ではないか", "と考える")]
_PARTICLES = [("には", "では"), ("への", "に対する"), ("における", "での"),
              ("を含む", "を含めた"), ("や", "及び"), ("に向けた", "のための")]
_INSERTS = ["特に", "改めて", "やはり", "今後、", "非常に", "一層"]
_DROPS = ["更に", "非常に", "特に", "しっかり", "一層", "改めて", "また、", "例えば、", "具体的には、",
          "さらに", "いわゆる"]
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_HALF = str.maketrans("０１２３４５６７８９", "0123456789")
_SENTENCE_END = re.compile(r"(?<=[。．])")
# Topic nouns of the seed: swapping them makes a different point on a neighbouring topic.
NOUNS = ["DX", "KPI", "O&M", "ODA", "人材育成", "スマートシティ", "MaaS", "都市OS", "サプライチェーン",
         "遠隔医療", "再生可能エネルギー", "円借款", "海外投融資", "国際標準", "デジタル技術",
         "現地企業", "途上国", "官民", "SDGs", "データ", "インフラ", "新型コロナウイルス", "ODA案件",
         "プラットフォーム", "ファイナンス", "エコシステム", "安全保障", "民間企業", "日本企業"]


def sentences(text: str) -> list[str]:
    """A bullet's sentences (each keeps its 。)."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _swap_pair(text: str, pairs, rng: random.Random) -> str | None:
    found = [(a, b) for a, b in pairs if a in text] + [(b, a) for a, b in pairs if b in text]
    if not found:
        return None
    old, new = rng.choice(found)
    spots = [m.start() for m in re.finditer(re.escape(old), text)]
    at = rng.choice(spots)
    return text[:at] + new + text[at + len(old):]


def edit_ending(text: str, rng: random.Random) -> str | None:
    """「必要である。」/「必要。」, 「～していただきたい」/「～することが求められる」…"""
    return _swap_pair(text, [(a + e, b + e) for a, b in _ENDINGS for e in "。、"], rng)


def edit_particle(text: str, rng: random.Random) -> str | None:
    """A particle or connective changed (には/では, への/に対する…)."""
    return _swap_pair(text, _PARTICLES, rng)


def edit_reorder(text: str, rng: random.Random) -> str | None:
    """Two adjacent clauses of a sentence swapped, or two sentences swapped."""
    ss = sentences(text)
    if len(ss) >= 2 and rng.random() < 0.5:
        i = rng.randrange(len(ss) - 1)
        ss[i], ss[i + 1] = ss[i + 1], ss[i]
        return "".join(ss)
    order = list(range(len(ss)))
    rng.shuffle(order)
    for i in order:
        parts = ss[i].split("、")
        if len(parts) >= 3:
            j = rng.randrange(len(parts) - 2)
            parts[j], parts[j + 1] = parts[j + 1], parts[j]
            ss[i] = "、".join(parts)
            return "".join(ss)
    return None


def edit_insert(text: str, rng: random.Random) -> str | None:
    """A word inserted after a comma or at the start."""
    spots = [0] + [m.end() for m in re.finditer("、", text)]
    at = rng.choice(spots)
    return text[:at] + rng.choice(_INSERTS) + text[at:]


def edit_drop(text: str, rng: random.Random) -> str | None:
    """A word or a parenthesis dropped."""
    found = [w for w in _DROPS if w in text] + re.findall(r"（[^（）]{1,20}）", text)
    if not found:
        return None
    return text.replace(rng.choice(found), "", 1)


def edit_digits(text: str, rng: random.Random) -> str | None:
    """Numbers switched between full and half width."""
    if re.search("[0-9]", text):
        return text.translate(_FULL)
    if re.search("[０-９]", text):
        return text.translate(_HALF)
    return None


def edit_drop_sentence(text: str, rng: random.Random) -> str | None:
    """One sentence (not the first) of a bullet of three or more dropped."""
    ss = sentences(text)
    if len(ss) < 3:
        return None
    del ss[rng.randrange(1, len(ss))]
    return "".join(ss)


EDITS = {f.__name__.removeprefix("edit_"): f for f in (
    edit_ending, edit_particle, edit_reorder, edit_insert, edit_drop, edit_digits,
    edit_drop_sentence)}


def reword(text: str, rng: random.Random, n_edits: int | None = None) -> tuple[str, tuple[str, ...]]:
    """A repeat of ``text`` with 2–4 random edits (a sentence dropped at most once)."""
    n = n_edits if n_edits is not None else rng.randint(2, 4)
    names = [k for k in EDITS if k != "drop_sentence"]
    chosen = rng.sample(names, k=min(n, len(names)))
    if rng.random() < 0.25:
        chosen[0] = "drop_sentence"
    done = []
    for name in chosen:
        new = EDITS[name](text, rng)
        if new is not None and new != text:
            text, done = new, done + [name]
    if not done:
        text, done = edit_insert(text, rng), ["insert"]
    return text, tuple(done)


def _fresh(ss: list[str], used: set[str], rng: random.Random) -> str | None:
    left = [x for x in ss if x not in used]
    if not left:
        return None
    pick = rng.choice(left)
    used.add(pick)
    return pick


def _minor(text: str) -> list[str]:
    """Sentences that are at most MINOR of their bullet: a new point built on one of them
    shares a topic with that bullet but does not restate most of it."""
    ss = sentences(text)
    return [x for x in ss if len(x) <= MINOR * len(text)] if len(ss) > 1 else []


def stitch(a: str, b: str, rng: random.Random, used: set[str] | None = None) -> str | None:
    """A different point on the same topic: a sentence of ``a`` and one of ``b`` joined.

    Made only from minor sentences (``_minor``), so neither source covers most of it.
    ``used`` holds sentences already taken by earlier new points (each serves once, so two
    new points never share a sentence).
    """
    used = set() if used is None else used
    sa, sb = _minor(a), _minor(b)
    if not sa or not sb:
        return None
    x, y = _fresh(sa, used, rng), _fresh(sb, used, rng)
    return x + y if x and y else None


def swap_nouns(text: str, rng: random.Random, used: set[str] | None = None) -> str | None:
    """A different point: a minor sentence of a bullet with its key nouns swapped."""
    used = set() if used is None else used
    s = _fresh([x for x in _minor(text) if any(w in x for w in NOUNS)], used, rng)
    if s is None:
        return None
    present = [w for w in NOUNS if w in s]
    for w in rng.sample(present, k=min(3, len(present))):
        s = s.replace(w, rng.choice([x for x in NOUNS if x not in s]))
    return s


# --- the truth -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A bullet: the file, the speaker label and its index among that speaker's points there."""

    file: str
    speaker: str
    index: int


@dataclass(frozen=True)
class Bullet:
    """A generated bullet: what it repeats (``of``, None for a new point) and how it was made.

    ``how`` is the list of edits for a repeat, or ``stitch`` / ``swap_nouns`` for a new point;
    ``sources`` are the seed bullets a new point was made from (it repeats none of them).
    """

    ref: Ref
    text: str
    of: Ref | None
    how: tuple[str, ...]
    sources: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Truth:
    """Which generated bullets repeat which seed bullets."""

    seed: str
    files: tuple[str, ...]
    bullets: tuple[Bullet, ...]

    def clusters(self) -> dict[Ref, Ref]:
        """Every generated bullet's cluster: the seed bullet it repeats, or itself."""
        return {b.ref: b.of or b.ref for b in self.bullets}

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Truth":
        def ref(r):
            return None if r is None else Ref(**r)
        return cls(d["seed"], tuple(d["files"]), tuple(
            Bullet(ref(b["ref"]), b["text"], ref(b["of"]), tuple(b["how"]),
                   tuple(ref(s) for s in b["sources"])) for b in d["bullets"]))


# --- writing minutes in the seed's format --------------------------------------------------


_NO_LINE_START = "、。・）」』，．：；ー"


def _wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; like the seed (kinsoku), none starts with 、・）…"""
    lines, start = [], 0
    while start < len(text):
        end = min(start + WIDTH, len(text))
        while end < len(text) and text[end] in _NO_LINE_START:
            end += 1
        lines.append(text[start:end])
        start = end
    return lines or [""]


def _reiwa(date: dt.date) -> str:
    fw = lambda n: str(n).translate(_FULL)  # noqa: E731
    wd = "月火水木金土日"[date.weekday()]
    return f"令和{fw(date.year - 2018)}年{fw(date.month)}月{fw(date.day)}日（{wd}）"


def _speaker_points(parsed) -> dict[str, list[Point]]:
    out: dict[str, list[Point]] = {}
    for p in parsed.points:
        out.setdefault(p.speaker.label, []).append(p)
    return out


class _Writer:
    """Collects a meeting's lines (double-spaced, as PDF extraction left the seed)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: list[str] = []
        self.count: dict[str, int] = {}
        self.bullets: list[Bullet] = []

    def line(self, text: str) -> None:
        self.lines += [text + " ", ""]

    def para(self, text: str, first: str = "") -> None:
        chunks = _wrap(text)
        chunks[0] = first + chunks[0]
        for c in chunks[:-1]:
            self.lines += [c, ""]
        self.line(chunks[-1])

    def bullet(self, speaker: str, text: str, of: Ref | None, how: tuple[str, ...],
               sources: tuple[Ref, ...] = ()) -> None:
        index = self.count.get(speaker, 0)
        self.count[speaker] = index + 1
        self.bullets.append(Bullet(Ref(self.file, speaker, index), text, of, how, sources))
        self.para(text, first=BULLET + " ")


def _ref(p: Point, seed_file: str, index_of: dict[str, int]) -> Ref:
    return Ref(seed_file, p.speaker.label, index_of[p.id])


def _member_bullets(w: _Writer, label: str, own: list[Point], others: list[Point],
                    ref, rng: random.Random, used: set[str]) -> None:
    opinions = [p for p in own if p.kind == "opinion"]
    plan: list[tuple[str, Point]] = [("repeat", p) for p in rng.sample(opinions, k=min(
        len(opinions), rng.randint(1, 3)))]
    if rng.random() < 0.3:
        plan.append(("repeat", rng.choice(others)))
    if plan and rng.random() < 0.15:
        plan.append(plan[0])
    plan += [("stitch", rng.choice(opinions)), ("swap", rng.choice(opinions))]
    rng.shuffle(plan)
    for what, p in plan:
        if what == "repeat":
            text, how = reword(p.text, rng)
            w.bullet(label, text, ref(p), how)
        elif what == "stitch":
            other = rng.choice([q for q in opinions + others if q.id != p.id])
            text = stitch(p.text, other.text, rng, used)
            if text:
                w.bullet(label, text, None, ("stitch",), (ref(p), ref(other)))
        else:
            text = swap_nouns(p.text, rng, used)
            if text:
                w.bullet(label, text, None, ("swap_nouns",), (ref(p),))


def _meeting(session: int, date: dt.date, seed, file: str, seed_file: str,
             rng: random.Random, used: set[str]) -> _Writer:
    m = seed.meeting
    by_speaker = _speaker_points(seed)
    index_of = {p.id: i for pts in by_speaker.values() for i, p in enumerate(pts)}
    ref = lambda p: _ref(p, seed_file, index_of)  # noqa: E731
    w = _Writer(file)
    fw = str(session).translate(_FULL)
    w.line(f" {m.council}（第{fw}回）")
    w.line("議事要旨")
    w.line("")
    w.line(f"日時；{_reiwa(date)}１６時００分～１７時００分")
    w.line(f"場所；{m.place}")
    w.line("出席者；")
    for g in m.attendees:
        w.line(f"{g.group}；")
        w.para("、".join(g.names))
    w.line("")
    w.line("１．開会")
    gov = next(s for s, pts in by_speaker.items() if pts[0].speaker.role == "government")
    w.line(f"○ {gov}から、以下の挨拶があった。")
    opening = by_speaker[gov][0]
    text, how = reword(opening.text, rng, n_edits=1)
    w.bullet(gov, text, ref(opening), how)
    w.line("")
    w.line("２．議題；インフラ海外展開に関する新戦略の方向性について（意見交換）")
    w.para("○ インフラ海外展開に関する新戦略の方向性について、意見交換を行った。懇談会構成員からの主な意見は以下のとおり。")
    w.line("")
    members = [s for s, pts in by_speaker.items() if pts[0].speaker.role == "member"]
    everyone = [p for s in members for p in by_speaker[s] if p.kind == "opinion"]
    for label in members:
        w.line(f"（{label}）")
        own = by_speaker[label]
        _member_bullets(w, label, own, [p for p in everyone if p.speaker.label != label],
                        ref, rng, used)
        w.line("")
    chair = next(s for s, pts in by_speaker.items() if pts[0].speaker.role == "chair")
    w.line("３．閉会")
    w.line(f"○ {chair}から、以下の発言があった。")
    for p in rng.sample(everyone, k=2):
        text, how = reword(p.text, rng)
        w.bullet(chair, text, ref(p), how)
    sec = next(s for s, pts in by_speaker.items() if pts[0].speaker.role == "secretariat")
    w.line(f"○ {sec}から、以下の発言があった。")
    closing = by_speaker[sec][-1]
    text, how = reword(closing.text, rng, n_edits=1)
    w.bullet(sec, text, ref(closing), how)
    w.line("")
    return w


def generate(out_dir: str | Path, *, meetings: int = 3, seed: int = 0,
             seed_path: str | Path = SEED, first_session: int | None = None) -> Truth:
    """Write ``meetings`` new meetings' minutes (and truth.json) into ``out_dir``.

    Sessions follow the seed's (3, 4, … for the bundled seed), three weeks apart. Files are
    named ``<seed stem minus its number>-NN.txt``. Returns the truth that was written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parsed = minutes.parse_file(seed_path)
    rng = random.Random(seed)
    start = first_session or (parsed.meeting.session or 1) + 1
    date = dt.date.fromisoformat(parsed.meeting.date or "2020-05-12")
    stem = re.sub(r"-?\d+$", "", Path(seed_path).stem)
    files, bullets = [], []
    used: set[str] = set()
    for k in range(meetings):
        session = start + k
        path = out / f"{stem}-{session:02d}.txt"
        w = _meeting(session, date + dt.timedelta(weeks=3 * (session - start + 1)), parsed,
                     str(path), str(seed_path), rng, used)
        path.write_text("\n".join(w.lines) + "\n", encoding="utf-8")
        files.append(str(path))
        bullets += w.bullets
    truth = Truth(str(seed_path), tuple(files), tuple(bullets))
    (out / "truth.json").write_text(
        json.dumps(truth.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


# --- scale mode ----------------------------------------------------------------------------

_RUN = re.compile(r"[一-龥々]+|[ァ-ヶー]+|[ぁ-ゖ]+|[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]+|.")


@dataclass(frozen=True)
class Synthetic:
    """Points for the scale benchmark and the (i, j) index pairs planted as re-wordings."""

    points: tuple[Point, ...]
    planted: tuple[tuple[int, int], ...]


def _word_chain(texts: list[str]) -> dict[str, list[str]]:
    chain: dict[str, list[str]] = {}
    for t in texts:
        words = ["^"] + _RUN.findall(t)
        for a, b in zip(words, words[1:]):
            chain.setdefault(a, []).append(b)
    return chain


_KANJI = re.compile(r"[一-龥々]+")


def _lexicon(texts: list[str], rng: random.Random, size: int = 30000) -> list[str]:
    """Made-up kanji words (2–4 characters of the seed's kanji): a corpus of 100k points
    from many councils has a far larger vocabulary than one meeting's minutes."""
    chars = sorted({c for t in texts for c in "".join(_KANJI.findall(t))})
    return ["".join(rng.choices(chars, k=rng.randint(2, 4))) for _ in range(size)]


def _babble(chain: dict[str, list[str]], lexicon: list[str], rng: random.Random,
            length: int) -> str:
    out, w = [], "^"
    while sum(map(len, out)) < length:
        nxt = chain.get(w)
        w = rng.choice(nxt) if nxt else "^"
        if w != "^":
            # Zipf-like: low lexicon indices are drawn far more often than high ones.
            out.append(lexicon[int(len(lexicon) ** rng.random()) - 1]
                       if _KANJI.fullmatch(w) and rng.random() < 0.5 else w)
    return "".join(out).rstrip("、") + "。"


def generate_points(n: int, seed: int = 0, seed_path: str | Path = SEED) -> Synthetic:
    """``n`` synthetic opinion points (41–240 characters) with planted re-wordings.

    Texts are a word-level Markov chain over the seed's words, half of the kanji words
    replaced from a made-up lexicon, so they read like the seed but are each new; about
    15% are ``reword()`` copies of an earlier point.
    """
    rng = random.Random(seed)
    texts = [p.text for p in minutes.parse_file(seed_path).points]
    chain, lexicon = _word_chain(texts), _lexicon(texts, rng)
    texts: list[str] = []
    planted: list[tuple[int, int]] = []
    while len(texts) < n:
        if texts and rng.random() < 0.15:
            src = rng.randrange(len(texts))
            planted.append((src, len(texts)))
            texts.append(reword(texts[src], rng)[0])
        else:
            parts = [_babble(chain, lexicon, rng, rng.randint(30, 70)) for _ in range(rng.randint(1, 3))]
            texts.append("".join(parts)[:240])
    points = tuple(
        Point(id=f"s{i:06d}", meeting=f"m{i % 50:02d}",
              speaker=Speaker(f"委員{i % 40}委員", f"委員{i % 40}", "委員", "member"),
              kind="opinion", text=t, source=SourceSpan("synthetic", i + 1, i + 1))
        for i, t in enumerate(texts))
    return Synthetic(points, tuple(planted))


# --- council mode: fresh opinions at scale, with the truth ---------------------------------

# Fictional members (common surnames; no real council's list).
MEMBERS = ("青木", "石田", "上田", "大野", "岡本", "川村", "北村", "小池", "坂本", "佐野",
           "島田", "杉山", "高木", "田村", "千葉", "土屋", "中西", "西川", "野口", "橋本",
           "浜田", "原田", "平野", "福田", "藤井", "前田", "松尾", "水野", "宮崎", "村上",
           "森本", "安田", "山口", "横山", "吉川", "和田", "今井", "内田", "遠藤", "菊地")
# Lead-ins a member opens a restatement with (written apart from dedup.LEAD_IN, which
# describes the concept rather than these strings).
LEAD_INS = ("前回も申し上げたが、", "繰り返しになるが、", "前回の議論に関連して、", "先ほども申し上げたとおり、",
            "以前からお願いしているように、", "重ねてになるが、", "前々回にも述べたことだが、",
            "これまでも何度か指摘してきたが、", "繰り返しになって恐縮だが、", "前回の会合でも触れたが、")
# The share of member bullets of each kind (the rest are new points).
MIX = {"restate": 0.10, "partial": 0.07, "hard_negative": 0.06}
# The campaign: in this share of the meetings (a block in the middle), half of the bullets.
CAMPAIGN_MEETINGS = 0.05

# Views for and against (generate_council's ``stances`` share): a proposal on a topic, said
# for or against in one of several forms. Fictional topics; the forms are written here, not
# taken from assembler/data/stance.yaml (which describes the concept): some use words it
# does not list (見送る, 絞り込む, 厳しくする, 取りやめる, 異論はない), and their pairs are
# counted like any other. Each family: (topics, forms for, forms against); a form follows
# the topic directly.
STANCE_FAMILIES = {
    "need": (("市営バスの運賃体系の見直し", "旧庁舎跡地への立体駐車場の整備", "図書館の開館時間の延長",
              "中学校の部活動の地域移行", "公共施設の予約システムの刷新"),
             ("は必要である", "が必要だと考える", "は欠かせない", "は避けて通れない", "は必要ではないか"),
             ("は必要ではない", "は不要である", "は必要ないと考える", "は今の段階では求められていない")),
    "should": (("河川敷の民間開放", "窓口業務の外部委託", "商店街の空き店舗の一括借上げ",
                "上下水道事業の広域化", "地域通貨の発行"),
               ("を進めるべきである", "を進めていくべきだ", "を進めるべきではないか", "を急ぐべきである"),
               ("を進めるべきではない", "は進めるべきでない", "は見送るべきである", "を急ぐべきではない")),
    "agree": (("事務局の示した区割り案", "補助要綱の改正案", "協議会の設置案"),
              ("に賛成である", "に賛成したい", "に異論はない"),
              ("に反対である", "には反対したい", "には賛成できない")),
    "scale": (("子育て世帯向けの家賃補助", "夜間の巡回パトロール", "高齢者向けの配食サービス"),
              ("を拡大すべきである", "を拡充すべきだ", "を広げていくべきである"),
              ("を縮小すべきである", "を縮減すべきだ", "を絞り込むべきである")),
    "price": (("公営駐車場の料金", "ごみ処理手数料", "施設使用料"),
              ("の引上げが必要である", "を引き上げるべきである"),
              ("の引下げが必要である", "を引き下げるべきである")),
    "rule": (("景観条例の高さ制限", "屋外広告物の規制", "路上喫煙の規制"),
             ("を強化すべきである", "を厳しくすべきである"),
             ("を緩和すべきである", "を弱めるべきである")),
    "start": (("乗継割引", "ボランティアポイント制度", "オンラインでの住民相談"),
              ("を導入すべきである", "を新たに設けるべきである"),
              ("を廃止すべきである", "は取りやめるべきである")),
}
# How the background clause joins the proposal.
STANCE_JOINS = ("ことから、", "ため、", "中で、", "ので、", "が、")


@dataclass
class _Said:
    """A point a member made: its bullet, the cluster it belongs to and its sentences."""

    ref: Ref
    root: Ref
    text: str


class _Council:
    """State of a generated council: each member's earlier points, the campaign text."""

    def __init__(self, rng: random.Random, seed_texts: list[str], stances: float = 0.0) -> None:
        self.rng = rng
        self.chain = _word_chain(seed_texts)
        self.lexicon = _lexicon(seed_texts, rng)
        self.said: dict[str, list[_Said]] = {}
        self.campaign = self.fresh()
        self.campaign_root: Ref | None = None
        self.stances = stances
        self.views: list[_View] = []
        self.pending: _View | None = None
        self.sides: list[dict[bool, Ref]] = []   # per proposal: the cluster of each side

    def sentence(self, lo: int = 30, hi: int = 70) -> str:
        return _babble(self.chain, self.lexicon, self.rng, self.rng.randint(lo, hi))

    def fresh(self) -> str:
        """A new point: one to three new sentences, at most 240 characters."""
        text = "".join(self.sentence() for _ in range(self.rng.choice((1, 2, 2, 3))))
        return _cut(text, 240)

    def bullet(self, member: str) -> tuple[str, Ref | None, tuple[str, ...], tuple[Ref, ...]]:
        """(text, the earlier bullet it repeats, how, sources) for a member's next bullet."""
        rng, own = self.rng, self.said.get(member, [])
        r = rng.random()
        for kind, share in MIX.items():
            if r < share:
                made = getattr(self, f"_{kind}")(own)
                if made is not None:
                    return made
                break
            r -= share
        else:
            if r < self.stances:  # (no draw when stances is 0: the corpora stay as they were)
                return self._view()
        return self.fresh(), None, ("new",), ()

    def _view(self):
        """A view on a proposal: a new one (``view``), the same view on an earlier proposal in
        other words (``same_view``, a repeat of it), or the opposite view in nearly the same
        words (``opposite``, a different point: its ``sources`` hold the view it opposes; only
        while the proposal has no view of that side yet, so that each side is one cluster).
        The view waits in ``pending`` until ``wrote`` gives it its bullet."""
        rng = self.rng
        r = rng.random()
        if not self.views or r < 0.4:
            family = rng.choice(sorted(STANCE_FAMILIES))
            topics, pro, con = STANCE_FAMILIES[family]
            background = self.sentence(25, 50).rstrip("。").replace("。", "、")
            self.pending = _View(background, rng.choice(STANCE_JOINS), family,
                                 rng.choice(topics), rng.random() < 0.5, len(self.sides))
            self.sides.append({})
            return self.pending.text(rng.choice(pro if self.pending.pro else con)), None, ("view",), ()
        lone = [v for v in self.views if (not v.pro) not in self.sides[v.proposal]]
        oppose = r >= 0.6 and bool(lone)
        old = rng.choice(lone if oppose else self.views)
        _topics, pro, con = STANCE_FAMILIES[old.family]
        background = old.background
        if rng.random() < 0.5:  # the background said again with an edit or two
            background = reword(background, rng, rng.randint(1, 2))[0]
        self.pending = _View(background, old.join, old.family, old.topic, old.pro, old.proposal)
        if not oppose:
            forms = [f for f in (pro if old.pro else con) if f != old.form] or [old.form]
            return self.pending.text(rng.choice(forms)), old.root, ("same_view",), ()
        self.pending.pro = not old.pro
        return (self.pending.text(rng.choice(con if old.pro else pro)), None, ("opposite",),
                (old.ref,))

    def wrote(self, ref: Ref, root: Ref) -> None:
        """The bullet just written: a pending view is now one that can be repeated or opposed."""
        if self.pending is not None:
            self.pending.ref, self.pending.root = ref, root
            self.views.append(self.pending)
            self.sides[self.pending.proposal].setdefault(self.pending.pro, root)
            self.pending = None

    def _restate(self, own: list[_Said]):
        if not own:
            return None
        p = self.rng.choice(own)
        text, how = reword(p.text, self.rng)
        return text, p.root, ("restate", *how), ()

    def _partial(self, own: list[_Said]):
        """A lead-in and some of the point's sentences, or all of them and one more."""
        rng = self.rng
        many = [p for p in own if len(sentences(p.text)) >= 2]
        if not many:
            return None
        p = rng.choice(many)
        ss = sentences(p.text)
        if rng.random() < 0.6:
            keep = sorted(rng.sample(range(len(ss)), k=rng.randint(1, len(ss) - 1)))
            body, how = [ss[i] for i in keep], "partial_subset"
            if sum(len(s) for s in body) < 25:
                return None
        else:
            body, how = list(ss), "partial_added"
            body.insert(rng.randint(1, len(body)), self.sentence(20, 45))
        if rng.random() < 0.3:
            body[0] = edit_ending(body[0], rng) or body[0]
        return rng.choice(LEAD_INS) + "".join(body), p.root, (how,), ()

    def _hard_negative(self, own: list[_Said]):
        """A different point sharing a long clause with one of the member's earlier points:
        the same background, another point made of it."""
        rng = self.rng
        options = []
        for p in own:
            for s in sentences(p.text):
                parts = s.split("、")
                if len(parts) >= 2 and len(parts[0]) >= 18:
                    options.append((p, parts[0]))
        if not options:
            return None
        p, clause = rng.choice(options)
        text = clause + "、" + self.sentence(25, 50)
        if rng.random() < 0.5:
            text += self.sentence(25, 50)
        return _cut(text, 240), None, ("hard_negative",), (p.ref,)


@dataclass
class _View:
    """A view on a proposal: the background clause, how it joins, the family, the topic and
    whether it is for (``pro``), the proposal's number; ``form`` the ending it was said with;
    ``ref`` its bullet and ``root`` the cluster (set once written)."""

    background: str
    join: str
    family: str
    topic: str
    pro: bool
    proposal: int
    form: str = ""
    ref: Ref | None = None
    root: Ref | None = None

    def text(self, form: str) -> str:
        self.form = form
        return f"{self.background}{self.join}{self.topic}{form}。"


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a sentence end where one is near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = cut.rfind("。")
    return cut[:end + 1] if end >= limit // 2 else cut.rstrip("、") + "。"


def generate_council(out_dir: str | Path, *, points: int = 1000, seed: int = 0,
                     seed_path: str | Path = SEED, per_meeting: int = 40,
                     stances: float = 0.0) -> Truth:
    """Minutes of a council that meets until ``points`` member bullets were said, with truth.

    Fresh opinions at scale: most bullets are new points (sentences from a word chain over
    the seed's words with made-up kanji words, see ``_babble``); members also restate
    their own earlier points (``reword``), restate part of one with a lead-in
    (``partial_subset``: some of its sentences; ``partial_added``: all and one more), make
    a different point that shares a long clause with an earlier one (``hard_negative``),
    and a block of meetings in the middle carries a campaign: one text said word for
    word by every member who speaks there. Shares in ``MIX``; with ``stances`` (a share,
    0 by default: the corpora are then as before), views on proposals too
    (``STANCE_FAMILIES``): new ones, the same view in other words (``same_view``, a repeat)
    and the opposite view in nearly the same words (``opposite``, a different point whose
    ``sources`` hold the view it opposes). Each meeting has
    ``per_meeting`` member bullets, the opening remark of a minister (new) and the same
    closing formula of the secretariat (procedural; one cluster across meetings).
    Files are written in the seed's format (``_Writer``) as ``council-NNNN.txt``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parsed = minutes.parse_file(seed_path)
    rng = random.Random(seed)
    council = _Council(rng, [p.text for p in parsed.points], stances)
    m = parsed.meeting
    n_meetings = max(1, -(-points // per_meeting))
    campaign_at = range(n_meetings // 2, n_meetings // 2 + max(1, round(n_meetings * CAMPAIGN_MEETINGS)))
    date = dt.date.fromisoformat(m.date or "2020-05-12")
    files: list[str] = []
    bullets: list[Bullet] = []
    closing: Ref | None = None
    said = 0
    for k in range(n_meetings):
        session = k + 1
        path = out / f"council-{session:04d}.txt"
        w = _Writer(str(path))
        fw = str(session).translate(_FULL)
        w.line(f" {m.council}（第{fw}回）")
        w.line("議事要旨")
        w.line("")
        w.line(f"日時；{_reiwa(date + dt.timedelta(days=7 * k))}１０時００分～１２時００分")
        w.line(f"場所；{m.place}")
        w.line("出席者；")
        w.line("構成員；")
        w.para("、".join(f"{name}委員" for name in MEMBERS))
        w.line("")
        w.line("１．開会")
        w.line("○ 山本大臣から、以下の挨拶があった。")
        w.bullet("山本大臣", council.fresh(), None, ("new",))
        w.line("")
        w.line("２．議題；新戦略の方向性について（意見交換）")
        w.line("")
        quota = min(per_meeting, points - said)
        speakers = rng.sample(MEMBERS, k=min(len(MEMBERS), max(1, quota // 3 + 1)))
        share = [quota // len(speakers) + (i < quota % len(speakers)) for i in range(len(speakers))]
        for name, count in zip(speakers, share):
            if not count:
                continue
            label = f"{name}委員"
            w.line(f"（{label}）")
            for _ in range(count):
                if k in campaign_at and rng.random() < 0.5:
                    text, of, how, sources = council.campaign, council.campaign_root, ("campaign",), ()
                else:
                    text, of, how, sources = council.bullet(label)
                w.bullet(label, text, of, how, sources)
                ref = w.bullets[-1].ref
                if how == ("campaign",) and council.campaign_root is None:
                    council.campaign_root = ref
                council.said.setdefault(label, []).append(_Said(ref, of or ref, text))
                council.wrote(ref, of or ref)
                said += 1
            w.line("")
        w.line("３．閉会")
        w.line("○ 事務局から、以下の発言があった。")
        w.bullet("事務局", "本日の議論を踏まえ、事務局において新戦略の案を更に検討していきたい。",
                 closing, ("formula",))
        closing = closing or w.bullets[-1].ref
        w.line("")
        path.write_text("\n".join(w.lines) + "\n", encoding="utf-8")
        files.append(str(path))
        bullets += w.bullets
    truth = Truth(str(seed_path), tuple(files), tuple(bullets))
    (out / "truth.json").write_text(
        json.dumps(truth.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--meetings", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    truth = generate(args.out_dir, meetings=args.meetings, seed=args.seed)
    repeats = sum(b.of is not None for b in truth.bullets)
    print(f"wrote {len(truth.files)} meetings, {len(truth.bullets)} bullets "
          f"({repeats} repeats) and truth.json to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

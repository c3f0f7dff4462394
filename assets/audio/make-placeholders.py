#!/usr/bin/env python3
"""Makes the exhibit's placeholder narration: synthetic speech (espeak-ng) reading the telegram and every
annotation card in English, Russian and Portuguese, encoded as Ogg Vorbis, and audio/narration.json with the
captions timed to it. Placeholders only: recorded narration replaces them (audio/README.md).

Needs the Debian packages espeak-ng and vorbis-tools. Run from anywhere: python3 assets/audio/make-placeholders.py
"""
import array, json, math, os, re, subprocess, sys, tempfile, wave

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.dirname(HERE)
LANGUAGES = ["en", "ru", "pt"]
# Voices and speaking rates (words a minute): a little slower than espeak's 175, for visitors standing.
VOICES = {"en": ("en-us", 150), "ru": ("ru", 140), "pt": ("pt-br", 150)}
SENTENCE_PAUSE_S = 0.45  # after a caption that ends a sentence
PHRASE_PAUSE_S = 0.2     # after a caption cut at , ; : or a dash inside a sentence
RUN_ON_PAUSE_S = 0.12    # after a cut with no punctuation (a long clause): a breath, not a stop
MAX_CAPTION, MIN_CAPTION = 100, 15  # characters: a caption fills at most two lines of the caption band
# Mono 16 kHz Vorbis at its lowest quality (about 15 kbit/s) is clear for speech and keeps all 54 files near 5 MB.
# A fixed serial number and no comments make the same texts give the same bytes.
OGGENC = ["oggenc", "--quiet", "--resample", "16000", "-q", "-1", "--serial", "1935",
          "--discard-comments"]
REVIEW = ("Placeholder narration: synthetic speech made with espeak-ng by audio/make-placeholders.py. Replace each "
          "file with recorded narration and its captions (see audio/README.md).")

# Words ending in a full stop that do not end a sentence (single capital initials such as "C." are found apart).
ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "U.S.", "e.g.", "i.e.",  # en
                 "г.", "гг.", "т.", "е.", "с.", "им.", "ул.",                           # ru
                 "Sr.", "Sra.", "Dra.", "n.", "n.º", "p.", "pág."}                     # pt
DASHES = "—–"
# The words a long sentence without punctuation is best cut before: a new clause, else a preposition.
CLAUSE_WORDS = set("and or but if unless that whether which who because while when where so "
                   "и а но что если чтобы как когда где который которые которых e ou mas que se porque quando "
                   "onde como caso pois embora".split())
PREPOSITIONS = set("with by to for in of on at from into toward towards through against without within "
                   "в на по с к о об от до из за для при без через между "
                   "com para de em por sobre sem até entre durante mediante à às ao aos na nos nas".split())
# (Not "a" or "no": they are English words too. The lists are shared: each word belongs to one language.)

# What espeak-ng misreads, rewritten for its ears only: the captions keep the card's own words.
SPOKEN = {
    "en": [(r"\$([\d,]+(?: million)?)", r"\1 dollars"), (r"\bNo\. (?=\d)", "number "),
           (r"(\d) ?kg\b", r"\1 kilograms"), (r"(\d)–(\d)", r"\1 to \2")],
    "ru": [(r"(?<=\d) (?=\d{3}(?!\d))", ""),  # "30 000 000" is one number, not "тридцать ноль ноль"
           (r"(\d) ?%", r"\1 процентов"), (r"\bмлн\b", "миллионов"), (r"(\d) ?кг\b", r"\1 килограммов"),
           (r"(\d{4})-м\b", r"\1 году"), (r"(\d)–(\d)", r"\1 — \2"), (r"\bСША\b", "сэ-шэ-а")],
    "pt": [(r"\bSr\. ", "senhor "), (r"US\$ ?([\d.]+(?: milhões)?)", r"\1 de dólares"),
           (r"(\d) ?kg\b", r"\1 quilos"), (r"(\d)–(\d)", r"\1 a \2")],
}


def collapse(text):
    """Runs of spaces and line breaks as one space: exactly what the exhibit's loader compares."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def sentences(text):
    """Cuts at . ! ? … (and any closing quote) before a capital or digit, except after abbreviations, initials
    and a paragraph's own number ("71.", "1.")."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…][”»\"’)]*(?= +[“«\"(‘]?[A-ZА-ЯЁÀ-ÖØ-Þ0-9])", text):
        word = text[start:m.end()].split(" ")[-1].lstrip("(“«\"‘")
        if word in ABBREVIATIONS or re.fullmatch(r"[A-ZА-ЯЁ]\.", word):
            continue
        if re.fullmatch(r"\d+\.", word) and " " not in text[start:m.end()].strip():
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    return out + ([text[start:].strip()] if text[start:].strip() else [])


def cut_rank(s, i):
    """How good the space s[i] is as a place to cut a sentence: 0 best, None never."""
    before, after = s[:i].split(" ")[-1], s[i + 1:].split(" ")[0]
    if after and after[0] in DASHES:
        return None if before.endswith(",") else 0       # before an aside's dash, but not ", —"
    if before and before[-1] in DASHES:
        return 0 if s[:i - 1].endswith(", ") else None   # after the ", —" that closes an aside
    if before.rstrip("”»’\")").endswith((",", ";", ":")):
        return None if re.search(r"\d,$", before) and after[:1].isdigit() else 0  # not "February 2, 1935"
    if after.startswith("("):
        return 1
    if re.search(r"[\d$%№º]", before + after) or before.endswith("."):
        return None                                      # "30 000", "50 %", "US$ 30", "No. 82", "John C. Wiley"
    if after.lower() in CLAUSE_WORDS:
        return 2 if before.lower() not in PREPOSITIONS else None  # "to which", "de que" stay together
    if after.lower() in PREPOSITIONS:
        return 3
    return 4 if len(before) > 2 else None                # not straight after "a", "в", "de"


# What a cut of each rank costs (split_long); inside brackets or quotes, 10 more.
CUT_COST = {0: 0.7, 1: 2, 2: 4, 3: 6, 4: 12}
CUT_COST.update({rank + 10: cost + 10 for rank, cost in CUT_COST.items()})


def split_long(sentence):
    """[(piece, cut at punctuation? or None at the sentence's end)]: a sentence longer than MAX_CAPTION cut into
    pieces of at most that length, choosing the cuts that together cost least: good places (outside brackets
    and quotes), few of them, and pieces of even length (130 characters as 65 + 65, not 100 + 30)."""
    if len(sentence) <= MAX_CAPTION:
        return [(sentence, None)]
    depth, points = 0, [(-1, 0)]  # (index of the space cut at, rank); -1: the start
    for i, c in enumerate(sentence):
        depth += (c in "(«“") - (c in ")»”")
        rank = cut_rank(sentence, i) if c == " " else None
        if rank is not None:
            points.append((i, rank + (10 if depth > 0 else 0)))
    points.append((len(sentence), 0))
    last = len(points) - 1
    # Least total cost of the pieces up to each point, and the point before. Squared lengths favour even pieces;
    # a piece over MAX_CAPTION costs more than any cut, one under MIN_CAPTION more than a good cut.
    best = [(0.0, None)] + [(math.inf, None)] * last
    for b in range(1, last + 1):
        for a in range(b):
            length = points[b][0] - points[a][0] - 1
            cost = best[a][0] + 2 * (length / MAX_CAPTION) ** 2 + (CUT_COST[points[b][1]] if b < last else 0)
            cost += 20 + length - MAX_CAPTION if length > MAX_CAPTION else 10 if length < MIN_CAPTION else 0
            best[b] = min(best[b], (cost, a))
    pieces, b = [], last
    while b:
        a = best[b][1]
        punctuated = None if b == last else points[b][1] % 10 == 0
        pieces.append((sentence[points[a][0] + 1:points[b][0]], punctuated))
        b = a
    return pieces[::-1]


def captions_for(text):
    """[(caption, pause after)] whose texts, joined by spaces, are exactly `text` with its spaces collapsed."""
    out = []
    for s in sentences(collapse(text)):
        for piece, punctuated in split_long(s):
            pause = SENTENCE_PAUSE_S if punctuated is None else PHRASE_PAUSE_S if punctuated else RUN_ON_PAUSE_S
            out.append((piece, pause))
    return out


def telegram_paragraphs():
    """body.txt's paragraphs as the exhibit shows them: no footnote markers, page breaks (between paragraphs or
    inside one: "favored [Page 194] nation" reads "favored nation") or footnote lines."""
    with open(os.path.join(ASSETS, "telegram", "body.txt"), encoding="utf-8") as f:
        blocks = re.split(r"\n[ \t]*\n", f.read())
    return [collapse(re.sub(r"\[\^\w+\]", "", re.sub(r" ?\[Page [^\]]+\]", "", b))) for b in blocks
            if b.strip() and not re.fullmatch(r"\[Page [^\]]+\]", b.strip()) and not re.match(r"\[\^\w+\]:", b.strip())]


def subjects():
    """(subject, language, file stem, text) for everything narrated, in the order of narration.json."""
    with open(os.path.join(ASSETS, "telegram", "translation.json"), encoding="utf-8") as f:
        translation = json.load(f)
    for lang in LANGUAGES:
        paragraphs = telegram_paragraphs() if lang == "en" else translation[lang]["paragraphs"]
        yield "telegram", lang, "telegram", " ".join(collapse(p) for p in paragraphs)
    with open(os.path.join(ASSETS, "annotations", "annotations.json"), encoding="utf-8") as f:
        for a in json.load(f)["annotations"]:
            for lang in LANGUAGES:
                yield "annotation:" + a["id"], lang, a["id"], a["body"][lang]


def speak(text, lang, path):
    """espeak-ng's samples for `text`, less the ~0.4 s of silence it leaves at the end (our pauses replace it)."""
    for pattern, spoken in SPOKEN[lang]:
        text = re.sub(pattern, spoken, text)
    voice, rate = VOICES[lang]
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", path, "--", text], check=True)
    with wave.open(path, "rb") as w:
        params, samples = w.getparams(), array.array("h", w.readframes(w.getnframes()))
    assert params.sampwidth == 2 and params.nchannels == 1, params
    end = len(samples)
    while end > 0 and abs(samples[end - 1]) < 64:  # below -54 dBFS is silence
        end -= 1
    return params, samples[:min(len(samples), end + params.framerate // 25)]  # keep 40 ms of the fade


def ogg_seconds(path):
    """Length of an Ogg Vorbis file: the last page's granule position over the sample rate."""
    with open(path, "rb") as f:
        data = f.read()
    rate = int.from_bytes(data[27 + data[26] + 12:27 + data[26] + 16], "little")
    last = data.rindex(b"OggS")
    return int.from_bytes(data[last + 6:last + 14], "little") / rate


def make_one(lang, stem, text, work):
    """Speaks each caption, joins them with pauses, encodes; returns (file, captions)."""
    samples, captions, params = array.array("h"), [], None
    for i, (caption, pause) in enumerate(captions_for(text)):
        params, spoken = speak(caption, lang, os.path.join(work, f"{i}.wav"))
        captions.append({"at": round(len(samples) / params.framerate, 2), "text": caption})
        samples.extend(spoken)
        samples.extend(array.array("h", bytes(2 * int(pause * params.framerate))))
    joined = os.path.join(work, "joined.wav")
    with wave.open(joined, "wb") as w:
        w.setparams(params)
        w.writeframes(samples.tobytes())
    relative = f"audio/{lang}/{stem}.ogg"
    os.makedirs(os.path.join(ASSETS, "audio", lang), exist_ok=True)
    subprocess.run(OGGENC + ["-o", os.path.join(ASSETS, relative), joined], check=True)
    return relative, captions


def check(n, text):
    """What the exhibit's loader checks, with the length measured from the Ogg file: fail here, not on the kiosk."""
    at, seconds = [c["at"] for c in n["captions"]], ogg_seconds(os.path.join(ASSETS, n["file"]))
    if " ".join(c["text"] for c in n["captions"]) != collapse(text):
        sys.exit(f"{n['file']}: the captions do not say the text word for word")
    if at[0] != 0 or any(b <= a for a, b in zip(at, at[1:])) or at[-1] >= seconds:
        sys.exit(f"{n['file']}: caption times {at} do not start at 0, increase and stay before {seconds:.2f} s")
    return seconds


def write_manifest(narrations):
    """narration.json, one caption a line for small diffs; "review" is a list of notes, as the loader wants."""
    lines = ["{", f'  "review": [{json.dumps(REVIEW, ensure_ascii=False)}],', '  "narrations": [']
    for i, n in enumerate(narrations):
        lines.append("    {")
        lines += [f'      "{k}": {json.dumps(v, ensure_ascii=False)},' for k, v in n.items() if k != "captions"]
        lines.append('      "captions": [')
        lines += [f'        {json.dumps(c, ensure_ascii=False)}' + ("," if j + 1 < len(n["captions"]) else "")
                  for j, c in enumerate(n["captions"])]
        lines += ["      ]", "    }" + ("," if i + 1 < len(narrations) else "")]
    lines += ["  ]", "}"]
    with open(os.path.join(HERE, "narration.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    # A narration already replaced by a recording ("placeholder": false) is kept as it is, never overwritten.
    manifest, recorded = os.path.join(HERE, "narration.json"), {}
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            recorded = {(n["subject"], n["language"]): n for n in json.load(f)["narrations"]
                        if n.get("placeholder") is False}
    narrations, total = [], 0.0
    with tempfile.TemporaryDirectory() as work:
        for subject, lang, stem, text in subjects():
            n = recorded.get((subject, lang))
            if n is not None:
                print(f"{n['file']}: recorded, kept as it is (the exhibit's --check tests it)")
            else:
                relative, captions = make_one(lang, stem, text, work)
                n = {"subject": subject, "language": lang, "file": relative, "placeholder": True, "captions": captions}
                seconds = check(n, text)
                total += seconds
                print(f"{relative}: {seconds:.1f} s, {len(captions)} captions")
            narrations.append(n)
    write_manifest(narrations)
    print(f"{len(narrations)} narrations, {total / 60:.1f} minutes of placeholder speech")
    named = {os.path.normpath(n["file"]) for n in narrations}
    for lang in LANGUAGES:
        for name in sorted(os.listdir(os.path.join(HERE, lang))):
            if os.path.normpath(f"audio/{lang}/{name}") not in named:
                print(f"note: audio/{lang}/{name} is not in narration.json (left alone)")


if __name__ == "__main__":
    main()

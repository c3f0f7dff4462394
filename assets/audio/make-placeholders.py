#!/usr/bin/env python3
"""Makes the exhibit's placeholder narration: synthetic speech (espeak-ng) reading the telegram and every
annotation card in English, Russian and Portuguese, encoded as Ogg Vorbis, and audio/narration.json with the
captions timed to it. Placeholders only: recorded narration replaces them (audio/README.md).

Needs the Debian packages espeak-ng and vorbis-tools. Run from anywhere: python3 assets/audio/make-placeholders.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import wave

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.dirname(HERE)
LANGUAGES = ["en", "ru", "pt"]
# Voices and speaking rates (words a minute): a little slower than espeak's default, for visitors standing.
VOICES = {"en": ("en-us", 150), "ru": ("ru", 140), "pt": ("pt-br", 150)}
SENTENCE_PAUSE_S = 0.45  # after a caption that ends a sentence
PHRASE_PAUSE_S = 0.2     # after a caption cut inside a long sentence
MAX_CAPTION = 100        # characters: two lines of the caption band
REVIEW = ("Placeholder narration: synthetic speech made with espeak-ng by audio/make-placeholders.py. Replace each "
          "file with recorded narration and its captions (see audio/README.md).")

# Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = {"Mr.", "Mrs.", "Dr.", "U.S.", "St.", "No.", "n.º", "г.", "гг.", "т.", "e.g.", "i.e.", "Sr.", "Dr.ª"}


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def sentences(text):
    """Splits at . ! ? followed by a space and a capital letter or digit, except after known abbreviations."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…](?=\s+[\"«(]?[A-ZА-ЯЁÀ-Ý0-9])", text):
        end = m.end()
        word = text[:end].split(" ")[-1]
        if word in ABBREVIATIONS or re.fullmatch(r"[A-ZА-Я]\.", word):
            continue
        if re.fullmatch(r"\d+\.", word) and not text[start:end - len(word)].strip():
            continue  # the telegram's number, "71.", starts its first sentence
        out.append(text[start:end].strip())
        start = end
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


# Words a long sentence without punctuation is best cut before, where a reader would draw breath: a new clause
# first, then a preposition.
CLAUSE_WORDS = r"(?:and|or|but|if|unless|that|whether|which|и|а|но|что|если|чтобы|e|ou|mas|que|se)"
PREPOSITIONS = r"(?:with|by|to|for|in|of|on|в|на|по|с|com|para|de|em|por)"


def cut_points(sentence, start):
    """Where the piece starting at `start` may end, best first: after , ; or before a dash; else before a
    breath word; else at any space. Never inside a number such as 1,000."""
    window = sentence[start:start + MAX_CAPTION + 1]
    floor = 30
    for pattern in (r"(?<!\d),(?!\d) |; | (?=[—–] )", r" (?=" + CLAUSE_WORDS + r" )", r" (?=" + PREPOSITIONS + r" )", r" "):
        cuts = [start + m.end() for m in re.finditer(pattern, window) if m.end() >= floor]
        if cuts:
            return cuts
    return []


def split_long(sentence):
    """Cuts a sentence longer than MAX_CAPTION into pieces of at most that, at the most natural places."""
    pieces, start = [], 0
    while len(sentence) - start > MAX_CAPTION:
        cuts = [c for c in cut_points(sentence, start) if len(sentence) - c >= 20]  # no tiny last piece
        if not cuts:
            break
        cut = cuts[-1]
        pieces.append(sentence[start:cut].strip())
        start = cut
    pieces.append(sentence[start:].strip())
    return pieces


def captions_for(text):
    """[(caption, pause after)] covering `text` exactly, in order."""
    out = []
    for s in sentences(collapse(text)):
        parts = split_long(s)
        for i, p in enumerate(parts):
            out.append((p, SENTENCE_PAUSE_S if i == len(parts) - 1 else PHRASE_PAUSE_S))
    return out


def telegram_paragraphs():
    with open(os.path.join(ASSETS, "telegram", "body.txt"), encoding="utf-8") as f:
        body = f.read()
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block or re.fullmatch(r"\[Page [^\]]+\]", block) or re.match(r"\[\^\w+\]:", block):
            continue
        paragraphs.append(collapse(re.sub(r"\[\^\w+\]", "", block)))
    return paragraphs


def subjects():
    """(subject, language, file stem, text) for everything narrated, in the order of narration.json."""
    with open(os.path.join(ASSETS, "telegram", "translation.json"), encoding="utf-8") as f:
        translation = json.load(f)
    english = telegram_paragraphs()
    for lang in LANGUAGES:
        paragraphs = english if lang == "en" else translation[lang]["paragraphs"]
        yield "telegram", lang, "telegram", " ".join(collapse(p) for p in paragraphs)
    with open(os.path.join(ASSETS, "annotations", "annotations.json"), encoding="utf-8") as f:
        annotations = json.load(f)["annotations"]
    for a in annotations:
        for lang in LANGUAGES:
            yield "annotation:" + a["id"], lang, a["id"], a["body"][lang]


def synthesize(text, lang, path):
    voice, rate = VOICES[lang]
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", path, "--", text], check=True)


def make_one(lang, stem, text, work):
    """Speaks each caption, joins them with pauses, encodes; returns (file, captions, seconds)."""
    pieces = captions_for(text)
    joined = " ".join(p for p, _ in pieces)
    if joined != collapse(text):
        sys.exit(f"{stem} ({lang}): captions do not cover the text exactly:\n{joined}\n{collapse(text)}")
    frames, captions, params, at = [], [], None, 0
    for i, (caption, pause) in enumerate(pieces):
        chunk = os.path.join(work, f"{i}.wav")
        synthesize(caption, lang, chunk)
        with wave.open(chunk, "rb") as w:
            params = w.getparams()
            data = w.readframes(w.getnframes())
        rate, width = params.framerate, params.sampwidth * params.nchannels
        captions.append({"at": round(at / rate, 2), "text": caption})
        silence = b"\0" * (int(pause * rate) * width)
        frames.append(data + silence)
        at += (len(data) + len(silence)) // width
    joined_wav = os.path.join(work, "joined.wav")
    with wave.open(joined_wav, "wb") as w:
        w.setparams(params)
        w.writeframes(b"".join(frames))
    relative = f"audio/{lang}/{stem}.ogg"
    out = os.path.join(ASSETS, relative)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    # Mono 16 kHz Vorbis at its lowest quality is clear for speech and small; a fixed serial and no comments
    # make the same input give the same bytes.
    subprocess.run(["oggenc", "--quiet", "--resample", "16000", "-q", "-1", "--serial", "71", "--discard-comments",
                    "-o", out, joined_wav], check=True)
    return relative, captions, at / params.framerate


def main():
    narrations = []
    with tempfile.TemporaryDirectory() as work:
        for subject, lang, stem, text in subjects():
            relative, captions, seconds = make_one(lang, stem, text, work)
            assert captions[-1]["at"] < seconds
            narrations.append({"subject": subject, "language": lang, "file": relative, "placeholder": True,
                               "captions": captions})
            print(f"{relative}: {seconds:.1f} s, {len(captions)} captions")
    lines = ["{", f'  "review": [{json.dumps(REVIEW, ensure_ascii=False)}],', '  "narrations": [']
    for i, n in enumerate(narrations):
        lines.append("    {")
        for key in ("subject", "language", "file", "placeholder"):
            lines.append(f'      "{key}": {json.dumps(n[key], ensure_ascii=False)},')
        lines.append('      "captions": [')
        for j, c in enumerate(n["captions"]):
            comma = "," if j + 1 < len(n["captions"]) else ""
            lines.append(f'        {{"at": {c["at"]}, "text": {json.dumps(c["text"], ensure_ascii=False)}}}{comma}')
        lines.append("      ]")
        lines.append("    }" + ("," if i + 1 < len(narrations) else ""))
    lines += ["  ]", "}"]
    with open(os.path.join(HERE, "narration.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

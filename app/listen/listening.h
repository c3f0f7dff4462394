// What the visitor is listening to: one narration at a time, kept by the exhibit's own (injected) clock, so the
// captions keep time and tests can step through them; platform/sound/audio_output follows it with the loudspeaker.
// Where there is no sound at all the Listen buttons are not shown (ExhibitOptions::sound).
#pragma once
#include <string>
#include <utility>

#include "../content/content.h"

namespace app {

struct Listening {
    int narration = -1;     // index into Content::narrations; -1 while silent
    double started_at = 0;  // exhibit time the narration started
    int serial = 0;         // changes with every start and stop, so platform/ notices a narration started again
};

// The narration playing, or null.
const Narration* listening_to(const Listening& listening, const Content& content);

// True while `subject` is being read aloud.
bool listening_to_subject(const Listening& listening, const Content& content, const std::string& subject);

// Starts the narration of `subject` in `language` (from its beginning); returns false when it has none.
bool start_listening(Listening& listening, const Content& content, const std::string& subject, Language language,
                     double now);

void stop_listening(Listening& listening);

// Seconds into the narration at `now`.
double listening_position(const Listening& listening, double now);

// The caption showing `seconds` into `narration` (the last one that has started), or -1 before the first.
int caption_at(const Narration& narration, double seconds);

// The caption showing `seconds` in, as a byte range of the captions joined by single spaces (which is the
// narrated text when narration.follows_text); {0, 0} before the first caption.
std::pair<std::size_t, std::size_t> spoken_range(const Narration& narration, double seconds);

// How often the progress line under the captions moves on: often enough to look continuous, rarely enough
// to leave the Pi idle between frames.
constexpr double kListeningProgressStepsPerSecond = 4;

// Seconds from `now` until the caption changes next, or (with `progress_line`) the progress line moves on
// (a large number while silent).
double listening_next_change(const Listening& listening, const Content& content, double now, bool progress_line);

// Whether the narration is captioned on the band (with its progress line): the telegram's, and a card's whose
// words can no longer be marked in the card (edited since it was recorded).
inline bool captioned_on_band(const Narration& narration) {
    return narration.subject == kTelegramNarration || !narration.follows_text;
}

}  // namespace app

// The loudspeaker: plays the narration the exhibit's Listening names, streamed from its file through SDL's
// audio queue (about a second ahead), converted to whatever the device wants, at the curators' volume. Where no
// audio device opens (a desktop without sound, a kiosk screen without a speaker) the status says why and the
// exhibit shows no Listen buttons; nothing else changes.
#pragma once
#include <SDL.h>

#include <memory>
#include <optional>
#include <string>

#include "sound/audio_decode.h"
#include "content/load_content.h"
#include "exhibit.h"

namespace platform {

struct AudioStreamDeleter {
    void operator()(SDL_AudioStream* s) const { SDL_FreeAudioStream(s); }
};

struct AudioOutput {
    SDL_AudioDeviceID device = 0;  // 0: no sound here
    SDL_AudioSpec spec{};          // what the device plays
    std::string status;            // "sound: 48000 Hz, 2 channels (pulseaudio)" or "no sound: <why>"
    int volume_percent = 80;
    int playing_serial = -1;  // the Listening::serial being played
    std::optional<AudioDecoder> decoder;
    std::unique_ptr<SDL_AudioStream, AudioStreamDeleter> stream;
    bool draining = false;  // the decoder is done; what the converter still holds goes out

    AudioOutput() = default;
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;
    ~AudioOutput();
};

// Opens the default audio device (initialising SDL's audio). Never fails: `status` says what happened.
void open_audio_output(AudioOutput& out);

// Starts `bytes` (an Ogg Vorbis or WAV clip) `from_s` seconds in, replacing whatever played. False if it cannot.
bool play_clip(AudioOutput& out, std::shared_ptr<const std::string> bytes, double from_s);

// Silence at once (what was queued is dropped).
void stop_clip(AudioOutput& out);

// Decodes and queues until about `ahead_s` seconds wait in the device's queue, or the clip has all gone out.
void top_up(AudioOutput& out, double ahead_s = 1.0);

// True while sound is queued or still to decode.
bool clip_playing(const AudioOutput& out);

// Once a loop turn: follows exhibit.listening (start, stop, keep the queue full). A recording that cannot be
// read is logged and the narration goes on silently with its captions.
void follow_listening(AudioOutput& out, const app::Exhibit& exhibit, const app::ReadFile& read_file);

}  // namespace platform

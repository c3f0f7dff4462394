// Narration recordings decoded for the loudspeaker, a piece at a time so a two-minute narration never sits in
// memory as raw sound: Ogg Vorbis through libvorbisfile, the reference decoder (not stb_vorbis: under the fuzzer
// it crashed on damaged files, and a curator's broken file must never take the kiosk down); 16-bit PCM WAV read by
// app/audio/audio_clip, which also measures both kinds when content loads. Here because app/ uses no codec or I/O
// library: platform/sound/audio_output plays what this decodes.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "audio/audio_clip.h"

struct OggVorbis_File;  // <vorbis/vorbisfile.h>

namespace platform {

// Reads a clip's samples in order, from any starting time.
struct AudioDecoder {
    app::AudioFormat format;
    std::shared_ptr<const std::string> bytes;
    std::shared_ptr<OggVorbis_File> vorbis;  // Ogg Vorbis (reading from `bytes`); null for WAV
    std::optional<app::PcmClip> pcm;         // WAV
};

// A decoder over `bytes`, or nothing when the file cannot be played (app::probe_audio says why).
std::optional<AudioDecoder> open_audio(std::shared_ptr<const std::string> bytes);

// Moves to `seconds` from the start (clamped to the clip).
void audio_seek(AudioDecoder& decoder, double seconds);

// Writes up to `frames` frames of interleaved 16-bit samples (format.channels per frame); returns how many were
// written, 0 at the end of the clip.
int audio_read(AudioDecoder& decoder, std::int16_t* out, int frames);

}  // namespace platform

// Narration audio as bytes: what a file holds (checked when content loads, so a curator hears about a broken
// recording at once, not when a visitor presses Listen) and its samples, decoded a piece at a time so a
// two-minute narration never sits in memory as raw sound. Ogg Vorbis (through libvorbisfile, the reference
// decoder: stb_vorbis crashed on damaged files under the fuzzer) and 16-bit PCM WAV. No SDL here:
// platform/audio_output turns the samples into sound.
#pragma once
#include <cstdint>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

struct OggVorbis_File;  // <vorbis/vorbisfile.h>

namespace app {

struct AudioFormat {
    int sample_rate = 0;  // frames per second
    int channels = 0;     // 1 mono, 2 stereo
    double seconds = 0;   // length of the whole clip
};

// The format of `bytes`, or (format.sample_rate == 0) a reason in a curator's words in `problem`.
struct AudioProbe {
    AudioFormat format;
    std::string problem;
};
AudioProbe probe_audio(const std::string& bytes);

// Reads a clip's samples in order, from any starting time. Ogg files are decoded by libvorbisfile; WAV samples
// are copied straight out of the bytes.
struct AudioDecoder {
    AudioFormat format;
    std::shared_ptr<const std::string> bytes;
    std::shared_ptr<OggVorbis_File> vorbis;  // Ogg Vorbis (reading from `bytes`); null for WAV
    std::size_t wav_data = 0;            // WAV: where the samples start in `bytes`
    std::size_t wav_frames = 0;          // WAV: how many frames there are
    std::size_t next_frame = 0;          // WAV: the next frame read() returns
};

// A decoder over `bytes`, or nothing when probe_audio would report a problem.
std::optional<AudioDecoder> open_audio(std::shared_ptr<const std::string> bytes);

// Moves to `seconds` from the start (clamped to the clip).
void audio_seek(AudioDecoder& decoder, double seconds);

// Writes up to `frames` frames of interleaved 16-bit samples (format.channels per frame); returns how many were
// written, 0 at the end of the clip.
int audio_read(AudioDecoder& decoder, std::int16_t* out, int frames);

}  // namespace app

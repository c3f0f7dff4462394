// Narration audio as bytes: what a file holds, checked when content loads (so a curator hears about a broken
// recording at once, not when a visitor presses Listen), and 16-bit PCM samples read a piece at a time so a
// two-minute narration never sits in memory as raw sound. app/ reads no codec: a WAV file's samples are plain PCM
// and are read here; an Ogg Vorbis file is measured from its pages and headers only (like a picture's size from its
// header, content/picture/picture_header), and decoded in platform/sound/audio_decode (libvorbisfile). No SDL here
// either: platform/sound/audio_output turns the samples into sound.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace app {

struct AudioFormat {
    int sample_rate = 0;  // frames per second
    int channels = 0;     // 1 mono, 2 stereo
    double seconds = 0;   // length of the whole clip
};

// The format of `bytes`, or (format.sample_rate == 0) a reason in a curator's words in `problem`. WAV: its chunks;
// Ogg Vorbis: its pages (checksums, streams, the last page's sample position) and its identification header.
struct AudioProbe {
    AudioFormat format;
    std::string problem;
};
AudioProbe probe_audio(const std::string& bytes);

bool is_wav(const std::string& bytes);
bool is_ogg(const std::string& bytes);

// A WAV file's 16-bit samples, read in order from any starting time (copied straight out of the bytes).
struct PcmClip {
    AudioFormat format;
    std::shared_ptr<const std::string> bytes;
    std::size_t data_at = 0;     // where the samples start in `bytes`
    std::size_t frames = 0;      // how many frames there are
    std::size_t next_frame = 0;  // the next frame pcm_read returns
};

// The samples of a WAV file, or nothing when probe_audio would report a problem (or it is not WAV).
std::optional<PcmClip> open_wav(std::shared_ptr<const std::string> bytes);

// Moves to `seconds` from the start (clamped to the clip).
void pcm_seek(PcmClip& clip, double seconds);

// Writes up to `frames` frames of interleaved 16-bit samples (format.channels per frame); returns how many were
// written, 0 at the end of the clip.
int pcm_read(PcmClip& clip, std::int16_t* out, int frames);

}  // namespace app

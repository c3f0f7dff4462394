#include "audio_clip.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <vorbis/vorbisfile.h>

namespace app {
namespace {

std::uint32_t le32(const std::string& b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

bool is_wav(const std::string& b) { return b.size() >= 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WAVE") == 0; }
bool is_ogg(const std::string& b) { return b.size() >= 4 && b.compare(0, 4, "OggS") == 0; }

// A WAV file is a list of chunks; "fmt " says what the samples are and "data" holds them.
AudioProbe probe_wav(const std::string& b, std::size_t& data_at, std::size_t& frames) {
    AudioProbe out;
    std::size_t at = 12;
    bool have_format = false;
    int bits = 0;
    while (at + 8 <= b.size()) {
        const std::uint32_t size = le32(b, at + 4);
        const std::size_t body = at + 8;
        const std::size_t available = std::min<std::size_t>(size, b.size() - body);
        if (b.compare(at, 4, "fmt ") == 0 && available >= 16) {
            const std::uint16_t encoding = le16(b, body);
            out.format.channels = le16(b, body + 2);
            out.format.sample_rate = static_cast<int>(le32(b, body + 4));
            bits = le16(b, body + 14);
            // 0xFFFE (extensible) is still PCM when its sub-format says so; plain 1 is PCM.
            if (encoding != 1 && encoding != 0xFFFE) {
                out.problem = "this WAV file is compressed (format " + std::to_string(encoding) +
                              "); save it as 16-bit PCM WAV or as Ogg Vorbis";
                return out;
            }
            have_format = true;
        } else if (b.compare(at, 4, "data") == 0 && have_format) {
            if (bits != 16) {
                out.problem = "this WAV file has " + std::to_string(bits) + "-bit samples; save it as 16-bit PCM WAV or as Ogg Vorbis";
                return out;
            }
            if (out.format.channels < 1 || out.format.channels > 2 || out.format.sample_rate < 8000 ||
                out.format.sample_rate > 192000) {
                out.problem = "this WAV file has " + std::to_string(out.format.channels) + " channels at " +
                              std::to_string(out.format.sample_rate) + " Hz; use mono or stereo at 8000 to 192000 Hz";
                return out;
            }
            data_at = body;
            frames = available / (2u * static_cast<unsigned>(out.format.channels));
            out.format.seconds = static_cast<double>(frames) / out.format.sample_rate;
            if (frames == 0) out.problem = "this WAV file holds no sound";
            return out;
        }
        at = body + size + (size & 1u);  // chunks are padded to an even length
    }
    out.problem = have_format ? "this WAV file has no sound data (no \"data\" chunk); it may be cut short"
                              : "this WAV file does not say what its samples are (no \"fmt \" chunk)";
    return out;
}

// libvorbisfile reads through these from a string in memory (the curator's file, already read whole).
struct MemorySource {
    const std::string* bytes = nullptr;
    std::size_t at = 0;
};

std::size_t source_read(void* out, std::size_t size, std::size_t count, void* source) {
    auto* m = static_cast<MemorySource*>(source);
    if (size == 0) return 0;
    const std::size_t n = std::min(count, (m->bytes->size() - m->at) / size);
    std::memcpy(out, m->bytes->data() + m->at, n * size);
    m->at += n * size;
    return n;
}
int source_seek(void* source, ogg_int64_t offset, int whence) {
    auto* m = static_cast<MemorySource*>(source);
    const ogg_int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<ogg_int64_t>(m->at)
                                                                         : static_cast<ogg_int64_t>(m->bytes->size());
    const ogg_int64_t to = base + offset;
    if (to < 0 || to > static_cast<ogg_int64_t>(m->bytes->size())) return -1;
    m->at = static_cast<std::size_t>(to);
    return 0;
}
long source_tell(void* source) { return static_cast<long>(static_cast<MemorySource*>(source)->at); }

// An open Ogg Vorbis stream over `bytes` (which must outlive it), or null with libvorbisfile's error code.
std::shared_ptr<OggVorbis_File> open_vorbis(const std::string& bytes, int& error) {
    auto source = std::make_shared<MemorySource>(MemorySource{&bytes, 0});
    std::shared_ptr<OggVorbis_File> file(new OggVorbis_File{}, [source](OggVorbis_File* f) {
        ov_clear(f);
        delete f;
    });
    const ov_callbacks callbacks{source_read, source_seek, nullptr, source_tell};
    error = ov_open_callbacks(source.get(), file.get(), nullptr, 0, callbacks);
    // A failed open has already cleared the file (libvorbisfile does), so the deleter's ov_clear is harmless.
    return error == 0 ? file : nullptr;
}

AudioProbe probe_ogg(OggVorbis_File* f) {
    AudioProbe out;
    const vorbis_info* info = ov_info(f, -1);
    const ogg_int64_t frames = ov_pcm_total(f, -1);
    if (!info || frames < 0) {
        out.problem = "this Ogg file is damaged: its length cannot be read";
        return out;
    }
    out.format.sample_rate = static_cast<int>(info->rate);
    out.format.channels = info->channels;
    out.format.seconds = info->rate > 0 ? static_cast<double>(frames) / static_cast<double>(info->rate) : 0;
    if (info->channels < 1 || info->channels > 2) {
        out.problem = "this Ogg file has " + std::to_string(info->channels) + " channels; use mono or stereo";
    } else if (ov_streams(f) != 1) {
        out.problem = "this Ogg file joins " + std::to_string(ov_streams(f)) + " recordings one after another; save it as one";
    } else if (frames == 0 || info->rate < 8000 || info->rate > 192000) {
        out.problem = frames == 0 ? "this Ogg file holds no sound, or it is cut short"
                                  : "this Ogg file is at " + std::to_string(info->rate) + " Hz; use 8000 to 192000 Hz";
    }
    return out;
}

AudioProbe no_format(std::string why) {
    AudioProbe out;
    out.problem = std::move(why);
    return out;
}

}  // namespace

AudioProbe probe_audio(const std::string& bytes) {
    if (is_wav(bytes)) {
        std::size_t data_at = 0, frames = 0;
        AudioProbe p = probe_wav(bytes, data_at, frames);
        if (!p.problem.empty()) p.format = {};
        return p;
    }
    if (is_ogg(bytes)) {
        int error = 0;
        std::shared_ptr<OggVorbis_File> f = open_vorbis(bytes, error);
        if (!f) return no_format("this Ogg file is not Ogg Vorbis or is damaged (decoder error " + std::to_string(error) + ")");
        AudioProbe p = probe_ogg(f.get());
        if (!p.problem.empty()) p.format = {};
        return p;
    }
    return no_format("this is neither an Ogg Vorbis (.ogg) nor a WAV (.wav) file");
}

std::optional<AudioDecoder> open_audio(std::shared_ptr<const std::string> bytes) {
    if (!bytes) return std::nullopt;
    AudioDecoder d;
    if (is_wav(*bytes)) {
        AudioProbe p = probe_wav(*bytes, d.wav_data, d.wav_frames);
        if (!p.problem.empty()) return std::nullopt;
        d.format = p.format;
    } else if (is_ogg(*bytes)) {
        int error = 0;
        d.vorbis = open_vorbis(*bytes, error);  // reads from *bytes, kept alive below
        if (!d.vorbis) return std::nullopt;
        AudioProbe p = probe_ogg(d.vorbis.get());
        if (!p.problem.empty()) return std::nullopt;
        d.format = p.format;
    } else {
        return std::nullopt;
    }
    d.bytes = std::move(bytes);
    return d;
}

void audio_seek(AudioDecoder& d, double seconds) {
    const double clamped = std::clamp(seconds, 0.0, d.format.seconds);
    const auto frame = static_cast<std::size_t>(clamped * d.format.sample_rate);
    if (d.vorbis) {
        ov_pcm_seek(d.vorbis.get(), static_cast<ogg_int64_t>(frame));
    } else {
        d.next_frame = std::min(frame, d.wav_frames);
    }
}

int audio_read(AudioDecoder& d, std::int16_t* out, int frames) {
    if (frames <= 0) return 0;
    const int channels = d.format.channels;
    if (d.vorbis) {
        // ov_read may return fewer bytes than asked; a damaged page (a negative "hole") is skipped, a real error
        // ends the clip.
        char* to = reinterpret_cast<char*>(out);
        const int wanted = frames * channels * 2;
        int got = 0;
        for (int tries = 0; got < wanted && tries < 64; ++tries) {
            int link = 0;
            const long n = ov_read(d.vorbis.get(), to + got, wanted - got, 0, 2, 1, &link);
            if (n == OV_HOLE) continue;
            if (n <= 0) break;
            got += static_cast<int>(n);
        }
        return got / (channels * 2);
    }
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(frames), d.wav_frames - d.next_frame);
    // WAV samples are little-endian, as is every machine this runs on (x86-64, arm64).
    std::memcpy(out, d.bytes->data() + d.wav_data + d.next_frame * 2u * static_cast<unsigned>(channels),
                n * 2u * static_cast<unsigned>(channels));
    d.next_frame += n;
    return static_cast<int>(n);
}

}  // namespace app

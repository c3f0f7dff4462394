#include "audio_decode.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <vorbis/vorbisfile.h>

namespace platform {
namespace {

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
    const ogg_int64_t base = whence == SEEK_SET   ? 0
                             : whence == SEEK_CUR ? static_cast<ogg_int64_t>(m->at)
                                                  : static_cast<ogg_int64_t>(m->bytes->size());
    const ogg_int64_t to = base + offset;
    if (to < 0 || to > static_cast<ogg_int64_t>(m->bytes->size())) return -1;
    m->at = static_cast<std::size_t>(to);
    return 0;
}
long source_tell(void* source) { return static_cast<long>(static_cast<MemorySource*>(source)->at); }

// An open Ogg Vorbis stream over `bytes` (which must outlive it), or null.
std::shared_ptr<OggVorbis_File> open_vorbis(const std::string& bytes) {
    auto source = std::make_shared<MemorySource>(MemorySource{&bytes, 0});
    std::shared_ptr<OggVorbis_File> file(new OggVorbis_File{}, [source](OggVorbis_File* f) {
        ov_clear(f);
        delete f;
    });
    const ov_callbacks callbacks{source_read, source_seek, nullptr, source_tell};
    const int error = ov_open_callbacks(source.get(), file.get(), nullptr, 0, callbacks);
    // A failed open has already cleared the file (libvorbisfile does), so the deleter's ov_clear is harmless.
    return error == 0 ? file : nullptr;
}

// The stream's format as the decoder reads it, or nothing for a stream the kiosk does not play (the same limits as
// app::probe_audio, which names the reason when content loads).
std::optional<app::AudioFormat> vorbis_format(OggVorbis_File* f) {
    const vorbis_info* info = ov_info(f, -1);
    const ogg_int64_t frames = ov_pcm_total(f, -1);
    if (!info || frames <= 0 || info->channels < 1 || info->channels > 2 || ov_streams(f) != 1 || info->rate < 8000 ||
        info->rate > 192000)
        return std::nullopt;
    app::AudioFormat format;
    format.sample_rate = static_cast<int>(info->rate);
    format.channels = info->channels;
    format.seconds = static_cast<double>(frames) / static_cast<double>(info->rate);
    return format;
}

}  // namespace

std::optional<AudioDecoder> open_audio(std::shared_ptr<const std::string> bytes) {
    if (!bytes) return std::nullopt;
    AudioDecoder d;
    if (app::is_wav(*bytes)) {
        d.pcm = app::open_wav(bytes);
        if (!d.pcm) return std::nullopt;
        d.format = d.pcm->format;
    } else if (app::is_ogg(*bytes)) {
        d.vorbis = open_vorbis(*bytes);  // reads from *bytes, kept alive below
        if (!d.vorbis) return std::nullopt;
        const std::optional<app::AudioFormat> format = vorbis_format(d.vorbis.get());
        if (!format) return std::nullopt;
        d.format = *format;
    } else {
        return std::nullopt;
    }
    d.bytes = std::move(bytes);
    return d;
}

void audio_seek(AudioDecoder& d, double seconds) {
    if (d.pcm) {
        app::pcm_seek(*d.pcm, seconds);
        return;
    }
    const double clamped = std::clamp(seconds, 0.0, d.format.seconds);
    ov_pcm_seek(d.vorbis.get(), static_cast<ogg_int64_t>(clamped * d.format.sample_rate));
}

int audio_read(AudioDecoder& d, std::int16_t* out, int frames) {
    if (frames <= 0) return 0;
    if (d.pcm) return app::pcm_read(*d.pcm, out, frames);
    // ov_read may return fewer bytes than asked; a damaged page (a negative "hole") is skipped, a real error ends
    // the clip.
    const int channels = d.format.channels;
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

}  // namespace platform

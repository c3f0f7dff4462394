#include "audio_clip.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

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
                out.problem = "this WAV file has " + std::to_string(bits) +
                              "-bit samples; save it as 16-bit PCM WAV or as Ogg Vorbis";
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

// An Ogg page (RFC 3533): "OggS", version 0, flags, the granule position (here: samples decoded by the end of the
// page), the stream's serial number, the page's sequence number and checksum, then a table of segment sizes and
// the body. Packets are cut into segments of 255 bytes; a segment shorter than 255 ends a packet.
struct OggPage {
    std::uint8_t flags = 0;     // 0x02: the first page of a stream
    std::int64_t granule = -1;  // -1: no packet ends on this page
    std::uint32_t serial = 0;
    std::size_t segments = 0;  // where the segment table starts in the bytes
    std::size_t count = 0;     // how many segments
    std::size_t body = 0;      // where the body starts
    std::size_t end = 0;       // where the next page starts
};

// Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, starting from 0), eight bytes at a time ("slicing by 8"):
// table k is the CRC of a byte followed by k zero bytes. Every page of every narration is checked at each load, so
// this loop is most of what measuring a recording costs; a byte at a time it was twice the whole rest of loading.
using CrcTables = std::array<std::array<std::uint32_t, 256>, 8>;

const CrcTables& ogg_crc_tables() {
    static const CrcTables tables = [] {
        CrcTables t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t crc = i << 24;
            for (int bit = 0; bit < 8; ++bit) crc = crc & 0x80000000u ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
            t[0][i] = crc;
        }
        for (std::size_t k = 1; k < t.size(); ++k)
            for (std::size_t i = 0; i < 256; ++i) t[k][i] = (t[k - 1][i] << 8) ^ t[0][t[k - 1][i] >> 24];
        return t;
    }();
    return tables;
}

std::uint32_t ogg_crc(std::uint32_t crc, const unsigned char* p, std::size_t n) {
    const CrcTables& t = ogg_crc_tables();
    for (; n >= 8; p += 8, n -= 8) {
        crc ^= static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
               static_cast<std::uint32_t>(p[2]) << 8 | static_cast<std::uint32_t>(p[3]);
        crc = t[7][crc >> 24] ^ t[6][(crc >> 16) & 0xff] ^ t[5][(crc >> 8) & 0xff] ^ t[4][crc & 0xff] ^ t[3][p[4]] ^
              t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
    }
    for (; n > 0; ++p, --n) crc = (crc << 8) ^ t[0][(crc >> 24) ^ *p];
    return crc;
}

// The page at `at`, or nothing where the bytes there are not a whole page whose checksum holds (the checksum is
// Ogg's CRC-32 of the page with its own four bytes taken as zero).
std::optional<OggPage> ogg_page_at(const std::string& b, std::size_t at) {
    if (b.size() < 27 || at > b.size() - 27 || b.compare(at, 4, "OggS") != 0 || b[at + 4] != 0) return std::nullopt;
    OggPage page;
    page.flags = static_cast<std::uint8_t>(b[at + 5]);
    page.granule = static_cast<std::int64_t>(static_cast<std::uint64_t>(le32(b, at + 6)) |
                                             static_cast<std::uint64_t>(le32(b, at + 10)) << 32);
    page.serial = le32(b, at + 14);
    page.segments = at + 27;
    page.count = static_cast<unsigned char>(b[at + 26]);
    page.body = page.segments + page.count;
    if (page.body > b.size()) return std::nullopt;
    std::size_t body_size = 0;
    for (std::size_t i = 0; i < page.count; ++i) body_size += static_cast<unsigned char>(b[page.segments + i]);
    if (body_size > b.size() - page.body) return std::nullopt;  // cut short
    page.end = page.body + body_size;
    const auto* bytes = reinterpret_cast<const unsigned char*>(b.data());
    const unsigned char zeros[4] = {0, 0, 0, 0};  // the checksum's own place
    std::uint32_t crc = ogg_crc(0, bytes + at, 22);
    crc = ogg_crc(crc, zeros, 4);
    crc = ogg_crc(crc, bytes + at + 26, page.end - (at + 26));
    if (crc != le32(b, at + 22)) return std::nullopt;
    return page;
}

// What an Ogg file's pages say, read from the first page to the last without decoding a sample.
struct OggSummary {
    bool vorbis = false;  // the first stream begins with a Vorbis identification header
    int channels = 0;
    std::uint32_t rate = 0;
    int headers = 0;  // how many of Vorbis's three header packets (identification, comments, setup) are whole
    int streams = 0;  // streams begun, one after another or side by side
    std::int64_t last_granule = 0;  // samples by the end of the first stream's last page
};

// Whether the `size` bytes at `at` begin Vorbis header packet `type` (1, 3 or 5, each followed by "vorbis").
bool vorbis_header(const std::string& b, std::size_t at, std::size_t size, int type) {
    return size >= 7 && static_cast<unsigned char>(b[at]) == type && b.compare(at + 1, 6, "vorbis") == 0;
}

OggSummary summarise_ogg(const std::string& b) {
    OggSummary out;
    std::uint32_t first_serial = 0;
    bool in_packet = false;  // a header packet of the first stream has begun and not ended
    for (std::size_t at = 0; at < b.size();) {
        const std::optional<OggPage> page = ogg_page_at(b, at);
        if (!page) {  // damaged or cut short: look for the next page, as a decoder would
            at = b.find("OggS", at + 1);
            if (at == std::string::npos) break;
            continue;
        }
        if (page->flags & 0x02) {
            if (out.streams == 0) first_serial = page->serial;
            ++out.streams;
        }
        if (out.streams > 0 && page->serial == first_serial) {
            if (page->granule >= 0) out.last_granule = page->granule;
            // Vorbis's three header packets come first, in order: each is checked where it begins.
            std::size_t offset = page->body;
            for (std::size_t i = 0; i < page->count && out.headers >= 0 && out.headers < 3; ++i) {
                const std::size_t segment = static_cast<unsigned char>(b[page->segments + i]);
                const bool continued = i == 0 && (page->flags & 0x01);
                if (!in_packet && !continued) {
                    const int type = 2 * out.headers + 1;
                    const bool identification = out.headers == 0;
                    if (!vorbis_header(b, offset, page->end - offset, type) ||
                        (identification && (segment < 30 || le32(b, offset + 7) != 0))) {
                        out.headers = -1;  // not what Vorbis puts here (or a Vorbis version this is not)
                        break;
                    }
                    if (identification) {
                        out.vorbis = true;
                        out.channels = static_cast<unsigned char>(b[offset + 11]);
                        out.rate = le32(b, offset + 12);
                    }
                    in_packet = true;
                }
                offset += segment;
                if (segment < 255 && in_packet) {
                    ++out.headers;
                    in_packet = false;
                }
            }
        }
        at = page->end;
    }
    return out;
}

AudioProbe probe_ogg(const std::string& b) {
    AudioProbe out;
    const OggSummary ogg = summarise_ogg(b);
    if (!ogg.vorbis || ogg.headers < 3) {
        out.problem = "this Ogg file is not Ogg Vorbis or is damaged (its headers cannot be read)";
        return out;
    }
    const std::int64_t frames = ogg.last_granule;
    out.format.sample_rate = static_cast<int>(ogg.rate);
    out.format.channels = ogg.channels;
    out.format.seconds = ogg.rate > 0 ? static_cast<double>(frames) / static_cast<double>(ogg.rate) : 0;
    if (ogg.channels < 1 || ogg.channels > 2) {
        out.problem = "this Ogg file has " + std::to_string(ogg.channels) + " channels; use mono or stereo";
    } else if (ogg.streams != 1) {
        out.problem =
            "this Ogg file joins " + std::to_string(ogg.streams) + " recordings one after another; save it as one";
    } else if (frames == 0 || ogg.rate < 8000 || ogg.rate > 192000) {
        out.problem = frames == 0 ? "this Ogg file holds no sound, or it is cut short"
                                  : "this Ogg file is at " + std::to_string(ogg.rate) + " Hz; use 8000 to 192000 Hz";
    }
    return out;
}

AudioProbe no_format(std::string why) {
    AudioProbe out;
    out.problem = std::move(why);
    return out;
}

}  // namespace

bool is_wav(const std::string& b) {
    return b.size() >= 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WAVE") == 0;
}
bool is_ogg(const std::string& b) { return b.size() >= 4 && b.compare(0, 4, "OggS") == 0; }

AudioProbe probe_audio(const std::string& bytes) {
    if (is_wav(bytes)) {
        std::size_t data_at = 0, frames = 0;
        AudioProbe p = probe_wav(bytes, data_at, frames);
        if (!p.problem.empty()) p.format = {};
        return p;
    }
    if (is_ogg(bytes)) {
        AudioProbe p = probe_ogg(bytes);
        if (!p.problem.empty()) p.format = {};
        return p;
    }
    return no_format("this is neither an Ogg Vorbis (.ogg) nor a WAV (.wav) file");
}

std::optional<PcmClip> open_wav(std::shared_ptr<const std::string> bytes) {
    if (!bytes || !is_wav(*bytes)) return std::nullopt;
    PcmClip clip;
    AudioProbe p = probe_wav(*bytes, clip.data_at, clip.frames);
    if (!p.problem.empty()) return std::nullopt;
    clip.format = p.format;
    clip.bytes = std::move(bytes);
    return clip;
}

void pcm_seek(PcmClip& clip, double seconds) {
    const double clamped = std::clamp(seconds, 0.0, clip.format.seconds);
    const auto frame = static_cast<std::size_t>(clamped * clip.format.sample_rate);
    clip.next_frame = std::min(frame, clip.frames);
}

int pcm_read(PcmClip& clip, std::int16_t* out, int frames) {
    if (frames <= 0) return 0;
    const unsigned channels = static_cast<unsigned>(clip.format.channels);
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(frames), clip.frames - clip.next_frame);
    // WAV samples are little-endian, as is every machine this runs on (x86-64, arm64).
    std::memcpy(out, clip.bytes->data() + clip.data_at + clip.next_frame * 2u * channels, n * 2u * channels);
    clip.next_frame += n;
    return static_cast<int>(n);
}

}  // namespace app

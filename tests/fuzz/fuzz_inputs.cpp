#include "fuzz_inputs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "audio/audio_clip.h"
#include "sound/audio_decode.h"  // platform/: Ogg Vorbis decoded as the kiosk does
#include "content/read/content_file.h"
#include "content/read/json_document.h"
#include "content/load_content.h"
#include "content/timeline/load_timeline.h"
#include "exhibit.h"
#include "support/fake_measure.h"
#include "replay/replay_driver.h"
#include "replay/replay_script.h"

#ifndef EXHIBIT_SOURCE_ASSETS_DIR
#define EXHIBIT_SOURCE_ASSETS_DIR "assets"
#endif

namespace fuzz {
namespace {

// app/ only checks a font file's first bytes (FreeType parses fonts, in platform/, which is not fuzzed here), so
// the in-memory folder keeps just the start of each font: copying whole fonts on every run would halve the speed.
constexpr std::size_t kFontBytesKept = 1024;
// A replay is played only when it is this short in script time, so one input cannot run for minutes.
constexpr std::int64_t kMaxReplayMs = 120'000;
// At most this many cards are opened per input: enough for every shipped annotation.
constexpr std::size_t kMaxCardsOpened = 40;

using Files = std::map<std::string, std::string>;

bool is_font(const std::string& path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    return ext == ".ttf" || ext == ".otf";
}

// The shipped assets folder, read once: libFuzzer calls a target millions of times in one process.
const Files& shipped_files() {
    static const Files files = [] {
        Files out;
        const char* env = std::getenv("EXHIBIT_ASSETS");
        const std::filesystem::path root = env && *env ? env : EXHIBIT_SOURCE_ASSETS_DIR;
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_directory() && it->path().filename() == "node_modules") {
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file()) continue;
            const std::string rel = std::filesystem::relative(it->path(), root).generic_string();
            std::string bytes = read_whole(it->path());
            if (is_font(rel)) bytes.resize(std::min(bytes.size(), kFontBytesKept));
            out.emplace(rel, std::move(bytes));
        }
        if (out.find(app::kManifestFile) == out.end()) {
            std::fprintf(stderr, "fuzz: no %s under %s (set EXHIBIT_ASSETS)\n", app::kManifestFile,
                         root.string().c_str());
            std::abort();
        }
        return out;
    }();
    return files;
}

// The string at `key` of the shipped JSON file `file`, or "" (the folder's own files are trusted here).
std::string named_in(const std::string& file, const char* key) {
    const Files& files = shipped_files();
    auto it = files.find(file);
    if (it == files.end()) return "";
    nlohmann::json doc = nlohmann::json::parse(it->second, nullptr, false);
    if (!doc.is_object() || !doc.contains(key) || !doc[key].is_string()) return "";
    return doc[key].get<std::string>();
}

// Which file each content target replaces, found the way load_content finds it: from the manifest down.
const std::map<std::string, std::string>& content_targets() {
    static const std::map<std::string, std::string> targets = [] {
        const std::string manifest = app::kManifestFile;
        std::map<std::string, std::string> t;
        t["manifest"] = manifest;
        t["telegram"] = named_in(manifest, "telegram");
        t["body"] = named_in(t["telegram"], "body");
        t["annotations"] = named_in(manifest, "annotations");
        t["interface"] = named_in(manifest, "interface");
        t["attract"] = named_in(manifest, "attract");
        t["map"] = named_in(manifest, "map");
        t["geojson"] = named_in(t["map"], "geometry");
        t["places"] = named_in(t["map"], "places");
        t["timeline"] = named_in(manifest, "timeline");
        t["timeline_text"] = t["timeline"].empty() ? "" : app::timeline_text_file(t["timeline"]);
        t["narration"] = named_in(manifest, "narration");
        for (const auto& [name, file] : t) {
            if (file.empty() || shipped_files().count(file) == 0) {
                std::fprintf(stderr, "fuzz: the shipped assets have no file for target '%s'\n", name.c_str());
                std::abort();
            }
        }
        return t;
    }();
    return targets;
}

app::ViewContext context_of(const app::Exhibit& e) {
    return app::ViewContext{*e.content, e.screen, e.measure, e.theme, e.language, app::full_screen(e.screen)};
}

// What a kiosk does with content that loaded: every screen, every card, every language.
void exercise(const std::shared_ptr<const app::Content>& content, std::size_t variant) {
    static const app::Screen screens[] = {{800, 480, 96.0f / 25.4f}, {1080, 1920, 160.0f / 25.4f}};
    app::ExhibitOptions options = app::starting_on(app::Scene::Telegram);
    options.idle.timeout_s = 1e6;  // time jumps below must not end the visit
    app::Exhibit e = app::make_exhibit(content, screens[variant % 2], app::testing::fake_measure(), options);
    app::draw(e);
    app::advance(e, 0.5);  // part typed
    app::draw(e);
    app::advance(e, 600);  // typed out
    app::draw(e);
    const std::size_t cards = std::min(content->annotations.size(), kMaxCardsOpened);
    for (std::size_t i = 0; i < cards; ++i) {
        app::open_card(e.telegram, context_of(e), static_cast<int>(i), e.now);
        app::advance(e, 0.1);
        app::draw(e);
        app::advance(e, 1.0);
        app::draw(e);
    }
    for (app::Language language : app::kLanguages) {
        e.language = language;
        app::resize(e, e.screen);
        app::draw(e);
    }
    app::start_over(e);
    app::draw(e);
    app::advance(e, 7);
    app::draw(e);
}

void run_content(const std::string& file, std::string_view input) {
    const Files& files = shipped_files();
    const std::string replacement(input);
    app::ReadFile read = [&files, &file, &replacement](const std::string& path) -> std::optional<std::string> {
        if (path == file) return replacement;
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    app::LoadResult loaded;
    loaded = app::load_content(read);
    for (const app::Problem& p : loaded.problems) (void)app::format_problem(p);  // messages must be printable too
    if (loaded.content) exercise(loaded.content, input.size());
}

void run_json(std::string_view input) {
    std::vector<app::Problem> problems;
    std::optional<app::JsonDocument> doc;
    // As every loader opens JSON: encoding and shape limits first, then the parser (any JSON, not only a group of
    // fields as open_json_file asks, so that lists and plain values reach the parser and the positions too).
    const app::ReadFile read = [input](const std::string&) { return app::FileBytes(std::string(input)); };
    const app::OpenedFile opened = app::open_content_file("fuzz.json", read, app::FileKind::json, problems);
    if (!opened.bytes) return;
    doc = app::parse_json(*opened.bytes, "fuzz.json", problems);
    if (!doc) return;
    // Every recorded position must be found again, and a pointer below any of them falls back to it.
    for (const auto& [pointer, pos] : doc->positions) {
        (void)pos;
        (void)doc->position_of(pointer + "/0/x");
    }
}

// A curator's recording as bytes: measured as the loader does, then decoded from a point in it and to the end
// (at most a minute of sound, so one input cannot run long), as the loudspeaker would.
void run_audio(std::string_view input) {
    const std::string bytes(input);
    const app::AudioProbe probe = app::probe_audio(bytes);
    std::optional<platform::AudioDecoder> decoder = platform::open_audio(std::make_shared<const std::string>(bytes));
    if (!decoder) return;
    // A recording the loader accepts plays in the format it measured (the loader, reading headers only, may refuse
    // more than the decoder would play, never less).
    if (probe.problem.empty() &&
        (probe.format.sample_rate != decoder->format.sample_rate || probe.format.channels != decoder->format.channels))
        std::abort();
    std::vector<std::int16_t> buffer(static_cast<std::size_t>(1024 * decoder->format.channels));
    platform::audio_seek(*decoder, decoder->format.seconds * static_cast<double>(input.size() % 7) / 7);
    long frames = 0;
    for (int got;
         frames < 60L * decoder->format.sample_rate && (got = platform::audio_read(*decoder, buffer.data(), 1024)) > 0;)
        frames += got;
}

// The shipped content, loaded once. Content that does not load is the folder's problem, not a finding: say so
// and stop before fuzzing (the first call comes from LLVMFuzzerInitialize).
const std::shared_ptr<const app::Content>& shipped_content() {
    static const std::shared_ptr<const app::Content> content = [] {
        const Files& files = shipped_files();
        app::ReadFile read = [&files](const std::string& path) -> std::optional<std::string> {
            auto it = files.find(path);
            if (it == files.end()) return std::nullopt;
            return it->second;
        };
        app::LoadResult loaded = app::load_content(read);
        if (!loaded.content) {
            for (const app::Problem& p : loaded.problems) std::fprintf(stderr, "%s\n", app::format_problem(p).c_str());
            std::fprintf(stderr, "fuzz: the shipped assets do not load; fix them (exhibit --check) before fuzzing\n");
            std::exit(2);
        }
        return loaded.content;
    }();
    return content;
}

// Parses a script and, when it is short, plays it into an exhibit: input handling is fuzzed too.
void run_replay(std::string_view input) {
    const std::shared_ptr<const app::Content>& content = shipped_content();
    std::vector<app::Problem> problems;
    std::vector<app::ReplayEvent> events = app::parse_replay(input, "fuzz.replay", problems);
    for (const app::ReplayEvent& ev : events) (void)app::format_replay_event(ev);
    if (!problems.empty() || events.empty() || app::replay_length_ms(events) > kMaxReplayMs) return;
    app::Exhibit e = app::make_exhibit(content, app::Screen{1280, 720, 96.0f / 25.4f}, app::testing::fake_measure());
    app::ReplayPlayer player{std::move(events)};
    int steps = 0;
    while (app::step_replay(player, e)) {
        if (++steps % 30 == 0 && app::needs_frame(e)) app::draw(e);
    }
    app::draw(e);
}

}  // namespace

std::string read_whole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> target_names() {
    std::vector<std::string> names;
    for (const auto& entry : content_targets()) names.push_back(entry.first);
    names.push_back("json");
    names.push_back("replay");
    names.push_back("audio");
    return names;
}

std::string replaced_file(const std::string& target) {
    auto it = content_targets().find(target);
    return it == content_targets().end() ? "" : it->second;
}

bool run_target(const std::string& target, std::string_view input) {
    shipped_content();  // every target starts from content that loads
    if (target == "json") {
        run_json(input);
        return true;
    }
    if (target == "replay") {
        run_replay(input);
        return true;
    }
    if (target == "audio") {
        run_audio(input);
        return true;
    }
    const std::string file = replaced_file(target);
    if (file.empty()) return false;
    run_content(file, input);
    return true;
}

}  // namespace fuzz

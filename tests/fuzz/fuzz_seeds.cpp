// Writes the fuzzers' seed corpus and dictionary into the build folder (never committed): for each content
// target the shipped file it replaces, for "json" every shipped JSON file, for "replay" the test replays; the
// dictionary holds JSON's tokens, every key the shipped JSON uses, and the replay format's words.
//   fuzz_seeds OUT_DIR   ->  OUT_DIR/<target>/seed-*, OUT_DIR/fuzz.dict
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_inputs.h"

namespace fs = std::filesystem;

using fuzz::read_whole;

namespace {

void write_whole(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

void collect_keys(const nlohmann::json& value, std::set<std::string>& keys) {
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            keys.insert(key);
            collect_keys(member, keys);
        }
    } else if (value.is_array()) {
        for (const auto& element : value) collect_keys(element, keys);
    }
}

// A libFuzzer dictionary entry: the word in double quotes, with quotes, backslashes and bytes outside
// printable ASCII escaped as \xNN.
std::string dict_entry(const std::string& word) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "\"";
    for (unsigned char c : word) {
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fuzz_seeds OUT_DIR\n";
        return 2;
    }
    const fs::path out = argv[1];
    const fs::path assets = EXHIBIT_SOURCE_ASSETS_DIR;
    const fs::path replays = EXHIBIT_REPLAY_DIR;
    std::set<std::string> words = {"{",      "}",      "[",      "]",        ":",      ",",        "\"",      "true",
                                   "false",  "null",   "0",      "-1",       "1e308",  "\\u0000",  "\\ud800", "\"en\"",
                                   "\"ru\"", "\"pt\"", "[^1]",   "[Page 1]", "down",   "move",     "up",      "key",
                                   "wheel",  "end",    "Escape", "Tab",      "Return", "Page Down"};
    fs::remove_all(out);  // made afresh each build: nothing stale from assets since changed
    for (const std::string& target : fuzz::target_names()) {
        const fs::path dir = out / target;
        fs::create_directories(dir);
        const std::string file = fuzz::replaced_file(target);
        if (!file.empty()) write_whole(dir / "seed-shipped", read_whole(assets / file));
    }
    int n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(assets)) {
        const fs::path ext = entry.path().extension();
        if (!entry.is_regular_file() || (ext != ".json" && ext != ".geojson")) continue;
        // Content only: the map's build tools keep npm's files and a check list beside the data.
        const std::string name = entry.path().filename().string();
        if (entry.path().string().find("node_modules") != std::string::npos || name.rfind("package", 0) == 0 ||
            name == "check-points.json")
            continue;
        const std::string bytes = read_whole(entry.path());
        write_whole(out / "json" / ("seed-" + std::to_string(n++)), bytes);
        nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, false);
        std::set<std::string> keys;
        collect_keys(doc, keys);
        for (const std::string& key : keys) words.insert("\"" + key + "\"");
    }
    n = 0;
    for (const auto& entry : fs::directory_iterator(replays)) {
        if (entry.path().extension() == ".replay")
            write_whole(out / "replay" / ("seed-" + std::to_string(n++)), read_whole(entry.path()));
    }
    // Audio: the two shortest shipped recordings and a tiny WAV header to grow from.
    std::vector<fs::path> recordings;
    for (const auto& entry : fs::recursive_directory_iterator(assets))
        if (entry.is_regular_file() && entry.path().extension() == ".ogg") recordings.push_back(entry.path());
    std::sort(recordings.begin(), recordings.end(),
              [](const fs::path& a, const fs::path& b) { return fs::file_size(a) < fs::file_size(b); });
    for (std::size_t i = 0; i < recordings.size() && i < 2; ++i)
        write_whole(out / "audio" / ("seed-" + std::to_string(i)), read_whole(recordings[i]));
    write_whole(
        out / "audio" / "seed-wav",
        std::string("RIFF\x2c\0\0\0WAVEfmt "
                    "\x10\0\0\0\x01\0\x01\0\x40\x1f\0\0\x80\x3e\0\0\x02\0\x10\0data\x08\0\0\0\x01\0\x02\0\x03\0\x04\0",
                    52));
    for (const char* w : {"OggS", "RIFF", "WAVE", "fmt ", "data", "\x01vorbis"}) words.insert(w);
    std::ofstream dict(out / "fuzz.dict", std::ios::trunc);
    for (const std::string& word : words) dict << dict_entry(word) << "\n";
    std::cout << "fuzz_seeds: corpus and " << words.size() << "-word dictionary in " << out.string() << "\n";
    return 0;
}

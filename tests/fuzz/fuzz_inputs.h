// What each fuzz target does with its input. Shared by the libFuzzer targets (clang only) and by the regression
// test that replays saved findings with any compiler, so a crash found once stays found.
//
// The content targets put the input in place of one file of an in-memory copy of the shipped assets folder and
// run the whole app::load_content, as a kiosk does after a curator's edit; content that loads is then laid out,
// typed out, opened card by card and drawn, because validation that lets something through is only half the test.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

// A file's bytes (empty when it cannot be read): for seeds, saved findings and the shipped assets.
std::string read_whole(const std::filesystem::path& path);

// Every target's name: the content targets ("manifest", "telegram", "body", ...) and "json", "replay", "audio".
std::vector<std::string> target_names();

// The assets file a content target replaces (e.g. "telegram/body.txt"); empty for "json", "replay" and "audio".
std::string replaced_file(const std::string& target);

// Feeds `input` to `target`. Returns false for an unknown target name. A bug shows as a crash or a sanitizer
// report, never as a return value.
bool run_target(const std::string& target, std::string_view input);

}  // namespace fuzz

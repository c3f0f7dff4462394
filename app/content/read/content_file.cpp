#include "content_file.h"

#include "json_shape.h"
#include "text_encoding.h"

namespace app {
namespace {

const TextLimits& limits_for(FileKind kind) { return kind == FileKind::borders ? kBordersLimits : kCuratorTextLimits; }

// body.txt: a paragraph (lines up to a blank line) holds at most as many characters as one text in JSON.
std::optional<Problem> check_paragraphs(std::string_view text, const std::string& file, const TextLimits& limits) {
    int paragraph_line = 0;  // 0: between paragraphs
    std::size_t chars = 0;
    std::size_t start = 0;
    for (int line = 1;; ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view here = text.substr(start, end - start);
        if (here.find_first_not_of(" \t\r") == std::string_view::npos) {
            paragraph_line = 0;
        } else {
            if (paragraph_line == 0) paragraph_line = line, chars = 0;
            for (char c : here) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
            if (chars > limits.max_text_chars)
                return Problem{file, paragraph_line, 0,
                               "the paragraph starting here is longer than " + format_count(limits.max_text_chars) +
                                   " characters, the most a paragraph may hold: did you paste more than you meant to, "
                                   "or leave out the blank lines between paragraphs?"};
        }
        if (end == text.size()) return std::nullopt;
        start = end + 1;
    }
}

// "the map's file" → "The map's file", to begin a message.
std::string capitalised(std::string what) {
    if (!what.empty() && what[0] >= 'a' && what[0] <= 'z') what[0] = static_cast<char>(what[0] - 'a' + 'A');
    return what;
}

}  // namespace

OpenedFile open_content_file(const std::string& file, const ReadFile& read_file, FileKind kind,
                             std::vector<Problem>& problems) {
    FileBytes read = read_file(file);
    OpenedFile out;
    if (!read.bytes) {
        if (read.refused.empty()) out.missing = true;
        else problems.push_back({file, 0, 0, read.refused});
        return out;
    }
    std::string& bytes = *read.bytes;
    if (bytes.size() > kMaxFileBytes) {  // the platform's reader stops sooner; readers in memory may not
        problems.push_back({file, 0, 0,
                            "the file is " + format_megabytes(bytes.size()) + ", more than the " +
                                format_megabytes(kMaxFileBytes) + " any content file may be"});
        return out;
    }
    if (kind == FileKind::binary) {
        out.bytes = std::move(bytes);
        return out;
    }
    const TextLimits& limits = limits_for(kind);
    std::optional<Problem> problem = check_text_encoding(bytes, file);
    const std::string_view text = without_utf8_bom(bytes);
    // Located limits first: "this text, at line 40" helps more than "the file is too large".
    if (!problem)
        problem = kind == FileKind::text ? check_paragraphs(text, file, limits) : check_json_shape(text, file, limits);
    if (!problem && text.size() > limits.max_bytes) {
        problem = Problem{file, 0, 0,
                          "the file is " + format_megabytes(text.size()) + ", more than the " +
                              format_megabytes(limits.max_bytes) +
                              " this file may be: did you paste more than you meant to? (limits: assets/README.md)"};
    }
    if (problem) {
        problems.push_back(std::move(*problem));
        return out;
    }
    out.bytes = std::string(text);
    return out;
}

std::string cannot_read(const std::string& what) {
    return "cannot read " + what + "; check that it exists in the assets folder";
}

std::optional<JsonDocument> open_json_file(const std::string& file, const ReadFile& read_file, const std::string& what,
                                           const FieldNames& fields, std::vector<Problem>& problems) {
    OpenedFile opened = open_content_file(file, read_file, FileKind::json, problems);
    if (opened.missing) problems.push_back({file, 0, 0, cannot_read(what)});
    if (!opened.bytes) return std::nullopt;
    return parse_json_file(*opened.bytes, file, what, fields, problems);
}

std::optional<JsonDocument> parse_json_file(std::string_view bytes, const std::string& file, const std::string& what,
                                            const FieldNames& fields, std::vector<Problem>& problems) {
    std::optional<JsonDocument> doc = parse_json(bytes, file, problems);
    if (!doc) return std::nullopt;
    const JsonReport report{*doc, problems};
    if (!expect_object(report, "", capitalised(what))) return std::nullopt;
    reject_unknown_keys(report, "", fields);
    return doc;
}

std::optional<std::string> read_referenced(const JsonReport& report, const std::string& pointer,
                                           const std::string& path, const ReadFile& read_file, FileKind kind) {
    if (!require_safe_path(report, pointer, path)) return std::nullopt;
    OpenedFile opened = open_content_file(path, read_file, kind, report.problems);
    if (opened.missing) report.error(pointer, cannot_read("the file \"" + path + "\""));
    return std::move(opened.bytes);
}

}  // namespace app

// The one way loaders open a content file. Whatever a curator leaves under a file's name (a link out of the folder,
// a folder, a pipe, a file of the wrong encoding, far too large, nested too deep, cut short) ends here as one
// problem at the file, line and column, saying what to do; never an exception, never a hang, and the limits of
// content_limits.h are checked before anything costly reads the bytes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content_limits.h"
#include "json_document.h"
#include "json_fields.h"
#include "../problem.h"
#include "read_file.h"

namespace app {

enum class FileKind {
    json,     // a curator's JSON file
    text,     // the telegram's body.txt
    borders,  // the generated GeoJSON borders
    binary,   // a font or a recording: only its size is checked here
};

struct OpenedFile {
    std::optional<std::string> bytes;  // for text kinds: valid UTF-8 within the limits, a UTF-8 BOM removed
    bool missing = false;              // not there at all; nothing was reported: the caller knows what it is for
};

// Reads `file` and checks it for its kind; reports at most one problem (when it is there but unusable).
OpenedFile open_content_file(const std::string& file, const ReadFile& read_file, FileKind kind,
                             std::vector<Problem>& problems);

// open_content_file and parse_json together, reporting `when_missing` at the file when it is not there.
std::optional<JsonDocument> read_json_file(const std::string& file, const ReadFile& read_file,
                                           const std::string& when_missing, std::vector<Problem>& problems,
                                           FileKind kind = FileKind::json);

// A file named in a JSON document at `pointer` (e.g. a font or a picture): a safe path, there, and usable for its
// kind; otherwise reported at `pointer`, where the curator wrote its name.
std::optional<std::string> read_referenced(const JsonReport& report, const std::string& pointer,
                                           const std::string& path, const ReadFile& read_file, FileKind kind);

}  // namespace app

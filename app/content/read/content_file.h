// The one way loaders open a content file. Whatever a curator leaves under a file's name (a link out of the folder,
// a folder, a pipe, a file of the wrong encoding, far too large, nested too deep, cut short) ends here as one
// problem at the file, line and column, saying what to do; never an exception, never a hang, and the limits of
// content_limits.h are checked before anything costly reads the bytes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content_limits.h"
#include "json_document.h"
#include "json_fields.h"
#include "../problem.h"
#include "../read_file.h"

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

// The words for a content file that is not there, one wording for every file: "cannot read <what>; check that it
// exists in the assets folder". `what` names the file as a curator knows it ("the map's places file").
std::string cannot_read(const std::string& what);

// The one way a loader opens a JSON content file. Reads `file` (missing: cannot_read(what), at the file), checks it
// as open_content_file does, parses it, and checks that the whole file is one group of fields {...} ("<What> should
// be a group of fields {...} but is a list [...]") whose fields are all among `fields` (each other one reported as
// reject_unknown_keys does, at its line, without giving up the file: the rest may still be checked). Nothing when
// the file cannot be read at all; every reason is in `problems`.
std::optional<JsonDocument> open_json_file(const std::string& file, const ReadFile& read_file, const std::string& what,
                                           const FieldNames& fields, std::vector<Problem>& problems);

// The same for the bytes of a file already opened by read_referenced, whose absence was reported where it is named.
std::optional<JsonDocument> parse_json_file(std::string_view bytes, const std::string& file, const std::string& what,
                                            const FieldNames& fields, std::vector<Problem>& problems);

// A file named in a JSON document at `pointer` (e.g. a font or a picture): a safe path, there, and usable for its
// kind; otherwise reported at `pointer`, where the curator wrote its name (when missing: cannot_read of
// `the file "<path>"`).
std::optional<std::string> read_referenced(const JsonReport& report, const std::string& pointer,
                                           const std::string& path, const ReadFile& read_file, FileKind kind);

}  // namespace app

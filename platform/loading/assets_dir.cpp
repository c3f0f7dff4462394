#include "loading/assets_dir.h"

#include <cstdlib>
#include <system_error>

#include <SDL.h>

#include "loading/read_inside.h"

namespace platform {

AssetsDir find_assets_dir(const AssetsSearch& search) {
    if (search.from_option && !search.from_option->empty()) return {*search.from_option, "--assets"};
    if (search.from_env && !search.from_env->empty()) return {*search.from_env, "EXHIBIT_ASSETS"};
    if (!search.exe_dir.empty()) {
        std::filesystem::path installed = search.exe_dir / ".." / "share" / "exhibit" / "assets";
        std::error_code ec;
        if (std::filesystem::is_directory(installed, ec)) return {installed.lexically_normal(), "installed"};
    }
    return {search.source_dir, "source tree"};
}

AssetsSearch assets_search_for_this_process(std::optional<std::string> from_option, std::string source_dir) {
    AssetsSearch search;
    search.from_option = std::move(from_option);
    if (const char* env = std::getenv("EXHIBIT_ASSETS")) search.from_env = env;
    // SDL_GetBasePath works before SDL_Init and knows each platform's way (/proc/self/exe on Linux).
    if (char* base = SDL_GetBasePath()) {
        search.exe_dir = base;
        SDL_free(base);
    }
    search.source_dir = std::move(source_dir);
    return search;
}

bool is_safe_relative_path(const std::string& relative) {
    if (relative.empty() || relative.find('\0') != std::string::npos) return false;
    std::filesystem::path path(relative);
    if (path.is_absolute() || path.has_root_name() || path.has_root_directory()) return false;
    for (const auto& part : path) {
        if (part == "..") return false;
    }
    return true;
}

app::ReadFile make_read_file(std::filesystem::path dir) {
    return [dir = std::move(dir)](const std::string& relative) { return read_inside(dir, relative); };
}

}  // namespace platform

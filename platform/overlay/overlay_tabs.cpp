// The maintenance panel's tabs: System (how the machine is doing), Content (which content, its problems, a
// reload), Settings (what curators may change), Visitors (statistics and their export).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "content/language.h"
#include "overlay/overlay_parts.h"

namespace platform {
namespace {

std::string duration_text(double s) {
    const auto total = static_cast<long long>(s);
    char text[64];
    if (total >= 86400)
        std::snprintf(text, sizeof text, "%lld d %02lld:%02lld:%02lld", total / 86400, total / 3600 % 24,
                      total / 60 % 60, total % 60);
    else std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    return text;
}

void label_value(const char* label, const std::string& value) {
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine(ImGui::GetFontSize() * 9);
    ImGui::TextWrapped("%s", value.c_str());
}

std::string format(const char* fmt, double a, double b = 0, double c = 0) {
    char text[160];
    std::snprintf(text, sizeof text, fmt, a, b, c);
    return text;
}

// Three or more buttons in a row of which one is chosen, at a finger's size.
bool choice_button(const ImguiOverlay& overlay, const char* label, bool chosen, float width) {
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label, ImVec2(width, big_button_height(overlay)));
    if (chosen) ImGui::PopStyleColor();
    return pressed;
}

// The heatmap: the telegram page as a small grid image, each cell as bright as its share of the taps.
void heatmap(const ImguiOverlay& overlay, const app::StatsSummary& s) {
    const float cell = std::round(mm(overlay, 2.5f));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + cell * app::kHeatColumns, origin.y + cell * app::kHeatRows),
                        IM_COL32(235, 230, 215, 255));  // paper
    for (int row = 0; row < app::kHeatRows; ++row)
        for (int col = 0; col < app::kHeatColumns; ++col) {
            const int n = s.heat[static_cast<std::size_t>(row * app::kHeatColumns + col)];
            if (n == 0 || s.heat_max == 0) continue;
            const float f = std::sqrt(static_cast<float>(n) / static_cast<float>(s.heat_max));  // few taps still show
            const auto a = static_cast<int>(60 + 195 * f);
            const ImVec2 p(origin.x + col * cell, origin.y + row * cell);
            draw->AddRectFilled(p, ImVec2(p.x + cell, p.y + cell), IM_COL32(200, 40, 20, a));
        }
    draw->AddRect(origin, ImVec2(origin.x + cell * app::kHeatColumns, origin.y + cell * app::kHeatRows),
                  IM_COL32(120, 120, 120, 255));
    ImGui::Dummy(ImVec2(cell * app::kHeatColumns, cell * app::kHeatRows));
}

}  // namespace

void draw_system_tab(const ImguiOverlay& overlay, const OverlayInfo& info) {
    const MaintenanceInfo& m = info.maintenance;
    const float max_ms = std::max(34.0f, m.percentiles.p99 * 1.25f);
    const std::string overlay_text =
        format("p50 %.1f ms   p95 %.1f ms   p99 %.1f ms", m.percentiles.p50, m.percentiles.p95, m.percentiles.p99);
    ImGui::TextUnformatted("Frame time, last 4 seconds (0 to the top line's ms)");
    ImGui::PlotLines("##frames", m.frame_ms.empty() ? nullptr : m.frame_ms.data(), static_cast<int>(m.frame_ms.size()),
                     0, overlay_text.c_str(), 0.0f, max_ms, ImVec2(ImGui::GetContentRegionAvail().x, mm(overlay, 22)));
    label_value("Top line", format("%.0f ms", max_ms));
    label_value("Frames drawn", format("%.0f per second (only while something moves: the exhibit sleeps when still)",
                                       m.frames_per_second));
    label_value("Last frame", format("%.2f ms (average %.2f ms)", info.frames.last_ms, info.frames.average_ms));
    label_value("CPU", format("%.1f %% of one core", m.cpu_percent));
    label_value("Memory", format("%.1f MiB resident", static_cast<double>(m.rss_bytes) / (1024.0 * 1024.0)));
    label_value("Uptime", duration_text(m.uptime_s));
    label_value("Display",
                format("%.0f x %.0f px at %.0f dpi", info.width_px, info.height_px, static_cast<double>(info.dpi)));
    label_value("Renderer", info.renderer_name + ", video driver " + info.video_driver);
    label_value("Text cache", format("%.0f textures, %.1f MiB", static_cast<double>(info.text_textures),
                                     static_cast<double>(info.text_bytes) / (1024.0 * 1024.0)));
    label_value("Sound", info.audio.empty() ? "not opened" : info.audio);
    label_value("Data folder", m.data_dir.empty() ? "none" : m.data_dir);
}

void draw_content_tab(const ImguiOverlay& overlay, const OverlayInfo& info, OverlayActions& actions) {
    const MaintenanceInfo& m = info.maintenance;
    label_value("Folder", info.assets_dir);
    label_value("Version", m.content.version.empty() ? "(cannot read the folder)" : m.content.version);
    label_value("Newest file", m.content.newest_change + "  " + m.content.newest_file);
    label_value("Files",
                format("%.0f, %.1f MiB", m.content.files, static_cast<double>(m.content.bytes) / (1024.0 * 1024.0)));
    if (big_button(overlay, "Reload content", mm(overlay, 60))) actions.reload_content = true;
    if (!m.reload_message.empty()) ImGui::TextWrapped("%s", m.reload_message.c_str());
    if (!m.reload_problems.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.4f, 0.4f, 1.0f));
        for (const std::string& p : m.reload_problems) ImGui::TextWrapped("%s", p.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
}

void draw_settings_tab(ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions) {
    if (!overlay.edited_loaded) {
        overlay.edited = m.settings;
        overlay.edited_loaded = true;
    }
    app::MaintenanceSettings& s = overlay.edited;
    const float step_w = mm(overlay, 20);

    ImGui::Text("Idle timeout: %.0f s without a touch before \"Still there?\"", s.idle_timeout_s);
    if (big_button(overlay, "- 15 s", step_w)) s.idle_timeout_s = std::max(15.0, s.idle_timeout_s - 15);
    ImGui::SameLine();
    if (big_button(overlay, "+ 15 s", step_w)) s.idle_timeout_s = std::min(600.0, s.idle_timeout_s + 15);
    if (m.idle_timeout_on_command_line)
        ImGui::TextDisabled("(--idle-timeout on the command line wins after a restart)");

    ImGui::TextUnformatted("Default language (attract loop, and visitors who do not choose)");
    for (app::Language l : app::kLanguages) {
        if (l != app::kLanguages[0]) ImGui::SameLine();
        if (choice_button(overlay, app::language_code(l), s.default_language == l, step_w)) s.default_language = l;
    }
    if (m.language_on_command_line) ImGui::TextDisabled("(--language on the command line wins after a restart)");

    ImGui::TextUnformatted("Reduced motion (nothing glides, types or draws itself)");
    if (choice_button(overlay, "Off##motion", !s.reduced_motion, step_w)) s.reduced_motion = false;
    ImGui::SameLine();
    if (choice_button(overlay, "On##motion", s.reduced_motion, step_w)) s.reduced_motion = true;

    ImGui::Text("Audio volume: %d %% (0 hides the Listen buttons)", s.audio_volume_percent);
    if (big_button(overlay, "- 10", step_w)) s.audio_volume_percent = std::max(0, s.audio_volume_percent - 10);
    ImGui::SameLine();
    if (big_button(overlay, "+ 10", step_w)) s.audio_volume_percent = std::min(100, s.audio_volume_percent + 10);

    ImGui::Separator();
    const bool changed = s != m.settings;
    ImGui::BeginDisabled(!changed);
    if (big_button(overlay, "Save and apply", mm(overlay, 50))) actions.save_settings = s;
    ImGui::SameLine();
    if (big_button(overlay, "Undo changes", mm(overlay, 40))) s = m.settings;
    ImGui::EndDisabled();
    if (!m.settings_message.empty()) ImGui::TextWrapped("%s", m.settings_message.c_str());
}

void draw_visitors_tab(const ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions) {
    if (!m.stats_message.empty()) ImGui::TextWrapped("%s", m.stats_message.c_str());
    if (big_button(overlay, "Refresh", mm(overlay, 35))) actions.refresh_stats = true;
    ImGui::SameLine();
    if (big_button(overlay, "Export CSV", mm(overlay, 45))) actions.export_stats = true;
    if (!m.stats) return;
    const app::StatsSummary& s = *m.stats;

    std::string range = s.day_labels.empty() ? "" : s.day_labels.front() + " to " + s.day_labels.back();
    ImGui::Text("Sessions per day, %s", range.c_str());
    const float peak = s.sessions_per_day.empty()
                           ? 1
                           : std::max(1.0f, *std::max_element(s.sessions_per_day.begin(), s.sessions_per_day.end()));
    const std::string peak_text = format("most: %.0f", peak);
    ImGui::PlotHistogram("##days", s.sessions_per_day.empty() ? nullptr : s.sessions_per_day.data(),
                         static_cast<int>(s.sessions_per_day.size()), 0, peak_text.c_str(), 0.0f, peak,
                         ImVec2(ImGui::GetContentRegionAvail().x, mm(overlay, 18)));
    ImGui::TextWrapped("All stored days: %d sessions, %d ended by the idle reset; mean time with the exhibit %.0f s",
                       s.sessions, s.idle_resets, s.mean_engaged_s);

    // Languages as bars with their counts beside them, each bar its share of all sessions.
    ImGui::TextUnformatted("Languages");
    for (app::Language l : app::kLanguages) {
        const char* code = app::language_code(l);
        auto it = s.languages.find(code);
        const int n = it == s.languages.end() ? 0 : it->second;
        ImGui::Text("%s %5d", code, n);
        ImGui::SameLine(mm(overlay, 14));  // one left edge for the bars, whatever the digits' widths
        ImGui::ProgressBar(s.sessions > 0 ? static_cast<float>(n) / static_cast<float>(s.sessions) : 0.0f,
                           ImVec2(mm(overlay, 50), ImGui::GetTextLineHeight()), "");
    }

    // Narrations: how often visitors listen, in which language, and whether they stay to the end.
    std::string by_language;
    for (app::Language l : app::kLanguages) {
        auto it = s.listen_languages.find(app::language_code(l));
        by_language += std::string(by_language.empty() ? "" : ", ") + app::language_code(l) + " " +
                       std::to_string(it == s.listen_languages.end() ? 0 : it->second);
    }
    ImGui::TextWrapped("Narrations: %d started (%s), %d heard to the end, %.0f min heard in all", s.listens,
                       by_language.c_str(), s.listens_to_end, s.listened_s / 60);

    // Most opened cards (annotations by id; events, places, stories and countries as "kind:id") and most played
    // narrations beside the heatmap.
    if (ImGui::BeginTable("cards and heat", 2)) {
        ImGui::TableSetupColumn("cards", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("heat", ImGuiTableColumnFlags_WidthFixed,
                                mm(overlay, 2.5f) * app::kHeatColumns + mm(overlay, 2));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted("Most opened cards (opens, mean time open)");
        if (s.top_cards.empty()) ImGui::TextDisabled("none yet");
        for (const auto& c : s.top_cards) ImGui::Text("%4d  %5.1f s  %s", c.opens, c.mean_dwell_s, c.id.c_str());
        ImGui::Spacing();
        ImGui::TextUnformatted("Most played narrations (plays, heard to the end)");
        if (s.top_listened.empty()) ImGui::TextDisabled("none yet");
        for (const auto& l : s.top_listened) ImGui::Text("%4d  %4d  %s", l.plays, l.to_end, l.subject.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("Taps: %d", s.touches);
        heatmap(overlay, s);
        ImGui::EndTable();
    }
}

}  // namespace platform

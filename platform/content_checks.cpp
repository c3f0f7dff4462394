#include "content_checks.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "content/picture/content_pictures.h"
#include "curator/card_length.h"
#include "curator/fit_check.h"
#include "telegram/telegram_layout.h"
#include "picture_checks.h"
#include "text_measure_ttf.h"
#include "utf8.h"

namespace platform {
namespace {

void add_localized(std::vector<ShownString>& out, app::FontRole role, const app::Localized& text, const std::string& file,
                   const std::string& what) {
    for (app::Language l : app::kLanguages) out.push_back({role, text.in(l), file, what + " [" + app::language_code(l) + "]"});
}

// The glyph's pixels at the check's size, with its width and advance in front (empty when it draws nothing).
std::vector<std::uint8_t> glyph_pixels(TTF_Font* font, char32_t cp) {
    int min_x = 0, max_x = 0, min_y = 0, max_y = 0, advance = 0;
    if (TTF_GlyphMetrics32(font, cp, &min_x, &max_x, &min_y, &max_y, &advance) != 0) return {};
    SDL_Surface* surface = TTF_RenderGlyph32_Shaded(font, cp, SDL_Color{255, 255, 255, 255}, SDL_Color{0, 0, 0, 255});
    if (!surface) return {};
    std::vector<std::uint8_t> out{static_cast<std::uint8_t>(surface->w), static_cast<std::uint8_t>(surface->h),
                                  static_cast<std::uint8_t>(min_x + 128), static_cast<std::uint8_t>(advance)};
    const auto* pixels = static_cast<const std::uint8_t*>(surface->pixels);
    for (int y = 0; y < surface->h; ++y) out.insert(out.end(), pixels + y * surface->pitch, pixels + y * surface->pitch + surface->w);
    SDL_FreeSurface(surface);
    bool ink = false;
    for (std::size_t i = 4; i < out.size() && !ink; ++i) ink = out[i] != 0;
    return ink ? out : std::vector<std::uint8_t>{};
}

std::string code_point_name(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

std::vector<ShownString> shown_strings(const app::Content& c) {
    using app::FontRole;
    std::vector<ShownString> out;
    const app::Telegram& t = c.telegram;
    const std::string& tf = c.files.telegram;
    add_localized(out, FontRole::SansBold, t.exhibit_title, tf, "exhibit_title");
    add_localized(out, FontRole::Sans, t.exhibit_subtitle, tf, "exhibit_subtitle");
    add_localized(out, FontRole::Sans, t.source, tf, "source");
    for (const std::string* s : {&t.header.file_line, &t.header.title, &t.header.dateline}) out.push_back({FontRole::Serif, *s, tf, "header"});
    for (const app::Block& b : t.body) {
        for (const app::Span& s : b.spans) {
            if (s.kind == app::Span::Kind::PageMarker) {
                out.push_back({FontRole::Serif, app::page_marker_text(s.text), c.files.body, "page marker"});
                continue;
            }
            // As the telegram view sets it: brackets and parentheses in the serif face, the rest typed.
            std::string typed, serif;
            for (char ch : s.text) (app::is_typed_in_serif(static_cast<unsigned char>(ch)) ? serif : typed) += ch;
            out.push_back({FontRole::Typewriter, typed, c.files.body, "the text"});
            if (!serif.empty()) out.push_back({FontRole::Serif, serif, c.files.body, "the text's brackets"});
        }
        if (b.kind == app::Block::Kind::PageBreak) out.push_back({FontRole::Serif, "[" + b.page_label + "]", c.files.body, "page break"});
    }
    for (const app::Footnote& f : t.footnotes) out.push_back({FontRole::Serif, f.number + ". " + f.text, tf, "footnote " + f.number});
    for (app::Language language : app::kLanguages) {
        const app::TelegramTranslation* tr = t.translation_in(language);
        if (!tr) continue;
        const std::string what = std::string("translation \"") + app::language_code(language) + "\"";
        out.push_back({FontRole::Sans, tr->note, t.translation_file, what + " note"});
        out.push_back({FontRole::Serif, tr->heading, t.translation_file, what + " heading"});
        out.push_back({FontRole::Serif, tr->dateline, t.translation_file, what + " dateline"});
        for (const std::string& p : tr->paragraphs) out.push_back({FontRole::Serif, p, t.translation_file, what + " paragraph"});
    }
    const std::string& af = c.files.annotations;
    for (const app::Annotation& a : c.annotations) {
        add_localized(out, FontRole::SansBold, a.title, af, "annotation \"" + a.id + "\" title");
        add_localized(out, FontRole::Sans, a.body, af, "annotation \"" + a.id + "\" body");
        for (const std::string& s : a.sources) out.push_back({FontRole::Sans, s, af, "annotation \"" + a.id + "\" source"});
        if (a.has_chart) {
            add_localized(out, FontRole::SansBold, a.chart.title, af, "annotation \"" + a.id + "\" chart title");
            add_localized(out, FontRole::SansBold, a.chart.reference_label, af, "annotation \"" + a.id + "\" chart reference");
            for (const app::Bar& bar : a.chart.bars) out.push_back({FontRole::Sans, bar.label, af, "annotation \"" + a.id + "\" chart bar"});
        }
    }
    const app::InterfaceText& ui = c.interface;
    const std::string& uf = c.files.interface;
    for (const app::Localized* l : {&ui.touch_hint, &ui.close, &ui.still_there, &ui.continue_visit, &ui.view_telegram,
                                    &ui.view_map, &ui.view_timeline, &ui.link_telegram, &ui.link_map, &ui.link_timeline,
                                    &ui.show_translation, &ui.show_original, &ui.listen, &ui.stop_listening})
        add_localized(out, FontRole::SansBold, *l, uf, "interface text");
    // Captions, shown while a narration plays.
    for (const app::Narration& n : c.narrations)
        for (const app::Caption& caption : n.captions)
            out.push_back({FontRole::Sans, caption.text, c.files.narration, "caption of \"" + n.subject + "\" (" + app::language_code(n.language) + ")"});
    for (const app::Localized* l : {&ui.sources, &ui.restart_countdown, &ui.money_millions, &ui.easy_reading, &ui.picture_credit})
        add_localized(out, FontRole::Sans, *l, uf, "interface text");
    const app::AttractText& at = c.attract;
    const std::string& rf = c.files.attract;
    add_localized(out, FontRole::Typewriter, at.title, rf, "title");
    add_localized(out, FontRole::Serif, at.date_line, rf, "date_line");
    add_localized(out, FontRole::Sans, at.invitation, rf, "invitation");
    add_localized(out, FontRole::SansBold, at.language_names, rf, "language_names");
    add_localized(out, FontRole::Sans, at.language_names, rf, "language_names");  // also set plain in the navigation bar
    for (const app::Localized& teaser : at.teasers) add_localized(out, FontRole::Sans, teaser, rf, "teaser");
    // The map: names on the map and in the legend (bold and plain), captions, stories and their figures.
    const app::MapContent& map = c.map;
    for (const app::MapCountry& country : map.countries) {
        for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, country.name, map.file, "country \"" + country.id + "\" name");
        add_localized(out, FontRole::Sans, country.caption, map.file, "country \"" + country.id + "\" caption");
        add_localized(out, FontRole::Sans, country.role, map.file, "country \"" + country.id + "\" role");
        for (const std::string& s : country.sources) out.push_back({FontRole::Sans, s, map.file, "country source"});
    }
    for (const app::MapPlace& place : map.places) {
        for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, place.name, map.places_file, "place \"" + place.id + "\" name");
        add_localized(out, FontRole::Sans, place.caption, map.places_file, "place \"" + place.id + "\" caption");
        for (const std::string& s : place.sources) out.push_back({FontRole::Sans, s, map.places_file, "place source"});
    }
    for (const app::MapStory& story : map.stories) {
        const std::string what = "story \"" + story.id + "\"";
        add_localized(out, FontRole::SansBold, story.button, map.file, what + " button");
        add_localized(out, FontRole::SansBold, story.title, map.file, what + " title");
        add_localized(out, FontRole::Sans, story.caption, map.file, what + " caption");
        add_localized(out, FontRole::Sans, story.summary, map.file, what + " summary");
        for (const std::string& s : story.sources) out.push_back({FontRole::Sans, s, map.file, what + " source"});
        for (const app::MapRoute& route : story.routes)
            if (route.has_label) add_localized(out, FontRole::SansBold, route.label, map.file, what + " figure");
    }
    for (const app::Localized* l : {&map.text.borders_note, &map.text.other_land, &map.text.reset, &map.text.intro,
                                    &map.text.stories_heading})
        for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, *l, map.file, "map text");
    // The timeline: events (their titles are markers' labels, bold when highlighted), its words and the plot.
    const app::TimelineContent& tl = c.timeline;
    for (const app::TimelineEvent& e : tl.events) {
        for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, e.title, tl.events_file, "event \"" + e.id + "\" title");
        add_localized(out, FontRole::Sans, e.body, tl.events_file, "event \"" + e.id + "\" body");
        if (e.has_qualifier) add_localized(out, FontRole::Sans, e.qualifier, tl.events_file, "event \"" + e.id + "\" qualifier");
        for (const std::string& s : e.sources) out.push_back({FontRole::Sans, s, tl.events_file, "event source"});
    }
    // Pictures' captions and credits, in the cards and full screen.
    for (const app::PictureUse& use : app::pictures_in(c)) {
        add_localized(out, FontRole::Sans, use.picture->caption, use.named_in, use.card + " picture caption");
        out.push_back({FontRole::Sans, use.picture->credit, use.named_in, use.card + " picture credit"});
    }
    const std::string timeline_words = "timeline/timeline.json";
    const app::TimelineText& tt = tl.text;
    for (const app::Localized* l : {&tt.title, &tt.hint, &tt.date_day, &tt.date_month, &tt.date_month_qualified, &tt.date_year,
                                    &tt.date_year_qualified, &tt.time_am, &tt.time_pm, &tt.date_time, &tt.card_title})
        for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, *l, timeline_words, "timeline text");
    for (const app::MonthNames* months : {&tt.months, &tt.months_of, &tt.month_abbreviations})
        for (const app::Localized& m : *months)
            for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, m, timeline_words, "month name");
    add_localized(out, FontRole::SansBold, tl.exports.title, timeline_words, "exports title");
    add_localized(out, FontRole::Sans, tl.exports.unit, timeline_words, "exports unit");
    for (const app::ExportSeries& series : tl.exports.series) {
        add_localized(out, FontRole::Sans, series.name, timeline_words, "exports series");
        for (const app::ExportBar& bar : series.bars) {
            out.push_back({FontRole::Sans, bar.label, timeline_words, "exports bar"});
            if (bar.has_note) add_localized(out, FontRole::Sans, bar.note, timeline_words, "exports note");
        }
    }
    return out;
}

// Which printable ASCII character, if any, a font draws exactly as another one: a face that strikes "[" as "/"
// changes what "No. 72 [71]" says even though it "has" the glyph.
std::map<char, char> lookalikes(TTF_Font* font) {
    std::map<std::vector<std::uint8_t>, char> first_drawn;
    std::map<char, char> out;
    for (char c = '!'; c <= '~'; ++c) {
        std::vector<std::uint8_t> pixels = glyph_pixels(font, static_cast<char32_t>(c));
        if (pixels.empty()) continue;
        const auto [at, inserted] = first_drawn.emplace(std::move(pixels), c);
        if (!inserted) {
            out[c] = at->second;
            out.emplace(at->second, c);
        }
    }
    return out;
}

std::vector<app::Problem> check_glyphs(const app::Content& content, Fonts& fonts, const app::ReadFile& read_file) {
    std::vector<app::Problem> problems;
    std::map<TTF_Font*, std::map<char, char>> lookalikes_of;
    for (const ShownString& s : shown_strings(content)) {
        TTF_Font* font = font_for(fonts, s.role, 24);
        if (!font) continue;  // an unreadable font is reported by the loader
        if (!lookalikes_of.count(font)) lookalikes_of[font] = lookalikes(font);
        const std::map<char, char>& same = lookalikes_of[font];
        // Point at the string in its file: its JSON form is how it is written there.
        const auto line = [&] {
            const std::string written = nlohmann::json(s.text).dump().substr(1);
            return app::line_of(read_file, s.file, written.substr(0, std::min<std::size_t>(written.size() - 1, 40)));
        };
        const std::string font_name = std::string(app::font_role_name(s.role)) + " font (" +
                                      content.fonts[static_cast<std::size_t>(s.role)] + ")";
        for (char32_t cp : decode_utf8(printable_text(font, s.text))) {
            if (cp == U' ') continue;
            if (!TTF_GlyphIsProvided32(font, cp)) {
                problems.push_back({s.file, line(), 0,
                                    s.what + ": the character " + code_point_name(cp) + " is not in the " + font_name +
                                        "; use another character or a font that has it"});
                break;  // one report per string is enough to find it
            }
            const auto other = cp < 0x80 ? same.find(static_cast<char>(cp)) : same.end();
            if (other != same.end()) {
                problems.push_back({s.file, line(), 0,
                                    s.what + ": the " + font_name + " draws \"" + std::string(1, other->first) +
                                        "\" exactly as \"" + std::string(1, other->second) +
                                        "\", which changes what the text says; use a character or a font that keeps it"});
                break;
            }
        }
    }
    return problems;
}

std::vector<app::Problem> check_with_fonts(const std::shared_ptr<const app::Content>& content, const app::ReadFile& read_file) {
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, read_file);
    std::vector<app::Problem> problems = check_glyphs(*content, *fonts, read_file);
    for (app::Problem& p : check_pictures_decode(*content, read_file)) problems.push_back(std::move(p));
    for (app::Problem& p : app::check_card_lengths(*content, read_file)) problems.push_back(std::move(p));
    const app::TextMeasure measure = make_text_measure(fonts);
    for (const app::Screen& screen : app::smallest_supported_screens()) {
        for (app::Problem& p : app::check_fit(content, screen, measure, read_file)) problems.push_back(std::move(p));
    }
    return problems;
}

}  // namespace platform

#include "shown_strings.h"

#include <initializer_list>

#include "../content/picture/content_pictures.h"
#include "../telegram/telegram_layout.h"

namespace app {
namespace {

using Strings = std::vector<ShownString>;

void add_localized(Strings& out, FontRole role, const Localized& text, const std::string& file,
                   const std::string& what) {
    for (Language l : kLanguages) out.push_back({role, text.in(l), file, what + " [" + language_code(l) + "]"});
}

// Names on the map and the timeline's markers are set bold when highlighted and plain otherwise.
void add_in_both_weights(Strings& out, const Localized& text, const std::string& file, const std::string& what) {
    for (FontRole role : {FontRole::SansBold, FontRole::Sans}) add_localized(out, role, text, file, what);
}

// The telegram's body as the telegram view sets it: brackets and parentheses in the serif face, the rest typed.
void add_telegram_body(Strings& out, const Telegram& t, const std::string& file) {
    for (const Block& b : t.body) {
        for (const Span& s : b.spans) {
            if (s.kind == Span::Kind::PageMarker) {
                out.push_back({FontRole::Serif, page_marker_text(s.text), file, "page marker"});
                continue;
            }
            std::string typed, serif;
            for (char ch : s.text) (is_typed_in_serif(static_cast<unsigned char>(ch)) ? serif : typed) += ch;
            out.push_back({FontRole::Typewriter, typed, file, "the text"});
            if (!serif.empty()) out.push_back({FontRole::Serif, serif, file, "the text's brackets"});
        }
        if (b.kind == Block::Kind::PageBreak)
            out.push_back({FontRole::Serif, "[" + b.page_label + "]", file, "page break"});
    }
}

// A localized text of a content file, its font and its name in the file.
struct LocalizedField {
    FontRole role;
    const Localized* text;
    const char* what;
};

void add_fields(Strings& out, const std::string& file, std::initializer_list<LocalizedField> fields) {
    for (const LocalizedField& f : fields) add_localized(out, f.role, *f.text, file, f.what);
}

// The telegram: titles, header, body, footnotes and the exhibit's translations.
void add_telegram(Strings& out, const Content& c) {
    const Telegram& t = c.telegram;
    const std::string& tf = c.files.telegram;
    add_fields(out, tf,
               {{FontRole::SansBold, &t.exhibit_title, "exhibit_title"},
                {FontRole::Sans, &t.exhibit_subtitle, "exhibit_subtitle"},
                {FontRole::Sans, &t.source, "source"}});
    for (const std::string* s : {&t.header.file_line, &t.header.title, &t.header.dateline})
        out.push_back({FontRole::Serif, *s, tf, "header"});
    add_telegram_body(out, t, c.files.body);
    for (const Footnote& f : t.footnotes)
        out.push_back({FontRole::Serif, f.number + ". " + f.text, tf, "footnote " + f.number});
    for (Language language : kLanguages) {
        const TelegramTranslation* tr = t.translation_in(language);
        if (!tr) continue;
        const std::string what = std::string("translation \"") + language_code(language) + "\"";
        out.push_back({FontRole::Sans, tr->note, t.translation_file, what + " note"});
        out.push_back({FontRole::Serif, tr->heading, t.translation_file, what + " heading"});
        out.push_back({FontRole::Serif, tr->dateline, t.translation_file, what + " dateline"});
        for (const std::string& p : tr->paragraphs)
            out.push_back({FontRole::Serif, p, t.translation_file, what + " paragraph"});
    }
}

void add_annotations(Strings& out, const Content& c) {
    const std::string& af = c.files.annotations;
    for (const Annotation& a : c.annotations) {
        const std::string what = "annotation \"" + a.id + "\"";
        add_localized(out, FontRole::SansBold, a.title, af, what + " title");
        add_localized(out, FontRole::Sans, a.body, af, what + " body");
        for (const std::string& s : a.sources) out.push_back({FontRole::Sans, s, af, what + " source"});
        if (!a.has_chart) continue;
        add_localized(out, FontRole::SansBold, a.chart.title, af, what + " chart title");
        add_localized(out, FontRole::SansBold, a.chart.reference_label, af, what + " chart reference");
        for (const Bar& bar : a.chart.bars) out.push_back({FontRole::Sans, bar.label, af, what + " chart bar"});
    }
}

// The interface's words (buttons bold, the rest plain) and, between them, the captions shown while a narration plays.
void add_interface_and_captions(Strings& out, const Content& c) {
    const InterfaceText& ui = c.interface;
    const std::string& uf = c.files.interface;
    for (const Localized* l : {&ui.touch_hint, &ui.close, &ui.still_there, &ui.continue_visit, &ui.view_telegram,
                               &ui.view_map, &ui.view_timeline, &ui.link_telegram, &ui.link_map, &ui.link_timeline,
                               &ui.show_translation, &ui.show_original, &ui.listen, &ui.stop_listening})
        add_localized(out, FontRole::SansBold, *l, uf, "interface text");
    for (const Narration& n : c.narrations)
        for (const Caption& caption : n.captions)
            out.push_back({FontRole::Sans, caption.text, c.files.narration,
                           "caption of \"" + n.subject + "\" (" + language_code(n.language) + ")"});
    for (const Localized* l :
         {&ui.sources, &ui.restart_countdown, &ui.money_millions, &ui.easy_reading, &ui.picture_credit})
        add_localized(out, FontRole::Sans, *l, uf, "interface text");
}

void add_attract(Strings& out, const Content& c) {
    const AttractText& at = c.attract;
    const std::string& rf = c.files.attract;
    add_fields(out, rf,
               {{FontRole::Typewriter, &at.title, "title"},
                {FontRole::Serif, &at.date_line, "date_line"},
                {FontRole::Sans, &at.invitation, "invitation"},
                {FontRole::SansBold, &at.language_names, "language_names"},
                {FontRole::Sans, &at.language_names, "language_names"}});  // plain in the navigation bar
    for (const Localized& teaser : at.teasers) add_localized(out, FontRole::Sans, teaser, rf, "teaser");
}

// The map: names on the map and in the legend (bold and plain), captions, stories and their figures.
void add_map(Strings& out, const MapContent& map) {
    for (const MapCountry& country : map.countries) {
        const std::string what = "country \"" + country.id + "\"";
        add_in_both_weights(out, country.name, map.file, what + " name");
        add_localized(out, FontRole::Sans, country.caption, map.file, what + " caption");
        add_localized(out, FontRole::Sans, country.role, map.file, what + " role");
        for (const std::string& s : country.sources) out.push_back({FontRole::Sans, s, map.file, "country source"});
    }
    for (const MapPlace& place : map.places) {
        add_in_both_weights(out, place.name, map.places_file, "place \"" + place.id + "\" name");
        add_localized(out, FontRole::Sans, place.caption, map.places_file, "place \"" + place.id + "\" caption");
        for (const std::string& s : place.sources) out.push_back({FontRole::Sans, s, map.places_file, "place source"});
    }
    for (const MapStory& story : map.stories) {
        const std::string what = "story \"" + story.id + "\"";
        add_localized(out, FontRole::SansBold, story.button, map.file, what + " button");
        add_localized(out, FontRole::SansBold, story.title, map.file, what + " title");
        add_localized(out, FontRole::Sans, story.caption, map.file, what + " caption");
        add_localized(out, FontRole::Sans, story.summary, map.file, what + " summary");
        for (const std::string& s : story.sources) out.push_back({FontRole::Sans, s, map.file, what + " source"});
        for (const MapRoute& route : story.routes)
            if (route.has_label) add_localized(out, FontRole::SansBold, route.label, map.file, what + " figure");
    }
    for (const Localized* l :
         {&map.text.borders_note, &map.text.other_land, &map.text.reset, &map.text.intro, &map.text.stories_heading})
        add_in_both_weights(out, *l, map.file, "map text");
}

// The timeline's events: their titles are markers' labels, bold when highlighted.
void add_timeline_events(Strings& out, const TimelineContent& tl) {
    for (const TimelineEvent& e : tl.events) {
        add_in_both_weights(out, e.title, tl.events_file, "event \"" + e.id + "\" title");
        add_localized(out, FontRole::Sans, e.body, tl.events_file, "event \"" + e.id + "\" body");
        if (e.has_qualifier)
            add_localized(out, FontRole::Sans, e.qualifier, tl.events_file, "event \"" + e.id + "\" qualifier");
        for (const std::string& s : e.sources) out.push_back({FontRole::Sans, s, tl.events_file, "event source"});
    }
}

// Pictures' captions and credits, in the cards and full screen.
void add_pictures(Strings& out, const Content& c) {
    for (const PictureUse& use : pictures_in(c)) {
        add_localized(out, FontRole::Sans, use.picture->caption, use.named_in, use.card + " picture caption");
        out.push_back({FontRole::Sans, use.picture->credit, use.named_in, use.card + " picture credit"});
    }
}

// The timeline's own words: date patterns, month names and the exports plot.
void add_timeline_words(Strings& out, const TimelineContent& tl) {
    const std::string file = "timeline/timeline.json";
    const TimelineText& tt = tl.text;
    for (const Localized* l :
         {&tt.title, &tt.hint, &tt.date_day, &tt.date_month, &tt.date_month_qualified, &tt.date_year,
          &tt.date_year_qualified, &tt.time_am, &tt.time_pm, &tt.date_time, &tt.card_title})
        add_in_both_weights(out, *l, file, "timeline text");
    for (const MonthNames* months : {&tt.months, &tt.months_of, &tt.month_abbreviations})
        for (const Localized& m : *months) add_in_both_weights(out, m, file, "month name");
    add_localized(out, FontRole::SansBold, tl.exports.title, file, "exports title");
    add_localized(out, FontRole::Sans, tl.exports.unit, file, "exports unit");
    for (const ExportSeries& series : tl.exports.series) {
        add_localized(out, FontRole::Sans, series.name, file, "exports series");
        for (const ExportBar& bar : series.bars) {
            out.push_back({FontRole::Sans, bar.label, file, "exports bar"});
            if (bar.has_note) add_localized(out, FontRole::Sans, bar.note, file, "exports note");
        }
    }
}

}  // namespace

std::vector<ShownString> shown_strings(const Content& content) {
    Strings out;
    add_telegram(out, content);
    add_annotations(out, content);
    add_interface_and_captions(out, content);
    add_attract(out, content);
    add_map(out, content.map);
    add_timeline_events(out, content.timeline);
    add_pictures(out, content);
    add_timeline_words(out, content.timeline);
    return out;
}

}  // namespace app

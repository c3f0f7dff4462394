#include "stats_totals.h"

#include "text/number_text.h"

#include <algorithm>
#include <sstream>

namespace app {
namespace {

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string seconds_text(double s) { return fixed_decimals(s, 1); }

void line(std::ostringstream& out, const char* record, const std::string& day, const std::string& language,
          const std::string& item, int count, const std::string& seconds) {
    out << record << ',' << day << ',' << csv_field(language) << ',' << csv_field(item) << ',' << count << ','
        << seconds << "\n";
}

void add_listens(ListenTotals& into, const ListenTotals& more) {
    into.plays += more.plays;
    into.stopped += more.stopped;
    into.to_end += more.to_end;
    into.heard_s += more.heard_s;
}

}  // namespace

void add_totals(StatsTotals& into, const StatsTotals& more) {
    for (const auto& [day, d] : more.days) {
        DayTotals& t = into.days[day];
        for (const auto& [code, l] : d.languages) {
            LanguageTotals& x = t.languages[code];
            x.sessions += l.sessions;
            x.idle_resets += l.idle_resets;
            x.engaged_s += l.engaged_s;
        }
        for (const auto& [view, n] : d.views) t.views[view] += n;
        for (const auto& [card, c] : d.cards) {
            CardTotals& x = t.cards[card];
            x.opens += c.opens;
            x.closed += c.closed;
            x.dwell_s += c.dwell_s;
        }
        for (const auto& [cell, n] : d.touches) t.touches[cell] += n;
        for (const auto& [key, l] : d.listens) add_listens(t.listens[key], l);
    }
}

StatsSummary summarize(const StatsTotals& totals, const std::string& today, int days, std::size_t top) {
    StatsSummary s;
    s.heat.assign(static_cast<std::size_t>(kHeatColumns * kHeatRows), 0);
    if (const auto today_n = day_number(today)) {
        for (int i = days - 1; i >= 0; --i) {
            const std::string day = day_from_number(*today_n - i);
            s.day_labels.push_back(day);
            int n = 0;
            if (auto it = totals.days.find(day); it != totals.days.end())
                for (const auto& [code, l] : it->second.languages) n += l.sessions;
            s.sessions_per_day.push_back(static_cast<float>(n));
        }
    }
    double engaged = 0;
    std::map<std::string, CardTotals> cards;
    std::map<std::string, ListenTotals> listened;  // by subject, every language together
    for (const auto& [day, d] : totals.days) {
        for (const auto& [code, l] : d.languages) {
            s.sessions += l.sessions;
            s.idle_resets += l.idle_resets;
            engaged += l.engaged_s;
            s.languages[code] += l.sessions;
        }
        for (const auto& [card, c] : d.cards) {
            CardTotals& x = cards[card];
            x.opens += c.opens;
            x.closed += c.closed;
            x.dwell_s += c.dwell_s;
        }
        for (const auto& [key, l] : d.listens) {
            add_listens(listened[key.first], l);
            s.listen_languages[key.second] += l.plays;
        }
        for (const auto& [cell, n] : d.touches) {
            if (cell.first < 0 || cell.first >= kHeatColumns || cell.second < 0 || cell.second >= kHeatRows) continue;
            int& v = s.heat[static_cast<std::size_t>(cell.second * kHeatColumns + cell.first)];
            v += n;
            s.heat_max = std::max(s.heat_max, v);
            s.touches += n;
        }
    }
    s.mean_engaged_s = s.idle_resets > 0 ? engaged / s.idle_resets : 0;
    for (const auto& [id, c] : cards) s.top_cards.push_back({id, c.opens, c.closed > 0 ? c.dwell_s / c.closed : 0});
    std::stable_sort(s.top_cards.begin(), s.top_cards.end(),
                     [](const StatsSummary::Card& a, const StatsSummary::Card& b) { return a.opens > b.opens; });
    if (s.top_cards.size() > top) s.top_cards.resize(top);
    for (const auto& [subject, l] : listened) {
        s.listens += l.plays;
        s.listens_to_end += l.to_end;
        s.listened_s += l.heard_s;
        s.top_listened.push_back({subject, l.plays, l.to_end});
    }
    std::stable_sort(
        s.top_listened.begin(), s.top_listened.end(),
        [](const StatsSummary::Listened& a, const StatsSummary::Listened& b) { return a.plays > b.plays; });
    if (s.top_listened.size() > top) s.top_listened.resize(top);
    return s;
}

std::string stats_csv(const StatsTotals& totals) {
    std::ostringstream out;
    out << "record,day,language,item,count,seconds\n";
    for (const auto& [day, d] : totals.days) {
        for (const auto& [code, l] : d.languages)
            line(out, "sessions", day, code, "", l.sessions, seconds_text(l.engaged_s));
        for (const auto& [code, l] : d.languages) line(out, "idle_resets", day, code, "", l.idle_resets, "");
        for (const auto& [view, n] : d.views) line(out, "views", day, "", view, n, "");
        for (const auto& [card, c] : d.cards) line(out, "card_opens", day, "", card, c.opens, "");
        for (const auto& [card, c] : d.cards) line(out, "card_dwell", day, "", card, c.closed, seconds_text(c.dwell_s));
        for (const auto& [cell, n] : d.touches)
            line(out, "touches", day, "", "c" + std::to_string(cell.first) + "r" + std::to_string(cell.second), n, "");
        for (const auto& [key, l] : d.listens) line(out, "listens", day, key.second, key.first, l.plays, "");
        for (const auto& [key, l] : d.listens)
            line(out, "listen_time", day, key.second, key.first, l.stopped, seconds_text(l.heard_s));
        for (const auto& [key, l] : d.listens) line(out, "listens_to_end", day, key.second, key.first, l.to_end, "");
    }
    return out.str();
}

}  // namespace app

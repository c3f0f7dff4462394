// Visitor statistics as totals per day: what the store's daily tables hold, what detailed rows add up to, what
// the CSV export lists and the overlay plots. Pure.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "stats_rules.h"

namespace app {

struct LanguageTotals {
    int sessions = 0;
    int idle_resets = 0;   // sessions that ended with the idle reset (the others were cut short by a stop)
    double engaged_s = 0;  // of those: first touch to last touch, summed
};

struct CardTotals {
    int opens = 0;
    int closed = 0;      // opens whose close was seen, so whose dwell is known
    double dwell_s = 0;  // summed over the closed ones
};

struct ListenTotals {
    int plays = 0;       // narrations started
    int stopped = 0;     // of those, the ones whose end was seen, so whose time heard is known
    int to_end = 0;      // of those, the ones heard to their end
    double heard_s = 0;  // time played, summed over the stopped ones
};

struct DayTotals {
    std::map<std::string, LanguageTotals> languages;                      // by language code
    std::map<std::string, int> views;                                     // sessions that entered each view
    std::map<std::string, CardTotals> cards;                              // by annotation id
    std::map<std::pair<int, int>, int> touches;                           // (column, row) of the heat grid -> taps
    std::map<std::pair<std::string, std::string>, ListenTotals> listens;  // (subject, language code)
};

struct StatsTotals {
    std::map<std::string, DayTotals> days;  // "YYYY-MM-DD" -> totals
};

void add_totals(StatsTotals& into, const StatsTotals& more);

// What the overlay shows.
struct StatsSummary {
    std::vector<std::string> day_labels;  // the last `days` days, oldest first
    std::vector<float> sessions_per_day;  // matching day_labels
    int sessions = 0;                     // over all stored days
    int idle_resets = 0;
    double mean_engaged_s = 0;             // over the sessions that ended with an idle reset
    std::map<std::string, int> languages;  // code -> sessions
    struct Card {
        std::string id;
        int opens = 0;
        double mean_dwell_s = 0;
    };
    std::vector<Card> top_cards;                  // most opened first, at most `top`
    int listens = 0;                              // narrations started
    int listens_to_end = 0;                       // of those, heard to their end
    double listened_s = 0;                        // time narrations played, summed
    std::map<std::string, int> listen_languages;  // code -> narrations started
    struct Listened {
        std::string subject;  // "telegram" or "annotation:<id>"
        int plays = 0;
        int to_end = 0;
    };
    std::vector<Listened> top_listened;  // most played first, at most `top`
    std::vector<int> heat;               // kHeatRows x kHeatColumns, row by row, all days together
    int heat_max = 0;
    int touches = 0;
};

StatsSummary summarize(const StatsTotals& totals, const std::string& today, int days = 14, std::size_t top = 8);

// The CSV export: a header, then one record a line, ordered by day. Columns:
//   record,day,language,item,count,seconds
//   sessions     language           count: sessions begun; seconds: engaged time of those that ended by idle reset
//   idle_resets  language           count: sessions ended by the idle reset
//   views        item: view name    count: sessions that entered it
//   card_opens   item: annotation   count: cards opened
//   card_dwell   item: annotation   count: cards closed; seconds: how long they were open, summed
//   touches      item: cCOLrROW     count: taps on the telegram page in that cell of the 12 x 20 grid
//   listens      language, item: what was read aloud ("telegram", "annotation:<id>")  count: narrations started
//   listen_time  language, item     count: narrations stopped; seconds: how long they played, summed
//   listens_to_end language, item   count: narrations heard to their end
// Lines end in \n. Empty fields are left empty; fields with commas or quotes are quoted as RFC 4180 says.
std::string stats_csv(const StatsTotals& totals);

}  // namespace app

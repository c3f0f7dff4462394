#include "content/map/load_map.h"

#include <gtest/gtest.h>

#include "content/map/load_map_geojson.h"
#include "content/map/load_map_places.h"
#include "content/map/map_json_positions.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::read_shipped;
using testing::shipped_assets;
using testing::shipped_assets_with;

const std::vector<std::string> kIds{"land", "us", "ussr", "brazil"};

std::string all(const std::vector<Problem>& problems) {
    std::string out;
    for (const Problem& p : problems) out += format_problem(p) + "\n";
    return out;
}

std::vector<Problem> errors_of(const std::vector<Problem>& problems) {
    std::vector<Problem> out;
    for (const Problem& p : problems)
        if (!p.warning) out.push_back(p);
    return out;
}

// A square feature written on one line: {"type":"Feature","properties":{"id":"ID"},"geometry":GEOMETRY}
std::string feature(const std::string& id,
                    const std::string& geometry = R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})") {
    return R"({"type":"Feature","properties":{"id":")" + id + R"("},"geometry":)" + geometry + "}";
}

// A collection with one feature per line, starting on line 3.
std::string collection(const std::vector<std::string>& features) {
    std::string out = "{\"type\": \"FeatureCollection\",\n\"features\": [\n";
    for (std::size_t i = 0; i < features.size(); ++i) out += features[i] + (i + 1 < features.size() ? ",\n" : "\n");
    return out + "]}\n";
}

// Valid land, us and ussr on lines 3-5; line 6 is the feature under test.
std::string with_sixth(const std::string& sixth) {
    return collection({feature("land"), feature("us"), feature("ussr"), sixth});
}

// The one error of parsing `text`, failing if there is not exactly one.
Problem only_error(const std::string& text) {
    std::vector<Problem> problems;
    parse_map_geometry(text, "map/countries-1935.geojson", kIds, problems);
    const std::vector<Problem> errors = errors_of(problems);
    EXPECT_EQ(errors.size(), 1u) << all(problems);
    return errors.empty() ? Problem{} : errors[0];
}

// Column (1-based) of the first occurrence of `needle` on line `line` of `text`.
int column_of(const std::string& text, int line, const std::string& needle) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) start = text.find('\n', start) + 1;
    return static_cast<int>(text.find(needle, start) - start) + 1;
}

TEST(MapLoad, ValidCollectionGivesRegionsInTheOrderAsked) {
    std::vector<Problem> problems;
    const std::string text = with_sixth(feature(
        "brazil",
        R"({"type":"MultiPolygon","coordinates":[[[[0,0],[2,0],[2,2],[0,0]],[[0.5,0.2],[1.5,0.2],[1.5,1],[0.5,0.2]]]]})"));
    const std::vector<MapRegion> regions = parse_map_geometry(text, "m.geojson", kIds, problems);
    EXPECT_TRUE(problems.empty()) << all(problems);
    ASSERT_EQ(regions.size(), 4u);
    EXPECT_EQ(regions[0].id, "land");
    EXPECT_EQ(regions[3].id, "brazil");
    ASSERT_EQ(regions[3].polygons.size(), 1u);
    EXPECT_EQ(regions[3].polygons[0].outer.size(), 3u) << "the closing position is not kept";
    EXPECT_EQ(regions[3].polygons[0].holes.size(), 1u);
    EXPECT_DOUBLE_EQ(regions[3].polygons[0].outer[1].lon, 2);
}

TEST(MapLoad, UnknownGeometryTypeIsReportedAtItsType) {
    const std::string text = with_sixth(feature("brazil", R"({"type":"LineString","coordinates":[[0,0],[1,1]]})"));
    const Problem p = only_error(text);
    EXPECT_EQ(p.file, "map/countries-1935.geojson");
    EXPECT_EQ(p.line, 6);
    EXPECT_EQ(p.column, column_of(text, 6, R"("type":"LineString")"));
    EXPECT_NE(p.message.find("feature \"brazil\""), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("unknown geometry type \"LineString\""), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("\"MultiPolygon\""), std::string::npos) << p.message;
}

TEST(MapLoad, RingWithTooFewPositions) {
    const std::string text = with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})"));
    const Problem p = only_error(text);
    EXPECT_EQ(p.line, 6);
    EXPECT_EQ(p.column, column_of(text, 6, "[[0,0]"));
    EXPECT_NE(p.message.find("at least 4 positions"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("has 3"), std::string::npos) << p.message;
}

TEST(MapLoad, RingNotClosedIsReportedAtItsLastPosition) {
    const std::string text =
        with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})"));
    const Problem p = only_error(text);
    EXPECT_EQ(p.line, 6);
    EXPECT_EQ(p.column, column_of(text, 6, "[0,1]"));
    EXPECT_NE(p.message.find("not closed"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("[0, 1]"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("[0, 0]"), std::string::npos) << p.message;
}

TEST(MapLoad, CoordinatesOutOfRangeAndSwapped) {
    const std::string text =
        with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[[[0,0],[190.5,0],[1,1],[0,0]]]})"));
    const Problem p = only_error(text);
    EXPECT_EQ(p.line, 6);
    EXPECT_EQ(p.column, column_of(text, 6, "[190.5"));
    EXPECT_NE(p.message.find("longitude 190.5 is outside -180…180"), std::string::npos) << p.message;

    const std::string swapped =
        with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[[[0,0],[55.75,137.6],[1,1],[0,0]]]})"));
    const Problem q = only_error(swapped);
    EXPECT_NE(q.message.find("latitude 137.6 is outside -90…90"), std::string::npos) << q.message;
    EXPECT_NE(q.message.find("swapped"), std::string::npos) << q.message;
}

TEST(MapLoad, PositionThatIsNotAPairOfNumbers) {
    const std::string text =
        with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[[[0,0],["1",0],[1,1],[0,0]]]})"));
    const Problem p = only_error(text);
    EXPECT_EQ(p.column, column_of(text, 6, R"(["1")"));
    EXPECT_NE(p.message.find("longitude is text"), std::string::npos) << p.message;
}

TEST(MapLoad, MissingFeatureIsNamed) {
    const std::string text = collection({feature("land"), feature("us"), feature("ussr")});
    const Problem p = only_error(text);
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 1);
    EXPECT_NE(p.message.find("no feature has \"properties\": {\"id\": \"brazil\"}"), std::string::npos) << p.message;
    EXPECT_NE(p.message.find("land, us, ussr and brazil"), std::string::npos) << p.message;
}

TEST(MapLoad, DuplicateFeatureAndFeatureWithoutId) {
    const std::string duplicate =
        collection({feature("land"), feature("us"), feature("ussr"), feature("brazil"), feature("us")});
    const Problem p = only_error(duplicate);
    EXPECT_EQ(p.line, 7);
    EXPECT_NE(p.message.find("appears twice (first at line 4)"), std::string::npos) << p.message;

    const std::string no_id = with_sixth(R"({"type":"Feature","properties":{"name":"Brazil"},"geometry":null})");
    std::vector<Problem> problems;
    parse_map_geometry(no_id, "m.geojson", kIds, problems);
    ASSERT_EQ(errors_of(problems).size(), 2u) << all(problems);  // no id here, and so no "brazil" at all
    EXPECT_EQ(errors_of(problems)[0].line, 6);
    EXPECT_NE(errors_of(problems)[0].message.find("\"properties\": {\"id\""), std::string::npos);
}

TEST(MapLoad, FeatureOfAnotherIdIsAWarningOnly) {
    std::vector<Problem> problems;
    const std::string text =
        collection({feature("land"), feature("us"), feature("ussr"), feature("brazil"), feature("canada")});
    EXPECT_EQ(parse_map_geometry(text, "m.geojson", kIds, problems).size(), 4u);
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_TRUE(problems[0].warning);
    EXPECT_EQ(problems[0].line, 7);
    EXPECT_NE(problems[0].message.find("\"canada\" is not drawn"), std::string::npos);
}

TEST(MapLoad, SyntaxErrorHasItsPosition) {
    std::vector<Problem> problems;
    parse_map_geometry("{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Feature\",}\n]}", "m.geojson",
                       kIds, problems);
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_NE(problems[0].message.find("JSON syntax"), std::string::npos);
}

TEST(MapLoad, NotAFeatureCollection) {
    const Problem p = only_error("{\"type\": \"Feature\"}");
    EXPECT_NE(p.message.find("FeatureCollection"), std::string::npos) << p.message;
}

TEST(MapLoad, AFloodOfMistakesIsSummedUp) {
    // Every position swapped: one message per position would bury the curator.
    std::string ring = "[";
    for (int i = 0; i < 100; ++i) ring += "[10," + std::to_string(100 + i) + "],";
    ring += "[10,100]]";
    const std::string text = with_sixth(feature("brazil", R"({"type":"Polygon","coordinates":[)" + ring + "]}"));
    std::vector<Problem> problems;
    parse_map_geometry(text, "m.geojson", kIds, problems);
    ASSERT_EQ(problems.size(), static_cast<std::size_t>(kMaxMapGeometryErrors) + 1) << all(problems);
    EXPECT_NE(problems.back().message.find("81 more problems"), std::string::npos) << problems.back().message;
}

// The map reader finds the positions of the values it reports in one pass over the text; they must be the
// very positions parse_json records.
TEST(MapLoad, PositionsOfReportedValuesMatchParseJson) {
    const std::string text =
        "{\"a\": [1, 2.5e3, {\"b~/c\": \"x\\\"y\"}],\n  \"ж\": {\"k\": [true, null,\n [ -3 ]]}, \"z\": \"é\"}";
    std::vector<Problem> problems;
    const std::optional<JsonDocument> doc = parse_json(text, "t.json", problems);
    ASSERT_TRUE(doc) << all(problems);
    std::set<std::string> all_pointers;
    for (const auto& [pointer, pos] : doc->positions) all_pointers.insert(pointer);
    const std::map<std::string, SourcePos> found = locate_json_values(text, all_pointers);
    EXPECT_EQ(found.size(), doc->positions.size());
    for (const auto& [pointer, pos] : NONEMPTY(doc->positions)) {
        ASSERT_TRUE(found.count(pointer)) << pointer;
        EXPECT_EQ(found.at(pointer).line, pos.line) << pointer;
        EXPECT_EQ(found.at(pointer).column, pos.column) << pointer;
    }
}

// --- the shipped content -----------------------------------------------------------------------------------

TEST(MapLoad, ShippedMapLoadsWithoutErrors) {
    std::vector<Problem> problems;
    const MapContent map = load_map("map/map.json", shipped_assets(), problems);
    EXPECT_TRUE(errors_of(problems).empty()) << all(problems);
    ASSERT_EQ(map.regions.size(), 4u);
    EXPECT_EQ(map.regions[0].id, "land");
    ASSERT_EQ(map.countries.size(), 3u);
    EXPECT_EQ(map.countries[0].id, "us");
    EXPECT_EQ(map.countries[1].name.in(Language::Russian), "СССР");
    EXPECT_EQ(map.countries[2].name.in(Language::Portuguese), "Brasil");
    EXPECT_EQ(map.places.size(), 8u);
    ASSERT_EQ(map.stories.size(), 3u);
    EXPECT_EQ(map.text.borders_note.in(Language::English), "Borders as of 1935");
    // Routes name places; their positions come from places.json.
    const MapRoute& telegram = map.stories[0].routes[0];
    EXPECT_DOUBLE_EQ(telegram.through[0].lat, 38.90);
    EXPECT_DOUBLE_EQ(telegram.through[1].lon, 37.62);
    const int exports = find_story(map, "us-exports");
    ASSERT_GE(exports, 0);
    ASSERT_TRUE(map.stories[static_cast<std::size_t>(exports)].chart);
    EXPECT_EQ(map.stories[static_cast<std::size_t>(exports)].chart->bars.back().value, 14866515);
    EXPECT_EQ(map.stories[static_cast<std::size_t>(exports)].chart->reference_value, 30000000);
    bool review = false;
    for (const Problem& p : problems) review |= p.warning && p.file == "map/places.json";
    EXPECT_TRUE(review) << "review notes of places.json are listed for the curator";
}

// Every figure on the map is the fact sheet's, with its FRUS source.
TEST(MapLoad, ShippedStoriesQuoteTheFactSheetsFiguresWithSources) {
    std::vector<Problem> problems;
    const MapContent map = load_map("map/map.json", shipped_assets(), problems);
    const MapStory& exports = map.stories[static_cast<std::size_t>(find_story(map, "us-exports"))];
    EXPECT_NE(exports.caption.in(Language::English).find("$14,866,515"), std::string::npos);
    EXPECT_NE(exports.caption.in(Language::English).find("$30,000,000"), std::string::npos);
    const std::string sources = exports.sources[0] + exports.sources[1] + exports.sources[2];
    for (const char* d : {"d206", "d205", "d223"}) EXPECT_NE(sources.find(d), std::string::npos) << d;
    const MapStory& manganese = map.stories[static_cast<std::size_t>(find_story(map, "manganese"))];
    EXPECT_NE(manganese.caption.in(Language::English).find("37%"), std::string::npos);
    EXPECT_NE(manganese.sources[0].find("d628"), std::string::npos);
    for (const MapStory& s : NONEMPTY(map.stories))
        for (Language l : kLanguages) EXPECT_FALSE(s.caption.in(l).empty());
}

TEST(MapLoad, PlacesAreChecked) {
    std::string places = read_shipped("map/places.json");
    auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = places.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        places.replace(at, from.size(), to);
    };
    replace("\"id\": \"baltimore\"", "\"id\": \"washington\"");
    replace("\"lat\": 55.75", "\"lat\": 155.75");
    replace("\"country\": \"brazil\"", "\"country\": \"argentina\"");
    replace("\"pt\": \"Nikopol\"", "\"es\": \"Nikopol\"");
    std::vector<Problem> problems;
    const MapContent map = load_map("map/map.json", shipped_assets_with({{"map/places.json", places}}), problems);
    const std::string text = all(errors_of(problems));
    EXPECT_NE(text.find("the place id \"washington\" is used twice (first at line 4)"), std::string::npos) << text;
    EXPECT_NE(text.find("latitude 155.75 is outside -90…90"), std::string::npos) << text;
    EXPECT_NE(text.find("\"country\" \"argentina\" is not one of the map's countries: \"us\", \"ussr\", \"brazil\""),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("has no \"pt\" translation"), std::string::npos) << text;
    EXPECT_NE(text.find("unknown field \"es\""), std::string::npos) << text;
    int in_places = 0;
    for (const Problem& p : errors_of(problems)) {
        if (p.file != "map/places.json") continue;  // routes through the places rejected here are reported too
        EXPECT_GT(p.line, 1);
        EXPECT_GT(p.column, 0);
        ++in_places;
    }
    EXPECT_EQ(in_places, 5) << text;
}

TEST(MapLoad, MapManifestMistakes) {
    std::string manifest = read_shipped("map/map.json");
    auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = manifest.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        manifest.replace(at, from.size(), to);
    };
    replace("\"through\": [\"washington\", \"moscow\"]", "\"through\": [\"washington\", \"leningrad\"]");
    replace("\"label_at\": { \"lat\": -9.0, \"lon\": -53.0 }", "\"label_at\": { \"lat\": -9.0, \"lon\": -253.0 }");
    replace("\"places\": \"map/places.json\"", "\"places\": \"../places.json\"");
    std::vector<Problem> problems;
    load_map("map/map.json", shipped_assets_with({{"map/map.json", manifest}}), problems);
    const std::string text = all(errors_of(problems));
    EXPECT_NE(text.find("longitude -253 is outside -180…180"), std::string::npos) << text;
    EXPECT_NE(text.find("must be relative to the assets folder"), std::string::npos) << text;

    // With the places file readable, an unknown place on a route is named.
    std::string ok_paths = manifest;
    ok_paths.replace(ok_paths.find("\"../places.json\""), 16, "\"map/places.json\"");
    problems.clear();
    load_map("map/map.json", shipped_assets_with({{"map/map.json", ok_paths}}), problems);
    const std::string text2 = all(errors_of(problems));
    EXPECT_NE(text2.find("goes through \"leningrad\", which is not a place"), std::string::npos) << text2;
    EXPECT_NE(text2.find("map/map.json:"), std::string::npos) << text2;
}

// The words of an upright screen (introduction, stories' heading, countries' roles, stories' summaries) are
// optional, but when written they are checked like every other text: all three languages, nothing unknown.
TEST(MapLoad, UprightWordsAreOptionalButCheckedWhenWritten) {
    std::vector<Problem> problems;
    const MapContent map = load_map("map/map.json", shipped_assets(), problems);
    ASSERT_TRUE(errors_of(problems).empty()) << all(problems);
    for (Language l : {Language::English, Language::Russian, Language::Portuguese}) {
        EXPECT_FALSE(map.text.intro.in(l).empty());
        EXPECT_FALSE(map.text.stories_heading.in(l).empty());
        for (const MapCountry& c : NONEMPTY(map.countries)) EXPECT_FALSE(c.role.in(l).empty()) << c.id;
        for (const MapStory& s : NONEMPTY(map.stories)) EXPECT_FALSE(s.summary.in(l).empty()) << s.id;
    }
    EXPECT_NE(map.stories[2].summary.in(Language::English).find("$14.9 million in 1934"), std::string::npos);

    std::string manifest = read_shipped("map/map.json");
    const std::string from = "\"role\": {\n        \"en\": \"The recipient";
    const std::size_t at = manifest.find(from);
    ASSERT_NE(at, std::string::npos);
    manifest.replace(at, from.size(), "\"role\": {\n        \"xx\": \"The recipient");
    problems.clear();
    load_map("map/map.json", shipped_assets_with({{"map/map.json", manifest}}), problems);
    EXPECT_FALSE(errors_of(problems).empty()) << "a role without its English text";

    // Without them the map loads as before.
    std::string bare = read_shipped("map/map.json");
    for (const char* key : {"\"intro\"", "\"stories_heading\"", "\"role\"", "\"summary\""})
        for (std::size_t k = bare.find(key); k != std::string::npos; k = bare.find(key)) {
            const std::size_t end = bare.find('}', k);
            bare.erase(k, end - k + 2);  // the object and the comma after it
        }
    problems.clear();
    const MapContent plain = load_map("map/map.json", shipped_assets_with({{"map/map.json", bare}}), problems);
    EXPECT_TRUE(errors_of(problems).empty()) << all(problems);
    EXPECT_TRUE(plain.text.intro.in(Language::English).empty());
    ASSERT_EQ(plain.stories.size(), 3u);
}

TEST(MapLoad, BrokenMapKeepsTheWholeContentFromLoading) {
    const LoadResult result = load_content(
        shipped_assets_with({{"map/countries-1935.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}"}}));
    EXPECT_FALSE(result.content);
    const std::string text = all(result.problems);
    EXPECT_NE(text.find("map/countries-1935.geojson:1:"), std::string::npos) << text;
    EXPECT_NE(text.find("\"id\": \"ussr\""), std::string::npos) << text;
}

TEST(MapLoad, ShippedContentCarriesTheMap) {
    const LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << all(result.problems);
    EXPECT_EQ(result.content->map.countries.size(), 3u);
    EXPECT_EQ(result.content->map.places.size(), 8u);
}

}  // namespace
}  // namespace app

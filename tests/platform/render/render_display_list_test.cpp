#include "render/render_display_list.h"

#include <cstdlib>
#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "loading/assets_dir.h"
#include "render/clip_stack.h"
#include "render/image_file.h"
#include "render/png_write.h"
#include "render/shape_vertices.h"
#include "support/software_canvas.h"

namespace platform {
namespace {

const app::Color kBlack = rgb(0, 0, 0);
const app::Color kRed = rgb(255, 0, 0);
const app::Color kBlue = rgb(0, 0, 255);

app::DisplayList list_of(std::vector<app::DrawCommand> commands) {
    app::DisplayList list;
    list.clear_color = kBlack;
    list.commands = std::move(commands);
    return list;
}

TEST(RenderDisplayList, ClearsToTheListsColour) {
    SoftwareCanvas canvas(16, 16);
    app::DisplayList list;
    list.clear_color = rgb(10, 20, 30);
    Pixels p = canvas.draw(list);
    EXPECT_EQ(pixel(p, 0, 0), rgb(10, 20, 30));
    EXPECT_EQ(pixel(p, 15, 15), rgb(10, 20, 30));
}

TEST(RenderDisplayList, FillRectCoversExactlyItsPixels) {
    SoftwareCanvas canvas(64, 64);
    Pixels p = canvas.draw(list_of({app::FillRect{{10, 10, 20, 20}, kRed}}));
    EXPECT_EQ(pixel(p, 10, 10), kRed);
    EXPECT_EQ(pixel(p, 29, 29), kRed);
    EXPECT_EQ(pixel(p, 20, 20), kRed);
    EXPECT_EQ(pixel(p, 9, 10), kBlack);
    EXPECT_EQ(pixel(p, 10, 9), kBlack);
    EXPECT_EQ(pixel(p, 30, 29), kBlack);
    EXPECT_EQ(pixel(p, 29, 30), kBlack);
}

TEST(RenderDisplayList, TranslucentFillBlends) {
    SoftwareCanvas canvas(8, 8);
    Pixels p = canvas.draw(list_of({app::FillRect{{0, 0, 8, 8}, app::Color{255, 255, 255, 128}}}));
    app::Color c = pixel(p, 4, 4);
    EXPECT_NEAR(c.r, 128, 2);
    EXPECT_NEAR(c.g, 128, 2);
}

TEST(RenderDisplayList, RoundedCornersStayEmptyAndTheInsideIsSeamless) {
    SoftwareCanvas canvas(64, 64);
    // Translucent, so a seam drawn twice would show as a brighter line (192) and a gap as a dark one (0). The caps
    // are triangles and the band between them a rectangle, which SDL blends with a rounding of its own: one step.
    app::Color half{255, 255, 255, 128};
    Pixels p = canvas.draw(list_of({app::FillRect{{8, 8, 48, 48}, half, 12}}));
    EXPECT_EQ(pixel(p, 8, 8), kBlack);  // the corner is cut away
    EXPECT_EQ(pixel(p, 55, 55), kBlack);
    app::Color inside = pixel(p, 32, 32);
    EXPECT_NEAR(inside.r, 128, 2);
    auto same = [&inside](app::Color c) {
        return std::abs(c.r - inside.r) <= 1 && std::abs(c.g - inside.g) <= 1 && std::abs(c.b - inside.b) <= 1;
    };
    for (int y = 12; y < 52; ++y) {
        for (int x = 12; x < 52; ++x)
            ASSERT_TRUE(same(pixel(p, x, y))) << "at " << x << ',' << y << ": " << pixel(p, x, y);
    }
    EXPECT_TRUE(same(pixel(p, 32, 8)));  // straight edges are filled to the border
    EXPECT_TRUE(same(pixel(p, 8, 32)));
    EXPECT_TRUE(same(pixel(p, 32, 55)));
    EXPECT_TRUE(same(pixel(p, 55, 32)));
}

TEST(RenderDisplayList, ClipLimitsDrawingAndNests) {
    SoftwareCanvas canvas(64, 64);
    Pixels p = canvas.draw(list_of({
        app::PushClip{{0, 0, 32, 64}}, app::PushClip{{16, 0, 48, 32}},  // intersected: x 16..32, y 0..32
        app::FillRect{{0, 0, 64, 64}, kRed}, app::PopClip{},
        app::FillRect{{0, 40, 64, 8}, kBlue},                  // back to the outer clip: x 0..32
        app::PopClip{}, app::FillRect{{0, 60, 64, 4}, kBlue},  // unclipped
    }));
    EXPECT_EQ(pixel(p, 20, 10), kRed);
    EXPECT_EQ(pixel(p, 10, 10), kBlack);  // outside the inner clip
    EXPECT_EQ(pixel(p, 40, 10), kBlack);  // outside both
    EXPECT_EQ(pixel(p, 20, 35), kBlack);
    EXPECT_EQ(pixel(p, 5, 44), kBlue);
    EXPECT_EQ(pixel(p, 40, 44), kBlack);
    EXPECT_EQ(pixel(p, 63, 62), kBlue);
}

TEST(RenderDisplayList, EmptyClipDrawsNothing) {
    SoftwareCanvas canvas(32, 32);
    Pixels p = canvas.draw(list_of({
        app::PushClip{{0, 0, 10, 10}}, app::PushClip{{20, 20, 5, 5}},  // no overlap with the outer clip
        app::FillRect{{0, 0, 32, 32}, kRed}, app::PopClip{}, app::PopClip{}, app::PopClip{},  // unbalanced: ignored
    }));
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) ASSERT_EQ(pixel(p, x, y), kBlack);
    }
}

TEST(RenderDisplayList, LineIsAQuadOfItsWidth) {
    SoftwareCanvas canvas(64, 64);
    Pixels p = canvas.draw(list_of({app::Line{{4, 32}, {60, 32}, 6, kRed}}));
    EXPECT_EQ(pixel(p, 30, 30), kRed);
    EXPECT_EQ(pixel(p, 30, 33), kRed);
    EXPECT_EQ(pixel(p, 30, 26), kBlack);
    EXPECT_EQ(pixel(p, 30, 38), kBlack);
    EXPECT_EQ(pixel(p, 2, 32), kBlack);
}

std::shared_ptr<const std::vector<app::Vertex>> square_triangles(app::Color c) {
    // Unit square as two triangles; placed by offset and scale.
    return std::make_shared<const std::vector<app::Vertex>>(
        std::vector<app::Vertex>{{{0, 0}, c}, {{1, 0}, c}, {{1, 1}, c}, {{0, 0}, c}, {{1, 1}, c}, {{0, 1}, c}});
}

TEST(RenderDisplayList, TrianglesArePlacedScaledAndFaded) {
    SoftwareCanvas canvas(64, 64);
    app::Triangles t{square_triangles(kRed), {16, 16}, 32, 0.5f};
    Pixels p = canvas.draw(list_of({t}));
    app::Color inside = pixel(p, 32, 32);
    EXPECT_NEAR(inside.r, 128, 2);
    EXPECT_EQ(inside.g, 0);
    EXPECT_EQ(pixel(p, 10, 10), kBlack);
    EXPECT_EQ(pixel(p, 50, 50), kBlack);
}

TEST(VertexCache, ConvertsStaticGeometryOnce) {
    VertexCache cache(kVertexCacheLimits);
    app::Triangles t{square_triangles(kRed), {0, 0}, 10, 1};
    const std::vector<SDL_Vertex>* first = &converted_triangles(cache, t).vertices;
    const std::vector<SDL_Vertex>* again = &converted_triangles(cache, t).vertices;
    EXPECT_EQ(first, again);
    EXPECT_EQ(cache.size(), 1u);
    t.offset.x = 5;  // placed elsewhere: another conversion
    EXPECT_FLOAT_EQ(converted_triangles(cache, t).vertices[1].position.x, 15);
    EXPECT_EQ(cache.size(), 2u);
}

// Land at rest: drawn a second time in the same place, its rows are kept, sorted and joined, and drawn from there
// the third time. Every time the same pixels as a fresh canvas draws, which has kept nothing.
TEST(RenderDisplayList, OpaqueTrianglesAtRestDrawnFromKeptRowsAreTheSame) {
    auto land = std::make_shared<std::vector<app::Vertex>>();
    std::mt19937 random(11);
    std::uniform_real_distribution<float> at(-10, 110);
    for (int i = 0; i < 300; ++i)
        for (int k = 0; k < 3; ++k) land->push_back(app::Vertex{{at(random), at(random)}, kBlue});
    const app::DisplayList list =
        list_of({app::PushClip{{3, 5, 90, 80}}, app::Triangles{land, {0.5f, 0}, 1, 1}, app::PopClip{}});
    SoftwareCanvas kept(100, 100);
    for (int frame = 0; frame < 3; ++frame) {
        SoftwareCanvas fresh(100, 100);
        const Pixels expected = fresh.draw(list);
        const Pixels drawn = kept.draw(list);
        EXPECT_EQ(drawn.rgba, expected.rgba) << "frame " << frame;
    }
    const ConvertedVertices& converted =
        converted_triangles(kept.drawer.triangles, app::Triangles{land, {0.5f, 0}, 1, 1});
    EXPECT_TRUE(converted.rows.kept);
    EXPECT_FALSE(converted.rows.rows.empty());
}

// Translucent fills and opaque triangles written straight into the surface: the same pixels as SDL draws them, at
// fractional places, under clips, rounded, over other drawing, and on a frame kept from the last.
TEST(RenderDisplayList, FillsWrittenIntoTheSurfaceAreTheSameAsSdls) {
    auto shape = std::make_shared<std::vector<app::Vertex>>();
    std::mt19937 random(5);
    std::uniform_real_distribution<float> at(-20, 140);
    for (int i = 0; i < 200; ++i)
        for (int k = 0; k < 3; ++k) shape->push_back(app::Vertex{{at(random), at(random)}, rgb(20, 140, 90)});
    auto frame = [&](float shift) {
        return list_of({
            app::FillRect{{0, 0, 120, 100}, rgb(230, 220, 200)},
            app::Triangles{shape, {shift, 0}, 1, 1},
            app::FillRect{{10.7f + shift, 3.2f, 80.6f, 40.9f}, app::Color{0, 0, 80, 120}},
            app::PushClip{{25.5f, 12.25f, 60, 50}},
            app::FillRect{{-5, -5, 200, 200}, app::Color{255, 255, 255, 77}},
            app::FillRect{{30.4f, 20.6f, 50, 44.5f}, app::Color{200, 30, 30, 201}, 9},
            app::FillRect{{40, 30, 0.4f, 0.3f}, app::Color{9, 9, 9, 250}},  // less than a pixel: SDL makes it one
            app::PopClip{},
            app::PushClip{{200, 200, 10, 10}},  // off the canvas: nothing
            app::FillRect{{0, 0, 120, 100}, app::Color{255, 0, 0, 100}},
            app::PopClip{},
        });
    };
    SoftwareCanvas direct(120, 100);
    SoftwareCanvas kept(120, 100);
    kept.drawer.store = FrameStore::Target;
    for (float shift : {0.0f, 0.0f, 3.5f, 3.5f}) {
        SoftwareCanvas sdl(120, 100, false);
        const Pixels expected = sdl.draw(frame(shift));
        EXPECT_EQ(direct.draw(frame(shift)).rgba, expected.rgba) << "shift " << shift;
        EXPECT_EQ(kept.draw(frame(shift)).rgba, expected.rgba) << "kept, shift " << shift;
    }
}

// The clear leaves what the first opaque fill paints (the page, the map): a frame drawn whole over another, on a
// surface that keeps its pixels, is the same as on a fresh one, at fractional places, rounded, under a clip, with a
// shadow and a line drawn before the fill.
TEST(RenderDisplayList, TheClearLeftUnderTheFirstOpaqueFillLeavesNothingOfTheLastFrame) {
    auto last =
        list_of({app::FillRect{{0, 0, 100, 80}, rgb(250, 10, 200)}, app::Line{{0, 0}, {100, 80}, 9, rgb(10, 250, 10)}});
    last.clear_color = rgb(1, 2, 3);
    std::vector<app::DisplayList> frames;
    for (float radius : {0.0f, 7.0f})
        for (float at : {10.0f, 10.6f, 11.5f})
            frames.push_back(list_of({
                app::PushClip{{3.5f, 2.25f, 90, 70}},
                app::FillRect{{at - 3, at - 2, 70.4f, 55.7f}, app::Color{0, 0, 0, 90}, radius + 2},  // shadow
                app::Line{{0, at}, {100, at + 20}, 3, app::Color{200, 200, 0, 128}},
                app::FillRect{{at, at + 0.4f, 64.3f, 50.8f}, rgb(240, 230, 210), radius},  // the page
                app::FillRect{{at + 5, at + 5, 20, 10}, kRed},
                app::PopClip{},
            }));
    for (const app::DisplayList& frame : frames) {
        SoftwareCanvas kept(100, 80);
        kept.drawer.store = FrameStore::Target;
        kept.draw(last);
        forget_last_frame(kept.drawer);  // drawn whole, over the last frame's pixels
        SoftwareCanvas fresh(100, 80);
        EXPECT_EQ(kept.draw(frame).rgba, fresh.draw(frame).rgba);
    }
}

TEST(VertexCache, NeverServesGeometryOfAFreedArray) {
    VertexCache cache(kVertexCacheLimits);
    // Allocate and free arrays of the same size repeatedly: the allocator tends to hand back the same address,
    // and each must still draw in its own colour.
    for (std::uint8_t i = 1; i < 50; ++i) {
        app::Triangles t{square_triangles(rgb(i, 0, 0)), {0, 0}, 1, 1};
        ASSERT_EQ(converted_triangles(cache, t).vertices[0].color.r, i);
    }
}

TEST(VertexCache, DropsAPartialTriangle) {
    auto vertices = std::make_shared<const std::vector<app::Vertex>>(
        std::vector<app::Vertex>{{{0, 0}, kRed}, {{1, 0}, kRed}, {{1, 1}, kRed}, {{0, 1}, kRed}});
    EXPECT_EQ(convert_triangles(app::Triangles{vertices, {}, 1, 1}).size(), 3u);
}

TEST(ShapeVertices, RoundedRectRadiusIsClampedToHalfTheShortSide) {
    std::vector<SDL_Vertex> out;
    append_rounded_rect(out, {0, 0, 10, 40}, kRed, 100);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.size() % 3, 0u);
    for (const SDL_Vertex& v : out) {
        EXPECT_GE(v.position.x, -0.001f);
        EXPECT_LE(v.position.x, 10.001f);
        EXPECT_GE(v.position.y, -0.001f);
        EXPECT_LE(v.position.y, 40.001f);
    }
}

TEST(ShapeVertices, NothingForEmptyShapes) {
    std::vector<SDL_Vertex> out;
    append_rounded_rect(out, {0, 0, 0, 10}, kRed, 4);
    append_line(out, {5, 5}, {5, 5}, 3, kRed);
    append_line(out, {0, 0}, {5, 5}, 0, kRed);
    EXPECT_TRUE(out.empty());
}

TEST(ClipStack, IntersectsAndCoversWholePixels) {
    app::Rect r = intersect({0, 0, 10, 10}, {5, 5, 10, 10});
    EXPECT_FLOAT_EQ(r.x, 5);
    EXPECT_FLOAT_EQ(r.w, 5);
    app::Rect none = intersect({0, 0, 10, 10}, {20, 20, 5, 5});
    EXPECT_FLOAT_EQ(none.w, 0);
    EXPECT_FLOAT_EQ(none.h, 0);
    SDL_Rect px = covering_pixels({1.5f, 2.2f, 3.0f, 1.0f});
    EXPECT_EQ(px.x, 1);
    EXPECT_EQ(px.y, 2);
    EXPECT_EQ(px.w, 4);  // 1.5..4.5 -> 1..5
    EXPECT_EQ(px.h, 2);  // 2.2..3.2 -> 2..4
}

TEST(RenderDisplayList, ImagesAreScaledIntoTheirRectangle) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "exhibit_platform_image_test";
    fs::create_directories(dir);
    Pixels blue;
    blue.width = 4;
    blue.height = 2;
    for (int i = 0; i < 8; ++i) blue.rgba.insert(blue.rgba.end(), {0, 0, 255, 255});
    ASSERT_TRUE(write_png((dir / "blue.png").string(), blue));

    SoftwareCanvas canvas(64, 64);
    canvas.drawer.read_file = make_read_file(dir);
    Pixels p =
        canvas.draw(list_of({app::Image{"blue.png", {10, 10, 40, 20}, 1}, app::Image{"missing.png", {0, 0, 5, 5}, 1}}));
    EXPECT_EQ(pixel(p, 12, 12), kBlue);
    EXPECT_EQ(pixel(p, 48, 28), kBlue);
    EXPECT_EQ(pixel(p, 30, 35), kBlack);
    EXPECT_EQ(pixel(p, 2, 2), kBlack);           // a missing picture draws nothing
    EXPECT_EQ(canvas.drawer.images.size(), 2u);  // the failure is cached too, not retried each frame
    fs::remove_all(dir);
}

// Every pixel survives writing and reading back; a screen's file is RGB (colour type 2), filtered in place.
TEST(ImageFile, PngKeepsEveryPixelAndAScreensFileLeavesAlphaOut) {
    for (const auto& [width, height] : {std::pair{37, 23}, std::pair{1, 5}, std::pair{16, 1}}) {
        Pixels p;
        p.width = width;  // 37: not a multiple of the filter's sixteen bytes; 1: rows filtered in place touch
        p.height = height;
        for (int i = 0; i < p.width * p.height; ++i)
            p.rgba.insert(p.rgba.end(),
                          {static_cast<std::uint8_t>(i * 7), static_cast<std::uint8_t>(i / 3),
                           static_cast<std::uint8_t>(255 - i % 251), static_cast<std::uint8_t>(i % 5 ? 255 : 128)});
        for (bool screen : {false, true}) {
            for (int level : {kPngFast, kPngSmallest}) {
                const std::string file = screen ? screen_png_bytes(Pixels(p), level) : png_bytes(p, level);
                ASSERT_GT(file.size(), 26u);
                EXPECT_EQ(file[25], screen ? 2 : 6) << "IHDR colour type";
                const std::optional<Pixels> back = decode_image(file);
                ASSERT_TRUE(back);
                ASSERT_EQ(back->rgba.size(), p.rgba.size());
                for (std::size_t i = 0; i < p.rgba.size(); ++i) {
                    const std::uint8_t want = i % 4 == 3 && screen ? 255 : p.rgba[i];
                    ASSERT_EQ(back->rgba[i], want) << width << "x" << height << " byte " << i;
                }
            }
        }
    }
}

TEST(ImageFile, ShrinksPicturesLargerThanTheTextureLimit) {
    Pixels big;
    big.width = 400;
    big.height = 100;
    big.rgba.assign(400 * 100 * 4, 200);
    Pixels small = fit_within(big, 100, 100);
    EXPECT_EQ(small.width, 100);
    EXPECT_EQ(small.height, 25);
    EXPECT_EQ(small.rgba.size(), 100u * 25 * 4);
    EXPECT_EQ(fit_within(small, 100, 100).width, 100);  // already fits: unchanged
}

}  // namespace
}  // namespace platform

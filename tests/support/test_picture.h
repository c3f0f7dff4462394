// A picture for tests, drawn by code at test time so that no picture file is committed (none is licensed yet):
// a harbour at dusk in flat shapes - sky, sun, cranes, a ship, water - with a fine grid in one corner, so the goldens
// show the picture fitted, and zoomed in enough to see the grid's lines part.
#pragma once
#include <cmath>
#include <cstdint>
#include <map>
#include <string>

#include "content/read_file.h"
#include "render/image_file.h"
#include "render/pixels.h"

namespace platform {

inline Pixels test_picture(int width = 1200, int height = 800) {
    Pixels p;
    p.width = width;
    p.height = height;
    p.rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    const auto put = [&p](int x, int y, int r, int g, int b) {
        std::uint8_t* px =
            &p.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(p.width) + static_cast<std::size_t>(x)) *
                    4];
        px[0] = static_cast<std::uint8_t>(r);
        px[1] = static_cast<std::uint8_t>(g);
        px[2] = static_cast<std::uint8_t>(b);
        px[3] = 255;
    };
    const float horizon = height * 0.62f;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const float fx = static_cast<float>(x) / width, fy = static_cast<float>(y) / height;
            if (y < horizon) {  // dusk: deep blue above to amber at the horizon
                const float t = y / horizon;
                put(x, y, static_cast<int>(40 + 200 * t), static_cast<int>(60 + 110 * t),
                    static_cast<int>(120 - 40 * t));
            } else {  // water, darker with depth, with bands of ripples
                const float t = (y - horizon) / (height - horizon);
                const int ripple = static_cast<int>(std::sin(y * 0.35f + std::sin(x * 0.02f) * 3) * 10);
                put(x, y, 30 + ripple, static_cast<int>(60 - 30 * t) + ripple, static_cast<int>(90 - 40 * t) + ripple);
            }
            const float sx = fx - 0.7f, sy = fy - 0.45f;
            if (sx * sx * width * width + sy * sy * height * height < 0.0036f * width * width)
                put(x, y, 250, 210, 120);  // the sun
            const bool hull =
                fy > 0.54f && fy < 0.64f && fx > 0.18f + (fy - 0.54f) * 0.6f && fx < 0.56f - (fy - 0.54f) * 0.4f;
            const bool bridge = fx > 0.38f && fx < 0.46f && fy > 0.46f && fy <= 0.54f;
            const bool funnel = fx > 0.42f && fx < 0.44f && fy > 0.40f && fy <= 0.46f;
            if (hull || bridge || funnel) put(x, y, 28, 26, 30);
            for (float crane : {0.08f, 0.84f, 0.93f}) {  // cranes on the quay: a mast and a jib
                if ((std::abs(fx - crane) < 0.006f && fy > 0.25f && fy < horizon / height) ||
                    (std::abs(fy - 0.27f) < 0.005f && fx > crane - 0.06f && fx < crane + 0.04f))
                    put(x, y, 20, 20, 24);
            }
            if (fx < 0.16f && fy > 0.78f && (x % 8 == 0 || y % 8 == 0)) put(x, y, 240, 240, 240);  // the fine grid
        }
    }
    return p;
}

// The picture's path in the test content, and a reader that adds it (PNG bytes made now) to `base`'s files, with
// `replaced` files standing in for theirs.
constexpr const char* kTestPicturePath = "pictures/harbour-at-dusk.png";

inline app::ReadFile with_test_picture(app::ReadFile base, std::map<std::string, std::string> replaced) {
    replaced[kTestPicturePath] = encode_png(test_picture());
    return [base, replaced](const std::string& path) -> app::FileBytes {
        const auto it = replaced.find(path);
        return it != replaced.end() ? app::FileBytes{it->second} : base(path);
    };
}

// The annotations file of `base` with a picture given to the annotation `id`.
inline std::string annotations_with_picture(const app::ReadFile& base, const std::string& id) {
    std::string text = *base("annotations/annotations.json").bytes;
    const std::string picture =
        std::string("\"picture\": {\"file\": \"") + kTestPicturePath +
        "\", \"caption\": {\"en\": \"A harbour at dusk: a freighter loads at the quay under the cranes.\", "
        "\"ru\": \"Гавань в сумерках: грузовое судно грузится у причала под кранами.\", "
        "\"pt\": \"Um porto ao entardecer: um cargueiro carrega no cais sob os guindastes.\"}, "
        "\"credit\": \"drawn by the test suite, no rights reserved\"}, ";
    const std::size_t at = text.find("\"id\": \"" + id + "\"");
    if (at != std::string::npos) text.insert(at, picture);
    return text;
}

}  // namespace platform

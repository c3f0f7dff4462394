// Opening the exhibit's window: SDL video, hints, the window and its renderer, and the explanation a person
// at a machine without a display needs.
#pragma once
#include <string>

#include "options/options.h"
#include "render/sdl_handles.h"

namespace platform {

// SDL's video subsystem for as long as this lives. Declare it before every window, renderer and texture.
struct SdlVideo {
    bool ok = SDL_Init(SDL_INIT_VIDEO) == 0;
    SdlVideo() = default;
    SdlVideo(const SdlVideo&) = delete;
    SdlVideo& operator=(const SdlVideo&) = delete;
    ~SdlVideo() { SDL_Quit(); }
};

// What must happen before SDL_Init: hints (kiosk windows survive focus loss and the window manager's close) and,
// on a kiosk, the console locked (kiosk_console.h; said on stderr, for the journal).
void prepare_video(bool kiosk);

// SDL 2.26 falls back to its "offscreen" driver when no real display works, and then a window "opens" that
// nobody can see. True when that happened without the user asking for such a driver by name
// (SDL_VIDEODRIVER=offscreen stays allowed, for smoke tests).
bool invisible_driver_by_accident();

// Says on stderr why no window can be shown, and how to get a picture anyway (--screenshot).
void explain_no_display(const std::string& why);

// Windowed: centred at --size, resizable. Kiosk: full screen on the first display, created at the display's
// own position and size, because an X session without a window manager (xinit straight into the exhibit,
// common on kiosks) never applies "full screen" and would leave a window-sized picture off-centre.
WindowPtr create_window(const Options& options);

// The exhibit's window once SDL video is up (`video`): checks that video works and is not SDL's invisible fallback,
// opens the window and hides the cursor on a kiosk. Null after explaining on stderr why no window can be shown.
WindowPtr open_exhibit_window(const SdlVideo& video, const Options& options);

// The renderer asked for, with vsync, falling back to software (always there) when acceleration is not. Auto is
// OpenGL ES 2 on KMSDRM (the kiosk), software on a desktop without a GPU, else SDL's first accelerated one.
RendererPtr create_renderer(SDL_Window* window, RendererChoice choice);

}  // namespace platform

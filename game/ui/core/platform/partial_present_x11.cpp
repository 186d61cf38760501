// PartialPresent through X11 and GLX (ROOTCAUSE_X11=ON): the only file of game/ that includes
// X11 or GLX headers; platform/partial_present_portable.cpp stands in for it elsewhere.
#include "game/ui/core/partial_present.hpp"

#include <GL/glx.h>
#include <X11/Xutil.h>
#include <cstdlib>
#include <cstring>

namespace rc::ui {

namespace {
using CopySubBuffer = void (*)(Display*, GLXDrawable, int x, int y, int width, int height);

bool gXError = false;
int catchXError(Display*, XErrorEvent*) {
    gXError = true;
    return 0;
}
} // namespace

bool PartialPresent::available() {
    if (state_ >= 0) return state_ == 1;
    state_ = 0;
    if (const char* e = std::getenv("ROOTCAUSE_PARTIAL_PRESENT"); e && std::atoi(e) == 0)
        return false;
    Display* dpy = glXGetCurrentDisplay();
    if (!dpy || !glXGetCurrentDrawable()) return false;
    // glXGetProcAddress answers for any name; the extension string says what really works.
    const char* ext = glXQueryExtensionsString(dpy, DefaultScreen(dpy));
    if (!ext || !std::strstr(ext, "GLX_MESA_copy_sub_buffer")) return false;
    const auto* name = reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA");
    copy_ = glXGetProcAddressARB(name);
    state_ = copy_ ? 1 : 0;
    return state_ == 1;
}

void PartialPresent::present(const std::vector<sf::IntRect>& parts, unsigned windowHeight) const {
    if (!copy_) return;
    Display* dpy = glXGetCurrentDisplay();
    const GLXDrawable drawable = glXGetCurrentDrawable();
    if (!dpy || !drawable) return;
    const auto copy = reinterpret_cast<CopySubBuffer>(copy_);
    for (const sf::IntRect& r : parts)
        copy(dpy, drawable, r.left, static_cast<int>(windowHeight) - r.top - r.height, r.width,
             r.height);
}

sf::Image PartialPresent::screen(sf::WindowHandle window, sf::Vector2u size) {
    sf::Image out;
    Display* dpy = glXGetCurrentDisplay();
    if (!dpy || size.x == 0 || size.y == 0) return out;
    // X refuses (BadMatch) a window that is not wholly on the screen; that must not end the
    // game, so errors are caught for the call.
    XSync(dpy, False);
    gXError = false;
    const auto previous = XSetErrorHandler(catchXError);
    XImage* img = XGetImage(dpy, window, 0, 0, size.x, size.y, AllPlanes, ZPixmap);
    XSync(dpy, False);
    XSetErrorHandler(previous);
    if (gXError && img) XDestroyImage(img), img = nullptr;
    if (!img) return out;
    out.create(size.x, size.y);
    // A TrueColor visual: each channel's mask says where it lies and how many bits it has.
    struct Channel {
        int shift = 0;
        unsigned long max = 0, mask = 0;
    };
    auto channel = [](unsigned long mask) {
        Channel c;
        c.mask = mask;
        if (!mask) return c;
        while (!((mask >> c.shift) & 1ul))
            ++c.shift;
        c.max = mask >> c.shift;
        return c;
    };
    const Channel r = channel(img->red_mask), g = channel(img->green_mask),
                  b = channel(img->blue_mask);
    auto value = [](unsigned long p, const Channel& c) {
        return c.max ? static_cast<sf::Uint8>(((p & c.mask) >> c.shift) * 255 / c.max)
                     : sf::Uint8(0);
    };
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) {
            const unsigned long p = XGetPixel(img, static_cast<int>(x), static_cast<int>(y));
            out.setPixel(x, y, sf::Color(value(p, r), value(p, g), value(p, b)));
        }
    XDestroyImage(img);
    return out;
}

} // namespace rc::ui

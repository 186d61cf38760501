#pragma once
#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Window/WindowHandle.hpp>
#include <vector>

namespace rc::ui {

/// Shows parts of the window's back buffer without a swap, through GLX_MESA_copy_sub_buffer
/// (offered by Mesa's software OpenGL under X). A swap copies all 1280x720 pixels to the
/// screen, a quarter of a millisecond under llvmpipe; a moving leg changes a tenth of them.
/// The back buffer is left as it is, so the next frame draws over the same picture.
/// Two implementations, picked by CMake (ROOTCAUSE_X11): platform/partial_present_x11.cpp and,
/// elsewhere, platform/partial_present_portable.cpp (never available: whole-frame presents).
class PartialPresent {
  public:
    /// True when the current OpenGL context's display offers the extension (looked up once,
    /// with the window's context active). ROOTCAUSE_PARTIAL_PRESENT=0 turns it off.
    bool available();
    /// Copies `parts` (window pixels, y down) of the back buffer to the window; an implicit
    /// glFlush comes first. The window's context must be active.
    void present(const std::vector<sf::IntRect>& parts, unsigned windowHeight) const;

    /// What the X server shows in `window` (size `size`), read back for tests
    /// (ROOTCAUSE_CHECK_DAMAGE); an empty image if it cannot be read.
    static sf::Image screen(sf::WindowHandle window, sf::Vector2u size);

  private:
    int state_ = -1;           ///< -1 not looked up, 0 unavailable, 1 available
    void (*copy_)() = nullptr; ///< glXCopySubBufferMESA (typed in the .cpp: no X11 macros here)
};

} // namespace rc::ui

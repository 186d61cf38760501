#pragma once

namespace rc::body {

/// A point or direction in the examination scene: metres, x to the right, y up.
struct Vec2 {
    float x = 0.0f; ///< metres
    float y = 0.0f; ///< metres
};

} // namespace rc::body
